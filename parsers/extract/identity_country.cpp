// Country cues. Tables are heuristics: E.164 calling codes and NANP area
// codes (DOMAIN.md §6), trusted ccTLDs, and the address shapes of our
// markets. Every shape has distractors in identity_country_test.cpp.
#include "parsers/extract/identity_country.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "parsers/text/words.h"
#include "parsers/vocab/places.h"

namespace clinicrank {
namespace {

struct CallingCode {
  std::string_view prefix;
  const char* code;
};

// E.164 country calling codes; +1 is resolved by area code below.
constexpr CallingCode kCallingCodes[] = {
    {"52", "MX"}, {"507", "PA"}, {"57", "CO"}, {"506", "CR"}, {"49", "DE"}, {"44", "GB"},
    {"66", "TH"}, {"34", "ES"}, {"33", "FR"}, {"39", "IT"}, {"41", "CH"}, {"43", "AT"},
    {"351", "PT"}, {"353", "IE"}, {"31", "NL"}, {"32", "BE"}, {"30", "GR"}, {"48", "PL"},
    {"420", "CZ"}, {"380", "UA"}, {"7", "RU"}, {"90", "TR"}, {"357", "CY"}, {"381", "RS"},
    {"971", "AE"}, {"972", "IL"}, {"91", "IN"}, {"81", "JP"}, {"82", "KR"}, {"86", "CN"},
    {"852", "HK"}, {"65", "SG"}, {"60", "MY"}, {"63", "PH"}, {"61", "AU"}, {"64", "NZ"},
    {"55", "BR"}, {"54", "AR"}, {"56", "CL"}, {"51", "PE"}, {"593", "EC"}, {"502", "GT"},
    {"503", "SV"}, {"504", "HN"}, {"505", "NI"}, {"27", "ZA"}, {"58", "VE"}, {"591", "BO"},
    {"595", "PY"}, {"598", "UY"},
};

// North American Numbering Plan area codes outside the United States.
struct AreaCode {
  int area;
  const char* code;
};
constexpr AreaCode kNanpAreas[] = {
    {345, "KY"}, {242, "BS"}, {246, "BB"}, {264, "AI"}, {268, "AG"}, {284, "VG"},
    {441, "BM"}, {473, "GD"}, {649, "TC"}, {658, "JM"}, {876, "JM"}, {664, "MS"},
    {721, "SX"}, {758, "LC"}, {767, "DM"}, {784, "VC"}, {787, "PR"}, {939, "PR"},
    {809, "DO"}, {829, "DO"}, {849, "DO"}, {868, "TT"}, {869, "KN"},
    // Canada.
    {204, "CA"}, {226, "CA"}, {236, "CA"}, {249, "CA"}, {250, "CA"}, {263, "CA"}, {289, "CA"},
    {306, "CA"}, {343, "CA"}, {354, "CA"}, {365, "CA"}, {367, "CA"}, {368, "CA"}, {382, "CA"},
    {403, "CA"}, {416, "CA"}, {418, "CA"}, {428, "CA"}, {431, "CA"}, {437, "CA"}, {438, "CA"},
    {450, "CA"}, {468, "CA"}, {474, "CA"}, {506, "CA"}, {514, "CA"}, {519, "CA"}, {548, "CA"},
    {579, "CA"}, {581, "CA"}, {584, "CA"}, {587, "CA"}, {604, "CA"}, {613, "CA"}, {639, "CA"},
    {647, "CA"}, {672, "CA"}, {683, "CA"}, {705, "CA"}, {709, "CA"}, {742, "CA"}, {753, "CA"},
    {778, "CA"}, {780, "CA"}, {782, "CA"}, {807, "CA"}, {819, "CA"}, {825, "CA"}, {867, "CA"},
    {873, "CA"}, {879, "CA"}, {902, "CA"}, {905, "CA"},
};

// Toll-free and other non-geographic NANP codes say nothing about a country.
bool IsNonGeographicNanp(int area) {
  return area == 800 || area == 833 || area == 844 || area == 855 || area == 866 ||
         area == 877 || area == 888 || area == 900 || area == 500 || area == 700;
}

}  // namespace

std::string CountryFromPhone(std::string_view phone) {
  size_t i = 0;
  while (i < phone.size() && (IsAsciiSpace(phone[i]) || phone[i] == '(')) ++i;
  std::string digits;
  if (i < phone.size() && phone[i] == '+') {
    ++i;
  } else if (phone.substr(i, 2) == "00") {
    i += 2;
  } else {
    return "";
  }
  for (; i < phone.size() && digits.size() < 15; ++i) {
    const char c = phone[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (!(IsAsciiSpace(c) || c == '-' || c == '.' || c == '(' || c == ')' || c == '/')) {
      break;
    }
  }
  if (digits.size() < 7) return "";
  if (digits[0] == '1') {
    if (digits.size() < 11) return "";
    const int area = std::stoi(digits.substr(1, 3));
    if (IsNonGeographicNanp(area)) return "";
    for (const AreaCode& a : kNanpAreas) {
      if (a.area == area) return a.code;
    }
    return "US";
  }
  // Longest matching prefix.
  const CallingCode* best = nullptr;
  for (const CallingCode& c : kCallingCodes) {
    if (digits.starts_with(c.prefix) && (!best || c.prefix.size() > best->prefix.size())) best = &c;
  }
  return best ? best->code : "";
}

// ".md", ".io", ".ai", ".me", ".tv", ".ly" and the like are used as generic
// names and are left out.
std::string CountryFromTld(std::string_view tld) {
  static constexpr std::pair<std::string_view, const char*> kTlds[] = {
      {"mx", "MX"}, {"co", "CO"}, {"pa", "PA"}, {"ky", "KY"}, {"de", "DE"}, {"uk", "GB"},
      {"cr", "CR"}, {"th", "TH"}, {"es", "ES"}, {"ca", "CA"}, {"fr", "FR"}, {"it", "IT"},
      {"ch", "CH"}, {"at", "AT"}, {"pt", "PT"}, {"ie", "IE"}, {"nl", "NL"}, {"be", "BE"},
      {"gr", "GR"}, {"pl", "PL"}, {"cz", "CZ"}, {"ua", "UA"}, {"ru", "RU"}, {"tr", "TR"},
      {"cy", "CY"}, {"ae", "AE"}, {"il", "IL"}, {"in", "IN"}, {"jp", "JP"}, {"kr", "KR"},
      {"cn", "CN"}, {"sg", "SG"}, {"my", "MY"}, {"ph", "PH"}, {"au", "AU"}, {"nz", "NZ"},
      {"br", "BR"}, {"ar", "AR"}, {"cl", "CL"}, {"pe", "PE"}, {"ec", "EC"}, {"gt", "GT"},
      {"do", "DO"}, {"bs", "BS"}, {"jm", "JM"}, {"pr", "PR"}, {"za", "ZA"}, {"bb", "BB"},
      {"hn", "HN"}, {"ni", "NI"}, {"sv", "SV"}, {"uy", "UY"}, {"py", "PY"}, {"bo", "BO"}};
  for (auto [t, code] : kTlds) {
    if (t == tld) return code;
  }
  return "";
}


namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z'); }

// True when no letter or digit touches [begin, end) of `s` on either side.
bool Bounded(std::string_view s, size_t begin, size_t end) {
  return (begin == 0 || !IsAlnum(s[begin - 1])) && (end >= s.size() || !IsAlnum(s[end]));
}

size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsDigit(s[j])) ++j;
  return j - i;
}

