// The whole extract path, from page bytes to every report format: decode,
// pre-pass, Gumbo, every extractor, ranking, audit, and the extract, rank
// and audit writers. Input: a first line choosing where the page came from
// ("" = a file; anything else is used as the crawl URL), then the page.
// Invariants: nothing crashes, and every JSON report is valid UTF-8 that
// parses.
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "parsers/extract/clinic.h"
#include "ranking/rank.h"
#include "report/audit.h"
#include "report/facts_json.h"
#include "report/rank_report.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using clinicrank::fuzz::Check;

void CheckJson(const std::string& json, const char* what) {
  Check(clinicrank::IsValidUtf8(json), what);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  Check(!doc.HasParseError(), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  std::string_view rest = fuzz::AsText(data, size);
  const std::string_view url = fuzz::TakeLine(&rest);
  const std::string body(rest);
  PageInput page;
  page.bytes = body;
  page.url = std::string(url);
  page.path = url.empty() ? "fuzz/page.html" : "";
  page.content_type = url.size() % 3 == 0 ? "text/html" : "";
  const ClinicFacts facts = ExtractClinic("fuzz", {page});
  CheckJson(FactsToJsonLine(facts), "extract JSON");

  const Ranking ranking = RankClinics({facts}, Weights(), Rates());
  CheckJson(RankReportJson(ranking), "rank JSON");
  RankReportMarkdown(ranking);
  RankReportCsv(ranking);
  RankReportHtml(ranking);
  const Audit audit = BuildAudit({facts});
  CheckJson(AuditReportJson(audit), "audit JSON");
  AuditReportMarkdown(audit);
  AuditReportHtml(audit);
  return 0;
}
