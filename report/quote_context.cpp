#include "report/quote_context.h"

#include "parsers/html/charset.h"
#include "parsers/html/html.h"
#include "parsers/text/sentences.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxPageBytes = 8u << 20;   // as the extract path parses
constexpr size_t kMaxSentence = 300;
constexpr size_t kUnlimited = static_cast<size_t>(-1) / 2;

// The quote as it can be matched: collapsed, without a trailing "…" cut mark.
std::string Core(std::string_view quote) {
  std::string core = MakeQuote(quote, kUnlimited);
  static const std::string kEllipsis = "\xe2\x80\xa6";
  while (core.size() >= kEllipsis.size() && core.ends_with(kEllipsis)) {
    core.resize(core.size() - kEllipsis.size());
  }
  while (!core.empty() && core.back() == ' ') core.pop_back();
  return core;
}

}  // namespace

PageSentences::PageSentences(std::string_view bytes, std::string_view content_type) {
  const DecodedText text = DecodeToUtf8(bytes.substr(0, kMaxPageBytes), content_type);
  const Document doc = ParseHtml(text.utf8);
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& block = doc.blocks[b].text;
    blocks_.push_back(MakeQuote(block, kUnlimited));
    first_sentence_.push_back(sentences_.size());
    for (const Span& s : SplitSentences(block)) {
      sentences_.push_back({MakeQuote(std::string_view(block).substr(s.begin, s.size()), kUnlimited), b});
    }
  }
}

PageSentences::~PageSentences() = default;

QuoteContext PageSentences::Find(std::string_view quote) const {
  QuoteContext out;
  const std::string core = Core(quote);
  if (core.empty()) return out;
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const size_t at = blocks_[b].find(core);
    if (at == std::string::npos) continue;
    // The block's sentences, located in its collapsed text in order.
    const size_t first = first_sentence_[b];
    const size_t end = b + 1 < first_sentence_.size() ? first_sentence_[b + 1] : sentences_.size();
    size_t pos = 0, first_hit = end, last_hit = first;
    for (size_t i = first; i < end; ++i) {
      const size_t s = blocks_[b].find(sentences_[i].text, pos);
      if (s == std::string::npos) continue;
      const size_t e = s + sentences_[i].text.size();
      pos = e;
      if (e > at && s < at + core.size()) {
        first_hit = std::min(first_hit, i);
        last_hit = std::max(last_hit, i);
      }
    }
    // The neighbours: the sentences just outside the quoted ones, in this
    // block or the next one over (the whole block when no sentence matched).
    const size_t before = first_hit == end ? first : first_hit;
    const size_t after = first_hit == end ? end : last_hit + 1;
    out.found = true;
    if (before > 0) out.before = MakeQuote(sentences_[before - 1].text, kMaxSentence);
    if (after < sentences_.size()) out.after = MakeQuote(sentences_[after].text, kMaxSentence);
    return out;
  }
  return out;
}

}  // namespace clinicrank
