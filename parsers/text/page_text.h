// The text of one Document's blocks, prepared once for every extractor:
// each block's fold (BlockFold), its sentence spans (SplitSentences) and its
// role (who speaks, what shape: parsers/text/block_roles.h), computed on
// first use and kept for the page. Prices, treatment facts and claims all
// read the same blocks sentence by sentence.
#ifndef CLINICRANK_PARSERS_TEXT_PAGE_TEXT_H_
#define CLINICRANK_PARSERS_TEXT_PAGE_TEXT_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/text/block_roles.h"
#include "parsers/text/fold.h"
#include "parsers/text/sentences.h"

namespace clinicrank {

class PageText {
 public:
  // REQUIRES: `doc` outlives this object and is not changed meanwhile.
  explicit PageText(const Document& doc);

  // REQUIRES: block < doc.blocks.size().
  const BlockFold& Fold(size_t block);
  const std::vector<Span>& Sentences(size_t block);
  const BlockRole& Role(size_t block);
  // True when the page owner speaks in the block (not a patient, a quoted
  // third party or a menu).
  bool ClinicSpeaks(size_t block) { return Role(block).speaker == Speaker::kClinic; }

 private:
  const Document& doc_;
  std::vector<std::unique_ptr<BlockFold>> folds_;
  std::vector<std::optional<std::vector<Span>>> sentences_;
  std::vector<std::optional<BlockRole>> roles_;
  std::vector<signed char> testimonial_headings_;  // per heading block: -1 unknown, 0, 1
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_PAGE_TEXT_H_
