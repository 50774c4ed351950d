// Page context: the page's URL (the crawl URL; for a file, its canonical
// link, og:url or path) and same-site canonical, its language and its TLD. URL handling is a small split of RFC 3986 syntax,
// enough for hosts and for resolving a relative canonical link.
#include "parsers/extract/page_context.h"

#include <array>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/short_words.h"

namespace clinicrank {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Length of the "scheme:" prefix of `url` (0 when it has none). A scheme is
// a letter followed by letters, digits, '+', '-' or '.', then ':'.
size_t SchemeLength(std::string_view url) {
  if (url.empty() || !IsAsciiAlpha(url[0])) return 0;
  for (size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i + 1;
    if (!IsAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

// True for "scheme://..." URLs, the only ones with a host we resolve against.
bool HasAuthority(std::string_view url) {
  const size_t scheme = SchemeLength(url);
  return scheme > 0 && url.substr(scheme, 2) == "//";
}

// Removes "." and ".." segments from an absolute path (RFC 3986 5.2.4).
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    const std::string_view segment = path.substr(i, j - i);
    const bool last = j == path.size();
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.push_back("");
    } else if (segment == ".") {
      if (last) segments.push_back("");
    } else if (!(i == 0 && segment.empty())) {
      segments.push_back(segment);
    }
    i = j + 1;
  }
  std::string out;
  for (std::string_view segment : segments) {
    out.push_back('/');
    out.append(segment);
  }
  return out.empty() ? "/" : out;
}

// Splits "path?query#fragment" into the path and the rest.
std::pair<std::string_view, std::string_view> SplitPath(std::string_view s) {
  const size_t end = s.find_first_of("?#");
  if (end == std::string_view::npos) return {s, {}};
  return {s.substr(0, end), s.substr(end)};
}

// ---------------------------------------------------------------- language

struct Stopwords {
  const char* lang;
  std::array<std::string_view, 12> words;
};

// Heuristic (DOMAIN.md §5): very common function words. Words shared by two
// languages ("die", "de", "la" in English names) cost little because a
// language must lead clearly to be chosen; words two listed languages share
// ("de", "la", "se", "je", "il", "des", "ve") are left out, and so is "com"
// (every ".com").
constexpr Stopwords kStopwords[] = {
    {"en", {"the", "and", "of", "with", "your", "our", "is", "are", "for", "you", "this", "we"}},
    {"es", {"el", "la", "de", "con", "para", "los", "las", "que", "del", "por", "una", "nuestro"}},
    {"de", {"der", "die", "und", "mit", "f\xC3\xBCr", "das", "ist", "den", "nicht", "ein", "eine",
            "wir"}},
    // --- Portuguese (pt), Italian (it), French (fr), Turkish (tr), Polish
    // (pl), Czech (cs).
    {"pt", {"não", "seus", "uma", "são", "também", "pelo", "pela", "ao",
            "em", "os", "mais", "você"}},
    {"it", {"alla", "che", "di", "per", "non", "sono", "della", "delle", "nel", "nella", "gli",
            "anche"}},
    {"fr", {"les", "aux", "et", "est", "pour", "avec", "une", "dans", "sur", "nous", "vous",
            "qui"}},
    {"tr", {"ve", "bir", "bu", "ile", "için", "olarak", "daha", "çok", "olan",
            "gibi", "sonra", "kadar"}},
    {"pl", {"się", "jest", "oraz", "że", "dla", "przez", "są",
            "może", "także", "lub", "który", "które"}},
    {"cs", {"že", "pro", "jsou", "také", "nebo", "který",
            "která", "které", "při", "být", "může",
            "jejich"}},
};
constexpr size_t kLanguages = std::size(kStopwords);
constexpr size_t kBaseLanguages = 3;  // en, es, de: the first rows
constexpr size_t kLangScanBytes = 20000;
constexpr size_t kLangScanBlocks = 80;

// Writing systems that name their language outright (text without spaces
// has no stopwords to count): kana is Japanese, Hangul Korean, Thai Thai,
// and Han characters with no kana at all Chinese.
enum Script : size_t { kKana, kHangul, kHan, kThai, kScripts };

Script ScriptOf(uint32_t cp) {
  if (cp >= 0x3040 && cp <= 0x30FF) return kKana;
  if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)) return kHangul;
  if (cp >= 0x4E00 && cp <= 0x9FFF) return kHan;
  if (cp >= 0x0E00 && cp <= 0x0E7F) return kThai;
  return kScripts;
}

