// Whole-word search in folded text: a word or phrase counts only where it is
// bounded by non-alphanumeric characters or the ends of the text.
#ifndef CLINICRANK_PARSERS_TEXT_WORDS_H_
#define CLINICRANK_PARSERS_TEXT_WORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace clinicrank {

// True if `folded` contains `word` bounded by non-alphanumeric characters
// (or the ends). `word` must be folded already.
bool ContainsWord(std::string_view folded, std::string_view word);
// Position of the first whole-word match of `word` at or after `from`, or npos.
size_t FindWord(std::string_view folded, std::string_view word, size_t from = 0);

// The words of a folded text: runs of [a-z0-9], with inner apostrophes kept
// ("don't", "wharton's").
std::vector<std::string_view> SplitWords(std::string_view folded);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_WORDS_H_
