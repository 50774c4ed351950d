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

#include "crawler/clock.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/links.h"
#include "crawler/robots.h"
#include "crawler/sitemap.h"
#include "crawler/url.h"
#include "base/sha256.h"
#include "store/store.h"
#include "base/timestamp.h"

namespace clinicrank {
namespace {

using TimePoint = Clock::TimePoint;
using Duration = std::chrono::steady_clock::duration;

Duration Seconds(double seconds) {
  return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(seconds));
}

enum class Job { kRobots, kSitemap, kPage };

// A request the site still owes: a page, a robots.txt, a sitemap, or the
// next hop or retry of one of those.
struct Pending {
  Job job = Job::kPage;
  std::string url;       // what to request now (a redirect hop, maybe)
  std::string original;  // what the crawl asked for
  std::string origin;    // kRobots: the origin whose rules these are
  int depth = 0;
  int hops = 0;
  int attempt = 0;
  TimePoint not_before{};
  std::vector<std::string> chain;  // earlier hops, for loop detection
};

struct OriginRobots {
  enum class State { kUnknown, kFetching, kReady } state = State::kUnknown;
  RobotsPolicy policy;
  bool deny_all = false;
};

struct Site {
  int64_t id = 0;
  std::string key;  // SiteKey of the seed
  std::string seed;
  Frontier frontier;
  std::deque<Pending> urgent;  // before the frontier: seed, hops, retries, sitemaps
  std::map<std::string, OriginRobots> robots;
  std::vector<std::string> robots_sitemaps;
  bool started = false;
  bool done = false;
  bool in_flight = false;
  bool sitemaps_seeded = false;
  Pending current;
  TimePoint next_at{};
  double delay = 1;
  int stored = 0;
  int page_attempts = 0;
  int sitemaps_fetched = 0;
  int sitemap_urls = 0;
  std::unordered_set<std::string> bodies;  // sha256 of stored bodies
  std::unordered_set<std::string> have;    // URLs whose content is stored
};

bool IsTransient(const FetchResponse& r) {
  if (r.status.kind == StatusKind::kNetwork || r.status.kind == StatusKind::kTimeout) return true;
  if (!r.status.ok()) return false;
  return r.http_status == 429 || r.http_status == 500 || r.http_status == 502 ||
         r.http_status == 503 || r.http_status == 504;
}

std::string SeedUrl(const std::string& seed) { return NormalizeUrl(seed).value_or(""); }

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
  Status AddSites(const std::vector<std::string>& seeds);
  Status StartSite(Site* site);
  void ResumeFromStore(Site* site, const std::vector<PageRecord>& pages);
  void TryStart(Site* site, TimePoint now);
  bool NextJob(Site* site, TimePoint now, Pending* job);
  void Launch(Site* site, Pending job);
  void Handle(FetchResponse response);
  void HandleRobots(Site* site, Pending job, const FetchResponse& r);
  void HandleSitemap(Site* site, Pending job, const FetchResponse& r);
  void HandlePage(Site* site, Pending job, const FetchResponse& r);
  bool FollowRedirect(Site* site, Pending job, const FetchResponse& r, bool check_scope);
  bool Retry(Site* site, Pending job, const FetchResponse& r);
  void SeedSitemaps(Site* site);
  void AddLinks(Site* site, const PageLinks& links, int depth);
  bool StorePage(Site* site, const Pending& job, const FetchResponse& r);
  void Log(const Pending& job, const FetchResponse& r, std::string_view error);
  void Event(const std::string& url, int http, StatusKind kind, std::string detail, size_t bytes);
  bool SiteFinished(const Site& site) const;
  Duration WaitTime(TimePoint now) const;
  bool Stopping() const { return !fatal_.ok() || (stop_ && stop_->load()); }

