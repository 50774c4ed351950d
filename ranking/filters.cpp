// Rank filters (ranking/filters.h).
#include "ranking/filters.h"
#include "ranking/rates.h"

#include <algorithm>
#include <cmath>

namespace clinicrank {
namespace {

// ISO 3166-1 alpha-2, every assigned code (Debian iso-codes, 249 codes),
// sorted for binary search.
constexpr std::string_view kIsoCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW";

bool IsIsoCountry(std::string_view code) {
  if (code.size() != 2) return false;
  size_t lo = 0, hi = (kIsoCountries.size() + 1) / 3;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const std::string_view c = kIsoCountries.substr(mid * 3, 2);
    if (c == code) return true;
    if (c < code) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return false;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

std::string Usd(double v) { return FormatDollars(v); }

std::string OrList(const std::vector<std::string>& codes) {
  std::string out;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) out += i + 1 == codes.size() ? " or " : ", ";
    out += codes[i];
  }
  return out;
}

}  // namespace

bool ParseCountryList(std::string_view text, std::vector<std::string>* out, std::string* error) {
  std::vector<std::string> codes;
  while (true) {
    const size_t comma = text.find(',');
    std::string code = Trim(text.substr(0, comma));
    for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    if (code.empty()) {
      *error = "--country: empty country code in \"" + std::string(text) +
               "\" (give ISO 3166 codes such as MX,US)";
      return false;
    }
    if (!IsIsoCountry(code)) {
      *error = "--country: \"" + code + "\" is not an ISO 3166 country code" +
               (code == "UK" ? "; did you mean GB?" : " (e.g. MX, US, CO, DE)");
      return false;
    }
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  *out = std::move(codes);
  return true;
}

std::string FilterOut(const RankFilter& filter, const ClinicFacts& facts,
                      const std::optional<UsdRange>& price) {
  if (!filter.countries.empty()) {
    const std::string country = facts.clinic.country.value_or("");
    if (std::find(filter.countries.begin(), filter.countries.end(), country) ==
        filter.countries.end()) {
      return country.empty() ? "country unknown" : "in " + country;
    }
  }
  if (filter.max_price_usd) {
    if (!price) return "no comparable stem-cell price";
    if (price->low > *filter.max_price_usd) return "from " + Usd(price->low) + " per knee";
  }
  if (filter.own_cells_only && facts.own_cells_only != TriState::kYes) {
    return facts.own_cells_only == TriState::kNo ? "uses donor or birth-tissue products"
                                                 : "cell source not stated";
  }
  return "";
}

std::string DescribeFilter(const RankFilter& filter) {
  std::string out;
  auto add = [&out](const std::string& s) { out += (out.empty() ? "" : "; ") + s; };
  if (!filter.countries.empty()) add("country " + OrList(filter.countries));
  if (filter.max_price_usd)
    add("a stem-cell price from at most " + Usd(*filter.max_price_usd) + " per knee");
  if (filter.own_cells_only) add("the patient's own cells only");
  return out;
}

}  // namespace clinicrank
