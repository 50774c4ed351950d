// clinicrank extract PATH... : facts, one JSON object per clinic per line.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "report/facts_json.h"

namespace clinicrank {

Command AddExtractCommand(CLI::App& app) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto warc = std::make_shared<std::string>();
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
  sub->require_option(1);
  sub->footer(
      "Example:\n"
      "  clinicrank extract sample_pages/* > facts.jsonl\n"
      "  zcat crawl.warc.gz | clinicrank extract --warc - > facts.jsonl\n"
      "Unreadable pages (missing, binary, empty, too large) are reported on stderr and in\n"
      "each clinic's \"warnings\"; the other clinics are still processed.\n"
      "Exit status: 0 success, 1 nothing could be read, 2 usage error.");
  auto run = [paths, warc]() {
    // Streams one line per clinic; a failed write (a full disk, a closed
    // pipe) stops the run rather than extracting for nobody.
    auto print = [](ClinicFacts&& facts) {
      std::string error;
      if (!WriteStdout(FactsToJsonLine(facts) + "\n", &error)) throw std::runtime_error(error);
    };
    if (!warc->empty()) {
      std::string error;
      if (!ExtractFromWarc(*warc, print, &error)) {
        std::cerr << "clinicrank: error: " << error << "\n";
        return kExitFailure;
      }
      return kExitOk;
    }
    bool any = ExtractFromPaths(*paths, print);
    if (!any) {
      std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
      return kExitFailure;
    }
    return kExitOk;
  };
  return {sub, run};
}

}  // namespace clinicrank
