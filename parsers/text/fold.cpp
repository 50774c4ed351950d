// Folding for matching (parsers/text/fold.h): one UTF-8 code point at a time,
// with an offset map back to the input.
#include "parsers/text/fold.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "parsers/text/utf8.h"

namespace clinicrank {
namespace {

using text_internal::DecodeUtf8;
using text_internal::IsAsciiAlnum;


// Base letters for U+00C0..U+00FF; '*' = keep the code point (× ÷),
// digits = multi-letter expansions listed in Expansion().
constexpr std::string_view kLatin1 =
    "aaaaaa1ceeeeiiiidnooooo*ouuuuy23"   // U+00C0..U+00DF
    "aaaaaa1ceeeeiiiidnooooo*ouuuuy2y";  // U+00E0..U+00FF
// Base letters for U+0100..U+017F (Latin Extended-A); '4' = ij, '5' = oe.
constexpr std::string_view kLatinExtA =
    "aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "44"
    "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooo" "55" "rrrrrr" "ssssssss"
    "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
static_assert(kLatin1.size() == 64);
static_assert(kLatinExtA.size() == 128);

std::string_view Expansion(char code) {
  switch (code) {
    case '1': return "ae";
    case '2': return "th";
    case '3': return "ss";
    case '4': return "ij";
    case '5': return "oe";
    default: return std::string_view(&code, 0);
  }
}

// The folded replacement for a non-ASCII code point: sets *out to the ASCII
// text and returns true, or returns false to keep the code point's bytes.
bool FoldCodePoint(uint32_t cp, std::string_view* out) {
  static constexpr std::array<std::string_view, 1> kEmpty = {""};
  // Printable ASCII, so a one-letter result can be a view into it.
  static constexpr std::string_view kPrintable =
      " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
      "abcdefghijklmnopqrstuvwxyz{|}~";
  auto letter = [&](char c) {
    *out = kPrintable.substr(static_cast<size_t>(c - ' '), 1);
    return true;
  };
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char c = kLatin1[cp - 0xC0];
    if (c == '*') return false;
    if (c >= '1' && c <= '5') {
      *out = Expansion(c);
      return true;
    }
    return letter(c);
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char c = kLatinExtA[cp - 0x100];
    if (c >= '1' && c <= '5') {
      *out = Expansion(c);
      return true;
    }
    return letter(c);
  }
  if (cp >= 0x300 && cp <= 0x36F) {  // combining diacritics (decomposed é)
    *out = kEmpty[0];
    return true;
  }
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      *out = " ";
      return true;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF:
      *out = kEmpty[0];
      return true;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63:
      *out = "-";
      return true;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x00B4:
      *out = "'";
      return true;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      *out = "\"";
      return true;
    case 0x2026:
      *out = "...";
      return true;
    case 0x301C:  // 〜 wave dash: Japanese ranges and "from" (３〜５万円)
      *out = "~";
      return true;
    case 0xFFE5:  // ￥ full-width yen sign
      *out = "\xC2\xA5";
      return true;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) {  // en/em/thin/hair spaces
    *out = " ";
    return true;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
    char c = static_cast<char>(cp - 0xFF01 + 0x21);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return letter(c);
  }
  return false;
}


template <bool kWithOrigin>
void FoldInto(std::string_view in, std::string* text,
              std::vector<uint32_t>* origin) {
  text->reserve(in.size());
  if constexpr (kWithOrigin) origin->reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      // A run of ASCII is lower-cased in one go: most page text is ASCII.
      size_t end = i + 1;
      while (end < in.size() && static_cast<unsigned char>(in[end]) < 0x80) ++end;
      const size_t at = text->size();
      text->resize(at + (end - i));
      char* dst = text->data() + at;
      for (size_t k = i; k < end; ++k) {
        const char c = in[k];
        *dst++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
      if constexpr (kWithOrigin) {
        const size_t o = origin->size();
        origin->resize(o + (end - i));
        for (size_t k = i; k < end; ++k) (*origin)[o + (k - i)] = static_cast<uint32_t>(k);
      }
      i = end;
      continue;
    }
    size_t len = 1;
    const uint32_t cp = DecodeUtf8(in, i, &len);
    std::string_view repl;
    if (cp != 0xFFFD && FoldCodePoint(cp, &repl)) {
      text->append(repl);
      if constexpr (kWithOrigin) {
        origin->insert(origin->end(), repl.size(), static_cast<uint32_t>(i));
      }
    } else {
      text->append(in.substr(i, len));
      if constexpr (kWithOrigin) {
        origin->insert(origin->end(), len, static_cast<uint32_t>(i));
      }
    }
    i += len;
  }
}

}  // namespace

FoldedText Fold(std::string_view utf8) {
  FoldedText out;
  FoldInto<true>(utf8, &out.text, &out.origin);
  return out;
}

std::string FoldCopy(std::string_view utf8) {
  std::string out;
  FoldInto<false>(utf8, &out, nullptr);
  return out;
}

BlockFold::BlockFold(std::string_view raw)
    : ascii_(std::all_of(raw.begin(), raw.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
  if (ascii_) {
    text_ = FoldCopy(raw);  // byte for byte: offsets carry over
  } else {
    FoldedText f = Fold(raw);
    text_ = std::move(f.text);
    origin_ = std::move(f.origin);
  }
}

std::string_view BlockFold::Cut(const Span& s) const {
  if (ascii_) return text().substr(s.begin, s.size());
  const size_t b = FoldedOffset(s.begin);
  return text().substr(b, FoldedOffset(s.end) - b);
}

size_t BlockFold::FoldedOffset(size_t pos) const {
  return static_cast<size_t>(std::lower_bound(origin_.begin(), origin_.end(), pos) -
                             origin_.begin());
}

}  // namespace clinicrank
