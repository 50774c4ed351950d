// Clause structure and mention polarity of one folded sentence: is a mention
// the clinic's own affirmative statement, negated, said of others, or
// hypothetical? SplitClauses and MentionPolarity are one-call forms of
// SentencePolarity.
//
// The sentence is tokenized once; clause boundaries come from punctuation
// (; : ( ) ? ! | and spaced dashes), contrast conjunctions (but, however,
// whereas, while, instead, pero, sino, mientras, aber, sondern, jedoch ...),
// subordinate clauses that open with "if / unlike / without / instead of /
// si / sin / wenn / ohne ..." (closed by their first comma), and a change of
// subject after a comma or "and" (", we ...", "y nosotros", "und wir").
// Within a clause, commas separate segments, which bound the scope of
// noun-phrase negation ("no donor tissue, ...") but not of verbal negation
// over a list ("we don't use amniotic, placental or cord tissue").
//
// Cue types (DOMAIN.md §4 "Negation and disclaimers"):
//  - verbal / adverbial before the mention (not, never, don't, nunca, "no"
//    before a Spanish verb, nicht, nie): scope runs forward to the clause end,
//    across a list, until a restart word (only, just, solo, nur, always) or a
//    parallel list that drops the cue ("no surgery, no downtime, X");
//  - determiner / preposition before the mention (no, kein, ningun, without,
//    sin, ohne, instead of, rather than, en lugar de, statt, except): scope
//    runs to the end of the comma segment, or across a coordinated list;
//  - verbal negation after the mention in its segment ("amniotic tissue is
//    not used", "las celulas de donante no se utilizan", "wird nicht
//    verwendet"), unless it negates a following noun phrase ("is not a ...",
//    "and not amniotic") or sits in a relative clause ("that is not ...");
//  - French "ne" shortly before the mention with "pas", "aucun", "rien",
//    "jamais", "plus", "guere" or "nullement" shortly after it, in its clause
//    ("nous ne garantissons pas les resultats", "nous ne pouvons garantir
//    aucun resultat"); "ne" alone is no cue (the Italian pronoun);
//  - double negation in one segment ("we never inject without ultrasound")
//    cancels.
#ifndef CLINICRANK_PARSERS_TEXT_POLARITY_H_
#define CLINICRANK_PARSERS_TEXT_POLARITY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parsers/text/polarity_words.h"
#include "parsers/text/span.h"

namespace clinicrank {

// Clauses of a folded sentence: split at ; : ( ) and dashes used as
// separators, and at commas or conjunctions that start a contrast ("but",
// "however", "whereas", "while", "instead", "pero", "sino", "mientras",
// "aber", "sondern"). Used to bound negation scope.
std::vector<Span> SplitClauses(std::string_view folded_sentence);

// Why a mention does not count as the clinic's own positive statement.
enum class Polarity {
  kAffirmed,     // "we use bone marrow"
  kNegated,      // "we never use donor tissue", "amniotic is not used"
  kOthers,       // said of other clinics: "unlike clinics that use amniotic"
  kHypothetical, // a question or condition: "do you use amniotic?", "if ..."
};

// The polarity of the mention at [begin, end) of a folded sentence, read from
// the clause that holds it:
//  - a negation cue before the mention in its clause ("no", "not", "never",
//    "without", "nor", "free of", "instead of", "rather than", "nunca", "sin",
//    "ni", "jamas", "kein", "ohne", "nicht") negates it, unless a contrast
//    boundary lies between;
//  - a verbal negation after it in the same clause ("X is not used",
//    "X no se utiliza", "X wird nicht verwendet") negates it;
//  - "unlike", "other clinics", "many clinics", "some providers",
//    "a diferencia de", "otras clinicas" mark the clause as about others.
// REQUIRES: `folded` came from Fold/FoldCopy; begin <= end <= folded.size().
Polarity MentionPolarity(std::string_view folded, size_t begin, size_t end);

class SentencePolarity {
 public:
  // REQUIRES: `folded` came from Fold/FoldCopy and outlives this object.
  explicit SentencePolarity(std::string_view folded);

  // Polarity of the mention at [begin, end) of the folded sentence.
  Polarity Of(size_t begin, size_t end) const;
  // The clauses, as byte spans of the folded sentence.
  std::vector<Span> Clauses() const;
  // True when the sentence as a whole is a question ("...?", "¿...").
  bool IsQuestion() const { return question_; }
  // The clause holding byte `pos` (an empty span if none does).
  Span ClauseAt(size_t pos) const;
  // True if any clause names another party ("many clinics", "unlike").
  bool HasOthersCue() const;

 private:
  struct Token {
    size_t begin = 0;
    size_t end = 0;
    bool word = false;  // [a-z0-9] run (with inner apostrophes)
    int clause = 0;     // index of the clause holding the token
    int segment = 0;    // comma segment, numbered across the sentence
    // Cached classification (computed once in the constructor).
    uint8_t cue_len = 0;  // NegationCueAt length
    uint8_t cue_kind = 0;
    uint8_t others_len = 0;  // OthersCueAt length
    uint64_t word_class = 0;  // PolarityWordClass bits and derived ones, for words
  };
  std::string_view Text(size_t i) const;
  bool IsPunct(size_t i, char c) const;
  void Tokenize();
  void ApplyLanguageMarkers();
  void MarkClauses();
  // Index of the next token that is a word, at or after i (or size()).
  size_t NextWord(size_t i) const;

  bool InQuestion(size_t first, size_t last) const;
  bool IsConditional(size_t first) const;
  bool IsOthers(size_t first) const;
  bool IsNegatedBefore(size_t first) const;
  bool IsNegatedAfter(size_t last) const;
  // French "ne ... pas / aucun / rien / jamais / plus" around the mention.
  bool IsFrenchNeFrame(size_t first, size_t last) const;
  // True if the comma token `comma` goes on with a coordinated list: one to
  // three words, then "and" / "or" (or ", and").
  bool ListContinuesAfter(size_t comma) const;
  bool IsRejectedLater(size_t last) const;

  // Matches a negation cue at token i: returns its length in tokens (0 if
  // none) and its kind.
  enum class CueKind { kVerbal, kDeterminer, kPreposition };
  size_t NegationCueAt(size_t i, CueKind* kind) const;
  size_t ComputeNegationCue(size_t i, CueKind* kind) const;
  // True if token i is a word of any of the classes (PolarityWordClass bits
  // or the derived ones of polarity.cpp).
  bool Is(size_t i, uint64_t word_class) const;
  // Tokens covered by the longest phrase of `table` that starts at token i
  // (0 if none does).
  size_t PhraseAt(size_t i, PolarityPhrases table) const;
  // Words that end a negation's scope ("only", "just", "solo", "nur" ...).
  bool IsRestartAt(size_t i) const;
  // A new subject right after a comma or "and" (", we", "y nosotros").
  bool IsSubjectAt(size_t i) const;
  // Tokens an "others" cue occupies at i (0 if none).
  size_t OthersCueAt(size_t i) const;
  size_t ComputeOthersCue(size_t i) const;
  void ClassifyTokens();
  size_t ClauseStart(size_t i) const;

  std::string_view text_;
  std::vector<Token> tokens_;
  bool question_ = false;
  bool markers_ = false;  // a Portuguese or Italian marker word was seen
  bool portuguese_noun_ = false;  // a word in "-cao" / "-coes"
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_POLARITY_H_
