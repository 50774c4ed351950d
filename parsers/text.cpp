// Shared text machinery (parsers/text.h): folding, sentence splitting,
// quoting and whole-word search. Clause splitting and negation scope live in
// parsers/negation.cpp.
#include "parsers/text.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace clinicrank {
namespace {

// Decodes one UTF-8 sequence at `s[i]`. Returns the code point and sets *len;
// an invalid or truncated sequence yields U+FFFD with *len = 1 so that the
// caller can pass the raw byte through.
uint32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
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

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
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

// ---------------------------------------------------------------------------
// Sentences.

namespace {

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' ||
      b == '\v') {
    *len = 1;
    return true;
  }
  if (b < 0x80) return false;
  size_t n = 1;
  const uint32_t cp = DecodeUtf8(s, i, &n);
  if (cp == 0xA0 || cp == 0x202F || cp == 0x3000 ||
      (cp >= 0x2000 && cp <= 0x200A)) {
    *len = n;
    return true;
  }
  return false;
}

// Closers that may follow the terminator: quotes and brackets.
bool IsCloserAt(std::string_view s, size_t i, size_t* len) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
    *len = 1;
    return true;
  }
  size_t n = 1;
  const uint32_t cp = DecodeUtf8(s, i, &n);
  if (cp == 0x2019 || cp == 0x201D || cp == 0x00BB) {
    *len = n;
    return true;
  }
  return false;
}

// Does a new sentence plausibly start at s[i]? An upper-case letter, a digit
// or an opener (¿ ¡ quotes, brackets).
bool IsSentenceStartAt(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '"' ||
           b == '\'' || b == '(' || b == '[' || b == '*' || b == '$';
  }
  size_t n = 1;
  const uint32_t cp = DecodeUtf8(s, i, &n);
  if (cp == 0xBF || cp == 0xA1 || cp == 0x201C || cp == 0x2018 ||
      cp == 0x00AB || cp == 0x201E || cp == 0x20AC || cp == 0xA3) {
    return true;  // ¿ ¡ “ ‘ « „ € £
  }
  // Upper-case Latin-1 and Latin Extended-A letters.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0 && cp != 0x138;
  // Greek and Cyrillic capitals.
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F)) {
    return true;
  }
  return false;
}

// Abbreviations (folded, without their final period) after which a period
// does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "dr", "dra", "drs", "mr", "mrs", "ms", "prof", "st", "sr", "sra", "srta",
    "jr", "vs", "approx", "appt", "apt", "dept", "est", "fig", "inc", "ltd",
    "co", "corp", "mt", "ft", "av", "ave", "blvd", "rd", "ca", "cf", "al",
    "ph", "univ", "med", "lic", "ing", "arq", "ud", "uds", "tel", "hr", "fr",
    "nr", "bzw", "ggf", "evtl", "inkl", "zzgl", "vgl", "sog", "str", "ref",
    "min", "max", "aprox", "pag", "u.s", "u.k", "e.g", "i.e",
    "p.ej", "z.b", "d.h", "u.a", "s.a", "u.s.a", "e.u", "ee.uu",
};

// The abbreviation-like word ending right before the period at `dot`:
// letters and inner periods, folded to lower-case ASCII.
std::string WordBeforeDot(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0) {
    const auto c = static_cast<unsigned char>(s[b - 1]);
    if (IsAsciiAlnum(c) || c == '.' || c >= 0x80) {
      --b;
    } else {
      break;
    }
  }
  return FoldCopy(s.substr(b, dot - b));
}

// Currency abbreviations written with a period before the amount: "Rs. 500"
// (rupees), "Rp. 50.000" (rupiah), "Bs. 300" (bolivianos), "Kr. 900"
// (kroner), "SFr. 80" (Swiss francs), "B/. 6,500" (balboas), "S/. 900"
// (soles). Folded, without the final period.
constexpr std::string_view kCurrencyAbbreviations[] = {"rs", "rp", "bs", "kr",
                                                       "sfr", "b/", "s/"};

