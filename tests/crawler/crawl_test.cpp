// The crawl loop (crawler/crawler.h) on a fake fetcher and a fake clock
// (tests/testing/fake_fetcher.h): robots.txt, politeness, retries, backoff
// and Retry-After measured exactly in milliseconds, redirects, traps,
// sitemaps, canonical de-duplication, priority, resume and stop. No sockets
// and no sleeps; the libcurl fetcher has its own tests against a real local
// server (curl_fetcher_test.cpp, crawl_http_test.cpp).
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "store/store.h"
#include "tests/testing/crawl_store.h"
#include "tests/testing/fake_crawl.h"

namespace clinicrank {
namespace {

using testing::CrawlResult;
using testing::FakeCrawl;
using testing::FakeReply;
using testing::FakeRequest;
using testing::PageNamedAfterUrl;

const std::string kSite = "http://clinic.example";

std::string At(const std::string& path) { return kSite + path; }

TEST_CASE("Crawl: follows in-scope links, robots.txt first, drops the rest", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/robots.txt"), FakeReply::Text("User-agent: *\nAllow: /\n"));
  c.fetcher.Route(At("/"), FakeReply::Html(
                               "<a href='/pricing'>Prices</a> <a href='about.html#team'>About</a>"
                               "<a href='mailto:x@y.example'>mail</a> <a href='tel:+123'>call</a>"
                               "<a href='javascript:void(0)'>js</a> <a href='http://other.example/'>x</a>"
                               "<a href='/pricing#again'>again</a><a href='/'>home</a>"));
  c.fetcher.Route(At("/pricing"), FakeReply::Html("<p>$5,000 per knee</p>"));
  c.fetcher.Route(At("/about.html"), FakeReply::Html("<p>About us</p>"));
  const CrawlResult result = c.Run({At("/")});
  REQUIRE(result.status.ok());
  const auto urls = c.fetcher.Urls();
  REQUIRE_FALSE(urls.empty());
  CHECK(urls.front() == At("/robots.txt"));
  CHECK(c.fetcher.LogFor(At("/robots.txt")).size() == 1);
  CHECK(c.fetcher.LogFor(At("/pricing")).size() == 1);  // fragment variants de-duplicated
  CHECK(c.fetcher.LogFor(At("/")).size() == 1);         // the seed is not fetched again
  CHECK(c.fetcher.Requested(At("/about.html")));
  CHECK_FALSE(c.fetcher.Requested("http://other.example/"));
  const auto pages = c.Pages();
  CHECK(pages.size() == 3);
  const PageRecord* pricing = testing::FindPage(pages, At("/pricing"));
  REQUIRE(pricing);
  CHECK(pricing->body == "<p>$5,000 per knee</p>");
  CHECK(pricing->status == 200);
  CHECK(pricing->depth == 1);
  CHECK(pricing->sha256.size() == 64);
  CHECK(result.progress.pages_stored == 3);
  CHECK(c.fetcher.Log().front().request.user_agent.starts_with("clinicrank/"));
}

// RFC 9309 section 2.2.2 / 2.3.1: rules obeyed, 4xx allows all, 5xx denies all.
TEST_CASE("Crawl: robots.txt rules are obeyed", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/private/a'>a</a><a href='/public'>b</a>"));
  c.fetcher.Route(At("/public"), FakeReply::Html("public"));
  c.fetcher.Route(At("/private/a"), FakeReply::Html("secret"));

  SECTION("disallowed paths are never requested") {
    c.fetcher.Route(At("/robots.txt"),
                    FakeReply::Text("User-agent: *\nDisallow: /\n\nUser-agent: clinicrank\n"
                                    "Disallow: /private\n"));
    const CrawlResult result = c.Run({At("/")});
    CHECK(c.fetcher.Requested(At("/public")));
    CHECK_FALSE(c.fetcher.Requested(At("/private/a")));
    CHECK(c.Errors(result).find("/private/a 0 robots-denied") != std::string::npos);
  }
  SECTION("a 404 robots.txt allows everything") {
    const CrawlResult result = c.Run({At("/")});
    CHECK(c.fetcher.Requested(At("/private/a")));
    CHECK(result.progress.pages_stored == 3);
  }
  SECTION("a 5xx robots.txt allows nothing") {
    c.fetcher.Route(At("/robots.txt"), FakeReply::Text("down", 500));
    const CrawlResult result = c.Run({At("/")});
    CHECK(c.fetcher.Urls() == std::vector<std::string>(3, At("/robots.txt")));  // 2 retries
    CHECK(result.progress.pages_stored == 0);
  }
}

TEST_CASE("Crawl: one request at a time per site, exactly the delay apart", "[contract]") {
  FakeCrawl c;
  std::string links;
  for (int i = 0; i < 6; ++i) links += "<a href='/p" + std::to_string(i) + "'>p</a>";
  c.fetcher.Route(At("/"), FakeReply::Html(links).Latency(20));
  c.fetcher.Fallback([](const FetchRequest& r) { return PageNamedAfterUrl(r).Latency(20); });
  c.options.delay_seconds = 0.2;
  c.Run({At("/")});
  const auto& log = c.fetcher.Log();
  REQUIRE(log.size() == 9);  // robots + seed + sitemap + 6 pages
  for (size_t i = 1; i < log.size(); ++i) {
    CAPTURE(i, log[i].url());
    CHECK(c.GapMs(log, i) == 200);  // measured from the previous request's end
  }
  CHECK(c.fetcher.PeakPerOrigin() == 1);
  CHECK(c.clock.NowMs() == Approx(9 * 20 + 8 * 200));  // no wait beyond the delays
}

TEST_CASE("Crawl: Crawl-delay raises the delay, never lowers it", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/a'>a</a><a href='/b'>b</a>"));
  c.fetcher.Fallback(PageNamedAfterUrl);

  SECTION("raised, from the first page after robots.txt on") {
    c.fetcher.Route(At("/robots.txt"), FakeReply::Text("User-agent: *\nCrawl-delay: 0.4\n"));
    c.Run({At("/")});
    const auto& log = c.fetcher.Log();
    REQUIRE(log.size() == 5);  // robots.txt, /, /sitemap.xml, /a, /b
    for (size_t i = 1; i < log.size(); ++i) {
      CAPTURE(log[i].url());
      CHECK(c.GapMs(log, i) == 400);
    }
  }
  SECTION("not lowered") {
    c.options.delay_seconds = 0.3;
    c.fetcher.Route(At("/robots.txt"), FakeReply::Text("User-agent: *\nCrawl-delay: 0.1\n"));
    c.Run({At("/")});
    const auto& log = c.fetcher.Log();
    REQUIRE(log.size() == 5);
    for (size_t i = 1; i < log.size(); ++i) CHECK(c.GapMs(log, i) == 300);
  }
  SECTION("capped") {
    c.options.max_crawl_delay_seconds = 2;
    c.fetcher.Route(At("/robots.txt"), FakeReply::Text("User-agent: *\nCrawl-delay: 86400\n"));
    c.Run({At("/")});
    const auto& log = c.fetcher.Log();
    REQUIRE(log.size() == 5);
    for (size_t i = 1; i < log.size(); ++i) CHECK(c.GapMs(log, i) == 2000);
  }
}

TEST_CASE("Crawl: several sites in parallel, each polite", "[contract]") {
  FakeCrawl c;
  c.fetcher.Fallback([](const FetchRequest& r) {
    const bool home = r.url.ends_with(".example/");
    FakeReply reply = home ? FakeReply::Html("<a href='/a'>a</a><a href='/b'>b</a>")
                           : PageNamedAfterUrl(r);
    return reply.Latency(150);
  });
  c.options.delay_seconds = 0.1;
  const CrawlResult result = c.Run({"http://a.example/", "http://b.example/"});
  CHECK(result.progress.sites_total == 2);
  CHECK(result.progress.pages_stored == 6);
  CHECK(c.fetcher.PeakInFlight() == 2);
  CHECK(c.fetcher.PeakPerOrigin() == 1);
  std::map<std::string, std::vector<FakeRequest>> by_origin;
  for (const FakeRequest& r : c.fetcher.Log()) by_origin[r.url().substr(0, 16)].push_back(r);
  REQUIRE(by_origin.size() == 2);
  for (const auto& [origin, requests] : by_origin) {
    CHECK(requests.size() == 5);  // robots.txt, /, /sitemap.xml, /a, /b
    for (size_t i = 1; i < requests.size(); ++i) {
      CAPTURE(origin, requests[i].url());
      CHECK(c.GapMs(requests, i) == 100);
    }
  }
  // Both sites ran side by side: the crawl took as long as one of them.
  CHECK(c.clock.NowMs() == Approx(5 * 150 + 4 * 100));
}

TEST_CASE("Crawl: redirects are followed by hand and re-checked", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/robots.txt"), FakeReply::Text("User-agent: *\nDisallow: /blocked\n"));
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/old'>1</a><a href='/loop1'>2</a>"
                                           "<a href='/r1'>3</a><a href='/away'>4</a>"
                                           "<a href='/to-blocked'>5</a>"));
  c.fetcher.Route(At("/old"), FakeReply::Redirect(At("/older"), 301));
  c.fetcher.Route(At("/older"), FakeReply::Redirect(At("/new"), 302));
  c.fetcher.Route(At("/new"), FakeReply::Html("<p>new home</p>"));
  c.fetcher.Route(At("/loop1"), FakeReply::Redirect(At("/loop2")));
  c.fetcher.Route(At("/loop2"), FakeReply::Redirect(At("/loop1")));
  for (int i = 1; i <= 7; ++i) {
    c.fetcher.Route(At("/r" + std::to_string(i)),
                    FakeReply::Redirect(At("/r" + std::to_string(i + 1))));
  }
  c.fetcher.Route(At("/away"), FakeReply::Redirect("http://elsewhere.example/"));
  c.fetcher.Route(At("/to-blocked"), FakeReply::Redirect(At("/blocked/page")));
  const CrawlResult result = c.Run({At("/")});
  const auto pages = c.Pages();
  const PageRecord* moved = testing::FindPage(pages, At("/old"));
  REQUIRE(moved);
  CHECK(moved->final_url == At("/new"));
  CHECK(moved->body == "<p>new home</p>");
  CHECK_FALSE(testing::FindPage(pages, At("/new")));  // not fetched twice
  CHECK(c.fetcher.LogFor(At("/new")).size() == 1);
  CHECK(c.fetcher.LogFor(At("/loop1")).size() == 1);
  CHECK(c.fetcher.LogFor(At("/loop2")).size() == 1);
  CHECK(c.fetcher.Requested(At("/r6")));  // five hops after /r1
  CHECK_FALSE(c.fetcher.Requested(At("/r7")));
  CHECK_FALSE(c.fetcher.Requested(At("/blocked/page")));
  CHECK_FALSE(c.fetcher.Requested("http://elsewhere.example/"));
  const std::string errors = c.Errors(result);
  CHECK(errors.find("redirect loop") != std::string::npos);
  CHECK(errors.find("more than 5 redirects") != std::string::npos);
  CHECK(errors.find("out of scope") != std::string::npos);
  CHECK(errors.find("robots-denied") != std::string::npos);
}

