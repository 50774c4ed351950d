// Shared text machinery for every extractor: folding for matching, sentence
// splitting within a block, clause boundaries and negation scope.
//
// Extractors work on one Block at a time (a paragraph, list item or table
// row), split it into sentences, fold each sentence for matching and report
// the original sentence as the evidence quote. Negation is decided from the
// structure of the sentence (clause boundaries, contrast conjunctions, cue
// type), never from a fixed window of words.
#ifndef CLINICRANK_PARSERS_TEXT_H_
#define CLINICRANK_PARSERS_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// Folded text: lower-case, accents stripped (é→e, ñ→n, ü→u, ß→ss), typographic
// quotes/dashes/spaces mapped to ASCII (’→', –/—→-, NBSP→space). Other
// code points (€, £, ฿, ₡) are kept as UTF-8. `origin[i]` is the byte offset
// in the input of folded byte i, so a match can be mapped back.
struct FoldedText {
  std::string text;
  std::vector<uint32_t> origin;
};
FoldedText Fold(std::string_view utf8);
// Fold without the offset map (the cheap form for one-off matching).
std::string FoldCopy(std::string_view utf8);

// A half-open byte range [begin, end) of some text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
};

// One fold of a block's text, cut into its sentences. Folding maps each code
// point on its own, and sentences start and end on code-point boundaries next
// to whitespace, so a cut of the block's fold equals FoldCopy of the sentence:
// the block is folded once instead of once per sentence. ASCII blocks fold
// byte for byte and need no offset map.
class BlockFold {
 public:
  explicit BlockFold(std::string_view raw);
  std::string_view text() const { return text_; }
  // The folded text of the raw span `s` of the block (e.g. a sentence).
  std::string_view Cut(const Span& s) const;

 private:
  // First folded byte that comes from raw offset `pos` or later.
  size_t FoldedOffset(size_t pos) const;
  bool ascii_;
  std::string text_;
  std::vector<uint32_t> origin_;
};

// Sentences of one block's text. Splits after . ! ? (and ¡¿ openers, "…")
// followed by space and an upper-case letter, digit or opener; not after
// abbreviations (Dr. St. vs. e.g. i.e. approx. No. Inc. U.S.), initials,
// decimal points (3.5), or a currency abbreviation followed by its amount
// (Rs. 500, B/. 6,500, S/. 900). Spans are trimmed of surrounding whitespace.
std::vector<Span> SplitSentences(std::string_view text);

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

// Whitespace-collapse and trim, then cut to at most `max_bytes` on a UTF-8
// boundary (adding "…" when cut). Quotes in output go through this.
std::string MakeQuote(std::string_view text, size_t max_bytes = 300);

// True if `folded` contains `word` bounded by non-alphanumeric characters
// (or the ends). `word` must be folded already.
bool ContainsWord(std::string_view folded, std::string_view word);
// Position of the first whole-word match of `word` at or after `from`, or npos.
size_t FindWord(std::string_view folded, std::string_view word, size_t from = 0);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_H_
