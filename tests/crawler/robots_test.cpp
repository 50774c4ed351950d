// robots.txt parsing and matching against RFC 9309. Each case cites the
// section it checks; ID_ cases are the RFC, GoogleOnly_ the behaviours of
// google/robotstxt that the RFC leaves open, Extension_ our additions.
// Tables carry distractors: inputs that look like a match and must not be.
#include "crawler/robots.h"

#include <catch2/catch.hpp>
#include <string>

namespace clinicrank {
namespace {

struct Case {
  std::string robots;
  std::string agent;
  std::string url;
  bool allowed;
};

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.robots, c.agent, c.url);
    CHECK(IsUrlAllowed(ParseRobotsTxt(c.robots), c.agent, c.url) == c.allowed);
  }
}

// RFC 9309 section 2.1: groups; consecutive user-agent lines share a group,
// rules before any user-agent line are ignored, a user-agent line after a
// rule starts a new group, and groups for one agent are merged.
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
  const std::string file =
      "allow: /shared/\n\n"
      "user-agent: AlphaBot\ndisallow: /\nallow: /one/\n"
      "user-agent: BetaBot\ndisallow: /\nallow: /two/\n\n\n"
      "allow: /three/\n"
      "user-agent: GammaBot\n\n"
      "user-agent: AlphaBot\nallow: /four/\ndisallow: /\n";
  CheckCases({
      {file, "AlphaBot", "http://h/one/a", true},
      {file, "AlphaBot", "http://h/four/a", true},  // its second group, merged
      {file, "AlphaBot", "http://h/two/a", false},
      {file, "BetaBot", "http://h/two/a", true},
      {file, "BetaBot", "http://h/three/a", true},  // still BetaBot's group
      {file, "BetaBot", "http://h/four/a", false},
      {file, "GammaBot", "http://h/four/a", true},  // shares AlphaBot's last group
      // Distractors: the rule before any group applies to nobody.
      {file, "AlphaBot", "http://h/shared/", false},
      {file, "BetaBot", "http://h/shared/", false},
      {file, "GammaBot", "http://h/shared/", false},
  });
}

// RFC 9309 section 2.1: only allow/disallow lines end a run of user-agent
// lines; sitemap, crawl-delay and unknown lines do not.
TEST_CASE("ID_Groups: other lines do not close a group", "[contract]") {
  CheckCases({
      {"User-agent: AlphaBot\nSitemap: https://h/map.xml\nUser-agent: *\nDisallow: /\n",
       "AlphaBot", "http://h/", false},
      {"User-agent: AlphaBot\nSitemap: https://h/map.xml\nUser-agent: *\nDisallow: /\n",
       "OtherBot", "http://h/", false},
      {"User-agent: AlphaBot\nNo-such-key: x\nUser-agent: *\nDisallow: /\n", "AlphaBot",
       "http://h/", false},
      {"User-agent: AlphaBot\nCrawl-delay: 5\nUser-agent: *\nDisallow: /\n", "AlphaBot",
       "http://h/", false},
      // Distractor: a rule does close it.
      {"User-agent: AlphaBot\nAllow: /\nUser-agent: *\nDisallow: /\n", "AlphaBot", "http://h/",
       true},
  });
}

// RFC 9309 section 2.1 / 2.2: key names are case-insensitive.
TEST_CASE("ID_LineSyntax: keys in any case", "[contract]") {
  for (const char* file : {"USER-AGENT: AlphaBot\nALLOW: /ok/\nDISALLOW: /\n",
                           "user-agent: AlphaBot\nallow: /ok/\ndisallow: /\n",
                           "uSeR-aGeNt: AlphaBot\naLlOw: /ok/\ndIsAlLoW: /\n"}) {
    CheckCases({{file, "AlphaBot", "http://h/ok/page", true},
                {file, "AlphaBot", "http://h/other", false}});
  }
}

