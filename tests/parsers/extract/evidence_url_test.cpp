// Issue 13 #2: a page never chooses its own evidence URL. Every price, claim
// and piece of evidence from a crawled page carries the URL it was fetched
// from; a canonical link is kept apart (canonical_url) only when it is on the
// same site, and a javascript: canonical appears nowhere.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parsers/extract/clinic.h"

namespace clinicrank {
namespace {

// A page that states a price, ultrasound guidance and a red-flag claim, with
// `head` in its <head>.
std::string Page(const std::string& head) {
  return "<!doctype html><html lang=en><head><meta charset=utf-8><title>FAQ</title>" + head +
         "</head><body><h1>Knee stem cell therapy</h1>"
         "<p>Our stem cell therapy is FDA approved.</p>"
         "<p>All injections are guided by ultrasound.</p>"
         "<p>Stem cell therapy for one knee costs $5,000.</p></body></html>";
}

ClinicFacts ExtractCrawled(const std::string& html, const std::string& fetched_url) {
  PageInput page;
  page.bytes = html;
  page.url = fetched_url;
  page.content_type = "text/html; charset=utf-8";
  page.fetched_at = "2026-11-01T10:00:00Z";
  return ExtractClinic("https://clinic.example/", {page});
}

// Every URL the facts cite, with what cites it.
std::vector<std::pair<std::string, std::string>> CitedUrls(const ClinicFacts& f) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Price& p : f.prices) out.push_back({"price " + p.quote, p.url});
  for (const Claim& c : f.claims) out.push_back({"claim " + c.kind, c.url});
  for (const Evidence& e : f.evidence) out.push_back({"evidence " + e.field, e.url});
  return out;
}

TEST_CASE("issue13 #2: a cross-site canonical never becomes the evidence URL",
          "[clinic][contract]") {
  const char* heads[] = {
      "<link rel=canonical href='https://www.fda.gov/vaccines-blood-biologics/approved'>",
      "<meta property=og:url content='https://www.fda.gov/approved'>",
      "<base href='https://www.fda.gov/'><link rel=canonical href='/approved'>",
  };
  for (const char* head : heads) {
    CAPTURE(head);
    const ClinicFacts f = ExtractCrawled(Page(head), "https://clinic.example/faq");
    REQUIRE(f.pages.size() == 1);
    CHECK(f.pages[0].url == "https://clinic.example/faq");
    CHECK(f.pages[0].canonical_url.empty());
    const auto cited = CitedUrls(f);
    REQUIRE(cited.size() >= 3);  // the price, the claim, the guidance
    for (const auto& [what, url] : cited) {
      CAPTURE(what);
      CHECK(url == "https://clinic.example/faq");
    }
    for (const Claim& c : f.claims) CHECK(c.canonical_url.empty());
    CHECK(f.clinic.domain == "clinic.example");
  }
}

TEST_CASE("issue13 #2: a same-site canonical is kept as a separate field",
          "[clinic][contract]") {
  const ClinicFacts f = ExtractCrawled(
      Page("<link rel=canonical href='https://www.clinic.example/faq/'>"),
      "https://clinic.example/faq?utm_source=ad");
  REQUIRE(f.pages.size() == 1);
  CHECK(f.pages[0].url == "https://clinic.example/faq?utm_source=ad");
  CHECK(f.pages[0].canonical_url == "https://www.clinic.example/faq/");
  REQUIRE(f.claims.size() >= 1);
  REQUIRE(f.prices.size() >= 1);
  REQUIRE(f.evidence.size() >= 1);
  for (const Claim& c : f.claims) {
    CHECK(c.url == "https://clinic.example/faq?utm_source=ad");
    CHECK(c.canonical_url == "https://www.clinic.example/faq/");
  }
  CHECK(f.prices[0].canonical_url == "https://www.clinic.example/faq/");
  CHECK(f.evidence[0].canonical_url == "https://www.clinic.example/faq/");
}

TEST_CASE("issue13 #2: a javascript: canonical appears nowhere", "[clinic][contract]") {
  const std::string head =
      "<link rel=canonical href='javascript:alert(document.domain)'>"
      "<meta property=og:url content='JaVaScRiPt:alert(1)'>";
  for (const std::string fetched : {"https://clinic.example/faq", ""}) {
    CAPTURE(fetched);
    PageInput page;
    const std::string html = Page(head);
    page.bytes = html;
    page.url = fetched;
    page.path = fetched.empty() ? "saved/faq.html" : "";
    const ClinicFacts f = ExtractClinic("clinic", {page});
    REQUIRE(f.pages.size() == 1);
    CHECK(f.pages[0].url.value_or("") == fetched);
    std::vector<std::string> all = {f.pages[0].url.value_or(""), f.pages[0].canonical_url};
    for (const auto& [what, url] : CitedUrls(f)) all.push_back(url);
    for (const Claim& c : f.claims) all.push_back(c.canonical_url);
    for (const Price& p : f.prices) all.push_back(p.canonical_url);
    for (const Evidence& e : f.evidence) all.push_back(e.canonical_url);
    CHECK(all.size() >= 8);
    for (const std::string& url : all) {
      CAPTURE(url);
      CHECK(url.find("alert") == std::string::npos);
      CHECK((url.empty() || url == fetched || url == "saved/faq.html"));
    }
  }
}

}  // namespace
}  // namespace clinicrank