// Common Mexican area codes that are also NANP-shaped: a Tijuana clinic
// writes "(664) 123-4567" without +52.
bool IsMexicanAreaCode(int area) {
  static constexpr int kAreas[] = {664, 665, 661, 646, 686, 998, 984, 987, 322, 624, 612, 999,
                                   222, 442, 614, 656, 662, 667, 669, 844, 871, 477, 449, 443,
                                   744, 951, 961, 993, 229, 311, 618, 722, 833, 899, 867, 868};
  return std::find(std::begin(kAreas), std::end(kAreas), area) != std::end(kAreas);
}

// "(512) 555-0199", "512-555-0199", "512.555.0199", "1-512-555-0199" at
// `i`: the country by area code, or "".
std::string NanpCountryAt(std::string_view s, size_t i, size_t* end) {
  if (i > 0 && (IsAlnum(s[i - 1]) || s[i - 1] == '+' || s[i - 1] == '-')) return "";
  size_t k = i;
  if (s.substr(k).starts_with("1-") || s.substr(k).starts_with("1 ")) k += 2;
  int area = 0;
  if (k < s.size() && s[k] == '(') {
    if (DigitRun(s, k + 1) != 3 || k + 4 >= s.size() || s[k + 4] != ')') return "";
    area = std::stoi(std::string(s.substr(k + 1, 3)));
    k += 5;
    if (k < s.size() && s[k] == ' ') ++k;
  } else {
    if (DigitRun(s, k) != 3 || k + 3 >= s.size() || (s[k + 3] != '-' && s[k + 3] != '.')) return "";
    area = std::stoi(std::string(s.substr(k, 3)));
    k += 4;
  }
  if (DigitRun(s, k) != 3 || k + 3 >= s.size()) return "";
  const char sep = s[k + 3];
  if (sep != '-' && sep != '.' && sep != ' ') return "";
  k += 4;
  if (DigitRun(s, k) != 4 || !Bounded(s, k, k + 4)) return "";
  *end = k + 4;
  if (area < 200) return "";
  if (IsNonGeographicNanp(area) || IsMexicanAreaCode(area)) return "";
  for (const AreaCode& a : kNanpAreas) {
    if (a.area == area) return a.code;
  }
  return "US";
}

