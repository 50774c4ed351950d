#include "crawler/crawler.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "crawler/fetch_archive.h"
#include "base/sha256.h"
#include "base/timestamp.h"
#include "crawler/clock.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/links.h"
#include "crawler/robots.h"
#include "crawler/scope.h"
#include "crawler/sitemap.h"
#include "crawler/url.h"
#include "store/store.h"

namespace clinicrank {
namespace {

using TimePoint = Clock::TimePoint;
using Duration = std::chrono::steady_clock::duration;

// The longest the loop waits without looking at the stop flag.
constexpr auto kMaxWait = std::chrono::milliseconds(100);

Duration Seconds(double seconds) {
  return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(seconds));
}

enum class Job { kRobots, kSitemap, kPage };

// A request a site still owes: a page, a robots.txt, a sitemap, or the next
// hop or retry of one of those.
struct Pending {
  Job job = Job::kPage;
  std::string url;       // what to request now (a redirect hop, maybe)
  std::string original;  // what the crawl asked for
  int depth = 0;         // pages: links from the seed; sitemaps: nesting level
  int hops = 0;
  int attempt = 0;
  TimePoint not_before{};
  std::vector<std::string> chain;  // earlier hops, for loop detection

  bool fresh() const { return hops == 0 && attempt == 0; }
};

Pending NewJob(Job job, const std::string& url, int depth) {
  Pending p;
  p.job = job;
  p.url = url;
  p.original = url;
  p.depth = depth;
  return p;
}

struct Clinic;

// One origin: its own robots.txt, delay, frontier and page cap.
struct Site {
  Clinic* clinic = nullptr;
  std::string origin;
  Frontier frontier;
  std::deque<Pending> urgent;  // before the frontier: seed, hops, retries, sitemaps
  enum class Robots { kUnknown, kFetching, kReady } robots = Robots::kUnknown;
  RobotsPolicy policy;
  // Set when robots.txt forbids everything: 5xx (kRobotsDenied) or no
  // answer (the failure's own kind: dns, connect, …).
  Status blocked;
  bool opened = false;
  bool done = false;
  bool in_flight = false;
  Pending current;
  TimePoint next_at{};
  double delay = 1;
  int stored = 0;
  int page_attempts = 0;
};

// One seed's scope: the sites of its origins and what they share.
struct Clinic {
  explicit Clinic(std::string_view seed_url) : scope(seed_url), seed(seed_url) {}
  Scope scope;
  std::string seed;
  int64_t store_id = 0;
  std::vector<Site*> sites;
  bool resumed = false;
  std::unordered_set<std::string> bodies;    // sha256 of stored bodies
  std::unordered_set<std::string> have;      // URLs whose content is stored
  std::unordered_set<std::string> sitemaps;  // sitemap URLs queued, ever
  int sitemap_urls = 0;
  bool sitemap_cap_noted = false;
};

bool IsTransient(const FetchResponse& r) {
  switch (r.status.kind) {
    case StatusKind::kNetwork:
    case StatusKind::kTimeout:
    case StatusKind::kConnect:
      return true;
    case StatusKind::kOk:
      return r.http_status == 429 || r.http_status == 500 || r.http_status == 502 ||
             r.http_status == 503 || r.http_status == 504;
    default:
      return false;
  }
}

bool IsRedirect(const FetchResponse& r) {
  return r.status.ok() && r.http_status >= 300 && r.http_status < 400;
}
bool IsSuccess(const FetchResponse& r) {
  return r.status.ok() && r.http_status >= 200 && r.http_status < 300;
}

std::string HttpError(const FetchResponse& r) {
  return r.status.ok() ? "http: status " + std::to_string(r.http_status) : r.status.ToString();
}

// The page row for a fetch, with its provenance: what was asked for and
// where it ended, when it was fetched, from which address, and where the
// exchange was archived.
PageRecord FetchedPage(int64_t site_id, const Pending& job, const FetchResponse& r,
                       std::string body, std::string sha, int64_t run_id) {
  PageRecord record;
  record.site_id = site_id;
  record.url = job.original;
  record.final_url = job.url;
  record.status = r.http_status;
  record.content_type = r.content_type;
  record.headers = r.headers;
  record.fetched_at = r.started_at.empty() ? UtcNow() : r.started_at;
  record.body = std::move(body);
  record.sha256 = std::move(sha);
  record.run_id = run_id;
  record.depth = job.depth;
  record.ip = r.ip;
  record.warc_file = r.archived.file;
  record.warc_record_id = r.archived.record_id;
  record.warc_offset = r.archived.offset;
  record.payload_digest = r.archived.payload_digest;
  record.warc_refers_to = r.archived.refers_to;
  return record;
}

class CrawlRun {
 public:
  CrawlRun(const CrawlOptions& options, Fetcher* fetcher, PageStore* store, int64_t run_id,
           CrawlObserver* observer, const std::atomic<bool>* stop)
      : options_(options),
        fetcher_(fetcher),
        store_(store),
        run_id_(run_id),
        observer_(observer),
        stop_(stop),
        clock_(options.clock ? options.clock : SystemClock()),
        agent_(ProductToken(options.user_agent)),
        start_(clock_->Now()) {}

