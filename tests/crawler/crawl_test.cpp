// The crawl loop against a real HTTP server on 127.0.0.1 (tests/testing/
// http_server.h): robots.txt, politeness measured from the server's request
// log (lower bounds only), redirects, retries, timeouts, size caps, gzip,
// charsets, traps, sitemaps, canonical de-duplication and resume.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "crawler/curl_fetcher.h"
#include "store/store.h"
#include "tests/testing/http_server.h"

namespace clinicrank {
namespace {

using testing::HttpReply;
using testing::HttpServer;
using testing::LoggedRequest;

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

std::unique_ptr<PageStore> MemoryStore() {
  Status status;
  auto store = PageStore::Open(":memory:", PageStore::Mode::kReadWrite, &status);
  REQUIRE(store);
  return store;
}

std::vector<PageRecord> Pages(PageStore* store) {
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

const PageRecord* FindPage(const std::vector<PageRecord>& pages, const std::string& url) {
  for (const PageRecord& page : pages) {
    if (page.url == url) return &page;
  }
  return nullptr;
}

std::vector<std::string> Targets(const std::vector<LoggedRequest>& log) {
  std::vector<std::string> out;
  for (const LoggedRequest& r : log) out.push_back(r.target);
  return out;
}

bool Requested(const HttpServer& server, const std::string& target) {
  return !server.LogFor(target).empty();
}

std::string FetchErrors(PageStore* store, int64_t run) {
  std::vector<FetchLogEntry> log;
  REQUIRE(store->ReadFetchLog(run, &log).ok());
  std::string all;
  for (const FetchLogEntry& e : log)
    all += e.url + " " + std::to_string(e.status) + " " + e.error + "\n";
  return all;
}

// Distinct bodies: identical ones are de-duplicated by the crawler.
HttpReply PageNamedAfterTarget(const testing::HttpRequest& request) {
  return HttpReply::Html("<p>page " + request.target + "</p>");
}

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

TEST_CASE("Crawl: follows in-scope links, robots.txt first, drops the rest", "[contract]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nAllow: /\n"));
  server.Route("/",
               HttpReply::Html(
                   "<a href='/pricing'>Prices</a> <a href='about.html#team'>About</a>"
                   "<a href='mailto:x@y.example'>mail</a> <a href='tel:+123'>call</a>"
                   "<a href='javascript:void(0)'>js</a> <a href='http://elsewhere.invalid/'>x</a>"
                   "<a href='/pricing#again'>again</a><a href='/'>home</a>"));
  server.Route("/pricing", HttpReply::Html("<p>$5,000 per knee</p>"));
  server.Route("/about.html", HttpReply::Html("<p>About us</p>"));
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  REQUIRE(result.status.ok());
  const auto log = server.Log();
  REQUIRE_FALSE(log.empty());
  CHECK(log.front().target == "/robots.txt");
  CHECK(server.LogFor("/robots.txt").size() == 1);
  CHECK(server.LogFor("/pricing").size() == 1);  // fragment variants de-duplicated
  CHECK(server.LogFor("/").size() == 1);         // the seed is not fetched again
  CHECK(Requested(server, "/about.html"));
  const auto pages = Pages(store.get());
  CHECK(pages.size() == 3);
  const PageRecord* pricing = FindPage(pages, server.Url("/pricing"));
  REQUIRE(pricing);
  CHECK(pricing->body == "<p>$5,000 per knee</p>");
  CHECK(pricing->status == 200);
  CHECK(pricing->depth == 1);
  CHECK(pricing->sha256.size() == 64);
  CHECK(result.progress.pages_stored == 3);
  // The user agent names the product and the project.
  CHECK(log.front().user_agent.starts_with("clinicrank/"));
}

// RFC 9309 section 2.2.2 / 2.3.1: rules obeyed, 4xx allows all, 5xx denies all.
TEST_CASE("Crawl: robots.txt rules are obeyed", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/private/a'>a</a><a href='/public'>b</a>"));
  server.Route("/public", HttpReply::Html("public"));
  server.Route("/private/a", HttpReply::Html("secret"));
  auto store = MemoryStore();

  SECTION("disallowed paths are never requested") {
    server.Route("/robots.txt",
                 HttpReply::Text("User-agent: *\nDisallow: /\n\nUser-agent: clinicrank\n"
                                 "Disallow: /private\n"));
    const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
    CHECK(Requested(server, "/public"));
    CHECK_FALSE(Requested(server, "/private/a"));
    CHECK(FetchErrors(store.get(), result.run_id).find("robots-denied") != std::string::npos);
  }
  SECTION("a 404 robots.txt allows everything") {
    const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
    CHECK(Requested(server, "/private/a"));
    CHECK(result.progress.pages_stored == 3);
  }
  SECTION("a 5xx robots.txt allows nothing") {
    server.Route("/robots.txt", HttpReply::Text("down", 500));
    const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
    CHECK(Targets(server.Log()) == std::vector<std::string>(3, "/robots.txt"));  // 2 retries
    CHECK(result.progress.pages_stored == 0);
  }
}

TEST_CASE("Crawl: one request at a time per host, at least the delay apart", "[contract]") {
  HttpServer server;
  std::string links;
  for (int i = 0; i < 6; ++i) links += "<a href='/p" + std::to_string(i) + "'>p</a>";
  server.Route("/", HttpReply::Html(links));
  server.Fallback([](const testing::HttpRequest& request) {
    HttpReply reply = PageNamedAfterTarget(request);
    reply.delay_seconds = 0.02;
    return reply;
  });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0.2;
  auto store = MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, options);
  const auto log = server.Log();
  REQUIRE(log.size() >= 8);  // robots + seed + 6 pages
  for (size_t i = 1; i < log.size(); ++i) {
    CAPTURE(i, log[i].target);
    CHECK(Seconds(log[i].at - log[i - 1].at) >= 0.9 * 0.2);
  }
  CHECK(server.PeakConcurrency() == 1);
  // Connection reuse: far fewer connections than requests.
  CHECK(log.back().connection <= 2);
}

