#include "parsers/extract/money_scan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }

struct NamedCurrency {
  std::string_view text;
  std::string_view code;  // "" for context-dependent words
  CurrencyCue cue;
};

// Non-ASCII symbols (UTF-8), before or after the number.
constexpr NamedCurrency kSymbols[] = {
    {"\xE2\x82\xAC", "EUR", CurrencyCue::kExplicit},  // €
    {"\xC2\xA3", "GBP", CurrencyCue::kExplicit},      // £
    {"\xE0\xB8\xBF", "THB", CurrencyCue::kExplicit},  // ฿
    {"\xE2\x82\xA1", "CRC", CurrencyCue::kExplicit},  // ₡
    {"\xE2\x82\xB9", "INR", CurrencyCue::kExplicit},  // ₹
    {"\xE2\x82\xBA", "TRY", CurrencyCue::kExplicit},  // ₺
    {"¥", "", CurrencyCue::kBareYen},        // ¥ (and ￥, folded to it)
    {"\xE2\x82\xB1", "PHP", CurrencyCue::kExplicit},  // ₱
    {"₩", "KRW", CurrencyCue::kExplicit},
    // After the number (text without spaces): 円 yen, 元 yuan, 원 won, บาท baht.
    {"円", "JPY", CurrencyCue::kExplicit},
    {"元", "CNY", CurrencyCue::kExplicit},
    {"원", "KRW", CurrencyCue::kExplicit},
    {"บาท", "THB", CurrencyCue::kExplicit},
};

// Letters glued before "$": US$, CA$, MX$, COL$, CI$ ...
constexpr std::pair<std::string_view, std::string_view> kDollarPrefixes[] = {
    {"us", "USD"},  {"usd", "USD"}, {"u", "USD"},   {"ca", "CAD"},  {"c", "CAD"},
    {"cad", "CAD"}, {"can", "CAD"}, {"mx", "MXN"},  {"mxn", "MXN"}, {"col", "COP"},
    {"cop", "COP"}, {"ci", "KYD"},  {"kyd", "KYD"}, {"rd", "DOP"},  {"b", "BSD"},
    {"ec", "XCD"},  {"a", "AUD"},   {"au", "AUD"},  {"nz", "NZD"},  {"s", "SGD"},
    {"hk", "HKD"},  {"r", "BRL"},
};

// ISO codes written as words, before or after the number. ("try" and "pen"
// are left out: they are English words.)
constexpr std::string_view kCodes[] = {
    "usd", "eur", "gbp", "mxn", "cad", "cop", "crc", "pab", "thb", "kyd", "chf",
    "aud", "nzd", "dop", "bsd", "xcd", "inr", "brl", "ars", "clp", "sgd", "hkd",
    // --- added with issue 18: Polish, Czech, Hungarian, Japanese, Korean,
    // Chinese currencies.
    "pln", "czk", "huf", "jpy", "krw", "cny"};
static_assert(std::ranges::all_of(kCodes, [](std::string_view c) { return c.size() == 3; }),
              "IsCode checks the length first");