  const CrawlOptions& options_;
  Fetcher* fetcher_;
  PageStore* store_;
  int64_t run_id_;
  CrawlObserver* observer_;
  const std::atomic<bool>* stop_;
  Clock* clock_;
  std::string agent_;
  TimePoint start_;
  std::vector<std::unique_ptr<Site>> sites_;
  std::unordered_map<uint64_t, Site*> in_flight_;
  uint64_t next_id_ = 1;
  CrawlProgress progress_;
  Status fatal_;
};

Status CrawlRun::Run(const std::vector<std::string>& seeds, CrawlProgress* summary) {
  if (Status s = AddSites(seeds); !s.ok()) return s;
  while (!Stopping()) {
    int active = 0;
    bool all_done = true;
    for (auto& site : sites_) {
      if (site->done) continue;
      if (!site->started) {
        all_done = false;
        if (active >= options_.concurrency) continue;
        if (Status s = StartSite(site.get()); !s.ok()) return s;
      }
      ++active;
      TryStart(site.get(), clock_->Now());
      if (SiteFinished(*site)) {
        site->done = true;
        ++progress_.sites_done;
      } else {
        all_done = false;
      }
    }
    if (all_done) break;
    const TimePoint now = clock_->Now();
    const Duration wait = WaitTime(now);
    if (fetcher_->InFlight() == 0) {
      clock_->SleepUntil(now + wait);
      continue;
    }
    const auto wait_ms = std::chrono::ceil<std::chrono::milliseconds>(wait);
    for (FetchResponse& response : fetcher_->Poll(wait_ms)) Handle(std::move(response));
  }
  progress_.elapsed_seconds = std::chrono::duration<double>(clock_->Now() - start_).count();
  if (summary) *summary = progress_;
  return fatal_;
}

Status CrawlRun::AddSites(const std::vector<std::string>& seeds) {
  std::map<std::string, Site*> by_key;
  for (const std::string& raw : seeds) {
    const std::string seed = SeedUrl(raw);
    const std::string key = seed.empty() ? "" : SiteKey(seed);
    if (key.empty()) {
      Event(raw, 0, StatusKind::kUsage, "not an http(s) URL; skipped", 0);
      continue;
    }
    if (auto it = by_key.find(key); it != by_key.end()) {
      if (it->second->frontier.Seen(seed)) continue;
      it->second->frontier.MarkSeen(seed);
      it->second->urgent.push_back({Job::kPage, seed, seed, "", 0, 0, 0, {}, {}});
      continue;
    }
    auto site = std::make_unique<Site>();
    site->key = key;
    site->seed = seed;
    site->delay = std::max(0.0, options_.delay_seconds);
    site->frontier = Frontier(
        {.max_depth = options_.max_depth, .max_query_variants = options_.max_query_variants});
    if (Status s = store_->AddSite(seed, key, &site->id); !s.ok()) return s;
    site->urgent.push_back({Job::kPage, seed, seed, "", 0, 0, 0, {}, {}});
    site->frontier.MarkSeen(seed);
    by_key[key] = site.get();
    sites_.push_back(std::move(site));
  }
  progress_.sites_total = static_cast<int>(sites_.size());
  if (sites_.empty()) return Status::Error(StatusKind::kUsage, "no valid seed URL");
  return Status::Ok();
}

Status CrawlRun::StartSite(Site* site) {
  site->started = true;
  if (options_.refresh) return Status::Ok();
  std::vector<PageRecord> pages;
  if (Status s = store_->LatestPages(site->id, std::nullopt, true, &pages); !s.ok()) return s;
  ResumeFromStore(site, pages);
  return Status::Ok();
}

// Stored pages count against max_pages and are not fetched again; their
// links go back into the frontier, as if just fetched.
void CrawlRun::ResumeFromStore(Site* site, const std::vector<PageRecord>& pages) {
  std::unordered_set<std::string> stored;
  for (const PageRecord& page : pages) {
    site->frontier.MarkSeen(page.url);
    site->frontier.MarkSeen(page.final_url);
    stored.insert(page.url);
  }
  std::erase_if(site->urgent,
                [&](const Pending& p) { return p.job == Job::kPage && stored.count(p.url); });
  for (const PageRecord& page : pages) {
    if (page.status < 200 || page.status >= 300) continue;
    ++site->stored;
    ++progress_.pages_resumed;
    site->bodies.insert(page.sha256);
    site->have.insert(page.url);
    site->have.insert(page.final_url);
    if (page.depth < options_.max_depth) {
      const PageLinks links = ExtractPageLinks(page.body, page.content_type, page.final_url);
      if (!links.canonical_url.empty()) site->have.insert(links.canonical_url);
      AddLinks(site, links, page.depth + 1);
    }
  }
}