TEST_CASE("Crawl: Crawl-delay raises the delay", "[contract]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nCrawl-delay: 0.4\n"));
  server.Route("/", HttpReply::Html("<a href='/a'>a</a><a href='/b'>b</a>"));
  server.Fallback(PageNamedAfterTarget);
  auto store = MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto log = server.Log();
  REQUIRE(log.size() == 5);  // robots.txt, /, /sitemap.xml, /a, /b
  for (size_t i = 2; i < log.size(); ++i) {
    CAPTURE(log[i].target);
    CHECK(Seconds(log[i].at - log[i - 1].at) >= 0.9 * 0.4);
  }
}

TEST_CASE("Crawl: several sites in parallel, each polite", "[contract]") {
  HttpServer server;
  server.Fallback([](const testing::HttpRequest& request) {
    HttpReply reply = request.target == "/"
                          ? HttpReply::Html("<a href='/a'>a</a><a href='/b'>b</a>")
                          : PageNamedAfterTarget(request);
    reply.delay_seconds = 0.15;
    return reply;
  });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0.1;
  auto store = MemoryStore();
  const CrawlResult result =
      RunCrawl(store.get(), {server.Url("/"), server.Url("/", "localhost")}, options);
  CHECK(result.progress.sites_total == 2);
  CHECK(result.progress.pages_stored == 6);
  CHECK(server.PeakConcurrency() >= 2);
  std::map<std::string, std::vector<LoggedRequest>> by_host;
  for (const LoggedRequest& r : server.Log()) by_host[r.host].push_back(r);
  REQUIRE(by_host.size() == 2);
  for (const auto& [host, requests] : by_host) {
    for (size_t i = 1; i < requests.size(); ++i) {
      CAPTURE(host, requests[i].target);
      // The previous answer took 0.15 s, then the delay: 0.25 s at least.
      CHECK(Seconds(requests[i].at - requests[i - 1].at) >= 0.9 * 0.25);
    }
  }
}

