// Test support: a whole crawl on the fakes (tests/testing/fake_fetcher.h)
// into an in-memory store, with fast defaults, and readers for its outcome.
// Header-only; needs Catch2 and the crawler library.
#ifndef CLINICRANK_TESTS_TESTING_FAKE_CRAWL_H_
#define CLINICRANK_TESTS_TESTING_FAKE_CRAWL_H_

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "store/store.h"
#include "tests/testing/crawl_store.h"
#include "tests/testing/fake_fetcher.h"

namespace clinicrank::testing {

// Distinct bodies: identical ones are de-duplicated by the crawler.
inline FakeReply PageNamedAfterUrl(const FetchRequest& request) {
  return FakeReply::Html("<p>page " + request.url + "</p>");
}

struct CrawlResult {
  Status status;
  CrawlProgress progress;
  int64_t run_id = 0;
};

// One fake web, one store, options on the fake clock.
struct FakeCrawl {
  FakeClock clock;
  FakeFetcher fetcher{&clock};
  std::unique_ptr<PageStore> store = MemoryStore();
  CrawlOptions options;

  FakeCrawl() {
    options.delay_seconds = 0.05;
    options.backoff_seconds = 0.05;
    options.max_retries = 2;
    options.user_agent = "clinicrank/test (+https://github.com/clinicrank/clinicrank)";
    options.clock = &clock;
  }

  CrawlResult Run(const std::vector<std::string>& seeds, CrawlObserver* observer = nullptr,
                  const std::atomic<bool>* stop = nullptr) {
    CrawlResult result;
    REQUIRE(store->BeginRun("test", &result.run_id).ok());
    result.status = Crawl(seeds, options, &fetcher, store.get(), result.run_id, observer, stop,
                          &result.progress);
    return result;
  }
  std::vector<PageRecord> Pages() { return StoredPages(store.get()); }
  std::string Errors(const CrawlResult& r) { return FetchErrors(store.get(), r.run_id); }
  // Milliseconds between the end of log[i-1] and the start of log[i].
  double GapMs(const std::vector<FakeRequest>& log, size_t i) const {
    return clock.Ms(log[i].start) - clock.Ms(log[i - 1].end);
  }
  // The requests to one origin ("http://a.example"), in order.
  std::vector<FakeRequest> LogOf(const std::string& origin) const {
    std::vector<FakeRequest> out;
    for (const FakeRequest& r : fetcher.Log()) {
      if (r.url().starts_with(origin + "/")) out.push_back(r);
    }
    return out;
  }
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_FAKE_CRAWL_H_
