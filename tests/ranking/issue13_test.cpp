// Issue 13, hostile option files: extreme rates (#10) and weights (#11) are
// refused with a message naming the value, or warned about, before they can
// blow up a score or a chart.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "ranking/rank.h"
#include "ranking/rates.h"
#include "ranking/weights.h"
#include "tests/testing/clinic_site.h"

namespace clinicrank {
namespace {

using testing::GoodClinic;
using testing::StemCellPrice;
using testing::TestRates;


std::string RatesJson(const std::string& date, const std::string& rates) {
  return R"({"date": ")" + date + R"(", "base": "USD", "rates": {)" + rates + "}}";
}

TEST_CASE("issue13 #10: rates must be plausible numbers on a real date", "[ranking][contract]") {
  struct Case {
    std::string json;
    std::string error;
  };
  const Case cases[] = {
      {RatesJson("not a date", R"("MXN": 18.2)"), "\"date\" must be a date written YYYY-MM-DD"},
      {RatesJson("2026-02-30", R"("MXN": 18.2)"), "not \"2026-02-30\""},
      {RatesJson("2026-13-01", R"("MXN": 18.2)"), "YYYY-MM-DD"},
      {RatesJson("26-11-01", R"("MXN": 18.2)"), "YYYY-MM-DD"},
      {RatesJson("2026-11-01", R"("MXN": 1e-300)"), "rate for \"MXN\" must be a number"},
      {RatesJson("2026-11-01", R"("MXN": 1e308)"), "between 0.001 and 100000000"},
      {RatesJson("2026-11-01", R"("MXN": -18.2)"), "rate for \"MXN\""},
      {RatesJson("2026-11-01", R"("MXN": 0)"), "rate for \"MXN\""},
      {RatesJson("2026-11-01", R"("MXN": "18.2")"), "rate for \"MXN\""},
      {RatesJson("2026-11-01", R"("mxn": 18.2)"), "\"mxn\" is not a currency code"},
      {RatesJson("2026-11-01", R"("PESOS": 18.2)"), "\"PESOS\" is not a currency code"},
      {RatesJson("2026-11-01", R"("MXN": 1e400)"), "invalid JSON"},  // RapidJSON: too big
  };
  for (const Case& c : cases) {
    CAPTURE(c.json);
    Rates rates;
    std::string error;
    CHECK_FALSE(ParseRates(c.json, &rates, &error));
    CHECK_THAT(error, Catch::Contains(c.error));
  }
  // Distractors: real dates and the edges of the range parse.
  const std::string fine[] = {
      RatesJson("2024-02-29", R"("MXN": 18.2)"),
      RatesJson("2026-11-01", R"("KWD": 0.31, "IRR": 42000, "LBP": 89500)"),
      RatesJson("2026-11-01", R"("XAA": 0.001, "XBB": 100000000)"),
  };
  for (const std::string& json : fine) {
    CAPTURE(json);
    Rates rates;
    std::string error;
    CHECK(ParseRates(json, &rates, &error));
  }
}

TEST_CASE("issue13 #10: rates far from the shipped table are named, inverted ones as such",
          "[ranking][contract]") {
  Rates shipped;
  std::string error;
  REQUIRE(ParseRates(RatesJson("2026-11-01", R"("MXN": 18.2, "EUR": 0.92, "COP": 4000)"),
                     &shipped, &error));
  Rates given;
  REQUIRE(ParseRates(
      RatesJson("2026-12-01", R"("MXN": 0.055, "EUR": 0.95, "COP": 50000, "THB": 34)"), &given,
      &error));
  const std::vector<std::string> outliers = RateOutliers(given, shipped);
  REQUIRE(outliers.size() == 2);  // EUR is close; THB is not in the shipped table
  CHECK_THAT(outliers[0], Catch::StartsWith("COP 50000 per USD is 12.5 times above"));
  CHECK_THAT(outliers[0], !Catch::Contains("inverted"));
  CHECK_THAT(outliers[1], Catch::StartsWith("MXN 0.055 per USD is 330.909 times below the "
                                            "shipped table's 18.2 (2026-11-01)"));
  CHECK_THAT(outliers[1], Catch::EndsWith("(is it inverted?)"));
}

TEST_CASE("issue13 #11: weights are finite numbers from 0 to 1000", "[ranking][contract]") {
  const char* bad[] = {
      R"({"own_live_cells": 1e308})",
      R"({"red_flag_high": 1000.5})",
      R"({"red_flag_low": -0.1})",
  };
  for (const char* json : bad) {
    CAPTURE(json);
    Weights w;
    std::string error;
    CHECK_FALSE(ParseWeights(json, &w, &error));
    CHECK_THAT(error, Catch::Contains("must be a number from 0 to 1000"));
    CHECK(w.own_live_cells == 25);
  }
  // The largest weights still give finite scores within 0-100.
  Weights w;
  std::string error;
  REQUIRE(ParseWeights(R"({"own_live_cells": 1000, "ultrasound_guidance": 1000,
      "personalized_plan": 1000, "stem_cell_price": 1000, "price_includes": 1000,
      "orthopedic_experience": 1000, "red_flag_high": 1000, "red_flag_medium": 0,
      "red_flag_low": 1000})",
                       &w, &error));
  ClinicFacts flagged = GoodClinic("Flagged");
  flagged.claims.push_back({"fda_approved", std::nullopt, false, "FDA approved", "u"});
  const Ranking r = RankClinics({GoodClinic("Good"), flagged}, w, TestRates());
  for (const RankedClinic& c : r.clinics) {
    CAPTURE(c.name);
    CHECK(std::isfinite(c.score));
    CHECK(c.score >= 0);
    CHECK(c.score <= 100);
    CHECK(std::isfinite(c.checklist_score));
  }
}

TEST_CASE("issue13 #10: a huge stated price gives finite, exact notes", "[ranking][contract]") {
  ClinicFacts huge = GoodClinic("Huge");
  huge.prices = {StemCellPrice(3500, 6.4e19)};
  const Ranking r = RankClinics({huge}, Weights(), TestRates());
  REQUIRE(r.clinics.size() == 1);
  for (const ChecklistItem& item : r.clinics[0].checklist) {
    CAPTURE(item.item, item.note);
    CHECK(item.note.find("-9,223") == std::string::npos);
  }
}

}  // namespace
}  // namespace clinicrank
