// Issue 15 on the fakes (tests/testing/fake_crawl.h): a site is an origin,
// a clinic is its registrable domain; politeness, robots.txt and
// --max-pages per site; up to --concurrency requests in flight and never a
// wait while one could start; errors by kind; sitemap bounds. Exact times.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "crawler/crawler.h"
#include "tests/testing/fake_crawl.h"

namespace clinicrank {
namespace {

using testing::CrawlResult;
using testing::FakeCrawl;
using testing::FakeReply;
using testing::FakeRequest;
using testing::PageNamedAfterUrl;

std::vector<SiteInfo> StoreSites(PageStore* store) {
  std::vector<SiteInfo> sites;
  REQUIRE(store->ListSites(&sites).ok());
  return sites;
}

// Every gap between one origin's consecutive requests is exactly `ms`.
void CheckGaps(const FakeCrawl& c, const std::string& origin, double ms) {
  const auto log = c.LogOf(origin);
  for (size_t i = 1; i < log.size(); ++i) {
    CAPTURE(origin, log[i].url());
    CHECK(c.GapMs(log, i) == ms);
  }
}

TEST_CASE("issue15: two origins on one host are two sites; a link between them is off scope",
          "[contract]") {
  FakeCrawl c;
  const std::string a = "http://10.0.0.1:8001", b = "http://10.0.0.1:8002";
  c.fetcher.Route(a + "/", FakeReply::Html("<a href='" + b + "/secret'>b</a><a href='/a'>a</a>"));
  c.fetcher.Route(b + "/", FakeReply::Html("<a href='" + a + "/from-b'>a</a><a href='/b'>b</a>"));
  c.fetcher.Fallback([](const FetchRequest& r) { return PageNamedAfterUrl(r).Latency(40); });
  c.options.delay_seconds = 0.1;

  SECTION("one seed: the other origin is never requested") {
    const CrawlResult result = c.Run({a + "/"});
    CHECK(c.LogOf(b).empty());
    CHECK(c.fetcher.Requested(a + "/a"));
    CHECK(result.progress.sites_total == 1);
    CHECK(StoreSites(c.store.get()).size() == 1);
  }
  SECTION("both seeds: two sites, side by side, each with its own robots.txt and delay") {
    const CrawlResult result = c.Run({a + "/", b + "/"});
    CHECK(result.progress.sites_total == 2);
    CHECK(c.fetcher.PeakInFlight() == 2);
    CHECK(c.fetcher.PeakPerOrigin() == 1);
    for (const std::string& origin : {a, b}) {
      CAPTURE(origin);
      CHECK(c.LogOf(origin).front().url() == origin + "/robots.txt");
      CheckGaps(c, origin, 100);
    }
    CHECK_FALSE(c.fetcher.Requested(b + "/secret"));  // links across clinics are not followed
    CHECK_FALSE(c.fetcher.Requested(a + "/from-b"));
    const auto sites = StoreSites(c.store.get());
    REQUIRE(sites.size() == 2);
    CHECK(sites[0].host == "10.0.0.1:8001");
    CHECK(sites[1].host == "10.0.0.1:8002");
  }
}

TEST_CASE("issue15: origins of one registrable domain are one clinic, each its own site",
          "[contract]") {
  FakeCrawl c;
  const std::string www = "https://www.clinic.example", apex = "https://clinic.example",
                    book = "https://book.clinic.example";
  c.fetcher.Route(www + "/", FakeReply::Html("<a href='" + apex + "/precios'>Precios</a>"
                                             "<a href='" + book + "/cita'>Cita</a>"
                                             "<a href='https://otherclinic.example/'>x</a>"
                                             "<a href='http://localhost/'>y</a>"
                                             "<a href='/faq'>FAQ</a>"));
  c.fetcher.Route(apex + "/robots.txt", FakeReply::Text("User-agent: *\nCrawl-delay: 0.3\n"));
  c.fetcher.Fallback(PageNamedAfterUrl);
  c.options.delay_seconds = 0.1;
  const CrawlResult result = c.Run({www + "/"});
  REQUIRE(result.status.ok());
  CHECK(result.progress.sites_total == 3);
  CHECK(result.progress.sites_done == 3);
  for (const std::string& origin : {www, apex, book}) {
    CAPTURE(origin);
    const auto log = c.LogOf(origin);
    REQUIRE(log.size() >= 2);
    CHECK(log.front().url() == origin + "/robots.txt");  // robots.txt per origin
  }
  CheckGaps(c, www, 100);
  CheckGaps(c, apex, 300);  // its own Crawl-delay, from robots.txt on
  CheckGaps(c, book, 100);
  CHECK_FALSE(c.fetcher.Requested("https://otherclinic.example/"));
  CHECK_FALSE(c.fetcher.Requested("http://localhost/"));
  // One clinic in the store, holding the pages of all three origins.
  const auto sites = StoreSites(c.store.get());
  REQUIRE(sites.size() == 1);
  CHECK(sites[0].host == "clinic.example");
  CHECK(c.Pages().size() == 4);
}

TEST_CASE("issue15: a redirect to another origin of the clinic is sent by that origin's site",
          "[contract]") {
  FakeCrawl c;
  c.fetcher.Route("http://clinic.example/",
                  FakeReply::Redirect("https://www.clinic.example/", 301));
  c.fetcher.Route("https://www.clinic.example/robots.txt",
                  FakeReply::Text("User-agent: *\nDisallow: /private\n"));
  c.fetcher.Route("https://www.clinic.example/",
                  FakeReply::Html("<a href='/precios'>p</a><a href='/private/x'>x</a>"));
  c.fetcher.Fallback(PageNamedAfterUrl);
  c.options.delay_seconds = 0.2;
  const CrawlResult result = c.Run({"http://clinic.example/"});
  CHECK(result.progress.sites_total == 2);
  const auto www = c.LogOf("https://www.clinic.example");
  REQUIRE(www.size() >= 2);
  CHECK(www[0].url() == "https://www.clinic.example/robots.txt");  // before the hop
  CHECK(www[1].url() == "https://www.clinic.example/");
  CheckGaps(c, "https://www.clinic.example", 200);
  CHECK_FALSE(c.fetcher.Requested("https://www.clinic.example/private/x"));
  const auto pages = c.Pages();
  const PageRecord* home = testing::FindPage(pages, "http://clinic.example/");
  REQUIRE(home);
  CHECK(home->final_url == "https://www.clinic.example/");
  CHECK(testing::FindPage(pages, "https://www.clinic.example/precios"));
}

TEST_CASE("issue15: --max-pages is per site", "[contract]") {
  FakeCrawl c;
  std::string links;
  for (int i = 0; i < 10; ++i) links += "<a href='/p" + std::to_string(i) + "'>p</a>";
  c.fetcher.Fallback([&links](const FetchRequest& r) {
    return r.url.ends_with(".example/") ? FakeReply::Html(links) : PageNamedAfterUrl(r);
  });
  c.options.max_pages = 3;
  const CrawlResult result =
      c.Run({"https://a.example/", "https://b.example/", "https://c.example/"});
  CHECK(result.progress.pages_stored == 9);
  std::map<std::string, int> per_site;
  for (const PageRecord& page : c.Pages()) ++per_site[page.url.substr(0, 17)];
  CHECK(per_site == std::map<std::string, int>{
                        {"https://a.example", 3}, {"https://b.example", 3}, {"https://c.example", 3}});
}

TEST_CASE("issue15: up to --concurrency requests in flight, and never a wait with work ready",
          "[contract]") {
  FakeCrawl c;
  c.fetcher.Fallback([](const FetchRequest& r) { return PageNamedAfterUrl(r).Latency(10); });
  c.options.delay_seconds = 0;
  c.options.concurrency = 2;
  std::vector<std::string> seeds;
  for (char s = 'a'; s <= 'f'; ++s) seeds.push_back(std::string("https://") + s + ".example/");

  SECTION("no delay: two sites at a time, back to back") {
    const CrawlResult result = c.Run(seeds);
    CHECK(result.progress.pages_stored == 6);
    CHECK(c.fetcher.PeakInFlight() == 2);
    // 6 sites x 3 requests (robots.txt, /, /sitemap.xml) x 10 ms on 2 slots.
    CHECK(c.clock.NowMs() == 90);
    CHECK(c.clock.sleeps() == 0);
  }
  SECTION("with a delay, idle slots go to other sites while one waits") {
    c.options.delay_seconds = 1;
    const CrawlResult result = c.Run(seeds);
    CHECK(result.progress.pages_stored == 6);
    CHECK(c.fetcher.PeakInFlight() == 2);
    for (const std::string& seed : seeds) CheckGaps(c, seed.substr(0, seed.size() - 1), 1000);
    // Sites a-f start in pairs at 0, 10 and 20 ms; each sends again 1 s
    // after its previous request ended: the last one ends at 2050 ms.
    CHECK(c.clock.NowMs() == 2 * 1000 + 50);
  }
}

TEST_CASE("issue15: errors by kind in the fetch log and the summary", "[contract]") {
  FakeCrawl c;
  c.options.max_retries = 0;
  c.fetcher.Route("http://gone.example/robots.txt",
                  FakeReply::Failure(StatusKind::kDns, "Could not resolve host: gone.example"));
  c.fetcher.Route("http://refused.example/robots.txt", FakeReply::Text("", 404));
  c.fetcher.Route("http://refused.example/",
                  FakeReply::Failure(StatusKind::kConnect, "Connection refused"));
  c.fetcher.Route("https://badcert.example/robots.txt",
                  FakeReply::Failure(StatusKind::kTls, "SSL certificate problem"));
  c.fetcher.Route("http://clinic.example/robots.txt",
                  FakeReply::Text("User-agent: *\nDisallow: /private\n"));
  c.fetcher.Route("http://clinic.example/",
                  FakeReply::Html("<a href='/slow'>1</a><a href='/missing'>2</a>"
                                  "<a href='/huge'>3</a><a href='/private/x'>4</a>"));
  c.fetcher.Route("http://clinic.example/slow",
                  FakeReply::Failure(StatusKind::kTimeout, "Operation timed out"));
  c.fetcher.Route("http://clinic.example/huge", FakeReply::Html(std::string(3000, 'x')));
  c.options.max_bytes = 1000;
  const CrawlResult result = c.Run({"http://gone.example/", "http://refused.example/",
                                    "https://badcert.example/", "http://clinic.example/"});
  using K = StatusKind;
  CHECK(result.progress.errors_by_kind ==
        std::map<StatusKind, int>{{K::kDns, 2},       // robots.txt, and the seed not requested
                                  {K::kConnect, 1},   // the seed
                                  {K::kTls, 2},       // robots.txt, and the seed
                                  {K::kTimeout, 1},   // /slow
                                  {K::kHttp, 1},      // /missing (404)
                                  {K::kTooLarge, 1},  // /huge
                                  {K::kRobotsDenied, 1}});  // /private/x
  const std::string log = c.Errors(result);
  CHECK(log.find("http://gone.example/robots.txt 0 dns: Could not resolve host") !=
        std::string::npos);
  CHECK(log.find("http://gone.example/ 0 dns: not requested: robots.txt unreachable") !=
        std::string::npos);
  CHECK(log.find("gone.example/ 0 robots-denied") == std::string::npos);
  CHECK(log.find("http://refused.example/ 0 connect: Connection refused") != std::string::npos);
  CHECK(log.find("http://clinic.example/slow 0 timeout: ") != std::string::npos);
  CHECK(log.find("http://clinic.example/missing 404 http: status 404") != std::string::npos);
  CHECK(log.find("http://clinic.example/huge 200 too-large: ") != std::string::npos);
  CHECK(log.find("http://clinic.example/private/x 0 robots-denied: ") != std::string::npos);
  CHECK_FALSE(c.fetcher.Requested("http://gone.example/"));
  CHECK_FALSE(c.fetcher.Requested("https://badcert.example/"));
}

TEST_CASE("issue15: a 5xx robots.txt denies everything, logged as robots-denied", "[contract]") {
  FakeCrawl c;
  c.options.max_retries = 0;
  c.fetcher.Route("http://clinic.example/robots.txt", FakeReply::Text("down", 503));
  const CrawlResult result = c.Run({"http://clinic.example/"});
  CHECK(c.fetcher.Urls() == std::vector<std::string>{"http://clinic.example/robots.txt"});
  CHECK(result.progress.errors_by_kind.at(StatusKind::kRobotsDenied) == 1);
  CHECK(c.Errors(result).find("http://clinic.example/ 0 robots-denied: robots.txt answered 503") !=
        std::string::npos);
}

std::string Urlset(const std::vector<std::string>& urls) {
  std::string xml = "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>";
  for (const std::string& u : urls) xml += "<url><loc>" + u + "</loc></url>";
  return xml + "</urlset>";
}

std::string Index(const std::vector<std::string>& urls) {
  std::string xml = "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>";
  for (const std::string& u : urls) xml += "<sitemap><loc>" + u + "</loc></sitemap>";
  return xml + "</sitemapindex>";
}

int SitemapRequests(const FakeCrawl& c) {
  int n = 0;
  for (const std::string& url : c.fetcher.Urls()) n += url.ends_with(".xml");
  return n;
}

TEST_CASE("issue13: the sitemap cap holds through a sitemap index", "[contract]") {
  FakeCrawl c;
  const std::string site = "https://clinic.example";
  c.fetcher.Route(site + "/robots.txt",
                  FakeReply::Text("User-agent: *\nSitemap: " + site + "/index.xml\n"));
  std::vector<std::string> children = {site + "/index.xml"};  // lists itself
  for (int i = 0; i < 10000; ++i) children.push_back(site + "/map" + std::to_string(i) + ".xml");
  c.fetcher.Route(site + "/index.xml", FakeReply::Text(Index(children)));
  c.fetcher.Fallback([&site](const FetchRequest& r) {
    if (r.url.find("/map") != std::string::npos) {
      return FakeReply::Text(Urlset({site + "/page" + std::to_string(r.url.size())}));
    }
    return PageNamedAfterUrl(r);
  });
  const CrawlResult result = c.Run({site + "/"});
  CHECK(SitemapRequests(c) == c.options.max_sitemaps);  // index, /sitemap.xml, 3 children
  CHECK(c.fetcher.LogFor(site + "/index.xml").size() == 1);
  CHECK(result.progress.pages_stored >= 2);  // the crawl went on
}

TEST_CASE("issue13: hostile sitemaps cost a warning, and the crawl goes on", "[contract]") {
  FakeCrawl c;
  const std::string site = "https://clinic.example";
  std::string laughs = "<!DOCTYPE urlset [<!ENTITY l0 'lol'>";
  for (int i = 1; i <= 12; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " '";
    for (int k = 0; k < 10; ++k) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "'>";
  }
  laughs += "]><urlset><url><loc>" + site + "/&l12;</loc></url></urlset>";
  std::string deep = "<sitemapindex>";
  for (int i = 0; i < 50000; ++i) deep += "<sitemap>";
  c.fetcher.Route(site + "/robots.txt",
                  FakeReply::Text("User-agent: *\nSitemap: " + site + "/laughs.xml\nSitemap: " +
                                  site + "/deep.xml\n"));
  c.fetcher.Route(site + "/laughs.xml", FakeReply::Text(laughs));
  c.fetcher.Route(site + "/deep.xml", FakeReply::Text(deep));
  c.fetcher.Route(site + "/", FakeReply::Html("<a href='/precios'>p</a>"));
  c.fetcher.Fallback(PageNamedAfterUrl);
  const CrawlResult result = c.Run({site + "/"});
  CHECK(result.status.ok());
  CHECK(result.progress.pages_stored == 2);
  const std::string log = c.Errors(result);
  CHECK(log.find(site + "/laughs.xml 200 warning: XML error") != std::string::npos);
  CHECK(log.find(site + "/deep.xml 200 warning: XML error") != std::string::npos);
}

TEST_CASE("issue15: sitemap indexes nest at most three deep, never off scope", "[contract]") {
  FakeCrawl c;
  const std::string site = "https://clinic.example";
  c.options.max_sitemaps = 50;
  c.fetcher.Route(site + "/sitemap.xml", FakeReply::Text(Index({site + "/level2.xml"})));
  c.fetcher.Route(site + "/level2.xml", FakeReply::Text(Index({site + "/level3.xml"})));
  c.fetcher.Route(site + "/level3.xml",
                  FakeReply::Text(Index({site + "/level4.xml", "https://evil.example/map.xml"})));
  c.fetcher.Route(site + "/level4.xml", FakeReply::Text(Urlset({site + "/deep"})));
  c.fetcher.Route("https://evil.example/map.xml", FakeReply::Text(Urlset({site + "/evil"})));
  c.Run({site + "/"});
  CHECK(c.fetcher.Requested(site + "/level3.xml"));
  CHECK_FALSE(c.fetcher.Requested(site + "/level4.xml"));
  CHECK_FALSE(c.fetcher.Requested("https://evil.example/map.xml"));
}

TEST_CASE("issue15: sitemaps feed other origins of the clinic, within the URL budget",
          "[contract]") {
  FakeCrawl c;
  const std::string site = "https://www.clinic.example";
  c.options.max_sitemap_urls = 3;
  std::vector<std::string> urls = {"https://otherclinic.example/x"};
  for (int i = 0; i < 10; ++i) urls.push_back("https://clinic.example/s" + std::to_string(i));
  c.fetcher.Route(site + "/sitemap.xml", FakeReply::Text(Urlset(urls)));
  c.fetcher.Fallback(PageNamedAfterUrl);
  const CrawlResult result = c.Run({site + "/"});
  int from_sitemap = 0;
  for (const std::string& url : c.fetcher.Urls()) {
    from_sitemap += url.starts_with("https://clinic.example/s");
  }
  CHECK(from_sitemap == 3);
  CHECK_FALSE(c.fetcher.Requested("https://otherclinic.example/x"));
  CHECK(c.Errors(result).find("1 URL(s) off scope ignored") != std::string::npos);
}

}  // namespace
}  // namespace clinicrank
