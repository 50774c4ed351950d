// The links of one fetched page, resolved and normalized (crawler/url.h):
// `<a href>` targets resolved against `<base href>` (itself resolved against
// the page URL), plus the page's `<link rel=canonical>`. The HTML goes
// through the same decoder and parser as extract (parsers/html/charset.h,
// parsers/html/html.h), so the crawler sees the links extract would.
#ifndef CLINICRANK_CRAWLER_LINKS_H_
#define CLINICRANK_CRAWLER_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct PageLink {
  std::string url;   // absolute, normalized, no fragment
  std::string text;  // anchor text, collapsed
};

struct PageLinks {
  std::vector<PageLink> links;  // in page order, duplicates removed
  std::string canonical_url;    // normalized, or "" when absent or invalid
};

// `page_url` is the URL the body was finally served from (after redirects).
PageLinks ExtractPageLinks(std::string_view body, std::string_view content_type,
                           std::string_view page_url);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_LINKS_H_
