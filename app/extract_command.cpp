// clinicrank extract PATH... | --warc FILE... | --db FILE : facts, one JSON object per
// clinic per line.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "app/report_output.h"
#include "report/facts_json.h"

namespace clinicrank {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  WarcExtractOptions warc;
  std::string db;
  int jobs = 0;  // 0: the number of cores
};

int RunExtract(ExtractOptions o) {
  if (o.paths.empty() && o.warc.files.empty() && o.db.empty()) {
    std::cerr << "clinicrank extract: give clinic PATHs, --warc FILE or --db FILE\n"
                 "Run 'clinicrank extract --help' for usage.\n";
    return kExitUsage;
  }
  if (o.warc.files.empty() && (o.warc.by_site || o.warc.relevant_only)) {
    std::cerr << "clinicrank extract: --by-site and --relevant-only apply to --warc input\n"
                 "Run 'clinicrank extract --help' for usage.\n";
    return kExitUsage;
  }
  const int jobs = JobsOrCores(o.jobs);
  // Streams one line per clinic; a failed write (a full disk, a closed pipe)
  // stops the run rather than extracting for nobody.
  const ClinicFactsSink print = [](ClinicFacts&& facts) {
    std::string error;
    if (!WriteStdout(FactsToJsonLine(facts) + "\n", &error)) throw std::runtime_error(error);
  };
  if (!o.warc.files.empty()) {
    o.warc.jobs = jobs;
    std::string error;
    if (!ExtractFromWarc(o.warc, print, &error)) {
      std::cerr << "clinicrank: error: " << error << "\n";
      return kExitFailure;
    }
    return kExitOk;
  }
  if (!o.db.empty()) {
    std::string error;
    if (!ExtractFromDb(o.db, jobs, 0, print, &error)) {
      std::cerr << "clinicrank: error: " << error << "\n";
      return kExitFailure;
    }
    return kExitOk;
  }
  if (std::string error = FolderOfClinicsError(o.paths); !error.empty()) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitUsage;
  }
  if (!ExtractFromPaths(o.paths, jobs, print)) {
    std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command AddExtractCommand(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* sub = app.add_subcommand(
      "extract",
      "Read clinic pages and print the facts found, one JSON object per clinic per line.\n"
      "A PATH is one clinic: an HTML file, or a directory whose .html/.htm files are its pages.");
  auto* path_opt =
      sub->add_option("PATH", o->paths, "Clinic file or directory (e.g. sample_pages/*)");
  auto* warc_opt = sub->add_option(
      "--warc", o->warc.files,
      "Read pages from WARC files (plain or gzip; - for stdin), in order, as if concatenated,\n"
      "instead of PATHs: one clinic per site, streamed as JSON Lines, so the command can map\n"
      "over web-archive files");
  auto* db_opt = sub->add_option("--db", o->db,
                                 "Read the latest crawl in a store written by `clinicrank crawl`\n"
                                 "(one clinic per site)");
  path_opt->excludes(warc_opt);
  path_opt->excludes(db_opt);
  warc_opt->excludes(db_opt);
  sub->add_flag(
      "--by-site", o->warc.by_site,
      "With --warc: one clinic per site wherever its pages are in the input (not only\n"
      "consecutive records), printed sorted by site once the input is read. Pages wait in a\n"
      "temporary file in $TMPDIR; memory holds an index. The census job's per-shard step");
  sub->add_flag(
      "--relevant-only", o->warc.relevant_only,
      "With --warc: only sites with a page that mentions the treatment (stem cells, BMAC,\n"
      "celulas madre, Stammzellen, ...; the fast prefilter of 'clinicrank archive')");
  AddJobsOption(sub, &o->jobs);
  sub->footer(
      "Examples:\n"
      "  clinicrank extract sample_pages/* > facts.jsonl\n"
      "  zcat crawl.warc.gz | clinicrank extract --warc - > facts.jsonl\n"
      "  clinicrank extract --warc a.warc.gz b.warc.gz --by-site --relevant-only\n"
      "  clinicrank extract --db clinics.db > facts.jsonl\n"
      "  clinicrank extract -j 1 sample_pages/*     one clinic at a time\n"
      "A damaged WARC record is a warning naming its byte offset; the others are still read.\n"
      "Unreadable pages (missing, binary, empty, too large) are reported on stderr and in\n"
      "each clinic's \"warnings\"; the other clinics are still processed. A site is read up\n"
      "to 2000 pages or 256 MiB; later pages are skipped with a warning.\n"
      "Exit status: 0 success, 1 nothing could be read (no PATH, a WARC file that cannot be\n"
      "read, a store that cannot be opened), 2 usage error (incl. a PATH that is a folder of\n"
      "clinic folders: give sample_pages/*, not sample_pages).");
  return {sub, [o]() { return RunExtract(*o); }};
}

}  // namespace clinicrank