// Words after the number (the longest one written there wins).
constexpr NamedCurrency kSuffixWords[] = {
    {"us dollars", "USD", CurrencyCue::kExplicit},
    {"u.s. dollars", "USD", CurrencyCue::kExplicit},
    {"american dollars", "USD", CurrencyCue::kExplicit},
    {"canadian dollars", "CAD", CurrencyCue::kExplicit},
    {"cayman dollars", "KYD", CurrencyCue::kExplicit},
    {"cayman islands dollars", "KYD", CurrencyCue::kExplicit},
    {"australian dollars", "AUD", CurrencyCue::kExplicit},
    {"dollars", "", CurrencyCue::kDollarWord},
    {"dollar", "", CurrencyCue::kDollarWord},
    {"dolares canadienses", "CAD", CurrencyCue::kExplicit},
    {"dolares", "USD", CurrencyCue::kExplicit},  // in Latin America: US dollars
    {"dolar", "USD", CurrencyCue::kExplicit},
    {"dlls.", "USD", CurrencyCue::kExplicit},
    {"dlls", "USD", CurrencyCue::kExplicit},
    {"dls.", "USD", CurrencyCue::kExplicit},
    {"dls", "USD", CurrencyCue::kExplicit},
    {"dll", "USD", CurrencyCue::kExplicit},
    {"pesos mexicanos", "MXN", CurrencyCue::kExplicit},
    {"pesos colombianos", "COP", CurrencyCue::kExplicit},
    {"pesos chilenos", "CLP", CurrencyCue::kExplicit},
    {"pesos argentinos", "ARS", CurrencyCue::kExplicit},
    {"pesos dominicanos", "DOP", CurrencyCue::kExplicit},
    {"pesos m.n.", "MXN", CurrencyCue::kExplicit},
    {"pesos", "", CurrencyCue::kPesoWord},
    {"peso", "", CurrencyCue::kPesoWord},
    {"m.n.", "MXN", CurrencyCue::kExplicit},
    {"m.n", "MXN", CurrencyCue::kExplicit},
    {"mn", "MXN", CurrencyCue::kExplicit},
    {"euros", "EUR", CurrencyCue::kExplicit},
    {"euro", "EUR", CurrencyCue::kExplicit},
    {"pounds sterling", "GBP", CurrencyCue::kExplicit},
    {"sterling", "GBP", CurrencyCue::kExplicit},
    {"colones", "CRC", CurrencyCue::kExplicit},
    {"balboas", "PAB", CurrencyCue::kExplicit},
    {"baht", "THB", CurrencyCue::kExplicit},
    {"franken", "CHF", CurrencyCue::kExplicit},
    {"fr.", "CHF", CurrencyCue::kExplicit},
    {"rupees", "INR", CurrencyCue::kExplicit},
    {"reais", "BRL", CurrencyCue::kExplicit},
    {"soles", "PEN", CurrencyCue::kExplicit},
    {"lira", "TRY", CurrencyCue::kExplicit},
    {"tl", "TRY", CurrencyCue::kExplicit},
    {"yen", "JPY", CurrencyCue::kExplicit},
    {"rand", "ZAR", CurrencyCue::kExplicit},
    {"usd$", "USD", CurrencyCue::kExplicit},
    {"us$", "USD", CurrencyCue::kExplicit},
    // --- Portuguese (pt), Italian (it), French (fr), Turkish (tr), Polish
    // (pl), Czech (cs), Hungarian (hu), Korean and Chinese words.
    {"reais", "BRL", CurrencyCue::kExplicit},
    {"dolares americanos", "USD", CurrencyCue::kExplicit},
    {"franchi svizzeri", "CHF", CurrencyCue::kExplicit},
    {"francs suisses", "CHF", CurrencyCue::kExplicit},
    {"turk lirasi", "TRY", CurrencyCue::kExplicit},
    {"zlotych", "PLN", CurrencyCue::kExplicit},
    {"zlote", "PLN", CurrencyCue::kExplicit},
    {"zloty", "PLN", CurrencyCue::kExplicit},
    {"zl", "PLN", CurrencyCue::kExplicit},
    {"korunach", "CZK", CurrencyCue::kExplicit},
    {"korun", "CZK", CurrencyCue::kExplicit},
    {"koruny", "CZK", CurrencyCue::kExplicit},
    {"kc", "CZK", CurrencyCue::kExplicit},
    {"forint", "HUF", CurrencyCue::kExplicit},
    {"ft", "HUF", CurrencyCue::kExplicit},  // only for 1,000 and more (LexNumbers): feet
    {"won", "KRW", CurrencyCue::kExplicit},
    {"yuan", "CNY", CurrencyCue::kExplicit},
    {"rmb", "CNY", CurrencyCue::kExplicit},
};

// Words before the number that are currencies but not ISO codes.
constexpr std::pair<std::string_view, std::string_view> kPrefixWords[] = {
    {"b/.", "PAB"}, {"s/.", "PEN"}, {"rs.", "INR"}, {"rs", "INR"}, {"sfr.", "CHF"},
    {"fr.", "CHF"},
};

struct Multiplier {
  std::string_view word;
  double factor;
};
constexpr Multiplier kMultiplierWords[] = {
    {"thousand", 1e3},
    {"mil", 1e3},
    {"tsd.", 1e3},
    {"millions", 1e6},
    {"million", 1e6},
    {"millones", 1e6},
    {"millon", 1e6},
    {"mio.", 1e6},
    {"mio", 1e6},
    {"mill.", 1e6},
    {"mln", 1e6},
    // --- Portuguese, Italian, Turkish, Polish, Czech, India (lakh, crore).
    {"milhoes", 1e6},
    {"milhao", 1e6},
    {"mila", 1e3},
    {"milioni", 1e6},
    {"milione", 1e6},
    {"bin", 1e3},
    {"milyon", 1e6},
    {"tys.", 1e3},
    {"tys", 1e3},
    {"tysiecy", 1e3},
    {"tisic", 1e3},
    {"lakhs", 1e5},
    {"lakh", 1e5},
    {"lacs", 1e5},
    {"lac", 1e5},
    {"crores", 1e7},
    {"crore", 1e7},
};

// Japanese, Chinese and Korean units written right after the digits: 万
// (ten thousand), 億 (a hundred million), 千 (a thousand), 만 (Korean ten
// thousand). "12万8000円" is 128,000.
constexpr Multiplier kCjkUnits[] = {
    {"億", 1e8},  // 億
    {"万", 1e4},  // 万
    {"千", 1e3},  // 千
    {"만", 1e4},  // 만
};

