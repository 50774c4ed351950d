// The crawl loop: seeds in, pages committed to the store as they arrive.
//
// Sites and clinics (crawler/scope.h): a site is an origin (scheme, host,
// port); a clinic is a seed's origin plus the origins of its registrable
// domain (www., apex, book., … by the Public Suffix List). Politeness,
// robots.txt, max_pages and progress are per site; the store keeps one site
// row per clinic. Links and redirects leave the clinic's scope never.
//
// One thread, one event loop over a Fetcher, which never waits while work is
// ready: finished transfers are read before waiting, a wait ends at the
// earliest moment a site may send again, and up to `concurrency` requests
// are in flight at once, each to a different site. Within a site at most one
// request is in flight, and each starts at least `delay` after the previous
// one ended (longer when robots.txt says Crawl-delay, or a 429/503 says
// Retry-After) — robots.txt included, so the first page waits the delay too.
// Before any other request to an origin its /robots.txt is fetched (once per
// run): 2xx → obeyed (RFC 9309; past 500 KiB the rest is ignored), 4xx →
// everything allowed, 5xx → nothing allowed (robots-denied), no answer → the
// origin is unreachable and nothing is requested; its URLs are logged with
// the reason's kind (dns, connect, tls, timeout) (section 2.3.1.3-4).
//
// Order of work in a site: robots.txt, then the seed, the sitemaps robots.txt
// lists plus the seed origin's /sitemap.xml (crawler/sitemap.h; per clinic at
// most max_sitemaps files, max_sitemap_urls URLs, nesting depth
// kMaxSitemapDepth, never off scope), then the frontier by priority
// (crawler/frontier.h) within max_pages and max_depth. Redirects are followed
// by hand, up to max_redirects hops, each hop re-checked against scope and
// robots and sent by the site of its origin. Transient failures (connect,
// timeout, broken connections, 429, 500, 502, 503, 504) are retried with
// exponential backoff, honouring Retry-After up to max_retry_after_seconds.
//
// Resume: URLs already in the store for the clinic are not fetched again
// (unless `refresh`); their stored bodies still feed the frontier, so a
// killed crawl picks up where it stopped.
#ifndef CLINICRANK_CRAWLER_CRAWLER_H_
#define CLINICRANK_CRAWLER_CRAWLER_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace clinicrank {

class FetchArchive;
class Clock;
class Fetcher;
class PageStore;

inline constexpr int kMaxSitemapDepth = 3;  // robots.txt → index → index → urlset

struct CrawlOptions {
  int max_pages = 50;                   // HTML pages stored per site (origin). Default: 50.
  int max_depth = 5;                    // Links from the seed. Default: 5.
  double delay_seconds = 1.0;           // From one request's end to the next start, per site.
                                        // Default: 1 s.
  int concurrency = 8;                  // Requests in flight at once, each to its own site.
                                        // Default: 8.
  int max_sites_per_clinic = 10;        // Origins of one registrable domain crawled. Default: 10.
  double timeout_seconds = 30;          // Per request, total. Default: 30 s.
  double connect_timeout_seconds = 10;  // Default: 10 s (capped at timeout).
  size_t max_bytes = 5 * 1024 * 1024;   // Per response, decoded. Default: 5 MiB.
  // Sent as User-Agent; its product token ("clinicrank") is what robots.txt
  // groups are matched against.
  std::string user_agent = "clinicrank (+https://github.com/clinicrank/clinicrank)";
  bool refresh = false;                  // Fetch stored URLs again. Default: false (resume).
  int max_retries = 3;                   // Extra attempts for transient failures. Default: 3.
  double backoff_seconds = 1.0;          // First retry wait, doubled each time. Default: 1 s.
  double max_retry_after_seconds = 120;  // Retry-After beyond this is cut. Default: 120 s.
  double max_crawl_delay_seconds = 60;   // Crawl-delay beyond this is cut. Default: 60 s.
  int max_redirects = 5;                 // Default: 5 hops.
  int max_sitemaps = 5;                  // Sitemap files requested per clinic. Default: 5.
  int max_sitemap_urls = 500;            // URLs taken from sitemaps per clinic. Default: 500.
  size_t max_sitemap_bytes = 10 * 1024 * 1024;  // Per sitemap, after gunzip. Default: 10 MiB.
  int max_query_variants = 5;            // Query strings per path. Default: 5.
  // Every exchange that got an HTTP answer is archived here (`crawl --warc`),
  // and stored pages record where. Not owned. Default: none.
  FetchArchive* archive = nullptr;
  // Where the crawl reads the time and waits for delays (leveldb's
  // Options::env). Default: nullptr, meaning SystemClock(); tests pass a fake.
  Clock* clock = nullptr;
};

// One finished request, for progress output.
struct CrawlEvent {
  std::string url;
  int http_status = 0;
  StatusKind kind = StatusKind::kOk;  // kOk: a page was stored
  std::string detail;                 // error message, or "robots.txt", "sitemap", …
  size_t bytes = 0;
};

struct CrawlProgress {
  int sites_total = 0;    // origins known so far (seeds and in-scope origins found)
  int sites_done = 0;
  int pages_stored = 0;   // this run
  int pages_resumed = 0;  // already in the store, not fetched again
  int requests = 0;       // HTTP requests made, robots.txt and retries included
  int errors = 0;         // requests that ended in an error (after retries)
  int skipped = 0;        // robots-denied, out of scope, not HTML, traps, duplicates
  int queued = 0;         // URLs waiting in frontiers
  double elapsed_seconds = 0;
  // Every fetch-log entry that ended in a problem, by kind: dns, connect,
  // tls, timeout, network, http (an error status), too-large, and
  // robots-denied (URLs robots.txt forbids, never requested). URLs not
  // requested because their origin's robots.txt was unreachable count
  // under the reason's kind.
  std::map<StatusKind, int> errors_by_kind;
};

// Progress goes out through this; the library never prints (ninja's Status).
class CrawlObserver {
 public:
  virtual ~CrawlObserver() = default;
  virtual void OnEvent(const CrawlEvent& event, const CrawlProgress& progress) = 0;
};

// Crawls `seeds` (absolute URLs; a bare host gets https://) into `store`
// under `run_id`. Returns a non-ok Status only when the store fails or no
// seed is a usable URL; page-level failures are logged in fetch_log and
// counted in `summary`. Stops early, leaving the store consistent, once
// `stop` becomes true (checked at least every 100 ms); responses that have
// already arrived by then are still committed.
// REQUIRES: `fetcher`, `store` outlive the call; `observer` and `stop` may be
// null.
Status Crawl(const std::vector<std::string>& seeds, const CrawlOptions& options, Fetcher* fetcher,
             PageStore* store, int64_t run_id, CrawlObserver* observer,
             const std::atomic<bool>* stop, CrawlProgress* summary);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_CRAWLER_H_
