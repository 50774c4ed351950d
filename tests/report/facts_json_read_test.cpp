// Reading extract output back (report/facts_json.h, issue 17): what rank
// --facts and a ranking spilled to disk depend on. A line read back and
// written again is the same line; a line that is not a clinic's facts is an
// error naming the field, never a crash or a silent default.
#include <catch2/catch.hpp>
#include <string>

#include "report/facts_json.h"
#include "tests/testing/clinic_site.h"
#include "tests/testing/extract_pages.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

std::string RoundTrip(const std::string& line) {
  ClinicFacts facts;
  std::string error;
  REQUIRE(FactsFromJsonLine(line, &facts, &error));
  CHECK(error.empty());
  return FactsToJsonLine(facts);
}

std::string ErrorFor(const std::string& line) {
  ClinicFacts facts;
  std::string error;
  CHECK_FALSE(FactsFromJsonLine(line, &facts, &error));
  return error;
}

TEST_CASE("Every bundled clinic's facts read back to the same line", "[report][facts]") {
  size_t clinics = 0;
  for (const std::string& dir : testing::SampleClinicDirs()) {
    const std::string name = dir.substr(dir.rfind('/') + 1);
    CAPTURE(name);
    const std::string line = FactsToJsonLine(testing::ExtractSample(name));
    CHECK(RoundTrip(line) == line);
    ++clinics;
  }
  CHECK(clinics >= 20);
}

TEST_CASE("Every optional field survives the round trip", "[report][facts]") {
  ClinicFacts f = testing::GoodClinic("Round Trip Clinic");
  REQUIRE_FALSE(f.pages.empty());
  f.clinic.country.reset();  // null
  f.pages[0].fetched_at = "2026-12-01T10:00:00Z";
  f.pages[0].canonical_url = "https://good.example/home";
  f.pages.push_back(PageRef{std::nullopt, "clinic/broken.html", "", "ab12", "", false});
  Price p = testing::StemCellPrice(4000.5, 6000);
  p.lower_bound_only = true;
  p.currency_guessed = true;
  p.quote = "from $4,000.50 \"per knee\"\n\t<b>";
  p.canonical_url = "https://good.example/prices";
  f.prices.push_back(p);
  p.reference = "market";
  p.upper_bound_only = true;
  p.lower_bound_only = false;
  f.reference_prices.push_back(p);
  f.claims.push_back(Claim{"success_rate", 95.0, true, "95% of patients", "https://good.example/"});
  f.claims.push_back(Claim{"cure", std::nullopt, false, "cures arthritis", "https://good.example/"});
  f.price_includes.push_back(PriceInclusion{"follow_up", false, "follow-up visits are extra", "u"});
  f.warnings.push_back("a warning with a \xe2\x80\x9cquote\xe2\x80\x9d");
  f.own_cells_only = TriState::kNo;
  f.orthopedic_experience = TriState::kYes;

  const std::string line = FactsToJsonLine(f);
  ClinicFacts back;
  std::string error;
  REQUIRE(FactsFromJsonLine(line, &back, &error));
  CHECK(FactsToJsonLine(back) == line);
  CHECK_FALSE(back.clinic.country.has_value());
  CHECK(back.pages.back().read == false);
  CHECK_FALSE(back.pages.back().url.has_value());
  CHECK(back.prices.back().lower_bound_only);
  CHECK(back.prices.back().currency_guessed);
  CHECK(back.prices.back().low == 4000.5);
  CHECK(back.reference_prices.back().reference == "market");
  CHECK(back.claims[back.claims.size() - 2].value == 95.0);
  CHECK(back.claims[back.claims.size() - 2].cited);
  CHECK_FALSE(back.claims.back().value.has_value());
  CHECK_FALSE(back.price_includes.back().included);
  CHECK(back.own_cells_only == TriState::kNo);
}

TEST_CASE("A line from an older version keeps defaults for missing fields", "[report][facts]") {
  ClinicFacts f;
  std::string error;
  REQUIRE(FactsFromJsonLine(R"({"source":"old/clinic","pages":[{"url":"https://a.example/",)"
                            R"("title":"A","sha256":"00"}],"prices":[]})",
                            &f, &error));
  CHECK(f.source == "old/clinic");
  REQUIRE(f.pages.size() == 1);
  CHECK(f.pages[0].read);  // read unless said otherwise
  CHECK(f.own_cells_only == TriState::kUnknown);
  CHECK(f.cell_origin == "unknown");
  CHECK(f.PagesRead() == 1);
}

