#include "crawler/links.h"

#include <unordered_set>

#include "crawler/url.h"
#include "parsers/html/charset.h"
#include "parsers/html/html.h"

namespace clinicrank {

PageLinks ExtractPageLinks(std::string_view body, std::string_view content_type,
                           std::string_view page_url) {
  const DecodedText text = DecodeToUtf8(body, content_type);
  const Document document = ParseHtml(text.utf8);
  std::string base(page_url);
  if (!document.base_href.empty()) {
    if (auto resolved = ResolveUrl(page_url, document.base_href)) base = *resolved;
  }
  PageLinks out;
  if (!document.canonical_url.empty()) {
    out.canonical_url = ResolveUrl(base, document.canonical_url).value_or("");
  }
  std::unordered_set<std::string> seen;
  for (const Link& link : document.links) {
    auto url = ResolveUrl(base, link.href);
    if (!url || !seen.insert(*url).second) continue;
    out.links.push_back({std::move(*url), link.text});
  }
  return out;
}

}  // namespace clinicrank
