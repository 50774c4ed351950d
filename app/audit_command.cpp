// clinicrank audit PATH... | --db FILE [--run N] [--format md|json|html|csv] [-o FILE]
//                           [--rates FILE]
// For journalists: a document that stands alone (report/audit.h). Its header
// names the tool version, the command, the crawl runs read, when it was made
// and the date of the currency table; every fact and red-flag claim comes
// with its quote in context and where it was read - fetched and final URL,
// HTTP status, fetch time, page SHA-256 and, for a crawl archived with
// --warc, the WARC record. Pages are parsed again, one clinic at a time, to
// find each quote's neighbouring sentences, so memory holds one clinic's
// pages at a time.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "base/timestamp.h"
#include "ranking/rates.h"
#include "report/audit.h"
#include "report/output_file.h"
#include "store/store.h"

namespace clinicrank {
namespace {

struct AuditOptions {
  std::vector<std::string> paths;
  std::string db;
  int64_t run = 0;
  std::string format = "md";
  std::string output;
  std::string rates;
  int jobs = 0;  // 0: the number of cores
};

// The date of the currency table the report's prices would be compared with.
bool RatesDate(const std::string& override_path, std::string* date) {
  const std::string path = override_path.empty() ? DefaultRatesPath() : override_path;
  std::string text, error;
  Rates rates;
  if (!ReadSmallFile(path, kMaxRatesFileBytes, &text, &error) || !ParseRates(text, &rates, &error)) {
    if (!override_path.empty()) {
      std::cerr << "clinicrank audit: --rates " << error << "\n";
      return false;
    }
    return true;  // no shipped table: the header says none was loaded
  }
  *date = rates.date;
  return true;
}

int RunAudit(const AuditOptions& o) {
  if (o.paths.empty() == o.db.empty()) {
    std::cerr << "clinicrank audit: give clinic PATHs or --db FILE\n"
                 "Run 'clinicrank audit --help' for usage.\n";
    return kExitUsage;
  }
  if (o.run > 0 && o.db.empty()) {
    std::cerr << "clinicrank audit: --run needs --db\n";
    return kExitUsage;
  }
  AuditHeader header;
  header.tool_version = std::string("clinicrank ") + CLINICRANK_VERSION;
  header.command = CommandLine();
  header.generated_at = UtcNow();
  if (!RatesDate(o.rates, &header.rates_date)) return kExitFailure;

  std::vector<ClinicAudit> clinics;
  const ClinicPagesSink sink = [&clinics](ClinicFacts&& facts,
                                          const std::vector<AuditPage>& pages) {
    clinics.push_back(AuditClinic(facts, pages));
  };
  if (!o.db.empty()) {
    std::string error;
    CrawlSession session;
    if (!ChooseCrawl(o.db, o.run, &session, &error) ||
        !ExtractFromDb(o.db, JobsOrCores(o.jobs), session.last(), sink, &error)) {
      std::cerr << "clinicrank audit: " << error << "\n";
      return kExitFailure;
    }
    header.run_ids = session.run_ids;
  } else if (std::string error = FolderOfClinicsError(o.paths); !error.empty()) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitUsage;
  } else if (!ExtractFromPaths(o.paths, JobsOrCores(o.jobs), sink)) {
    std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
    return kExitFailure;
  }
  const Audit audit = AssembleAudit(std::move(header), std::move(clinics));
  std::string report = o.format == "json"   ? AuditReportJson(audit)
                       : o.format == "html" ? AuditReportHtml(audit)
                       : o.format == "csv"  ? AuditReportCsv(audit)
                                            : AuditReportMarkdown(audit);
  return EmitReport(report, o.output);
}

}  // namespace

Command AddAuditCommand(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* sub = app.add_subcommand(
      "audit",
      "For journalists: every fact (prices, guidance, cell sources, plan) and red-flag claim per\n"
      "clinic, each with its quote and the sentence before and after it, and where it was read:\n"
      "fetched and final URL, HTTP status, fetch time, page SHA-256 and the archived WARC copy\n"
      "(crawl --warc). Also context notes (FDA, FTC, trials) and contradictions across pages.\n"
      "The header names the tool version, command, crawl runs, generation time and rates date.");
  auto* paths = sub->add_option("PATH", o->paths, "Clinic file or directory (e.g. sample_pages/*)");
  auto* db = sub->add_option("--db", o->db, "Audit the sites of a crawl store instead of PATHs");
  paths->excludes(db);
  db->excludes(paths);
  sub->add_option("--run", o->run,
                  "With --db: the store as it stood after this crawl run (a resumed run and the\n"
                  "run it resumed are one crawl). Default: the latest complete crawl")
      ->check(CLI::PositiveNumber);
  sub->add_option("--format", o->format,
                  "Report format (default: md); csv is one row per fact or claim, cells that a\n"
                  "spreadsheet would run as formulas (= + - @ tab CR) neutralised")
      ->check(CLI::IsMember({"md", "json", "html", "csv"}));
  AddJobsOption(sub, &o->jobs);
  sub->add_option("-o,--output", o->output,
                  "Write the report to FILE (atomically: a temp file beside it, then rename)");
  sub->add_option("--rates", o->rates,
                  "Exchange-rate table whose date the header names (default: data/rates.json)")
      ->option_text("FILE");
  sub->footer(
      "Examples:\n"
      "  clinicrank audit sample_pages/renewlife-amniotic\n"
      "  clinicrank audit --db clinics.db --format html -o audit.html\n"
      "  clinicrank audit --db clinics.db --run 1 --format csv -o audit-run1.csv\n"
      "Exit status: 0 success, 1 runtime failure, 2 usage error.");
  return {sub, [o]() { return RunAudit(*o); }};
}

}  // namespace clinicrank
