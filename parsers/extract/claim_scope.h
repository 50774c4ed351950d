// Scope rules for marketing claims (../shared/DOMAIN.md §4, "Global traps"):
// is a claim phrase found in a folded sentence the clinic's own affirmative
// statement, or is it negated ("not FDA approved"), hedged ("researchers are
// studying whether…"), or said of others ("beware of clinics that promise a
// cure")?
//
// A thin, claim-specific layer on the shared engine (parsers/text/polarity.h).
// SentencePolarity decides clause boundaries and the generic polarity: cue
// negation before or after the phrase, "unlike" / "other clinics" / "clinics
// that …", conditionals ("if", "whether", "si", "wenn") and questions. This
// layer adds only what claims need and cell-source mentions do not:
//  - warning and attribution cues anywhere earlier in the sentence ("beware",
//    "red flags", "anyone claiming", "the FDA warns", "misleading"): pages
//    that warn patients quote the very claims they warn about;
//  - hedging words in the phrase's clause ("may", "might", "researchers",
//    "podría", "vielleicht"), for the kinds that opt in;
//  - negation written inside a matched phrase ("insurance does not cover"):
//    the phrase is judged from its first word, so the rest of it counts as
//    "after" the mention;
//  - phrases that carry their own negation ("no side effects", "sin
//    cirugía") are judged as a whole, so their own "no" does not cancel them
//    while a cue before them still does ("no procedure is risk-free").
#ifndef CLINICRANK_PARSERS_EXTRACT_CLAIM_SCOPE_H_
#define CLINICRANK_PARSERS_EXTRACT_CLAIM_SCOPE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "parsers/text/polarity.h"
#include "parsers/text/fold.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/words.h"

namespace clinicrank {

enum class ClaimScope {
  kAffirmed,  // the clinic says it
  kNegated,   // "not", "no", "cannot", "nunca", "kein", "n't" (SentencePolarity)
  kHedged,    // "may", "might", "researchers", or a condition ("if", "whether")
  kOthers,    // "unlike", "other clinics", "beware", "the FDA warns"
};

struct ScopeOptions {
  // Hedging words suppress the claim (cure, cartilage, conditions). Default:
  // false, because "may help you avoid surgery" is still the pitch.
  bool hedges_count = false;
  // Negations written *inside* the matched phrase are checked too ("insurance
  // does not cover" matched by "insurance … cover"). Off for phrases that
  // carry their own negation ("no side effects"). Default: true.
  bool check_inside = true;
};

// Judges claim phrases of one folded text (a sentence, or a block when the
// caller has no sentence split). The shared engine is built on first use, so
// a sentence no rule matched costs nothing.
// REQUIRES: `folded` came from Fold/FoldCopy and outlives this object.
class ClaimScopeJudge {
 public:
  explicit ClaimScopeJudge(std::string_view folded) : text_(folded) {}

  std::string_view text() const { return text_; }
  // The clause of the text that holds byte `pos` (SentencePolarity::ClauseAt).
  Span ClauseAt(size_t pos);
  // How the phrase at [begin, end) is meant.
  // REQUIRES: begin <= end <= text().size().
  ClaimScope Judge(size_t begin, size_t end, const ScopeOptions& options);

 private:
  const SentencePolarity& Engine();
  bool NegatedAcrossAdverb(size_t begin);

  std::string_view text_;
  std::optional<SentencePolarity> engine_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_CLAIM_SCOPE_H_
