#include "parsers/vocab/places.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <utility>

#include "parsers/text/fold.h"
#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

using PK = PlaceKind;

// Heuristic gazetteer (see the header for what is left out and why). Each
// name once; spelling variants (accented or not, English or local) are
// separate rows because the set matches folded text anyway.
constexpr Place kPlaces[] = {
    // Countries, in English and the local language.
    {"Mexico", "MX", PK::kCountry}, {"Estados Unidos Mexicanos", "MX", PK::kCountry},
    {"United States", "US", PK::kCountry}, {"United States of America", "US", PK::kCountry},
    {"USA", "US", PK::kCountry}, {"U.S.A.", "US", PK::kCountry},
    {"Estados Unidos", "US", PK::kCountry}, {"EE. UU.", "US", PK::kCountry},
    {"EEUU", "US", PK::kCountry}, {"Panama", "PA", PK::kCountry},
    {"Colombia", "CO", PK::kCountry}, {"Costa Rica", "CR", PK::kCountry},
    {"Dominican Republic", "DO", PK::kCountry}, {"Republica Dominicana", "DO", PK::kCountry},
    {"Canada", "CA", PK::kCountry}, {"United Kingdom", "GB", PK::kCountry},
    {"Great Britain", "GB", PK::kCountry}, {"England", "GB", PK::kCountry},
    {"Scotland", "GB", PK::kCountry}, {"Wales", "GB", PK::kCountry},
    {"Northern Ireland", "GB", PK::kCountry}, {"Reino Unido", "GB", PK::kCountry},
    {"Spain", "ES", PK::kCountry}, {"España", "ES", PK::kCountry},
    {"Spanien", "ES", PK::kCountry}, {"Germany", "DE", PK::kCountry},
    {"Deutschland", "DE", PK::kCountry}, {"Alemania", "DE", PK::kCountry},
    {"Austria", "AT", PK::kCountry}, {"Österreich", "AT", PK::kCountry},
    {"Switzerland", "CH", PK::kCountry}, {"Schweiz", "CH", PK::kCountry},
    {"Suiza", "CH", PK::kCountry}, {"Thailand", "TH", PK::kCountry},
    {"Tailandia", "TH", PK::kCountry}, {"Cayman Islands", "KY", PK::kCountry},
    {"Islas Caimán", "KY", PK::kCountry}, {"Bahamas", "BS", PK::kCountry},
    {"Puerto Rico", "PR", PK::kCountry}, {"Ireland", "IE", PK::kCountry},

    // United States: states (not Georgia) and the cities clinics advertise.
    {"Alabama", "US", PK::kRegion}, {"Alaska", "US", PK::kRegion},
    {"Arizona", "US", PK::kRegion}, {"Arkansas", "US", PK::kRegion},
    {"California", "US", PK::kRegion}, {"Colorado", "US", PK::kRegion},
    {"Connecticut", "US", PK::kRegion}, {"Delaware", "US", PK::kRegion},
    {"Florida", "US", PK::kRegion}, {"Hawaii", "US", PK::kRegion},
    {"Idaho", "US", PK::kRegion}, {"Illinois", "US", PK::kRegion},
    {"Indiana", "US", PK::kRegion}, {"Iowa", "US", PK::kRegion},
    {"Kansas", "US", PK::kRegion}, {"Kentucky", "US", PK::kRegion},
    {"Louisiana", "US", PK::kRegion}, {"Maine", "US", PK::kRegion},
    {"Maryland", "US", PK::kRegion}, {"Massachusetts", "US", PK::kRegion},
    {"Michigan", "US", PK::kRegion}, {"Minnesota", "US", PK::kRegion},
    {"Mississippi", "US", PK::kRegion}, {"Missouri", "US", PK::kRegion},
    {"Montana", "US", PK::kRegion}, {"Nebraska", "US", PK::kRegion},
    {"Nevada", "US", PK::kRegion}, {"New Hampshire", "US", PK::kRegion},
    {"New Jersey", "US", PK::kRegion}, {"New Mexico", "US", PK::kRegion},
    {"New York", "US", PK::kRegion}, {"North Carolina", "US", PK::kRegion},
    {"North Dakota", "US", PK::kRegion}, {"Ohio", "US", PK::kRegion},
    {"Oklahoma", "US", PK::kRegion}, {"Oregon", "US", PK::kRegion},
    {"Pennsylvania", "US", PK::kRegion}, {"Rhode Island", "US", PK::kRegion},
    {"South Carolina", "US", PK::kRegion}, {"South Dakota", "US", PK::kRegion},
    {"Tennessee", "US", PK::kRegion}, {"Texas", "US", PK::kRegion},
    {"Utah", "US", PK::kRegion}, {"Vermont", "US", PK::kRegion},
    {"Virginia", "US", PK::kRegion}, {"West Virginia", "US", PK::kRegion},
    {"Washington", "US", PK::kRegion}, {"Wisconsin", "US", PK::kRegion},
    {"Wyoming", "US", PK::kRegion}, {"New York City", "US", PK::kCity},
    {"NYC", "US", PK::kCity}, {"Manhattan", "US", PK::kCity},
    {"Los Angeles", "US", PK::kCity}, {"Beverly Hills", "US", PK::kCity},
    {"Santa Monica", "US", PK::kCity}, {"Newport Beach", "US", PK::kCity},
    {"Irvine", "US", PK::kCity}, {"San Diego", "US", PK::kCity},
    {"San Francisco", "US", PK::kCity}, {"Sacramento", "US", PK::kCity},
    {"Chicago", "US", PK::kCity}, {"Houston", "US", PK::kCity},
    {"Dallas", "US", PK::kCity}, {"Fort Worth", "US", PK::kCity},
    {"Austin", "US", PK::kCity}, {"El Paso", "US", PK::kCity},
    {"Albuquerque", "US", PK::kCity}, {"Louisville", "US", PK::kCity},
    {"Memphis", "US", PK::kCity}, {"Milwaukee", "US", PK::kCity},
    {"Cincinnati", "US", PK::kCity},
    {"San Antonio", "US", PK::kCity}, {"Phoenix", "US", PK::kCity},
    {"Scottsdale", "US", PK::kCity}, {"Tucson", "US", PK::kCity},
    {"Denver", "US", PK::kCity}, {"Boulder", "US", PK::kCity},
    {"Miami", "US", PK::kCity}, {"Tampa", "US", PK::kCity},
    {"Orlando", "US", PK::kCity}, {"Fort Lauderdale", "US", PK::kCity},
    {"Boca Raton", "US", PK::kCity}, {"Sarasota", "US", PK::kCity},
    {"Jacksonville", "US", PK::kCity}, {"West Palm Beach", "US", PK::kCity},
    {"Atlanta", "US", PK::kCity}, {"Nashville", "US", PK::kCity},
    {"Chattanooga", "US", PK::kCity}, {"Seattle", "US", PK::kCity},
    {"Boston", "US", PK::kCity}, {"Philadelphia", "US", PK::kCity},
    {"Pittsburgh", "US", PK::kCity}, {"Baltimore", "US", PK::kCity},
    {"Las Vegas", "US", PK::kCity}, {"Salt Lake City", "US", PK::kCity},
    {"Indianapolis", "US", PK::kCity}, {"Detroit", "US", PK::kCity},
    {"Minneapolis", "US", PK::kCity}, {"St. Louis", "US", PK::kCity},
    {"Kansas City", "US", PK::kCity}, {"Oklahoma City", "US", PK::kCity},
    {"New Orleans", "US", PK::kCity}, {"Raleigh", "US", PK::kCity},
    {"Honolulu", "US", PK::kCity}, {"Omaha", "US", PK::kCity},
    {"Panama City Beach", "US", PK::kCity}, {"Panama City, FL", "US", PK::kCity},
    {"Panama City, Florida", "US", PK::kCity},

    // Mexico.
    {"Tijuana", "MX", PK::kCity}, {"Cancún", "MX", PK::kCity},
    {"Guadalajara", "MX", PK::kCity}, {"Monterrey", "MX", PK::kCity},
    {"Mexico City", "MX", PK::kCity}, {"Ciudad de México", "MX", PK::kCity},
    {"CDMX", "MX", PK::kCity}, {"Puerto Vallarta", "MX", PK::kCity},
    {"Los Cabos", "MX", PK::kCity}, {"Cabo San Lucas", "MX", PK::kCity},
    {"San José del Cabo", "MX", PK::kCity}, {"Playa del Carmen", "MX", PK::kCity},
    {"Querétaro", "MX", PK::kCity}, {"Puebla", "MX", PK::kCity},
    {"Rosarito", "MX", PK::kCity}, {"Ensenada", "MX", PK::kCity},
    {"Mexicali", "MX", PK::kCity}, {"Ciudad Juárez", "MX", PK::kCity},
    {"San Miguel de Allende", "MX", PK::kCity}, {"Baja California", "MX", PK::kRegion},
    {"Baja California Sur", "MX", PK::kRegion}, {"Quintana Roo", "MX", PK::kRegion},
    {"Yucatán", "MX", PK::kRegion}, {"Jalisco", "MX", PK::kRegion},
    {"Nuevo León", "MX", PK::kRegion}, {"Sonora", "MX", PK::kRegion},
    {"Chihuahua", "MX", PK::kRegion}, {"Oaxaca", "MX", PK::kRegion},
    {"Guanajuato", "MX", PK::kRegion},

    // Panama, Colombia, Costa Rica, Dominican Republic, Cayman Islands.
    {"Panama City", "PA", PK::kCity}, {"Ciudad de Panamá", "PA", PK::kCity},
    {"Medellín", "CO", PK::kCity}, {"Bogotá", "CO", PK::kCity},
    {"Barranquilla", "CO", PK::kCity}, {"Cartagena de Indias", "CO", PK::kCity},
    {"Cartagena", "CO", PK::kCity}, {"Bucaramanga", "CO", PK::kCity},
    {"Pereira", "CO", PK::kCity}, {"Antioquia", "CO", PK::kRegion},
    {"Escazú", "CR", PK::kCity}, {"Heredia", "CR", PK::kCity},
    {"Alajuela", "CR", PK::kCity}, {"Guanacaste", "CR", PK::kRegion},
    {"Santo Domingo", "DO", PK::kCity}, {"Punta Cana", "DO", PK::kCity},
    {"Grand Cayman", "KY", PK::kCity}, {"George Town, Grand Cayman", "KY", PK::kCity},

    // Canada.
    {"Toronto", "CA", PK::kCity}, {"Vancouver", "CA", PK::kCity},
    {"Montreal", "CA", PK::kCity}, {"Calgary", "CA", PK::kCity},
    {"Edmonton", "CA", PK::kCity}, {"Ottawa", "CA", PK::kCity},
    {"Winnipeg", "CA", PK::kCity}, {"Mississauga", "CA", PK::kCity},
    {"Oakville", "CA", PK::kCity}, {"Kelowna", "CA", PK::kCity},
    {"Saskatoon", "CA", PK::kCity}, {"Quebec", "CA", PK::kRegion},
    {"Ontario", "CA", PK::kRegion}, {"British Columbia", "CA", PK::kRegion},
    {"Alberta", "CA", PK::kRegion}, {"Saskatchewan", "CA", PK::kRegion},
    {"Manitoba", "CA", PK::kRegion}, {"Nova Scotia", "CA", PK::kRegion},
    {"New Brunswick", "CA", PK::kRegion}, {"Newfoundland", "CA", PK::kRegion},

    // United Kingdom.
    {"London", "GB", PK::kCity}, {"Harley Street", "GB", PK::kCity},
    {"Manchester", "GB", PK::kCity}, {"Birmingham", "GB", PK::kCity},
    {"Leeds", "GB", PK::kCity}, {"Liverpool", "GB", PK::kCity},
    {"Glasgow", "GB", PK::kCity}, {"Edinburgh", "GB", PK::kCity},
    {"Bristol", "GB", PK::kCity}, {"Sheffield", "GB", PK::kCity},
    {"Nottingham", "GB", PK::kCity}, {"Leicester", "GB", PK::kCity},
    {"Cardiff", "GB", PK::kCity}, {"Belfast", "GB", PK::kCity},
    {"Yorkshire", "GB", PK::kRegion}, {"Lincolnshire", "GB", PK::kRegion},
    {"Devon", "GB", PK::kRegion}, {"Cornwall", "GB", PK::kRegion},
    {"Hertfordshire", "GB", PK::kRegion}, {"Buckinghamshire", "GB", PK::kRegion},

    // Spain.
    {"Madrid", "ES", PK::kCity}, {"Barcelona", "ES", PK::kCity},
    {"Valencia", "ES", PK::kCity}, {"Sevilla", "ES", PK::kCity},
    {"Seville", "ES", PK::kCity}, {"Málaga", "ES", PK::kCity},
    {"Marbella", "ES", PK::kCity}, {"Bilbao", "ES", PK::kCity},
    {"Zaragoza", "ES", PK::kCity}, {"Alicante", "ES", PK::kCity},
    {"Palma de Mallorca", "ES", PK::kCity}, {"Mallorca", "ES", PK::kRegion},
    {"Ibiza", "ES", PK::kRegion}, {"Cataluña", "ES", PK::kRegion},
    {"Catalunya", "ES", PK::kRegion}, {"Andalucía", "ES", PK::kRegion},
    {"País Vasco", "ES", PK::kRegion},

    // Germany, Austria, Switzerland.
    {"Berlin", "DE", PK::kCity}, {"München", "DE", PK::kCity},
    {"Munich", "DE", PK::kCity}, {"Hamburg", "DE", PK::kCity},
    {"Köln", "DE", PK::kCity}, {"Cologne", "DE", PK::kCity},
    {"Frankfurt", "DE", PK::kCity}, {"Düsseldorf", "DE", PK::kCity},
    {"Stuttgart", "DE", PK::kCity}, {"Mannheim", "DE", PK::kCity},
    {"Heidelberg", "DE", PK::kCity}, {"Leipzig", "DE", PK::kCity},
    {"Dresden", "DE", PK::kCity}, {"Nürnberg", "DE", PK::kCity},
    {"Nuremberg", "DE", PK::kCity}, {"Hannover", "DE", PK::kCity},
    {"Bremen", "DE", PK::kCity}, {"Dortmund", "DE", PK::kCity},
    {"Bonn", "DE", PK::kCity}, {"Wiesbaden", "DE", PK::kCity},
    {"Bayern", "DE", PK::kRegion}, {"Bavaria", "DE", PK::kRegion},
    {"Baden-Württemberg", "DE", PK::kRegion}, {"Nordrhein-Westfalen", "DE", PK::kRegion},
    {"Hessen", "DE", PK::kRegion}, {"Wien", "AT", PK::kCity},
    {"Vienna", "AT", PK::kCity}, {"Graz", "AT", PK::kCity},
    {"Salzburg", "AT", PK::kCity}, {"Linz", "AT", PK::kCity},
    {"Innsbruck", "AT", PK::kCity}, {"Klagenfurt", "AT", PK::kCity},
    {"Zürich", "CH", PK::kCity}, {"Zurich", "CH", PK::kCity},
    {"Genf", "CH", PK::kCity}, {"Geneva", "CH", PK::kCity},
    {"Basel", "CH", PK::kCity}, {"Lugano", "CH", PK::kCity},

    // Thailand.
    {"Bangkok", "TH", PK::kCity}, {"Phuket", "TH", PK::kCity},
    {"Chiang Mai", "TH", PK::kCity}, {"Pattaya", "TH", PK::kCity},
    {"Hua Hin", "TH", PK::kCity}, {"Koh Samui", "TH", PK::kCity},
};

