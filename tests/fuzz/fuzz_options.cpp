// Option files: --weights and --rates (ranking/weights.h, ranking/rates.h),
// then a ranking with what was accepted. Input: a weights file, a line
// holding only "--", then a rates file. Invariants: whatever a file says,
// an accepted table ranks a clinic to a finite score within 0-100 and finite
// prices, and every rank report is produced.
#include <cmath>
#include <cstdint>
#include <string>

#include "ranking/rank.h"
#include "ranking/rates.h"
#include "ranking/weights.h"
#include "report/price_chart.h"
#include "report/rank_report.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  const std::string_view text = fuzz::AsText(data, size);
  const size_t split = text.find("\n--\n");
  const std::string_view weights_file = text.substr(0, split);
  const std::string_view rates_file =
      split == std::string_view::npos ? std::string_view() : text.substr(split + 4);
  Weights weights;
  Rates rates;
  std::string error;
  const bool weights_ok = ParseWeights(weights_file, &weights, &error);
  const bool rates_ok = ParseRates(rates_file, &rates, &error);
  if (!weights_ok && !rates_ok) return 0;
  for (const auto& [code, rate] : rates.per_usd) {
    fuzz::Check(std::isfinite(rate) && rate >= kMinRatePerUsd && rate <= kMaxRatePerUsd,
                "a rate out of range was accepted");
  }
  RateOutliers(rates, rates);

  ClinicFacts facts;
  facts.source = "fuzz";
  for (const char* currency : {"MXN", "EUR", "USD", "COP", "XYZ"}) {
    Price p;
    p.low = 3500;
    p.high = 1e15;
    p.currency = currency;
    p.treatment = "stem_cell";
    p.basis = "per_knee";
    facts.prices.push_back(p);
  }
  facts.claims.push_back({"fda_approved", std::nullopt, false, "FDA approved", "u"});
  const Ranking ranking = RankClinics({facts}, weights, rates);
  for (const RankedClinic& c : ranking.clinics) {
    fuzz::Check(std::isfinite(c.score) && c.score >= 0 && c.score <= 100, "score out of 0-100");
    fuzz::Check(std::isfinite(c.checklist_score), "checklist score not finite");
    for (const PricePoint& p : c.stem_cell_prices) {
      fuzz::Check(!p.low_usd || std::isfinite(*p.low_usd), "a USD price not finite");
    }
  }
  fuzz::Check(PriceChartSvg(ranking).size() < 100000, "the price chart grew");
  RankReportMarkdown(ranking);
  RankReportCsv(ranking);
  RankReportJson(ranking);
  return 0;
}
