// The facts extract produces for one clinic (../shared/CONTRACT.md,
// "extract output"). Plain structs: parsers fill them, ranking and reports
// read them. String enums hold exactly the contract's spellings.
#ifndef CLINICRANK_PARSERS_EXTRACT_FACTS_H_
#define CLINICRANK_PARSERS_EXTRACT_FACTS_H_

#include <optional>
#include <string>
#include <vector>

namespace clinicrank {

// "yes" / "no" / "unknown" in the contract.
enum class TriState { kUnknown, kYes, kNo };
const char* TriStateName(TriState t);

struct ClinicIdentity {
  std::optional<std::string> name;
  std::optional<std::string> domain;   // host without "www.", e.g. "alpha.example"
  std::optional<std::string> country;  // ISO 3166 alpha-2
};

struct PageRef {
  // The URL the page was fetched from; for a file, its own http(s)
  // canonical link or og:url (page_context.h).
  std::optional<std::string> url;
  std::string path;                // file path, or "" for a crawled page
  std::string title;
  std::string sha256;  // hex, of the raw bytes as loaded
  std::string fetched_at;  // ISO 8601 UTC for crawled pages, "" for files
  // The page's canonical URL when it is on the same site as `url` and
  // differs from it, else "" (page_context.h). Never used as evidence.
  std::string canonical_url = {};
};

struct Price {
  double low = 0;
  double high = 0;
  std::string currency;           // ISO 4217
  std::string basis = "unspecified";   // per_knee, both_knees, per_injection, ...
  std::string treatment = "other";     // stem_cell, prp, consultation, surgery, other
  bool lower_bound_only = false;  // "from $X" / "starting at" / "desde" / "ab"
  bool upper_bound_only = false;  // "up to $X"
  bool currency_guessed = false;  // a bare "$" read by page context
  std::string quote;
  std::string url;  // its page's PageRef::url, or the file path when that is unset
  std::string canonical_url = {};  // its page's PageRef::canonical_url
};

struct Claim {
  std::string kind;  // fda_approved, cure, guarantee, success_rate, ...
  std::optional<double> value;  // percent, for success_rate
  bool cited = false;           // a figure the clinic attributes to a study
  std::string quote;
  std::string url;  // its page's PageRef::url, or the file path when that is unset
  std::string canonical_url = {};  // its page's PageRef::canonical_url
};

struct Evidence {
  std::string field;  // ultrasound_guidance, other_guidance, cell_sources, ...
  std::string quote;
  std::string url;  // its page's PageRef::url, or the file path when that is unset
  std::string canonical_url = {};  // its page's PageRef::canonical_url
};

struct ClinicFacts {
  std::string source;  // the PATH given, or the site for a crawl
  ClinicIdentity clinic;
  std::vector<PageRef> pages;
  std::vector<Price> prices;
  TriState ultrasound_guidance = TriState::kUnknown;
  std::vector<std::string> other_guidance;  // fluoroscopy, mri, ct
  std::vector<std::string> cell_sources;    // bone_marrow, adipose, ...
  std::string cell_origin = "unknown";      // autologous, allogeneic, mixed, unknown
  TriState personalized_plan = TriState::kUnknown;
  std::vector<Claim> claims;
  std::vector<Evidence> evidence;
  std::vector<std::string> warnings;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_FACTS_H_
