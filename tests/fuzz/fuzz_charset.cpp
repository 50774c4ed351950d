// Charset detection and decoding (parsers/html/charset.h). Input: a first
// line used as the HTTP Content-Type header, then the page bytes.
// Invariant: the output is valid UTF-8 with no NUL, whatever the bytes and
// the declared or guessed charset.
#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "parsers/html/charset.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  std::string_view rest = fuzz::AsText(data, size);
  const std::string_view content_type = fuzz::TakeLine(&rest);
  const DecodedText d = DecodeToUtf8(rest, content_type);
  fuzz::Check(IsValidUtf8(d.utf8), "decoded text is not valid UTF-8");
  fuzz::Check(d.utf8.find('\0') == std::string::npos, "decoded text holds a NUL");
  fuzz::Check(!d.charset.empty(), "no charset named");
  for (const std::string& w : d.warnings) fuzz::Check(IsValidUtf8(w), "warning not UTF-8");
  return 0;
}
