#include "report/escape.h"

#include <cstdio>

namespace clinicrank {
namespace {

bool IsDroppedControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f; }

std::string EscapeHtml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        if (!IsDroppedControl(c)) out += ch;
    }
  }
  return out;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSchemeChar(char c) {
  return IsAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// What a browser would parse: leading/trailing C0 controls and spaces
// stripped, tabs and newlines removed anywhere (WHATWG URL parser).
std::string BrowserView(std::string_view url) {
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  std::string out;
  for (char c : url.substr(b, e - b)) {
    if (c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

std::string EscapeHtmlText(std::string_view text) { return EscapeHtml(text, false); }

std::string EscapeHtmlAttribute(std::string_view text) { return EscapeHtml(text, true); }

bool IsSafeHref(std::string_view url) {
  std::string u = BrowserView(url);
  if (u.empty()) return false;
  for (char c : u) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') return false;
  }
  size_t colon = u.find(':');
  size_t end_of_scheme = u.find_first_of("/?#");
  if (colon == std::string::npos || (end_of_scheme != std::string::npos && end_of_scheme < colon)) {
    return true;  // relative reference: no scheme
  }
  std::string_view scheme(u.data(), colon);
  if (scheme.empty() || !IsAsciiAlpha(scheme[0])) return false;
  for (char c : scheme) {
    if (!IsSchemeChar(c)) return false;
  }
  return EqualsIgnoreCase(scheme, "http") || EqualsIgnoreCase(scheme, "https");
}

std::string SafeHrefAttribute(std::string_view url) {
  return IsSafeHref(url) ? EscapeHtmlAttribute(BrowserView(url)) : "#";
}

std::string EscapeCsvCell(std::string_view text) {
  std::string cell;
  size_t first = text.find_first_not_of(' ');
  if (!text.empty() && (text[0] == '\t' || text[0] == '\r' ||
                        (first != std::string_view::npos &&
                         std::string_view("=+-@").find(text[first]) != std::string_view::npos))) {
    cell += '\'';
  }
  bool quote = false;
  for (char c : text) {
    if (c == '"') {
      cell += "\"\"";
      quote = true;
      continue;
    }
    if (c == ',' || c == '\r' || c == '\n') quote = true;
    if (c == 0) continue;
    cell += c;
  }
  return quote ? "\"" + cell + "\"" : cell;
}

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '#':
      case '!':
      case '~':
        out += '\\';
        out += ch;
        break;
      default:
        if (!IsDroppedControl(c)) out += ch;
    }
  }
  return out;
}

std::string MarkdownLink(std::string_view label, std::string_view url) {
  if (!IsSafeHref(url)) {
    return EscapeMarkdown(label) +
           (label == url || url.empty() ? "" : " (" + EscapeMarkdown(url) + ")");
  }
  std::string dest;
  for (char c : BrowserView(url)) {
    if (std::string_view("()<>| \"'`[]\\").find(c) != std::string_view::npos ||
        static_cast<unsigned char>(c) >= 0x80) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      dest += buf;
    } else {
      dest += c;
    }
  }
  return "[" + EscapeMarkdown(label) + "](" + dest + ")";
}

}  // namespace clinicrank
