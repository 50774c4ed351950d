// DecodeToUtf8: WHATWG Encoding labels and the HTML standard's encoding
// sniffing (BOM > Content-Type > <meta> prescan > guess).
#include "parsers/html/charset.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {
namespace {

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

bool AnyWarningContains(const DecodedText& d, std::string_view needle) {
  for (const std::string& w : d.warnings) {
    if (Contains(w, needle)) return true;
  }
  return false;
}

// Real windows-1252 bytes: curly quotes 0x93/0x94, é 0xE9, € 0x80.
constexpr std::string_view kCp1252Body = "<p>\x93quoted\x94 caf\xe9 \x80 3.500</p>";
constexpr std::string_view kCp1252Utf8 =
    "\xE2\x80\x9Cquoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x82\xAC 3.500";

TEST_CASE("meta charset=windows-1252 decodes cp1252 bytes", "[charset][contract]") {
  const std::string page = "<html><head><meta charset=\"windows-1252\"></head><body>" +
                           std::string(kCp1252Body) + "</body></html>";
  const DecodedText d = DecodeToUtf8(page);
  CHECK(d.charset == "windows-1252");
  CHECK_FALSE(d.guessed);
  CHECK(Contains(d.utf8, kCp1252Utf8));
  CHECK(d.warnings.empty());
}

TEST_CASE("undeclared cp1252 page is guessed with a warning", "[charset][contract]") {
  const std::string page = "<html><body>" + std::string(kCp1252Body) + "</body></html>";
  const DecodedText d = DecodeToUtf8(page);
  CHECK(d.charset == "windows-1252");
  CHECK(d.guessed);
  CHECK(Contains(d.utf8, kCp1252Utf8));
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0] == "charset not declared; guessed windows-1252");
}

// Issue 15: a page that is not UTF-8 and declares nothing is named by
// libuchardet, not read as windows-1252. TIS-620 and Shift_JIS bytes below
// were made from the UTF-8 text the checks look for.
constexpr std::string_view kThaiTis620 =
    "<html><head><title>\xA4\xC5\xD4\xB9\xD4\xA1\xE0\xAB\xC5\xC5\xEC\xB5\xE9\xB9\xA1\xD3\xE0"
    "\xB9\xD4\xB4</title></head><body><h1>\xA1\xD2\xC3\xC3\xD1\xA1\xC9\xD2\xA2\xE9\xCD\xE0"
    "\xA2\xE8\xD2\xE0\xCA\xD7\xE8\xCD\xC1\xB4\xE9\xC7\xC2\xE0\xAB\xC5\xC5\xEC\xB5\xE9\xB9"
    "\xA1\xD3\xE0\xB9\xD4\xB4</h1><p>\xC3\xD2\xA4\xD2 150,000 \xBA\xD2\xB7 \xB5\xE8\xCD\xA2"
    "\xE9\xD2\xA7\xE0\xA2\xE8\xD2 \xA9\xD5\xB4\xC0\xD2\xC2\xE3\xB5\xE9\xA1\xD2\xC3\xB9\xD3"
    "\xB7\xD2\xA7\xB4\xE9\xC7\xC2\xCD\xD1\xC5\xB5\xC3\xD2\xAB\xD2\xC7\xB9\xB4\xEC</p></bo"
    "dy></html>";
constexpr std::string_view kJapaneseShiftJis =
    "<html><head><title>\x8A\xB2\x8D\xD7\x96" "E\x83N\x83\x8A\x83j\x83" "b\x83N</title></"
    "head><body><h1>\x95G\x82\xCC\x8A\xB2\x8D\xD7\x96" "E\x8E\xA1\x97\xC3</h1><p>\x97\xBF"
    "\x8B\xE0\x82\xCD\x95\xD0\x95G\x82\xC5" "120\x96\x9C\x89~\x82\xC5\x82\xB7\x81" "B\x92"
    "\xB4\x89\xB9\x94g\x83K\x83" "C\x83h\x89\xBA\x82\xC5\x92\x8D\x8E\xCB\x82\xB5\x82\xDC\x82"
    "\xB7\x81" "B</p></body></html>";

TEST_CASE("issue15: an undeclared TIS-620 page decodes as Thai", "[charset][contract]") {
  const DecodedText d = DecodeToUtf8(kThaiTis620, "text/html");
  CHECK(d.charset == "windows-874");
  CHECK(d.guessed);
  CHECK(Contains(d.utf8, "ราคา 150,000 บาท ต่อข้างเข่า"));
  CHECK(Contains(d.utf8, "การรักษาข้อเข่าเสื่อมด้วยเซลล์ต้นกำเนิด"));
  CHECK(IsValidUtf8(d.utf8));
  CHECK(d.warnings == std::vector<std::string>{"charset not declared; guessed windows-874"});
}

