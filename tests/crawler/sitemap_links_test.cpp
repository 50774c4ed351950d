// Sitemap <loc> extraction (crawler/sitemap.h) and page links
// (crawler/links.h).
#include <catch2/catch.hpp>

#include "crawler/links.h"
#include "crawler/sitemap.h"

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