// Phrases ending right before an amount.
constexpr std::string_view kLowerBoundBefore[] = {
    "from",        "starting at",  "starting from", "starts at",   "start at",
    "starting",    "beginning at", "as low as",     "as little as", "at least",
    "more than",   "over",         "upwards of",    "in excess of", "minimum",
    "min.",        "desde",        "a partir de",   "apartir de",  "mas de",
    "minimo",      "ab",           "mindestens",    "uber",        "von",
    "from only",   "from just",    "prices from",   "precios desde", "empieza en",
    "comienza en", "a partir del", "empezando en",  "starts from", "priced from",
    "beginning",   "upward of",
    // --- pt, it, fr, pl, cs
    "a partire da", "da",          "des",           "od",          "ja od",
    "mais de",     "oltre",        "plus de",       "powyzej",     "juz od",      "vice nez"};
constexpr std::string_view kUpperBoundBefore[] = {
    "up to",      "upto",   "hasta",    "bis zu",  "bis",       "max.",
    "max",        "maximum", "no more than", "not more than", "under",
    "less than",  "menos de", "maximo", "hochstens", "as much as", "a maximum of",
    // --- pt, it, fr, pl
    "ate",        "fino a",   "jusqu'a", "maximum de", "do"};
// Filler words between a bound cue and the amount ("from only $99").
constexpr std::string_view kFillers[] = {
    "only", "just", "solo", "solamente", "tan solo", "nur", "about", "around",
    "approximately", "approx.", "aprox.", "aproximadamente", "ca.", "circa", "unos", "etwa",
    // --- pt, it, fr, tr, pl, cs, ja (約 "about")
    "cerca de", "apenas", "circa", "environ", "seulement", "yaklasik", "ok.", "okolo", "kolem",
    "zhruba", "約"};
constexpr std::string_view kLowerBoundAfter[] = {
    "and up", "and above", "or more", "y mas", "en adelante", "und mehr", "or higher",
    // --- pt, it, fr, tr, ja: "ou mais", "e oltre", "et plus", "'den baslayan",
    // 〜 / から / より / 以上 / を超える right after the amount.
    "ou mais", "e oltre", "et plus", "'den baslayan", "'dan baslayan", "den baslayan",
    "dan baslayan", "~", "から", "より",
    "以上", "を超え"};

constexpr std::string_view kDiscountBefore[] = {
    "save", "saving", "savings of", "ahorre", "ahorra", "ahorro de", "ahorras",
    "sparen sie", "sparen", "discount of", "descuento de", "rabatt von",
    // --- pt, it, fr, tr, pl
    "desconto de", "economize", "sconto di", "risparmi", "remise de", "economisez",
    "rabat", "oszczedz"};
constexpr std::string_view kDiscountAfter[] = {
    "off", "discount", "de descuento", "descuento", "rabatt", "nachlass", "rebate",
    "savings", "de ahorro",
    // --- pt, it, fr, tr, pl, ja (割引 discount, 引き "off")
    "de desconto", "di sconto", "de remise", "indirim", "rabatu",
    "割引", "引き"};

// Range connectors between two amounts; the last three need "between".
constexpr std::string_view kRangeConnectors[] = {
    "-", "to", "a", "hasta", "bis", "through", "thru", "al", "till",
    // --- pt, it, fr, tr, pl, cs, ja (〜 is folded to "~"; から "from ... to")
    "ate", "fino a", "~", "do", "ile", "から"};
constexpr std::string_view kBetweenConnectors[] = {"and", "y", "und", "e", "et", "a"};
constexpr std::string_view kBetween[] = {"between", "entre", "zwischen", "tra", "fra", "miedzy"};

// Units that make a number a quantity, not money ("60 ml", "100 million cells").
constexpr std::string_view kUnits[] = {
    "ml", "cc", "mg", "kg", "g", "cm", "mm", "km", "cells", "celulas", "zellen",
    "million cells", "millones de celulas", "%", "percent", "por ciento", "prozent",
    "years", "anos", "jahre", "months", "meses", "monate", "weeks", "semanas", "wochen",
    "days", "dias", "tage", "patients",
    // --- pt, it, fr, tr, pl
    "celulas", "cellule", "cellules", "hucre", "komorek", "anni", "ans", "yil", "lat",
    "pacientes", "pazienti"};

// True if `s` ends with the word `w` (bounded on its left). These two run
// against every word list for every number: the last (first) byte is
// compared before the whole word, inline in the loops.
[[gnu::always_inline]] inline bool EndsWithWord(std::string_view s, std::string_view w) {
  if (s.size() < w.size() || s.back() != w.back() || s.substr(s.size() - w.size()) != w) {
    return false;
  }
  if (s.size() == w.size()) return true;
  const char before = s[s.size() - w.size() - 1];
  return !IsAlnum(before);
}

