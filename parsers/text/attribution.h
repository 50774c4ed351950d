// Whose statement a mention is: the clinic's own offer, general information,
// another party's words, research, a market figure, a past or negated
// statement, or a question (issue 12; the model is in docs/extraction.md).
//
// Only the clinic's own statements are facts about it. Every extractor reads
// a mention through the same reading: the polarity engine
// (parsers/text/polarity.h) decides negation, other parties and conditions;
// the attribution vocabulary (parsers/text/attribution_words.h) adds voice
// (we / our / "book your"), general statements ("can be obtained from",
// "typically", "such as"), research, reports and markets.
#ifndef CLINICRANK_PARSERS_TEXT_ATTRIBUTION_H_
#define CLINICRANK_PARSERS_TEXT_ATTRIBUTION_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "parsers/text/attribution_words.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/polarity.h"
#include "parsers/text/span.h"

namespace clinicrank {

enum class Attribution : uint8_t {
  kOwn,           // the page owner's own offer or statement
  kGeneral,       // general information: "stem cells can be taken from fat or marrow"
  kOthers,        // another party: other clinics, colleagues, the press
  kResearch,      // a study, a trial, a research line
  kMarket,        // a market or country figure: "typically costs", "in the US"
  kPast,          // no longer offered: "we no longer use", "used to"
  kNegated,       // "we never use donor tissue"
  kHypothetical,  // a question or a condition
};

struct MentionReading {
  Attribution attribution = Attribution::kOwn;
  // The clinic speaks in its own voice in the mention's clause (or, when no
  // other party is named, its sentence): "we", "our", "nosotros", "wir",
  // "book your". Such a statement counts on any page; a neutral one
  // ("bone marrow is drawn from the hip") counts only on a clinic's own page.
  bool own_voice = false;
};

// Whether a statement of `reading` is a fact about the clinic on a page of
// this genre (`information_page`: an article, blog post, news or broker page).
bool CountsAsOwn(const MentionReading& reading, bool information_page);

// Reads the mentions of one folded sentence. Cues are found on first use.
// REQUIRES: `folded` and `polarity` outlive this object; `polarity` was
// built on `folded`.
class MentionReader {
 public:
  MentionReader(std::string_view folded, const SentencePolarity& polarity);

  MentionReading Of(size_t begin, size_t end) const;
  // True if the cue occurs in [span.begin, span.end) of the sentence.
  bool HasCue(AttributionCue cue, Span span) const;
  // The same, leaving out cues inside a bracketed aside that does not hold
  // byte `anchor`: in "$7,500 (save $1,500 compared to two knees)" the
  // comparison is not about $7,500.
  bool HasCueOutsideAsides(AttributionCue cue, Span span, size_t anchor) const;
  bool HasCue(AttributionCue cue) const { return HasCue(cue, Span{0, folded_.size()}); }
  bool OwnVoiceIn(Span span) const;

 private:
  const std::vector<PhraseSet::Match>& Matches(AttributionCue cue) const;

  std::string_view folded_;
  const SentencePolarity& polarity_;
  static constexpr size_t kCues = static_cast<size_t>(AttributionCue::kNotTheClinic) + 1;
  mutable std::array<std::optional<std::vector<PhraseSet::Match>>, kCues> matches_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_ATTRIBUTION_H_
