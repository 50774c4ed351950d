// The <loc> URLs of a sitemap (sitemaps.org protocol 0.9): page URLs from a
// <urlset>, or further sitemaps from a <sitemapindex>, read with libxml2's
// streaming reader so namespaces, CDATA, comments and character references
// are handled as XML says. Gzipped sitemaps (.xml.gz, whatever their
// Content-Type) are recognised by their magic bytes and inflated.
//
// Sitemaps are untrusted, so everything is bounded and nothing reaches out:
// no network (XML_PARSE_NONET), no external DTD or entity loading, no entity
// substitution (a declared entity is dropped, never expanded: "billion
// laughs" costs nothing), libxml2's default depth and size limits (no
// XML_PARSE_HUGE), at most `max_bytes` of XML after inflating and at most
// `max_locs` URLs. Only <loc> children of <url>/<sitemap> in the root's own
// namespace count, so <image:loc> and other extensions are not taken for
// pages. Never fails: what was read before a problem is kept, and the
// problem is named in `warnings`.
#ifndef CLINICRANK_CRAWLER_SITEMAP_H_
#define CLINICRANK_CRAWLER_SITEMAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct SitemapLimits {
  size_t max_locs = 50000;             // Default: 50,000 (the protocol's own limit).
  size_t max_bytes = 10 * 1024 * 1024; // XML read, after gunzip. Default: 10 MiB.
  size_t max_loc_length = 4096;        // Longer <loc>s are skipped. Default: 4096.
};

struct Sitemap {
  bool is_index = false;                // <sitemapindex>: `locs` are sitemaps
  std::vector<std::string> locs;        // trimmed, in document order
  std::vector<std::string> warnings;    // e.g. "not a sitemap (root <html>)"
};

Sitemap ParseSitemap(std::string_view bytes, const SitemapLimits& limits = {});

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_SITEMAP_H_
