// Places as data: a small gazetteer of the countries, regions and cities
// where knee stem-cell clinics and their patients' markets cluster (US, MX,
// PA, CO, CR, DO, CA, GB, ES, DE, AT, TH and a few more), the US state and
// Canadian province codes of postal addresses, and country names as
// schema.org addressCountry values carry them. Used by the identity
// extractor to place a clinic (../shared/DOMAIN.md §6 lists the markets).
//
// Names that mean something else too are left out on purpose: "Georgia"
// (a country and a state), "Naples", "London" (Ontario), "San José" (Costa
// Rica and California), "Mérida", "Cali", "Essen" (a German verb): a
// gazetteer that guesses is worse than none.
#ifndef CLINICRANK_PARSERS_VOCAB_PLACES_H_
#define CLINICRANK_PARSERS_VOCAB_PLACES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

enum class PlaceKind : uint8_t { kCountry, kRegion, kCity };

struct Place {
  std::string_view name;  // as people write it ("Medellín", "Baja California")
  const char* country;    // ISO 3166 alpha-2
  PlaceKind kind;
};

struct PlaceMention {
  const Place* place = nullptr;
  size_t begin = 0;  // byte range in the folded text
  size_t end = 0;
};

// Every gazetteer place named in `folded` as whole words, left to right; at
// one position the longest name wins ("New Mexico" is not "Mexico",
// "Panama City Beach" is not "Panama City"), and matches never overlap.
// REQUIRES: `folded` came from Fold/FoldCopy (parsers/text/fold.h).
void FindPlaces(std::string_view folded, std::vector<PlaceMention>* out);

// "US" for a US state or territory postal code ("TX", "NY", "PR" is "PR"),
// "CA" for a Canadian province or territory code ("ON", "BC"); "" otherwise.
// Upper-case input only: "in" and "or" are words, "IN" and "OR" are codes.
std::string_view CountryOfRegionCode(std::string_view code);

// True when a US state code is also a common word, a country code or
// another market's abbreviation ("CA" Canada, "CO" Colombia, "PA" Panama,
// "DE" Germany, "IN", "OR", "ME", "OK", "HI"): such a code places a clinic only
// when a ZIP code follows it.
bool IsAmbiguousRegionCode(std::string_view code);

// ISO 3166 alpha-2 of a country as an address states it: an English or local
// name ("México", "Deutschland", "U.S.A."), a common abbreviation ("USA",
// "UK") or an alpha-2 code; "" when unrecognised.
std::string CountryFromName(std::string_view value);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_PLACES_H_
