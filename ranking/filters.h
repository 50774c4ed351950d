// The filters a patient asks for (`rank --country`, `--max-price`,
// `--own-cells-only`): which clinics a ranking keeps, and the sentence the
// report prints about them. Pure.
#ifndef CLINICRANK_RANKING_FILTERS_H_
#define CLINICRANK_RANKING_FILTERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/price_compare.h"

namespace clinicrank {

struct RankFilter {
  // ISO 3166-1 alpha-2, upper case. Default: empty (any country). A clinic
  // whose country is unknown is left out when this is set.
  std::vector<std::string> countries;
  // USD per knee, after conversion (ranking/price_compare.h). A clinic is
  // kept when the low end of its comparable range is at most this; a clinic
  // with no comparable price is left out. Default: none.
  std::optional<double> max_price_usd;
  // Keep only clinics whose own_cells_only is yes. Default: false.
  bool own_cells_only = false;

  bool Any() const { return !countries.empty() || max_price_usd || own_cells_only; }
};

// "mx, US" → {"MX", "US"}. Returns false with `error` set (one line, naming
// the value, and "did you mean GB?" for "UK") for an empty list or a code
// that is not an assigned ISO 3166-1 alpha-2 code.
bool ParseCountryList(std::string_view text, std::vector<std::string>* out, std::string* error);

// Why the filter leaves this clinic out ("not in MX or US", "no comparable
// price", ...), or "" when it keeps it.
std::string FilterOut(const RankFilter& filter, const ClinicFacts& facts,
                      const std::optional<UsdRange>& price);

// The filters in words: "country MX or US; at most $6,000 per knee; the
// patient's own cells only". "" when no filter is set.
std::string DescribeFilter(const RankFilter& filter);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_FILTERS_H_
