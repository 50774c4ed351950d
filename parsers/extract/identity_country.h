// Where a clinic is, from what its pages say (issue 12, kind 6): phone
// numbers (E.164 country codes, NANP area codes; DOMAIN.md §6), country-code
// TLDs, and cues in visible text — postal addresses (US state + ZIP,
// "Austin, TX", Canadian and UK postcodes, "C.P. 22010", "28001 Madrid"),
// a stated location ("our clinic in Medellín", "ubicada en Tijuana"),
// gazetteer mentions (parsers/vocab/places.h), the pound sign and the NHS.
// The identity extractor weighs them; nothing here decides a country alone.
#ifndef CLINICRANK_PARSERS_EXTRACT_IDENTITY_COUNTRY_H_
#define CLINICRANK_PARSERS_EXTRACT_IDENTITY_COUNTRY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// The country of an international phone number ("+52 55 1234 5678",
// "00 44 20 ...", "+1 (345) 949-0000"); "" for national formats, which are
// ambiguous, and for toll-free NANP numbers.
std::string CountryFromPhone(std::string_view phone);

// The country of a country-code TLD we trust ("mx", "uk", "co"); "" for
// generic TLDs and for ccTLDs used as generic names (".md", ".io", ".ai").
std::string CountryFromTld(std::string_view tld);

enum class CountryCueKind : uint8_t {
  kPostalAddress,  // "TX 78701", "ON M5V 2T6", "NG34 8NY", "C.P. 22010", "28001 Madrid"
  kCityRegion,     // "Austin, TX", "Toronto, ON": a city and an unambiguous code
  kStatedPlace,    // "our clinic in Medellín", "located in Tijuana", "unsere Praxis in Köln"
  kInstitutionPlace,  // "Stem Cell Institute in Panama", "Clínica X en Tijuana"
  kPlaceMention,   // any gazetteer place; "Tijuana, Baja California" counts once more
  kIntlPhone,      // "+52 664 123 4567" in the text
  kNationalPhone,  // "(512) 555-0199", "512-555-0199": NANP, by area code
  kWeakNational,   // "£", "NHS", "FDA", "Medicare": a national cue, not a location
};

struct CountryCue {
  std::string country;  // ISO 3166 alpha-2
  CountryCueKind kind = CountryCueKind::kPlaceMention;
  size_t at = 0;          // byte offset of the cue, in `raw` or in `folded` (below)
  bool in_folded = false;  // `at` indexes the folded text
};

// Every cue in one block. `raw` is the block's visible text, `folded` its
// fold (parsers/text/fold.h). Work is linear in the text; the gazetteer is
// one PhraseSet pass over `folded`.
void FindCountryCues(std::string_view raw, std::string_view folded, std::vector<CountryCue>* out);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_IDENTITY_COUNTRY_H_
