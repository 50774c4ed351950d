// What an extractor knows about the page around a block: its URL, language
// and likely country. Computed once per page from the Document.
#ifndef CLINICRANK_PARSERS_PAGE_CONTEXT_H_
#define CLINICRANK_PARSERS_PAGE_CONTEXT_H_

#include <string>
#include <string_view>

#include "parsers/document.h"

namespace clinicrank {

struct PageContext {
  // The URL used for evidence: canonical link, og:url, the crawl URL, or the
  // file path when none is known.
  std::string url;
  // Primary language subtag ("en", "es", "de", ...) from <html lang>, else
  // guessed from common words in the text; "" when unclear.
  std::string lang;
  // Top-level domain of the page's host ("mx", "com", "co", ...), or "".
  std::string tld;
};

// `page_url` is the crawl URL or "" for a file; `path` the file path or "".
PageContext BuildPageContext(const Document& doc, std::string_view page_url,
                             std::string_view path);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_PAGE_CONTEXT_H_
