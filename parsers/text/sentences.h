// Sentences within a block (the unit every extractor reads) and evidence
// quotes (the text a fact is shown with).
#ifndef CLINICRANK_PARSERS_TEXT_SENTENCES_H_
#define CLINICRANK_PARSERS_TEXT_SENTENCES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text/span.h"

namespace clinicrank {

// Sentences of one block's text. Splits after . ! ? (and ¡¿ openers, "…")
// followed by space and an upper-case letter, digit or opener; not after
// abbreviations (Dr. St. vs. e.g. i.e. approx. No. Inc. U.S.), initials,
// decimal points (3.5), or a currency abbreviation followed by its amount
// (Rs. 500, B/. 6,500, S/. 900). In text without spaces (Japanese, Chinese)
// 。！？ end a sentence outright, with any closing 」』） after them. Spans are
// trimmed of surrounding whitespace.
std::vector<Span> SplitSentences(std::string_view text);

// Whitespace-collapse and trim, then cut to at most `max_bytes` on a UTF-8
// boundary (adding "…" when cut). Quotes in output go through this.
std::string MakeQuote(std::string_view text, size_t max_bytes = 300);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_SENTENCES_H_