TEST_CASE("Crawl: redirects are followed by hand and re-checked", "[contract]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nDisallow: /blocked\n"));
  server.Route("/", HttpReply::Html("<a href='/old'>1</a><a href='/loop1'>2</a>"
                                    "<a href='/r1'>3</a><a href='/away'>4</a>"
                                    "<a href='/to-blocked'>5</a>"));
  server.Route("/old", HttpReply::Redirect("/older", 301));
  server.Route("/older", HttpReply::Redirect("/new", 302));
  server.Route("/new", HttpReply::Html("<p>new home</p>"));
  server.Route("/loop1", HttpReply::Redirect("/loop2"));
  server.Route("/loop2", HttpReply::Redirect("/loop1"));
  for (int i = 1; i <= 7; ++i) {
    server.Route("/r" + std::to_string(i), HttpReply::Redirect("/r" + std::to_string(i + 1)));
  }
  server.Route("/away", HttpReply::Redirect("http://elsewhere.invalid/"));
  server.Route("/to-blocked", HttpReply::Redirect("/blocked/page"));
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto pages = Pages(store.get());
  const PageRecord* moved = FindPage(pages, server.Url("/old"));
  REQUIRE(moved);
  CHECK(moved->final_url == server.Url("/new"));
  CHECK(moved->body == "<p>new home</p>");
  CHECK_FALSE(FindPage(pages, server.Url("/new")));  // not fetched twice
  CHECK(server.LogFor("/new").size() == 1);
  CHECK(server.LogFor("/loop1").size() == 1);
  CHECK(server.LogFor("/loop2").size() == 1);
  CHECK(Requested(server, "/r6"));  // five hops after /r1
  CHECK_FALSE(Requested(server, "/r7"));
  CHECK_FALSE(Requested(server, "/blocked/page"));
  const std::string errors = FetchErrors(store.get(), result.run_id);
  CHECK(errors.find("redirect loop") != std::string::npos);
  CHECK(errors.find("more than 5 redirects") != std::string::npos);
  CHECK(errors.find("out of scope") != std::string::npos);
  CHECK(errors.find("robots-denied") != std::string::npos);
}

TEST_CASE("Crawl: transient errors are retried, honouring Retry-After", "[contract]") {
  HttpServer server;
  std::atomic<int> calls{0};
  server.Route("/", HttpReply::Html("<a href='/flaky'>f</a><a href='/broken'>b</a>"));
  server.Route("/flaky", [&calls](const testing::HttpRequest&) {
    if (calls++ == 0) {
      HttpReply busy = HttpReply::Text("slow down", 503);
      busy.headers.emplace_back("Retry-After", "1");
      return busy;
    }
    return HttpReply::Html("<p>ok now</p>");
  });
  server.Route("/broken", HttpReply::Text("boom", 500));
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto flaky = server.LogFor("/flaky");
  REQUIRE(flaky.size() == 2);
  CHECK(Seconds(flaky[1].at - flaky[0].at) >= 0.9);
  CHECK(FindPage(Pages(store.get()), server.Url("/flaky")));
  CHECK(server.LogFor("/broken").size() == 3);  // 1 + max_retries
  CHECK(result.progress.errors >= 1);
}

TEST_CASE("Crawl: a hanging server times out", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/hang'>h</a><a href='/fine'>f</a>"));
  HttpReply hang;
  hang.hang = true;
  server.Route("/hang", hang);
  server.Route("/fine", HttpReply::Html("fine"));
  CrawlOptions options = FastOptions();
  options.timeout_seconds = 1;
  options.max_retries = 0;
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(FetchErrors(store.get(), result.run_id).find("/hang 0 timeout") != std::string::npos);
  CHECK(FindPage(Pages(store.get()), server.Url("/fine")));
}