TEST_CASE("Crawl: transient failures are retried with exponential backoff", "[contract]") {
  FakeCrawl c;
  c.options.delay_seconds = 0.01;
  c.options.backoff_seconds = 0.5;
  c.options.max_retries = 3;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/broken'>b</a>"));

  SECTION("a 500 is asked again after 0.5, 1 and 2 s, then given up") {
    c.fetcher.Route(At("/broken"), FakeReply::Text("boom", 500));
    const CrawlResult result = c.Run({At("/")});
    const auto tries = c.fetcher.LogFor(At("/broken"));
    REQUIRE(tries.size() == 4);  // 1 + max_retries
    CHECK(c.GapMs(tries, 1) == 500);
    CHECK(c.GapMs(tries, 2) == 1000);
    CHECK(c.GapMs(tries, 3) == 2000);
    CHECK(result.progress.errors == 1);
    CHECK(c.Errors(result).find("/broken 500 http: status 500; retrying") != std::string::npos);
  }
  SECTION("network errors and timeouts are transient, then succeed") {
    int calls = 0;
    c.fetcher.Route(At("/broken"), [&calls](const FetchRequest&) {
      ++calls;
      if (calls == 1) return FakeReply::Failure(StatusKind::kNetwork, "connection reset");
      if (calls == 2) return FakeReply::Failure(StatusKind::kTimeout, "timed out");
      return FakeReply::Html("<p>fine now</p>");
    });
    const CrawlResult result = c.Run({At("/")});
    const auto tries = c.fetcher.LogFor(At("/broken"));
    REQUIRE(tries.size() == 3);
    CHECK(c.GapMs(tries, 1) == 500);
    CHECK(c.GapMs(tries, 2) == 1000);
    CHECK(testing::FindPage(c.Pages(), At("/broken")));
    CHECK(result.progress.errors == 0);
  }
  SECTION("a 404 is not retried") {
    const CrawlResult result = c.Run({At("/")});
    CHECK(c.fetcher.LogFor(At("/broken")).size() == 1);
    CHECK(result.progress.errors == 1);
  }
}

