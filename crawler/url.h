// URL resolution, normalization and scope, through libcurl's URL API (CURLU),
// so the crawler and libcurl agree on what a URL means.
//
// Normal form: http or https only; host lower-case; default port dropped;
// dot segments resolved; fragment dropped; spaces, controls and non-ASCII
// bytes %-encoded; session-id and tracking parameters (PHPSESSID, jsessionid,
// sid, utm_*, gclid, fbclid, …) removed, since they make one page look like
// many (a classic crawler trap).
#ifndef CLINICRANK_CRAWLER_URL_H_
#define CLINICRANK_CRAWLER_URL_H_

#include <optional>
#include <string>
#include <string_view>

namespace clinicrank {

// Resolves `href` (as written in a page) against the absolute `base` and
// normalizes it. nullopt for mailto:, tel:, javascript:, data:, other
// schemes, and anything CURLU cannot parse.
std::optional<std::string> ResolveUrl(std::string_view base, std::string_view href);

// Normalizes an absolute URL; a bare host ("clinic.example/x") gets https://.
std::optional<std::string> NormalizeUrl(std::string_view url);

struct UrlParts {
  std::string scheme;  // "http" or "https"
  std::string host;    // lower-case
  std::string port;    // "" when default
  std::string path;    // starts with "/"
  std::string query;   // without "?", "" when none
};

// REQUIRES: `url` is normalized (from ResolveUrl/NormalizeUrl).
std::optional<UrlParts> SplitUrl(std::string_view url);

// "scheme://host[:port]": robots.txt applies per origin (RFC 9309 section
// 2.3), and the crawler treats each origin as one site (crawler/scope.h).
std::string Origin(std::string_view url);

// The same for a normalized URL, by string slicing (no parse): the part
// before the path. REQUIRES: `url` is normalized (ResolveUrl/NormalizeUrl).
std::string_view OriginOf(std::string_view url);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_URL_H_