TEST_CASE("issue15: an undeclared Shift_JIS page decodes as Japanese", "[charset][contract]") {
  const DecodedText d = DecodeToUtf8(kJapaneseShiftJis);
  CHECK(d.charset == "shift_jis");
  CHECK(d.guessed);
  CHECK(Contains(d.utf8, "料金は片膝で120万円です。"));
  CHECK(Contains(d.utf8, "超音波ガイド下で注射します。"));
  CHECK(d.warnings == std::vector<std::string>{"charset not declared; guessed shift_jis"});
}

TEST_CASE("issue15: the detector names other scripts; Latin look-alikes stay windows-1252",
          "[charset][heuristic]") {
  struct Case {
    std::string_view bytes;
    std::string_view charset;
    std::string_view text;  // UTF-8 the page must contain
  };
  const Case cases[] = {
      {"<p>\xCB\xE5\xF7\xE5\xED\xE8\xE5 \xEA\xEE\xEB\xE5\xED\xED\xEE\xE3\xEE "
       "\xF1\xF3\xF1\xF2\xE0\xE2\xE0 \xF1\xF2\xE2\xEE\xEB\xEE\xE2\xFB\xEC\xE8 "
       "\xEA\xEB\xE5\xF2\xEA\xE0\xEC\xE8. \xD6\xE5\xED\xE0: 300 000 \xF0\xF3\xE1\xEB\xE5\xE9 "
       "\xE7\xE0 \xEE\xE4\xED\xEE \xEA\xEE\xEB\xE5\xED\xEE. \xC8\xED\xFA\xE5\xEA\xF6\xE8\xFF "
       "\xEF\xEE\xE4 \xEA\xEE\xED\xF2\xF0\xEE\xEB\xE5\xEC \xD3\xC7\xC8.</p>",
       "windows-1251", "Цена: 300 000 рублей за одно колено"},
      {"<p>L\xE9\xE8" "ba kolenn\xEDho kloubu kmenov\xFDmi bu\xF2kami. Cena: 80 000 K\xE8 za "
       "jedno koleno. Injekce pod ultrazvukovou kontrolou, p\xF8\xEDprava trv\xE1 "
       "p\xF8ibli\x9En\xEC dv\xEC hodiny, \x9E\xE1" "dn\xE9 riziko.</p>",
       "windows-1250", "Cena: 80 000 Kč za jedno koleno"},
      // Distractor: a few Western bytes that read the same in a Central
      // European code page are still reported as windows-1252.
      {"<p>Prix: 3 500 \x80 par genou, caf\xE9 offert.</p>", "windows-1252", "3 500 € par genou"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.charset);
    const DecodedText d = DecodeToUtf8(c.bytes);
    CHECK(d.guessed);
    CHECK(d.charset == c.charset);
    CHECK(Contains(d.utf8, c.text));
  }
}

TEST_CASE("issue15: a declaration still beats the detector", "[charset][contract]") {
  // WHATWG order: the header (or meta) wins, even over a confident guess.
  const DecodedText header = DecodeToUtf8(kThaiTis620, "text/html; charset=windows-1252");
  CHECK(header.charset == "windows-1252");
  CHECK_FALSE(header.guessed);
  CHECK_FALSE(Contains(header.utf8, "ราคา"));
  const DecodedText bom = DecodeToUtf8("\xEF\xBB\xBF" + std::string(kJapaneseShiftJis));
  CHECK(bom.charset == "utf-8");
  CHECK_FALSE(bom.guessed);
  // A label that lies (UTF-8 declared, Shift_JIS sent): bounded, warned, readable.
  const DecodedText lie = DecodeToUtf8(kJapaneseShiftJis, "text/html; charset=utf-8");
  CHECK(lie.charset == "utf-8");
  CHECK(IsValidUtf8(lie.utf8));
  CHECK(AnyWarningContains(lie, "invalid in utf-8 replaced with U+FFFD"));
}

TEST_CASE("undeclared valid UTF-8 is read as UTF-8", "[charset][heuristic]") {
  const DecodedText d = DecodeToUtf8("<p>caf\xC3\xA9 \xE2\x82\xAC""3.500</p>");
  CHECK(d.charset == "utf-8");
  CHECK(d.guessed);
  CHECK(Contains(d.utf8, "caf\xC3\xA9 \xE2\x82\xAC""3.500"));
  CHECK(AnyWarningContains(d, "guessed utf-8"));
}

TEST_CASE("undeclared pure ASCII needs no warning", "[charset][heuristic]") {
  const DecodedText d = DecodeToUtf8("<p>Price: $3,500</p>");
  CHECK(d.guessed);
  CHECK(d.utf8 == "<p>Price: $3,500</p>");
  CHECK(d.warnings.empty());
}

