// Small inline helpers shared by the text layer's .cpp files: UTF-8
// decoding and ASCII classes. Internal to parsers/text/.
#ifndef CLINICRANK_PARSERS_TEXT_UTF8_H_
#define CLINICRANK_PARSERS_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace clinicrank::text_internal {

// Decodes one UTF-8 sequence at `s[i]`. Returns the code point and sets *len;
// an invalid or truncated sequence yields U+FFFD with *len = 1 so that the
// caller can pass the raw byte through.
inline uint32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  int n = 0;
  uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = static_cast<size_t>(n);
  return cp;
}

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace clinicrank::text_internal

#endif  // CLINICRANK_PARSERS_TEXT_UTF8_H_