// The code point of the UTF-8 sequence `s[i..]` (lead byte >= 0xC0), or 0.
uint32_t CodePointAt(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
  if (i + n > s.size()) return 0;
  uint32_t cp = b0 & (0x3F >> (n - 1));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// The stopwords of the first `languages` rows, word -> language index. Two
// tables: a small one probes faster, and most pages need no more.
const ShortWordMap& StopwordMap(size_t languages) {
  static const auto build = [](size_t n) {
    ShortWordMap map;
    for (size_t l = 0; l < n; ++l) {
      for (std::string_view w : kStopwords[l].words) map.Add(w, static_cast<int>(l));
    }
    return map;
  };
  static const ShortWordMap kBase = build(kBaseLanguages);
  static const ShortWordMap kAll = build(kLanguages);
  return languages <= kBaseLanguages ? kBase : kAll;
}

struct LanguageVotes {
  std::array<int, kLanguages> words{};  // stopwords per language
  std::array<int, kScripts> script{};   // characters per script
};

// Stopwords of the first `languages` rows of kStopwords, and scripts.
LanguageVotes CountVotes(const Document& doc, size_t languages) {
  LanguageVotes votes;
  std::array<int, kLanguages>& counts = votes.words;
  size_t scanned = 0;
  char word[9];
  size_t size = 0;  // bytes of the current word; > 8 means "too long"
  const ShortWordMap& stopwords = StopwordMap(languages);
  const auto score = [&] {
    if (size >= 2 && size <= 8) {
      if (const int lang = stopwords.Find(std::string_view(word, size)); lang >= 0) {
        ++counts[static_cast<size_t>(lang)];
      }
    }
    size = 0;
  };
  for (size_t b = 0; b < doc.blocks.size() && b < kLangScanBlocks; ++b) {
    const std::string& text = doc.blocks[b].text;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (!IsAsciiAlpha(c)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
          score();
          continue;
        }
        if (u >= 0xE0) {
          // Three- and four-byte characters: count their script; they end a
          // word (CJK and Thai text is not split into stopwords).
          const Script script = ScriptOf(CodePointAt(text, i));
          if (script != kScripts) {
            ++votes.script[script];
            score();
            continue;
          }
        }
      }
      // A letter; bytes of multi-byte UTF-8 characters count as letters ("für").
      if (size < sizeof word) word[size] = LowerAscii(c);
      ++size;
    }
    score();
    scanned += text.size();
    if (scanned > kLangScanBytes) break;
  }
  return votes;
}

// The language whose stopwords clearly lead (at least `min_count` of them and
// `factor` times the runner-up), or "".
std::string LeadingLanguage(const std::array<int, kLanguages>& counts, int min_count, int factor) {
  size_t best = 0;
  for (size_t l = 1; l < kLanguages; ++l) {
    if (counts[l] > counts[best]) best = l;
  }
  int second = 0;
  for (size_t l = 0; l < kLanguages; ++l) {
    if (l != best && counts[l] > second) second = counts[l];
  }
  if (counts[best] < min_count || counts[best] < factor * second) return "";
  return kStopwords[best].lang;
}

// The language a script names, when at least `min_chars` of its characters
// appear: kana (with or without Han) is Japanese; Han with no kana Chinese.
std::string ScriptLanguage(const LanguageVotes& v, int min_chars) {
  if (v.script[kKana] >= min_chars) return "ja";
  if (v.script[kHangul] >= min_chars) return "ko";
  if (v.script[kThai] >= min_chars) return "th";
  if (v.script[kHan] >= min_chars && v.script[kKana] * 20 < v.script[kHan]) return "zh";
  return "";
}

// The primary subtag of a language tag ("es-MX" → "es", "pt_BR" → "pt"), or
// "" when it is missing or says nothing ("und", "mul", "zxx", "x-...").
std::string PrimarySubtag(std::string_view tag) {
  tag = Trim(tag);
  const size_t end = tag.find_first_of("-_");
  std::string primary(tag.substr(0, end));
  for (char& c : primary) c = LowerAscii(c);
  if (primary.size() < 2 || primary.size() > 3) return "";
  for (char c : primary) {
    if (!IsAsciiAlpha(c)) return "";
  }
  if (primary == "und" || primary == "mul" || primary == "zxx") return "";
  return primary;
}

// Declared language: <html lang>, else og:locale ("pt_BR"), else a
// Content-Language meta.
std::string DeclaredLanguage(const Document& doc) {
  std::string declared = PrimarySubtag(doc.lang);
  if (declared.empty()) declared = PrimarySubtag(doc.Meta("og:locale"));
  if (declared.empty()) declared = PrimarySubtag(doc.Meta("content-language"));
  return declared;
}

std::string PageLanguage(const Document& doc) {
  const std::string declared = DeclaredLanguage(doc);
  // A page declared English, Spanish or German is first voted among those
  // three (and the scripts); the other languages are counted only when its
  // text does not bear the declaration out, which spares the common case.
  for (size_t l = 0; l < kBaseLanguages; ++l) {
    if (declared != kStopwords[l].lang) continue;
    const LanguageVotes base = CountVotes(doc, kBaseLanguages);
    std::string evident = ScriptLanguage(base, 60);
    if (evident.empty()) evident = LeadingLanguage(base.words, 30, 4);
    if (!evident.empty()) return evident;
    if (base.words[l] >= 5 && LeadingLanguage(base.words, 5, 2) == declared) return declared;
  }
  const LanguageVotes votes = CountVotes(doc, kLanguages);
  if (declared.empty()) {
    std::string script = ScriptLanguage(votes, 10);
    return script.empty() ? LeadingLanguage(votes.words, 5, 2) : script;
  }
  // Heuristic: site templates often keep lang="en-US" on pages written in
  // Spanish or Japanese; overwhelming evidence from the text wins over the
  // attribute.
  std::string evident = ScriptLanguage(votes, 60);
  if (evident.empty()) evident = LeadingLanguage(votes.words, 30, 4);
  return evident.empty() ? declared : evident;
}