// True if `s` starts with the word `w` (bounded on its right).
[[gnu::always_inline]] inline bool StartsWithWord(std::string_view s, std::string_view w) {
  if (s.size() < w.size() || s.front() != w.front() || s.substr(0, w.size()) != w) return false;
  if (s.size() == w.size()) return true;
  return !IsAlnum(w.back()) || !IsAlnum(s[w.size()]);
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}
std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// Text before `pos`, at most `n` bytes, trimmed on the right.
std::string_view Before(std::string_view s, size_t pos, size_t n = 40) {
  const size_t from = pos > n ? pos - n : 0;
  return TrimRight(s.substr(from, pos - from));
}
std::string_view After(std::string_view s, size_t pos, size_t n = 40) {
  return TrimLeft(s.substr(pos, n));
}

// Removes trailing filler words ("from only" → "from").
std::string_view StripFillers(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view f : kFillers) {
      if (EndsWithWord(s, f)) {
        s = TrimRight(s.substr(0, s.size() - f.size()));
        changed = true;
      }
    }
  }
  return s;
}

template <size_t N>
bool EndsWithAny(std::string_view s, const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    if (EndsWithWord(s, w)) return true;
  }
  return false;
}
template <size_t N>
size_t StartsWithAny(std::string_view s, const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    if (StartsWithWord(s, w)) return w.size();
  }
  return 0;
}

bool IsCode(std::string_view w) {
  if (w.size() != 3) return false;  // every code is three letters
  for (std::string_view c : kCodes) {
    if (w == c) return true;
  }
  return false;
}

// One number as lexed, before currency and ranges are attached.
struct RawNumber {
  size_t begin = 0;  // the digits
  size_t end = 0;
  double value = 0;
  bool dot_thousands = false;
  size_t span_begin = 0;  // with the currency before it
  size_t span_end = 0;    // with multiplier, cents dash, currency after
  std::string currency;
  CurrencyCue cue = CurrencyCue::kNone;
  bool multiplied = false;
  double factor = 1;
  bool skip = false;  // percent, unit, glued to letters, phone/date part
  bool plus = false;  // "30,000+"
};

// Lexes the written number that starts at `i` (a digit). Space and
// apostrophe groups must be exactly three digits ("4 900", "4'900").
size_t LexNumberEnd(std::string_view s, size_t i) {
  size_t pos = i;
  while (pos < s.size() && IsDigit(s[pos])) ++pos;
  bool only_digits_or_spaced = (pos - i) <= 3;
  while (pos + 1 < s.size()) {
    const char c = s[pos];
    if ((c == '.' || c == ',') && IsDigit(s[pos + 1])) {
      ++pos;
      while (pos < s.size() && IsDigit(s[pos])) ++pos;
      only_digits_or_spaced = false;
      continue;
    }
    if ((c == ' ' || c == '\'') && only_digits_or_spaced && pos + 3 < s.size() + 0 &&
        IsDigit(s[pos + 1]) && IsDigit(s[pos + 2]) && IsDigit(s[pos + 3]) &&
        (pos + 4 >= s.size() || !IsDigit(s[pos + 4]))) {
      pos += 4;
      continue;
    }
    break;
  }
  return pos;
}

// The currency written right before `pos` (one space allowed), as a span
// start; sets currency/cue. Returns `pos` when there is none.
size_t CurrencyBefore(std::string_view s, size_t pos, std::string* currency, CurrencyCue* cue) {
  size_t j = pos;
  if (j > 0 && s[j - 1] == ' ') --j;
  std::string_view head = s.substr(0, j);
  if (head.empty()) return pos;
  // Symbols end with a non-ASCII byte, and nothing else does.
  if (static_cast<unsigned char>(head.back()) >= 0x80) {
    for (const NamedCurrency& sym : kSymbols) {
      if (head.ends_with(sym.text)) {
        *currency = std::string(sym.code);
        *cue = sym.cue;
        return j - sym.text.size();
      }
    }
    return pos;
  }
  if (head.ends_with("$")) {
    size_t k = j - 1;
    size_t m = k;
    while (m > 0 && IsAlpha(s[m - 1])) --m;
    std::string_view glued = s.substr(m, k - m);
    if (m < k) {
      // "US$", or a prefix glued to the word before it when inline tags
      // were joined without a space ("rodillaRD$ 250,000"); one-letter
      // prefixes (C$, A$) only on their own.
      size_t best = 0;
      std::string_view best_code;
      for (const auto& [prefix, code] : kDollarPrefixes) {
        const bool whole = glued == prefix;
        const bool suffix = prefix.size() >= 2 && glued.ends_with(prefix);
        if ((whole || suffix) && prefix.size() > best) {
          best = prefix.size();
          best_code = code;
        }
      }
      if (best == 0) return pos;  // "x$": not a currency we know
      *currency = std::string(best_code);
      *cue = CurrencyCue::kExplicit;
      return k - best;
    }
    // "USD $4,800", "US $4,500", "MXN $85,000": a code word before the "$".
    std::string_view before = TrimRight(s.substr(0, k));
    size_t w = before.size();
    while (w > 0 && IsAlpha(before[w - 1])) --w;
    std::string_view word = before.substr(w);
    if (!word.empty() && (IsCode(word) || word == "us") && (w == 0 || !IsAlnum(before[w - 1]))) {
      *currency = word == "us" ? "usd" : std::string(word);  // folded: lower case
      for (char& ch : *currency) ch = static_cast<char>(ch - 'a' + 'A');
      *cue = CurrencyCue::kExplicit;
      return w;
    }
    *cue = CurrencyCue::kBareDollar;
    return k;
  }
  for (const auto& [word, code] : kPrefixWords) {
    if (EndsWithWord(head, word)) {
      *currency = std::string(code);
      *cue = CurrencyCue::kExplicit;
      return j - word.size();
    }
  }
  size_t w = j;
  while (w > 0 && IsAlpha(s[w - 1])) --w;
  std::string_view word = s.substr(w, j - w);
  if (!word.empty() && IsCode(word) && (w == 0 || !IsAlnum(s[w - 1]))) {
    *currency = std::string(word);
    for (char& ch : *currency) ch = static_cast<char>(ch - 'a' + 'A');
    *cue = CurrencyCue::kExplicit;
    return w;
  }
  return pos;
}

