// The places gazetteer (parsers/vocab/places.h).
#include "parsers/vocab/places.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

std::string Countries(std::string_view text) {
  std::vector<PlaceMention> found;
  const std::string folded = FoldCopy(text);
  FindPlaces(folded, &found);
  std::string out;
  for (const PlaceMention& m : found) out += std::string(out.empty() ? "" : " ") + m.place->country;
  return out;
}

TEST_CASE("FindPlaces: longest name, whole words", "[places][heuristic]") {
  struct Case {
    std::string_view text;
    std::string_view countries;
  };
  const Case cases[] = {
      {"Our clinic in Medellín", "CO"},
      {"de Bogotá a Cancún", "CO MX"},
      {"New Mexico and Mexico City", "US MX"},
      {"Panama City Beach, then Panama City", "US PA"},
      {"Chiang Mai or Bangkok", "TH TH"},
      {"Köln und München", "DE DE"},
      {"Toronto, Ontario", "CA CA"},
      {"Tijuana, Baja California, México", "MX MX MX"},
      // Distractors: parts of words, ambiguous names left out.
      {"Mexicans and Texans", ""},
      {"Dr. Georgia Ames from Naples", ""},
      {"a texas-sized discount", "US"},  // hyphen bounds a word: still Texas
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Countries(c.text) == c.countries);
  }
}

TEST_CASE("Region codes and addressCountry names", "[places][contract]") {
  CHECK(CountryOfRegionCode("TX") == "US");
  CHECK(CountryOfRegionCode("ON") == "CA");
  CHECK(CountryOfRegionCode("tx") == "");
  CHECK(CountryOfRegionCode("ZZ") == "");
  CHECK(IsAmbiguousRegionCode("CA"));
  CHECK(IsAmbiguousRegionCode("PA"));
  CHECK_FALSE(IsAmbiguousRegionCode("TX"));
  CHECK(CountryFromName("México") == "MX");
  CHECK(CountryFromName("U.S.A.") == "US");
  CHECK(CountryFromName("us") == "US");
  CHECK(CountryFromName("Deutschland") == "DE");
  CHECK(CountryFromName("Reino Unido") == "GB");
  CHECK(CountryFromName("gb") == "GB");
  CHECK(CountryFromName("Atlantis Republic") == "");
  CHECK(CountryFromName("") == "");
}

}  // namespace
}  // namespace clinicrank
