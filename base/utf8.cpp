#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace clinicrank {
namespace {

// The end of the run of ASCII bytes other than NUL that starts at `i`.
// Eight bytes at a time: most of a page is ASCII markup.
size_t SkipPlainAscii(std::string_view s, size_t i) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t has_zero = (w - kOnes) & ~w & kHigh;
    if (((w & kHigh) | has_zero) != 0) break;
    i += 8;
  }
  while (i < s.size() && s[i] != '\0' && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

size_t ValidUtf8SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return len;
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '\0') {
      i = SkipPlainAscii(s, i);
      if (i >= s.size()) break;
    }
    const size_t len = ValidUtf8SequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t AppendValidUtf8(std::string_view s, std::string* out, bool replace_nul) {
  size_t replaced = 0;
  size_t i = 0;
  while (i < s.size()) {
    const size_t len = ValidUtf8SequenceLength(s, i);
    if (len == 0 || (replace_nul && s[i] == '\0')) {
      out->append(kUtf8Replacement);
      if (len == 0) ++replaced;
      ++i;
      continue;
    }
    // Copy a run of valid bytes at once.
    size_t j = i + len;
    while (j < s.size()) {
      j = SkipPlainAscii(s, j);
      if (j >= s.size()) break;
      const size_t n = ValidUtf8SequenceLength(s, j);
      if (n == 0 || (replace_nul && s[j] == '\0')) break;
      j += n;
    }
    out->append(s.substr(i, j - i));
    i = j;
  }
  return replaced;
}

std::string ToValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  AppendValidUtf8(s, &out);
  return out;
}

}  // namespace clinicrank
