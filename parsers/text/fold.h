// Folding for matching: every extractor matches its vocabulary against folded
// text and quotes the original. BlockFold folds a whole block once and cuts
// each sentence out of it.
#ifndef CLINICRANK_PARSERS_TEXT_FOLD_H_
#define CLINICRANK_PARSERS_TEXT_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text/span.h"

namespace clinicrank {

// Folded text: lower-case, accents stripped (é→e, ñ→n, ü→u, ß→ss), typographic
// quotes/dashes/spaces mapped to ASCII (’→', –/—→-, NBSP→space). Other
// code points (€, £, ฿, ₡) are kept as UTF-8. `origin[i]` is the byte offset
// in the input of folded byte i, so a match can be mapped back.
struct FoldedText {
  std::string text;
  std::vector<uint32_t> origin;
};
FoldedText Fold(std::string_view utf8);
// Fold without the offset map (the cheap form for one-off matching).
std::string FoldCopy(std::string_view utf8);

// One fold of a block's text, cut into its sentences. Folding maps each code
// point on its own, and sentences start and end on code-point boundaries next
// to whitespace, so a cut of the block's fold equals FoldCopy of the sentence:
// the block is folded once instead of once per sentence. ASCII blocks fold
// byte for byte and need no offset map.
class BlockFold {
 public:
  explicit BlockFold(std::string_view raw);
  std::string_view text() const { return text_; }
  // The folded text of the raw span `s` of the block (e.g. a sentence).
  std::string_view Cut(const Span& s) const;

 private:
  // First folded byte that comes from raw offset `pos` or later.
  size_t FoldedOffset(size_t pos) const;
  bool ascii_;
  std::string text_;
  std::vector<uint32_t> origin_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_FOLD_H_