TEST_CASE("Crawl: Retry-After is honoured for the whole site, up to a cap", "[contract]") {
  FakeCrawl c;
  c.options.delay_seconds = 0.01;
  c.options.max_retry_after_seconds = 3;
  int calls = 0;
  auto busy_once = [&calls](double seconds) {
    return [&calls, seconds](const FetchRequest&) {
      if (calls++ == 0) {
        FakeReply busy = FakeReply::Text("slow down", 503);
        busy.retry_after_seconds = seconds;
        return busy;
      }
      return FakeReply::Html("<p>ok now</p>");
    };
  };
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/flaky'>f</a><a href='/other'>o</a>"));
  c.fetcher.Route(At("/other"), FakeReply::Html("<p>other</p>"));

  SECTION("Retry-After: 1") {
    c.fetcher.Route(At("/flaky"), busy_once(1));
    c.Run({At("/")});
    const auto& log = c.fetcher.Log();
    const auto flaky = c.fetcher.LogFor(At("/flaky"));
    REQUIRE(flaky.size() == 2);
    CHECK(c.GapMs(flaky, 1) == 1000);
    // The site as a whole waited: the request after the 503 came 1 s later.
    for (size_t i = 1; i < log.size(); ++i) {
      if (log[i - 1].url() == At("/flaky")) {
        CHECK(c.GapMs(log, i) == 1000);
        break;
      }
    }
    CHECK(testing::FindPage(c.Pages(), At("/flaky")));
  }
  SECTION("Retry-After beyond the cap is cut") {
    c.fetcher.Route(At("/flaky"), busy_once(86400));
    c.Run({At("/")});
    const auto flaky = c.fetcher.LogFor(At("/flaky"));
    REQUIRE(flaky.size() == 2);
    CHECK(c.GapMs(flaky, 1) == 3000);
  }
}