// A UK postcode at `i` ("NG34 8NY", "W1G 9PF", "N6 4DJ"): outward code of
// 1-2 letters, a digit and an optional letter or digit; a space; a digit and
// two letters.
size_t UkPostcodeAt(std::string_view s, size_t i) {
  size_t k = i;
  size_t letters = 0;
  while (k < s.size() && IsUpper(s[k]) && letters < 2) ++k, ++letters;
  if (letters == 0 || k >= s.size() || !IsDigit(s[k])) return 0;
  ++k;
  if (k < s.size() && (IsDigit(s[k]) || IsUpper(s[k]))) ++k;
  if (k >= s.size() || s[k] != ' ') return 0;
  ++k;
  if (k + 3 > s.size() || !IsDigit(s[k]) || !IsUpper(s[k + 1]) || !IsUpper(s[k + 2])) return 0;
  k += 3;
  return Bounded(s, i, k) ? k - i : 0;
}

// A Canadian postal code at `i` ("M5V 2T6", "K1A0B1").
size_t CanadianPostcodeAt(std::string_view s, size_t i) {
  static constexpr std::string_view kNotFirst = "DFIOQUWZ";
  size_t k = i;
  if (k + 6 > s.size() || !IsUpper(s[k]) || kNotFirst.find(s[k]) != std::string_view::npos ||
      !IsDigit(s[k + 1]) || !IsUpper(s[k + 2])) {
    return 0;
  }
  k += 3;
  if (k < s.size() && s[k] == ' ') ++k;
  if (k + 3 > s.size() || !IsDigit(s[k]) || !IsUpper(s[k + 1]) || !IsDigit(s[k + 2])) return 0;
  k += 3;
  return Bounded(s, i, k) ? k - i : 0;
}

// The two capitals before `i`, skipping spaces and one comma: "TX" in
// "Austin, TX 78701"; "" otherwise.
std::string_view CodeBefore(std::string_view s, size_t i) {
  size_t k = i;
  while (k > 0 && s[k - 1] == ' ') --k;
  if (k > 0 && s[k - 1] == ',') --k;
  while (k > 0 && s[k - 1] == ' ') --k;
  if (k < 2 || !IsUpper(s[k - 1]) || !IsUpper(s[k - 2])) return "";
  if (k >= 3 && IsAlnum(s[k - 3])) return "";
  return s.substr(k - 2, 2);
}

// "C.P. 22010", "CP 22010", "Código Postal 22010" before a five-digit run.
bool MexicanPostalBefore(std::string_view s, size_t i) {
  std::string_view before = s.substr(0, i);
  while (!before.empty() && (before.back() == ' ' || before.back() == ':')) before.remove_suffix(1);
  for (std::string_view mark : {"C.P.", "C. P.", "C.P", "CP", "Postal", "postal"}) {
    if (before.ends_with(mark) &&
        (before.size() == mark.size() || !IsAlnum(before[before.size() - mark.size() - 1]))) {
      return true;
    }
  }
  return false;
}

