// The vocabulary of attribution (parsers/text/attribution.h) as data: the
// words and phrases that say a statement is the clinic's own, general
// information, research, another party's, or an editorial aside. Folded
// spellings (no accents); English, Spanish and German (DOMAIN.md §4 "Global
// traps"). Adding a language is adding rows.
#ifndef CLINICRANK_PARSERS_TEXT_ATTRIBUTION_WORDS_H_
#define CLINICRANK_PARSERS_TEXT_ATTRIBUTION_WORDS_H_

#include <span>
#include <string_view>

#include "parsers/text/phrase_set.h"

namespace clinicrank {

enum class AttributionCue {
  kOwnVoice,       // we, our, nosotros, wir, "book your": the clinic speaking
  kEditorialVoice, // "in this article we explain", "we'll cover": a writer, not a seller
  kGeneral,        // "can be obtained from", "such as", "sources include"
  kTypical,        // "typically", "usually", "generalmente", "meist"
  kResearch,       // study, trial, researchers, published, estudio, Studie
  kReport,         // "according to", "reported", "claimed", news: a third party's words
  kMarket,         // "on average", "clinics in Medellín", "most clinics charge": a market
  kComparison,     // "versus", "compared with": another price beside this one
  kPast,           // "no longer", "used to", "discontinued": not offered now
  kNotTheClinic,   // "our body", "as we age", "the US": a "we" or "us" that is not the clinic
};

struct AttributionPhrase {
  std::string_view text;
  PhraseSet::Mode mode = PhraseSet::Mode::kWord;
};

std::span<const AttributionPhrase> AttributionTable(AttributionCue cue);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_ATTRIBUTION_WORDS_H_
