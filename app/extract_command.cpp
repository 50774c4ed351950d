// clinicrank extract PATH... : facts, one JSON object per clinic per line.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "report/facts_json.h"

namespace clinicrank {

Command AddExtractCommand(CLI::App& app) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto warc = std::make_shared<std::string>();
  auto jobs_option = std::make_shared<int>(0);
  CLI::App* sub = app.add_subcommand(
      "extract",
      "Read clinic pages and print the facts found, one JSON object per clinic per line.\n"
      "A PATH is one clinic: an HTML file, or a directory whose .html/.htm files are its pages.");
  auto* path_opt = sub->add_option("PATH", *paths, "Clinic file or directory (e.g. sample_pages/*)");
  auto* warc_opt = sub->add_option(
      "--warc", *warc,
      "Read pages from a WARC file (plain or gzip; - for stdin) instead of PATHs: one clinic\n"
      "per site, streamed as JSON Lines, so the command can map over web-archive files");
  path_opt->excludes(warc_opt);
  AddJobsOption(sub, jobs_option.get());
  sub->footer(
      "Example:\n"
      "  clinicrank extract sample_pages/* > facts.jsonl\n"
      "  zcat crawl.warc.gz | clinicrank extract --warc - > facts.jsonl\n"
      "  clinicrank extract -j 1 sample_pages/*     one clinic at a time\n"
      "Unreadable pages (missing, binary, empty, too large) are reported on stderr and in\n"
      "each clinic's \"warnings\"; the other clinics are still processed.\n"
      "Exit status: 0 success, 1 nothing could be read, 2 usage error.");
  auto run = [paths, warc, jobs_option]() {
    if (paths->empty() && warc->empty()) {
      std::cerr << "clinicrank extract: give clinic PATHs or --warc FILE\n"
                   "Run 'clinicrank extract --help' for usage.\n";
      return kExitUsage;
    }
    const int jobs = JobsOrCores(*jobs_option);
    auto print = [](ClinicFacts&& facts) {
      std::cout << FactsToJsonLine(facts) << '\n';
      std::cout.flush();
    };
    if (!warc->empty()) {
      std::string error;
      if (!ExtractFromWarc(*warc, jobs, print, &error)) {
        std::cerr << "clinicrank: error: " << error << "\n";
        return kExitFailure;
      }
      return kExitOk;
    }
    bool any = ExtractFromPaths(*paths, jobs, print);
    if (!any) {
      std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
      return kExitFailure;
    }
    return kExitOk;
  };
  return {sub, run};
}

}  // namespace clinicrank
