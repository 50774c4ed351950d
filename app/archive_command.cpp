// clinicrank archive sites WARC... [-o FILE]
// clinicrank archive route WARC --sites FILE --out DIR [--shards N] [--part NAME]
// The per-file stages of a clinic census over many WARC files (issue 17;
// archive/census.h, docs/scale.md). Each WARC file is its own task: a file
// that cannot be read fails with its name on stderr and exit status 1.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/commands.h"
#include "app/report_output.h"
#include "archive/census.h"
#include "parsers/vocab/treatment_mentions.h"
#include "warc/warc_pages.h"

namespace clinicrank {
namespace {

struct ArchiveOptions {
  std::vector<std::string> warcs;
  std::string output;
  std::string sites;
  RouteOptions route;
  bool quiet = false;
};

// "a.warc.gz: 41,000 pages, 1.9 GB, 12 relevant sites, 4.1 s (463 MB/s)".
void Report(const std::string& what, const std::string& path, const StageCounts& counts,
            double seconds, const char* matched) {
  char line[256];
  std::snprintf(line, sizeof line,
                ": %zu pages, %.1f MB, %zu %s, %zu unparsable URLs, %.1f s (%.0f MB/s)",
                counts.pages, static_cast<double>(counts.bytes) / 1e6, counts.matched, matched,
                counts.unparsable, seconds,
                seconds > 0 ? static_cast<double>(counts.bytes) / 1e6 / seconds : 0.0);
  std::cerr << "clinicrank archive " << what << ": " << path << line << "\n";
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs `stage` on one WARC file; false (reported) when it cannot be read.
template <typename Stage>
bool RunOnFile(const std::string& path, const char* what, Stage stage) {
  std::string error;
  auto in = OpenWarcInput(path, &error);
  if (!in) {
    std::cerr << "clinicrank archive " << what << ": error: " << error << "\n";
    return false;
  }
  WarcPageReader reader(in.get());
  if (!stage(&reader, &error)) {
    std::cerr << "clinicrank archive " << what << ": error: " << error << "\n";
    return false;
  }
  for (const std::string& w : reader.warnings()) {
    std::cerr << "clinicrank archive " << what << ": warning: " << path << ": " << w << "\n";
  }
  if (std::ferror(in.get())) {
    std::cerr << "clinicrank archive " << what << ": error: " << path << ": read error\n";
    return false;
  }
  return true;
}

void PrintStageWarnings(const char* what, const std::string& path, const StageCounts& counts) {
  for (const std::string& w : counts.warnings) {
    std::cerr << "clinicrank archive " << what << ": warning: " << path << ": " << w << "\n";
  }
}

int RunSites(const ArchiveOptions& o) {
  const MentionMatcher& matcher = TreatmentMentionMatcher();
  std::set<std::string> sites;
  std::vector<std::string> failed;
  for (const std::string& path : o.warcs) {
    const auto start = std::chrono::steady_clock::now();
    StageCounts counts;
    const size_t before = sites.size();
    const bool ok = RunOnFile(path, "sites", [&](WarcPageReader* reader, std::string*) {
      ListRelevantSites(reader, matcher, &sites, &counts);
      return true;
    });
    if (!ok) {
      failed.push_back(path);
      continue;
    }
    counts.matched = sites.size() - before;
    if (!o.quiet) Report("sites", path, counts, SecondsSince(start), "new relevant sites");
  }
  std::string text;
  for (const std::string& site : sites) text += site + "\n";
  const int status = EmitReport(text, o.output);
  if (!failed.empty()) {
    std::cerr << "clinicrank archive sites: error: " << failed.size() << " of " << o.warcs.size()
              << " WARC files could not be read (their sites are not listed):";
    for (const std::string& f : failed) std::cerr << " " << f;
    std::cerr << "\n";
    return kExitFailure;
  }
  return status;
}

bool LoadSiteList(const std::string& path, std::unordered_set<std::string>* sites,
                  std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "--sites " + path + ": cannot open";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#') sites->insert(line);
  }
  if (in.bad()) {
    *error = "--sites " + path + ": read error";
    return false;
  }
  return true;
}

// The default part name: the file name without .warc.gz / .warc.
std::string DefaultPart(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  for (const std::string suffix : {".gz", ".warc"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
    }
  }
  return name;
}

int RunRoute(const ArchiveOptions& o) {
  if (o.warcs.size() != 1) {
    std::cerr << "clinicrank archive route: give exactly one WARC file (one task per file)\n"
                 "Run 'clinicrank archive route --help' for usage.\n";
    return kExitUsage;
  }
  const std::string& path = o.warcs[0];
  std::unordered_set<std::string> sites;
  std::string error;
  if (!LoadSiteList(o.sites, &sites, &error)) {
    std::cerr << "clinicrank archive route: error: " << error << "\n";
    return kExitFailure;
  }
  RouteOptions route = o.route;
  if (route.part.empty()) route.part = DefaultPart(path);
  if (route.part.empty() || route.part[0] == '.' || route.part.find('/') != std::string::npos) {
    std::cerr << "clinicrank archive route: --part must be a plain file name, not '" << route.part
              << "'\n";
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  StageCounts counts;
  const bool ok = RunOnFile(path, "route", [&](WarcPageReader* reader, std::string* err) {
    return RouteSites(reader, sites, route, &counts, err);
  });
  if (!ok) return kExitFailure;
  PrintStageWarnings("route", path, counts);
  if (!o.quiet) Report("route", path, counts, SecondsSince(start), "pages routed");
  return kExitOk;
}

}  // namespace

Command AddArchiveCommand(CLI::App& app) {
  auto o = std::make_shared<ArchiveOptions>();
  CLI::App* sub = app.add_subcommand(
      "archive",
      "The per-file stages of a clinic census over many WARC files (e.g. a Common Crawl\n"
      "snapshot), for any engine that runs one task per file (docs/scale.md):\n"
      "  1. archive sites WARC -o sites-N.txt        (per file)\n"
      "  2. sort -u sites-*.txt > sites.txt\n"
      "  3. archive route WARC --sites sites.txt --out shards --part N   (per file)\n"
      "  4. extract --by-site --warc shards/shard-K/*.warc.gz > facts-K.jsonl   (per shard)\n"
      "  5. LC_ALL=C sort facts-*.jsonl > census.jsonl: one clinic per site, sorted by site\n"
      "  6. clinicrank rank --facts census.jsonl -o census.html   (the ranked census)\n"
      "scale/dask_census.py runs steps 1-5 on a laptop or a Dask cluster.");
  sub->require_subcommand(1);
  sub->footer(
      "Run 'clinicrank archive sites --help' or 'clinicrank archive route --help' for each\n"
      "stage's options. Exit status: 0 success, 1 a file cannot be read or written, 2 usage\n"
      "error.");

  CLI::App* sites = sub->add_subcommand(
      "sites",
      "Print the sites (scheme://host[:port]) with at least one page that mentions the\n"
      "treatment in any language the prefilter reads, sorted, one per line. No HTML is\n"
      "parsed.");
  sites->add_option("WARC", o->warcs, "WARC files (plain or gzip)")->required();
  sites->add_option("-o,--output", o->output, "Write the list to FILE (atomically)");
  sites->add_flag("-q,--quiet", o->quiet, "No per-file summary on stderr");
  sites->footer(
      "Example:\n"
      "  clinicrank archive sites CC-MAIN-0001.warc.gz -o sites-0001.txt\n"
      "Exit status: 0 success, 1 a WARC file could not be read (the others are still listed),\n"
      "2 usage error.");

  CLI::App* route = sub->add_subcommand(
      "route",
      "Copy every page of the listed sites (relevant or not: contact and price pages matter)\n"
      "from one WARC file into OUT/shard-NNNNN/PART.warc.gz, a shard chosen by the site, so\n"
      "that each shard holds whole sites. At most 2000 pages or 256 MiB per site per file.");
  route->add_option("WARC", o->warcs, "One WARC file (plain or gzip)")->required();
  route->add_option("--sites", o->sites, "The site list: the union of 'archive sites' outputs")
      ->required();
  route->add_option("--out", o->route.out_dir, "Directory of the shards")->required();
  route
      ->add_option("--shards", o->route.shards,
                   "How many shards (default: 64); every task of a job must use the same")
      ->check(CLI::Range(1, 100000));
  route->add_option("--part", o->route.part,
                    "This file's part name in each shard (default: the WARC file name without\n"
                    ".warc.gz); parts are read in name order, so give input order, e.g. 000042");
  route->add_flag("-q,--quiet", o->quiet, "No summary on stderr");
  route->footer(
      "Example:\n"
      "  clinicrank archive route CC-MAIN-0001.warc.gz --sites sites.txt --out shards --part 0001\n"
      "A part is written under a hidden .partial name and renamed when the file is done, so\n"
      "a killed task leaves nothing a shard reads, and running it again is safe.\n"
      "Exit status: 0 success, 1 the WARC file could not be read or a shard written, 2 usage.");

  return {sub, [o, sites, route]() {
            if (sites->parsed()) return RunSites(*o);
            if (route->parsed()) return RunRoute(*o);
            return kExitUsage;
          }};
}

}  // namespace clinicrank