void RawCues(std::string_view raw, std::vector<CountryCue>* out) {
  auto add = [&](std::string country, CountryCueKind kind, size_t at) {
    if (!country.empty()) out->push_back({std::move(country), kind, at, false});
  };
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if ((c >= 'a' && c <= 'z') || c == ' ') continue;  // nothing below starts there
    if (c == '+' && i + 1 < raw.size() && IsDigit(raw[i + 1]) && (i == 0 || !IsAlnum(raw[i - 1]))) {
      add(CountryFromPhone(raw.substr(i, 24)), CountryCueKind::kIntlPhone, i);
      while (i + 1 < raw.size() && (IsDigit(raw[i + 1]) || raw[i + 1] == ' ' || raw[i + 1] == '-')) ++i;
      continue;
    }
    if (c == '(' || IsDigit(c)) {
      size_t end = 0;
      if (std::string nanp = NanpCountryAt(raw, i, &end); !nanp.empty()) {
        add(std::move(nanp), CountryCueKind::kNationalPhone, i);
        i = end - 1;
        continue;
      }
    }
    if (IsDigit(c) && (i == 0 || !IsAlnum(raw[i - 1]))) {
      const size_t run = DigitRun(raw, i);
      if (run == 5 && Bounded(raw, i, i + 5)) {
        const std::string_view code = CodeBefore(raw, i);
        if (!code.empty() && CountryOfRegionCode(code) == "US") {
          add("US", CountryCueKind::kPostalAddress, i);
        } else if (MexicanPostalBefore(raw, i)) {
          add("MX", CountryCueKind::kPostalAddress, i);
        }
      }
      i += run - 1;
      continue;
    }
    if (IsUpper(c) && (i == 0 || !IsAlnum(raw[i - 1]))) {
      if (const size_t n = CanadianPostcodeAt(raw, i); n > 0) {
        add("CA", CountryCueKind::kPostalAddress, i);
        i += n - 1;
        continue;
      }
      if (const size_t n = UkPostcodeAt(raw, i); n > 0) {
        add("GB", CountryCueKind::kPostalAddress, i);
        i += n - 1;
        continue;
      }
      // "Austin, TX" / "Toronto, ON": a capitalised word, ", ", an
      // unambiguous code, then no letter, digit or ZIP.
      if (i >= 3 && raw[i - 1] == ' ' && raw[i - 2] == ',' && i + 2 <= raw.size() &&
          IsUpper(raw[i + 1 < raw.size() ? i + 1 : i]) && Bounded(raw, i, i + 2) &&
          (raw[i - 3] >= 'a' && raw[i - 3] <= 'z')) {
        const std::string_view code = raw.substr(i, 2);
        size_t after = i + 2;
        while (after < raw.size() && raw[after] == ' ') ++after;
        if (!IsAmbiguousRegionCode(code) && (after >= raw.size() || !IsDigit(raw[after]))) {
          add(std::string(CountryOfRegionCode(code)), CountryCueKind::kCityRegion, i);
        }
      }
    }
    // "£": a weak national cue (prices in pounds are British, or for Britons).
    if (c == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA3') {
      add("GB", CountryCueKind::kWeakNational, i);
    }
  }
}

// Phrases before a place that say the speaker is there.
constexpr std::string_view kStatedTriggers[] = {
    "our clinic in", "our clinics in", "our office in", "our offices in", "our center in",
    "our centre in", "our centers in", "our facility in", "our facilities in",
    "our practice in", "our hospital in", "our location in", "our locations in",
    "our team in", "located in", "based in", "headquartered in", "here in", "visit us in",
    "clinic located in", "nuestra clinica en", "nuestras clinicas en", "nuestro consultorio en",
    "nuestro centro en", "nuestra sede en", "nuestras instalaciones en", "ubicada en",
    "ubicado en", "ubicados en", "ubicadas en", "con sede en", "localizada en",
    "localizados en", "estamos en", "unsere praxis in", "unsere klinik in",
    "unser zentrum in", "mit sitz in", "wir sind in", "befindet sich in",
    "praxis in", "standort in"};