const PhraseSet& PlaceSet() {
  static const PhraseSet* set = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (const Place& p : kPlaces) phrases.push_back({p.name, PhraseSet::Mode::kWord});
    return new PhraseSet(phrases);
  }();
  return *set;
}

constexpr std::pair<std::string_view, std::string_view> kRegionCodes[] = {
    {"AL", "US"}, {"AK", "US"}, {"AZ", "US"}, {"AR", "US"}, {"CA", "US"}, {"CO", "US"},
    {"CT", "US"}, {"DE", "US"}, {"DC", "US"}, {"FL", "US"}, {"GA", "US"}, {"HI", "US"},
    {"ID", "US"}, {"IL", "US"}, {"IN", "US"}, {"IA", "US"}, {"KS", "US"}, {"KY", "US"},
    {"LA", "US"}, {"ME", "US"}, {"MD", "US"}, {"MA", "US"}, {"MI", "US"}, {"MN", "US"},
    {"MS", "US"}, {"MO", "US"}, {"MT", "US"}, {"NE", "US"}, {"NV", "US"}, {"NH", "US"},
    {"NJ", "US"}, {"NM", "US"}, {"NY", "US"}, {"NC", "US"}, {"ND", "US"}, {"OH", "US"},
    {"OK", "US"}, {"OR", "US"}, {"PA", "US"}, {"RI", "US"}, {"SC", "US"}, {"SD", "US"},
    {"TN", "US"}, {"TX", "US"}, {"UT", "US"}, {"VT", "US"}, {"VA", "US"}, {"WA", "US"},
    {"WV", "US"}, {"WI", "US"}, {"WY", "US"}, {"PR", "PR"},
    // Canada (province codes that are not also US codes).
    {"ON", "CA"}, {"BC", "CA"}, {"AB", "CA"}, {"QC", "CA"}, {"MB", "CA"}, {"SK", "CA"},
    {"NS", "CA"}, {"NB", "CA"}, {"NL", "CA"}, {"PE", "CA"}, {"YT", "CA"}, {"NT", "CA"},
    {"NU", "CA"},
};

