// Decoding a page's bytes to UTF-8. The charset is taken, in order of
// precedence (WHATWG), from a byte-order mark, the HTTP Content-Type header,
// <meta charset>, <meta http-equiv=Content-Type> (the first 4 KiB are
// scanned, as the HTML standard's prescan does); else it is guessed, with a
// warning naming it ("charset not declared; guessed windows-874"): valid
// UTF-8 is UTF-8, other bytes are named by libuchardet (TIS-620, Shift_JIS,
// windows-1251, …), windows-1252 when it cannot tell. Conversion uses iconv;
// invalid bytes become U+FFFD. Never fails; time is linear in the input.
#ifndef CLINICRANK_PARSERS_HTML_CHARSET_H_
#define CLINICRANK_PARSERS_HTML_CHARSET_H_

#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct DecodedText {
  std::string utf8;     // valid UTF-8, BOM removed
  std::string charset;  // canonical lower-case name used, e.g. "utf-8", "windows-1252"
  bool guessed = false; // no BOM, header or meta declared it
  std::vector<std::string> warnings;
};

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type = {});

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_CHARSET_H_
