// One phrase set in a small page for phrase tables (issue 12): the page looks
// like a clinic's knee-treatment page or like an article about it, and runs
// through the real pipeline (ExtractPages: charset, Gumbo, page genre, block
// roles, every extractor). A test reads as the page it stands for:
// ExtractPhrasePage({"We harvest marrow from your hip."}).
#ifndef CLINICRANK_TESTS_TESTING_PHRASE_PAGE_H_
#define CLINICRANK_TESTS_TESTING_PHRASE_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/facts.h"
#include "tests/testing/extract_pages.h"

namespace clinicrank::testing {

enum class Genre {
  kClinic,   // a clinic's own treatment page
  kArticle,  // a blog post or guide (og:type article)
};

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

// The facts of one page about stem-cell treatment of the knee whose main
// text is `paragraphs`, one <p> each, under an <h1> naming the treatment (so
// an amount with no service of its own reads as the knee treatment's).
inline ClinicFacts ExtractPhrasePage(const std::vector<std::string>& paragraphs,
                                     Genre genre = Genre::kClinic,
                                     const std::string& lang = "en") {
  std::string body;
  if (genre == Genre::kArticle) body += "<meta property=\"og:type\" content=\"article\">";
  body += "<main><h1>Stem cell therapy for knee osteoarthritis</h1>";
  for (const std::string& p : paragraphs) body += "<p>" + HtmlText(p) + "</p>";
  body += "</main>";
  return ExtractPages("https://clinic.example/",
                      {{"https://clinic.example/knee", body,
                        "Stem Cell Therapy for Knee Arthritis", lang}});
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_PHRASE_PAGE_H_