TEST_CASE("meta prescan forms", "[charset][contract]") {
  struct Case {
    std::string_view head;
    std::string_view charset;
  };
  const Case cases[] = {
      {"<meta charset=\"windows-1252\">", "windows-1252"},
      {"<meta charset=windows-1252>", "windows-1252"},
      {"<META CHARSET='ISO-8859-1'>", "windows-1252"},
      {"<meta charset=latin1 />", "windows-1252"},
      {"<meta charset=\"us-ascii\">", "windows-1252"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
       "windows-1252"},
      {"<meta content='text/html;charset=ISO-8859-15' http-equiv='content-type'>", "iso-8859-15"},
      {"<meta http-equiv=content-type content=\"text/html; charset = windows-1252\">",
       "windows-1252"},
      {"<meta charset=\"utf8\">", "utf-8"},
      {"<meta charset=\" UTF-8 \">", "utf-8"},
      // The prescan skips comments and other tags' attributes.
      {"<!-- <meta charset=utf-8> --><meta charset=windows-1252>", "windows-1252"},
      {"<div title='<meta charset=utf-8>'></div><meta charset=windows-1252>", "windows-1252"},
      // A meta that says UTF-16 cannot be right (the prescan read ASCII).
      {"<meta charset=utf-16>", "utf-8"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head);
    const std::string page = "<html><head>" + std::string(c.head) + "</head><body>" +
                             std::string(kCp1252Body) + "</body></html>";
    const DecodedText d = DecodeToUtf8(page);
    CHECK(d.charset == c.charset);
    CHECK_FALSE(d.guessed);
    CHECK(IsValidUtf8(d.utf8));
  }
}

TEST_CASE("http-equiv without charset or other meta does not declare", "[charset][contract]") {
  const DecodedText d = DecodeToUtf8(
      "<meta name=description content=\"charset=utf-8\"><meta http-equiv=refresh "
      "content=\"5\"><p>caf\xe9</p>");
  CHECK(d.guessed);
  CHECK(d.charset == "windows-1252");
}

TEST_CASE("a meta past the first 4 KiB is not seen", "[charset][contract]") {
  const std::string page = "<p>" + std::string(5000, 'x') + "</p><meta charset=utf-8><p>caf\xe9";
  const DecodedText d = DecodeToUtf8(page);
  CHECK(d.guessed);
  CHECK(d.charset == "windows-1252");
}

TEST_CASE("Content-Type header beats meta", "[charset][contract]") {
  const std::string page =
      "<meta charset=utf-8><p>" + std::string(kCp1252Body) + "</p>";
  const DecodedText d = DecodeToUtf8(page, "text/html; charset=Windows-1252");
  CHECK(d.charset == "windows-1252");
  CHECK_FALSE(d.guessed);
  CHECK(Contains(d.utf8, kCp1252Utf8));
}

TEST_CASE("Content-Type header forms", "[charset][contract]") {
  struct Case {
    std::string_view header;
    std::string_view charset;
    bool guessed;
  };
  const Case cases[] = {
      {"text/html; charset=utf-8", "utf-8", false},
      {"text/html;charset=\"ISO-8859-1\"", "windows-1252", false},
      {"TEXT/HTML; CHARSET=LATIN1", "windows-1252", false},
      {"text/html", "windows-1252", true},
      {"text/html; charset=", "windows-1252", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.header);
    const DecodedText d = DecodeToUtf8("<p>caf\xe9</p>", c.header);
    CHECK(d.charset == c.charset);
    CHECK(d.guessed == c.guessed);
    CHECK(IsValidUtf8(d.utf8));
  }
}

TEST_CASE("BOM beats header and meta", "[charset][contract]") {
  const std::string page = "\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9</p>";
  const DecodedText d = DecodeToUtf8(page, "text/html; charset=iso-8859-1");
  CHECK(d.charset == "utf-8");
  CHECK_FALSE(d.guessed);
  CHECK(d.utf8 == "<meta charset=windows-1252><p>caf\xC3\xA9</p>");
}

TEST_CASE("UTF-16 byte-order marks", "[charset][contract]") {
  // "<p>é€</p>" in UTF-16LE and UTF-16BE.
  const std::string le("\xFF\xFE<\0p\0>\0\xE9\0\xAC\x20<\0/\0p\0>\0", 20);
  const std::string be("\xFE\xFF\0<\0p\0>\0\xE9\x20\xAC\0<\0/\0p\0>", 20);
  const DecodedText dle = DecodeToUtf8(le);
  CHECK(dle.charset == "utf-16le");
  CHECK(dle.utf8 == "<p>\xC3\xA9\xE2\x82\xAC</p>");
  const DecodedText dbe = DecodeToUtf8(be);
  CHECK(dbe.charset == "utf-16be");
  CHECK(dbe.utf8 == "<p>\xC3\xA9\xE2\x82\xAC</p>");
}

