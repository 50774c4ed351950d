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
  CLI::App* sub = app.add_subcommand(
      "extract",
      "Read clinic pages and print the facts found, one JSON object per clinic per line.\n"
      "A PATH is one clinic: an HTML file, or a directory whose .html/.htm files are its pages.");
  sub->add_option("PATH", *paths, "Clinic file or directory (e.g. sample_pages/*)")->required();
  sub->footer(
      "Example:\n"
      "  clinicrank extract sample_pages/* > facts.jsonl\n"
      "Unreadable pages (missing, binary, empty, too large) are reported on stderr and in\n"
      "each clinic's \"warnings\"; the other clinics are still processed.\n"
      "Exit status: 0 success, 1 nothing could be read, 2 usage error.");
  auto run = [paths]() {
    bool any = ExtractFromPaths(*paths, [](ClinicFacts&& facts) {
      std::cout << FactsToJsonLine(facts) << '\n';
      std::cout.flush();
    });
    if (!any) {
      std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
      return kExitFailure;
    }
    return kExitOk;
  };
  return {sub, run};
}

}  // namespace clinicrank
