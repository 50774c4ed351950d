// Small whole HTML pages for phrase tables (issue 12): one phrase set inside
// a page shaped like a clinic's treatment page or like an article, then run
// through the real pipeline (ExtractClinic: charset, Gumbo, page genre, block
// roles, every extractor). A test reads as the page it stands for:
// ExtractPage(ClinicPage({"We harvest marrow from your hip."})).
#ifndef CLINICRANK_TESTS_TESTING_PAGES_H_
#define CLINICRANK_TESTS_TESTING_PAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/clinic.h"
#include "parsers/extract/facts.h"
#include "parsers/html/page.h"

namespace clinicrank::testing {

// Text escaped for an HTML text node.
inline std::string HtmlText(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

enum class Genre {
  kClinic,   // a clinic's own treatment page
  kArticle,  // a blog post or guide (og:type article)
};

// A page about stem-cell treatment of the knee whose main text is
// `paragraphs`, one <p> each, under an <h1> naming the treatment (so an
// amount with no service of its own reads as the knee treatment's).
inline std::string TreatmentPage(const std::vector<std::string>& paragraphs,
                                 Genre genre = Genre::kClinic, std::string_view lang = "en") {
  std::string html = "<!doctype html><html lang=\"";
  html += lang;
  html += "\"><head><meta charset=\"utf-8\"><title>Stem Cell Therapy for Knee Arthritis</title>";
  if (genre == Genre::kArticle) html += "<meta property=\"og:type\" content=\"article\">";
  html += "</head><body><main><h1>Stem cell therapy for knee osteoarthritis</h1>";
  for (const std::string& p : paragraphs) html += "<p>" + HtmlText(p) + "</p>";
  html += "</main></body></html>";
  return html;
}

inline std::string ClinicPage(const std::vector<std::string>& paragraphs,
                              std::string_view lang = "en") {
  return TreatmentPage(paragraphs, Genre::kClinic, lang);
}

inline std::string ArticlePage(const std::vector<std::string>& paragraphs,
                               std::string_view lang = "en") {
  return TreatmentPage(paragraphs, Genre::kArticle, lang);
}

// Every fact of one page, read as one clinic's site.
inline ClinicFacts ExtractPage(const std::string& html,
                               std::string url = "https://clinic.example/knee") {
  return ExtractClinic("test", {PageInput{html, std::move(url), "", "", ""}});
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_PAGES_H_
