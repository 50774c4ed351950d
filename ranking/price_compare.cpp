// Price comparison (ranking/price_compare.h).
#include "ranking/price_compare.h"

#include <algorithm>

#include "parsers/extract/fact_kinds.h"

namespace clinicrank {
namespace {

std::string BasisNote(PriceBasis basis, const std::string& name) {
  switch (basis) {
    case PriceBasis::kBothKnees:
      return "price for both knees, halved";
    case PriceBasis::kPerKnee:
      return "per knee";
    case PriceBasis::kUnspecified:
      return "basis not stated, compared as one knee";
    default:
      return name + ", compared as one knee";
  }
}

}  // namespace

PricePoint ComparePrice(const Price& p, const Rates& rates) {
  PricePoint point;
  point.original = p;
  const PriceBasis basis = ParsePriceBasis(p.basis).value_or(PriceBasis::kUnspecified);
  if (basis == PriceBasis::kPerMonth) {
    point.note = "monthly instalment, not a treatment price";
    return point;
  }
  std::optional<double> low = ToUsd(rates, p.low, p.currency);
  std::optional<double> high = ToUsd(rates, p.high, p.currency);
  if (!low || !high) {
    point.note = "no exchange rate for " +
                 (p.currency.empty() ? std::string("an unknown currency") : p.currency);
    return point;
  }
  const double factor = basis == PriceBasis::kBothKnees ? 0.5 : 1;
  point.note = BasisNote(basis, p.basis);
  if (p.lower_bound_only) point.note += "; a \"from\" price";
  if (p.upper_bound_only) point.note += "; an \"up to\" price";
  if (p.currency_guessed) point.note += "; currency read from context";
  point.low_usd = *low * factor;
  point.high_usd = std::max(*low, *high) * factor;
  return point;
}

std::vector<PricePoint> StemCellPrices(const ClinicFacts& f, const Rates& rates) {
  std::vector<PricePoint> out;
  for (const Price& p : f.prices) {
    if (ParseTreatment(p.treatment) == Treatment::kStemCell) out.push_back(ComparePrice(p, rates));
  }
  return out;
}

std::optional<UsdRange> ComparableRange(const std::vector<PricePoint>& points) {
  std::optional<UsdRange> range;
  for (const PricePoint& p : points) {
    if (!p.low_usd || !p.high_usd) continue;
    if (!range) range = UsdRange{*p.low_usd, *p.high_usd};
    range->low = std::min(range->low, *p.low_usd);
    range->high = std::max(range->high, *p.high_usd);
  }
  return range;
}

}  // namespace clinicrank
