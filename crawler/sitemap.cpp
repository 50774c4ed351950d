#include "crawler/sitemap.h"

namespace clinicrank {
namespace {

std::string DecodeEntities(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.substr(i).starts_with(entity)) {
          out.push_back(c);
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(text[i]);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

Sitemap ParseSitemap(std::string_view xml, size_t max_locs) {
  Sitemap sitemap;
  sitemap.is_index = xml.find("<sitemapindex") != std::string_view::npos;
  size_t at = 0;
  while (sitemap.locs.size() < max_locs) {
    const size_t open = xml.find("<loc>", at);
    if (open == std::string_view::npos) break;
    const size_t start = open + 5;
    const size_t close = xml.find("</loc>", start);
    if (close == std::string_view::npos) break;
    std::string_view loc = Trim(xml.substr(start, close - start));
    if (loc.starts_with("<![CDATA[") && loc.ends_with("]]>")) {
      loc = Trim(loc.substr(9, loc.size() - 12));
    }
    if (!loc.empty() && loc.size() < 4096) sitemap.locs.push_back(DecodeEntities(loc));
    at = close + 6;
  }
  return sitemap;
}

}  // namespace clinicrank