// addressCountry spellings (folded, dots dropped) beyond the gazetteer's
// country rows: abbreviations that are words in running text ("us").
constexpr std::pair<std::string_view, const char*> kAddressCountries[] = {
    {"us", "US"}, {"uk", "GB"}, {"mex", "MX"}, {"uae", "AE"}, {"republica de panama", "PA"},
    {"the bahamas", "BS"}, {"the netherlands", "NL"}, {"netherlands", "NL"},
    {"barbados", "BB"}, {"jamaica", "JM"}, {"antigua and barbuda", "AG"}, {"france", "FR"},
    {"italy", "IT"}, {"italia", "IT"}, {"suisse", "CH"}, {"portugal", "PT"},
    {"belgium", "BE"}, {"greece", "GR"}, {"poland", "PL"}, {"czech republic", "CZ"},
    {"czechia", "CZ"}, {"ukraine", "UA"}, {"russia", "RU"}, {"turkey", "TR"},
    {"turkiye", "TR"}, {"cyprus", "CY"}, {"serbia", "RS"}, {"united arab emirates", "AE"},
    {"israel", "IL"}, {"india", "IN"}, {"japan", "JP"}, {"south korea", "KR"},
    {"korea", "KR"}, {"china", "CN"}, {"singapore", "SG"}, {"malaysia", "MY"},
    {"philippines", "PH"}, {"australia", "AU"}, {"new zealand", "NZ"}, {"brazil", "BR"},
    {"brasil", "BR"}, {"argentina", "AR"}, {"chile", "CL"}, {"peru", "PE"},
    {"ecuador", "EC"}, {"guatemala", "GT"}, {"el salvador", "SV"}, {"honduras", "HN"},
    {"nicaragua", "NI"}, {"south africa", "ZA"}, {"islas caiman", "KY"},
};

}  // namespace

