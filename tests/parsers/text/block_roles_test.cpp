// Block roles (parsers/text/block_roles.h): who speaks in a block and what
// shape it has, decided once for every extractor. Pages are real HTML through
// Gumbo (ParseHtml), so markup, class/id words and sections are as on a site.
#include "parsers/text/block_roles.h"

#include <catch2/catch.hpp>

#include <string>

#include "parsers/extract/clinic.h"
#include "parsers/html/html.h"
#include "parsers/text/page_text.h"

namespace clinicrank {
namespace {

// The role of the first block whose text starts with `start`.
BlockRole RoleOf(const std::string& html, const std::string& start) {
  const Document doc = ParseHtml(html);
  PageText text(doc);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].text.rfind(start, 0) == 0) return text.Role(i);
  }
  FAIL("no block starts with: " << start);
  return {};
}

// Issue 11: "Is the clinic speaking here?" is answered once.
TEST_CASE("Block roles: who speaks", "[text][heuristic]") {
  struct Case {
    const char* html;
    const char* block;
    Speaker speaker;
  } cases[] = {
      {"<nav class='main-menu'><ul><li><a href='/x'>Exosome Therapy</a></li></ul></nav>",
       "Exosome Therapy", Speaker::kNavigation},
      {"<p>Home | Pricing | Testimonials | Contact</p>", "Home", Speaker::kNavigation},
      // Digits make a price line or a card, not a menu.
      {"<p>One knee | $4,500 | per knee</p>", "One knee", Speaker::kClinic},
      {"<div id='cmplz-cookiebanner'><p>We use cookies.</p></div>", "We use", Speaker::kNavigation},
      {"<div class='testimonial-slider'><p>Best decision of the year.</p></div>", "Best",
       Speaker::kPatient},
      {"<div class='review-card'><p>Five stars for the team.</p></div>", "Five", Speaker::kPatient},
      // "preview" is not "review"; a medical-review byline is not a review.
      {"<div class='preview pricing'><p>Stem cell therapy: $4,900 per knee.</p></div>", "Stem",
       Speaker::kClinic},
      {"<div class='reviewed-by'><p>Medically reviewed by Dr. Ada Park.</p></div>", "Medically",
       Speaker::kClinic},
      {"<blockquote>My knee feels twenty years younger.</blockquote>", "My knee",
       Speaker::kPatient},
      {"<p>\"I walked out the same afternoon.\"</p>", "\"I walked", Speaker::kPatient},
      {"<blockquote>Unproven clinics exploit desperate patients.</blockquote>", "Unproven",
       Speaker::kQuoted},
      {"<h2>What patients say</h2><p>Worth every one of the $5,000.</p>", "Worth",
       Speaker::kPatient},
      {"<h2>Reviews</h2><p>\"These clinics mislead,\" the agency said.</p>", "\"These",
       Speaker::kClinic},
      // A footer is in no section: the address is not a testimonial.
      {"<h2>What patients say</h2><p>Great care.</p><footer><p>12 Main St, Boulder, CO</p></footer>",
       "12 Main", Speaker::kClinic},
      {"<h2>Our approach</h2><p>We inject under ultrasound guidance.</p>", "We inject",
       Speaker::kClinic},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(RoleOf(c.html, c.block).speaker == c.speaker);
  }
}

TEST_CASE("Block roles: FAQ questions and their answers", "[text][heuristic]") {
  const std::string html =
      "<h2>Do you use donor cells?</h2><p>No. Only your own marrow.</p>"
      "<p>Is it painful?</p><p>Most patients feel pressure, not pain.</p>";
  const Document doc = ParseHtml(html);
  PageText text(doc);
  REQUIRE(doc.blocks.size() == 4);
  CHECK(text.Role(0).shape == BlockShape::kFaqQuestion);
  CHECK(text.Role(1).shape == BlockShape::kFaqAnswer);
  CHECK(text.Role(1).question == 0);
  CHECK(text.Role(2).shape == BlockShape::kFaqQuestion);
  CHECK(text.Role(3).shape == BlockShape::kFaqAnswer);
  CHECK(text.Role(3).question == 2);
}

TEST_CASE("Block roles: repeated items are cards", "[text][heuristic]") {
  const std::string html =
      "<div class='pricing-grid'>"
      "<div class='plan-card'><h3>One knee</h3><p>US$4,500</p></div>"
      "<div class='plan-card'><h3>Both knees</h3><p>US$8,000</p></div>"
      "</div><div class='about'><p>We are a clinic.</p></div>";
  const Document doc = ParseHtml(html);
  PageText text(doc);
  REQUIRE(doc.blocks.size() == 5);
  CHECK(doc.blocks[1].card >= 0);
  CHECK(doc.blocks[0].card == doc.blocks[1].card);       // one card: its title and price
  CHECK(doc.blocks[2].card != doc.blocks[1].card);       // the next card
  CHECK(doc.blocks[2].card_group == doc.blocks[1].card_group);
  CHECK(text.Role(1).shape == BlockShape::kCard);
  CHECK(doc.blocks[4].card == -1);                       // a lone div is no card
  CHECK(text.Role(4).shape == BlockShape::kParagraph);
}

// Issue 11: the three testimonial detectors disagreed; a menu link was
// evidence for a cell source.
TEST_CASE("issue11: a menu item is never a fact's evidence", "[text][heuristic]") {
  const std::string page =
      "<html><body><nav class='menu'><ul><li><a href='/svf'>SVF Knee Treatment</a></li></ul></nav>"
      "<p>We harvest fat from your abdomen and inject the SVF under ultrasound.</p></body></html>";
  const ClinicFacts f = ExtractClinic("t", {PageInput{page, "https://a.example/", "", "", ""}});
  bool evidence = false;
  for (const Evidence& e : f.evidence) {
    CAPTURE(e.field, e.quote);
    CHECK(e.quote.find("SVF Knee Treatment") == std::string::npos);
    evidence = evidence || e.field == "cell_sources";
  }
  CHECK(evidence);
}

}  // namespace
}  // namespace clinicrank
