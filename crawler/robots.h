// robots.txt parsing and matching per RFC 9309 (Robots Exclusion Protocol).
//
// A file is a list of groups; each group starts with one or more consecutive
// `user-agent` lines and holds `allow`/`disallow` rules; a user-agent line
// after a rule starts the next group, other lines (sitemap, crawl-delay,
// unknown keys) do not end one, and rules before the first user-agent line
// belong to no group (section 2.1). A crawler obeys the groups whose agent
// equals its product token (case-insensitive, section 2.2.1), merged when
// there are several; otherwise the `*` groups; otherwise everything is
// allowed. Among the rules of that merged group the longest matching pattern
// wins, and `allow` wins a tie (section 2.2.2), so
//   Disallow: /
//   Allow: /pricing
// allows /pricing/knee but nothing else. Patterns support `*` (any run of
// octets) and a final `$` (end of path) (section 2.2.3).
//
// Encoding (section 2.2.2): both sides are compared in their percent-encoded
// UTF-8 form. Rule paths are encoded when parsed: octets outside US-ASCII
// (and spaces and controls) become %XX, and %xx escapes get upper-case hex.
// The URL must arrive percent-encoded as sent on the wire (the crawler's
// URLs always are, crawler/url.h); its escapes get upper-case hex, and a raw
// non-ASCII octet in it is compared as it is, so "/ツ" does not match a rule
// for "/ツ" (encoded "/%E3%83%84"), exactly as google/robotstxt answers.
// Escapes are never decoded: "%62%61%7A" matches "%62%61%7A", not "baz".
// /robots.txt itself is always allowed.
//
// Line syntax, following google/robotstxt where the RFC is silent: lines end
// at CR, LF or CRLF; `#` starts a comment; keys are case-insensitive and
// matched by prefix; a missing colon is accepted when the line is exactly
// two words ("disallow /"); a user-agent value is read up to its first
// character outside [A-Za-z_-] ("Foo Bar" names "foo"), and "*" followed by
// nothing or a space is the global group; a byte-order mark, or a prefix of
// one, at the start is skipped; lines past kMaxRobotsLineBytes are cut.
//
// Deviations and extensions, all common practice:
// - `Crawl-delay` (not in RFC 9309) is exposed per group; the crawler uses
//   it to lengthen, never shorten, its own delay.
// - `Sitemap` lines (not in RFC 9309, from sitemaps.org) are collected from
//   anywhere in the file.
// - Common misspellings are accepted: "useragent", "user agent", "dissallow",
//   "dissalow", "disalow", "diasllow", "disallaw", "site-map".
// - Google-specific, kept for compatibility: `Allow: /dir/index.html` (or
//   .htm) also allows "/dir/" itself.
// - Only the first kMaxRobotsBytes are parsed (section 2.5 requires at least
//   500 KiB); the rest is ignored. The matcher is iterative with O(|pattern|
//   x |path|) worst case, so hostile patterns like "/*a*a*a*a*b" cannot blow
//   up.
#ifndef CLINICRANK_CRAWLER_ROBOTS_H_
#define CLINICRANK_CRAWLER_ROBOTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

inline constexpr size_t kMaxRobotsBytes = 500 * 1024;
// google/robotstxt's line cap (8 x 2083 bytes, less its NUL).
inline constexpr size_t kMaxRobotsLineBytes = 8 * 2083 - 1;

struct RobotsRule {
  bool allow = false;
  std::string pattern;  // EncodeRobotsPath form, never empty
};

struct RobotsGroup {
  std::vector<std::string> agents;  // lower-cased product tokens, or "*"
  std::vector<RobotsRule> rules;
  std::optional<double> crawl_delay;  // seconds
};

struct RobotsTxt {
  std::vector<RobotsGroup> groups;
  std::vector<std::string> sitemaps;  // as written, in file order
  bool truncated = false;             // the file was longer than kMaxRobotsBytes
};

// The rules one agent obeys, with the crawl delay of its groups.
struct RobotsPolicy {
  std::vector<RobotsRule> rules;
  std::optional<double> crawl_delay;
};

// Never fails: lines that are not directives are skipped.
RobotsTxt ParseRobotsTxt(std::string_view body);

// "clinicrank/0.1 (+https://…)" → "clinicrank": the leading run of
// letters, '-' and '_' (section 2.2.1's identifier), lower-cased.
std::string ProductToken(std::string_view user_agent);

// True for a product token a crawler may obey: letters, '-' and '_' only,
// not empty ("Foobot-Bar" yes; "Foobot/2.1", "Foo Bar", "" no).
bool IsValidProductToken(std::string_view token);

// The merged groups for `agent`: a product token ("clinicrank"), or a
// user-agent string that starts with one followed by '/' ("clinicrank/0.1
// (+https://…)"). Anything else ("Foo Bar", "") matches only the `*`
// groups, as in google/robotstxt.
RobotsPolicy PolicyFor(const RobotsTxt& robots, std::string_view agent);

// REQUIRES: `path` is the URL's path plus query ("/a/b?c=d"), %-encoded as
// sent on the wire; "" is treated as "/".
bool IsPathAllowed(const RobotsPolicy& policy, std::string_view path);

// Convenience for a full URL ("https://host/path?q#frag"): the path and
// query are taken from it and the fragment dropped.
bool IsUrlAllowed(const RobotsTxt& robots, std::string_view agent, std::string_view url);

// The path, parameters and query of a URL, always starting with "/": scheme,
// authority and fragment dropped; "/" when there is no path or no URL.
// "http://h.example/a;b?c#d" → "/a;b?c"; "h.example?x" → "/?x".
std::string PathAndQuery(std::string_view url);

// A rule path in its percent-encoded form (section 2.2.2): octets outside
// printable US-ASCII become %XX, and existing %xx escapes get upper-case hex.
// "/café" → "/caf%C3%A9"; "/a%2fb" → "/a%2Fb". Nothing is decoded.
std::string EncodeRobotsPath(std::string_view path);

// Does `pattern` (with `*` and a trailing `$`) match a prefix of `path`
// (all of it when anchored by `$`)? Both must already be normalized.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_ROBOTS_H_