  Status Run(const std::vector<std::string>& seeds, CrawlProgress* summary);

 private:
  // Setting up.
  Status AddSeeds(const std::vector<std::string>& seeds);
  Site* SiteFor(Clinic* clinic, const std::string& url);
  Status Open(Site* site);
  void ResumeFromStore(Clinic* clinic, const std::vector<PageRecord>& pages);
  // The event loop.
  void Dispatch();
  bool TryStart(Site* site, TimePoint now);
  bool NextJob(Site* site, TimePoint now, Pending* job);
  void Deny(Site* site, const Pending& job);
  void Launch(Site* site, Pending job);
  TimePoint ReadyAt(const Site& site) const;
  TimePoint NextWake(TimePoint now) const;
  bool Finished(const Site& site) const;
  void Retire();
  void Release(Clinic* clinic);
  void Revive(Site* site);
  // Answers.
  void Handle(FetchResponse response);
  void HandleRobots(Site* site, Pending job, const FetchResponse& r);
  void ReadRobots(Site* site, const Pending& job, const FetchResponse& r);
  void HandleSitemap(Site* site, Pending job, const FetchResponse& r);
  void HandlePage(Site* site, Pending job, const FetchResponse& r);
  bool FollowRedirect(Site* site, Pending job, const FetchResponse& r);
  bool Retry(Site* site, Pending job, const FetchResponse& r);
  void QueueSitemap(Clinic* clinic, const std::string& url, int level);
  void AddLinks(Clinic* clinic, const PageLinks& links, int depth);
  bool StorePage(Site* site, const Pending& job, const FetchResponse& r);
  // Records.
  void Log(const Pending& job, const FetchResponse& r, std::string_view error);
  void Fail(const Pending& job, const FetchResponse& r, StatusKind kind,
            const std::string& message);
  void Event(const std::string& url, int http, StatusKind kind, std::string detail, size_t bytes);
  bool StopRequested() const { return stop_ && stop_->load(); }