// RFC 9309 section 2.2: lines end at CR, LF or CRLF; comments; blanks; a
// byte-order mark (or the start of one) at the top is skipped; lines that
// are not directives are skipped; a missing colon is accepted between
// exactly two words (google/robotstxt).
TEST_CASE("ID_LineSyntax: line ends, comments, BOM, missing colon", "[contract]") {
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

  const std::string body = "User-agent: AlphaBot\nAllow: /keep\nDisallow: /\n";
  for (const std::string& prefix : {std::string("\xEF\xBB\xBF"), std::string("\xEF\xBB"),
                                    std::string("\xEF")}) {
    CAPTURE(prefix.size());
    CheckCases({{prefix + body, "AlphaBot", "http://h/x", false},
                {prefix + body, "AlphaBot", "http://h/keep", true}});
  }
  for (const char* ending : {"\n", "\r\n", "\r"}) {
    std::string file = std::string("User-agent: AlphaBot") + ending + ending + "Allow: /keep" +
                       ending + "Disallow: /";
    CAPTURE(file);
    CheckCases({{file, "AlphaBot", "http://h/x", false}, {file, "AlphaBot", "http://h/keep", true}});
  }
  CheckCases({
      {"user-agent AlphaBot\ndisallow /\n", "AlphaBot", "http://h/x/y", false},
      {"User-agent: AlphaBot\n# Disallow: /\nDisallow: /x#y\nAllow: /\n", "AlphaBot",
       "http://h/x", false},
      {"User-agent: AlphaBot\n# Disallow: /\nDisallow: /x#y\nAllow: /\n", "AlphaBot",
       "http://h/a", true},
      // Distractors: unknown keys, three words without a colon, a broken BOM
      // (the first line is junk, so the rule after it belongs to no group).
      {"foo: AlphaBot\nbar: /\n", "AlphaBot", "http://h/x/y", true},
      {"user-agent AlphaBot\ndisallow / now\n", "AlphaBot", "http://h/x/y", true},
      {"\xEF\x11\xBFUser-agent: AlphaBot\nDisallow: /\n", "AlphaBot", "http://h/x", true},
  });
}

