// Facts for tests, made the way the tool makes them: ExtractClinic on real
// HTML (inline pages or a bundled sample clinic), never hand-written
// ClinicFacts that no extractor would produce (issue 14).
#ifndef CLINICRANK_TESTS_TESTING_EXTRACT_PAGES_H_
#define CLINICRANK_TESTS_TESTING_EXTRACT_PAGES_H_

#include <string>
#include <vector>

#include "parsers/extract/facts.h"

namespace clinicrank::testing {

struct HtmlPage {
  std::string url;   // the page's crawl URL, e.g. "https://clinic.example/pricing"
  std::string body;  // what goes inside <body>
  std::string title = "";
  std::string lang = "en";
};

// ExtractClinic over the pages, each wrapped in a full HTML document.
ClinicFacts ExtractPages(const std::string& source, const std::vector<HtmlPage>& pages);
// One page at https://clinic.example/ holding `body`.
ClinicFacts ExtractHtml(const std::string& body, const std::string& lang = "en");
// A bundled clinic: ExtractClinic over sample_pages/<name>'s .html/.htm files.
ClinicFacts ExtractSample(const std::string& name);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_EXTRACT_PAGES_H_