  const CrawlOptions& options_;
  Fetcher* fetcher_;
  PageStore* store_;
  int64_t run_id_;
  CrawlObserver* observer_;
  const std::atomic<bool>* stop_;
  Clock* clock_;
  std::string agent_;
  TimePoint start_;
  std::vector<std::unique_ptr<Clinic>> clinics_;
  std::vector<std::unique_ptr<Site>> sites_;
  std::unordered_map<std::string, Site*> by_origin_;
  std::deque<Site*> waiting_;  // known, not opened yet
  std::vector<Site*> open_;    // opened, not done; earlier sites go first
  std::unordered_map<uint64_t, Site*> in_flight_;
  uint64_t next_id_ = 1;
  CrawlProgress progress_;
  Status fatal_;
};

Status CrawlRun::Run(const std::vector<std::string>& seeds, CrawlProgress* summary) {
  if (Status s = AddSeeds(seeds); !s.ok()) return s;
  while (fatal_.ok() && !StopRequested()) {
    Dispatch();
    if (!fatal_.ok()) break;
    if (open_.empty() && waiting_.empty() && in_flight_.empty()) break;
    const TimePoint now = clock_->Now();
    const TimePoint wake = NextWake(now);
    if (in_flight_.empty()) {
      clock_->SleepUntil(wake);
      continue;
    }
    const auto timeout = std::chrono::ceil<std::chrono::milliseconds>(wake - now);
    for (FetchResponse& response : fetcher_->Poll(timeout)) Handle(std::move(response));
  }
  if (fatal_.ok() && StopRequested()) {
    // Commit what has already arrived; abandon the rest.
    for (FetchResponse& response : fetcher_->Poll(std::chrono::milliseconds(0))) {
      Handle(std::move(response));
    }
  }
  progress_.elapsed_seconds = std::chrono::duration<double>(clock_->Now() - start_).count();
  if (summary) *summary = progress_;
  return fatal_;
}

Status CrawlRun::AddSeeds(const std::vector<std::string>& seeds) {
  std::map<std::string, Clinic*> by_key;
  for (const std::string& raw : seeds) {
    const std::string seed = NormalizeUrl(raw).value_or("");
    if (seed.empty()) {
      Event(raw, 0, StatusKind::kUsage, "not an http(s) URL; skipped", 0);
      continue;
    }
    const std::string key = ClinicKey(seed);
    Clinic*& clinic = by_key[key];
    if (!clinic) {
      clinics_.push_back(std::make_unique<Clinic>(seed));
      clinic = clinics_.back().get();
      if (Status s = store_->AddSite(seed, key, &clinic->store_id); !s.ok()) return s;
    }
    clinic->scope.AddSeed(seed);
    Site* site = SiteFor(clinic, seed);
    if (!site || site->frontier.Seen(seed)) continue;
    site->frontier.MarkSeen(seed);
    site->urgent.push_back(NewJob(Job::kPage, seed, 0));
  }
  if (sites_.empty()) return Status::Error(StatusKind::kUsage, "no valid seed URL");
  return Status::Ok();
}

// The site of `url`'s origin when it is in `clinic`'s scope (created on
// first sight), else nullptr.
Site* CrawlRun::SiteFor(Clinic* clinic, const std::string& url) {
  const std::string origin(OriginOf(url));
  if (auto it = by_origin_.find(origin); it != by_origin_.end()) {
    return it->second->clinic == clinic ? it->second : nullptr;
  }
  if (!clinic->scope.Contains(url) ||
      static_cast<int>(clinic->sites.size()) >= std::max(1, options_.max_sites_per_clinic)) {
    return nullptr;
  }
  auto site = std::make_unique<Site>();
  site->clinic = clinic;
  site->origin = origin;
  site->delay = std::max(0.0, options_.delay_seconds);
  site->frontier = Frontier(
      {.max_depth = options_.max_depth, .max_query_variants = options_.max_query_variants});
  Site* raw = site.get();
  by_origin_[origin] = raw;
  clinic->sites.push_back(raw);
  sites_.push_back(std::move(site));
  // A clinic already under way finishes its new origins before new clinics start.
  if (clinic->resumed) {
    waiting_.push_front(raw);
  } else {
    waiting_.push_back(raw);
  }
  ++progress_.sites_total;
  return raw;
}

Status CrawlRun::Open(Site* site) {
  site->opened = true;
  open_.push_back(site);
  Clinic* clinic = site->clinic;
  if (clinic->resumed) return Status::Ok();
  clinic->resumed = true;
  if (options_.refresh) return Status::Ok();
  std::vector<PageRecord> pages;
  if (Status s = store_->LatestPages(clinic->store_id, std::nullopt, true, &pages); !s.ok()) {
    return s;
  }
  ResumeFromStore(clinic, pages);
  return Status::Ok();
}

// Stored pages count against max_pages and are not fetched again; their
// links go back into the frontiers, as if just fetched.
void CrawlRun::ResumeFromStore(Clinic* clinic, const std::vector<PageRecord>& pages) {
  for (const PageRecord& page : pages) {
    for (const std::string* url : {&page.url, &page.final_url}) {
      Site* site = SiteFor(clinic, *url);
      if (!site) continue;
      site->frontier.MarkSeen(*url);
      std::erase_if(site->urgent,
                    [&](const Pending& p) { return p.job == Job::kPage && p.url == *url; });
    }
  }
  for (const PageRecord& page : pages) {
    if (page.status < 200 || page.status >= 300) continue;
    Site* site = SiteFor(clinic, page.final_url);
    if (site) ++site->stored;
    ++progress_.pages_resumed;
    clinic->bodies.insert(page.sha256);
    clinic->have.insert(page.url);
    clinic->have.insert(page.final_url);
    if (page.depth < options_.max_depth) {
      const PageLinks links = ExtractPageLinks(page.body, page.content_type, page.final_url);
      if (!links.canonical_url.empty()) clinic->have.insert(links.canonical_url);
      AddLinks(clinic, links, page.depth + 1);
    }
  }
}

// Starts every request that may start now: open sites first, in the order
// they were opened, then new sites while requests are fewer than
// `concurrency`.
void CrawlRun::Dispatch() {
  const TimePoint now = clock_->Now();
  const size_t slots = static_cast<size_t>(std::max(1, options_.concurrency));
  for (size_t i = 0; i < open_.size() && in_flight_.size() < slots; ++i) {
    TryStart(open_[i], now);
  }
  while (in_flight_.size() < slots && !waiting_.empty() && fatal_.ok()) {
    Site* site = waiting_.front();
    waiting_.pop_front();
    if (Status s = Open(site); !s.ok()) {
      fatal_ = s;
      return;
    }
    TryStart(site, now);
  }
  Retire();
}

bool CrawlRun::Finished(const Site& site) const {
  if (site.in_flight || !site.urgent.empty()) return false;
  return site.frontier.empty() || site.stored >= options_.max_pages ||
         site.page_attempts >= 3 * options_.max_pages;
}

// Marks finished sites done.
void CrawlRun::Retire() {
  std::erase_if(open_, [this](Site* site) {
    if (!Finished(*site)) return false;
    site->done = true;
    ++progress_.sites_done;
    Release(site->clinic);
    return true;
  });
}

// Frees what a clinic remembers once all its sites are done (nothing can
// add work to it then: work comes only from its own responses), so memory
// stays flat however many clinics and pages a crawl goes through.
void CrawlRun::Release(Clinic* clinic) {
  for (const Site* site : clinic->sites) {
    if (!site->done) return;
  }
  clinic->bodies = {};
  clinic->have = {};
  clinic->sitemaps = {};
  for (Site* site : clinic->sites) site->frontier = Frontier();
}

// A done site that gets new work (a link from another origin of its clinic,
// a redirect, a sitemap) goes back to the open sites.
void CrawlRun::Revive(Site* site) {
  if (!site->done) return;
  site->done = false;
  --progress_.sites_done;
  open_.push_back(site);
}

bool CrawlRun::NextJob(Site* site, TimePoint now, Pending* job) {
  // A robots.txt retry goes first: nothing else may start before it.
  for (auto it = site->urgent.begin(); it != site->urgent.end(); ++it) {
    if (it->job == Job::kRobots && it->not_before <= now) {
      *job = std::move(*it);
      site->urgent.erase(it);
      return true;
    }
  }
  for (auto it = site->urgent.begin(); it != site->urgent.end();) {
    if (it->not_before > now) {
      ++it;
      continue;
    }
    if (it->job == Job::kPage && it->fresh() && site->stored >= options_.max_pages) {
      it = site->urgent.erase(it);
      continue;
    }
    *job = std::move(*it);
    site->urgent.erase(it);
    return true;
  }
  if (site->stored >= options_.max_pages || site->page_attempts >= 3 * options_.max_pages) {
    return false;
  }
  auto entry = site->frontier.Pop();
  if (!entry) return false;
  *job = NewJob(Job::kPage, entry->url, entry->depth);
  return true;
}

bool CrawlRun::TryStart(Site* site, TimePoint now) {
  if (site->in_flight || now < site->next_at) return false;
  Pending job;
  // Robots-denied URLs cost no request, so several may be passed over here.
  for (int guard = 0; guard < 1000 && NextJob(site, now, &job); ++guard) {
    if (job.job == Job::kRobots) {
      Launch(site, std::move(job));
      return true;
    }
    if (site->robots != Site::Robots::kReady) {
      site->urgent.push_front(std::move(job));
      if (site->robots == Site::Robots::kFetching) return false;  // its retry is pending
      site->robots = Site::Robots::kFetching;
      Launch(site, NewJob(Job::kRobots, site->origin + "/robots.txt", 0));
      return true;
    }
    if (!site->blocked.ok() || !IsPathAllowed(site->policy, PathAndQuery(job.url))) {
      Deny(site, job);
      continue;
    }
    Launch(site, std::move(job));
    return true;
  }
  return false;
}

// Logs a URL robots.txt keeps us from requesting.
void CrawlRun::Deny(Site* site, const Pending& job) {
  FetchResponse none;
  StatusKind kind = StatusKind::kRobotsDenied;
  std::string why = "disallowed by robots.txt";
  if (site->blocked.kind == StatusKind::kRobotsDenied) {
    why = site->blocked.message;
  } else if (!site->blocked.ok()) {
    kind = site->blocked.kind;
    why = "not requested: robots.txt unreachable (" + site->blocked.message + ")";
  }
  ++progress_.skipped;
  ++progress_.errors_by_kind[kind];
  Log(job, none, std::string(StatusKindName(kind)) + ": " + why);
  Event(job.original, 0, kind, why, 0);
}

void CrawlRun::Launch(Site* site, Pending job) {
  FetchRequest request;
  request.id = next_id_++;
  request.url = job.url;
  request.user_agent = options_.user_agent;
  request.timeout_seconds = options_.timeout_seconds;
  request.connect_timeout_seconds =
      std::min(options_.connect_timeout_seconds, options_.timeout_seconds);
  switch (job.job) {
    case Job::kRobots:
      request.max_bytes = kMaxRobotsBytes;
      request.keep_prefix = true;
      break;
    case Job::kSitemap:
      request.max_bytes = options_.max_sitemap_bytes;
      request.keep_prefix = true;
      break;
    case Job::kPage:
      request.max_bytes = options_.max_bytes;
      request.html_only = true;
      if (job.fresh()) ++site->page_attempts;
      break;
  }
  site->in_flight = true;
  site->current = std::move(job);
  in_flight_[request.id] = site;
  ++progress_.requests;
  fetcher_->Start(std::move(request));
}

// When `site` could next start a request, or TimePoint::max() when it has
// nothing to do.
TimePoint CrawlRun::ReadyAt(const Site& site) const {
  if (site.in_flight) return TimePoint::max();
  TimePoint ready = TimePoint::max();
  if (site.robots == Site::Robots::kFetching) {  // only the robots.txt retry may go
    for (const Pending& p : site.urgent) {
      if (p.job == Job::kRobots) ready = std::min(ready, std::max(site.next_at, p.not_before));
    }
    return ready;
  }
  const bool frontier_work = !site.frontier.empty() && site.stored < options_.max_pages &&
                             site.page_attempts < 3 * options_.max_pages;
  if (frontier_work) ready = site.next_at;
  for (const Pending& p : site.urgent) ready = std::min(ready, std::max(site.next_at, p.not_before));
  return ready;
}

// The end of the next wait: the earliest moment an idle site may send, no
// later than kMaxWait from now (to look at the stop flag).
TimePoint CrawlRun::NextWake(TimePoint now) const {
  TimePoint wake = now + kMaxWait;
  if (in_flight_.size() >= static_cast<size_t>(std::max(1, options_.concurrency))) return wake;
  for (const Site* site : open_) wake = std::min(wake, ReadyAt(*site));
  // A site that could start now but did not (every candidate denied within
  // one pass) is looked at again in a moment, never in a busy loop.
  return std::max(wake, now + std::chrono::milliseconds(in_flight_.empty() ? 1 : 0));
}

void CrawlRun::Handle(FetchResponse response) {
  auto it = in_flight_.find(response.id);
  if (it == in_flight_.end()) return;
  Site* site = it->second;
  in_flight_.erase(it);
  site->in_flight = false;
  Pending job = std::move(site->current);
  if (options_.archive && response.http_status > 0) {
    if (Status s = options_.archive->Record(response, &response.archived); !s.ok()) {
      fatal_ = s;
      return;
    }
  }
  switch (job.job) {
    case Job::kRobots:
      HandleRobots(site, std::move(job), response);
      break;
    case Job::kSitemap:
      HandleSitemap(site, std::move(job), response);
      break;
    case Job::kPage:
      HandlePage(site, std::move(job), response);
      break;
  }
  // Measured from this request's end, with any Crawl-delay just read.
  site->next_at = std::max(site->next_at, clock_->Now() + Seconds(site->delay));
}

bool CrawlRun::Retry(Site* site, Pending job, const FetchResponse& r) {
  if (!IsTransient(r) || job.attempt >= options_.max_retries) return false;
  double wait = options_.backoff_seconds * std::pow(2.0, job.attempt);
  if (r.retry_after_seconds) {
    wait = std::min(*r.retry_after_seconds, options_.max_retry_after_seconds);
    // Retry-After speaks for the whole server, not just this URL.
    site->next_at = std::max(site->next_at, clock_->Now() + Seconds(wait));
  }
  Log(job, r, HttpError(r) + "; retrying");
  ++job.attempt;
  job.not_before = clock_->Now() + Seconds(wait);
  site->urgent.push_front(std::move(job));
  return true;
}

// Sends the next hop of `job` to the site of its origin; false (logged)
// when the redirect cannot be followed. robots.txt hops stay with the site
// whose rules they fetch (RFC 9309 section 2.3.1.2), wherever they point.
bool CrawlRun::FollowRedirect(Site* site, Pending job, const FetchResponse& r) {
  std::string problem;
  const auto target = r.redirect_url.empty() ? std::nullopt : NormalizeUrl(r.redirect_url);
  Site* next = site;
  if (!target) {
    problem = "redirect without a usable Location";
  } else if (job.hops + 1 > options_.max_redirects) {
    problem = "more than " + std::to_string(options_.max_redirects) + " redirects";
  } else if (*target == job.url ||
             std::find(job.chain.begin(), job.chain.end(), *target) != job.chain.end()) {
    problem = "redirect loop at " + *target;
  } else if (job.job != Job::kRobots && !(next = SiteFor(site->clinic, *target))) {
    problem = "redirect out of scope to " + *target;
  }
  if (!problem.empty()) {
    Fail(job, r, StatusKind::kHttp, problem);
    return false;
  }
  Log(job, r, "");
  job.chain.push_back(job.url);
  job.url = *target;
  ++job.hops;
  job.attempt = 0;
  if (job.job == Job::kPage) {
    if (site->clinic->have.count(*target)) return true;  // content already stored
    next->frontier.MarkSeen(*target);
  }
  next->urgent.push_front(std::move(job));
  if (next != site) Revive(next);
  return true;
}

void CrawlRun::HandleRobots(Site* site, Pending job, const FetchResponse& r) {
  if (Retry(site, job, r)) return;
  if (IsRedirect(r) && FollowRedirect(site, job, r)) return;
  site->robots = Site::Robots::kReady;
  if (IsSuccess(r)) {
    ReadRobots(site, job, r);
  } else if (r.status.ok() && (r.http_status >= 500 || r.http_status == 429)) {
    site->blocked = Status::Error(StatusKind::kRobotsDenied,
                                  "robots.txt answered " + std::to_string(r.http_status) +
                                      ": nothing allowed (RFC 9309 section 2.3.1.4)");
    Log(job, r, "http: status " + std::to_string(r.http_status));
    Event(job.url, r.http_status, StatusKind::kRobotsDenied, site->blocked.message, 0);
  } else if (r.status.ok()) {
    // 4xx, or redirects that lead nowhere (already logged): unavailable,
    // so everything is allowed (section 2.3.1.3).
    if (!IsRedirect(r)) Log(job, r, "");
    Event(job.url, r.http_status, StatusKind::kSkipped,
          "robots.txt unavailable (" + std::to_string(r.http_status) + "): all allowed", 0);
  } else {
    site->blocked = r.status;  // unreachable: nothing is requested
    Fail(job, r, r.status.kind, r.status.message);
  }
  const auto& seeds = site->clinic->scope.seed_origins();
  if (site->blocked.ok() && std::find(seeds.begin(), seeds.end(), site->origin) != seeds.end()) {
    QueueSitemap(site->clinic, site->origin + "/sitemap.xml", 1);
  }
}

// A robots.txt that answered 2xx: its rules for us, Crawl-delay, Sitemap lines.
void CrawlRun::ReadRobots(Site* site, const Pending& job, const FetchResponse& r) {
  const RobotsTxt parsed = ParseRobotsTxt(r.body);
  site->policy = PolicyFor(parsed, agent_);
  if (site->policy.crawl_delay) {
    site->delay = std::max(site->delay,
                           std::min(*site->policy.crawl_delay, options_.max_crawl_delay_seconds));
  }
  for (const std::string& sitemap : parsed.sitemaps) {
    if (auto url = NormalizeUrl(sitemap)) QueueSitemap(site->clinic, *url, 1);
  }
  std::string note = "robots.txt";
  if (r.truncated || parsed.truncated) {
    // Issue 13: a file over the cap is obeyed up to it, never ignored.
    const std::string kib = std::to_string(kMaxRobotsBytes / 1024);
    note = "robots.txt larger than " + kib + " KiB: the first " + kib +
           " KiB obeyed, the rest ignored (RFC 9309 section 2.5)";
    Log(job, r, "warning: " + note);
  } else {
    Log(job, r, "");
  }
  Event(job.url, r.http_status, StatusKind::kSkipped, note, r.body.size());
}

// Queues one sitemap file of `clinic`, once, within max_sitemaps files and
// kMaxSitemapDepth levels (issue 13: an index listing itself and 10,000
// children must not cost 10,000 requests).
void CrawlRun::QueueSitemap(Clinic* clinic, const std::string& url, int level) {
  if (level > kMaxSitemapDepth || clinic->sitemaps.count(url)) return;
  if (static_cast<int>(clinic->sitemaps.size()) >= options_.max_sitemaps) {
    if (!clinic->sitemap_cap_noted) {
      clinic->sitemap_cap_noted = true;
      Event(url, 0, StatusKind::kSkipped,
            "sitemap not read: " + std::to_string(options_.max_sitemaps) +
                " sitemap files already queued for this site",
            0);
    }
    return;
  }
  Site* site = SiteFor(clinic, url);
  if (!site) return;  // never off scope
  clinic->sitemaps.insert(url);
  site->urgent.push_back(NewJob(Job::kSitemap, url, level));
  Revive(site);
}

void CrawlRun::HandleSitemap(Site* site, Pending job, const FetchResponse& r) {
  if (Retry(site, job, r)) return;
  if (IsRedirect(r)) {
    FollowRedirect(site, std::move(job), r);
    return;
  }
  if (!IsSuccess(r)) {
    Log(job, r, HttpError(r));
    return;  // a missing sitemap is normal, not an error worth counting
  }
  Clinic* clinic = site->clinic;
  SitemapLimits limits;
  limits.max_bytes = options_.max_sitemap_bytes;
  // The URL budget plus room for entries that turn out off scope or
  // already known; bounds memory at a few MB even for 4 KiB <loc>s.
  limits.max_locs = static_cast<size_t>(std::max(0, options_.max_sitemap_urls)) + 1000;
  const Sitemap sitemap = ParseSitemap(r.body, limits);
  int added = 0;
  int off_scope = 0;
  for (const std::string& loc : sitemap.locs) {
    auto url = NormalizeUrl(loc);
    Site* target = url ? SiteFor(clinic, *url) : nullptr;
    if (!target) {
      off_scope += url.has_value();
      continue;
    }
    if (sitemap.is_index) {
      QueueSitemap(clinic, *url, job.depth + 1);
    } else if (clinic->sitemap_urls < options_.max_sitemap_urls &&
               target->frontier.Add(*url, 1) == FrontierAdd::kAdded) {
      ++clinic->sitemap_urls;
      ++added;
      Revive(target);
    }
  }
  std::vector<std::string> notes = sitemap.warnings;
  if (r.truncated) notes.push_back("cut at " + std::to_string(r.body.size()) + " bytes");
  if (off_scope > 0) notes.push_back(std::to_string(off_scope) + " URL(s) off scope ignored");
  std::string warning;
  for (const std::string& note : notes) warning += (warning.empty() ? "" : "; ") + note;
  Log(job, r, warning.empty() ? "" : "warning: " + warning);
  std::string detail = std::string("sitemap") + (sitemap.is_index ? " index" : "") + ": " +
                       std::to_string(sitemap.locs.size()) + " URLs";
  if (!sitemap.is_index) detail += ", " + std::to_string(added) + " new";
  if (!warning.empty()) detail += " (" + warning + ")";
  Event(job.url, r.http_status, StatusKind::kSkipped, detail, r.body.size());
}

void CrawlRun::HandlePage(Site* site, Pending job, const FetchResponse& r) {
  if (Retry(site, job, r)) return;
  if (!r.status.ok()) {
    if (r.status.kind == StatusKind::kSkipped) {
      Log(job, r, r.status.ToString());
      ++progress_.skipped;
      Event(job.original, r.http_status, r.status.kind, r.status.message, r.body.size());
    } else {
      Fail(job, r, r.status.kind, r.status.message);
    }
    return;
  }
  if (IsRedirect(r)) {
    FollowRedirect(site, std::move(job), r);
    return;
  }
  if (IsSuccess(r)) {
    StorePage(site, job, r);
    return;
  }
  // 404 and 410 are recorded as pages (so `diff` can report removals and a
  // resumed crawl does not ask again); other errors only in the log.
  if (r.http_status == 404 || r.http_status == 410) {
    const PageRecord record = FetchedPage(site->clinic->store_id, job, r, "", "", run_id_);
    if (Status s = store_->AddPage(record); !s.ok()) fatal_ = s;
  }
  Fail(job, r, StatusKind::kHttp, "status " + std::to_string(r.http_status));
}

bool CrawlRun::StorePage(Site* site, const Pending& job, const FetchResponse& r) {
  Clinic* clinic = site->clinic;
  const std::string sha = Sha256Hex(r.body);
  const PageLinks links = ExtractPageLinks(r.body, r.content_type, job.url);
  std::string duplicate_of;
  if (clinic->bodies.count(sha)) {
    duplicate_of = "identical content already stored";
  } else if (!links.canonical_url.empty() && links.canonical_url != job.url &&
             links.canonical_url != job.original && clinic->have.count(links.canonical_url)) {
    duplicate_of = "duplicate of canonical " + links.canonical_url;
  }
  if (!duplicate_of.empty()) {
    Log(job, r, "skipped: " + duplicate_of);
    ++progress_.skipped;
    Event(job.original, r.http_status, StatusKind::kSkipped, duplicate_of, r.body.size());
    return false;
  }
  const PageRecord record = FetchedPage(clinic->store_id, job, r, r.body, sha, run_id_);
  if (Status s = store_->AddPage(record); !s.ok()) {
    fatal_ = s;
    return false;
  }
  Log(job, r, "");
  ++site->stored;
  ++progress_.pages_stored;
  clinic->bodies.insert(sha);
  clinic->have.insert(job.original);
  clinic->have.insert(job.url);
  if (!links.canonical_url.empty()) {
    if (Site* canonical_site = SiteFor(clinic, links.canonical_url)) {
      clinic->have.insert(links.canonical_url);
      canonical_site->frontier.MarkSeen(links.canonical_url);
    }
  }
  if (job.depth < options_.max_depth) AddLinks(clinic, links, job.depth + 1);
  Event(job.original, r.http_status, StatusKind::kOk, job.url == job.original ? "" : job.url,
        r.body.size());
  return true;
}

void CrawlRun::AddLinks(Clinic* clinic, const PageLinks& links, int depth) {
  for (const PageLink& link : links.links) {
    Site* site = SiteFor(clinic, link.url);
    if (site && site->frontier.Add(link.url, depth, link.text) == FrontierAdd::kAdded) {
      Revive(site);
    }
  }
}

void CrawlRun::Log(const Pending& job, const FetchResponse& r, std::string_view error) {
  FetchLogEntry entry{run_id_,
                      job.url,
                      r.http_status,
                      std::string(error),
                      static_cast<int64_t>(std::llround(r.elapsed_seconds * 1000)),
                      UtcNow()};
  if (Status s = store_->LogFetch(entry); !s.ok() && fatal_.ok()) fatal_ = s;
}

// A request that ended in an error, after any retries: logged as
// "<kind>: <message>" and counted by kind.
void CrawlRun::Fail(const Pending& job, const FetchResponse& r, StatusKind kind,
                    const std::string& message) {
  Log(job, r, std::string(StatusKindName(kind)) + ": " + message);
  ++progress_.errors;
  ++progress_.errors_by_kind[kind];
  Event(job.original, r.http_status, kind, message, r.body.size());
}

void CrawlRun::Event(const std::string& url, int http, StatusKind kind, std::string detail,
                     size_t bytes) {
  if (!observer_) return;
  progress_.queued = 0;
  for (const Site* site : open_) progress_.queued += static_cast<int>(site->frontier.size());
  progress_.elapsed_seconds = std::chrono::duration<double>(clock_->Now() - start_).count();
  observer_->OnEvent({url, http, kind, std::move(detail), bytes}, progress_);
}

}  // namespace

Status Crawl(const std::vector<std::string>& seeds, const CrawlOptions& options, Fetcher* fetcher,
             PageStore* store, int64_t run_id, CrawlObserver* observer,
             const std::atomic<bool>* stop, CrawlProgress* summary) {
  CrawlRun run(options, fetcher, store, run_id, observer, stop);
  return run.Run(seeds, summary);
}

}  // namespace clinicrank
