// The <loc> URLs of a sitemap (sitemaps.org protocol 0.9): either page URLs
// (<urlset>) or further sitemaps (<sitemapindex>). A string scan rather
// than an XML parser: sitemaps are untrusted and we only need <loc>. Gzipped
// sitemaps (.xml.gz served as application/gzip) are not read.
#ifndef CLINICRANK_CRAWLER_SITEMAP_H_
#define CLINICRANK_CRAWLER_SITEMAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct Sitemap {
  bool is_index = false;          // <sitemapindex>: `locs` are sitemaps
  std::vector<std::string> locs;  // entity-decoded, trimmed, at most max_locs
};

Sitemap ParseSitemap(std::string_view xml, size_t max_locs);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_SITEMAP_H_
