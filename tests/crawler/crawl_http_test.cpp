// The crawl loop with the real libcurl fetcher against a real HTTP server on
// 127.0.0.1 (tests/testing/http_server.h): politeness seen from the
// server's side (lower bounds only: real time), timeouts, size caps, gzip and
// non-HTML responses end to end. The crawl logic itself is tested exactly on
// fakes in crawl_test.cpp.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "crawler/curl_fetcher.h"
#include "store/store.h"
#include "tests/testing/crawl_store.h"
#include "tests/testing/http_server.h"

namespace clinicrank {
namespace {

using testing::FetchErrors;
using testing::FindPage;
using testing::HttpReply;
using testing::HttpServer;
using testing::StoredPages;

CrawlOptions FastOptions() {
  CrawlOptions options;
  options.delay_seconds = 0.05;
  options.timeout_seconds = 5;
  options.backoff_seconds = 0.05;
  options.max_retries = 2;
  options.user_agent = "clinicrank/test (+https://github.com/clinicrank/clinicrank)";
  return options;
}

struct CrawlResult {
  Status status;
  CrawlProgress progress;
  int64_t run_id = 0;
};

CrawlResult RunCrawl(PageStore* store, const std::vector<std::string>& seeds,
                     const CrawlOptions& options) {
  CurlFetcher fetcher;
  CrawlResult result;
  REQUIRE(store->BeginRun("test", &result.run_id).ok());
  result.status =
      Crawl(seeds, options, &fetcher, store, result.run_id, nullptr, nullptr, &result.progress);
  return result;
}

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

TEST_CASE("Crawl over HTTP: robots.txt first, one request at a time, the delay apart",
          "[contract]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nAllow: /\n"));
  server.Route("/", HttpReply::Html("<a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a>"));
  server.Fallback([](const testing::HttpRequest& request) {
    return HttpReply::Html("<p>page " + request.target + "</p>");
  });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0.1;
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, options);
  REQUIRE(result.status.ok());
  CHECK(result.progress.pages_stored == 4);
  const auto log = server.Log();
  REQUIRE(log.size() == 6);  // robots.txt, /, /sitemap.xml, /a, /b, /c
  CHECK(log.front().target == "/robots.txt");
  for (size_t i = 1; i < log.size(); ++i) {
    CAPTURE(i, log[i].target);
    CHECK(Seconds(log[i].at - log[i - 1].at) >= 0.1);
  }
  CHECK(server.PeakConcurrency() == 1);
  CHECK(log.back().connection <= 2);  // connections are reused
}

TEST_CASE("Crawl over HTTP: a hanging server times out, the rest goes on", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/hang'>h</a><a href='/fine'>f</a>"));
  HttpReply hang;
  hang.hang = true;
  server.Route("/hang", hang);
  server.Route("/fine", HttpReply::Html("fine"));
  CrawlOptions options = FastOptions();
  options.timeout_seconds = 1;
  options.max_retries = 0;
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(FetchErrors(store.get(), result.run_id).find("/hang 0 timeout") != std::string::npos);
  CHECK(FindPage(StoredPages(store.get()), server.Url("/fine")));
}

TEST_CASE("Crawl over HTTP: responses past the size cap are aborted", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/stream'>s</a><a href='/big'>b</a>"));
  HttpReply stream = HttpReply::Html("");
  stream.stream_bytes = 200u * 1024 * 1024;  // would take long if not aborted
  server.Route("/stream", stream);
  server.Route("/big", HttpReply::Html(std::string(300 * 1024, 'y')));
  CrawlOptions options = FastOptions();
  options.max_bytes = 100 * 1024;
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, options);
  const std::string errors = FetchErrors(store.get(), result.run_id);
  CHECK(errors.find("/stream 200 too-large") != std::string::npos);
  CHECK(errors.find("/big 200 too-large") != std::string::npos);
  CHECK(StoredPages(store.get()).size() == 1);
}

TEST_CASE("Crawl over HTTP: gzip bodies are decoded, charsets passed along, PDFs skipped",
          "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/zipped'>z</a><a href='/latin'>l</a>"
                                    "<a href='/file.pdf'>pdf</a>"));
  HttpReply zipped = HttpReply::Html("<p>" + std::string(2000, 'k') + "</p>");
  zipped.gzip = true;
  server.Route("/zipped", zipped);
  HttpReply latin = HttpReply::Html("<p>Rodilla: \xE9xito garantizado</p>");
  latin.headers = {{"Content-Type", "text/html; charset=windows-1252"}};
  server.Route("/latin", latin);
  HttpReply pdf;
  pdf.headers = {{"Content-Type", "application/pdf"}};
  pdf.body = "%PDF-1.4";
  server.Route("/file.pdf", pdf);
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto pages = StoredPages(store.get());
  const PageRecord* zipped_page = FindPage(pages, server.Url("/zipped"));
  REQUIRE(zipped_page);
  CHECK(zipped_page->body == "<p>" + std::string(2000, 'k') + "</p>");
  const PageRecord* latin_page = FindPage(pages, server.Url("/latin"));
  REQUIRE(latin_page);
  CHECK(latin_page->content_type == "text/html; charset=windows-1252");
  CHECK(latin_page->body.find('\xE9') != std::string::npos);  // raw bytes kept
  CHECK_FALSE(FindPage(pages, server.Url("/file.pdf")));
  CHECK(FetchErrors(store.get(), result.run_id).find("skipped: not HTML") != std::string::npos);
}

}  // namespace
}  // namespace clinicrank