TEST_CASE("Crawl: traps stay bounded", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/calendar/2026/1'>cal</a>"
                                           "<a href='/list?page=1'>l</a>"
                                           "<a href='/a/'>deep</a><a href='/s?PHPSESSID=1'>s</a>"));
  int n = 0;
  c.fetcher.Fallback([&n](const FetchRequest& request) {
    // Every page links onwards forever: next month, next page, deeper dir,
    // a new session id.
    const std::string path = request.url.substr(kSite.size());
    const std::string k = std::to_string(++n);
    return FakeReply::Html("<a href='/calendar/2026/" + k + "'>next</a><a href='/list?page=" + k +
                           "'>more</a><a href='" + path.substr(0, path.find('?')) +
                           "a/'>deeper</a><a href='/s?PHPSESSID=" + k + "'>again</a>");
  });
  c.options.delay_seconds = 0.01;
  c.options.max_pages = 200;
  c.Run({At("/")});
  int calendar = 0, list = 0, session = 0;
  for (const std::string& url : c.fetcher.Urls()) {
    calendar += url.starts_with(At("/calendar"));
    list += url.starts_with(At("/list?"));
    session += url == At("/s");
  }
  CHECK(calendar == 0);
  CHECK(list <= c.options.max_query_variants);
  CHECK(session == 1);  // the session id is stripped: /s once
  CHECK(c.fetcher.Log().size() < 30);
}

