// What goes into the parsers for one page: raw bytes and what is known about
// where they came from. Parsers never do I/O; loaders (app/, crawler/, store/)
// fill this.
#ifndef CLINICRANK_PARSERS_HTML_PAGE_H_
#define CLINICRANK_PARSERS_HTML_PAGE_H_

#include <string>
#include <string_view>

namespace clinicrank {

struct PageInput {
  std::string_view bytes;    // raw, undecoded; must outlive the call
  std::string url;           // the crawl URL, or "" for a file
  std::string content_type;  // HTTP Content-Type header, or ""
  std::string path;          // the file path, or "" for a crawled page
  std::string fetched_at;    // ISO 8601 UTC, or "" for a file
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_PAGE_H_
