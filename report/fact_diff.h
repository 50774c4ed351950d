// What a clinic changed between two crawls, fact by fact (issue 16): prices
// added, removed and changed (old → new, with both quotes and fetch times),
// checklist items whose status changed, red-flag claims added and removed,
// and pages that are gone. Pure: the two states in, the differences out; the
// writers return whole documents (Markdown escaped with report/escape.h, so
// crawled URLs and quotes never form links or markup: issue 13 #6).
#ifndef CLINICRANK_REPORT_FACT_DIFF_H_
#define CLINICRANK_REPORT_FACT_DIFF_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/rank.h"

namespace clinicrank {

// A site as it stood after one crawl: its facts, how it ranked, its pages.
struct ClinicState {
  bool present = false;  // the site had been crawled by then
  ClinicFacts facts;
  std::vector<ChecklistItem> checklist;
};

struct PriceSeen {
  Price price;
  std::string fetched_at;  // of the page it was read from
};

struct PriceChange {
  PriceSeen before;
  PriceSeen after;
};

struct ChecklistChange {
  std::string item;
  std::string label;
  ItemStatus before = ItemStatus::kUnknown;
  ItemStatus after = ItemStatus::kUnknown;
  std::string before_evidence;
  std::string after_evidence;
};

struct ClaimSeen {
  Claim claim;
  std::string fetched_at;
};

struct PageDiff {
  std::string url;
  std::string old_sha256;
  std::string new_sha256;
  std::string why;  // for a page gone: "now 404", "not found again by the refresh crawl"
};

struct SiteDiff {
  std::string site;      // host
  std::string seed_url;
  std::string name;      // the clinic's name as of the later crawl
  std::vector<std::string> pages_added;
  std::vector<PageDiff> pages_changed;
  std::vector<PageDiff> pages_gone;
  int pages_unchanged = 0;
  std::vector<PriceSeen> prices_added;
  std::vector<PriceSeen> prices_removed;
  std::vector<PriceChange> prices_changed;
  std::vector<ChecklistChange> checklist;
  std::vector<ClaimSeen> claims_added;
  std::vector<ClaimSeen> claims_removed;

  bool Empty() const;
};

// Fills the fact-level fields of `diff` (prices, checklist, claims). A
// price is unchanged when amount, currency, basis and treatment match; one
// that changed amount keeps its currency, basis and treatment (and page,
// when that pairs them better). Claims match by kind and quote.
void DiffFacts(const ClinicState& before, const ClinicState& after, SiteDiff* diff);

struct DiffRun {
  std::vector<int64_t> run_ids;  // the crawl's runs; empty for "nothing"
  std::string started_at;
};

struct FactDiffReport {
  DiffRun from;
  DiffRun to;
  std::string note;  // e.g. "the two runs are one crawl (run 2 resumed run 1)"
  std::vector<SiteDiff> sites;
};

std::string FactDiffMarkdown(const FactDiffReport& report);
// {"from", "to", "sites": [{"site", "seed_url", "added", "changed",
// "removed", "unchanged", …fact fields}]} - the earlier page fields kept.
std::string FactDiffJson(const FactDiffReport& report);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_FACT_DIFF_H_
