// Test helpers that look at generated reports the way a browser, a
// spreadsheet or a Markdown renderer would, to show injected page text stays
// inert.
#ifndef CLINICRANK_TESTS_REPORT_REPORT_CHECKS_H_
#define CLINICRANK_TESTS_REPORT_REPORT_CHECKS_H_

#include <set>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"

namespace clinicrank::testing {

// Facts whose name, source, quotes and URLs hold script, attribute-breaking,
// javascript: and spreadsheet-formula payloads.
ClinicFacts HostileClinic();

struct HtmlTag {
  std::string name;                          // lower case, "/x" for an end tag
  std::vector<std::string> attribute_names;  // lower case
  std::vector<std::string> hrefs;            // raw attribute values
};
// Every tag in `html`, scanning the way an HTML tokenizer would (text in
// <style> is skipped). Good enough for our own generated pages.
std::vector<HtmlTag> ScanHtmlTags(const std::string& html);

// Fails the current test if `html` holds a tag outside the report's own
// vocabulary, any on* attribute, or an href that is not http(s), "#..." or
// relative.
void CheckHtmlInert(const std::string& html);

// RFC 4180 parse: rows of cells.
std::vector<std::vector<std::string>> ParseCsv(const std::string& csv);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_REPORT_REPORT_CHECKS_H_
