// Sitemaps (crawler/sitemap.h, sitemaps.org 0.9) and the links of a page as
// the crawler reads them (crawler/links.h). Input: a first line used as the
// page URL, then the document. Invariants: at most max_locs locations, each
// trimmed; every link is an absolute http(s) URL without a fragment.
#include <cstdint>
#include <string>

#include "crawler/links.h"
#include "crawler/sitemap.h"
#include "crawler/url.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  std::string_view rest = fuzz::AsText(data, size);
  const std::string page_url(fuzz::TakeLine(&rest));
  constexpr size_t kMaxLocs = 50;
  SitemapLimits limits;
  limits.max_locs = kMaxLocs;
  const Sitemap sitemap = ParseSitemap(rest, limits);
  fuzz::Check(sitemap.locs.size() <= kMaxLocs, "more locations than max_locs");
  for (const std::string& loc : sitemap.locs) {
    fuzz::Check(!loc.empty() && loc.front() != ' ' && loc.back() != ' ', "loc not trimmed");
    ResolveUrl(page_url, loc);
  }
  if (rest.size() > 200000) return 0;
  const PageLinks links = ExtractPageLinks(rest, "text/html", page_url);
  for (const PageLink& link : links.links) {
    fuzz::Check(link.url.starts_with("http://") || link.url.starts_with("https://"),
                "a link that is not http(s)");
    fuzz::Check(link.url.find('#') == std::string::npos, "a link with a fragment");
  }
  return 0;
}
