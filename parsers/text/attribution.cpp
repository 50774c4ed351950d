// Attribution of mentions (parsers/text/attribution.h).
#include "parsers/text/attribution.h"

#include <algorithm>

#include "parsers/text/words.h"

namespace clinicrank {
namespace {

const PhraseSet& CueSet(AttributionCue cue) {
  static const auto* const sets = [] {
    auto* out = new std::array<PhraseSet, static_cast<size_t>(AttributionCue::kNotTheClinic) + 1>();
    for (size_t c = 0; c < out->size(); ++c) {
      std::vector<PhraseSet::Phrase> phrases;
      for (const AttributionPhrase& p : AttributionTable(static_cast<AttributionCue>(c))) {
        phrases.push_back({p.text, p.mode});
      }
      (*out)[c] = PhraseSet(phrases);
    }
    return out;
  }();
  return (*sets)[static_cast<size_t>(cue)];
}

// Spanish first-person plural verbs: "usamos", "ofrecemos", "aplicamos".
bool HasSpanishWeVerb(std::string_view folded) {
  for (std::string_view w : SplitWords(folded)) {
    if (w.size() >= 6 && (w.ends_with("amos") || w.ends_with("emos") || w.ends_with("imos"))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool CountsAsOwn(const MentionReading& reading, bool information_page) {
  if (reading.attribution != Attribution::kOwn) return false;
  return reading.own_voice || !information_page;
}

MentionReader::MentionReader(std::string_view folded, const SentencePolarity& polarity)
    : folded_(folded), polarity_(polarity) {}

const std::vector<PhraseSet::Match>& MentionReader::Matches(AttributionCue cue) const {
  auto& slot = matches_[static_cast<size_t>(cue)];
  if (!slot) {
    slot.emplace();
    CueSet(cue).FindAll(folded_, &*slot);
  }
  return *slot;
}

bool MentionReader::HasCue(AttributionCue cue, Span span) const {
  const auto& m = Matches(cue);
  return std::any_of(m.begin(), m.end(), [&](const PhraseSet::Match& x) {
    return x.begin >= span.begin && x.end <= span.end;
  });
}

bool MentionReader::HasCueOutsideAsides(AttributionCue cue, Span span, size_t anchor) const {
  const auto in_aside = [&](const PhraseSet::Match& x) {
    // The innermost "(" before the cue that is not closed before it.
    const size_t open = folded_.rfind('(', x.begin);
    if (open == std::string_view::npos) return false;
    const size_t close = folded_.find(')', open);
    if (close != std::string_view::npos && close < x.begin) return false;
    const size_t end = close == std::string_view::npos ? folded_.size() : close;
    return anchor < open || anchor > end;
  };
  const auto& m = Matches(cue);
  return std::any_of(m.begin(), m.end(), [&](const PhraseSet::Match& x) {
    return x.begin >= span.begin && x.end <= span.end && !in_aside(x);
  });
}

bool MentionReader::OwnVoiceIn(Span span) const {
  if (HasCue(AttributionCue::kEditorialVoice)) return false;
  // "We" inside "our body" or "as we age" is people in general; "us" inside
  // "in the US" is a country.
  const auto& human = Matches(AttributionCue::kNotTheClinic);
  for (const PhraseSet::Match& m : Matches(AttributionCue::kOwnVoice)) {
    if (m.begin < span.begin || m.end > span.end) continue;
    const bool generic = std::any_of(human.begin(), human.end(), [&](const PhraseSet::Match& h) {
      return m.begin >= h.begin && m.end <= h.end;
    });
    if (!generic) return true;
  }
  return HasSpanishWeVerb(folded_.substr(span.begin, span.size()));
}

MentionReading MentionReader::Of(size_t begin, size_t end) const {
  MentionReading r;
  const Span clause = polarity_.ClauseAt(begin);
  const Span sentence{0, folded_.size()};
  const bool report = HasCue(AttributionCue::kReport);
  r.own_voice = OwnVoiceIn(clause) || (!report && OwnVoiceIn(sentence));
  switch (polarity_.Of(begin, end)) {
    case Polarity::kNegated: r.attribution = Attribution::kNegated; return r;
    case Polarity::kHypothetical: r.attribution = Attribution::kHypothetical; return r;
    case Polarity::kOthers: r.attribution = Attribution::kOthers; return r;
    case Polarity::kAffirmed: break;
  }
  // Research reaches the whole sentence unless the clinic speaks in it
  // ("new studies show that fat-derived cells ..." vs "we use marrow; studies
  // support it").
  if (HasCue(AttributionCue::kResearch, clause) ||
      (!r.own_voice && HasCue(AttributionCue::kResearch))) {
    r.attribution = Attribution::kResearch;
  } else if (report) {
    r.attribution = Attribution::kOthers;
  } else if (HasCue(AttributionCue::kPast, clause)) {
    r.attribution = Attribution::kPast;
  } else if (!r.own_voice && HasCue(AttributionCue::kMarket)) {
    r.attribution = Attribution::kMarket;
  } else if (!r.own_voice &&
             (HasCue(AttributionCue::kGeneral) || HasCue(AttributionCue::kTypical))) {
    r.attribution = Attribution::kGeneral;
  }
  return r;
}

}  // namespace clinicrank