// The currency written right after `pos` (spaces allowed); returns the end
// of the span, or `pos` when there is none.
size_t CurrencyAfter(std::string_view s, size_t pos, std::string* currency, CurrencyCue* cue) {
  size_t j = pos;
  while (j < s.size() && s[j] == ' ' && j < pos + 2) ++j;
  std::string_view tail = s.substr(j);
  if (tail.starts_with("de ")) {  // "2 millones de pesos"
    tail.remove_prefix(3);
    j += 3;
  }
  // Every symbol starts with a non-ASCII byte, every word with a letter.
  if (tail.empty() || (!IsAlpha(tail.front()) && static_cast<unsigned char>(tail.front()) < 0x80)) {
    return pos;
  }
  for (const NamedCurrency& sym : kSymbols) {
    if (tail.starts_with(sym.text)) {
      *currency = std::string(sym.code);
      *cue = sym.cue;
      return j + sym.text.size();
    }
  }
  // One trie walk instead of a loop over the words (the longest wins, as the
  // table's order had it).
  static const PhraseSet* const suffix_words = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (const NamedCurrency& w : kSuffixWords) phrases.push_back({w.text});
    return new PhraseSet(phrases);
  }();
  if (const auto m = suffix_words->LongestAt(tail, 0)) {
    const NamedCurrency& word = kSuffixWords[m->id];
    *currency = std::string(word.code);
    *cue = word.cue;
    return j + m->end;
  }
  size_t w = 0;
  while (w < tail.size() && IsAlpha(tail[w])) ++w;
  std::string_view word = tail.substr(0, w);
  if (IsCode(word) && (w == tail.size() || !IsAlnum(tail[w]))) {
    *currency = std::string(word);
    for (char& ch : *currency) ch = static_cast<char>(ch - 'a' + 'A');
    *cue = CurrencyCue::kExplicit;
    // "4,800 USD$" / "85,000 MXN$"
    return j + w + (w < tail.size() && tail[w] == '$' ? 1 : 0);
  }
  return pos;
}

// Japanese, Chinese and Korean units right after the digits at `pos`: "50万"
// leaves *value and sets *factor (10,000), so that a range "3〜50万円" can
// carry the unit to its first end; "12万8000" and "1億2000万" are composed
// into *value (factor 1). Returns the end of the units, or `pos` if none.
size_t CjkUnitsEnd(std::string_view s, size_t pos, double* value, double* factor) {
  const auto unit_at = [&](size_t at) -> const Multiplier* {
    if (at >= s.size() || static_cast<unsigned char>(s[at]) < 0xE3) return nullptr;
    for (const Multiplier& u : kCjkUnits) {
      if (s.substr(at).starts_with(u.word)) return &u;
    }
    return nullptr;
  };
  const Multiplier* unit = unit_at(pos);
  if (unit == nullptr) return pos;
  size_t end = pos + unit->word.size();
  if (end >= s.size() || !IsDigit(s[end])) {
    *factor = unit->factor;
    return end;
  }
  double total = *value * unit->factor;
  double last_factor = unit->factor;
  while (end < s.size() && IsDigit(s[end])) {
    const size_t digits_end = LexNumberEnd(s, end);
    double part = 0;
    bool dots = false;
    if (!ParseAmount(s.substr(end, digits_end - end), &part, &dots)) break;
    const Multiplier* next = unit_at(digits_end);
    if (next != nullptr && next->factor < last_factor) {
      total += part * next->factor;
      last_factor = next->factor;
      end = digits_end + next->word.size();
      continue;
    }
    if (next == nullptr && part < last_factor) {
      total += part;
      end = digits_end;
    }
    break;
  }
  *value = total;
  *factor = 1;
  return end;
}

