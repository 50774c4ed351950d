// PageText (parsers/text/page_text.h): lazily computed per-block text data.
#include "parsers/text/page_text.h"

namespace clinicrank {

PageText::PageText(const Document& doc)
    : doc_(doc),
      folds_(doc.blocks.size()),
      sentences_(doc.blocks.size()),
      roles_(doc.blocks.size()),
      testimonial_headings_(doc.blocks.size(), -1) {}

const BlockFold& PageText::Fold(size_t block) {
  if (!folds_[block]) folds_[block] = std::make_unique<BlockFold>(doc_.blocks[block].text);
  return *folds_[block];
}

const std::vector<Span>& PageText::Sentences(size_t block) {
  if (!sentences_[block]) sentences_[block] = SplitSentences(doc_.blocks[block].text);
  return *sentences_[block];
}

const BlockRole& PageText::Role(size_t block) {
  if (!roles_[block]) {
    const int section = doc_.blocks[block].section;
    bool under_testimonials = false;
    if (section >= 0 && static_cast<size_t>(section) < doc_.blocks.size()) {
      const auto heading = static_cast<size_t>(section);
      if (testimonial_headings_[heading] < 0) {
        testimonial_headings_[heading] = IsTestimonialHeading(Fold(heading).text()) ? 1 : 0;
      }
      under_testimonials = testimonial_headings_[heading] == 1;
    }
    roles_[block] = DecideBlockRole(doc_, block, Fold(block).text(), under_testimonials);
  }
  return *roles_[block];
}

}  // namespace clinicrank