TEST_CASE("Crawl: responses past the size cap are aborted", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/stream'>s</a><a href='/big'>b</a>"));
  HttpReply stream = HttpReply::Html("");
  stream.stream_bytes = 200u * 1024 * 1024;  // would take long if not aborted
  server.Route("/stream", stream);
  server.Route("/big", HttpReply::Html(std::string(300 * 1024, 'y')));
  CrawlOptions options = FastOptions();
  options.max_bytes = 100 * 1024;
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, options);
  const std::string errors = FetchErrors(store.get(), result.run_id);
  CHECK(errors.find("/stream 200 too-large") != std::string::npos);
  CHECK(errors.find("/big 200 too-large") != std::string::npos);
  CHECK(Pages(store.get()).size() == 1);
}

TEST_CASE("Crawl: gzip bodies are decoded, charsets passed along", "[contract]") {
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
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto pages = Pages(store.get());
  const PageRecord* zipped_page = FindPage(pages, server.Url("/zipped"));
  REQUIRE(zipped_page);
  CHECK(zipped_page->body == "<p>" + std::string(2000, 'k') + "</p>");
  CHECK(server.LogFor("/zipped").front().accept_encoding.find("gzip") != std::string::npos);
  const PageRecord* latin_page = FindPage(pages, server.Url("/latin"));
  REQUIRE(latin_page);
  CHECK(latin_page->content_type == "text/html; charset=windows-1252");
  CHECK(latin_page->body.find('\xE9') != std::string::npos);  // raw bytes kept
  CHECK_FALSE(FindPage(pages, server.Url("/file.pdf")));
  CHECK(FetchErrors(store.get(), result.run_id).find("skipped: not HTML") != std::string::npos);
}

TEST_CASE("Crawl: traps stay bounded", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/calendar/2026/1'>cal</a><a href='/list?page=1'>l</a>"
                                    "<a href='/a/'>deep</a><a href='/s?PHPSESSID=1'>s</a>"));
  server.Fallback([](const testing::HttpRequest& request) {
    const std::string& t = request.target;
    // Every page links onwards forever: next month, next page, deeper dir,
    // a new session id.
    static std::atomic<int> n{0};
    const std::string k = std::to_string(++n);
    return HttpReply::Html("<a href='/calendar/2026/" + k +
                           "'>next</a>"
                           "<a href='/list?page=" +
                           k +
                           "'>more</a>"
                           "<a href='" +
                           t.substr(0, t.find('?')) +
                           "a/'>deeper</a>"
                           "<a href='/s?PHPSESSID=" +
                           k + "'>again</a>");
  });
  CrawlOptions options = FastOptions();
  options.delay_seconds = 0.01;
  options.max_pages = 200;
  auto store = MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, options);
  int calendar = 0, list = 0, session = 0;
  for (const LoggedRequest& r : server.Log()) {
    calendar += r.target.starts_with("/calendar");
    list += r.target.starts_with("/list?");
    session += r.target == "/s";
  }
  CHECK(calendar == 0);
  CHECK(list <= options.max_query_variants);
  CHECK(session == 1);  // the session id is stripped: /s once
  CHECK(server.Log().size() < 30);
}

