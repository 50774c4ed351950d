#include "crawler/url.h"

#include <curl/curl.h>

#include <array>
#include <memory>

namespace clinicrank {
namespace {

struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

struct CurlStringDeleter {
  void operator()(char* s) const { curl_free(s); }
};

std::optional<std::string> GetPart(CURLU* url, CURLUPart part, unsigned flags = 0) {
  char* raw = nullptr;
  if (curl_url_get(url, part, &raw, flags) != CURLUE_OK || raw == nullptr) return std::nullopt;
  std::unique_ptr<char, CurlStringDeleter> owned(raw);
  return std::string(raw);
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

// What the HTML URL parser does before parsing: strip leading/trailing
// whitespace and remove tabs and newlines; then escape what CURLU refuses.
std::string PrepareHref(std::string_view href) {
  while (!href.empty() && static_cast<unsigned char>(href.front()) <= ' ') href.remove_prefix(1);
  while (!href.empty() && static_cast<unsigned char>(href.back()) <= ' ') href.remove_suffix(1);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(href.size());
  for (char c : href) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (byte <= 0x20 || byte >= 0x7f ||
        std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos) {
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 15]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool HasIgnoredScheme(std::string_view href) {
  const std::string lower = ToLower(href.substr(0, 16));
  for (std::string_view scheme : {"mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:",
                                  "file:", "whatsapp:", "callto:", "skype:", "geo:"}) {
    if (lower.starts_with(scheme)) return true;
  }
  return false;
}

// Session ids and click trackers: one page under many names.
bool IsSessionOrTrackingKey(std::string_view raw_key) {
  const std::string key = ToLower(raw_key);
  if (key.starts_with("utm_")) return true;
  static constexpr std::array<std::string_view, 12> kKeys = {
      "sid",     "sessionid", "session_id", "phpsessid", "jsessionid", "sessid",
      "session", "gclid",     "fbclid",     "msclkid",   "mc_eid",     "_ga"};
  for (std::string_view k : kKeys) {
    if (key == k) return true;
  }
  return key.starts_with("aspsessionid");
}

std::string StripSessionParams(std::string_view query) {
  std::string kept;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::string_view key = pair.substr(0, pair.find('='));
    if (!pair.empty() && !IsSessionOrTrackingKey(key)) {
      if (!kept.empty()) kept.push_back('&');
      kept.append(pair);
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return kept;
}

// ";jsessionid=ABC" path parameters (Java servlets).
std::string StripPathSession(std::string path) {
  const std::string lower = ToLower(path);
  const size_t at = lower.find(";jsessionid=");
  if (at != std::string::npos) path.erase(at);
  return path;
}

std::optional<std::string> Canonicalize(CURLU* url) {
  auto scheme = GetPart(url, CURLUPART_SCHEME);
  if (!scheme) return std::nullopt;
  const std::string lower_scheme = ToLower(*scheme);
  if (lower_scheme != "http" && lower_scheme != "https") return std::nullopt;
  auto host = GetPart(url, CURLUPART_HOST);
  if (!host || host->empty()) return std::nullopt;
  curl_url_set(url, CURLUPART_HOST, ToLower(*host).c_str(), 0);
  curl_url_set(url, CURLUPART_FRAGMENT, nullptr, 0);
  curl_url_set(url, CURLUPART_USER, nullptr, 0);
  curl_url_set(url, CURLUPART_PASSWORD, nullptr, 0);
  if (auto path = GetPart(url, CURLUPART_PATH)) {
    const std::string stripped = StripPathSession(*path);
    if (stripped != *path) curl_url_set(url, CURLUPART_PATH, stripped.c_str(), 0);
  }
  if (auto query = GetPart(url, CURLUPART_QUERY)) {
    const std::string kept = StripSessionParams(*query);
    curl_url_set(url, CURLUPART_QUERY, kept.empty() ? nullptr : kept.c_str(), 0);
  }
  return GetPart(url, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
}

}  // namespace

std::optional<std::string> ResolveUrl(std::string_view base, std::string_view href) {
  std::string prepared = PrepareHref(href);
  // A fragment-only href names the base page itself (curl 7.88 resolves
  // "#x" against the base's directory instead).
  if (prepared.starts_with('#')) prepared.clear();
  if (HasIgnoredScheme(prepared)) return std::nullopt;
  UrlHandle url(curl_url());
  if (!url) return std::nullopt;
  if (!base.empty()) {
    const std::string base_string(base);
    if (curl_url_set(url.get(), CURLUPART_URL, base_string.c_str(), 0) != CURLUE_OK) {
      return std::nullopt;
    }
  }
  if (prepared.empty()) {
    if (base.empty()) return std::nullopt;
  } else if (curl_url_set(url.get(), CURLUPART_URL, prepared.c_str(),
                          base.empty() ? CURLU_DEFAULT_SCHEME : 0) != CURLUE_OK) {
    return std::nullopt;
  }
  return Canonicalize(url.get());
}

std::optional<std::string> NormalizeUrl(std::string_view url) { return ResolveUrl("", url); }

std::optional<UrlParts> SplitUrl(std::string_view text) {
  UrlHandle url(curl_url());
  const std::string owned(text);
  if (!url || curl_url_set(url.get(), CURLUPART_URL, owned.c_str(), 0) != CURLUE_OK) {
    return std::nullopt;
  }
  UrlParts parts;
  parts.scheme = ToLower(GetPart(url.get(), CURLUPART_SCHEME).value_or(""));
  parts.host = ToLower(GetPart(url.get(), CURLUPART_HOST).value_or(""));
  parts.port = GetPart(url.get(), CURLUPART_PORT).value_or("");
  if ((parts.scheme == "http" && parts.port == "80") ||
      (parts.scheme == "https" && parts.port == "443")) {
    parts.port.clear();
  }
  parts.path = GetPart(url.get(), CURLUPART_PATH).value_or("/");
  parts.query = GetPart(url.get(), CURLUPART_QUERY).value_or("");
  return parts;
}

std::string_view OriginOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  return url.substr(0, url.find_first_of("/?#", scheme + 3));
}

std::string Origin(std::string_view url) {
  auto parts = SplitUrl(url);
  if (!parts) return "";
  std::string origin = parts->scheme + "://" + parts->host;
  if (!parts->port.empty()) origin += ":" + parts->port;
  return origin;
}

}  // namespace clinicrank
