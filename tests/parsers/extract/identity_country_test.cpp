// Country cues in text (parsers/extract/identity_country.h), issue 12 kind 6.
// Invented addresses and phrases; each shape has distractors.
#include "parsers/extract/identity_country.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

std::vector<CountryCue> Cues(std::string_view text) {
  std::vector<CountryCue> cues;
  const std::string folded = FoldCopy(text);
  FindCountryCues(text, folded, &cues);
  return cues;
}

bool Has(const std::vector<CountryCue>& cues, std::string_view country, CountryCueKind kind) {
  for (const CountryCue& c : cues) {
    if (c.country == country && c.kind == kind) return true;
  }
  return false;
}

std::string Describe(const std::vector<CountryCue>& cues) {
  std::string out;
  for (const CountryCue& c : cues) out += c.country + "/" + std::to_string(int(c.kind)) + " ";
  return out;
}

TEST_CASE("FindCountryCues: addresses, stated places, phones", "[identity][heuristic]") {
  using K = CountryCueKind;
  struct Case {
    std::string_view text;
    std::string_view country;
    CountryCueKind kind;
  };
  const Case cases[] = {
      {"Visit us at 1200 Lamar Blvd, Austin, TX 78703.", "US", K::kPostalAddress},
      {"Our second office: Scottsdale, AZ", "US", K::kCityRegion},
      {"Suite 400, 88 Front St W, Toronto, ON M5V 2T6", "CA", K::kPostalAddress},
      {"14 Harley Mews, London W1G 8PQ", "GB", K::kPostalAddress},
      {"Blvd. Agua Caliente 4558, C.P. 22420, Tijuana", "MX", K::kPostalAddress},
      {"Calle de Serrano 45, 28001 Madrid", "ES", K::kPostalAddress},
      {"Leopoldstraße 10, 80802 München", "DE", K::kPostalAddress},
      {"Ringstraße 3, 1010 Wien", "AT", K::kPostalAddress},
      {"4100 Elm Street, Houston, Texas 77002", "US", K::kPostalAddress},
      {"Our clinic in Medellín treats knees with your own cells.", "CO", K::kStatedPlace},
      {"Estamos ubicados en Escazú, frente al parque.", "CR", K::kStatedPlace},
      {"Unsere Praxis in Köln liegt zentral.", "DE", K::kStatedPlace},
      {"We are located in beautiful Puerto Vallarta.", "MX", K::kStatedPlace},
      {"Patients fly to the Istmo Knee Institute in Panama City.", "PA", K::kInstitutionPlace},
      {"Call +52 664 123 4567 to book.", "MX", K::kIntlPhone},
      {"WhatsApp +506 2222 3333", "CR", K::kIntlPhone},
      {"Call (512) 555-0199 today.", "US", K::kNationalPhone},
      {"Phone 416-555-0142", "CA", K::kNationalPhone},
      {"Guide price \xC2\xA3" "9,000 per joint.", "GB", K::kWeakNational},
      {"This treatment is not available on the NHS.", "GB", K::kWeakNational},
      {"No stem cell product is FDA approved for knees.", "US", K::kWeakNational},
      {"Santo Domingo, República Dominicana", "DO", K::kPlaceMention},
      {"New Mexico has few such clinics.", "US", K::kPlaceMention},
      {"Panama City Beach is on the Gulf.", "US", K::kPlaceMention},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::vector<CountryCue> cues = Cues(c.text);
    CAPTURE(Describe(cues));
    CHECK(Has(cues, c.country, c.kind));
  }
}

TEST_CASE("FindCountryCues: distractors", "[identity][heuristic]") {
  using K = CountryCueKind;
  struct Case {
    std::string_view text;
    std::string_view country;  // must not be cued at all
  };
  const Case cases[] = {
      {"Dr. Lee, MD reviews every case.", "US"},           // MD: a degree, not Maryland
      {"Our 5000 patients since 2009.", "US"},             // numbers
      {"Call 1-800-555-0199, toll free.", "US"},           // toll-free
      {"Llámenos al (664) 555-0123.", "US"},               // a Tijuana number without +52
      {"ZIP code 90210 is famous.", "US"},                 // a ZIP with no state
      {"Dr. Georgia Ames, CO-founder", "US"},              // not a state
      {"New Mexico has few such clinics.", "MX"},          // New Mexico is not Mexico
      {"Panama City Beach is on the Gulf.", "PA"},         // nor Panama
      {"CD34+ cells are counted in the lab.", "GB"},       // not a postcode
      {"Results vary; see our FAQ, OR call us.", "US"},    // "OR" is not Oregon here
      {"Cost: 4500 USD, paid in two parts.", "US"},        // currency code, not a place
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::vector<CountryCue> cues = Cues(c.text);
    CAPTURE(Describe(cues));
    for (const CountryCue& cue : cues) CHECK(cue.country != c.country);
  }
  // Mentions are only mentions: nothing stated, no address.
  const std::vector<CountryCue> market = Cues("We treat patients from Texas, Canada and Mexico.");
  for (const CountryCue& cue : market) {
    CHECK((cue.kind == K::kPlaceMention || cue.kind == K::kWeakNational));
  }
}

TEST_CASE("CountryFromPhone and CountryFromTld", "[identity][contract]") {
  CHECK(CountryFromPhone("+57 604 555 0101") == "CO");
  CHECK(CountryFromPhone("+1 (809) 555-0100") == "DO");
  CHECK(CountryFromPhone("(212) 555-0100") == "");
  CHECK(CountryFromTld("uk") == "GB");
  CHECK(CountryFromTld("com") == "");
  CHECK(CountryFromTld("io") == "");
}

}  // namespace
}  // namespace clinicrank
