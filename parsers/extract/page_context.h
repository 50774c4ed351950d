// What an extractor knows about the page around a block: its URL, language
// and likely country. Computed once per page from the Document.
#ifndef CLINICRANK_PARSERS_EXTRACT_PAGE_CONTEXT_H_
#define CLINICRANK_PARSERS_EXTRACT_PAGE_CONTEXT_H_

#include <string>
#include <string_view>

#include "parsers/html/document.h"

namespace clinicrank {

struct PageContext {
  // The URL every fact from this page is cited with: the URL it was fetched
  // from. A page never chooses its own evidence URL (issue 13 #2): its
  // canonical link could name fda.gov. A file, which was not fetched, is
  // cited by its own http(s) canonical link or og:url, else by its path.
  std::string url;
  // The page's canonical link (or og:url), resolved, when it is http(s), on
  // the same site (HostOfUrl) as the fetched URL and differs from it; ""
  // otherwise, and always "" for a file.
  std::string canonical_url;
  // Primary language subtag ("en", "es", "de", ...) from <html lang>, else
  // guessed from common words in the text; "" when unclear.
  std::string lang;
  // Top-level domain of the host of `url` ("mx", "com", "co", ...), or "".
  std::string tld;
  // An article, blog post, news or broker page rather than the clinic's own
  // page (parsers/extract/page_genre.h). Set by ExtractClinic, which reads
  // the page's text once for every extractor. Default: false.
  bool information_page = false;
};

// `page_url` is the crawl URL or "" for a file; `path` the file path or "".
PageContext BuildPageContext(const Document& doc, std::string_view page_url,
                             std::string_view path);

// The host of an absolute URL ("scheme://[user@]host[:port]/..." or
// "//host/..."), lower-cased, without a trailing dot, the port and a leading
// "www."; "" when `url` names no host (a relative URL, a file path, "tel:").
// A simple split, not a full RFC 3986 parser: no IDNA, no percent-decoding.
std::string HostOfUrl(std::string_view url);

// `ref` (as written in a page) resolved against the absolute URL `base`:
// absolute, scheme-relative ("//h/p"), absolute-path ("/p"), query ("?q"),
// fragment and relative paths (with "." and ".." removed). "" when `ref` is
// relative and `base` is not absolute. (Named apart from crawler/url.h's
// ResolveUrl, which normalizes for the frontier; parsers cannot link it.)
std::string JoinUrl(std::string_view base, std::string_view ref);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_PAGE_CONTEXT_H_
