// clinicrank diff --db FILE [--from RUN] [--to RUN] [--format md|json]
//
// What changed on the clinics' websites between two crawl runs: for each
// site, pages added, removed (now 404/410) and changed (different SHA-256
// of the body), comparing the store as it stood after run FROM with the
// store after run TO. Default: TO is the latest run, FROM the one before it
// (or nothing, when there is only one run, so every page counts as added).
// Output on stdout. Exit status: 0 ok; 1 when the store cannot be read or a
// run does not exist; 2 on a usage error.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/commands.h"
#include "report/json_util.h"
#include "store/store.h"

namespace clinicrank {
namespace {

struct DiffOptions {
  std::string db;
  int64_t from = -1;  // -1: the run before `to`
  int64_t to = -1;    // -1: the latest run
  std::string format = "md";
};

struct ChangedPage {
  std::string url;
  std::string old_sha256;
  std::string new_sha256;
};

struct SiteDiff {
  SiteInfo site;
  std::vector<std::string> added;
  std::vector<std::string> removed;
  std::vector<ChangedPage> changed;
  int unchanged = 0;
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

Status DiffSite(PageStore* store, const SiteInfo& site, int64_t from, int64_t to, SiteDiff* diff) {
  std::map<std::string, PageRecord> before, after;
  if (Status s = Snapshot(store, site.id, from, &before); !s.ok()) return s;
  if (Status s = Snapshot(store, site.id, to, &after); !s.ok()) return s;
  diff->site = site;
  for (const auto& [url, page] : after) {
    auto old = before.find(url);
    const bool was_there = old != before.end() && Ok(old->second.status);
    if (Ok(page.status)) {
      if (!was_there) {
        diff->added.push_back(url);
      } else if (old->second.sha256 != page.sha256) {
        diff->changed.push_back({url, old->second.sha256, page.sha256});
      } else {
        ++diff->unchanged;
      }
    } else if (was_there && (page.status == 404 || page.status == 410)) {
      diff->removed.push_back(url);
    }
  }
  return Status::Ok();
}

std::string RunLabel(const std::vector<RunInfo>& runs, int64_t id) {
  if (id <= 0) return "nothing (empty store)";
  for (const RunInfo& run : runs) {
    if (run.id == id) return "run " + std::to_string(id) + " (" + run.started_at + ")";
  }
  return "run " + std::to_string(id);
}

void PrintMarkdown(const std::vector<SiteDiff>& diffs, const std::vector<RunInfo>& runs,
                   int64_t from, int64_t to) {
  std::cout << "# Changes from " << RunLabel(runs, from) << " to " << RunLabel(runs, to) << "\n";
  int added = 0, removed = 0, changed = 0, unchanged = 0;
  for (const SiteDiff& d : diffs) {
    added += static_cast<int>(d.added.size());
    removed += static_cast<int>(d.removed.size());
    changed += static_cast<int>(d.changed.size());
    unchanged += d.unchanged;
    std::cout << "\n## " << d.site.host << "\n\n";
    if (d.added.empty() && d.removed.empty() && d.changed.empty()) {
      std::cout << "No changes (" << d.unchanged << " page(s) unchanged).\n";
      continue;
    }
    std::cout << "| change | page |\n|---|---|\n";
    for (const std::string& url : d.added) std::cout << "| added | " << url << " |\n";
    for (const ChangedPage& c : d.changed) std::cout << "| changed | " << c.url << " |\n";
    for (const std::string& url : d.removed) std::cout << "| removed | " << url << " |\n";
    std::cout << "\n" << d.unchanged << " page(s) unchanged.\n";
  }
  std::cout << "\nTotal: " << added << " added, " << changed << " changed, " << removed
            << " removed, " << unchanged << " unchanged.\n";
}

void PrintJson(const std::vector<SiteDiff>& diffs, int64_t from, int64_t to) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);  // repairs invalid UTF-8 in crawled URLs
  auto string = [&w](const std::string& s) { w.String(s.data(), static_cast<unsigned>(s.size())); };
  w.StartObject();
  w.Key("from");
  if (from > 0) {
    w.Int64(from);
  } else {
    w.Null();
  }
  w.Key("to");
  w.Int64(to);
  w.Key("sites");
  w.StartArray();
  for (const SiteDiff& d : diffs) {
    w.StartObject();
    w.Key("site");
    string(d.site.host);
    w.Key("seed_url");
    string(d.site.seed_url);
    w.Key("added");
    w.StartArray();
    for (const std::string& url : d.added) string(url);
    w.EndArray();
    w.Key("changed");
    w.StartArray();
    for (const ChangedPage& c : d.changed) {
      w.StartObject();
      w.Key("url");
      string(c.url);
      w.Key("old_sha256");
      string(c.old_sha256);
      w.Key("new_sha256");
      string(c.new_sha256);
      w.EndObject();
    }
    w.EndArray();
    w.Key("removed");
    w.StartArray();
    for (const std::string& url : d.removed) string(url);
    w.EndArray();
    w.Key("unchanged");
    w.Int(d.unchanged);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << buffer.GetString() << "\n";
}

bool HasRun(const std::vector<RunInfo>& runs, int64_t id) {
  return std::any_of(runs.begin(), runs.end(), [id](const RunInfo& r) { return r.id == id; });
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
  const int64_t to = o.to >= 0 ? o.to : runs.back().id;
  int64_t from = o.from;
  if (from < 0) {
    from = 0;
    for (const RunInfo& run : runs) {
      if (run.id < to) from = run.id;
    }
  }
  for (int64_t id : {from, to}) {
    if (id > 0 && !HasRun(runs, id)) {
      std::cerr << "clinicrank diff: no run " << id << " in " << o.db << " (runs "
                << runs.front().id << " to " << runs.back().id << ")\n";
      return kExitFailure;
    }
  }
  std::vector<SiteDiff> diffs;
  for (const SiteInfo& site : sites) {
    SiteDiff diff;
    if (status = DiffSite(store.get(), site, from, to, &diff); !status.ok()) {
      std::cerr << "clinicrank diff: " << status.ToString() << "\n";
      return kExitFailure;
    }
    diffs.push_back(std::move(diff));
  }
  if (o.format == "json") {
    PrintJson(diffs, from, to);
  } else {
    PrintMarkdown(diffs, runs, from, to);
  }
  return kExitOk;
}

}  // namespace

Command AddDiffCommand(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand(
      "diff",
      "Show what changed on the clinics' sites between two crawl runs: pages added, changed\n"
      "(different SHA-256 of the body) and removed (now 404/410), per site.\n"
      "Default: the latest run against the one before it. A resumed crawl does not fetch\n"
      "stored pages again: crawl with --refresh to see which pages changed.");
  sub->footer(
      "Examples:\n"
      "  clinicrank diff --db clinics.db\n"
      "  clinicrank diff --db clinics.db --from 1 --to 3 --format json");
  sub->add_option("--db", o->db, "crawl store written by `clinicrank crawl`")->required();
  sub->add_option("--from", o->from, "run id to compare from (default: the run before --to)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--to", o->to, "run id to compare to (default: the latest run)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--format", o->format, "md (a table per site) or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"md", "json"}));
  return {sub, [o] { return RunDiff(*o); }};
}

}  // namespace clinicrank
