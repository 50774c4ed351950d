#include "ranking/weights.h"

#include <catch2/catch.hpp>

#include "ranking/rates.h"

namespace clinicrank {
namespace {

TEST_CASE("Default weights add up to 100", "[ranking][contract]") {
  Weights w;
  CHECK(w.own_live_cells + w.ultrasound_guidance + w.personalized_plan + w.stem_cell_price +
            w.price_includes + w.orthopedic_experience ==
        Approx(100));
}

TEST_CASE("ParseWeights overrides only the keys given", "[ranking]") {
  Weights w;
  std::string error;
  REQUIRE(ParseWeights(R"({"ultrasound_guidance": 30, "red_flag_high": 20.5})", &w, &error));
  CHECK(w.ultrasound_guidance == 30);
  CHECK(w.red_flag_high == 20.5);
  CHECK(w.own_live_cells == 25);
}

TEST_CASE("ParseWeights rejects bad files and names the key", "[ranking]") {
  struct Case {
    const char* json;
    const char* want;
  };
  const Case cases[] = {
      {R"({"ultrasound": 30})", "unknown key \"ultrasound\""},
      {R"({"cure": 1})", "unknown key \"cure\""},
      {R"({"ultrasound_guidance": "high"})", "\"ultrasound_guidance\" must be a number"},
      {R"({"red_flag_low": -1})", "\"red_flag_low\" must be a number from 0 to 1000"},
      {R"([1, 2])", "expected a JSON object"},
      {R"({"ultrasound_guidance": 3)", "invalid JSON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.json);
    Weights w;
    w.ultrasound_guidance = 7;
    std::string error;
    CHECK_FALSE(ParseWeights(c.json, &w, &error));
    CHECK_THAT(error, Catch::Contains(c.want));
    CHECK(w.ultrasound_guidance == 7);  // untouched on error
  }
}

TEST_CASE("ParseRates reads the shipped format", "[ranking]") {
  Rates r;
  std::string error;
  REQUIRE(
      ParseRates(R"({"date": "2026-11-01", "base": "USD", "rates": {"MXN": 18.2}})", &r, &error));
  CHECK(r.date == "2026-11-01");
  REQUIRE(ToUsd(r, 182, "MXN"));
  CHECK(*ToUsd(r, 182, "MXN") == Approx(10));
  CHECK(*ToUsd(r, 5, "USD") == 5);
  CHECK_FALSE(ToUsd(r, 5, "GBP"));
  CHECK_FALSE(ParseRates(R"({"base": "USD", "rates": {}})", &r, &error));
  CHECK_FALSE(ParseRates(R"({"date": "d", "base": "EUR", "rates": {}})", &r, &error));
  CHECK_FALSE(ParseRates(R"({"date": "2026-11-01", "rates": {"MXN": 0}})", &r, &error));
  CHECK_THAT(error, Catch::Contains("MXN"));
}

TEST_CASE("The shipped rates table parses and is dated", "[ranking]") {
  FILE* f = std::fopen(DefaultRatesPath().c_str(), "rb");
  REQUIRE(f != nullptr);
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  std::fclose(f);
  Rates r;
  std::string error;
  REQUIRE(ParseRates(text, &r, &error));
  CHECK(r.date.size() == 10);
  CHECK(r.per_usd.count("MXN") == 1);
  CHECK(r.per_usd.count("EUR") == 1);
}

}  // namespace
}  // namespace clinicrank
