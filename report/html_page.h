// Pieces shared by the HTML reports (rank and audit): the page shell with its
// inline stylesheet and a Content-Security-Policy that forbids scripts and
// every external load, and escaped links to clinic pages.
#ifndef CLINICRANK_REPORT_HTML_PAGE_H_
#define CLINICRANK_REPORT_HTML_PAGE_H_

#include <string>
#include <string_view>

namespace clinicrank {

// "<!DOCTYPE html>…<body>" with `title` escaped.
std::string HtmlPageStart(std::string_view title);
// "</body></html>\n".
std::string HtmlPageEnd();

// An <a> to a page URL (rel="noopener noreferrer nofollow") whose text is the
// URL itself; an unsafe URL (javascript:, data:, …) is shown as plain text
// marked "(link removed)". `label` replaces the URL as link text when given.
std::string HtmlLink(std::string_view url, std::string_view label = "");

// A quote from a page: <q> with escaped text and, when a url is given, a link.
std::string HtmlQuote(std::string_view quote, std::string_view url);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_HTML_PAGE_H_
