#include "parsers/text/page_text.h"

namespace clinicrank {

PageText::PageText(const Document& doc)
    : doc_(doc), folds_(doc.blocks.size()), sentences_(doc.blocks.size()) {}

const BlockFold& PageText::Fold(size_t block) {
  if (!folds_[block]) folds_[block] = std::make_unique<BlockFold>(doc_.blocks[block].text);
  return *folds_[block];
}

const std::vector<Span>& PageText::Sentences(size_t block) {
  if (!sentences_[block]) sentences_[block] = SplitSentences(doc_.blocks[block].text);
  return *sentences_[block];
}

}  // namespace clinicrank