bool CrawlRun::SiteFinished(const Site& site) const {
  if (!site.started || site.in_flight || !site.urgent.empty()) return false;
  for (const auto& [origin, robots] : site.robots) {
    if (robots.state == OriginRobots::State::kFetching) return false;
  }
  return site.frontier.empty() || site.stored >= options_.max_pages ||
         site.page_attempts >= 3 * options_.max_pages;
}

bool CrawlRun::NextJob(Site* site, TimePoint now, Pending* job) {
  // A robots.txt retry goes first: the jobs waiting on it cannot start.
  for (auto it = site->urgent.begin(); it != site->urgent.end(); ++it) {
    if (it->job == Job::kRobots && it->not_before <= now) {
      *job = std::move(*it);
      site->urgent.erase(it);
      return true;
    }
  }
  for (auto it = site->urgent.begin(); it != site->urgent.end(); ++it) {
    if (it->not_before > now) continue;
    const bool fresh_page = it->job == Job::kPage && it->hops == 0 && it->attempt == 0;
    if (fresh_page && site->stored >= options_.max_pages) {
      site->urgent.erase(it);
      return NextJob(site, now, job);
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
  *job = {Job::kPage, entry->url, entry->url, "", entry->depth, 0, 0, {}, {}};
  return true;
}

void CrawlRun::TryStart(Site* site, TimePoint now) {
  if (site->in_flight || now < site->next_at) return;
  Pending job;
  // Robots-denied URLs cost no request, so several may be passed over here.
  for (int guard = 0; guard < 1000 && NextJob(site, now, &job); ++guard) {
    if (job.job == Job::kRobots) return Launch(site, std::move(job));
    const std::string origin = Origin(job.url);
    OriginRobots& robots = site->robots[origin];
    if (robots.state != OriginRobots::State::kReady) {
      site->urgent.push_front(std::move(job));
      if (robots.state == OriginRobots::State::kFetching) return;
      robots.state = OriginRobots::State::kFetching;
      return Launch(
          site,
          {Job::kRobots, origin + "/robots.txt", origin + "/robots.txt", origin, 0, 0, 0, {}, {}});
    }
    if (robots.deny_all || !IsPathAllowed(robots.policy, PathAndQuery(job.url))) {
      FetchResponse denied;
      denied.status = Status::Error(StatusKind::kRobotsDenied, "disallowed by robots.txt");
      Log(job, denied, denied.status.ToString());
      ++progress_.skipped;
      Event(job.url, 0, StatusKind::kRobotsDenied, denied.status.message, 0);
      continue;
    }
    return Launch(site, std::move(job));
  }
}

void CrawlRun::Launch(Site* site, Pending job) {
  FetchRequest request;
  request.id = next_id_++;
  request.url = job.url;
  request.user_agent = options_.user_agent;
  request.timeout_seconds = options_.timeout_seconds;
  request.connect_timeout_seconds =
      std::min(options_.connect_timeout_seconds, options_.timeout_seconds);
  request.max_bytes = job.job == Job::kRobots ? kMaxRobotsBytes : options_.max_bytes;
  request.html_only = job.job == Job::kPage;
  if (job.job == Job::kPage && job.hops == 0 && job.attempt == 0) ++site->page_attempts;
  if (job.job == Job::kSitemap && job.hops == 0 && job.attempt == 0) ++site->sitemaps_fetched;
  site->in_flight = true;
  site->current = std::move(job);
  in_flight_[request.id] = site;
  ++progress_.requests;
  fetcher_->Start(std::move(request));
}

void CrawlRun::Handle(FetchResponse response) {
  auto it = in_flight_.find(response.id);
  if (it == in_flight_.end()) return;
  Site* site = it->second;
  in_flight_.erase(it);
  site->in_flight = false;
  site->next_at = std::max(site->next_at, clock_->Now() + Seconds(site->delay));
  Pending job = std::move(site->current);
  switch (job.job) {
    case Job::kRobots:
      return HandleRobots(site, std::move(job), response);
    case Job::kSitemap:
      return HandleSitemap(site, std::move(job), response);
    case Job::kPage:
      return HandlePage(site, std::move(job), response);
  }
}

bool CrawlRun::Retry(Site* site, Pending job, const FetchResponse& r) {
  if (!IsTransient(r) || job.attempt >= options_.max_retries) return false;
  double wait = options_.backoff_seconds * std::pow(2.0, job.attempt);
  if (r.retry_after_seconds) {
    wait = std::min(*r.retry_after_seconds, options_.max_retry_after_seconds);
    // Retry-After speaks for the whole server, not just this URL.
    site->next_at = std::max(site->next_at, clock_->Now() + Seconds(wait));
  }
  const std::string error =
      r.status.ok() ? "http: status " + std::to_string(r.http_status) : r.status.ToString();
  Log(job, r, error + "; retrying");
  ++job.attempt;
  job.not_before = clock_->Now() + Seconds(wait);
  site->urgent.push_front(std::move(job));
  return true;
}

bool CrawlRun::FollowRedirect(Site* site, Pending job, const FetchResponse& r, bool check_scope) {
  std::string problem;
  const auto target = r.redirect_url.empty() ? std::nullopt : NormalizeUrl(r.redirect_url);
  if (!target) {
    problem = "redirect without a usable Location";
  } else if (job.hops + 1 > options_.max_redirects) {
    problem = "more than " + std::to_string(options_.max_redirects) + " redirects";
  } else if (*target == job.url ||
             std::find(job.chain.begin(), job.chain.end(), *target) != job.chain.end()) {
    problem = "redirect loop at " + *target;
  } else if (check_scope && SiteKey(*target) != site->key) {
    problem = "redirect out of scope to " + *target;
  }
  if (!problem.empty()) {
    Log(job, r, "http: " + problem);
    ++progress_.errors;
    Event(job.original, r.http_status, StatusKind::kHttp, problem, 0);
    return false;
  }
  Log(job, r, "");
  job.chain.push_back(job.url);
  job.url = *target;
  ++job.hops;
  job.attempt = 0;
  if (job.job == Job::kPage) {
    if (site->have.count(*target)) return true;  // content already stored
    site->frontier.MarkSeen(*target);
  }
  site->urgent.push_front(std::move(job));
  return true;
}

void CrawlRun::HandleRobots(Site* site, Pending job, const FetchResponse& r) {
  if (Retry(site, job, r)) return;
  if (r.status.ok() && r.http_status >= 300 && r.http_status < 400 &&
      FollowRedirect(site, job, r, /*check_scope=*/false)) {
    return;  // RFC 9309 section 2.3.1.2: follow at least five redirects
  }
  OriginRobots& robots = site->robots[job.origin];
  robots.state = OriginRobots::State::kReady;
  std::string note;
  const bool usable_body = (r.status.ok() && r.http_status >= 200 && r.http_status < 300) ||
                           r.status.kind == StatusKind::kTooLarge;
  if (usable_body) {
    const RobotsTxt parsed = ParseRobotsTxt(r.body);
    robots.policy = PolicyFor(parsed, agent_);
    if (robots.policy.crawl_delay) {
      site->delay = std::max(
          site->delay, std::min(*robots.policy.crawl_delay, options_.max_crawl_delay_seconds));
    }
    if (Origin(site->seed) == job.origin) site->robots_sitemaps = parsed.sitemaps;
    note = "robots.txt";
  } else if (r.status.ok() && r.http_status >= 400 && r.http_status < 500 && r.http_status != 429) {
    note = "robots.txt unavailable (" + std::to_string(r.http_status) + "): all allowed";
  } else {
    robots.deny_all = true;
    note = "robots.txt unreachable (" +
           (r.status.ok() ? "status " + std::to_string(r.http_status) : r.status.ToString()) +
           "): nothing allowed";
  }
  Log(job, r, robots.deny_all ? "robots-denied: " + note : "");
  Event(job.url, r.http_status, robots.deny_all ? StatusKind::kRobotsDenied : StatusKind::kSkipped,
        note, r.body.size());
  if (Origin(site->seed) == job.origin) SeedSitemaps(site);
}

void CrawlRun::SeedSitemaps(Site* site) {
  if (site->sitemaps_seeded) return;
  site->sitemaps_seeded = true;
  std::vector<std::string> urls = site->robots_sitemaps;
  urls.push_back(Origin(site->seed) + "/sitemap.xml");
  std::unordered_set<std::string> unique;
  int queued = 0;
  for (const std::string& raw : urls) {
    auto url = NormalizeUrl(raw);
    if (!url || SiteKey(*url) != site->key || !unique.insert(*url).second) continue;
    if (queued++ >= options_.max_sitemaps) break;
    site->urgent.push_back({Job::kSitemap, *url, *url, "", 1, 0, 0, {}, {}});
  }
}

void CrawlRun::HandleSitemap(Site* site, Pending job, const FetchResponse& r) {
  if (r.status.ok() && r.http_status >= 300 && r.http_status < 400) {
    FollowRedirect(site, job, r, /*check_scope=*/true);
    return;
  }
  if (!r.status.ok() || r.http_status < 200 || r.http_status >= 300) {
    Log(job, r,
        r.status.ok() ? "http: status " + std::to_string(r.http_status) : r.status.ToString());
    return;  // a missing sitemap is normal, not an error worth counting
  }
  Log(job, r, "");
  const int room = std::max(0, options_.max_sitemap_urls - site->sitemap_urls);
  const Sitemap sitemap = ParseSitemap(r.body, static_cast<size_t>(room));
  for (const std::string& loc : sitemap.locs) {
    auto url = NormalizeUrl(loc);
    if (!url || SiteKey(*url) != site->key) continue;
    if (sitemap.is_index) {
      if (site->sitemaps_fetched < options_.max_sitemaps) {
        site->urgent.push_back({Job::kSitemap, *url, *url, "", 1, 0, 0, {}, {}});
      }
    } else if (site->frontier.Add(*url, 1) == FrontierAdd::kAdded) {
      ++site->sitemap_urls;
    }
  }
  Event(job.url, r.http_status, StatusKind::kSkipped,
        "sitemap: " + std::to_string(sitemap.locs.size()) + " URLs", r.body.size());
}

void CrawlRun::HandlePage(Site* site, Pending job, const FetchResponse& r) {
  if (Retry(site, job, r)) return;
  if (!r.status.ok()) {
    Log(job, r, r.status.ToString());
    if (r.status.kind == StatusKind::kSkipped) {
      ++progress_.skipped;
    } else {
      ++progress_.errors;
    }
    Event(job.original, r.http_status, r.status.kind, r.status.message, r.body.size());
    return;
  }
  if (r.http_status >= 300 && r.http_status < 400) {
    FollowRedirect(site, std::move(job), r, /*check_scope=*/true);
    return;
  }
  if (r.http_status >= 200 && r.http_status < 300) {
    StorePage(site, job, r);
    return;
  }
  // 404 and 410 are recorded as pages (so `diff` can report removals and a
  // resumed crawl does not ask again); other errors only in the log.
  const std::string error = "http: status " + std::to_string(r.http_status);
  Log(job, r, error);
  ++progress_.errors;
  if (r.http_status == 404 || r.http_status == 410) {
    PageRecord record{0,         site->id, job.original, job.url, r.http_status, r.content_type,
                      r.headers, UtcNow(), "",           "",      run_id_,       job.depth};
    if (Status s = store_->AddPage(record); !s.ok()) fatal_ = s;
  }
  Event(job.original, r.http_status, StatusKind::kHttp, "status " + std::to_string(r.http_status),
        r.body.size());
}

bool CrawlRun::StorePage(Site* site, const Pending& job, const FetchResponse& r) {
  const std::string sha = Sha256Hex(r.body);
  const PageLinks links = ExtractPageLinks(r.body, r.content_type, job.url);
  std::string duplicate_of;
  if (site->bodies.count(sha)) {
    duplicate_of = "identical content already stored";
  } else if (!links.canonical_url.empty() && links.canonical_url != job.url &&
             links.canonical_url != job.original && site->have.count(links.canonical_url)) {
    duplicate_of = "duplicate of canonical " + links.canonical_url;
  }
  if (!duplicate_of.empty()) {
    Log(job, r, "skipped: " + duplicate_of);
    ++progress_.skipped;
    Event(job.original, r.http_status, StatusKind::kSkipped, duplicate_of, r.body.size());
    return false;
  }
  PageRecord record{0,         site->id, job.original, job.url, r.http_status, r.content_type,
                    r.headers, UtcNow(), r.body,       sha,     run_id_,       job.depth};
  if (Status s = store_->AddPage(record); !s.ok()) {
    fatal_ = s;
    return false;
  }
  Log(job, r, "");
  ++site->stored;
  ++progress_.pages_stored;
  site->bodies.insert(sha);
  site->have.insert(job.original);
  site->have.insert(job.url);
  if (!links.canonical_url.empty() && SiteKey(links.canonical_url) == site->key) {
    site->have.insert(links.canonical_url);
    site->frontier.MarkSeen(links.canonical_url);
  }
  if (job.depth < options_.max_depth) AddLinks(site, links, job.depth + 1);
  Event(job.original, r.http_status, StatusKind::kOk, job.url == job.original ? "" : job.url,
        r.body.size());
  return true;
}

void CrawlRun::AddLinks(Site* site, const PageLinks& links, int depth) {
  for (const PageLink& link : links.links) {
    if (SiteKey(link.url) != site->key) continue;
    site->frontier.Add(link.url, depth, link.text);
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

void CrawlRun::Event(const std::string& url, int http, StatusKind kind, std::string detail,
                     size_t bytes) {
  if (!observer_) return;
  progress_.queued = 0;
  for (const auto& site : sites_) {
    if (!site->done) progress_.queued += static_cast<int>(site->frontier.size());
  }
  progress_.elapsed_seconds = std::chrono::duration<double>(clock_->Now() - start_).count();
  observer_->OnEvent({url, http, kind, std::move(detail), bytes}, progress_);
}

Duration CrawlRun::WaitTime(TimePoint now) const {
  TimePoint soonest = now + std::chrono::milliseconds(100);
  for (const auto& site : sites_) {
    if (!site->started || site->done || site->in_flight) continue;
    TimePoint ready = site->next_at;
    const bool frontier_work = !site->frontier.empty() && site->stored < options_.max_pages;
    if (!frontier_work && !site->urgent.empty()) {
      TimePoint first = TimePoint::max();
      for (const Pending& p : site->urgent) first = std::min(first, p.not_before);
      ready = std::max(ready, first);
    }
    soonest = std::min(soonest, ready);
  }
  return std::max(Duration(std::chrono::milliseconds(1)), soonest - now);
}

}  // namespace

Status Crawl(const std::vector<std::string>& seeds, const CrawlOptions& options, Fetcher* fetcher,
             PageStore* store, int64_t run_id, CrawlObserver* observer,
             const std::atomic<bool>* stop, CrawlProgress* summary) {
  CrawlRun run(options, fetcher, store, run_id, observer, stop);
  return run.Run(seeds, summary);
}

}  // namespace clinicrank