// Multiplier right after the digits ("5k", "12.5 k", "85 mil", "1,2 millones").
size_t MultiplierAfter(std::string_view s, size_t pos, bool money_before, double* factor) {
  if (pos < s.size() && s[pos] == 'k' && (pos + 1 == s.size() || !IsAlpha(s[pos + 1]))) {
    *factor = 1e3;
    return pos + 1;
  }
  if (money_before && pos < s.size() && s[pos] == 'm' &&
      (pos + 1 == s.size() || !IsAlpha(s[pos + 1]))) {
    *factor = 1e6;  // "$1.2m"
    return pos + 1;
  }
  size_t j = pos;
  if (j < s.size() && s[j] == ' ') ++j;
  std::string_view tail = s.substr(j);
  if (j == pos + 1 && tail.starts_with("k") && (tail.size() == 1 || !IsAlpha(tail[1]))) {
    *factor = 1e3;
    return j + 1;
  }
  static const PhraseSet* const multiplier_words = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (const Multiplier& m : kMultiplierWords) phrases.push_back({m.word});
    return new PhraseSet(phrases);
  }();
  if (const auto m = multiplier_words->LongestAt(tail, 0)) {
    *factor = kMultiplierWords[m->id].factor;
    return j + m->end;
  }
  return pos;
}

bool FollowedByUnit(std::string_view s, size_t pos) {
  std::string_view tail = s.substr(pos, 32);
  if (!tail.empty() && tail.front() == '%') return true;
  tail = TrimLeft(tail);
  return StartsWithAny(tail, kUnits) > 0;
}

// Lexes every number of `s` with the currency and multiplier around it.
std::vector<RawNumber> LexNumbers(std::string_view s) {
  std::vector<RawNumber> out;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsDigit(s[i])) {
      ++i;
      continue;
    }
    RawNumber n;
    n.begin = i;
    n.end = LexNumberEnd(s, i);
    i = n.end;
    // Glued to letters before: "a2m", "ky1-9006", "covid19" (but "eur3.500").
    size_t w = n.begin;
    while (w > 0 && IsAlpha(s[w - 1])) --w;
    const bool glued_before = w < n.begin && !IsCode(s.substr(w, n.begin - w));
    if (!ParseAmount(s.substr(n.begin, n.end - n.begin), &n.value, &n.dot_thousands) ||
        glued_before) {
      while (i < s.size() && IsAlnum(s[i])) ++i;
      continue;
    }
    n.span_begin = CurrencyBefore(s, n.begin, &n.currency, &n.cue);
    size_t end = CjkUnitsEnd(s, n.end, &n.value, &n.factor);
    if (end == n.end) end = MultiplierAfter(s, n.end, n.cue != CurrencyCue::kNone, &n.factor);
    n.multiplied = end != n.end;
    // Cents dash: "1.800,- €", "CHF 1'800.-".
    if (end + 1 < s.size() + 0 && (s[end] == ',' || s[end] == '.') && s[end + 1] == '-') end += 2;
    if (end < s.size() && s[end] == '+') {
      n.plus = true;
      ++end;
    }
    std::string after_currency;
    CurrencyCue after_cue = CurrencyCue::kNone;
    const size_t after_end = CurrencyAfter(s, end, &after_currency, &after_cue);
    // The more specific of the two cues wins: "$4,500 USD", "$85,000 pesos".
    if (after_end != end &&
        (after_cue == CurrencyCue::kExplicit || n.cue == CurrencyCue::kNone ||
         n.cue == CurrencyCue::kBareDollar)) {
      n.currency = after_currency;
      n.cue = after_cue;
    }
    // "Ft" is forints only for 1,000 and more ("6 ft" is a height).
    if (after_currency == "HUF" && n.value * n.factor < 1000 && s.substr(end).find("ft") < 3) {
      n.skip = true;
    }
    if (after_end != end) end = after_end;
    if (end < s.size() && s[end] == '+' && !n.plus) {
      n.plus = true;
      ++end;
    }
    n.span_end = end;
    if (end == n.end && end < s.size() && IsAlpha(s[end])) n.skip = true;  // "60ml", "3x"
    if (n.cue == CurrencyCue::kNone && FollowedByUnit(s, n.end)) n.skip = true;
    if (n.end < s.size() && (s[n.end] == '%' || s.substr(n.end).starts_with(" %"))) n.skip = true;
    n.value *= n.factor;
    i = std::max(i, end);
    out.push_back(std::move(n));
  }
  return out;
}

