#include "parsers/extract/claim_scope.h"

#include <algorithm>
#include <string_view>

#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Hedging words: the claim is a possibility, not the pitch (claims that opt
// in through ScopeOptions::hedges_count).
bool IsHedge(std::string_view w) {
  static const PhraseSet kWords{"may",          "might",        "could",          "possibly",      "potentially",
                "perhaps",      "hope",         "hopes",          "hoped",         "hoping",
                "aim",          "aims",         "studying",       "investigating", "investigate",
                "researchers",  "research",     "experimental",   "theoretically", "podria",
                "podrian",      "posiblemente", "quizas",         "quiza",         "investigadores",
                "investigando", "estudiando",   "moglicherweise", "vielleicht",    "konnte",
                "konnten",      "forscher",     "erforscht",      "untersucht"};
  return kWords.Has(w);
}

// Imagined claims ("imagine a permanent fix"): hedged for every kind. The
// conditionals proper ("if", "whether", "si") are the engine's.
bool IsImagined(std::string_view w) { static const PhraseSet kWords{"suppose", "imagine"};
  return kWords.Has(w); }

// Warning and attribution cues: patient-education pages and news quote the
// red flags they warn about. They reach the phrase from anywhere earlier in
// its sentence. Party cues ("other clinics", "unlike", "clinics that") are
// the engine's (SentencePolarity, kOthers).
const PhraseSet& WarningCues() {
  static const PhraseSet* const cues =
      new PhraseSet{"beware",    "be wary",        "be careful", "be cautious",  "be skeptical",
                   "watch out", "red flag",       "red flags",  "warning sign", "warning signs",
                   "claim to",  "claims to",      "claiming",   "falsely",      "fraudulent",
                   "fda warns", "fda has warned", "ftc",        "anyone who",   "anyone claiming",
                   "desconfie", "cuidado con",    "vorsicht",   "unseriose",    "misleading"};
  return *cues;
}

// Start of the sentence holding `pos` (the text may hold a whole block).
size_t SentenceStart(std::string_view s, size_t pos) {
  size_t i = pos;
  while (i > 1 && !((s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?') && s[i - 1] == ' ')) {
    --i;
  }
  return i <= 1 ? 0 : i;
}

// End of the word starting at or after `pos` (pos itself if there is none
// before `limit`).
size_t HeadWordEnd(std::string_view s, size_t pos, size_t limit) {
  while (pos < limit && !IsWordByte(s[pos])) ++pos;
  size_t j = pos;
  while (j < limit &&
         (IsWordByte(s[j]) || (s[j] == '\'' && j > pos && j + 1 < limit && IsWordByte(s[j + 1])))) {
    ++j;
  }
  return j;
}

// Contrast adverbs that may follow a finite verb mid-clause ("ist jedoch nicht
// möglich", "is, however, not covered").
bool IsContrastAdverb(std::string_view w) {
  static const PhraseSet kWords{"jedoch", "allerdings", "aber", "doch", "dennoch", "however", "though"};
  return kWords.Has(w);
}

bool IsFiniteVerb(std::string_view w) {
  static const PhraseSet kWords{"is",   "are",    "was",  "were",   "will", "can",   "ist", "sind", "war",  "waren",
          "wird", "werden", "kann", "konnen", "hat",  "haben", "es",  "son",  "esta", "estan"};
  return kWords.Has(w);
}

}  // namespace

const SentencePolarity& ClaimScopeJudge::Engine() {
  if (!engine_) engine_.emplace(text_);
  return *engine_;
}

Span ClaimScopeJudge::ClauseAt(size_t pos) { return Engine().ClauseAt(pos); }

// Local adapter for an engine gap: SentencePolarity opens a clause at every
// contrast word, also at an adverb right after the verb ("die Heilung ist
// jedoch nicht möglich"), so the verbal negation that follows never reaches
// the phrase. Judge that negation from the adverb, which the engine does.
bool ClaimScopeJudge::NegatedAcrossAdverb(size_t begin) {
  const std::string_view s = text_;
  const Span clause = Engine().ClauseAt(begin);
  size_t i = clause.end;
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  const size_t adverb_end = HeadWordEnd(s, i, s.size());
  if (i >= s.size() || !IsWordByte(s[i]) || !IsContrastAdverb(s.substr(i, adverb_end - i))) {
    return false;
  }
  size_t v = clause.end;
  while (v > clause.begin && !IsWordByte(s[v - 1])) --v;
  size_t v_begin = v;
  while (v_begin > clause.begin && IsWordByte(s[v_begin - 1])) --v_begin;
  if (!IsFiniteVerb(s.substr(v_begin, v - v_begin))) return false;
  return Engine().Of(i, adverb_end) == Polarity::kNegated;
}

ClaimScope ClaimScopeJudge::Judge(size_t begin, size_t end, const ScopeOptions& options) {
  const std::string_view s = text_;
  const std::string_view before =
      s.substr(SentenceStart(s, begin), begin - SentenceStart(s, begin));
  if (WarningCues().In(before)) return ClaimScope::kOthers;
  // Generic polarity. A phrase that may hold a negation of its own is judged
  // from its first word, so "does not" inside it reads as negation after.
  const size_t mention_end = options.check_inside ? HeadWordEnd(s, begin, end) : end;
  switch (Engine().Of(begin, mention_end > begin ? mention_end : end)) {
    case Polarity::kNegated:
      return ClaimScope::kNegated;
    case Polarity::kOthers:
      return ClaimScope::kOthers;
    case Polarity::kHypothetical:
      return ClaimScope::kHedged;
    case Polarity::kAffirmed:
      break;
  }
  if (NegatedAcrossAdverb(begin)) return ClaimScope::kNegated;
  // Claim hedges, in the phrase's clause before it.
  const Span clause = Engine().ClauseAt(begin);
  size_t i = clause.begin < begin ? clause.begin : begin;
  while (i < begin) {
    if (!IsWordByte(s[i])) {
      ++i;
      continue;
    }
    const size_t j = HeadWordEnd(s, i, begin);
    const std::string_view word = s.substr(i, j - i);
    if (IsImagined(word) || (options.hedges_count && IsHedge(word))) return ClaimScope::kHedged;
    i = j;
  }
  return ClaimScope::kAffirmed;
}

}  // namespace clinicrank
