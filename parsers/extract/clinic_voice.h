// What the issue-14 extractors (price_includes, orthopedic_experience,
// risk_disclosure, own_cells) share: whether a block speaks in the clinic's
// own voice, and a small phrase lookup over folded text.
//
// Both are stop-gaps written once here rather than in each extractor:
// TODO(lead): use PageText block roles (testimonial, quoted speech,
// navigation) once they land, and the shared word matcher for FindPhrase.
#ifndef CLINICRANK_PARSERS_EXTRACT_CLINIC_VOICE_H_
#define CLINICRANK_PARSERS_EXTRACT_CLINIC_VOICE_H_

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/text/span.h"

namespace clinicrank {

// True when block `index` is not the clinic speaking: a testimonial or review
// (class/id words, or a section headed "Testimonials" / "Patient stories" /
// "Testimonios" / "Erfahrungsberichte"), quoted text (<blockquote>, <q>), or a
// block that opens with a quotation mark and speaks in the first person.
// Heuristic (DOMAIN.md §4 "testimonial", global traps).
bool IsOthersVoice(const Document& doc, size_t index);

// Menus, breadcrumbs and consent banners (class/id words), and runs of short
// links joined by "|" or "·" ("Home | Pricing | Team").
bool IsNavigation(const Block& block);

// Phrases are folded (parsers/text/fold.h) and may hold spaces and hyphens.
// A phrase matches at a word start; it must also end at a word end unless it
// ends with '*' (a prefix: "harvest*" matches "harvested", "harvesting").
using Phrases = std::span<const std::string_view>;

// The first match at or after `from` of any phrase (the longest at the
// leftmost position), or an empty span at npos when none matches.
Span FindPhrase(std::string_view folded, Phrases phrases, size_t from = 0);
bool HasPhrase(std::string_view folded, Phrases phrases);
// Every non-overlapping match, left to right (longest first at a position).
void FindAllPhrases(std::string_view folded, Phrases phrases, std::vector<Span>* out);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_CLINIC_VOICE_H_
