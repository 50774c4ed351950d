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
  // False when nothing could be read from the page (empty, binary, not
  // loadable): it is listed, but no fact came from it.
  bool read = true;
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
  // Why the amount is not the clinic's own price, for reference_prices:
  // "market" (a typical or national price), "general" (an information page's
  // or a general statement's figure), "others" (another clinic's), "research"
  // (a study's), "past" (no longer offered). "" for the clinic's own prices.
  std::string reference;
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

// What the clinic says its stem-cell price includes, or leaves out (seed
// article, "What's included in the cost"). One entry per item and side.
struct PriceInclusion {
  std::string item;      // evaluation_imaging, harvest_processing, guided_injection, follow_up
  bool included = true;  // false: the clinic says it is extra / not included
  std::string quote;
  std::string url;
};

// A statement of risks or of the lack of approval, in the clinic's own
// voice. One entry per kind.
struct Disclosure {
  std::string kind;  // risks, not_approved
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
  // Only the patient's own cells: yes (cell_origin autologous), no (any
  // birth-tissue, exosome or donor product), unknown. Decided once, in
  // ExtractClinic; evidence field "own_cells_only" holds an exclusive
  // statement ("we use only your own cells") when the clinic makes one.
  TriState own_cells_only = TriState::kUnknown;
  std::vector<PriceInclusion> price_includes;
  // The clinic's own clinicians are trained or board-certified in
  // orthopedics or sports medicine: yes or unknown (evidence field
  // "orthopedic_experience").
  TriState orthopedic_experience = TriState::kUnknown;
  std::vector<Disclosure> risk_disclosure;
  std::vector<Claim> claims;
  std::vector<Evidence> evidence;
  std::vector<std::string> warnings;

  // Pages with read == true.
  size_t PagesRead() const;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_FACTS_H_
