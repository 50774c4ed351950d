// Sitemap <loc> extraction (crawler/sitemap.h) and page links
// (crawler/links.h).
#include <catch2/catch.hpp>

#include "crawler/links.h"
#include "crawler/sitemap.h"
#include "tests/testing/http_server.h"

namespace clinicrank {
namespace {

SitemapLimits Limits(size_t max_locs) {
  SitemapLimits limits;
  limits.max_locs = max_locs;
  return limits;
}

TEST_CASE("ParseSitemap reads <loc> from urlsets and indexes, bounded", "[contract]") {
  const Sitemap set = ParseSitemap(
      "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
      "<url><loc> https://c.example/a?x=1&amp;y=2 </loc></url>"
      "<url><loc><![CDATA[https://c.example/b]]></loc></url>"
      "<url><loc>https://c.example/c</loc></url></urlset>",
      Limits(2));
  CHECK_FALSE(set.is_index);
  CHECK(set.locs == std::vector<std::string>{"https://c.example/a?x=1&y=2", "https://c.example/b"});
  CHECK(set.warnings == std::vector<std::string>{"more than 2 URLs; the rest ignored"});
  const Sitemap index = ParseSitemap(
      "<sitemapindex><sitemap><loc>https://c.example/s1.xml</loc></sitemap></sitemapindex>");
  CHECK(index.is_index);
  CHECK(index.locs == std::vector<std::string>{"https://c.example/s1.xml"});
  CHECK(index.warnings.empty());
  const Sitemap cut = ParseSitemap("<urlset><url><loc>https://c.example/ok</loc></url><url><loc>unterm");
  CHECK(cut.locs == std::vector<std::string>{"https://c.example/ok"});
  REQUIRE(cut.warnings.size() == 1);
  CHECK(cut.warnings[0].starts_with("XML error at line 1"));
}

TEST_CASE("ParseSitemap: namespaces, comments, gzip; extensions are not pages", "[contract]") {
  const std::string xml =
      "<?xml version='1.0' encoding='UTF-8'?>\n<!-- made by a plugin -->"
      "<s:urlset xmlns:s='http://www.sitemaps.org/schemas/sitemap/0.9' "
      "xmlns:image='http://www.google.com/schemas/sitemap-image/1.1' "
      "xmlns:xhtml='http://www.w3.org/1999/xhtml'>"
      "<s:url><s:loc>https://c.example/precios</s:loc><s:lastmod>2024-01-01</s:lastmod>"
      "<image:image><image:loc>https://c.example/foto.jpg</image:loc></image:image>"
      "<xhtml:link rel='alternate' hreflang='en' href='https://c.example/en/prices'/></s:url>"
      "<s:url><s:loc>https://c.example/caf&#233;</s:loc></s:url></s:urlset>";
  const Sitemap plain = ParseSitemap(xml);
  CHECK(plain.locs == std::vector<std::string>{"https://c.example/precios",
                                               "https://c.example/caf\xC3\xA9"});
  CHECK(plain.warnings.empty());
  const Sitemap zipped = ParseSitemap(testing::HttpServer::Gzip(xml));
  CHECK(zipped.locs == plain.locs);
  // Distractors: not a sitemap at all, a loc in another namespace, empty.
  CHECK(ParseSitemap("<html><body><loc>https://c.example/x</loc></body></html>").warnings ==
        std::vector<std::string>{"not a sitemap (root <html>)"});
  CHECK(ParseSitemap("<urlset><url><x:loc xmlns:x='urn:other'>https://c.example/x</x:loc></url>"
                     "</urlset>")
            .locs.empty());
  CHECK(ParseSitemap("").warnings == std::vector<std::string>{"empty sitemap"});
}

// Issue 13 / 15, hostile sitemaps: each ends quickly, in bounded memory,
// with a warning; what came before the problem is kept.
TEST_CASE("issue13: hostile sitemaps are bounded", "[contract]") {
  SECTION("entity expansion (billion laughs) is never performed") {
    std::string dtd = "<!DOCTYPE urlset [<!ENTITY l0 'lol'>";
    for (int i = 1; i <= 12; ++i) {
      dtd += "<!ENTITY l" + std::to_string(i) + " '";
      for (int k = 0; k < 10; ++k) dtd += "&l" + std::to_string(i - 1) + ";";
      dtd += "'>";
    }
    dtd += "]>";
    const Sitemap s = ParseSitemap(dtd +
                                   "<urlset><url><loc>https://c.example/ok</loc></url>"
                                   "<url><loc>https://c.example/&l12;</loc></url></urlset>");
    for (const std::string& loc : s.locs) CHECK(loc.size() < 100);
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0].starts_with("XML error at line 1: "));
    // A declared entity that is harmless is dropped, not expanded either.
    const Sitemap small = ParseSitemap(
        "<!DOCTYPE urlset [<!ENTITY a 'x'>]><urlset><url><loc>https://c.example/p&a;</loc></url>"
        "</urlset>");
    CHECK(small.locs == std::vector<std::string>{"https://c.example/p"});
  }
  SECTION("external entities and DTDs are not loaded") {
    const Sitemap s = ParseSitemap(
        "<?xml version='1.0'?><!DOCTYPE urlset SYSTEM 'http://127.0.0.1:9/evil.dtd' ["
        "<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
        "<urlset><url><loc>https://c.example/&xxe;</loc></url></urlset>");
    for (const std::string& loc : s.locs) {
      CHECK(loc.find("root:") == std::string::npos);
    }
  }
  SECTION("50,000 nested elements stop at libxml2's depth limit") {
    std::string deep = "<sitemapindex>";
    for (int i = 0; i < 50000; ++i) deep += "<sitemap>";
    const Sitemap s = ParseSitemap(deep);
    CHECK(s.locs.empty());
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0].find("XML error") == 0);
  }
  SECTION("50,000 entries stop at the URL cap") {
    std::string many = "<sitemapindex>";
    for (int i = 0; i < 50000; ++i) {
      many += "<sitemap><loc>https://c.example/m" + std::to_string(i) + ".xml</loc></sitemap>";
    }
    many += "</sitemapindex>";
    const Sitemap s = ParseSitemap(many, Limits(500));
    CHECK(s.is_index);
    CHECK(s.locs.size() == 500);
    CHECK(s.warnings == std::vector<std::string>{"more than 500 URLs; the rest ignored"});
  }
  SECTION("a gzip bomb inflates only up to the byte cap") {
    SitemapLimits limits;
    limits.max_bytes = 1 << 20;
    const std::string bomb =
        testing::HttpServer::Gzip("<urlset>" + std::string(8 << 20, ' ') + "</urlset>");
    const Sitemap s = ParseSitemap(bomb, limits);
    CHECK(s.locs.empty());
    CHECK(s.warnings.front() == "larger than 1048576 bytes unzipped; the rest ignored");
  }
  SECTION("a <loc> of a megabyte is skipped") {
    const Sitemap s = ParseSitemap("<urlset><url><loc>https://c.example/" +
                                   std::string(1 << 20, 'a') +
                                   "</loc></url><url><loc>https://c.example/b</loc></url></urlset>");
    CHECK(s.locs == std::vector<std::string>{"https://c.example/b"});
  }
}

TEST_CASE("ExtractPageLinks honours <base href> and finds the canonical URL", "[contract]") {
  const PageLinks links = ExtractPageLinks(
      "<html><head><base href='/es/'><link rel='canonical' href='https://c.example/es/'>"
      "</head><body><a href='precios'>Precios</a> <a href='precios#x'>again</a>"
      "<a href='mailto:a@b.example'>mail</a><a href='/faq'>FAQ</a></body></html>",
      "text/html", "https://c.example/es/index.html");
  REQUIRE(links.links.size() == 2);
  CHECK(links.links[0].url == "https://c.example/es/precios");
  CHECK(links.links[0].text == "Precios");
  CHECK(links.links[1].url == "https://c.example/faq");
  CHECK(links.canonical_url == "https://c.example/es/");
}

}  // namespace
}  // namespace clinicrank
