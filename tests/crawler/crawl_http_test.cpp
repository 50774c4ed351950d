// The crawl loop with the real libcurl fetcher against real HTTP servers on
// 127.0.0.1 (tests/testing/http_server.h): politeness seen from the
// server's side (lower bounds only: real time), sites as origins, timeouts,
// size caps, gzip, sitemaps and every error kind end to end. Names under
// *.localhost resolve to 127.0.0.1 inside libcurl, which gives the tests
// registrable domains without DNS. The crawl logic itself is tested exactly
// on fakes in crawl_test.cpp and crawl_sites_test.cpp.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "crawler/curl_fetcher.h"
#include "store/store.h"
#include "tests/testing/crawl_store.h"
#include "tests/testing/http_server.h"
#include "tests/testing/raw_listener.h"

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

std::vector<std::string> Hosts(const HttpServer& server) {
  std::vector<std::string> hosts;
  for (const testing::LoggedRequest& r : server.Log()) hosts.push_back(r.host + r.target);
  return hosts;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_CASE("issue15 over HTTP: two origins on one host are two sites; a link between them is "
          "off scope unless they share a registrable domain",
          "[contract]") {
  HttpServer a, b;
  const std::string pa = std::to_string(a.port()), pb = std::to_string(b.port());
  a.Fallback([&](const testing::HttpRequest& r) {
    if (r.target != "/") return HttpReply::Html("<p>a " + r.target + "</p>");
    return HttpReply::Html("<a href='http://127.0.0.1:" + pb + "/x'>b</a>"
                           "<a href='http://localhost:" + pa + "/y'>l</a>"
                           "<a href='http://clinic.localhost:" + pb + "/shared'>s</a>"
                           "<a href='http://other.localhost:" + pb + "/no'>o</a>"
                           "<a href='/own'>own</a>");
  });
  b.Fallback([](const testing::HttpRequest& r) { return HttpReply::Html("<p>b " + r.target + "</p>"); });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0.01;
  auto store = testing::MemoryStore();

  SECTION("an IP seed: nothing but its own origin") {
    const CrawlResult result = RunCrawl(store.get(), {"http://127.0.0.1:" + pa + "/"}, options);
    CHECK(result.progress.sites_total == 1);
    CHECK(b.Log().empty());
    CHECK(Contains(Hosts(a), "127.0.0.1:" + pa + "/own"));
    CHECK_FALSE(Contains(Hosts(a), "localhost:" + pa + "/y"));
  }
  SECTION("a registrable-domain seed: its other origins are in, as sites of their own") {
    const CrawlResult result =
        RunCrawl(store.get(), {"http://www.clinic.localhost:" + pa + "/"}, options);
    CHECK(result.progress.sites_total == 2);
    const auto seen_b = Hosts(b);
    CHECK(Contains(seen_b, "clinic.localhost:" + pb + "/robots.txt"));
    CHECK(Contains(seen_b, "clinic.localhost:" + pb + "/shared"));
    CHECK_FALSE(Contains(seen_b, "other.localhost:" + pb + "/no"));
    CHECK_FALSE(Contains(seen_b, "127.0.0.1:" + pb + "/x"));
    std::vector<SiteInfo> sites;
    REQUIRE(store->ListSites(&sites).ok());
    REQUIRE(sites.size() == 1);
    CHECK(sites[0].host == "clinic.localhost");
    CHECK(FindPage(StoredPages(store.get()), "http://clinic.localhost:" + pb + "/shared"));
  }
}

TEST_CASE("issue15 over HTTP: the first page after robots.txt waits the delay", "[contract]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nCrawl-delay: 0.3\n"));
  server.Route("/", HttpReply::Html("<a href='/a'>a</a>"));
  server.Fallback([](const testing::HttpRequest& r) { return HttpReply::Html(r.target); });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0;
  auto store = testing::MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, options);
  const auto log = server.Log();
  REQUIRE(log.size() >= 2);
  CHECK(log[0].target == "/robots.txt");
  CHECK(log[1].target == "/");
  for (size_t i = 1; i < log.size(); ++i) {
    CAPTURE(log[i].target);
    CHECK(Seconds(log[i].at - log[i - 1].at) >= 0.3);
  }
}

TEST_CASE("issue15 over HTTP: --max-pages counts per site", "[contract]") {
  HttpServer a, b;
  for (HttpServer* server : {&a, &b}) {
    server->Fallback([](const testing::HttpRequest& r) {
      if (r.target != "/") return HttpReply::Html("<p>" + r.target + "</p>");
      std::string links;
      for (int i = 0; i < 6; ++i) links += "<a href='/p" + std::to_string(i) + "'>p</a>";
      return HttpReply::Html(links);
    });
  }
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0;
  options.max_pages = 3;
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {a.Url("/"), b.Url("/")}, options);
  CHECK(result.progress.pages_stored == 6);
  std::map<std::string, int> per_site;
  for (const PageRecord& page : StoredPages(store.get())) ++per_site[page.url.substr(0, 22)];
  CHECK(per_site == std::map<std::string, int>{{a.Url("").substr(0, 22), 3},
                                               {b.Url("").substr(0, 22), 3}});
}

