// ASCII-only case and whitespace helpers for protocol text (HTTP and WARC
// headers, tag and attribute names, URLs): locale-independent, and bytes
// >= 0x80 pass through unchanged, so UTF-8 is never damaged.
#ifndef CLINICRANK_BASE_ASCII_H_
#define CLINICRANK_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace clinicrank {

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string_view TrimAsciiSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_ASCII_H_
