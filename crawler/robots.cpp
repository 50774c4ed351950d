#include "crawler/robots.h"

#include <algorithm>
#include <charconv>

namespace clinicrank {
namespace {

enum class Key { kUserAgent, kAllow, kDisallow, kCrawlDelay, kSitemap, kUnknown };

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char UpperAscii(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
}
bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithCaseless(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (LowerAscii(s[i]) != prefix[i]) return false;
  }
  return true;
}

bool StartsWithAny(std::string_view key, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (StartsWithCaseless(key, prefix)) return true;
  }
  return false;
}

// Keys are matched by prefix, case-insensitively, typos included (the
// google/robotstxt reading: "Disallowed: /x" is a disallow).
Key ParseKey(std::string_view key) {
  if (StartsWithAny(key, {"user-agent", "useragent", "user agent"})) return Key::kUserAgent;
  if (StartsWithAny(key, {"allow"})) return Key::kAllow;
  if (StartsWithAny(key, {"disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw"})) {
    return Key::kDisallow;
  }
  if (StartsWithAny(key, {"sitemap", "site-map"})) return Key::kSitemap;
  if (StartsWithAny(key, {"crawl-delay", "crawldelay"})) return Key::kCrawlDelay;
  return Key::kUnknown;
}

// Splits "key: value" (or, lacking a colon, exactly two words "key value").
// False for blank lines and lines that are not a directive.
bool SplitLine(std::string_view line, std::string_view* key, std::string_view* value) {
  if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  line = Trim(line);
  size_t separator = line.find(':');
  size_t value_start = separator + 1;
  if (separator == std::string_view::npos) {
    separator = line.find_first_of(" \t");
    if (separator == std::string_view::npos) return false;
    value_start = line.find_first_not_of(" \t", separator);
    if (line.find_first_of(" \t", value_start) != std::string_view::npos) return false;
  }
  *key = Trim(line.substr(0, separator));
  *value = Trim(line.substr(value_start));
  return !key->empty();
}

std::optional<double> ParseDelay(std::string_view value) {
  double seconds = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || end == value.data() || !(seconds >= 0) || seconds > 86400) {
    return std::nullopt;
  }
  return seconds;
}

// Accumulates groups line by line (section 2.1's grammar): consecutive
// user-agent lines open one group; a user-agent line after a rule opens the
// next; rules before the first user-agent belong to no group.
class Builder {
 public:
  explicit Builder(RobotsTxt* out) : out_(out) {}

  void Line(std::string_view line) {
    std::string_view key, value;
    if (!SplitLine(line, &key, &value)) return;
    switch (ParseKey(key)) {
      case Key::kUserAgent:
        return UserAgent(value);
      case Key::kAllow:
        return Rule(true, value);
      case Key::kDisallow:
        return Rule(false, value);
      case Key::kCrawlDelay:
        return CrawlDelay(value);
      case Key::kSitemap:
        if (!value.empty()) out_->sitemaps.emplace_back(value);
        return;
      case Key::kUnknown:
        return;
    }
  }

 private:
  void UserAgent(std::string_view value) {
    if (after_rule_ || out_->groups.empty()) out_->groups.emplace_back();
    after_rule_ = false;
    // "*" alone, or followed by a space ("* # all"), is the global group.
    const bool global = value.starts_with('*') && (value.size() == 1 || IsSpace(value[1]));
    std::string token = global ? "*" : ProductToken(value);
    if (!token.empty()) out_->groups.back().agents.push_back(std::move(token));
  }

  void Rule(bool allow, std::string_view value) {
    if (out_->groups.empty()) return;  // not in any group: ignored
    after_rule_ = true;
    // An empty pattern matches nothing (section 2.2.2), so it is dropped.
    if (value.empty()) return;
    std::vector<RobotsRule>& rules = out_->groups.back().rules;
    rules.push_back({allow, EncodeRobotsPath(value)});
    // Google-specific: allowing ".../index.htm[l]" allows the directory too.
    const size_t slash = value.rfind('/');
    if (allow && slash != std::string_view::npos && value.substr(slash).starts_with("/index.htm")) {
      rules.push_back({true, EncodeRobotsPath(value.substr(0, slash + 1)) + "$"});
    }
  }

  void CrawlDelay(std::string_view value) {
    if (out_->groups.empty()) return;
    if (auto delay = ParseDelay(value)) out_->groups.back().crawl_delay = delay;
  }

  RobotsTxt* out_;
  bool after_rule_ = false;
};

bool AgentMatches(const RobotsGroup& group, std::string_view token) {
  return std::find(group.agents.begin(), group.agents.end(), token) != group.agents.end();
}

void MergeGroup(const RobotsGroup& group, RobotsPolicy* policy) {
  policy->rules.insert(policy->rules.end(), group.rules.begin(), group.rules.end());
  if (group.crawl_delay && (!policy->crawl_delay || *group.crawl_delay > *policy->crawl_delay)) {
    policy->crawl_delay = group.crawl_delay;
  }
}