bool StatedBefore(std::string_view folded, size_t begin) {
  std::string_view before = folded.substr(0, begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // "located in beautiful Medellín", "our clinic in the heart of Bogotá".
  for (std::string_view filler : {"beautiful", "sunny", "downtown", "the heart of", "central",
                                  "la ciudad de", "der stadt", "the city of", "the"}) {
    if (before.ends_with(filler)) {
      before.remove_suffix(filler.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      break;
    }
  }
  for (std::string_view trigger : kStatedTriggers) {
    if (before.ends_with(trigger) &&
        (before.size() == trigger.size() || !IsAlnum(before[before.size() - trigger.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// "Stem Cell Institute in Panama", "Clínica X en Tijuana": a place after
// the name of an institution (singular: "clinics in Mexico" is a market).
bool InstitutionBefore(std::string_view folded, size_t begin) {
  std::string_view before = folded.substr(0, begin);
  for (std::string_view prep : {" in ", " en "}) {
    if (!before.ends_with(prep)) continue;
    before.remove_suffix(prep.size());
    for (std::string_view word : {"clinic", "clinica", "center", "centre", "centro", "institute",
                                  "instituto", "hospital", "klinik", "praxis", "zentrum",
                                  "office", "consultorio"}) {
      if (before.ends_with(word) &&
          (before.size() == word.size() || !IsAlnum(before[before.size() - word.size() - 1]))) {
        return true;
      }
    }
  }
  return false;
}

void FoldedCues(std::string_view folded, std::vector<CountryCue>* out) {
  std::vector<PlaceMention> places;
  FindPlaces(folded, &places);
  for (size_t k = 0; k < places.size(); ++k) {
    const PlaceMention& m = places[k];
    const std::string country = m.place->country;
    out->push_back({country, CountryCueKind::kPlaceMention, m.begin, true});
    // "Tijuana, Baja California": a place and its region or country.
    if (k + 1 < places.size() && places[k + 1].place->country == country &&
        places[k + 1].begin == m.end + 2 && folded.substr(m.end, 2) == ", ") {
      out->push_back({country, CountryCueKind::kPlaceMention, m.begin, true});
    }
    if (StatedBefore(folded, m.begin)) {
      out->push_back({country, CountryCueKind::kStatedPlace, m.begin, true});
    } else if (InstitutionBefore(folded, m.begin)) {
      out->push_back({country, CountryCueKind::kInstitutionPlace, m.begin, true});
    }
    // "28001 Madrid", "1010 Wien", "80331 München"; "Texas 78701".
    size_t d = m.begin;
    if (d >= 2 && folded[d - 1] == ' ' && IsDigit(folded[d - 2])) {
      size_t s = d - 1;
      while (s > 0 && IsDigit(folded[s - 1])) --s;
      const size_t run = d - 1 - s;
      if ((run == 4 || run == 5) && (s == 0 || !IsAlnum(folded[s - 1]))) {
        out->push_back({country, CountryCueKind::kPostalAddress, m.begin, true});
      }
    } else if (country == "US" && m.place->kind == PlaceKind::kRegion && m.end + 6 <= folded.size() &&
               folded[m.end] == ' ' && DigitRun(folded, m.end + 1) == 5 &&
               Bounded(folded, m.end + 1, m.end + 6)) {
      out->push_back({country, CountryCueKind::kPostalAddress, m.begin, true});
    }
  }
  // National institutions: the NHS is British; the FDA, Medicare and
  // Medicaid are American (a Mexican clinic names the FDA too, hence weak).
  for (auto [word, country] : {std::pair<std::string_view, const char*>{"nhs", "GB"},
                               {"fda", "US"}, {"medicare", "US"}, {"medicaid", "US"}}) {
    if (const size_t at = FindWord(folded, word); at != std::string_view::npos) {
      out->push_back({country, CountryCueKind::kWeakNational, at, true});
    }
  }
}

}  // namespace

void FindCountryCues(std::string_view raw, std::string_view folded, std::vector<CountryCue>* out) {
  RawCues(raw, out);
  FoldedCues(folded, out);
}

}  // namespace clinicrank
