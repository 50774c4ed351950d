// Charset detection and decoding (WHATWG Encoding standard, label table and
// the HTML standard's "prescan a byte stream to determine its encoding"),
// with libuchardet where the page declares nothing.
//
// Deviations, all deliberate:
//  - the prescan reads the first 4 KiB (the standard says 1024 bytes);
//  - undeclared pages that are valid UTF-8 are read as UTF-8, and other
//    undeclared pages are named by libuchardet (Mozilla's detector) from
//    their first kDetectBytes, where browsers would use a locale default,
//    usually windows-1252 (which is still the fallback when the detector
//    has no answer): a Thai or Japanese clinic's page is no longer mojibake;
//  - only the labels of the encodings we expect on the web are known; an
//    unknown label is reported and the page is guessed instead.
#include "parsers/html/charset.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace clinicrank {
namespace {

constexpr size_t kPrescanBytes = 4096;
// What the detector reads of an undeclared page: plenty for a confident
// answer, and a bound on the time a huge page costs.
constexpr size_t kDetectBytes = 64 * 1024;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerTrim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

bool StartsWithCaseless(std::string_view s, size_t i, std::string_view prefix) {
  if (i + prefix.size() > s.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (LowerAscii(s[i + k]) != prefix[k]) return false;
  }
  return true;
}

struct Encoding {
  const char* name;   // WHATWG canonical name, lower-case
  const char* iconv;  // glibc iconv name, or nullptr for our own UTF-8 path
};

struct LabelEntry {
  std::string_view label;
  Encoding encoding;
};

constexpr Encoding kUtf8{"utf-8", nullptr};
constexpr Encoding kWindows1252{"windows-1252", "CP1252"};
constexpr Encoding kUtf16Le{"utf-16le", "UTF-16LE"};
constexpr Encoding kUtf16Be{"utf-16be", "UTF-16BE"};

// The WHATWG label table, for the encodings a clinic site may plausibly use.
constexpr LabelEntry kLabels[] = {
    {"unicode-1-1-utf-8", kUtf8}, {"unicode11utf8", kUtf8}, {"unicode20utf8", kUtf8},
    {"utf-8", kUtf8}, {"utf8", kUtf8}, {"x-unicode20utf8", kUtf8},
    {"ansi_x3.4-1968", kWindows1252}, {"ascii", kWindows1252}, {"cp1252", kWindows1252},
    {"cp819", kWindows1252}, {"csisolatin1", kWindows1252}, {"ibm819", kWindows1252},
    {"iso-8859-1", kWindows1252}, {"iso-ir-100", kWindows1252}, {"iso8859-1", kWindows1252},
    {"iso88591", kWindows1252}, {"iso_8859-1", kWindows1252}, {"iso_8859-1:1987", kWindows1252},
    {"l1", kWindows1252}, {"latin1", kWindows1252}, {"us-ascii", kWindows1252},
    {"windows-1252", kWindows1252}, {"x-cp1252", kWindows1252},
    {"csisolatin2", {"iso-8859-2", "ISO-8859-2"}}, {"iso-8859-2", {"iso-8859-2", "ISO-8859-2"}},
    {"iso8859-2", {"iso-8859-2", "ISO-8859-2"}}, {"iso88592", {"iso-8859-2", "ISO-8859-2"}},
    {"iso_8859-2", {"iso-8859-2", "ISO-8859-2"}}, {"l2", {"iso-8859-2", "ISO-8859-2"}},
    {"latin2", {"iso-8859-2", "ISO-8859-2"}},
    {"iso-8859-5", {"iso-8859-5", "ISO-8859-5"}}, {"iso-8859-7", {"iso-8859-7", "ISO-8859-7"}},
    {"greek", {"iso-8859-7", "ISO-8859-7"}}, {"iso-8859-8", {"iso-8859-8", "ISO-8859-8"}},
    {"iso-8859-9", {"windows-1254", "CP1254"}}, {"latin5", {"windows-1254", "CP1254"}},
    {"l5", {"windows-1254", "CP1254"}}, {"iso-8859-13", {"iso-8859-13", "ISO-8859-13"}},
    {"csisolatin9", {"iso-8859-15", "ISO-8859-15"}}, {"iso-8859-15", {"iso-8859-15", "ISO-8859-15"}},
    {"iso8859-15", {"iso-8859-15", "ISO-8859-15"}}, {"iso885915", {"iso-8859-15", "ISO-8859-15"}},
    {"iso_8859-15", {"iso-8859-15", "ISO-8859-15"}}, {"l9", {"iso-8859-15", "ISO-8859-15"}},
    {"latin9", {"iso-8859-15", "ISO-8859-15"}},
    {"cp1250", {"windows-1250", "CP1250"}}, {"windows-1250", {"windows-1250", "CP1250"}},
    {"x-cp1250", {"windows-1250", "CP1250"}}, {"cp1251", {"windows-1251", "CP1251"}},
    {"windows-1251", {"windows-1251", "CP1251"}}, {"x-cp1251", {"windows-1251", "CP1251"}},
    {"cp1253", {"windows-1253", "CP1253"}}, {"windows-1253", {"windows-1253", "CP1253"}},
    {"cp1254", {"windows-1254", "CP1254"}}, {"windows-1254", {"windows-1254", "CP1254"}},
    {"cp1256", {"windows-1256", "CP1256"}}, {"windows-1256", {"windows-1256", "CP1256"}},
    {"cp1257", {"windows-1257", "CP1257"}}, {"windows-1257", {"windows-1257", "CP1257"}},
    {"cp1258", {"windows-1258", "CP1258"}}, {"windows-1258", {"windows-1258", "CP1258"}},
    {"koi8-r", {"koi8-r", "KOI8-R"}}, {"koi8r", {"koi8-r", "KOI8-R"}}, {"koi", {"koi8-r", "KOI8-R"}},
    {"koi8-u", {"koi8-u", "KOI8-U"}}, {"macintosh", {"macintosh", "MACINTOSH"}},
    {"mac", {"macintosh", "MACINTOSH"}}, {"x-mac-roman", {"macintosh", "MACINTOSH"}},
    {"dos-874", {"windows-874", "CP874"}}, {"iso-8859-11", {"windows-874", "CP874"}},
    {"tis-620", {"windows-874", "CP874"}}, {"windows-874", {"windows-874", "CP874"}},
    {"ibm866", {"ibm866", "IBM866"}}, {"cp866", {"ibm866", "IBM866"}},
    {"chinese", {"gbk", "GBK"}}, {"gb2312", {"gbk", "GBK"}}, {"gb_2312", {"gbk", "GBK"}},
    {"gb_2312-80", {"gbk", "GBK"}}, {"gbk", {"gbk", "GBK"}}, {"x-gbk", {"gbk", "GBK"}},
    {"gb18030", {"gb18030", "GB18030"}}, {"big5", {"big5", "BIG5-HKSCS"}},
    {"big5-hkscs", {"big5", "BIG5-HKSCS"}}, {"cn-big5", {"big5", "BIG5-HKSCS"}},
    {"x-x-big5", {"big5", "BIG5-HKSCS"}}, {"euc-jp", {"euc-jp", "EUC-JP"}},
    {"x-euc-jp", {"euc-jp", "EUC-JP"}}, {"iso-2022-jp", {"iso-2022-jp", "ISO-2022-JP"}},
    {"csshiftjis", {"shift_jis", "CP932"}}, {"ms932", {"shift_jis", "CP932"}},
    {"ms_kanji", {"shift_jis", "CP932"}}, {"shift-jis", {"shift_jis", "CP932"}},
    {"shift_jis", {"shift_jis", "CP932"}}, {"sjis", {"shift_jis", "CP932"}},
    {"windows-31j", {"shift_jis", "CP932"}}, {"x-sjis", {"shift_jis", "CP932"}},
    {"iso-8859-3", {"iso-8859-3", "ISO-8859-3"}}, {"latin3", {"iso-8859-3", "ISO-8859-3"}},
    {"iso-8859-4", {"iso-8859-4", "ISO-8859-4"}}, {"latin4", {"iso-8859-4", "ISO-8859-4"}},
    {"iso-8859-6", {"iso-8859-6", "ISO-8859-6"}}, {"arabic", {"iso-8859-6", "ISO-8859-6"}},
    {"iso-8859-10", {"iso-8859-10", "ISO-8859-10"}}, {"latin6", {"iso-8859-10", "ISO-8859-10"}},
    {"iso-8859-14", {"iso-8859-14", "ISO-8859-14"}}, {"iso-8859-16", {"iso-8859-16", "ISO-8859-16"}},
    {"cp1255", {"windows-1255", "CP1255"}}, {"windows-1255", {"windows-1255", "CP1255"}},
    {"x-mac-cyrillic", {"x-mac-cyrillic", "MAC-CYRILLIC"}},
    {"euc-kr", {"euc-kr", "CP949"}}, {"ks_c_5601-1987", {"euc-kr", "CP949"}},
    {"korean", {"euc-kr", "CP949"}}, {"windows-949", {"euc-kr", "CP949"}},
    {"csunicode", kUtf16Le}, {"iso-10646-ucs-2", kUtf16Le}, {"ucs-2", kUtf16Le},
    {"unicode", kUtf16Le}, {"unicodefeff", kUtf16Le}, {"utf-16", kUtf16Le},
    {"utf-16le", kUtf16Le}, {"unicodefffe", kUtf16Be}, {"utf-16be", kUtf16Be},
    // x-user-defined maps bytes to private-use code points; windows-1252 is a
    // more useful reading of such pages.
    {"x-user-defined", kWindows1252},
};

// Names libuchardet gives that are no WHATWG label, as iconv knows them.
constexpr LabelEntry kDetectorNames[] = {
    {"mac-cyrillic", {"x-mac-cyrillic", "MAC-CYRILLIC"}},
    {"mac-centraleurope", {"x-mac-centraleurope", "MAC-CENTRALEUROPE"}},
    {"ibm852", {"ibm852", "IBM852"}},
    {"euc-tw", {"euc-tw", "EUC-TW"}},
    {"viscii", {"viscii", "VISCII"}},
    {"utf-32", {"utf-32", "UTF-32"}},
    {"iso-2022-cn", {"iso-2022-cn", "ISO-2022-CN"}},
    {"iso-2022-kr", {"iso-2022-kr", "ISO-2022-KR"}},
};

std::optional<Encoding> EncodingForLabel(std::string_view label) {
  const std::string key = LowerTrim(label);
  for (const LabelEntry& entry : kLabels) {
    if (entry.label == key) return entry.encoding;
  }
  return std::nullopt;
}

bool IsUtf16(const Encoding& e) { return e.iconv == kUtf16Le.iconv || e.iconv == kUtf16Be.iconv; }

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Converts with iconv into UTF-8; every byte iconv rejects becomes U+FFFD.
// Returns the number of bytes replaced, or nullopt when iconv does not know
// the encoding.
std::optional<size_t> ConvertWithIconv(std::string_view bytes, const char* from,
                                       std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  size_t replaced = 0;
  char buffer[16384];
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  while (in_left > 0) {
    char* dst = buffer;
    size_t dst_left = sizeof(buffer);
    const size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    const int err = errno;
    out->append(buffer, static_cast<size_t>(dst - buffer));
    if (rc != static_cast<size_t>(-1)) break;
    if (err == E2BIG) continue;
    // EILSEQ (invalid) or EINVAL (truncated at the end): replace one byte and
    // resynchronise; reset the shift state for stateful encodings.
    out->append(kUtf8Replacement);
    ++replaced;
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  // Flush any shift sequence (stateful encodings).
  char* dst = buffer;
  size_t dst_left = sizeof(buffer);
  iconv(cd, nullptr, nullptr, &dst, &dst_left);
  out->append(buffer, static_cast<size_t>(dst - buffer));
  iconv_close(cd);
  return replaced;
}

// The value of a charset= parameter in `s` (a Content-Type header or a meta
// content attribute), per the HTML standard's "extracting a character
// encoding from a meta element"; nullopt when there is none.
std::optional<std::string> CharsetParameter(std::string_view s) {
  size_t pos = 0;
  while (true) {
    size_t found = std::string_view::npos;
    for (size_t i = pos; i + 7 <= s.size(); ++i) {
      if (StartsWithCaseless(s, i, "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return std::nullopt;
    size_t i = found + 7;
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') {
      pos = found + 1;
      continue;
    }
    ++i;
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size()) return std::nullopt;
    if (s[i] == '"' || s[i] == '\'') {
      const size_t end = s.find(s[i], i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      return std::string(s.substr(i + 1, end - i - 1));
    }
    size_t end = i;
    while (end < s.size() && !IsAsciiSpace(s[end]) && s[end] != ';') ++end;
    if (end == i) return std::nullopt;
    return std::string(s.substr(i, end - i));
  }
}

// One attribute read by the prescan.
struct PrescanAttribute {
  std::string name;
  std::string value;
};

// Reads the attribute at s[*i] ("get an attribute" in the HTML standard).
// Returns false at the end of the tag.
bool NextAttribute(std::string_view s, size_t* i, PrescanAttribute* attr) {
  attr->name.clear();
  attr->value.clear();
  while (*i < s.size() && (IsAsciiSpace(s[*i]) || s[*i] == '/')) ++*i;
  if (*i >= s.size() || s[*i] == '>') return false;
  while (*i < s.size()) {
    const char c = s[*i];
    if (c == '=' && !attr->name.empty()) break;
    if (IsAsciiSpace(c) || c == '/' || c == '>') break;
    attr->name.push_back(LowerAscii(c));
    ++*i;
  }
  while (*i < s.size() && IsAsciiSpace(s[*i])) ++*i;
  if (*i >= s.size() || s[*i] != '=') return true;
  ++*i;
  while (*i < s.size() && IsAsciiSpace(s[*i])) ++*i;
  if (*i >= s.size()) return true;
  if (s[*i] == '"' || s[*i] == '\'') {
    const char quote = s[*i];
    const size_t end = s.find(quote, *i + 1);
    const size_t stop = end == std::string_view::npos ? s.size() : end;
    attr->value = std::string(s.substr(*i + 1, stop - *i - 1));
    *i = end == std::string_view::npos ? s.size() : end + 1;
    return true;
  }
  while (*i < s.size() && !IsAsciiSpace(s[*i]) && s[*i] != '>') {
    attr->value.push_back(s[*i]);
    ++*i;
  }
  return true;
}

// The charset label a <meta> tag declares, reading attributes from s[*i].
std::optional<std::string> MetaCharset(std::string_view s, size_t* i) {
  PrescanAttribute attr;
  bool http_equiv_content_type = false;
  std::optional<std::string> charset, content_charset;
  while (NextAttribute(s, i, &attr)) {
    if (attr.name == "http-equiv") {
      http_equiv_content_type = LowerTrim(attr.value) == "content-type";
    } else if (attr.name == "charset" && !charset) {
      charset = attr.value;
    } else if (attr.name == "content" && !content_charset) {
      content_charset = CharsetParameter(attr.value);
    }
  }
  if (charset) return charset;
  if (http_equiv_content_type && content_charset) return content_charset;
  return std::nullopt;
}

// The HTML standard's prescan, over the first kPrescanBytes: the first
// <meta> that declares a charset wins. Comments and other tags are skipped.
std::optional<std::string> PrescanForCharset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kPrescanBytes);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {
      const size_t end = s.find("-->", i + 2);
      if (end == std::string_view::npos) return std::nullopt;
      i = end + 3;
    } else if (StartsWithCaseless(s, i, "<meta") && i + 5 < s.size() &&
               (IsAsciiSpace(s[i + 5]) || s[i + 5] == '/')) {
      i += 5;
      if (auto label = MetaCharset(s, &i)) return label;
    } else if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?' || s[i + 1] == '/' ||
                                    std::isalpha(static_cast<unsigned char>(s[i + 1])))) {
      // Another tag: skip its attributes (which may hold a quoted '>').
      i += 1;
      while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '>') ++i;
      PrescanAttribute attr;
      while (NextAttribute(s, &i, &attr)) {
      }
      if (i < s.size()) ++i;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

struct Declaration {
  std::optional<Encoding> encoding;
  std::string source;  // "byte-order mark", "Content-Type header", "<meta>"
  size_t bom_length = 0;
};

// The first 40 bytes of a label as printable ASCII, other bytes as \xHH:
// the label comes from the page and ends up in warnings on a terminal.
std::string PrintableLabel(std::string_view label) {
  std::string out;
  for (unsigned char c : label.substr(0, 40)) {
    if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
      out.push_back(static_cast<char>(c));
    } else {
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// Appends a warning when `label` (from `source`) names no known encoding.
std::optional<Encoding> LookUp(const std::string& label, std::string_view source,
                               std::vector<std::string>* warnings) {
  if (auto e = EncodingForLabel(label)) return e;
  warnings->push_back("unknown charset \"" + PrintableLabel(label) + "\" in " +
                      std::string(source) + "; ignored");
  return std::nullopt;
}

Declaration FindDeclaration(std::string_view bytes, std::string_view content_type,
                            std::vector<std::string>* warnings) {
  Declaration d;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {kUtf8, "byte-order mark", 3};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {kUtf16Le, "byte-order mark", 2};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {kUtf16Be, "byte-order mark", 2};
  if (auto label = CharsetParameter(content_type)) {
    if (auto e = LookUp(*label, "Content-Type header", warnings)) {
      return {e, "Content-Type header", 0};
    }
  }
  if (auto label = PrescanForCharset(bytes)) {
    if (auto e = LookUp(*label, "<meta>", warnings)) {
      // A page that can be prescanned as ASCII is not UTF-16 (HTML standard).
      if (IsUtf16(*e)) e = kUtf8;
      return {e, "<meta>", 0};
    }
  }
  return d;
}

// True when every non-ASCII byte of `sample` means in `encoding` what it
// means in windows-1252 ("café" is the same in iso-8859-2): then the guess
// is reported as windows-1252, the reading of most undeclared Western pages,
// rather than whichever Latin code page the detector named first.
bool ReadsAsWindows1252(std::string_view sample, const Encoding& encoding) {
  if (encoding.iconv == kWindows1252.iconv) return true;
  if (encoding.iconv == nullptr) return false;
  bool seen[256] = {};
  std::string high;
  for (char c : sample) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 && !seen[byte]) {
      seen[byte] = true;
      high.push_back(c);
    }
  }
  std::string as_detected, as_1252;
  return ConvertWithIconv(high, encoding.iconv, &as_detected) &&
         ConvertWithIconv(high, kWindows1252.iconv, &as_1252) && as_detected == as_1252;
}

// The encoding libuchardet reads in bytes that are not UTF-8, or
// windows-1252 when it cannot tell (or names something we do not know).
Encoding DetectEncoding(std::string_view body) {
  struct Deleter {
    void operator()(uchardet* d) const { uchardet_delete(d); }
  };
  std::unique_ptr<uchardet, Deleter> detector(uchardet_new());
  if (!detector) return kWindows1252;
  const std::string_view sample = body.substr(0, kDetectBytes);
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) {
    return kWindows1252;
  }
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (!name || !*name) return kWindows1252;
  std::optional<Encoding> detected = EncodingForLabel(name);
  const std::string key = LowerTrim(name);
  for (const LabelEntry& entry : kDetectorNames) {
    if (!detected && entry.label == key) detected = entry.encoding;
  }
  if (!detected || ReadsAsWindows1252(sample, *detected)) return kWindows1252;
  return *detected;
}

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  DecodedText result;
  Declaration declaration = FindDeclaration(bytes, content_type, &result.warnings);
  const std::string_view body = bytes.substr(declaration.bom_length);
  Encoding encoding = kUtf8;
  if (declaration.encoding) {
    encoding = *declaration.encoding;
  } else {
    result.guessed = true;
    if (!IsValidUtf8(body)) encoding = DetectEncoding(body);
    if (!IsAscii(body)) {
      result.warnings.push_back(std::string("charset not declared; guessed ") + encoding.name);
    }
  }
  result.charset = encoding.name;
  result.utf8.reserve(body.size() + body.size() / 8);

  size_t replaced = 0;
  if (encoding.iconv == nullptr) {
    replaced = AppendValidUtf8(body, &result.utf8, /*replace_nul=*/true);
  } else {
    std::string converted;
    converted.reserve(body.size() + body.size() / 4);
    std::optional<size_t> n = ConvertWithIconv(body, encoding.iconv, &converted);
    if (!n) {
      // iconv lacks this encoding (a minimal libc): fall back to windows-1252.
      result.warnings.push_back(std::string("cannot convert from ") + encoding.name +
                                "; read as windows-1252");
      result.charset = kWindows1252.name;
      converted.clear();
      n = ConvertWithIconv(body, kWindows1252.iconv, &converted);
    }
    replaced = n.value_or(0);
    // iconv output is UTF-8 already; this pass only replaces NUL characters.
    AppendValidUtf8(converted, &result.utf8, /*replace_nul=*/true);
  }
  if (replaced > 0) {
    result.warnings.push_back(std::to_string(replaced) + " byte(s) invalid in " +
                              result.charset + " replaced with U+FFFD");
  }
  return result;
}

}  // namespace clinicrank
