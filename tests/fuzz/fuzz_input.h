// Helpers for the libFuzzer targets in this folder (docs/fuzzing.md): split
// one input into the pieces a target needs, and fail loudly (abort, so
// libFuzzer saves the input) when an invariant breaks.
#ifndef CLINICRANK_TESTS_FUZZ_FUZZ_INPUT_H_
#define CLINICRANK_TESTS_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace clinicrank::fuzz {

// The input as text.
inline std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Cuts the first line off `*rest` and returns it (without the newline): a
// URL, a content type, an agent. The rest is the body.
inline std::string_view TakeLine(std::string_view* rest) {
  const size_t nl = rest->find('\n');
  const std::string_view line = rest->substr(0, nl);
  rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
  return line;
}

// Aborts with `what` when `ok` is false: libFuzzer reports it as a crash and
// keeps the input.
inline void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

}  // namespace clinicrank::fuzz

#endif  // CLINICRANK_TESTS_FUZZ_FUZZ_INPUT_H_