// Phone numbers and dates: three or more numbers chained by - . / ( ) or
// spaces with no currency among them; or a number right after '+'.
void MarkPhonesAndDates(std::string_view s, std::vector<RawNumber>* nums) {
  auto chained = [&](const RawNumber& a, const RawNumber& b) {
    if (b.begin <= a.end || b.begin - a.end > 3) return false;
    for (size_t k = a.end; k < b.begin; ++k) {
      const char c = s[k];
      if (c != '-' && c != '.' && c != '/' && c != '(' && c != ')' && c != ' ') return false;
    }
    return true;
  };
  size_t i = 0;
  while (i < nums->size()) {
    size_t j = i;
    bool money = (*nums)[i].cue != CurrencyCue::kNone;
    while (j + 1 < nums->size() && chained((*nums)[j], (*nums)[j + 1])) {
      ++j;
      money = money || (*nums)[j].cue != CurrencyCue::kNone;
    }
    const bool plus = (*nums)[i].begin > 0 && s[(*nums)[i].begin - 1] == '+';
    if ((j - i >= 2 && !money) || (plus && (*nums)[i].cue == CurrencyCue::kNone)) {
      for (size_t k = i; k <= j; ++k) (*nums)[k].skip = true;
    }
    i = j + 1;
  }
}

MoneyMention FromRaw(const RawNumber& n) {
  MoneyMention m;
  m.begin = n.span_begin;
  m.end = n.span_end;
  m.low = m.high = n.value;
  m.currency = n.currency;
  m.cue = n.cue;
  m.dot_thousands = n.dot_thousands;
  m.lower_bound_only = n.plus;
  return m;
}

// Joins a and b into a range if the words between them say so.
bool TryRange(std::string_view s, const RawNumber& a, const RawNumber& b, MoneyMention* out) {
  if (a.skip || b.skip || b.span_begin < a.span_end) return false;
  std::string_view gap = s.substr(a.span_end, b.span_begin - a.span_end);
  gap = TrimLeft(TrimRight(gap));
  bool connector = false;
  for (std::string_view c : kRangeConnectors) connector = connector || gap == c;
  if (!connector) {
    for (std::string_view c : kBetweenConnectors) {
      if (gap == c) {
        std::string_view before = StripFillers(Before(s, a.span_begin));
        connector = EndsWithAny(before, kBetween);
      }
    }
  }
  if (!connector) return false;
  if (a.cue == CurrencyCue::kNone && b.cue == CurrencyCue::kNone) return false;
  if (a.cue == CurrencyCue::kExplicit && b.cue == CurrencyCue::kExplicit &&
      a.currency != b.currency) {
    return false;
  }
  double low = a.value;
  if (b.multiplied && !a.multiplied && low * b.factor <= b.value) low *= b.factor;  // "$4-6k"
  if (!(low < b.value)) return false;
  const RawNumber& lead = b.cue == CurrencyCue::kExplicit || a.cue == CurrencyCue::kNone ? b : a;
  *out = FromRaw(lead);
  out->begin = a.span_begin;
  out->end = b.span_end;
  out->low = low;
  out->high = b.value;
  out->is_range = true;
  out->lower_bound_only = false;
  out->dot_thousands = a.dot_thousands || b.dot_thousands;
  return true;
}

void MarkBoundsAndDistractors(std::string_view s, MoneyMention* m) {
  std::string_view before = Before(s, m->begin);
  std::string_view stripped = StripFillers(before);
  std::string_view after = After(s, m->end);
  if (!m->is_range) {
    // "desde $3,500" is a lower bound, but "ab" and "von" only with a currency
    // mark, and "over"/"uber" are bounds too ("over $30,000").
    if (EndsWithAny(stripped, kUpperBoundBefore)) {
      m->upper_bound_only = true;
    } else if (EndsWithAny(stripped, kLowerBoundBefore)) {
      m->lower_bound_only = true;
    }
    if (StartsWithAny(after, kLowerBoundAfter)) m->lower_bound_only = true;
    if (m->upper_bound_only) m->lower_bound_only = false;
  }
  m->discount = EndsWithAny(stripped, kDiscountBefore) || StartsWithAny(after, kDiscountAfter) > 0;
  m->exchange_rate = before.ends_with("=") || after.starts_with("=");
}

}  // namespace