bool IsHttpUrl(std::string_view url) {
  const size_t scheme = SchemeLength(url);
  if (scheme != 5 && scheme != 6) return false;
  std::string lower(url.substr(0, scheme));
  for (char& c : lower) c = LowerAscii(c);
  return (lower == "http:" || lower == "https:") && url.substr(scheme, 2) == "//";
}

// What the page says its URL is: its canonical link, else og:url, resolved
// against <base href> and the crawl URL; "" unless that is http(s) (never a
// "javascript:" or "data:" URL).
std::string DeclaredUrl(const Document& doc, std::string_view page_url) {
  const std::string_view base_href = Trim(doc.base_href);
  const std::string base =
      HasAuthority(base_href) ? std::string(base_href)
                              : (HasAuthority(page_url) && !base_href.empty()
                                     ? JoinUrl(page_url, base_href)
                                     : std::string(Trim(page_url)));
  for (std::string_view candidate : {std::string_view(doc.canonical_url),
                                     std::string_view(doc.Meta("og:url"))}) {
    candidate = Trim(candidate);
    if (candidate.empty()) continue;
    std::string resolved = HasAuthority(candidate) ? std::string(candidate) : JoinUrl(base, candidate);
    if (IsHttpUrl(resolved)) return resolved;
  }
  return "";
}

}  // namespace

std::string HostOfUrl(std::string_view url) {
  url = Trim(url);
  size_t begin;
  if (HasAuthority(url)) {
    begin = SchemeLength(url) + 2;
  } else if (url.substr(0, 2) == "//") {
    begin = 2;
  } else {
    return "";
  }
  size_t end = url.find_first_of("/?#\\", begin);
  if (end == std::string_view::npos) end = url.size();
  std::string_view authority = url.substr(begin, end - begin);
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    const size_t close = host.find(']');
    host = close == std::string_view::npos ? host : host.substr(0, close + 1);
  } else if (const size_t colon = host.find(':'); colon != std::string_view::npos) {
    host = host.substr(0, colon);
  }
  std::string out(host);
  for (char& c : out) c = LowerAscii(c);
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (out.starts_with("www.") && out.size() > 4) out.erase(0, 4);
  return out;
}

std::string JoinUrl(std::string_view base, std::string_view ref) {
  ref = Trim(ref);
  base = Trim(base);
  if (SchemeLength(ref) > 0) return std::string(ref);
  if (!HasAuthority(base)) return "";
  const size_t scheme = SchemeLength(base);
  if (ref.substr(0, 2) == "//") return std::string(base.substr(0, scheme)) + std::string(ref);
  size_t authority_end = base.find_first_of("/?#", scheme + 2);
  if (authority_end == std::string_view::npos) authority_end = base.size();
  const std::string origin(base.substr(0, authority_end));
  auto [base_path, base_rest] = SplitPath(base.substr(authority_end));
  if (base_path.empty()) base_path = "/";
  if (ref.empty()) return origin + std::string(base_path) + std::string(base_rest);
  if (ref.front() == '#') {
    const size_t hash = base_rest.find('#');
    return origin + std::string(base_path) + std::string(base_rest.substr(0, hash)) +
           std::string(ref);
  }
  if (ref.front() == '?') return origin + std::string(base_path) + std::string(ref);
  auto [ref_path, ref_rest] = SplitPath(ref);
  std::string merged;
  if (ref_path.empty()) {
    merged = std::string(base_path);
  } else if (ref_path.front() == '/') {
    merged = std::string(ref_path);
  } else {
    merged = std::string(base_path.substr(0, base_path.rfind('/') + 1)) + std::string(ref_path);
  }
  return origin + RemoveDotSegments(merged) + std::string(ref_rest);
}

PageContext BuildPageContext(const Document& doc, std::string_view page_url,
                             std::string_view path) {
  PageContext ctx;
  page_url = Trim(page_url);
  const std::string declared = DeclaredUrl(doc, page_url);
  if (!page_url.empty()) {
    ctx.url = std::string(page_url);
    if (!declared.empty() && declared != ctx.url && HostOfUrl(declared) == HostOfUrl(ctx.url)) {
      ctx.canonical_url = declared;
    }
  } else {
    ctx.url = declared.empty() ? std::string(path) : declared;
  }
  ctx.lang = PageLanguage(doc);
  const std::string host = HostOfUrl(ctx.url);
  const size_t dot = host.rfind('.');
  if (dot != std::string::npos && dot + 1 < host.size()) {
    const std::string tld = host.substr(dot + 1);
    bool alpha = true;
    for (char c : tld) alpha = alpha && IsAsciiAlpha(c);
    if (alpha) ctx.tld = tld;
  }
  return ctx;
}

}  // namespace clinicrank
