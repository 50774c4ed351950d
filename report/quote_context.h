// A quote's surroundings on its page, for the journalist's audit: the
// sentence before and the sentence after it in the page's visible text
// (parsers/html blocks, parsers/text sentences), so a quote can be read as
// the page put it. Pure: page bytes in, text out.
#ifndef CLINICRANK_REPORT_QUOTE_CONTEXT_H_
#define CLINICRANK_REPORT_QUOTE_CONTEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct QuoteContext {
  bool found = false;  // the quote was found in the page's text
  std::string before;  // the sentence before it ("" at the start of the page)
  std::string after;   // the sentence after it ("" at the end)
};

// One page's visible text, parsed once and searched for many quotes.
class PageSentences {
 public:
  PageSentences(std::string_view bytes, std::string_view content_type);
  ~PageSentences();
  PageSentences(const PageSentences&) = delete;
  PageSentences& operator=(const PageSentences&) = delete;

  // Where `quote` (whitespace-collapsed, possibly cut with "…" as extract
  // writes quotes) sits. Each side is at most ~300 bytes.
  QuoteContext Find(std::string_view quote) const;

 private:
  struct Sentence {
    std::string text;  // whitespace-collapsed
    size_t block = 0;
  };
  std::vector<Sentence> sentences_;
  std::vector<std::string> blocks_;  // each block's collapsed text
  std::vector<size_t> first_sentence_;  // index in sentences_ of each block's first
};

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_QUOTE_CONTEXT_H_