TEST_CASE("issue15 over HTTP: a gzipped sitemap index feeds the crawl", "[contract]") {
  HttpServer server;
  server.Route("/robots.txt",
               HttpReply::Text("User-agent: *\nSitemap: " + server.Url("/sitemap_index.xml.gz")));
  auto gzip_file = [](const std::string& xml) {
    HttpReply reply;
    reply.headers = {{"Content-Type", "application/x-gzip"}};
    reply.body = HttpServer::Gzip(xml);
    return reply;
  };
  server.Route("/sitemap_index.xml.gz",
               gzip_file("<?xml version='1.0' encoding='UTF-8'?>"
                         "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                         "<!-- generated --><sitemap><loc>" + server.Url("/pages.xml.gz") +
                         "</loc></sitemap></sitemapindex>"));
  server.Route("/pages.xml.gz",
               gzip_file("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                         "xmlns:image='http://www.google.com/schemas/sitemap-image/1.1'>"
                         "<url><loc>" + server.Url("/precios") + "</loc><image:image><image:loc>" +
                         server.Url("/photo.jpg") + "</image:loc></image:image></url></urlset>"));
  server.Route("/", HttpReply::Html("<p>home</p>"));
  server.Route("/precios", HttpReply::Html("<p>$4,000 per knee</p>"));
  auto store = testing::MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  CHECK(FindPage(StoredPages(store.get()), server.Url("/precios")));
  CHECK(server.LogFor("/photo.jpg").empty());  // an image, not a page
}

TEST_CASE("issue15 over HTTP: every error kind is logged and counted as such", "[contract]") {
  setenv("RES_OPTIONS", "timeout:1 attempts:1", 1);  // bound a resolver-less machine
  testing::PlainTextListener plain;
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nDisallow: /private\n"));
  server.Route("/", HttpReply::Html("<a href='/hang'>1</a><a href='/missing'>2</a>"
                                    "<a href='/big'>3</a><a href='/private/x'>4</a>"));
  HttpReply hang;
  hang.hang = true;
  server.Route("/hang", hang);
  server.Route("/big", HttpReply::Html(std::string(200 * 1024, 'b')));
  CrawlOptions options = FastOptions();
  options.timeout_seconds = 1;
  options.max_retries = 0;
  options.max_bytes = 100 * 1024;
  const std::string refused = "http://127.0.0.1:" + std::to_string(testing::ClosedPort()) + "/";
  const std::string tls = "https://127.0.0.1:" + std::to_string(plain.port()) + "/";
  auto store = testing::MemoryStore();
  const CrawlResult result = RunCrawl(
      store.get(), {"http://no-such-host.invalid/", refused, tls, server.Url("/")}, options);
  const std::string log = FetchErrors(store.get(), result.run_id);
  CAPTURE(log);
  CHECK(log.find("http://no-such-host.invalid/robots.txt 0 dns: ") != std::string::npos);
  CHECK(log.find("http://no-such-host.invalid/ 0 dns: not requested") != std::string::npos);
  CHECK(log.find(refused + "robots.txt 0 connect: ") != std::string::npos);
  CHECK(log.find(tls + "robots.txt 0 tls: ") != std::string::npos);
  CHECK(log.find(server.Url("/hang") + " 0 timeout: ") != std::string::npos);
  CHECK(log.find(server.Url("/missing") + " 404 http: status 404") != std::string::npos);
  CHECK(log.find(server.Url("/big") + " 200 too-large: ") != std::string::npos);
  CHECK(log.find(server.Url("/private/x") + " 0 robots-denied: ") != std::string::npos);
  CHECK(log.find("no-such-host.invalid/ 0 robots-denied") == std::string::npos);
  const auto& kinds = result.progress.errors_by_kind;
  for (StatusKind kind : {StatusKind::kDns, StatusKind::kConnect, StatusKind::kTls,
                          StatusKind::kTimeout, StatusKind::kHttp, StatusKind::kTooLarge,
                          StatusKind::kRobotsDenied}) {
    CAPTURE(StatusKindName(kind));
    CHECK(kinds.count(kind) == 1);
  }
  CHECK(FindPage(StoredPages(store.get()), server.Url("/")));  // the crawl went on
}

}  // namespace
}  // namespace clinicrank
