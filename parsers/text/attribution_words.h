// The vocabulary of attribution (parsers/text/attribution.h) as data: the
// words and phrases that say a statement is the clinic's own, general
// information, research, another party's, or an editorial aside. Folded
// spellings (no accents); English, Spanish and German, then one block per
// table for the languages added with issue 18 (DOMAIN.md §4 "Global traps";
// docs/extraction.md "Languages"). Adding a language is adding rows.
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
  kPlace,          // "in the US", "Estados Unidos", "private clinics": another market,
                   // weak: only where the clinic does not speak (it may name its own country)
  kNotTheClinic,   // "our body", "as we age", "the US": a "we" or "us" that is not the clinic
};

struct AttributionPhrase {
  std::string_view text;
  PhraseSet::Mode mode = PhraseSet::Mode::kWord;
};

// A cue's rows; without `added_languages`, only those for English, Spanish
// and German (the rows before the empty one that opens the added languages'
// block), for scans that English pages should not pay for. A full table's
// empty row matches nothing (PhraseSet skips empty phrases).
std::span<const AttributionPhrase> AttributionTable(AttributionCue cue,
                                                    bool added_languages = true);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_ATTRIBUTION_WORDS_H_