bool ParseAmount(std::string_view written, double* value, bool* dot_thousands) {
  *dot_thousands = false;
  // Separators and the length of the digit group after each.
  std::array<std::pair<char, size_t>, 8> seps{};
  size_t nseps = 0;
  size_t first_group = 0;
  size_t run = 0;
  for (char c : written) {
    if (IsDigit(c)) {
      ++run;
      continue;
    }
    if (nseps == 0) first_group = run;
    if (nseps > 0) seps[nseps - 1].second = run;
    if (nseps == seps.size()) return false;
    seps[nseps++] = {c, 0};
    run = 0;
  }
  if (nseps == 0) first_group = run;
  if (nseps > 0) seps[nseps - 1].second = run;
  if (run == 0 || first_group == 0) return false;

  // The last separator is a decimal point unless three digits follow it.
  char decimal = 0;
  if (nseps > 0 && seps[nseps - 1].second != 3) {
    decimal = seps[nseps - 1].first;
    if (decimal != '.' && decimal != ',') return false;
    if (seps[nseps - 1].second > 2) return false;  // 3.14159: not money
  }
  const size_t groups = decimal ? nseps - 1 : nseps;
  if (groups > 0 && first_group > 3) return false;  // "2024.500"
  for (size_t k = 0; k < groups; ++k) {
    const auto [c, len] = seps[k];
    if (c == decimal) return false;  // "12.05.24": a date
    if (len != 3 && !(c == ',' && len == 2)) return false;
    if (c == '.') *dot_thousands = true;
  }
  if (groups > 1) {  // mixed grouping characters ("1.500,000") are not a number
    for (size_t k = 1; k < groups; ++k) {
      if (seps[k].first != seps[0].first) return false;
    }
  }
  double v = 0;
  double scale = 0;
  for (char c : written) {
    if (IsDigit(c)) {
      if (scale > 0) {
        v += (c - '0') * scale;
        scale /= 10;
      } else {
        v = v * 10 + (c - '0');
      }
    } else if (c == decimal) {
      scale = 0.1;
    }
  }
  *value = v;
  return true;
}

std::vector<MoneyMention> ScanMoney(std::string_view folded, const MoneyScanOptions& options) {
  std::vector<MoneyMention> out;
  std::vector<RawNumber> nums = LexNumbers(folded);
  if (nums.empty()) return out;
  MarkPhonesAndDates(folded, &nums);
  for (size_t i = 0; i < nums.size(); ++i) {
    const RawNumber& n = nums[i];
    if (n.skip) continue;
    MoneyMention m;
    if (i + 1 < nums.size() && TryRange(folded, n, nums[i + 1], &m)) {
      ++i;
    } else if (n.cue != CurrencyCue::kNone || options.bare_numbers) {
      m = FromRaw(n);
    } else {
      continue;
    }
    MarkBoundsAndDistractors(folded, &m);
    // A symbol or code between two amounts ("3.500 € 4.000 €", "6¥6") is
    // read as the first one's suffix and the second one's prefix: it stays
    // in the first span, so spans never overlap (found by fuzz_money).
    if (!out.empty() && m.begin < out.back().end) m.begin = out.back().end;
    out.push_back(std::move(m));
  }
  return out;
}

std::string CurrencyNamedIn(std::string_view folded) {
  for (const NamedCurrency& sym : kSymbols) {
    if (sym.code.empty()) continue;  // "¥": JPY or CNY, decided by the page
    if (folded.find(sym.text) != std::string_view::npos) return std::string(sym.code);
  }
  for (size_t i = 0; i < folded.size();) {
    if (!IsAlpha(folded[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && IsAlpha(folded[j])) ++j;
    std::string_view word = folded.substr(i, j - i);
    if (IsCode(word)) {
      std::string code(word);
      for (char& ch : code) ch = static_cast<char>(ch - 'a' + 'A');
      return code;
    }
    if (word == "euro" || word == "euros") return "EUR";
    if (word == "dolares" || word == "dlls") return "USD";
    i = j;
  }
  if (folded.find('$') != std::string_view::npos) return "$";
  return "";
}

double ApproxUsdPerUnit(std::string_view currency) {
  // [M] rough 2024-25 rates; only for the plausibility band (DOMAIN.md §1).
  static constexpr std::pair<std::string_view, double> kRates[] = {
      {"USD", 1.0},    {"PAB", 1.0},     {"BSD", 1.0},    {"EUR", 1.08},  {"GBP", 1.27},
      {"CAD", 0.73},   {"AUD", 0.66},    {"NZD", 0.60},   {"MXN", 0.055}, {"COP", 0.00025},
      {"CRC", 0.0019}, {"THB", 0.028},   {"KYD", 1.20},   {"CHF", 1.13},  {"DOP", 0.017},
      {"XCD", 0.37},   {"INR", 0.012},   {"TRY", 0.03},   {"BRL", 0.18},  {"ARS", 0.001},
      {"CLP", 0.00105}, {"PEN", 0.27},   {"SGD", 0.74},   {"HKD", 0.128}, {"JPY", 0.0067},
      {"PHP", 0.017},  {"ZAR", 0.055},
      // --- added with issue 18
      {"PLN", 0.25},   {"CZK", 0.043},   {"HUF", 0.0028}, {"KRW", 0.00073}, {"CNY", 0.14},
  };
  for (const auto& [code, rate] : kRates) {
    if (code == currency) return rate;
  }
  return 0;
}

}  // namespace clinicrank
