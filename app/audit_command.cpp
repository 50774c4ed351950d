// clinicrank audit PATH... | --db FILE [--format md|json|html] [-o FILE]
// For journalists: every red-flag claim with its quote, URL, page sha256 and
// fetch time, a context note, and contradictions across a clinic's pages.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "report/audit.h"

namespace clinicrank {
namespace {

struct AuditOptions {
  std::vector<std::string> paths;
  std::string db;
  std::string format = "md";
  std::string output;
  int jobs = 0;  // 0: the number of cores
};

int RunAudit(const AuditOptions& o) {
  if (o.paths.empty() == o.db.empty()) {
    std::cerr << "clinicrank audit: give clinic PATHs or --db FILE\n"
                 "Run 'clinicrank audit --help' for usage.\n";
    return kExitUsage;
  }
  std::vector<ClinicFacts> facts;
  if (int status = CollectClinicFacts(o.paths, o.db, JobsOrCores(o.jobs), &facts); status != kExitOk) return status;
  Audit audit = BuildAudit(facts);
  std::string report = o.format == "json"   ? AuditReportJson(audit)
                       : o.format == "html" ? AuditReportHtml(audit)
                                            : AuditReportMarkdown(audit);
  return EmitReport(report, o.output);
}

}  // namespace

Command AddAuditCommand(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* sub = app.add_subcommand(
      "audit",
      "List every red-flag claim per clinic with its quote, URL, page SHA-256 and fetch time,\n"
      "a context note (FDA, FTC, trials) and contradictions across the clinic's pages.");
  auto* paths = sub->add_option("PATH", o->paths, "Clinic file or directory (e.g. sample_pages/*)");
  auto* db = sub->add_option("--db", o->db, "Audit the sites of a crawl store instead of PATHs");
  paths->excludes(db);
  db->excludes(paths);
  sub->add_option("--format", o->format, "Report format (default: md)")
      ->check(CLI::IsMember({"md", "json", "html"}));
  AddJobsOption(sub, &o->jobs);
  sub->add_option("-o,--output", o->output,
                  "Write the report to FILE (atomically: a temp file beside it, then rename)");
  sub->footer(
      "Examples:\n"
      "  clinicrank audit sample_pages/renewlife-amniotic\n"
      "  clinicrank audit --db clinics.db --format html -o audit.html\n"
      "Exit status: 0 success, 1 runtime failure, 2 usage error.");
  return {sub, [o]() { return RunAudit(*o); }};
}

}  // namespace clinicrank