TEST_CASE("A line that is not a clinic's facts is an error naming why", "[report][facts]") {
  CHECK_THAT(ErrorFor("not json"), Catch::StartsWith("not JSON: "));
  CHECK_THAT(ErrorFor(""), Catch::StartsWith("not JSON: "));
  CHECK_THAT(ErrorFor("[1,2]"), Catch::Contains("not an object"));
  CHECK_THAT(ErrorFor(R"({"clinics":[]})"), Catch::Contains("no \"source\""));
  CHECK(ErrorFor(R"({"source":"s","pages":{}})") == "\"pages\" is not an array");
  CHECK(ErrorFor(R"({"source":"s","prices":[{"low":"4000"}]})") ==
        "\"prices[0].low\" is not a number");
  CHECK(ErrorFor(R"({"source":"s","prices":[{"low":1,"high":1},)"
                 R"({"low":1,"currency":7}]})") ==
        "\"prices[1].currency\" is not a string");
  CHECK_THAT(ErrorFor(R"({"source":"s","ultrasound_guidance":"maybe"})"),
             Catch::Contains("\"ultrasound_guidance\" is not \"yes\", \"no\" or \"unknown\""));
  CHECK_THAT(ErrorFor(R"({"source":"s","price_includes":[{"item":"x","status":"free"}]})"),
             Catch::Contains("price_includes[0].status"));
  CHECK_THAT(ErrorFor(R"({"source":"s","claims":[{"kind":"cure","value":true}]})"),
             Catch::Contains("claims[0].value"));
  CHECK_THAT(ErrorFor(R"({"source":"s"} trailing)"), Catch::StartsWith("not JSON: "));
  // Invalid UTF-8 is refused: every report assumes valid text.
  CHECK_THAT(ErrorFor("{\"source\":\"\xff\xfe\"}"), Catch::StartsWith("not JSON: "));
}

TEST_CASE("Values no extract output holds are refused", "[report][facts]") {
  CHECK(ErrorFor(R"({"source":""})") == "\"source\" is not a non-empty string");
  CHECK_THAT(ErrorFor(R"({"source":"s","prices":[{"low":-5,"high":10}]})"),
             Catch::Contains("prices[0].low\" is not a price from 0 up to"));
  CHECK_THAT(ErrorFor(R"({"source":"s","prices":[{"low":10,"high":5}]})"),
             Catch::Contains("prices[0].low"));
  CHECK_THAT(ErrorFor(R"({"source":"s","reference_prices":[{"low":1,"high":1e308}]})"),
             Catch::Contains("reference_prices[0].low"));
  CHECK_THAT(ErrorFor(R"({"source":"s","claims":[{"kind":"success_rate","value":-1}]})"),
             Catch::Contains("claims[0].value"));
  std::string many = R"({"source":"s","pages":[)";
  for (int i = 0; i < 20001; ++i) many += i ? ",{}" : "{}";
  CHECK_THAT(ErrorFor(many + "]}"), Catch::Contains("\"pages\" is not an array of at most 20000"));
}

TEST_CASE("A price reads back to the last bit", "[report][facts]") {
  ClinicFacts f;
  f.source = "s";
  Price p = testing::StemCellPrice(4321.987654321987, 9876.54321098765);
  f.prices.push_back(p);
  ClinicFacts back;
  std::string error;
  REQUIRE(FactsFromJsonLine(FactsToJsonLine(f), &back, &error));
  REQUIRE(back.prices.size() == 1);
  CHECK(back.prices[0].low == p.low);
  CHECK(back.prices[0].high == p.high);
}

TEST_CASE("A hostile line of deep nesting is an error, not a stack overflow", "[report][facts]") {
  const std::string deep = "{\"source\":\"s\",\"pages\":" + std::string(1000000, '[') + "]";
  CHECK_THAT(ErrorFor(deep), Catch::StartsWith("not JSON: "));
  const std::string deep_ok = "{\"source\":\"s\",\"warnings\":" + std::string(100000, '[') +
                              std::string(100000, ']') + "}";
  CHECK(ErrorFor(deep_ok) == "\"warnings\" is not an array of strings");
}

}  // namespace
}  // namespace clinicrank
