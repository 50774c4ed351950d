// UTF-8 validity (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF) and repair. Page text is decoded to valid UTF-8 by
// parsers/html/charset.h; this is also the last line of defence for every
// string that leaves the program (report/json_util.h), since URLs, headers
// and store contents can carry raw bytes that never went through a decoder.
#ifndef CLINICRANK_BASE_UTF8_H_
#define CLINICRANK_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace clinicrank {

inline constexpr std::string_view kUtf8Replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i] (1 to 4), or 0 when it is
// invalid or truncated. REQUIRES: i < s.size().
size_t ValidUtf8SequenceLength(std::string_view s, size_t i);

// True when `s` is valid UTF-8 (NUL counts as valid). Fast on ASCII.
bool IsValidUtf8(std::string_view s);

// Appends `s` to `out` with every byte that is not part of a valid sequence
// replaced by U+FFFD (one per bad byte), and NULs too when `replace_nul`.
// Returns how many invalid bytes were replaced (NULs not counted).
size_t AppendValidUtf8(std::string_view s, std::string* out, bool replace_nul = false);

// `s` with invalid bytes replaced by U+FFFD (AppendValidUtf8).
std::string ToValidUtf8(std::string_view s);

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_UTF8_H_
