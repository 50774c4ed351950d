// robots.txt parsing and matching per RFC 9309 (Robots Exclusion Protocol).
//
// A file is a list of groups; each group starts with one or more consecutive
// `user-agent` lines and holds `allow`/`disallow` rules. A crawler obeys the
// groups whose agent equals its product token (case-insensitive, section
// 2.2.1), merged when there are several; otherwise the `*` groups; otherwise
// everything is allowed. Among the rules of that merged group the longest
// matching pattern wins, and `allow` wins a tie (section 2.2.2), so
//   Disallow: /
//   Allow: /pricing
// allows /pricing/knee but nothing else. Patterns support `*` (any run of
// octets) and a final `$` (end of path) (section 2.2.3). Paths and patterns are
// percent-normalized before comparison (section 2.1): %XX of an unreserved
// character is decoded, other escapes get upper-case hex, and raw octets
// outside US-ASCII are escaped. /robots.txt itself is always allowed.
//
// Deviations and extensions, all common practice:
// - `Crawl-delay` (not in RFC 9309) is exposed per group; the crawler uses
//   it to lengthen, never shorten, its own delay.
// - `Sitemap` lines (not in RFC 9309, from sitemaps.org) are collected from
//   anywhere in the file.
// - Common misspellings are accepted: "useragent", "user agent", "disalow",
//   "dissallow".
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

struct RobotsRule {
  bool allow = false;
  std::string pattern;  // percent-normalized, never empty
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
// letters, digits, '-' and '_', lower-cased (section 2.2.1).
std::string ProductToken(std::string_view user_agent);

// The merged groups for `agent` (a product token or a full user-agent).
RobotsPolicy PolicyFor(const RobotsTxt& robots, std::string_view agent);

// REQUIRES: `path` is the URL's path plus query ("/a/b?c=d"), %-encoded as
// sent on the wire; "" is treated as "/".
bool IsPathAllowed(const RobotsPolicy& policy, std::string_view path);

// Convenience for a full URL ("https://host/path?q#frag"): the path and
// query are taken from it and the fragment dropped.
bool IsUrlAllowed(const RobotsTxt& robots, std::string_view agent, std::string_view url);

// The path-and-query part of an absolute URL ("/" when empty).
std::string PathAndQuery(std::string_view url);

// The RFC 9309 section 2.1 normalization used on both sides of a match.
std::string NormalizePercentEncoding(std::string_view path);

// Does `pattern` (with `*` and a trailing `$`) match a prefix of `path`
// (all of it when anchored by `$`)? Both must already be normalized.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_ROBOTS_H_
