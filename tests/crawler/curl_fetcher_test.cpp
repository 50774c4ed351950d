// CurlFetcher (crawler/curl_fetcher.h) against a real HTTP server on
// 127.0.0.1 (tests/testing/http_server.h): what one transfer returns —
// status, headers, body, redirects left to the caller, Retry-After, gzip,
// the size cap, the HTML-only skip, keeping a prefix, failures by kind —
// and that transfers to one host reuse a connection.
#include "crawler/curl_fetcher.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "tests/testing/http_server.h"
#include "tests/testing/raw_listener.h"

namespace clinicrank {
namespace {

using testing::ClosedPort;
using testing::HttpReply;
using testing::HttpServer;
using testing::PlainTextListener;

FetchRequest Request(const std::string& url, uint64_t id = 1) {
  FetchRequest request;
  request.id = id;
  request.url = url;
  request.user_agent = "clinicrank/test";
  request.timeout_seconds = 5;
  return request;
}

// Polls until every started transfer has finished (at most 20 s).
std::vector<FetchResponse> FetchAll(CurlFetcher* fetcher) {
  std::vector<FetchResponse> done;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (fetcher->InFlight() > 0 && std::chrono::steady_clock::now() < until) {
    for (FetchResponse& r : fetcher->Poll(std::chrono::milliseconds(100))) {
      done.push_back(std::move(r));
    }
  }
  return done;
}

FetchResponse FetchOne(const FetchRequest& request) {
  CurlFetcher fetcher;
  fetcher.Start(request);
  std::vector<FetchResponse> done = FetchAll(&fetcher);
  REQUIRE(done.size() == 1);
  return std::move(done.front());
}

TEST_CASE("CurlFetcher: a GET returns status, type, headers and body", "[contract]") {
  HttpServer server;
  HttpReply reply = HttpReply::Html("<p>hello</p>");
  reply.headers.emplace_back("X-Clinic", "yes");
  server.Route("/page", reply);
  const FetchResponse r = FetchOne(Request(server.Url("/page"), 7));
  CHECK(r.status.ok());
  CHECK(r.id == 7);
  CHECK(r.url == server.Url("/page"));
  CHECK(r.http_status == 200);
  CHECK(r.content_type == "text/html; charset=utf-8");
  CHECK(r.headers.starts_with("HTTP/1.1 200"));
  CHECK(r.headers.find("X-Clinic: yes") != std::string::npos);
  CHECK(r.body == "<p>hello</p>");
  const auto log = server.LogFor("/page");
  REQUIRE(log.size() == 1);
  CHECK(log[0].user_agent == "clinicrank/test");
  CHECK(log[0].accept_encoding.find("gzip") != std::string::npos);
}

TEST_CASE("CurlFetcher: redirects come back to the caller, not followed", "[contract]") {
  HttpServer server;
  server.Route("/old", HttpReply::Redirect("/new", 301));
  server.Route("/new", HttpReply::Html("new"));
  const FetchResponse r = FetchOne(Request(server.Url("/old")));
  CHECK(r.status.ok());
  CHECK(r.http_status == 301);
  CHECK(r.redirect_url == server.Url("/new"));
  CHECK(server.LogFor("/new").empty());
}

TEST_CASE("CurlFetcher: Retry-After and error statuses are answers, not failures", "[contract]") {
  HttpServer server;
  HttpReply busy = HttpReply::Text("slow down", 503);
  busy.headers.emplace_back("Retry-After", "7");
  server.Route("/busy", busy);
  const FetchResponse r = FetchOne(Request(server.Url("/busy")));
  CHECK(r.status.ok());
  CHECK(r.http_status == 503);
  REQUIRE(r.retry_after_seconds.has_value());
  CHECK(*r.retry_after_seconds == 7);
  const FetchResponse missing = FetchOne(Request(server.Url("/missing")));
  CHECK(missing.status.ok());
  CHECK(missing.http_status == 404);
}

TEST_CASE("CurlFetcher: gzip is decoded; the cap applies to decoded bytes", "[contract]") {
  HttpServer server;
  HttpReply zipped = HttpReply::Html(std::string(300 * 1024, 'k'));
  zipped.gzip = true;
  server.Route("/zipped", zipped);
  FetchRequest request = Request(server.Url("/zipped"));
  const FetchResponse whole = FetchOne(request);
  CHECK(whole.status.ok());
  CHECK(whole.body == std::string(300 * 1024, 'k'));
  request.max_bytes = 100 * 1024;
  const FetchResponse capped = FetchOne(request);
  CHECK(capped.status.kind == StatusKind::kTooLarge);
  CHECK(capped.body.size() == 100 * 1024);
}

TEST_CASE("CurlFetcher: an endless body is aborted at the cap", "[contract]") {
  HttpServer server;
  HttpReply stream = HttpReply::Html("");
  stream.stream_bytes = 200u * 1024 * 1024;  // would take long if not aborted
  server.Route("/stream", stream);
  server.Route("/big", HttpReply::Html(std::string(300 * 1024, 'y')));  // with Content-Length
  FetchRequest request = Request(server.Url("/stream"));
  request.max_bytes = 64 * 1024;
  CHECK(FetchOne(request).status.kind == StatusKind::kTooLarge);
  request.url = server.Url("/big");
  CHECK(FetchOne(request).status.kind == StatusKind::kTooLarge);
}

TEST_CASE("CurlFetcher: html_only skips other types before their body", "[contract]") {
  HttpServer server;
  HttpReply pdf;
  pdf.headers = {{"Content-Type", "application/pdf"}};
  pdf.body = "%PDF-1.4";
  server.Route("/file.pdf", pdf);
  FetchRequest request = Request(server.Url("/file.pdf"));
  request.html_only = true;
  const FetchResponse r = FetchOne(request);
  CHECK(r.status.kind == StatusKind::kSkipped);
  CHECK(r.status.message == "not HTML (application/pdf)");
  request.html_only = false;
  CHECK(FetchOne(request).body == "%PDF-1.4");
}

TEST_CASE("CurlFetcher: a hanging server times out", "[contract]") {
  HttpServer server;
  HttpReply hang;
  hang.hang = true;
  server.Route("/hang", hang);
  FetchRequest request = Request(server.Url("/hang"));
  request.timeout_seconds = 0.5;
  const FetchResponse r = FetchOne(request);
  CHECK(r.status.kind == StatusKind::kTimeout);
  CHECK(r.http_status == 0);
}

TEST_CASE("CurlFetcher: transfers to one host share a connection", "[contract]") {
  HttpServer server;
  server.Fallback([](const testing::HttpRequest& r) { return HttpReply::Html(r.target); });
  CurlFetcher fetcher;
  for (int i = 0; i < 5; ++i) {
    fetcher.Start(Request(server.Url("/p" + std::to_string(i)), static_cast<uint64_t>(i)));
    REQUIRE(FetchAll(&fetcher).size() == 1);
  }
  const auto log = server.Log();
  REQUIRE(log.size() == 5);
  CHECK(log.back().connection == 1);
}

TEST_CASE("issue15: CurlFetcher names each failure's kind", "[contract]") {
  // Bound the system resolver, should this machine have none.
  setenv("RES_OPTIONS", "timeout:1 attempts:1", 1);
  PlainTextListener plain;
  HttpServer server;
  HttpReply hang;
  hang.hang = true;
  server.Route("/hang", hang);
  struct Case {
    std::string url;
    StatusKind kind;
  };
  const Case cases[] = {
      {"http://no-such-host.invalid/", StatusKind::kDns},
      {"http://127.0.0.1:" + std::to_string(ClosedPort()) + "/", StatusKind::kConnect},
      {"https://127.0.0.1:" + std::to_string(plain.port()) + "/", StatusKind::kTls},
      {server.Url("/hang"), StatusKind::kTimeout},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    FetchRequest request = Request(c.url);
    request.timeout_seconds = 0.5;
    const FetchResponse r = FetchOne(request);
    CHECK(r.status.kind == c.kind);
    CHECK(r.http_status == 0);
    CHECK_FALSE(r.status.message.empty());
  }
}

TEST_CASE("issue13: a 1 MB response header is too-large, not out of memory", "[contract]") {
  HttpServer server;
  HttpReply one_line = HttpReply::Html("x");
  one_line.headers.emplace_back("X-Huge", std::string(1 << 20, 'h'));
  server.Route("/one-line", one_line);
  HttpReply many_lines = HttpReply::Html("x");
  for (int i = 0; i < 20000; ++i) {
    many_lines.headers.emplace_back("X-Line-" + std::to_string(i), std::string(40, 'h'));
  }
  server.Route("/many-lines", many_lines);
  for (const char* path : {"/one-line", "/many-lines"}) {
    CAPTURE(path);
    const FetchResponse r = FetchOne(Request(server.Url(path)));
    CHECK(r.status.kind == StatusKind::kTooLarge);
    CHECK(r.status.message.find("response headers larger than 256 KiB") != std::string::npos);
  }
}

TEST_CASE("issue13: keep_prefix reads past a Content-Length over the cap", "[contract]") {
  HttpServer server;
  const std::string body = "User-agent: *\nDisallow: /private\n" + std::string(600 * 1024, '#');
  server.Route("/robots.txt", HttpReply::Text(body));  // sent with Content-Length
  FetchRequest request = Request(server.Url("/robots.txt"));
  request.max_bytes = 500 * 1024;
  request.keep_prefix = true;
  const FetchResponse kept = FetchOne(request);
  CHECK(kept.status.ok());
  CHECK(kept.http_status == 200);
  CHECK(kept.truncated);
  CHECK(kept.body == body.substr(0, 500 * 1024));
  request.keep_prefix = false;
  const FetchResponse refused = FetchOne(request);
  CHECK(refused.status.kind == StatusKind::kTooLarge);
  CHECK(refused.body.empty());  // refused on the header, before any byte
}

}  // namespace
}  // namespace clinicrank
