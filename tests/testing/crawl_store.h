// Test support for crawl tests: an in-memory page store and readers for what
// a crawl left in it (pages, the fetch log). Header-only; needs Catch2.
#ifndef CLINICRANK_TESTS_TESTING_CRAWL_STORE_H_
#define CLINICRANK_TESTS_TESTING_CRAWL_STORE_H_

#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace clinicrank::testing {

inline std::unique_ptr<PageStore> MemoryStore() {
  Status status;
  auto store = PageStore::Open(":memory:", PageStore::Mode::kReadWrite, &status);
  REQUIRE(store);
  return store;
}

// The latest fetch of every URL of every site.
inline std::vector<PageRecord> StoredPages(PageStore* store) {
  std::vector<SiteInfo> sites;
  REQUIRE(store->ListSites(&sites).ok());
  std::vector<PageRecord> all;
  for (const SiteInfo& site : sites) {
    std::vector<PageRecord> pages;
    REQUIRE(store->LatestPages(site.id, std::nullopt, true, &pages).ok());
    all.insert(all.end(), pages.begin(), pages.end());
  }
  return all;
}

inline const PageRecord* FindPage(const std::vector<PageRecord>& pages, const std::string& url) {
  for (const PageRecord& page : pages) {
    if (page.url == url) return &page;
  }
  return nullptr;
}

inline std::vector<FetchLogEntry> FetchLog(PageStore* store, int64_t run) {
  std::vector<FetchLogEntry> log;
  REQUIRE(store->ReadFetchLog(run, &log).ok());
  return log;
}

// The fetch log as text, one "url status error" line per entry.
inline std::string FetchErrors(PageStore* store, int64_t run) {
  std::string all;
  for (const FetchLogEntry& e : FetchLog(store, run)) {
    all += e.url + " " + std::to_string(e.status) + " " + e.error + "\n";
  }
  return all;
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_CRAWL_STORE_H_
