// UTF-8 validity and repair (base/utf8.h): the last line of defence for
// every string that leaves the program (issue 13 #4).
#include "base/utf8.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace clinicrank {
namespace {

TEST_CASE("issue13 #4: valid UTF-8 passes unchanged", "[base][utf8]") {
  const std::string_view cases[] = {
      "", "plain ASCII", "caf\xC3\xA9", "\xE2\x82\xAC 5", "\xF0\x9F\x98\x80",
      "\xEF\xBF\xBD",                  // U+FFFD itself
      "\xF4\x8F\xBF\xBF",              // U+10FFFF, the last code point
      std::string_view("a\0b", 3),     // NUL is valid UTF-8 (JSON escapes it)
      "long ASCII run to cross the eight-byte fast path: 0123456789abcdef",
  };
  for (std::string_view s : cases) {
    CAPTURE(s);
    CHECK(IsValidUtf8(s));
    CHECK(ToValidUtf8(s) == s);
  }
}

TEST_CASE("issue13 #4: each invalid byte becomes one U+FFFD", "[base][utf8]") {
  struct Case {
    std::string_view in;
    std::string_view out;
  };
  const Case cases[] = {
      {"x\xFF", "x\xEF\xBF\xBD"},                            // the charset label
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},              // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate
      {"\xF4\x90\x80\x80z",                                  // above U+10FFFF
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz"},
      {"ab\xE2\x82", "ab\xEF\xBF\xBD\xEF\xBF\xBD"},          // cut at the end
      {"\x80 \xBF", "\xEF\xBF\xBD \xEF\xBF\xBD"},            // lone continuation bytes
      {"https://a.example/\xE9t\xE9", "https://a.example/\xEF\xBF\xBDt\xEF\xBF\xBD"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK_FALSE(IsValidUtf8(c.in));
    const std::string repaired = ToValidUtf8(c.in);
    CHECK(repaired == c.out);
    CHECK(IsValidUtf8(repaired));
  }
}

TEST_CASE("AppendValidUtf8 replaces NULs only when asked and counts bad bytes", "[base][utf8]") {
  const std::string in("a\0\xFF", 3);
  std::string kept, replaced;
  CHECK(AppendValidUtf8(in, &kept) == 1);
  CHECK(kept == std::string("a\0\xEF\xBF\xBD", 5));
  CHECK(AppendValidUtf8(in, &replaced, /*replace_nul=*/true) == 1);
  CHECK(replaced == "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace clinicrank