// The token `agent` names, or "" when it names none (see PolicyFor).
std::string AgentToken(std::string_view agent) {
  size_t end = 0;
  while (end < agent.size() && IsIdentifierChar(agent[end])) ++end;
  if (end == 0 || (end < agent.size() && agent[end] != '/')) return "";
  return ProductToken(agent.substr(0, end));
}

void AppendEscaped(unsigned char c, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 15]);
}

// Upper-cases the hex digits of every valid %xx escape.
std::string UpperCaseEscapes(std::string_view path) {
  std::string out(path);
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i] == '%' && IsHex(out[i + 1]) && IsHex(out[i + 2])) {
      out[i + 1] = UpperAscii(out[i + 1]);
      out[i + 2] = UpperAscii(out[i + 2]);
      i += 2;
    }
  }
  return out;
}

}  // namespace

RobotsTxt ParseRobotsTxt(std::string_view body) {
  RobotsTxt robots;
  if (body.size() > kMaxRobotsBytes) {
    body = body.substr(0, kMaxRobotsBytes);
    robots.truncated = true;
  }
  // A byte-order mark, or the start of one, is skipped.
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  for (size_t i = 0; i < kBom.size() && !body.empty() && body.front() == kBom[i]; ++i) {
    body.remove_prefix(1);
  }
  Builder builder(&robots);
  while (!body.empty()) {
    const size_t end = body.find_first_of("\r\n");
    builder.Line(body.substr(0, std::min(end, kMaxRobotsLineBytes)));
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  return robots;
}

std::string ProductToken(std::string_view user_agent) {
  user_agent = Trim(user_agent);
  std::string token;
  for (char c : user_agent) {
    if (!IsIdentifierChar(c)) break;
    token.push_back(LowerAscii(c));
  }
  return token;
}

bool IsValidProductToken(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), IsIdentifierChar);
}

RobotsPolicy PolicyFor(const RobotsTxt& robots, std::string_view agent) {
  const std::string token = AgentToken(agent);
  RobotsPolicy policy;
  bool matched = false;
  for (const RobotsGroup& group : robots.groups) {
    if (!token.empty() && AgentMatches(group, token)) {
      MergeGroup(group, &policy);
      matched = true;
    }
  }
  if (matched) return policy;
  for (const RobotsGroup& group : robots.groups) {
    if (AgentMatches(group, "*")) MergeGroup(group, &policy);
  }
  return policy;
}

std::string EncodeRobotsPath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    const auto c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && IsHex(path[i + 1]) && IsHex(path[i + 2])) {
      out.push_back('%');
      out.push_back(UpperAscii(path[i + 1]));
      out.push_back(UpperAscii(path[i + 2]));
      i += 2;
    } else if (c >= 0x7F || c <= 0x20) {
      AppendEscaped(c, &out);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = false;
  if (pattern.ends_with('$')) {
    anchored = true;
    pattern.remove_suffix(1);
  }
  // Glob matching with one backtrack point (the last `*`): linear memory and
  // O(|pattern| x |path|) time, never exponential.
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p == pattern.size() && !anchored) return true;  // a prefix matched
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool IsPathAllowed(const RobotsPolicy& policy, std::string_view raw_path) {
  const std::string path = UpperCaseEscapes(raw_path.empty() ? "/" : raw_path);
  if (path == "/robots.txt") return true;  // section 2.2.2: implicitly allowed
  size_t best_length = 0;
  bool allowed = true;
  for (const RobotsRule& rule : policy.rules) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    const size_t length = rule.pattern.size();
    if (length > best_length) {
      best_length = length;
      allowed = rule.allow;
    } else if (length == best_length && rule.allow) {
      allowed = true;  // section 2.2.2: allow wins an equivalent match
    }
  }
  return allowed;
}

std::string PathAndQuery(std::string_view url) {
  // A leading "//" (a network-path reference) is skipped; "://" after a
  // '/', '?' or ';' is part of the path, not a scheme.
  const size_t from = url.starts_with("//") ? 2 : 0;
  size_t authority = url.find("://", from);
  if (url.find_first_of("/?;", from) < authority) authority = std::string_view::npos;
  authority = authority == std::string_view::npos ? from : authority + 3;
  const size_t start = url.find_first_of("/?;", authority);
  if (start == std::string_view::npos) return "/";
  const size_t hash = url.find('#', from);
  if (hash < start) return "/";
  const std::string_view path = url.substr(start, hash == std::string_view::npos ? url.npos
                                                                                 : hash - start);
  std::string out = path.front() == '/' ? "" : "/";  // (no operator+: GCC 12 -O3 -Wrestrict)
  out += path;
  return out;
}

bool IsUrlAllowed(const RobotsTxt& robots, std::string_view agent, std::string_view url) {
  return IsPathAllowed(PolicyFor(robots, agent), PathAndQuery(url));
}

}  // namespace clinicrank
