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
  std::optional<std::string> url;  // canonical / og:url / crawl URL
  std::string path;                // file path, or "" for a crawled page
  std::string title;
  std::string sha256;  // hex, of the raw bytes as loaded
  std::string fetched_at;  // ISO 8601 UTC for crawled pages, "" for files
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
  std::string url;
  // Why the amount is not the clinic's own price, for reference_prices:
  // "market" (a typical or national price), "general" (an information page's
  // or a general statement's figure), "others" (another clinic's), "research"
  // (a study's), "past" (no longer offered). "" for the clinic's own prices.
  std::string reference;
};

struct Claim {
  std::string kind;  // fda_approved, cure, guarantee, success_rate, ...
  std::optional<double> value;  // percent, for success_rate
  bool cited = false;           // a figure the clinic attributes to a study
  std::string quote;
  std::string url;
};

struct Evidence {
  std::string field;  // ultrasound_guidance, other_guidance, cell_sources, ...
  std::string quote;
  std::string url;
};

struct ClinicFacts {
  std::string source;  // the PATH given, or the site for a crawl
  ClinicIdentity clinic;
  std::vector<PageRef> pages;
  std::vector<Price> prices;
  // Prices the pages quote that are not the clinic's own offer (market
  // averages, other clinics, studies): shown for context, never ranked.
  std::vector<Price> reference_prices;
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