// RFC 9309 section 2.2.1: the product token matches case-insensitively; a
// specific group beats `*`; with no match and no `*`, everything is allowed;
// a user-agent value is read up to its first character outside [A-Za-z_-].
TEST_CASE("ID_UserAgent: most specific group by product token", "[contract]") {
  const std::string file =
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: ClinicRank\nDisallow: /private\n\n"
      "User-agent: other\nDisallow: /pricing\n\n"
      "User-agent: clinicrank\nDisallow: /admin\n";
  CheckCases({
      {file, "clinicrank", "http://h/pricing", true},
      {file, "clinicrank", "http://h/private/x", false},
      {file, "clinicrank", "http://h/admin", false},  // merged second group
      {file, "clinicrank/0.1 (+https://github.com/clinicrank/clinicrank)", "http://h/admin",
       false},
      {file, "CLINICRANK", "http://h/about", true},
      {file, "somebot", "http://h/about", false},  // falls back to *
      {"User-agent: other\nDisallow: /\n", "clinicrank", "http://h/x", true},
      {"", "clinicrank", "http://h/x", true},
      {"User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "Foo", "http://h/x/y", true},
      {"User-Agent: foo bar\nAllow: /x/\nDisallow: /\n", "foo", "http://h/a/b", false},
      {"User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n", "FOO", "http://h/x/y", true},
      {"User-Agent: * # everyone\nDisallow: /\n", "foo", "http://h/a", false},
      {"user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n", "FooBot", "http://h/x",
       false},
      {"user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n", "BarBot", "http://h/x", true},
      // Distractors: "Foo Bar" is not a product token, "*bot" is not "*".
      {"User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\nAllow: /x/\nDisallow: /\n", "Foo Bar",
       "http://h/x/y", false},
      {"User-Agent: *bot\nDisallow: /\n", "foo", "http://h/a", true},
      {"user-agent: FooBot\ndisallow: /\n", "", "http://h/a", true},
  });
  CHECK(IsValidProductToken("Foobot-Bar"));
  CHECK(IsValidProductToken("Foo_Bar"));
  CHECK_FALSE(IsValidProductToken(""));
  CHECK_FALSE(IsValidProductToken("Foobot/2.1"));
  CHECK_FALSE(IsValidProductToken("Foobot Bar"));
  CHECK_FALSE(IsValidProductToken(" Foobot "));
  CHECK_FALSE(IsValidProductToken("Foobot*"));
  CHECK_FALSE(IsValidProductToken("\xE3\x83\x84"));
}

// RFC 9309 section 2.2.2: the longest match wins; allow wins a tie; an empty
// rule matches nothing; no matching rule allows; /robots.txt is always
// allowed; matching is case-sensitive.
TEST_CASE("ID_LongestMatch: longest pattern wins, allow wins ties", "[contract]") {
  const std::string page = "http://h/x/page.html";
  CheckCases({
      {"User-agent: *\nDisallow: /\nAllow: /pricing\n", "x", "http://h/pricing/knee", true},
      {"User-agent: *\nDisallow: /\nAllow: /pricing\n", "x", "http://h/about", false},
      {"user-agent: a\ndisallow: /x/page.html\nallow: /x/\n", "a", page, false},
      {"user-agent: a\nallow: /x/page.html\ndisallow: /x/\n", "a", page, true},
      {"user-agent: a\nallow: /x/page.html\ndisallow: /x/\n", "a", "http://h/x/", false},
      {"user-agent: a\ndisallow: \nallow: \n", "a", page, true},
      {"user-agent: a\ndisallow: /\nallow: /\n", "a", page, true},
      {"user-agent: a\ndisallow: /x/page.html\nallow: /x/page.html\n", "a", page, true},
      {"user-agent: a\ndisallow: /x\nallow: /x/\n", "a", "http://h/x", false},
      {"user-agent: a\ndisallow: /x\nallow: /x/\n", "a", "http://h/x/", true},
      {"user-agent: a\nallow: /page\ndisallow: /*.html\n", "a", "http://h/page.html", false},
      {"user-agent: a\nallow: /page\ndisallow: /*.html\n", "a", "http://h/page", true},
      {"user-agent: a\nallow: /x/page.\ndisallow: /*.html\n", "a", page, true},
      {"user-agent: a\nallow: /x/page.\ndisallow: /*.html\n", "a", "http://h/x/y.html", false},
      {"User-agent: *\nDisallow: /x/\nUser-agent: a\nDisallow: /y/\n", "a", "http://h/x/page",
       true},
      {"User-agent: *\nDisallow: /x/\nUser-agent: a\nDisallow: /y/\n", "a", "http://h/y/page",
       false},
      {"user-agent: a\nallow: /p\ndisallow: /\n", "a", "http://h/page", true},
      {"user-agent: a\nallow: /folder\ndisallow: /folder\n", "a", "http://h/folder/page", true},
      {"user-agent: a\nallow: /$\ndisallow: /\n", "a", "http://h/", true},
      {"user-agent: a\nallow: /$\ndisallow: /\n", "a", "http://h/page.html", false},
      {"User-agent: *\nDisallow: /\n", "x", "http://h/robots.txt", true},
      {"User-agent: *\nDisallow: /\n", "x", "http://h", false},
      {"User-agent: *\nDisallow: /\n", "x", "", false},
      // Distractors: case matters in paths.
      {"user-agent: a\ndisallow: /x/\n", "a", "http://h/x/y", false},
      {"user-agent: a\ndisallow: /X/\n", "a", "http://h/x/y", true},
      {"user-agent: a\ndisallow: /\nallow: /fish\n", "a", "http://h/Fish.asp", false},
      {"user-agent: a\ndisallow: /\nallow: /fish\n", "a", "http://h/catfish", false},
      {"user-agent: a\ndisallow: /\nallow: /fish\n", "a", "http://h/?id=fish", false},
  });
}

// RFC 9309 section 2.2.3: `*` matches any run of octets; `$` at the end
// anchors; `#` starts a comment.
TEST_CASE("ID_SpecialCharacters: * and $", "[contract]") {
  CheckCases({
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
      {"User-agent: a\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", "a", "http://h/foo/bar/quz",
       false},
      {"User-agent: a\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", "a", "http://h/foo//quz",
       true},
      {"User-agent: a\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "a", "http://h/foo/bar",
       false},
      {"User-agent: a\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "a", "http://h/foo/bar/",
       true},
      {"user-agent: a\ndisallow: /\nallow: /*.php$\n", "a", "http://h/folder/filename.php", true},
      {"user-agent: a\ndisallow: /\nallow: /fish*.php\n", "a",
       "http://h/fishheads/catfish.php?parameters", true},
      // Distractors: `$` only anchors at the end; the anchored form refuses
      // anything after it.
      {"user-agent: a\ndisallow: /\nallow: /*.php$\n", "a", "http://h/filename.php5", false},
      {"user-agent: a\ndisallow: /\nallow: /*.php$\n", "a", "http://h/filename.php/", false},
      {"user-agent: a\ndisallow: /\nallow: /*.php$\n", "a", "http://h/filename?php", false},
      {"User-agent: *\nDisallow: /a$b\n", "x", "http://h/ab", true},
      {"User-agent: *\nDisallow: /a$b\n", "x", "http://h/a$b", false},
  });
}

// RFC 9309 section 2.2.2: rules and URLs are compared in their percent-
// encoded UTF-8 forms. The rule side is encoded when parsed; the URL comes
// encoded as sent (the crawler's always is); escapes are never decoded.
TEST_CASE("ID_Encoding: percent-encoded UTF-8 on both sides", "[contract]") {
  CHECK(EncodeRobotsPath("/caf\xC3\xA9") == "/caf%C3%A9");
  CHECK(EncodeRobotsPath("/a%2fb") == "/a%2Fb");
  CHECK(EncodeRobotsPath("%aa") == "%AA");
  CHECK(EncodeRobotsPath("/100%") == "/100%");
  CHECK(EncodeRobotsPath("/a b") == "/a%20b");
  CHECK(EncodeRobotsPath("http://www.example.com") == "http://www.example.com");
  const std::string kana = "\xE3\x83\x84";  // ツ
  CheckCases({
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n", "a",
       "http://h/foo/bar?qux=taz&baz=http://foo.bar?tar&par", true},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/" + kana + "\n", "a",
       "http://h/foo/bar/%E3%83%84", true},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", "a",
       "http://h/foo/bar/%E3%83%84", true},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%e3%83%84\n", "a",
       "http://h/foo/bar/%E3%83%84", true},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", "a",
       "http://h/foo/bar/%e3%83%84", true},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n", "a",
       "http://h/foo/bar/%62%61%7A", true},
      {"User-agent: *\nDisallow: /tratamiento-rodilla-ñ\n", "x",
       "http://h/tratamiento-rodilla-%C3%B1", false},
      {"User-agent: *\nDisallow: /a%2fb\n", "x", "http://h/a%2Fb", false},
      {"User-agent: *\nDisallow: /precios\n", "x", "http://h/precios%20y%20costos", false},
      // Distractors: a raw (unencoded) URL octet is not its escape; an
      // escaped unreserved character is not the character; %2F is not '/'.
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/" + kana + "\n", "a",
       "http://h/foo/bar/" + kana, false},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", "a", "http://h/foo/bar/" + kana,
       false},
      {"User-agent: a\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n", "a", "http://h/foo/bar/baz",
       false},
      {"User-agent: *\nDisallow: /a%2fb\n", "x", "http://h/a/b", true},
      {"User-agent: *\nDisallow: /x%2A\n", "x", "http://h/xyz", true},
  });
}