TEST_CASE("Crawl: sitemaps feed the frontier; canonical duplicates are skipped", "[contract]") {
  HttpServer server;
  server.Route(
      "/robots.txt",
      HttpReply::Text("User-agent: *\nAllow: /\nSitemap: " + server.Url("/maps/index.xml") + "\n"));
  server.Route("/", HttpReply::Html("<a href='/dup?ref=nav'>dup</a>"));
  server.Route("/maps/index.xml",
               HttpReply::Text("<sitemapindex><sitemap><loc>" + server.Url("/maps/pages.xml") +
                               "</loc></sitemap></sitemapindex>"));
  server.Route(
      "/maps/pages.xml",
      HttpReply::Text("<urlset><url><loc>" + server.Url("/hidden-pricing") +
                      "</loc></url><url><loc>http://other.invalid/x</loc></url></urlset>"));
  server.Route("/hidden-pricing", HttpReply::Html("<p>prices</p>"));
  server.Route("/dup?ref=nav",
               HttpReply::Html("<link rel=canonical href='/'><p>the home page again</p>"));
  auto store = MemoryStore();
  const CrawlResult result = RunCrawl(store.get(), {server.Url("/")}, FastOptions());
  const auto pages = Pages(store.get());
  CHECK(FindPage(pages, server.Url("/hidden-pricing")));
  CHECK(Requested(server, "/sitemap.xml"));  // the default location too
  CHECK_FALSE(FindPage(pages, server.Url("/dup?ref=nav")));
  CHECK(FetchErrors(store.get(), result.run_id).find("duplicate of canonical") !=
        std::string::npos);
}

TEST_CASE("Crawl: pricing and treatment pages come first within max-pages", "[heuristic]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/gallery'>Gallery</a><a href='/blog/'>Blog</a>"
                                    "<a href='/x1'>Nuestros precios</a><a href='/faq'>FAQ</a>"
                                    "<a href='/tratamiento-rodilla'>Rodilla</a>"));
  server.Fallback(PageNamedAfterTarget);
  CrawlOptions options = FastOptions();
  options.max_pages = 4;
  auto store = MemoryStore();
  RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(Targets(server.Log()) == std::vector<std::string>{"/robots.txt", "/", "/sitemap.xml", "/x1",
                                                          "/tratamiento-rodilla", "/faq"});
}

TEST_CASE("Crawl: a second run resumes without refetching stored pages", "[contract]") {
  HttpServer server;
  server.Route("/", HttpReply::Html("<a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a>"));
  server.Route("/c", HttpReply::Html("<a href='/d'>d</a>"));
  server.Fallback(PageNamedAfterTarget);
  auto store = MemoryStore();
  CrawlOptions options = FastOptions();
  options.max_pages = 2;
  const CrawlResult first = RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(first.progress.pages_stored == 2);
  options.max_pages = 10;
  const CrawlResult second = RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(second.progress.pages_resumed == 2);
  CHECK(second.progress.pages_stored == 3);
  CHECK(server.LogFor("/").size() == 1);
  CHECK(Pages(store.get()).size() == 5);
  CHECK(server.LogFor("/robots.txt").size() == 2);  // once per run

  options.refresh = true;
  RunCrawl(store.get(), {server.Url("/")}, options);
  CHECK(server.LogFor("/").size() == 2);
}

TEST_CASE("Crawl: a stop request ends the crawl cleanly", "[contract]") {
  HttpServer server;
  server.Fallback([](const testing::HttpRequest&) {
    return HttpReply::Html("<a href='/next" + std::to_string(std::rand()) + "'>n</a>");
  });
  auto store = MemoryStore();
  CurlFetcher fetcher;
  int64_t run = 0;
  REQUIRE(store->BeginRun("test", &run).ok());
  std::atomic<bool> stop{false};
  struct StopAfter : CrawlObserver {
    std::atomic<bool>* stop;
    void OnEvent(const CrawlEvent& event, const CrawlProgress& progress) override {
      if (event.kind == StatusKind::kOk && progress.pages_stored >= 3) *stop = true;
    }
  } observer;
  observer.stop = &stop;
  CrawlProgress progress;
  const Status status = Crawl({server.Url("/")}, FastOptions(), &fetcher, store.get(), run,
                              &observer, &stop, &progress);
  CHECK(status.ok());
  CHECK(progress.pages_stored == 3);
  CHECK(Pages(store.get()).size() == 3);
}

}  // namespace
}  // namespace clinicrank
