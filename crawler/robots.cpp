#include "crawler/robots.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

namespace clinicrank {
namespace {

enum class Key { kUserAgent, kAllow, kDisallow, kCrawlDelay, kSitemap, kUnknown };

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Key ParseKey(std::string_view raw) {
  const std::string key = ToLower(Trim(raw));
  if (key == "user-agent" || key == "useragent" || key == "user agent") return Key::kUserAgent;
  if (key == "allow") return Key::kAllow;
  if (key == "disallow" || key == "disalow" || key == "dissallow") return Key::kDisallow;
  if (key == "crawl-delay" || key == "crawldelay") return Key::kCrawlDelay;
  if (key == "sitemap" || key == "site-map") return Key::kSitemap;
  return Key::kUnknown;
}

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendEscaped(unsigned char c, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 15]);
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
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    const std::string_view value = Trim(line.substr(colon + 1));
    switch (ParseKey(line.substr(0, colon))) {
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
    if (!in_agent_lines_) {
      out_->groups.emplace_back();
      in_agent_lines_ = true;
    }
    std::string token = value.starts_with("*") ? "*" : ProductToken(value);
    if (!token.empty()) out_->groups.back().agents.push_back(std::move(token));
  }

  void Rule(bool allow, std::string_view value) {
    in_agent_lines_ = false;
    // An empty pattern matches nothing (section 2.2.2), so it is dropped.
    if (out_->groups.empty() || value.empty()) return;
    out_->groups.back().rules.push_back({allow, NormalizePercentEncoding(value)});
  }

  void CrawlDelay(std::string_view value) {
    in_agent_lines_ = false;
    if (out_->groups.empty()) return;
    if (auto delay = ParseDelay(value)) out_->groups.back().crawl_delay = delay;
  }

  RobotsTxt* out_;
  bool in_agent_lines_ = false;
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

}  // namespace

RobotsTxt ParseRobotsTxt(std::string_view body) {
  RobotsTxt robots;
  if (body.size() > kMaxRobotsBytes) {
    body = body.substr(0, kMaxRobotsBytes);
    robots.truncated = true;
  }
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  Builder builder(&robots);
  while (!body.empty()) {
    const size_t end = body.find_first_of("\r\n");
    builder.Line(body.substr(0, end));
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  return robots;
}

std::string ProductToken(std::string_view user_agent) {
  user_agent = Trim(user_agent);
  std::string token;
  for (char c : user_agent) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') break;
    token.push_back(LowerAscii(c));
  }
  return token;
}

RobotsPolicy PolicyFor(const RobotsTxt& robots, std::string_view agent) {
  const std::string token = ProductToken(agent);
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

std::string NormalizePercentEncoding(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    const auto c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && HexValue(path[i + 1]) >= 0 &&
        HexValue(path[i + 2]) >= 0) {
      const auto decoded =
          static_cast<unsigned char>(HexValue(path[i + 1]) * 16 + HexValue(path[i + 2]));
      if (IsUnreserved(decoded)) {
        out.push_back(static_cast<char>(decoded));
      } else {
        AppendEscaped(decoded, &out);
      }
      i += 2;
    } else if (c >= 0x80 || c < 0x21) {
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
  std::string path = NormalizePercentEncoding(raw_path.empty() ? "/" : raw_path);
  if (path == "/robots.txt") return true;  // section 2.2.2: implicitly allowed
  size_t best_length = 0;
  bool allowed = true;
  bool any = false;
  for (const RobotsRule& rule : policy.rules) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    const size_t length = rule.pattern.size();
    if (!any || length > best_length) {
      best_length = length;
      allowed = rule.allow;
      any = true;
    } else if (length == best_length && rule.allow) {
      allowed = true;  // section 2.2.2: allow wins an equivalent match
    }
  }
  return allowed;
}

std::string PathAndQuery(std::string_view url) {
  if (size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    const size_t path_start = url.find_first_of("/?");
    if (path_start == std::string_view::npos) return "/";
    url.remove_prefix(path_start);
  }
  if (url.empty()) return "/";
  if (url.front() == '?') return "/" + std::string(url);
  return std::string(url);
}

bool IsUrlAllowed(const RobotsTxt& robots, std::string_view agent, std::string_view url) {
  return IsPathAllowed(PolicyFor(robots, agent), PathAndQuery(url));
}

}  // namespace clinicrank