void FindPlaces(std::string_view folded, std::vector<PlaceMention>* out) {
  const PhraseSet& set = PlaceSet();
  size_t from = 0;
  while (from < folded.size()) {
    const std::optional<PhraseSet::Match> m = set.Find(folded, from);
    if (!m) break;
    out->push_back({&kPlaces[m->id], m->begin, m->end});
    from = m->end;
  }
}

std::string_view CountryOfRegionCode(std::string_view code) {
  for (const auto& [c, country] : kRegionCodes) {
    if (c == code) return country;
  }
  return "";
}

bool IsAmbiguousRegionCode(std::string_view code) {
  static constexpr std::string_view kAmbiguous[] = {"CA", "CO", "PA", "DE", "IN", "OR", "ME",
                                                    "OK", "HI", "MD", "AL", "LA", "MA", "ID",
                                                    "GA", "AR", "MS", "PR", "VA", "MI", "NE", "SC"};
  return std::find(std::begin(kAmbiguous), std::end(kAmbiguous), code) != std::end(kAmbiguous);
}

std::string CountryFromName(std::string_view value) {
  std::string key;
  for (char c : FoldCopy(value)) {
    if (c == '.') continue;  // "U.S.A." → "usa"
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
      continue;
    }
    key.push_back(c);
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.empty()) return "";
  for (const auto& [name, code] : kAddressCountries) {
    if (name == key) return code;
  }
  for (const Place& p : kPlaces) {
    if (p.kind != PlaceKind::kCountry) continue;
    std::string folded;
    for (char c : FoldCopy(p.name)) {
      if (c != '.') folded.push_back(c);
    }
    if (folded == key) return p.country;
  }
  if (key.size() == 2 && key[0] >= 'a' && key[0] <= 'z' && key[1] >= 'a' && key[1] <= 'z') {
    return {static_cast<char>(key[0] - 'a' + 'A'), static_cast<char>(key[1] - 'a' + 'A')};
  }
  return "";
}

}  // namespace clinicrank
