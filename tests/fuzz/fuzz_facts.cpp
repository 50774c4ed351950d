// `rank --facts` input (report/facts_json.h): one line of extract output
// from a file anyone could have edited. Invariants: a line is accepted or
// refused with a reason, never a crash; an accepted line written again reads
// back to the same line; whatever the facts say (negative or huge prices,
// unknown kinds, empty strings), ranking them gives a score within 0-100 and
// every rank report is produced.
#include <cmath>
#include <cstdint>
#include <string>

#include "ranking/rank.h"
#include "report/facts_json.h"
#include "report/rank_report.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  const std::string_view line = fuzz::AsText(data, size);
  ClinicFacts facts;
  std::string error;
  if (!FactsFromJsonLine(line, &facts, &error)) {
    fuzz::Check(!error.empty(), "a refused line without a reason");
    return 0;
  }
  const std::string written = FactsToJsonLine(facts);
  ClinicFacts again;
  fuzz::Check(FactsFromJsonLine(written, &again, &error), "its own output refused");
  fuzz::Check(FactsToJsonLine(again) == written, "a round trip changed the facts");

  Rates rates;
  rates.date = "2026-11-01";
  rates.per_usd = {{"USD", 1}, {"EUR", 0.9}, {"MXN", 18}};
  const Ranking ranking = RankClinics({facts}, Weights(), rates);
  for (const RankedClinic& c : ranking.clinics) {
    fuzz::Check(std::isfinite(c.score) && c.score >= 0 && c.score <= 100, "score out of 0-100");
  }
  RankReportMarkdown(ranking);
  RankReportCsv(ranking);
  RankReportJson(ranking);
  RankReportHtml(ranking);
  RankReportTerminal(ranking, TerminalOptions());
  return 0;
}
