// Stated stem-cell prices brought to one comparable figure: USD per knee
// (docs/ranking.md, "Prices"), against the seed article's band and the
// independent study range. Pure: prices and rates in, plain structs out.
#ifndef CLINICRANK_RANKING_PRICE_COMPARE_H_
#define CLINICRANK_RANKING_PRICE_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/rates.h"

namespace clinicrank {

// The article's price band and the independent study range (DOMAIN.md §1,
// Piuzzi et al. 2018: mean $5,156, range $1,150–12,000), USD per knee.
inline constexpr double kArticleLowUsd = 3500;
inline constexpr double kArticleHighUsd = 8000;
inline constexpr double kStudyLowUsd = 1150;
inline constexpr double kStudyHighUsd = 12000;
inline constexpr double kStudyMeanUsd = 5156;

// One stated stem-cell price, as stated and as compared.
struct PricePoint {
  Price original;
  std::optional<double> low_usd;   // per knee; nullopt when not comparable
  std::optional<double> high_usd;  // per knee
  std::string note;                // e.g. "both knees: halved", "no rate for XYZ"
};

// Heuristic (docs/ranking.md): a both-knee price is halved; per injection,
// per treatment, package and unspecified prices are compared as one knee
// (Piuzzi 2018 priced a single unilateral injection); a monthly instalment
// is never a treatment price.
PricePoint ComparePrice(const Price& p, const Rates& rates);

// The clinic's stem-cell prices (treatment stem_cell), compared.
std::vector<PricePoint> StemCellPrices(const ClinicFacts& f, const Rates& rates);

// Lowest and highest comparable USD per knee; nullopt when none compares.
struct UsdRange {
  double low = 0;
  double high = 0;
};
std::optional<UsdRange> ComparableRange(const std::vector<PricePoint>& points);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_PRICE_COMPARE_H_
