// robots.txt parsing and matching against RFC 9309. Each case cites the
// section it checks; [contract] is the RFC, [heuristic] our extensions.
#include "crawler/robots.h"

#include <catch2/catch.hpp>
#include <string>

namespace clinicrank {
namespace {

struct Case {
  const char* robots;
  const char* agent;
  const char* url;
  bool allowed;
};

void CheckCases(const Case* cases, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    const Case& c = cases[i];
    CAPTURE(c.robots, c.agent, c.url);
    CHECK(IsUrlAllowed(ParseRobotsTxt(c.robots), c.agent, c.url) == c.allowed);
  }
}

// RFC 9309 section 2.1: groups; consecutive user-agent lines share a group,
// rules before any user-agent line are ignored.
TEST_CASE("ID_Groups: consecutive user-agent lines share one group", "[contract]") {
  const RobotsTxt robots = ParseRobotsTxt(
      "Disallow: /orphan\n"
      "User-agent: a\n"
      "User-agent: b\n"
      "Disallow: /x\n"
      "User-agent: c\n"
      "Disallow: /y\n");
  REQUIRE(robots.groups.size() == 2);
  CHECK(robots.groups[0].agents == std::vector<std::string>{"a", "b"});
  CHECK(robots.groups[1].agents == std::vector<std::string>{"c"});
  const Case cases[] = {
      {"Disallow: /orphan\nUser-agent: a\nUser-agent: b\nDisallow: /x\n", "b", "http://h/x", false},
      {"Disallow: /orphan\nUser-agent: a\nUser-agent: b\nDisallow: /x\n", "b", "http://h/orphan",
       true},
      {"User-agent: a\nDisallow: /x\nUser-agent: b\nDisallow: /y\n", "a", "http://h/y", true},
      {"User-agent: a\nDisallow: /x\nUser-agent: b\nDisallow: /y\n", "b", "http://h/x", true},
  };
  CheckCases(cases, std::size(cases));
}

// RFC 9309 section 2.2.1: the product token matches case-insensitively; a
// specific group beats `*`; several groups for one agent are merged; with no
// match and no `*`, everything is allowed.
TEST_CASE("ID_UserAgent: most specific group by product token", "[contract]") {
  const char* kFile =
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: ClinicRank\nDisallow: /private\n\n"
      "User-agent: other\nDisallow: /pricing\n\n"
      "User-agent: clinicrank\nDisallow: /admin\n";
  const Case cases[] = {
      {kFile, "clinicrank", "http://h/pricing", true},
      {kFile, "clinicrank", "http://h/private/x", false},
      {kFile, "clinicrank", "http://h/admin", false},  // merged second group
      {kFile, "clinicrank/0.1 (+https://github.com/clinicrank/clinicrank)", "http://h/admin",
       false},
      {kFile, "CLINICRANK", "http://h/about", true},
      {kFile, "somebot", "http://h/about", false},  // falls back to *
      {"User-agent: other\nDisallow: /\n", "clinicrank", "http://h/x", true},
      {"", "clinicrank", "http://h/x", true},
  };
  CheckCases(cases, std::size(cases));
}

// RFC 9309 section 2.2.2: the longest match wins; allow wins a tie; an empty
// Disallow matches nothing; /robots.txt is always allowed.
TEST_CASE("ID_LongestMatch: longest pattern wins, allow wins ties", "[contract]") {
  const Case cases[] = {
      {"User-agent: *\nDisallow: /\nAllow: /pricing\n", "x", "http://h/pricing/knee", true},
      {"User-agent: *\nDisallow: /\nAllow: /pricing\n", "x", "http://h/about", false},
      {"User-agent: *\nAllow: /p\nDisallow: /pricing\n", "x", "http://h/pricing", false},
      {"User-agent: *\nDisallow: /page\nAllow: /page\n", "x", "http://h/page", true},
      {"User-agent: *\nAllow: /page\nDisallow: /page\n", "x", "http://h/page", true},
      {"User-agent: *\nDisallow:\n", "x", "http://h/anything", true},
      {"User-agent: *\nDisallow: /\n", "x", "http://h/robots.txt", true},
      {"User-agent: *\nDisallow: /\n", "x", "http://h", false},
  };
  CheckCases(cases, std::size(cases));
}

// RFC 9309 section 2.2.3: `*` matches any run of octets; `$` anchors the end.
TEST_CASE("ID_SpecialCharacters: * and $", "[contract]") {
  const Case cases[] = {
      {"User-agent: *\nDisallow: /*.pdf$\n", "x", "http://h/a/b.pdf", false},
      {"User-agent: *\nDisallow: /*.pdf$\n", "x", "http://h/a/b.pdf?x=1", true},
      {"User-agent: *\nDisallow: /*.pdf\n", "x", "http://h/a/b.pdf?x=1", false},
      {"User-agent: *\nDisallow: /*?sessionid=\n", "x", "http://h/p?sessionid=3", false},
      {"User-agent: *\nDisallow: /*?sessionid=\n", "x", "http://h/p?id=3", true},
      {"User-agent: *\nDisallow: /fish*\n", "x", "http://h/fishheads", false},
      {"User-agent: *\nDisallow: /$\n", "x", "http://h/", false},
      {"User-agent: *\nDisallow: /$\n", "x", "http://h/page", true},
      {"User-agent: *\nDisallow: /a**b\n", "x", "http://h/axxb", false},
      {"User-agent: *\nDisallow: /a*b$\n", "x", "http://h/ab/cb", false},
      {"User-agent: *\nDisallow: /a*b$\n", "x", "http://h/ab/c", true},
  };
  CheckCases(cases, std::size(cases));
}

// RFC 9309 section 2.1: percent-encoding is normalized on both sides.
TEST_CASE("ID_PercentEncoding: escapes normalized before matching", "[contract]") {
  CHECK(NormalizePercentEncoding("/%7Efoo") == "/~foo");
  CHECK(NormalizePercentEncoding("/a%2fb") == "/a%2Fb");
  CHECK(NormalizePercentEncoding("/caf\xC3\xA9") == "/caf%C3%A9");
  CHECK(NormalizePercentEncoding("/100%") == "/100%");
  const Case cases[] = {
      {"User-agent: *\nDisallow: /%7Efoo\n", "x", "http://h/~foo/bar", false},
      {"User-agent: *\nDisallow: /~foo\n", "x", "http://h/%7efoo", false},
      {"User-agent: *\nDisallow: /a%2fb\n", "x", "http://h/a%2Fb", false},
      {"User-agent: *\nDisallow: /a%2fb\n", "x", "http://h/a/b", true},
      {"User-agent: *\nDisallow: /tratamiento-rodilla-ñ\n", "x",
       "http://h/tratamiento-rodilla-%C3%B1", false},
      {"User-agent: *\nDisallow: /precios\n", "x", "http://h/precios%20y%20costos", false},
  };
  CheckCases(cases, std::size(cases));
}

// RFC 9309 section 2.2: key names are case-insensitive; comments, blank lines,
// CR/CRLF line ends and a byte-order mark are tolerated; junk lines skipped.
TEST_CASE("ID_LineSyntax: tolerant parsing", "[contract]") {
  const RobotsTxt robots = ParseRobotsTxt(
      "\xEF\xBB\xBFuser-AGENT: clinicrank # us\r\n"
      "DISALLOW: /a # comment\r"
      "this is not a directive\n"
      "Allow : /a/b\n"
      "Crawl-delay: 2.5\n"
      "Sitemap: https://h/sitemap.xml\n");
  REQUIRE(robots.groups.size() == 1);
  CHECK(robots.groups[0].agents == std::vector<std::string>{"clinicrank"});
  REQUIRE(robots.groups[0].rules.size() == 2);
  CHECK(robots.groups[0].rules[0].pattern == "/a");
  CHECK_FALSE(robots.groups[0].rules[0].allow);
  CHECK(robots.groups[0].rules[1].allow);
  REQUIRE(robots.groups[0].crawl_delay.has_value());
  CHECK(*robots.groups[0].crawl_delay == Approx(2.5));
  CHECK(robots.sitemaps == std::vector<std::string>{"https://h/sitemap.xml"});
}

// Extensions (not RFC 9309): Crawl-delay per group, Sitemap anywhere,
// misspelled keys.
TEST_CASE("Extension_CrawlDelayAndSitemaps", "[heuristic]") {
  const RobotsTxt robots = ParseRobotsTxt(
      "Sitemap: https://h/a.xml\n"
      "User-agent: *\nCrawl-delay: 7\nDisalow: /x\n"
      "User-agent: clinicrank\nCrawl-delay: 3\n"
      "Sitemap: https://h/b.xml\n");
  CHECK(PolicyFor(robots, "clinicrank").crawl_delay == 3.0);
  CHECK(PolicyFor(robots, "other").crawl_delay == 7.0);
  CHECK(robots.sitemaps.size() == 2);
  CHECK_FALSE(IsUrlAllowed(robots, "other", "http://h/x"));
  CHECK_FALSE(PolicyFor(ParseRobotsTxt("User-agent: *\nCrawl-delay: soon\n"), "x").crawl_delay);
}

// RFC 9309 section 2.5: at least 500 KiB are parsed; beyond our cap the file
// is cut. Section 2.2.3 patterns on hostile input must stay fast.
TEST_CASE("ID_Limits: size cap and no backtracking blow-up", "[contract]") {
  std::string big = "User-agent: *\n";
  while (big.size() < kMaxRobotsBytes) big += "Disallow: /filler\n";
  big += "Disallow: /late\n";
  const RobotsTxt robots = ParseRobotsTxt(big);
  CHECK(robots.truncated);
  CHECK(IsUrlAllowed(robots, "x", "http://h/late"));

  std::string pattern = "/";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  pattern += "b";
  const std::string path = "/" + std::string(5000, 'a');
  const RobotsTxt hostile = ParseRobotsTxt("User-agent: *\nDisallow: " + pattern + "\n");
  CHECK(IsUrlAllowed(hostile, "x", "http://h" + path));  // terminates, no match
}

TEST_CASE("PathAndQuery takes the path and query of a URL", "[contract]") {
  CHECK(PathAndQuery("https://h.example") == "/");
  CHECK(PathAndQuery("https://h.example?x=1") == "/?x=1");
  CHECK(PathAndQuery("https://h.example:8080/a/b?c=d#frag") == "/a/b?c=d");
  CHECK(ProductToken("  Googlebot-News/2.1") == "googlebot-news");
}

}  // namespace
}  // namespace clinicrank
