// Sentence splitting and evidence quotes (parsers/text/sentences.h).
#include "parsers/text/sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "parsers/text/fold.h"
#include "parsers/text/utf8.h"

namespace clinicrank {

using text_internal::DecodeUtf8;
using text_internal::IsAsciiAlnum;
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
    // --- titles in pt, it, fr, tr, pl: "Op. Dr.", "Uzm. Dr.", "Doç. Dr.",
    // "dott.", "lek. med.", "sig.", "ecc."
    "op", "uzm", "doc", "dott", "lek", "sig", "ecc", "mme", "mlle",
};

// The abbreviation-like word ending right before the period at `dot`:
// letters and inner periods, folded to lower-case ASCII.
std::string WordBeforeDot(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0) {
    const auto c = static_cast<unsigned char>(s[b - 1]);
    if (IsAsciiAlnum(c) || c == '.') {
      --b;
    } else if (c >= 0x80) {
      // A letter such as "ú" belongs to the word; a CJK character (three-byte
      // lead E3..EF) does not: "円。Dr." ends at "。".
      size_t k = b - 1;
      while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      if (static_cast<unsigned char>(s[k]) >= 0xE3) break;
      b = k;
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

// If a CJK sentence terminator (。！？, also ．) starts at s[i], the end of it
// and of any terminators and closing brackets or quotes (」』）】) right after
// it; else i.
size_t CjkTerminatorEnd(std::string_view s, size_t i) {
  const auto is_terminator = [](uint32_t cp) {
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E;
  };
  const auto is_closer = [](uint32_t cp) {
    return cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == 0x3011 || cp == 0x3009 ||
           cp == 0x300B;
  };
  size_t len = 1;
  if (static_cast<unsigned char>(s[i]) < 0xE3 || !is_terminator(DecodeUtf8(s, i, &len))) return i;
  size_t j = i + len;
  while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0xE3) {
    const uint32_t cp = DecodeUtf8(s, j, &len);
    if (!is_terminator(cp) && !is_closer(cp)) break;
    j += len;
  }
  return j;
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
  // Bytes that may start a terminator: . ! ? and the lead bytes of "…" and
  // of the CJK terminators 。！？.
  static constexpr auto kMayTerminate = [] {
    std::array<bool, 256> t{};
    t['.'] = t['!'] = t['?'] = t[0xE2] = t[0xE3] = t[0xEF] = true;
    return t;
  }();
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !kMayTerminate[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    const char c = text[i];
    if (const size_t cjk = CjkTerminatorEnd(text, i); cjk > i) {
      // Text without spaces: a CJK terminator ends its sentence outright.
      emit(start, cjk);
      start = cjk;
      i = cjk;
      continue;
    }
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

}  // namespace clinicrank
