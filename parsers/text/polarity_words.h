// The vocabulary of the polarity engine (parsers/text/polarity.h) as data:
// which words and phrases open clauses, negate, name other parties, mark a
// condition or a question. Folded spellings (no accents); English, Spanish
// and German today (DOMAIN.md §4 "Negation and disclaimers"). Adding a
// language is adding rows here; the engine's grammar does not change.
#ifndef CLINICRANK_PARSERS_TEXT_POLARITY_WORDS_H_
#define CLINICRANK_PARSERS_TEXT_POLARITY_WORDS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace clinicrank {

// Classes of single words, as bits: a word may be in several.
enum PolarityWordClass : uint32_t {
  kContrastWord = 1u << 0,        // but, however, pero, aber: opens a clause
  kSubordinatorWord = 1u << 1,    // if, unlike, sin, ohne: opens a subordinate clause
  kSubjectWord = 1u << 2,         // we, you, nosotros, wir: a new subject
  kCoordinatorWord = 1u << 3,     // and, or, y, und
  kRestartWord = 1u << 4,         // only, solo, nur: ends a negation's scope
  kNotFollowerWord = 1u << 5,     // "not a ...", "not only": the negation is elsewhere
  kRelativeWord = 1u << 6,        // that, which, que, welche
  kOthersQuantifierWord = 1u << 7,  // other, many, most, otras, viele
  kNegatedQuantifierWord = 1u << 8,  // all, every: others only after "not"
  kPartyWord = 1u << 9,           // clinic, providers, medicos, Kliniken
  kPluralPartyWord = 1u << 10,    // clinics, providers, clinicas
  kPossessiveWord = 1u << 11,     // our, my, nuestro, unser
  kInclusiveWord = 1u << 12,      // few, one, among: "one of the few clinics that"
  kVerbAfterNoWord = 1u << 13,    // Spanish words that make a preceding "no" verbal
  kSelfWord = 1u << 14,           // we, our, wir: the clinic speaking
  kConditionalWord = 1u << 15,    // if, unless, whether, wenn, falls, ob
  kAgentPrepWord = 1u << 16,      // by, at, por, bei: "sold by many clinics"
  kVerbalNegationWord = 1u << 17,  // not, never, nunca, nicht, dont
  kDeterminerNegationWord = 1u << 18,  // none, zero, ningun
  kPrepositionNegationWord = 1u << 19,  // without, sin, ohne, except
  kNegationWord = 1u << 20,       // not, no, nicht, never, nunca: can be cancelled
  kNegationCancelWord = 1u << 21,  // "not only", "no matter", "nicht nur"
  kPlainNotWord = 1u << 22,       // not, no, nicht: before "all"/"every"
  kOthersWord = 1u << 23,         // unlike, competitors, elsewhere
  kLinkingWord = 1u << 24,        // be, is, se, currently: between "not" and what follows
  kAnaphorWord = 1u << 25,        // them, these, ellos, diese
  kButWord = 1u << 26,            // but, pero, aber
  kWithoutWord = 1u << 27,        // without, sin, ohne: cancels a preceding negation
  kIfOrYesWord = 1u << 28,        // si: "if", or "yes" when a comma follows
  kNoWord = 1u << 29,             // no: verbal before a Spanish verb, else a determiner
};

struct PolarityWords {
  uint32_t word_class;
  std::span<const std::string_view> words;
};
// Every single-word row.
std::span<const PolarityWords> PolarityWordTable();

// Multi-word cues, one table each. Every phrase is matched as whole words at
// the start of a token; the number of tokens it covers is its length.
enum class PolarityPhrases {
  kClauseOpener,       // "sin embargo", "which is why", "por eso": a new clause
  kNotContrast,        // "instead of", "rather than": a preposition, not "but"
  kSubordinateOpener,  // "in case", "a diferencia", "im Gegensatz"
  kCommaSubordinator,  // after a comma: "unlike", "if", "a diferencia"
  kNegationPhrase,     // "instead of", "free from", "as opposed to", "en lugar de"
  kNotNegation,        // "sin embargo": "sin" that negates nothing
  kCancelAfterNegation,  // "no more than", "not to mention"
  kOthersPhrase,       // "compared to", "im Gegensatz zu", "watch out for"
  kConditionPhrase,    // "in case", "en caso"
  kRhetoricalOpener,   // "did you know", "sabias": a question that states a fact
  kUsageVerbPrefix,    // offer, use, ofrec, verwend (word prefixes)
};
std::span<const std::string_view> PolarityPhraseTable(PolarityPhrases table);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_POLARITY_WORDS_H_