// google/robotstxt's path extraction: scheme, authority and fragment go;
// parameters and query stay; the result always starts with "/".
TEST_CASE("PathAndQuery takes the path, parameters and query of a URL", "[contract]") {
  const std::pair<const char*, const char*> cases[] = {
      {"", "/"},
      {"https://h.example", "/"},
      {"https://h.example/", "/"},
      {"https://h.example?x=1", "/?x=1"},
      {"https://h.example:8080/a/b?c=d#frag", "/a/b?c=d"},
      {"http://www.example.com/a/b?c=http://d.e/", "/a/b?c=http://d.e/"},
      {"example.com", "/"},
      {"example.com/a/", "/a/"},
      {"example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f"},
      {"a", "/"},
      {"a/", "/"},
      {"/a", "/a"},
      {"a/b", "/b"},
      {"example.com?a", "/?a"},
      {"example.com/a;b#c", "/a;b"},
      {"//a/b/c", "/b/c"},
      {"http://h.example#x/y", "/"},
  };
  for (const auto& [url, path] : cases) {
    CAPTURE(url);
    CHECK(PathAndQuery(url) == path);
  }
  CHECK(ProductToken("  Googlebot-News/2.1") == "googlebot-news");
}

// GoogleOnly: allowing ".../index.html" allows the directory itself.
TEST_CASE("GoogleOnly_IndexHtmlIsTheDirectory", "[heuristic]") {
  const std::string file = "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n";
  CheckCases({
      {file, "a", "http://h/allowed-slash/", true},
      {file, "a", "http://h/allowed-slash/index.html", true},
      // Distractors: not a prefix match of the directory, nor a near name.
      {file, "a", "http://h/allowed-slash/index.htm", false},
      {file, "a", "http://h/allowed-slash/other", false},
      {file, "a", "http://h/anyother-url", false},
  });
}

