// clinicrank diff --db FILE [--from RUN] [--to RUN] [--format md|json]
//
// What each clinic changed between two crawls (report/fact_diff.h): prices
// added, removed and changed (old → new, with both quotes and fetch times),
// checklist items whose status changed, claims added and removed, and pages
// added, changed (different SHA-256 of the body; a page fetched in both with
// the same hash is unchanged) and gone (now 404/410, or not found again by a
// --refresh crawl). A crawl is a run and the runs that resumed it: a run that
// resumed an interrupted one is the same crawl, never a source of "added"
// pages. The store is read as it stood after each crawl's last run.
// Default: TO is the latest complete crawl, FROM the crawl before it (or
// nothing, when there is only one, so every page counts as added).
// Output on stdout. Exit status: 0 ok; 1 when the store cannot be read or a
// run does not exist; 2 on a usage error.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "base/ordered_pool.h"
#include "ranking/rank.h"
#include "ranking/rates.h"
#include "report/fact_diff.h"
#include "report/output_file.h"
#include "store/store.h"

namespace clinicrank {
namespace {

struct DiffOptions {
  std::string db;
  int64_t from = -1;  // -1: the crawl before `to`
  int64_t to = -1;    // -1: the latest complete crawl
  std::string format = "md";
};

bool Ok(int status) { return status >= 200 && status < 300; }

// URL → latest page record as of `run` (run 0: the empty store).
Status Snapshot(PageStore* store, int64_t site, int64_t run,
                std::map<std::string, PageRecord>* out) {
  out->clear();
  if (run <= 0) return Status::Ok();
  std::vector<PageRecord> pages;
  if (Status s = store->LatestPages(site, run, false, &pages); !s.ok()) return s;
  for (PageRecord& page : pages) {
    std::string url = page.url;
    (*out)[url] = std::move(page);
  }
  return Status::Ok();
}

bool IsRefresh(const std::vector<RunInfo>& runs, const CrawlSession& session) {
  for (const RunInfo& run : runs) {
    if (run.id >= session.first() && run.id <= session.last() &&
        run.args.find(" --refresh") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Pages added, changed, unchanged and gone between the two states.
Status DiffPages(PageStore* store, const SiteInfo& site, const CrawlSession* from,
                 const CrawlSession& to, bool to_refreshed, SiteDiff* diff) {
  std::map<std::string, PageRecord> before, after;
  if (Status s = Snapshot(store, site.id, from ? from->last() : 0, &before); !s.ok()) return s;
  if (Status s = Snapshot(store, site.id, to.last(), &after); !s.ok()) return s;
  for (const auto& [url, page] : after) {
    auto old = before.find(url);
    const bool was_there = old != before.end() && Ok(old->second.status);
    if (Ok(page.status)) {
      if (!was_there) {
        diff->pages_added.push_back(url);
      } else if (to_refreshed && page.run_id < to.first()) {
        diff->pages_gone.push_back({url, old->second.sha256, "", "not found again by the refresh crawl"});
      } else if (old->second.sha256 != page.sha256) {
        diff->pages_changed.push_back({url, old->second.sha256, page.sha256, ""});
      } else {
        ++diff->pages_unchanged;
      }
    } else if (was_there && (page.status == 404 || page.status == 410)) {
      diff->pages_gone.push_back({url, old->second.sha256, "", "now " + std::to_string(page.status)});
    }
  }
  return Status::Ok();
}

// Every site's facts and checklist as of `run` (0: nothing), by seed URL.
bool States(const std::string& db, int64_t run, const Rates& rates,
            std::map<std::string, ClinicState>* out, std::string* error) {
  if (run <= 0) return true;
  std::vector<ClinicFacts> facts;
  const ClinicFactsSink sink = [&facts](ClinicFacts&& f) { facts.push_back(std::move(f)); };
  if (!ExtractFromDb(db, UsableCpuCount(), run, sink, error)) return false;
  const Ranking ranking = RankClinics(facts, Weights{}, rates);
  for (ClinicFacts& f : facts) {
    ClinicState& state = (*out)[f.source];
    state.present = true;
    for (const RankedClinic& c : ranking.clinics) {
      if (c.source == f.source) state.checklist = c.checklist;
    }
    state.facts = std::move(f);
  }
  return true;
}

Rates LoadDefaultRates() {
  Rates rates;
  std::string text, error;
  if (ReadSmallFile(DefaultRatesPath(), kMaxRatesFileBytes, &text, &error)) ParseRates(text, &rates, &error);
  return rates;
}

int RunDiff(const DiffOptions& o) {
  Status status;
  auto store = PageStore::Open(o.db, PageStore::Mode::kReadOnly, &status);
  std::vector<RunInfo> runs;
  std::vector<SiteInfo> sites;
  if (store) status = store->ListRuns(&runs);
  if (store && status.ok()) status = store->ListSites(&sites);
  if (!store || !status.ok()) {
    std::cerr << "clinicrank diff: " << status.ToString() << "\n";
    return kExitFailure;
  }
  if (runs.empty()) {
    std::cerr << "clinicrank diff: " << o.db << " has no crawl runs yet\n";
    return kExitFailure;
  }
  const std::vector<CrawlSession> sessions = GroupRuns(runs);
  auto missing = [&](int64_t id) {
    std::cerr << "clinicrank diff: no run " << id << " in " << o.db << " (runs " << runs.front().id
              << " to " << runs.back().id << ")\n";
    return kExitFailure;
  };
  const CrawlSession* to = o.to >= 0 ? FindSession(sessions, o.to) : LatestSession(sessions);
  if (!to) return missing(o.to);
  const CrawlSession* from = nullptr;
  FactDiffReport report;
  if (o.from > 0) {
    from = FindSession(sessions, o.from);
    if (!from) return missing(o.from);
    if (from == to) {
      report.note = "Run " + std::to_string(o.from) + " and run " + std::to_string(to->last()) +
                    " are one crawl (a resumed run continues the run it resumed): nothing to compare.";
    }
  } else if (o.from < 0) {
    for (const CrawlSession& s : sessions) {
      if (s.last() < to->first()) from = &s;
    }
  }
  report.to = {to->run_ids, to->started_at};
  if (from) report.from = {from->run_ids, from->started_at};

  const Rates rates = LoadDefaultRates();
  std::map<std::string, ClinicState> before, after;
  std::string error;
  if (!States(o.db, from ? from->last() : 0, rates, &before, &error) ||
      !States(o.db, to->last(), rates, &after, &error)) {
    std::cerr << "clinicrank diff: " << error << "\n";
    return kExitFailure;
  }
  const bool refreshed = IsRefresh(runs, *to);
  for (const SiteInfo& site : sites) {
    SiteDiff diff;
    diff.site = site.host;
    diff.seed_url = site.seed_url;
    if (status = DiffPages(store.get(), site, from, *to, refreshed, &diff); !status.ok()) {
      std::cerr << "clinicrank diff: " << status.ToString() << "\n";
      return kExitFailure;
    }
    const ClinicState& old_state = before[site.seed_url];
    const ClinicState& new_state = after[site.seed_url];
    if (!old_state.present && !new_state.present) continue;  // crawled only later
    diff.name = ClinicDisplayName(new_state.present ? new_state.facts : old_state.facts);
    DiffFacts(old_state, new_state, &diff);
    report.sites.push_back(std::move(diff));
  }
  if (!WriteStdout(o.format == "json" ? FactDiffJson(report) : FactDiffMarkdown(report), &error)) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command AddDiffCommand(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand(
      "diff",
      "Show what each clinic changed between two crawls: prices added, removed or changed\n"
      "(old -> new, with both quotes and fetch times), checklist statuses that changed, claims\n"
      "added or removed, and pages added, changed or gone. A run that resumed an interrupted\n"
      "one is the same crawl. Default: the latest complete crawl against the one before it.\n"
      "Crawl with --refresh to fetch every page again and see what changed.");
  sub->footer(
      "Examples:\n"
      "  clinicrank diff --db clinics.db\n"
      "  clinicrank diff --db clinics.db --from 1 --to 3 --format json\n"
      "Exit status: 0 success (changes or none), 1 the store cannot be read or has no such\n"
      "run, 2 usage error.");
  sub->add_option("--db", o->db, "crawl store written by `clinicrank crawl`")->required();
  sub->add_option("--from", o->from,
                  "a run of the crawl to compare from (default: the crawl before --to; 0: nothing)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--to", o->to, "a run of the crawl to compare to (default: the latest complete crawl)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--format", o->format, "md (a section per clinic) or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"md", "json"}));
  return {sub, [o] { return RunDiff(*o); }};
}

}  // namespace clinicrank
