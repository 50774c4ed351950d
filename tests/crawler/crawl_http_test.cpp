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

// Undeclared legacy pages are decoded by what libuchardet reads in them
// (parsers/html/charset.h); the crawler's links show it: a Thai or Japanese
// link read as windows-1252 would be requested under a mojibake path.
TEST_CASE("issue15 over HTTP: undeclared TIS-620 and Shift_JIS pages decode", "[contract]") {
  HttpServer server;
  HttpReply thai;
  thai.headers = {{"Content-Type", "text/html"}};  // no charset anywhere
  thai.body =
      "<html><body><h1>\xA1\xD2\xC3\xC3\xD1\xA1\xC9\xD2\xA2\xE9\xCD\xE0\xA2\xE8\xD2\xE0\xCA"
      "\xD7\xE8\xCD\xC1\xB4\xE9\xC7\xC2\xE0\xAB\xC5\xC5\xEC\xB5\xE9\xB9\xA1\xD3\xE0\xB9\xD4"
      "\xB4</h1><p>\xA9\xD5\xB4\xC0\xD2\xC2\xE3\xB5\xE9\xA1\xD2\xC3\xB9\xD3\xB7\xD2\xA7\xB4"
      "\xE9\xC7\xC2\xCD\xD1\xC5\xB5\xC3\xD2\xAB\xD2\xC7\xB9\xB4\xEC <a href='/\xC3\xD2\xA4"
      "\xD2'>\xC3\xD2\xA4\xD2</a></p></body></html>";
  HttpReply japanese;
  japanese.headers = {{"Content-Type", "text/html"}};
  japanese.body =
      "<html><head><title>\x8A\xB2\x8D\xD7\x96" "E\x83N\x83\x8A\x83j\x83" "b\x83N</title></"
      "head><body><h1>\x95G\x82\xCC\x8A\xB2\x8D\xD7\x96" "E\x8E\xA1\x97\xC3</h1><p>\x97\xBF"
      "\x8B\xE0\x82\xCD\x95\xD0\x95G\x82\xC5" "120\x96\x9C\x89~\x82\xC5\x82\xB7\x81" "B\x92"
      "\xB4\x89\xB9\x94g\x83K\x83" "C\x83h\x89\xBA\x82\xC5\x92\x8D\x8E\xCB\x82\xB5\x82\xDC"
      "\x82\xB7\x81" "B</p><p>\x93\x96\x89@\x82\xC5\x82\xCD\x8A\xB3\x8E\xD2\x97l\x82\xB2\x8E"
      "\xA9\x90g\x82\xCC\x8E\x89\x96" "b\x82\xA9\x82\xE7\x8D\xCC\x8E\xE6\x82\xB5\x82\xBD\x8A"
      "\xB2\x8D\xD7\x96" "E\x82\xF0\x8Eg\x97p\x82\xB5\x82\xDC\x82\xB7\x81" "B\x8E\xA1\x97\xC3"
      "\x82\xCD\x93\xFA\x8B" "A\x82\xE8\x82\xC5\x81" "A\x97\x82\x93\xFA\x82\xA9\x82\xE7\x95"
      "\x81\x92i\x92\xCA\x82\xE8\x82\xCC\x90\xB6\x8A\x88\x82\xAA\x82\xC5\x82\xAB\x82\xDC\x82"
      "\xB7\x81" "B</p><a href='/\x97\xBF\x8B\xE0'>\x97\xBF\x8B\xE0</a></body></html>";
  server.Route("/", HttpReply::Html("<a href='/th'>th</a><a href='/ja'>ja</a>"));
  server.Route("/th", thai);
  server.Route("/ja", japanese);
  server.Fallback([](const testing::HttpRequest& r) { return HttpReply::Html("<p>" + r.target + "</p>"); });
  auto store = testing::MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  CHECK(server.LogFor("/%E0%B8%A3%E0%B8%B2%E0%B8%84%E0%B8%B2").size() == 1);  // /ราคา
  CHECK(server.LogFor("/%E6%96%99%E9%87%91").size() == 1);                    // /料金
  const std::vector<PageRecord> pages = StoredPages(store.get());
  const PageRecord* stored = FindPage(pages, server.Url("/th"));
  REQUIRE(stored);
  CHECK(stored->body == thai.body);  // the store keeps the bytes as served
}

// Issue 13 #3: libcurl refused a robots.txt whose Content-Length passed the
// cap before any byte arrived, and the empty answer read as "allow all".
TEST_CASE("issue13: robots.txt over 500 KiB with Content-Length is obeyed up to 500 KiB",
          "[contract]") {
  struct Case {
    size_t body_bytes;  // rules, then comment lines
    size_t pad_bytes;   // then '#' filler, all within Content-Length
  };
  for (const Case& c : {Case{600 * 1024, 0}, Case{0, size_t{50} << 20}}) {
    CAPTURE(c.body_bytes, c.pad_bytes);
    HttpServer server;
    HttpReply robots = HttpReply::Text("User-agent: *\nDisallow: /private\n");
    while (robots.body.size() < c.body_bytes) robots.body += "# " + std::string(78, '-') + "\n";
    robots.body += c.pad_bytes ? "# " : "Disallow: /late\n";
    robots.pad_bytes = c.pad_bytes;
    server.Route("/robots.txt", robots);
    server.Route("/", HttpReply::Html("<a href='/private/x'>p</a><a href='/late'>l</a>"));
    server.Fallback([](const testing::HttpRequest& r) { return HttpReply::Html(r.target); });
    auto store = testing::MemoryStore();
    const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
    CHECK(server.LogFor("/private/x").empty());
    CHECK(server.LogFor("/late").size() == 1);  // a rule past 500 KiB is ignored (RFC 9309)
    CHECK(server.LogFor("/robots.txt").size() == 1);
    const std::string log = FetchErrors(store.get(), result.run_id);
    CHECK(log.find("robots.txt 200 warning: robots.txt larger than 500 KiB") != std::string::npos);
  }
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