TEST_CASE("Crawl: sitemaps feed the frontier; canonical duplicates are skipped", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/robots.txt"),
                  FakeReply::Text("User-agent: *\nAllow: /\nSitemap: " + At("/maps/index.xml")));
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/dup?ref=nav'>dup</a>"));
  c.fetcher.Route(At("/maps/index.xml"),
                  FakeReply::Text("<sitemapindex><sitemap><loc>" + At("/maps/pages.xml") +
                                  "</loc></sitemap></sitemapindex>"));
  c.fetcher.Route(At("/maps/pages.xml"),
                  FakeReply::Text("<urlset><url><loc>" + At("/hidden-pricing") +
                                  "</loc></url><url><loc>http://other.example/x</loc></url>"
                                  "</urlset>"));
  c.fetcher.Route(At("/hidden-pricing"), FakeReply::Html("<p>prices</p>"));
  c.fetcher.Route(At("/dup?ref=nav"),
                  FakeReply::Html("<link rel=canonical href='/'><p>the home page again</p>"));
  const CrawlResult result = c.Run({At("/")});
  const auto pages = c.Pages();
  CHECK(testing::FindPage(pages, At("/hidden-pricing")));
  CHECK(c.fetcher.Requested(At("/sitemap.xml")));  // the default location too
  CHECK_FALSE(c.fetcher.Requested("http://other.example/x"));
  CHECK_FALSE(testing::FindPage(pages, At("/dup?ref=nav")));
  CHECK(c.Errors(result).find("duplicate of canonical") != std::string::npos);
}

TEST_CASE("Crawl: pricing and treatment pages come first within max-pages", "[heuristic]") {
  FakeCrawl c;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/gallery'>Gallery</a><a href='/blog/'>Blog</a>"
                                           "<a href='/x1'>Nuestros precios</a><a href='/faq'>FAQ</a>"
                                           "<a href='/tratamiento-rodilla'>Rodilla</a>"));
  c.fetcher.Fallback(PageNamedAfterUrl);
  c.options.max_pages = 4;
  c.Run({At("/")});
  CHECK(c.fetcher.Urls() == std::vector<std::string>{At("/robots.txt"), At("/"),
                                                     At("/sitemap.xml"), At("/x1"),
                                                     At("/tratamiento-rodilla"), At("/faq")});
}

TEST_CASE("Crawl: a second run resumes without refetching stored pages", "[contract]") {
  FakeCrawl c;
  c.fetcher.Route(At("/"), FakeReply::Html("<a href='/a'>a</a><a href='/b'>b</a><a href='/c'>c</a>"));
  c.fetcher.Route(At("/c"), FakeReply::Html("<a href='/d'>d</a>"));
  c.fetcher.Fallback(PageNamedAfterUrl);
  c.options.max_pages = 2;
  const CrawlResult first = c.Run({At("/")});
  CHECK(first.progress.pages_stored == 2);
  c.options.max_pages = 10;
  const CrawlResult second = c.Run({At("/")});
  CHECK(second.progress.pages_resumed == 2);
  CHECK(second.progress.pages_stored == 3);
  CHECK(c.fetcher.LogFor(At("/")).size() == 1);
  CHECK(c.Pages().size() == 5);
  CHECK(c.fetcher.LogFor(At("/robots.txt")).size() == 2);  // once per run

  c.options.refresh = true;
  c.Run({At("/")});
  CHECK(c.fetcher.LogFor(At("/")).size() == 2);
}

TEST_CASE("Crawl: a stop request ends the crawl cleanly", "[contract]") {
  FakeCrawl c;
  int n = 0;
  c.fetcher.Fallback([&n](const FetchRequest&) {
    return FakeReply::Html("<a href='/next" + std::to_string(++n) + "'>n</a>");
  });
  std::atomic<bool> stop{false};
  struct StopAfter : CrawlObserver {
    std::atomic<bool>* stop;
    void OnEvent(const CrawlEvent& event, const CrawlProgress& progress) override {
      if (event.kind == StatusKind::kOk && progress.pages_stored >= 3) *stop = true;
    }
  } observer;
  observer.stop = &stop;
  const CrawlResult result = c.Run({At("/")}, &observer, &stop);
  CHECK(result.status.ok());
  CHECK(result.progress.pages_stored == 3);
  CHECK(c.Pages().size() == 3);
}

}  // namespace
}  // namespace clinicrank
