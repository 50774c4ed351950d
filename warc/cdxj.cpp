#include "warc/cdxj.h"

#include <algorithm>
#include <vector>

#include "base/ascii.h"
#include "warc/http_message.h"

namespace clinicrank {
namespace {

// A JSON string (RFC 8259) as JavaScript's JSON.stringify writes it; bytes
// that are not UTF-8 become U+FFFD so the line is always valid UTF-8.
std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else if (c < 0x20) {
      static constexpr const char* kShort[] = {"b", "t", "n", nullptr, "f", "r"};
      if (c >= 8 && c <= 13 && kShort[c - 8]) {
        out += std::string("\\") + kShort[c - 8];
      } else {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else {
      const int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
      bool ok = len > 0 && i + len <= s.size();
      for (int k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
      if (ok) {
        out.append(s.substr(i, len));
        i += len;
      } else {
        out += "\xef\xbf\xbd";
        ++i;
      }
    }
  }
  return out + "\"";
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

std::string MediaType(std::string_view content_type) {
  content_type = content_type.substr(0, content_type.find(';'));
  while (!content_type.empty() && content_type.front() == ' ') content_type.remove_prefix(1);
  while (!content_type.empty() && content_type.back() == ' ') content_type.remove_suffix(1);
  return std::string(content_type);
}

}  // namespace

std::string SurtKey(std::string_view url) {
  if (!url.starts_with("http:") && !url.starts_with("https:")) return std::string(url);
  std::string u = AsciiLower(url);
  const size_t scheme_end = u.find("://");
  if (scheme_end == std::string::npos) return std::string(url);
  const std::string scheme = u.substr(0, scheme_end);
  std::string rest = u.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find('#'));
  if (rest.starts_with("www")) {  // www, www2, www10 … followed by a dot
    size_t i = 3;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
    if (i < rest.size() && rest[i] == '.') rest = rest.substr(i + 1);
  }
  const size_t path_start = rest.find_first_of("/?");
  std::string authority = rest.substr(0, path_start);
  std::string tail = path_start == std::string::npos ? "" : rest.substr(path_start);
  authority = authority.substr(authority.rfind('@') == std::string::npos ? 0 : authority.rfind('@') + 1);
  std::string host = authority, port;
  if (const size_t colon = authority.rfind(':'); colon != std::string::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) port.clear();
  std::string path = tail.substr(0, tail.find('?'));
  std::string query = tail.find('?') == std::string::npos ? "" : tail.substr(tail.find('?') + 1);
  if (path.empty()) path = "/";
  const std::vector<std::string> labels = Split(host, '.');
  std::string key;
  for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
    if (!key.empty()) key += ',';
    key += *it;
  }
  if (!port.empty()) key += ":" + port;
  key += ")" + path;
  if (!query.empty()) {
    std::vector<std::string> args = Split(query, '&');
    std::sort(args.begin(), args.end());
    key += "?";
    for (size_t i = 0; i < args.size(); ++i) key += (i ? "&" : "") + args[i];
  }
  return key;
}

std::string CdxTimestamp(std::string_view warc_date) {
  std::string digits;
  for (char c : warc_date) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.size() == 14 || c == '.' || c == 'Z') break;
  }
  return digits;
}

std::optional<std::string> CdxjLine(const WarcRecord& r, std::string_view filename) {
  const std::string fields_type = "application/warc-fields";
  if (r.type == "request" || r.type == "warcinfo") return std::nullopt;
  if ((r.type == "metadata" || r.type == "resource") && r.content_type == fields_type) {
    return std::nullopt;
  }
  std::string mime = r.content_type;
  int status = 0;
  if (r.type == "response" || r.type == "revisit") {
    const size_t end = HttpHeadEnd(r.block);
    const HttpHead head = ParseHttpHead(std::string_view(r.block).substr(0, end));
    status = head.status;
    const std::string* type = head.Field("content-type");
    mime = r.type == "revisit" ? "warc/revisit" : type ? MediaType(*type) : "";
  }
  std::string json = "{\"url\": " + JsonString(r.target_uri);
  if (!mime.empty()) json += ", \"mime\": " + JsonString(mime);
  if (status > 0) json += ", \"status\": \"" + std::to_string(status) + "\"";
  if (const std::string* digest = r.Field("warc-payload-digest")) {
    const size_t colon = digest->find(':');
    json += ", \"digest\": " + JsonString(colon == std::string::npos ? *digest : digest->substr(colon + 1));
  }
  json += ", \"length\": \"" + std::to_string(r.length) + "\", \"offset\": \"" +
          std::to_string(r.offset) + "\", \"filename\": " + JsonString(filename) + "}";
  return SurtKey(r.target_uri) + " " + CdxTimestamp(r.date) + " " + json;
}

}  // namespace clinicrank