TEST_CASE("truncated UTF-16 ends with a replacement character", "[charset][contract]") {
  const std::string le("\xFF\xFEh\0i\0!", 7);
  const DecodedText d = DecodeToUtf8(le);
  CHECK(d.utf8 == "hi\xEF\xBF\xBD");
  CHECK(IsValidUtf8(d.utf8));
}

TEST_CASE("declared UTF-8 with invalid bytes: replaced and warned", "[charset][contract]") {
  const std::string page = "<meta charset=utf-8><p>caf\xe9 ok \xC3\xA9 \xF0\x9F\x98</p>";
  const DecodedText d = DecodeToUtf8(page);
  CHECK(d.charset == "utf-8");
  CHECK_FALSE(d.guessed);
  CHECK(IsValidUtf8(d.utf8));
  CHECK(Contains(d.utf8, "caf\xEF\xBF\xBD ok \xC3\xA9 "));
  CHECK(AnyWarningContains(d, "replaced with U+FFFD"));
}

TEST_CASE("invalid UTF-8 forms are all replaced", "[charset][contract]") {
  const std::string_view cases[] = {
      "\xC0\xAF",          // overlong '/'
      "\xED\xA0\x80",      // surrogate
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "\xFF\xFE\xFD",      // never valid
      "\xE2\x82",          // truncated at the end
      "\x80\xBF",          // lone continuation bytes
  };
  for (std::string_view bad : cases) {
    CAPTURE(bad);
    const DecodedText d = DecodeToUtf8("a" + std::string(bad) + "b", "text/html; charset=utf-8");
    CHECK(IsValidUtf8(d.utf8));
    CHECK(d.utf8.front() == 'a');
    CHECK(d.utf8.back() == 'b');
    CHECK(Contains(d.utf8, "\xEF\xBF\xBD"));
  }
}

TEST_CASE("NUL bytes become U+FFFD", "[charset][contract]") {
  const std::string utf8("<p>a\0b</p>", 10);
  CHECK(DecodeToUtf8(utf8, "text/html; charset=utf-8").utf8 == "<p>a\xEF\xBF\xBD""b</p>");
  const std::string cp1252("<p>\xe9\0</p>", 9);
  const DecodedText d = DecodeToUtf8(cp1252, "text/html; charset=windows-1252");
  CHECK(d.utf8 == "<p>\xC3\xA9\xEF\xBF\xBD</p>");
  CHECK(d.utf8.find('\0') == std::string::npos);
}

TEST_CASE("unknown charset label: warning and guess", "[charset][contract]") {
  const DecodedText d = DecodeToUtf8("<meta charset=klingon-8><p>caf\xe9</p>");
  CHECK(d.guessed);
  CHECK(d.charset == "windows-1252");
  CHECK(AnyWarningContains(d, "unknown charset \"klingon-8\""));
  CHECK(AnyWarningContains(d, "guessed windows-1252"));
  CHECK(d.utf8 == "<meta charset=klingon-8><p>caf\xC3\xA9</p>");
}

TEST_CASE("other legacy encodings go through iconv", "[charset][contract]") {
  struct Case {
    std::string_view label;
    std::string_view bytes;
    std::string_view utf8;
  };
  const Case cases[] = {
      {"iso-8859-15", "\xA4", "\xE2\x82\xAC"},               // €
      {"windows-1251", "\xCF\xF0\xE8", "\xD0\x9F\xD1\x80\xD0\xB8"},  // При
      {"shift_jis", "\x93\xfa", "\xE6\x97\xA5"},              // 日
      {"tis-620", "\xA1", "\xE0\xB8\x81"},                    // ก
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    const DecodedText d = DecodeToUtf8(c.bytes, "text/html; charset=" + std::string(c.label));
    CHECK(d.utf8 == c.utf8);
    CHECK(d.warnings.empty());
  }
}

TEST_CASE("binary junk decodes to bounded valid UTF-8", "[charset][contract]") {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    junk.push_back(static_cast<char>(x >> 16));
  }
  for (std::string_view header : {"", "text/html; charset=utf-8", "text/html; charset=shift_jis",
                                  "text/html; charset=utf-16be"}) {
    CAPTURE(header);
    const DecodedText d = DecodeToUtf8(junk, header);
    CHECK(IsValidUtf8(d.utf8));
    CHECK(d.utf8.find('\0') == std::string::npos);
    CHECK(d.utf8.size() <= 4 * junk.size());
  }
}

}  // namespace
}  // namespace clinicrank
