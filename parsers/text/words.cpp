// Whole-word search in folded text (parsers/text/words.h).
#include "parsers/text/words.h"

#include "parsers/text/utf8.h"

namespace clinicrank {

using text_internal::IsAsciiAlnum;

size_t FindWord(std::string_view folded, std::string_view word, size_t from) {
  if (word.empty()) return std::string_view::npos;
  size_t pos = from;
  while (true) {
    pos = folded.find(word, pos);
    if (pos == std::string_view::npos) return pos;
    const size_t end = pos + word.size();
    const bool left_ok =
        pos == 0 || !IsAsciiAlnum(static_cast<unsigned char>(folded[pos - 1])) ||
        !IsAsciiAlnum(static_cast<unsigned char>(word.front()));
    const bool right_ok =
        end == folded.size() ||
        !IsAsciiAlnum(static_cast<unsigned char>(folded[end])) ||
        !IsAsciiAlnum(static_cast<unsigned char>(word.back()));
    if (left_ok && right_ok) return pos;
    ++pos;
  }
}

bool ContainsWord(std::string_view folded, std::string_view word) {
  return FindWord(folded, word) != std::string_view::npos;
}

std::vector<std::string_view> SplitWords(std::string_view folded) {
  const auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_word(folded[i])) ++i;
    size_t j = i;
    while (j < folded.size() &&
           (is_word(folded[j]) ||
            (folded[j] == '\'' && j + 1 < folded.size() && is_word(folded[j + 1])))) {
      ++j;
    }
    if (j > i) words.push_back(folded.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace clinicrank
