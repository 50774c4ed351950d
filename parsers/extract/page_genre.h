// Page genre: a clinic's own page, or an information page (an article, blog
// post, news story, guide or broker comparison). On an information page a
// statement counts as the clinic's own only when the clinic says it in its
// own voice ("we use", "at our clinic"): a post explaining that "stem cells
// can come from fat or marrow" offers nothing (issue 12, docs/extraction.md).
#ifndef CLINICRANK_PARSERS_EXTRACT_PAGE_GENRE_H_
#define CLINICRANK_PARSERS_EXTRACT_PAGE_GENRE_H_

#include <string_view>

#include "parsers/html/document.h"

namespace clinicrank {

enum class PageGenre {
  kClinic,       // a clinic's own page, or no sign of anything else
  kInformation,  // article, blog post, news, guide, broker or directory page
};

// Heuristic, from the strongest signals only: JSON-LD Article / BlogPosting /
// NewsArticle types, og:type "article", and an editorial voice or byline near
// the top ("in this article", "written by", "5 min read"). Not the URL: clinics
// describe their own treatment under /blog/ and /news/ too, and a "medically
// reviewed by" badge sits on clinics' service pages as often as on articles.
PageGenre DetectPageGenre(const Document& doc);

std::string_view PageGenreName(PageGenre genre);  // "clinic", "information"

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_PAGE_GENRE_H_
