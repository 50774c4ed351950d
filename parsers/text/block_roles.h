// Who speaks in a block and what shape it has, decided once per block from
// markup, class/id words and text cues, for every extractor: "is the clinic
// speaking here?" has one answer (DOMAIN.md §4 global traps: testimonials,
// quoted third parties and menus are not the clinic's statements).
#ifndef CLINICRANK_PARSERS_TEXT_BLOCK_ROLES_H_
#define CLINICRANK_PARSERS_TEXT_BLOCK_ROLES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/html/document.h"

namespace clinicrank {

// Who speaks.
enum class Speaker : uint8_t {
  kClinic,      // the page owner's own text
  kPatient,     // a testimonial or review: patient speech
  kQuoted,      // quoted third-party text (<blockquote>, <q>) that is not a patient's
  kNavigation,  // menus, breadcrumbs, consent banners, "Home | Pricing | FAQ"
};

// What shape the block has on the page.
enum class BlockShape : uint8_t {
  kParagraph,
  kHeading,
  kFaqQuestion,  // a question that the next block or its section answers
  kFaqAnswer,    // the answer to a kFaqQuestion (see BlockRole::question)
  kTableRow,
  kListItem,
  kCard,         // a block of one repeated item (pricing card, grid cell)
};

struct BlockRole {
  Speaker speaker = Speaker::kClinic;
  BlockShape shape = BlockShape::kParagraph;
  // The block index of the FAQ question this block answers (its section
  // heading or the block before it ends in "?"), or -1. Set for any block
  // that is not a question itself; `shape` says kFaqAnswer only for prose.
  int question = -1;
};

// True if the text ends in "?" (a closing quote or bracket may follow).
bool EndsWithQuestion(std::string_view text);

// True if a folded heading introduces patient speech ("What our patients
// say", "Testimonios", "Erfahrungsberichte").
bool IsTestimonialHeading(std::string_view folded_heading);

// The role of doc.blocks[index]. `folded` is that block's folded text;
// `under_testimonials` says its section heading is a testimonials heading.
// REQUIRES: index < doc.blocks.size().
BlockRole DecideBlockRole(const Document& doc, size_t index, std::string_view folded,
                          bool under_testimonials);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_BLOCK_ROLES_H_
