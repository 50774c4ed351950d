// Word lists that more than one extractor reads, kept once (DOMAIN.md §4
// "Global traps"). Folded (parsers/text/fold.h); a trailing '*' marks a
// prefix, as parsers/text/phrase_list.h reads them.
#ifndef CLINICRANK_PARSERS_VOCAB_SHARED_WORDS_H_
#define CLINICRANK_PARSERS_VOCAB_SHARED_WORDS_H_

#include <span>
#include <string_view>

namespace clinicrank {

// Research, guidance and reporting: a sentence with one of these speaks of
// studies, trials or guidelines, not of the clinic's own practice ("a trial
// found that marrow, fat and cord cells were no better...").
std::span<const std::string_view> ResearchWords();

// Risks, side effects, complications (EN, ES, DE).
std::span<const std::string_view> RiskWords();

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_SHARED_WORDS_H_
