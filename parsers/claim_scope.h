// Scope rules for marketing claims (../shared/DOMAIN.md §4, "Global traps"):
// is a claim phrase found in a folded sentence the clinic's own affirmative
// statement, or is it negated ("not FDA approved"), hedged ("researchers are
// studying whether…"), or said of others ("beware of clinics that promise a
// cure")?
//
// Heuristic, claim-specific complement to MentionPolarity (parsers/text.h):
// claims need cues that cell-source mentions do not ("cannot guarantee",
// "no procedure is risk-free", "may help"), and some claim phrases carry
// their own negation ("no side effects", "sin cirugía"), so the cue is looked
// for only *before* the phrase, inside its clause. Clauses end at ; : ( ) and
// spaced dashes, before contrast words ("but", "however", "pero", "aber"),
// and at the comma closing a subordinate clause ("although…,", "aunque…,").
#ifndef CLINICRANK_PARSERS_CLAIM_SCOPE_H_
#define CLINICRANK_PARSERS_CLAIM_SCOPE_H_

#include <cstddef>
#include <string_view>

#include "parsers/text.h"

namespace clinicrank {

enum class ClaimScope {
  kAffirmed,  // the clinic says it
  kNegated,   // "not", "no", "cannot", "nunca", "kein", "n't" before it
  kHedged,    // "may", "might", "whether", "researchers", "podría", "vielleicht"
  kOthers,    // "unlike", "other clinics", "beware", "the FDA warns"
};

// The clause of `folded` that holds byte `pos`.
// REQUIRES: pos <= folded.size().
Span ClauseAround(std::string_view folded, size_t pos);

struct ScopeOptions {
  // Hedging words suppress the claim (cure, cartilage, conditions). Default:
  // false, because "may help you avoid surgery" is still the pitch.
  bool hedges_count = false;
  // Negations written *inside* the matched phrase are checked too ("insurance
  // does not cover" matched by "insurance … cover"). Off for phrases that
  // carry their own negation ("no side effects"). Default: true.
  bool check_inside = true;
};

// How the claim phrase at [begin, end) of a folded sentence is meant.
// REQUIRES: begin <= end <= folded.size().
ClaimScope JudgeClaimScope(std::string_view folded, size_t begin, size_t end,
                           const ScopeOptions& options);

// True if any word of `words` (folded, whole-word) occurs in
// folded[begin, end). Words may contain spaces ("other clinics").
bool HasAnyWord(std::string_view folded, size_t begin, size_t end,
                std::initializer_list<std::string_view> words);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_CLAIM_SCOPE_H_
