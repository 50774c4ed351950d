// Fixed lists of folded phrases written with a trailing '*' for a word
// prefix ("harvest*" matches "harvested"), matched through the one phrase
// matcher (parsers/text/phrase_set.h): each list is compiled into a
// PhraseSet the first time it is used and kept for the process.
#ifndef CLINICRANK_PARSERS_TEXT_PHRASE_LIST_H_
#define CLINICRANK_PARSERS_TEXT_PHRASE_LIST_H_

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "parsers/text/phrase_set.h"
#include "parsers/text/span.h"

namespace clinicrank {

// REQUIRES: the list has static storage (it is compiled once, keyed by its
// address).
using Phrases = std::span<const std::string_view>;

// The PhraseSet of a list; thread-safe.
const PhraseSet& CompiledPhrases(Phrases phrases);

// The first match at or after `from` (the longest at the leftmost position;
// a prefix match runs to the end of its word), or an empty span at npos.
Span FindPhrase(std::string_view folded, Phrases phrases, size_t from = 0);
bool HasPhrase(std::string_view folded, Phrases phrases);
// Every non-overlapping match, left to right (the longest first at a position).
void FindAllPhrases(std::string_view folded, Phrases phrases, std::vector<Span>* out);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_PHRASE_LIST_H_
