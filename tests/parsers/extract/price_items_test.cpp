// Price items read from their structure (issue 12, kind 2): a menu line, a
// pricing card or a table row names its own service; an item that names none
// takes its card's label, its section heading, the page title, then the
// clinic's topic; a table that surveys a market holds references. Pages are
// real HTML through ExtractClinic; every page is written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parsers/extract/clinic.h"

namespace clinicrank {
namespace {

ClinicFacts Extract(const std::string& html) {
  return ExtractClinic("t", {PageInput{html, "https://clinic.example/pricing", "", "", ""}});
}

struct Want {
  double low;
  const char* treatment;
  const char* basis;  // nullptr: not checked
};

void ExpectPrices(const std::vector<Price>& got, const std::vector<Want>& want) {
  std::string all;
  for (const Price& p : got) all += std::to_string(p.low) + " " + p.treatment + " " + p.basis + "; ";
  CAPTURE(all);
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].low == want[i].low);
    CHECK(got[i].treatment == want[i].treatment);
    if (want[i].basis != nullptr) CHECK(got[i].basis == want[i].basis);
  }
}

TEST_CASE("Price items: a menu line names its own service", "[prices][heuristic]") {
  const ClinicFacts f = Extract(
      "<html><head><title>Pricing | Aldergrove Stem Cell Knee Clinic</title></head><body>"
      "<h1>Stem cell knee treatment pricing</h1><ul>"
      "<li>One knee: $7,500</li><li>Both knees: $14,000</li>"
      "<li>Initial consultation: $200</li><li>PRP injection: $650</li>"
      "<li>NAD+ IV drip - $450</li><li>HydraFacial with exosome booster - $395</li>"
      "<li>Hyperbaric session $250 each</li><li>Exosome hair restoration: $1,200</li>"
      "</ul></body></html>");
  ExpectPrices(f.prices, {{7500, "stem_cell", "per_knee"},
                          {14000, "stem_cell", "both_knees"},
                          {200, "consultation", "unspecified"},
                          {650, "prp", nullptr},
                          {450, "other", nullptr},
                          {395, "other", nullptr},
                          {250, "other", nullptr},
                          {1200, "other", nullptr}});
}

TEST_CASE("Price items: pricing cards laid out as sibling blocks", "[prices][heuristic]") {
  const ClinicFacts f = Extract(
      "<html><head><title>Packages | Mangrove Cell Institute</title></head><body>"
      "<h2>Knee packages</h2><div class='elementor-row'>"
      "<div class='elementor-column card'><h3>30 million cells</h3><p>US$4,500</p><p>per knee</p></div>"
      "<div class='elementor-column card'><h3>60 million cells</h3><p>US$7,900</p><p>per knee</p></div>"
      "<div class='elementor-column card'><h3>Exosome facial</h3><p>US$600</p><p>per session</p></div>"
      "</div><footer><p>Call us: 555-0100</p></footer></body></html>");
  ExpectPrices(f.prices, {{4500, "stem_cell", "per_knee"},
                          {7900, "stem_cell", "per_knee"},
                          {600, "other", nullptr}});
}

TEST_CASE("Price items: a guide price with a quote to follow is the treatment's", "[prices][heuristic]") {
  const ClinicFacts f = Extract(
      "<html><head><title>Knee cartilage cell therapy | Mr A. Surgeon</title></head><body>"
      "<p>Guide price £9,000 per joint (a written quote follows your consultation).</p>"
      "<p>A first consultation is £250.</p></body></html>");
  ExpectPrices(f.prices, {{9000, "stem_cell", "per_knee"}, {250, "consultation", "unspecified"}});
}

TEST_CASE("Price items: a table surveying a market holds references", "[prices][heuristic]") {
  const ClinicFacts f = Extract(
      "<html><head><title>Stem cell knee prices | Lantern Regenerative</title></head><body>"
      "<h2>Average cost by country</h2><table><tr><th>Country</th><th>Price</th></tr>"
      "<tr><td>United States</td><td>$9,000</td></tr><tr><td>Mexico</td><td>$4,500</td></tr></table>"
      "<h2>Our price</h2><table><tr><th>Treatment</th><th>Price</th></tr>"
      "<tr><td>Bone marrow concentrate, one knee</td><td>$5,200</td></tr></table>"
      "</body></html>");
  ExpectPrices(f.prices, {{5200, "stem_cell", "per_knee"}});
  REQUIRE(f.reference_prices.size() == 2);
  CHECK(f.reference_prices[0].reference == "market");
}

}  // namespace
}  // namespace clinicrank
