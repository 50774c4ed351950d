// Context escaping for text that came from web pages. Every string a report
// writes that a clinic's page supplied (names, quotes, URLs, titles) passes
// through exactly one of these for the context it lands in. Input is treated
// as UTF-8 bytes; invalid bytes are passed through unchanged except where a
// context forbids them (control characters are dropped or replaced).
#ifndef CLINICRANK_REPORT_ESCAPE_H_
#define CLINICRANK_REPORT_ESCAPE_H_

#include <string>
#include <string_view>

namespace clinicrank {

// HTML element content: & < > " ' become entities; NUL and other C0 controls
// except tab/newline are dropped.
std::string EscapeHtmlText(std::string_view text);

// A double-quoted HTML attribute value: as EscapeHtmlText, plus newlines and
// tabs as character references so the value stays on one line.
std::string EscapeHtmlAttribute(std::string_view text);

// True for an absolute http(s) URL or a relative reference (no scheme).
// "javascript:", "data:", "vbscript:" and every other scheme are refused,
// also when hidden by case, leading spaces or control characters.
bool IsSafeHref(std::string_view url);

// The value for href="...": the attribute-escaped URL when IsSafeHref,
// otherwise "#" (the link is inert; show the URL as text beside it).
std::string SafeHrefAttribute(std::string_view url);

// One RFC 4180 CSV field: quoted when it holds , " CR or LF (quotes doubled).
// A cell starting with = + - @ TAB or CR gets a leading apostrophe so a
// spreadsheet shows it as text instead of running it as a formula (OWASP
// "CSV injection").
std::string EscapeCsvCell(std::string_view text);

// Markdown text, in a table cell or a paragraph: \ ` * _ [ ] | # ! ~ are
// backslash-escaped, < > become &lt; &gt; (so no raw HTML from a page is ever
// emitted; an entity a page spelled out renders as text, never as a tag) and
// newlines become spaces.
std::string EscapeMarkdown(std::string_view text);

// "[label](url)" for an IsSafeHref URL, with characters that could end the
// destination or a table cell ( ) < > | space " ' ` [ ] \ percent-encoded;
// otherwise the escaped label followed by the escaped URL as plain text, so
// no link is formed.
std::string MarkdownLink(std::string_view label, std::string_view url);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_ESCAPE_H_