// True if the period at `dot` ends a currency abbreviation and `next` starts
// its amount: "Rs. 1,50,000", "B/. 6,500".
bool IsCurrencyBeforeAmount(std::string_view s, size_t dot, size_t next) {
  if (next >= s.size() || s[next] < '0' || s[next] > '9') return false;
  size_t b = dot;
  while (b > 0 && (IsAsciiAlnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '/')) --b;
  if (b > 0 && static_cast<unsigned char>(s[b - 1]) >= 0x80) return false;
  const std::string word = FoldCopy(s.substr(b, dot - b));
  for (std::string_view a : kCurrencyAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

bool IsAbbreviation(std::string_view s, size_t dot, size_t next) {
  if (IsCurrencyBeforeAmount(s, dot, next)) return true;
  const std::string word = WordBeforeDot(s, dot);
  if (word.empty()) return false;
  // "No. 5", "Nr. 3", "pag. 12": abbreviations only before a number.
  if (word == "no" || word == "nos" || word == "nr" || word == "pag" ||
      word == "p" || word == "pp" || word == "art") {
    return next < s.size() && s[next] >= '0' && s[next] <= '9';
  }
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  // A single letter is an initial ("J. Smith"); dotted single letters
  // ("U.S.", "e.g.") are abbreviations, except a.m./p.m., which often end a
  // sentence.
  if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') return true;
  if (word.find('.') != std::string::npos && word != "a.m" && word != "p.m") {
    bool dotted = true;
    for (size_t k = 0; k < word.size(); ++k) {
      const bool letter_slot = (k % 2) == 0;
      if (letter_slot != (word[k] != '.')) dotted = false;
    }
    if (dotted) return true;
  }
  return false;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  auto emit = [&](size_t b, size_t e) {
    size_t len = 0;
    while (b < e && IsSpaceAt(text, b, &len)) b += len;
    // Trim trailing ASCII whitespace and NBSP (C2 A0).
    while (e > b) {
      const auto c = static_cast<unsigned char>(text[e - 1]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        --e;
      } else if (c == 0xA0 && e - b >= 2 &&
                 static_cast<unsigned char>(text[e - 2]) == 0xC2) {
        e -= 2;
      } else {
        break;
      }
    }
    if (e > b) out.push_back(Span{b, e});
  };
  // Bytes that may start a terminator: . ! ? and the lead byte of "…".
  static constexpr auto kMayTerminate = [] {
    std::array<bool, 256> t{};
    t['.'] = t['!'] = t['?'] = t[0xE2] = true;
    return t;
  }();
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !kMayTerminate[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    const char c = text[i];
    size_t term_len = 0;
    bool ellipsis = false;
    if (c == '.' || c == '!' || c == '?') {
      term_len = 1;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0xA6) {
      term_len = 3;  // …
      ellipsis = true;
    }
    if (term_len == 0) {
      ++i;
      continue;
    }
    // Absorb runs of terminators ("?!", "...") and closers (quotes, ')').
    size_t j = i + term_len;
    size_t len = 0;
    while (j < text.size()) {
      if (text[j] == '.' || text[j] == '!' || text[j] == '?') {
        ++j;
        ellipsis = ellipsis || text[j - 1] == '.';
      } else if (IsCloserAt(text, j, &len)) {
        j += len;
      } else {
        break;
      }
    }
    // Require whitespace, then a plausible sentence start.
    size_t k = j;
    while (k < text.size() && IsSpaceAt(text, k, &len)) k += len;
    if (k == j || k >= text.size()) {
      i = j;
      continue;
    }
    bool split = IsSentenceStartAt(text, k);
    if (split && c == '.' && j == i + 1 && !ellipsis &&
        IsAbbreviation(text, i, k)) {
      split = false;
    }
    if (split) {
      emit(start, j);
      start = k;
    }
    i = k;
  }
  emit(start, text.size());
  return out;
}

// ---------------------------------------------------------------------------
// Quotes and words.

std::string MakeQuote(std::string_view text, size_t max_bytes) {
  std::string out;
  out.reserve(text.size() < max_bytes ? text.size() : max_bytes + 4);
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    if (IsSpaceAt(text, i, &len)) {
      pending_space = !out.empty();
      i += len;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
    if (out.size() > max_bytes + 8) break;  // enough to know we must cut
  }
  if (out.size() <= max_bytes) return out;
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
  size_t cut = max_bytes > kEllipsis.size() ? max_bytes - kEllipsis.size() : 0;
  // Back up to a UTF-8 boundary.
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  // Prefer a word boundary if one is near.
  const size_t space = out.rfind(' ', cut);
  if (space != std::string::npos && space > 0 && cut - space < 40) cut = space;
  while (cut > 0 && out[cut - 1] == ' ') --cut;
  out.resize(cut);
  out.append(kEllipsis);
  return out;
}

size_t FindWord(std::string_view folded, std::string_view word, size_t from) {
  if (word.empty()) return std::string_view::npos;
  size_t pos = from;
  while (true) {
    pos = folded.find(word, pos);
    if (pos == std::string_view::npos) return pos;
    const size_t end = pos + word.size();
    const bool left_ok =
        pos == 0 || !IsAsciiAlnum(static_cast<unsigned char>(folded[pos - 1])) ||
        !IsAsciiAlnum(static_cast<unsigned char>(word.front()));
    const bool right_ok =
        end == folded.size() ||
        !IsAsciiAlnum(static_cast<unsigned char>(folded[end])) ||
        !IsAsciiAlnum(static_cast<unsigned char>(word.back()));
    if (left_ok && right_ok) return pos;
    ++pos;
  }
}

bool ContainsWord(std::string_view folded, std::string_view word) {
  return FindWord(folded, word) != std::string_view::npos;
}

}  // namespace clinicrank