// GoogleOnly: a line is cut after kMaxRobotsLineBytes; the cut rule stands.
TEST_CASE("GoogleOnly_LongLinesAreCut", "[heuristic]") {
  const std::string lead = "disallow: ";
  std::string path = "/x/";
  while (lead.size() + path.size() < kMaxRobotsLineBytes - 1) path += 'a';
  const std::string file = "user-agent: a\n" + lead + path + "/qux\n";
  CheckCases({
      {file, "a", "http://h/fux", true},
      {file, "a", "http://h" + path + "/fux", false},  // matches the cut rule
  });
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
  for (const char* typo : {"dissallow", "dissalow", "disalow", "diasllow", "disallaw"}) {
    CAPTURE(typo);
    CHECK_FALSE(
        IsUrlAllowed(ParseRobotsTxt(std::string("User-agent: *\n") + typo + ": /x\n"), "a",
                     "http://h/x"));
  }
}

// RFC 9309 section 2.5: at least 500 KiB are parsed; beyond our cap the file
// is cut. Section 2.2.3 patterns on hostile input must stay fast.
TEST_CASE("ID_Limits: size cap and no backtracking blow-up", "[contract]") {
  std::string big = "User-agent: *\nDisallow: /early\n";
  while (big.size() < kMaxRobotsBytes) big += "Disallow: /filler\n";
  big += "Disallow: /late\n";
  const RobotsTxt robots = ParseRobotsTxt(big);
  CHECK(robots.truncated);
  CHECK(IsUrlAllowed(robots, "x", "http://h/late"));
  CHECK_FALSE(IsUrlAllowed(robots, "x", "http://h/early"));

  std::string pattern = "/";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  pattern += "b";
  const std::string path = "/" + std::string(5000, 'a');
  const RobotsTxt hostile = ParseRobotsTxt("User-agent: *\nDisallow: " + pattern + "\n");
  CHECK(IsUrlAllowed(hostile, "x", "http://h" + path));  // terminates, no match
}

TEST_CASE("issue13: a 50 MB robots.txt is parsed up to 500 KiB, bounded", "[contract]") {
  std::string huge = "User-agent: *\nDisallow: /private\n";
  huge.reserve(50u << 20);
  while (huge.size() < (50u << 20)) huge += "Disallow: /" + std::string(80, 'z') + "\n";
  const RobotsTxt robots = ParseRobotsTxt(huge);
  CHECK(robots.truncated);
  CHECK_FALSE(IsUrlAllowed(robots, "clinicrank", "http://h/private/x"));
  CHECK(IsUrlAllowed(robots, "clinicrank", "http://h/public"));
  size_t rules = 0;
  for (const RobotsGroup& group : robots.groups) rules += group.rules.size();
  CHECK(rules < kMaxRobotsBytes / 80);
}

}  // namespace
}  // namespace clinicrank
