// A fake clock and a scripted fake Fetcher for crawl-logic tests (ninja's
// fake CommandRunner, leveldb's fault-injecting Env): no sockets, no sleeps.
//
// FakeClock only moves when the crawl waits: FakeFetcher::Poll jumps it to
// the next scripted completion (or to the end of the wait), and
// FakeClock::SleepUntil jumps it to the deadline. So a test can say "the
// second request started exactly 200 ms after the first one ended".
//
// Replies are scripted per URL (exact match on the absolute URL) with a
// latency; every request is logged with the fake times it started and
// ended, and the fetcher records the most requests ever in flight, overall
// and to one origin. Header-only, like http_server.h.
#ifndef CLINICRANK_TESTS_TESTING_FAKE_FETCHER_H_
#define CLINICRANK_TESTS_TESTING_FAKE_FETCHER_H_

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crawler/clock.h"
#include "crawler/fetcher.h"
#include "crawler/url.h"

namespace clinicrank::testing {

class FakeClock : public Clock {
 public:
  // Starts at an arbitrary, non-zero moment.
  FakeClock() : start_(TimePoint{} + std::chrono::hours(24)), now_(start_) {}

  TimePoint Now() override { return now_; }
  void SleepUntil(TimePoint deadline) override {
    ++sleeps_;
    now_ = std::max(now_, deadline);
  }
  void AdvanceTo(TimePoint t) { now_ = std::max(now_, t); }

  // Milliseconds from the clock's start to `t` (or to now).
  double Ms(TimePoint t) const {
    return std::chrono::duration<double, std::milli>(t - start_).count();
  }
  double NowMs() const { return Ms(now_); }
  int sleeps() const { return sleeps_; }

 private:
  TimePoint start_;
  TimePoint now_;
  int sleeps_ = 0;
};

// What the fake server answers for one request.
struct FakeReply {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string location;                       // becomes redirect_url (absolute)
  std::optional<double> retry_after_seconds;  // as if from Retry-After
  Status error;                               // not ok: no HTTP answer (dns, timeout, …)
  std::chrono::milliseconds latency{10};      // request start to response end

  static FakeReply Html(std::string body, int status = 200) {
    FakeReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
  }
  static FakeReply Text(std::string body, int status = 200) {
    FakeReply reply = Html(std::move(body), status);
    reply.content_type = "text/plain";
    return reply;
  }
  static FakeReply Redirect(std::string location, int status = 301) {
    FakeReply reply = Html("", status);
    reply.location = std::move(location);
    return reply;
  }
  static FakeReply Failure(StatusKind kind, std::string message) {
    FakeReply reply;
    reply.status = 0;
    reply.error = Status::Error(kind, std::move(message));
    return reply;
  }
  FakeReply& Latency(int ms) {
    latency = std::chrono::milliseconds(ms);
    return *this;
  }
};

struct FakeRequest {
  FetchRequest request;
  Clock::TimePoint start;
  Clock::TimePoint end;
  const std::string& url() const { return request.url; }
};

class FakeFetcher : public Fetcher {
 public:
  using Handler = std::function<FakeReply(const FetchRequest&)>;

  explicit FakeFetcher(FakeClock* clock) : clock_(clock) {}

  void Route(const std::string& url, FakeReply reply) {
    routes_[url] = [reply](const FetchRequest&) { return reply; };
  }
  void Route(const std::string& url, Handler handler) { routes_[url] = std::move(handler); }
  // For URLs without a route. Default: 404 text/html.
  void Fallback(Handler handler) { fallback_ = std::move(handler); }

  void Start(FetchRequest request) override {
    auto it = routes_.find(request.url);
    FakeReply reply = it != routes_.end() ? it->second(request)
                      : fallback_        ? fallback_(request)
                                         : FakeReply::Html("not found", 404);
    const Clock::TimePoint now = clock_->Now();
    log_.push_back({request, now, now + reply.latency});
    Flight flight{log_.size() - 1, Respond(request, reply), Origin(request.url)};
    flights_.push_back(std::move(flight));
    peak_in_flight_ = std::max(peak_in_flight_, static_cast<int>(flights_.size()));
    int same_origin = 0;
    for (const Flight& f : flights_) same_origin += f.origin == flights_.back().origin;
    peak_per_origin_ = std::max(peak_per_origin_, same_origin);
  }

  std::vector<FetchResponse> Poll(std::chrono::milliseconds timeout) override {
    ++polls_;
    const Clock::TimePoint deadline = clock_->Now() + timeout;
    Clock::TimePoint first = Clock::TimePoint::max();
    for (const Flight& f : flights_) first = std::min(first, log_[f.log_index].end);
    clock_->AdvanceTo(std::min(first, deadline));
    std::vector<FetchResponse> done;
    std::vector<Flight> still;
    for (Flight& f : flights_) {
      if (log_[f.log_index].end <= clock_->Now()) {
        done.push_back(std::move(f.response));
      } else {
        still.push_back(std::move(f));
      }
    }
    flights_ = std::move(still);
    return done;
  }

  size_t InFlight() const override { return flights_.size(); }

  const std::vector<FakeRequest>& Log() const { return log_; }
  std::vector<FakeRequest> LogFor(const std::string& url) const {
    std::vector<FakeRequest> out;
    for (const FakeRequest& r : log_) {
      if (r.url() == url) out.push_back(r);
    }
    return out;
  }
  std::vector<std::string> Urls() const {
    std::vector<std::string> out;
    for (const FakeRequest& r : log_) out.push_back(r.url());
    return out;
  }
  bool Requested(const std::string& url) const { return !LogFor(url).empty(); }
  int PeakInFlight() const { return peak_in_flight_; }
  int PeakPerOrigin() const { return peak_per_origin_; }
  int polls() const { return polls_; }

 private:
  struct Flight {
    size_t log_index;
    FetchResponse response;
    std::string origin;
  };

  // What CurlFetcher would hand back for `reply`, caps and skips included.
  static FetchResponse Respond(const FetchRequest& request, const FakeReply& reply) {
    FetchResponse r;
    r.id = request.id;
    r.url = request.url;
    r.elapsed_seconds = std::chrono::duration<double>(reply.latency).count();
    if (!reply.error.ok()) {
      r.status = reply.error;
      return r;
    }
    r.http_status = reply.status;
    r.content_type = reply.content_type;
    r.headers = "HTTP/1.1 " + std::to_string(reply.status) + " Fake\r\nContent-Type: " +
                reply.content_type + "\r\n\r\n";
    r.redirect_url = reply.location;
    r.retry_after_seconds = reply.retry_after_seconds;
    if (request.html_only && reply.status >= 200 && reply.status < 300 &&
        !IsHtmlContentType(reply.content_type)) {
      r.status = Status::Error(StatusKind::kSkipped, "not HTML (" + reply.content_type + ")");
      return r;
    }
    r.body = reply.body.substr(0, request.max_bytes);
    if (reply.body.size() > request.max_bytes) {
      r.status = Status::Error(StatusKind::kTooLarge, "body larger than " +
                                                          std::to_string(request.max_bytes) +
                                                          " bytes; transfer aborted");
    }
    return r;
  }

  FakeClock* clock_;
  std::map<std::string, Handler> routes_;
  Handler fallback_;
  std::vector<FakeRequest> log_;
  std::vector<Flight> flights_;
  int peak_in_flight_ = 0;
  int peak_per_origin_ = 0;
  int polls_ = 0;
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_FAKE_FETCHER_H_
