// Sentence-level claim rules (../shared/DOMAIN.md §4): which red-flag claims
// one folded sentence makes, each judged for negation, hedging and
// attribution (parsers/extract/claim_scope.h) and for the per-kind traps DOMAIN.md
// lists ("FDA-cleared centrifuge", "best-price guarantee", "0% APR", …).
//
// All rules are RE2 patterns on folded text (parsers/text/fold.h): one
// RE2::Set pass per sentence is the prefilter, and only the rules it reports
// run again to find positions. Block-level decisions (testimonials, FAQ
// questions, quoted third-party text, the clinic-wide disease list) are the
// caller's (parsers/extract/claims.cpp).
#ifndef CLINICRANK_PARSERS_EXTRACT_CLAIM_RULES_H_
#define CLINICRANK_PARSERS_EXTRACT_CLAIM_RULES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "parsers/vocab/diseases.h"

namespace clinicrank {

struct ClaimHit {
  std::string_view kind;        // a contract kind, static storage
  std::optional<double> value;  // percent, for success_rate
  bool cited = false;           // success_rate attributed to a study
};

struct SentenceClaims {
  std::vector<ClaimHit> hits;            // at most one per kind
  std::vector<DiseaseMention> diseases;  // affirmed disease mentions
};

struct SentenceContext {
  // Folded text around the sentence, its block and the block's section
  // heading (read as "block. heading"): lets "each vial holds millions of
  // live cells" find the cord product named in the sentence before. Either
  // may be empty. Kept apart so a caller need not join them per block.
  std::string_view block;
  std::string_view heading;
  // The sentence is quoted third-party text (a news quote, an FDA warning,
  // a study title): only success_rate figures count, as cited. Default false.
  bool third_party = false;
  // Also match the rules of the languages added with issue 18 (Portuguese,
  // Italian, French, Turkish, Polish, Czech, Japanese). A caller clears it
  // on pages where AddedLanguagesApply (parsers/vocab/languages.h) is false,
  // which spares English, Spanish and German pages their pass. Default true.
  bool added_languages = true;
};

// The claims of one folded sentence. REQUIRES: `folded` came from
// Fold/FoldCopy. Pure and thread-safe (the compiled rules are immutable).
SentenceClaims MatchClaimSentence(std::string_view folded, const SentenceContext& context);

// Cheap prefilter: false when no rule can match anywhere in `folded` (a
// whole block), so the block need not be split into sentences.
// `added_languages` as in SentenceContext.
bool ClaimRulesMayMatch(std::string_view folded, bool added_languages = true);


// True when the folded text names two or more unrelated disease classes, or
// five or more unrelated diseases (the treats_many_conditions threshold).
bool IsManyConditions(const std::vector<DiseaseMention>& diseases);

// For tests: true when every rule pattern compiled (a bad pattern would
// silently never match).
bool ClaimRulesCompiled();

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_CLAIM_RULES_H_
