// Clinic identity from every page of a clinic. Each source casts weighted
// votes and Finish keeps the heaviest value; nothing is guessed from weak
// signals alone (English text does not make a clinic American).
//
// Weights (heuristic, DOMAIN.md §6 for phone prefixes and TLDs):
//   name:    by source rank, not sum: a top-level JSON-LD clinic or
//            organization name beats a nested one or a Physician's, which
//            beat og:site_name, which beats a JSON-LD WebSite name, which
//            beats the cleaned <title>; within a rank, the most pages win.
//   domain:  the page URL's host, 1 per page.
//   country: JSON-LD addressCountry 10 per page, JSON-LD telephone 6,
//            tel: links 3 (once per country per page), country-code TLD 4.
//            A tie at the top gives no country.
#include "parsers/extract/identity.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/extract/jsonld.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxNameBytes = 120;
constexpr size_t kMaxWarnings = 20;

constexpr int kJsonLdNameWeight = 10;        // a top-level clinic/organization
constexpr int kNestedJsonLdNameWeight = 7;   // nested ("publisher", "mainEntity"), or a Physician
constexpr int kNestedPhysicianNameWeight = 5;  // a doctor inside a clinic's "employee"
constexpr int kSiteNameWeight = 6;
constexpr int kWebSiteNameWeight = 4;
constexpr int kTitleNameWeight = 3;
constexpr int kAddressWeight = 10;
constexpr int kJsonLdPhoneWeight = 6;
constexpr int kTelLinkWeight = 3;
constexpr int kTldWeight = 4;

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Collapsed, trimmed, a few entities decoded (JSON-LD is written by CMSs that
// HTML-escape), cut on a UTF-8 boundary.
std::string CleanName(std::string_view raw) {
  std::string s;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (IsAsciiSpace(c)) {
      if (!s.empty() && s.back() != ' ') s.push_back(' ');
      continue;
    }
    if (c == '&') {
      bool decoded = false;
      for (auto [entity, text] : {std::pair<std::string_view, char>{"&amp;", '&'},
                                  {"&#039;", '\''}, {"&#39;", '\''}, {"&apos;", '\''},
                                  {"&quot;", '"'}}) {
        if (raw.substr(i).starts_with(entity)) {
          s.push_back(text);
          i += entity.size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    s.push_back(c);
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (s.size() > kMaxNameBytes) {
    size_t end = kMaxNameBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  return s;
}

// Lower-case ASCII with the Latin accents of our markets removed: the key
// for comparing names and looking up countries.
std::string FoldKey(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kAccents[] = {
      {"\xC3\xA1", 'a'}, {"\xC3\xA9", 'e'}, {"\xC3\xAD", 'i'}, {"\xC3\xB3", 'o'},
      {"\xC3\xBA", 'u'}, {"\xC3\xB1", 'n'}, {"\xC3\xBC", 'u'}, {"\xC3\xB6", 'o'},
      {"\xC3\xA4", 'a'}, {"\xC3\x81", 'a'}, {"\xC3\x89", 'e'}, {"\xC3\x8D", 'i'},
      {"\xC3\x93", 'o'}, {"\xC3\x9A", 'u'}, {"\xC3\x91", 'n'}, {"\xC3\x9C", 'u'},
      {"\xC3\x96", 'o'}, {"\xC3\x84", 'a'}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // Every accent above is two bytes starting with 0xC3.
    if (s[i] == '\xC3' && i + 1 < s.size()) {
      const auto* hit = std::find_if(std::begin(kAccents), std::end(kAccents),
                                     [&](const auto& a) { return a.first[1] == s[i + 1]; });
      if (hit != std::end(kAccents)) {
        out.push_back(hit->second);
        i += 2;
        continue;
      }
    }
    const char c = s[i++];
    if (c == '.') continue;  // "U.S.A." → "usa"
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(LowerAscii(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// ---------------------------------------------------------------- countries

struct CountryName {
  std::string_view folded;  // FoldKey form
  const char* code;
};

constexpr CountryName kCountryNames[] = {
    {"mexico", "MX"}, {"mex", "MX"}, {"estados unidos mexicanos", "MX"},
    {"united states", "US"}, {"united states of america", "US"}, {"usa", "US"},
    {"us", "US"}, {"estados unidos", "US"}, {"panama", "PA"}, {"republica de panama", "PA"},
    {"cayman islands", "KY"}, {"grand cayman", "KY"}, {"islas caiman", "KY"},
    {"colombia", "CO"}, {"costa rica", "CR"}, {"germany", "DE"}, {"deutschland", "DE"},
    {"alemania", "DE"}, {"united kingdom", "GB"}, {"uk", "GB"}, {"great britain", "GB"},
    {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"},
    {"canada", "CA"}, {"thailand", "TH"}, {"tailandia", "TH"}, {"spain", "ES"},
    {"espana", "ES"}, {"dominican republic", "DO"}, {"republica dominicana", "DO"},
    {"bahamas", "BS"}, {"the bahamas", "BS"}, {"barbados", "BB"}, {"jamaica", "JM"},
    {"puerto rico", "PR"}, {"antigua and barbuda", "AG"}, {"france", "FR"}, {"italy", "IT"},
    {"italia", "IT"}, {"switzerland", "CH"}, {"schweiz", "CH"}, {"suisse", "CH"},
    {"austria", "AT"}, {"osterreich", "AT"}, {"portugal", "PT"}, {"ireland", "IE"},
    {"netherlands", "NL"}, {"the netherlands", "NL"}, {"belgium", "BE"}, {"greece", "GR"},
    {"poland", "PL"}, {"czech republic", "CZ"}, {"czechia", "CZ"}, {"ukraine", "UA"},
    {"russia", "RU"}, {"turkey", "TR"}, {"turkiye", "TR"}, {"cyprus", "CY"}, {"serbia", "RS"},
    {"united arab emirates", "AE"}, {"uae", "AE"}, {"israel", "IL"}, {"india", "IN"},
    {"japan", "JP"}, {"south korea", "KR"}, {"korea", "KR"}, {"china", "CN"},
    {"singapore", "SG"}, {"malaysia", "MY"}, {"philippines", "PH"}, {"australia", "AU"},
    {"new zealand", "NZ"}, {"brazil", "BR"}, {"brasil", "BR"}, {"argentina", "AR"},
    {"chile", "CL"}, {"peru", "PE"}, {"ecuador", "EC"}, {"guatemala", "GT"},
    {"el salvador", "SV"}, {"honduras", "HN"}, {"nicaragua", "NI"}, {"south africa", "ZA"},
};

// ISO code from an addressCountry value: a name (English or local) or an
// alpha-2 code; "" when unrecognised.
std::string CountryFromName(std::string_view value) {
  const std::string key = FoldKey(value);
  for (const CountryName& name : kCountryNames) {
    if (name.folded == key) return name.code;
  }
  if (key.size() == 2 && key[0] >= 'a' && key[0] <= 'z' && key[1] >= 'a' && key[1] <= 'z') {
    std::string code{static_cast<char>(key[0] - 'a' + 'A'), static_cast<char>(key[1] - 'a' + 'A')};
    return code;
  }
  return "";
}

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

// The country of an international phone number ("+52 55 1234 5678",
// "00 44 20 ...", "+1 (345) 949-0000"); "" for national formats, which are
// ambiguous.
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

// Country-code TLDs we trust as a country signal. ".md", ".io", ".ai", ".me",
// ".tv", ".ly" and the like are used as generic names and are left out.
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

// ------------------------------------------------------------------ titles

// Splits a <title> at the separators sites put between page and brand:
// " | ", " - ", " – ", " — ", ": ", " · ", " • ", " » ", " ~ ".
std::vector<std::string> TitleSegments(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " \xC2\xB7 ",
      " \xE2\x80\xA2 ", " \xC2\xBB ", " ~ ", " :: ", " / "};
  std::vector<std::string> segments;
  size_t start = 0, i = 0;
  while (i < title.size()) {
    size_t matched = 0;
    for (std::string_view sep : kSeparators) {
      if (title.substr(i).starts_with(sep)) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    segments.push_back(CleanName(title.substr(start, i - start)));
    i += matched;
    start = i;
  }
  segments.push_back(CleanName(title.substr(start)));
  std::vector<std::string> nonempty;
  for (std::string& s : segments) {
    if (!s.empty()) nonempty.push_back(std::move(s));
  }
  return nonempty;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True if `folded` holds one of `words` as a whole word (a plural "s" allowed).
bool ContainsAnyWord(const std::string& folded, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    for (size_t pos = folded.find(w); pos != std::string::npos; pos = folded.find(w, pos + 1)) {
      size_t end = pos + w.size();
      if (end < folded.size() && folded[end] == 's') ++end;
      const bool left = pos == 0 || !IsAsciiAlnum(folded[pos - 1]);
      const bool right = end >= folded.size() || !IsAsciiAlnum(folded[end]);
      if (left && right) return true;
    }
  }
  return false;
}

// Heuristic: how much a title segment looks like a clinic's name rather than
// a page's topic.
int BrandScore(const std::string& segment) {
  const std::string f = FoldKey(segment);
  const bool brand_word = ContainsAnyWord(
      f, {"clinic", "clinica", "klinik", "center", "centre", "centro", "institute", "instituto",
          "hospital", "medical", "medicine", "medicina", "health", "salud", "regenerative",
          "regenerativa", "orthopedic", "orthopaedic", "ortopedia", "orthobiologics", "wellness",
          "praxis", "gelenkzentrum", "group", "grupo", "md", "inc", "llc", "ltd", "gmbh"});
  // Page topics; a brand word outweighs them ("Liberty Knee Institute").
  const bool topic_word = ContainsAnyWord(
      f, {"home", "inicio", "about", "contact", "contacto", "pricing", "price", "cost", "fees",
          "precio", "tarifas", "faq", "frequently", "how", "what", "why", "treatment", "therapy",
          "therapies", "tratamiento", "terapia", "knee", "rodilla", "injection", "our", "welcome",
          "bienvenido", "blog", "testimonial", "page", "kosten", "preise", "behandlung"});
  int score = brand_word ? 2 : (topic_word ? -3 : 0);
  // "Nashville, TN", "Portland, Maine": a place, not a name.
  if (segment.find(", ") != std::string::npos) score -= 2;
  if (segment.size() > 60) score -= 2;
  return score;
}

// The brand in the pages' titles: the segment found in the most titles, then
// the most brand-like; brands sit first or last ("Brand | Topic | City",
// "Page | Brand"), so those positions get a point, and the later one wins ties.
// "" when the best candidate reads like a page topic ("Pricing").
std::string NameFromTitles(const std::vector<std::string>& titles) {
  std::map<std::string, int> titles_with;  // folded segment → titles holding it
  std::vector<std::vector<std::string>> split;
  for (const std::string& title : titles) {
    split.push_back(TitleSegments(title));
    std::set<std::string> seen;
    for (const std::string& s : split.back()) {
      if (seen.insert(FoldKey(s)).second) ++titles_with[FoldKey(s)];
    }
  }
  std::string best;
  int best_count = 0, best_score = 0;
  for (const auto& segments : split) {
    for (size_t k = 0; k < segments.size(); ++k) {
      const int count = titles_with[FoldKey(segments[k])];
      const bool edge = segments.size() > 1 && (k == 0 || k + 1 == segments.size());
      const int score = BrandScore(segments[k]) + (edge ? 1 : 0);
      if (best.empty() || count > best_count || (count == best_count && score >= best_score)) {
        best = segments[k];
        best_count = count;
        best_score = score;
      }
    }
  }
  return best_score < 0 ? "" : best;
}

// ------------------------------------------------------------------- votes

template <typename Vote>
void AddVote(std::vector<Vote>* votes, std::string value, int weight) {
  if (value.empty() || weight <= 0) return;
  votes->push_back(Vote{std::move(value), weight});
}

// The value with the largest summed weight (names compared folded; the first
// spelling seen is kept); "" when there is none or, with `tie_is_unknown`,
// when two values share the top weight.
template <typename Vote>
std::string Winner(const std::vector<Vote>& votes, bool tie_is_unknown) {
  std::vector<std::pair<std::string, int>> totals;  // folded key → weight, in first-seen order
  std::vector<std::string> spelling;
  for (const Vote& vote : votes) {
    const std::string key = FoldKey(vote.value);
    size_t k = 0;
    while (k < totals.size() && totals[k].first != key) ++k;
    if (k == totals.size()) {
      totals.emplace_back(key, 0);
      spelling.push_back(vote.value);
    }
    totals[k].second += vote.weight;
  }
  int best = -1;
  size_t best_index = 0;
  bool tie = false;
  for (size_t k = 0; k < totals.size(); ++k) {
    if (totals[k].second > best) {
      best = totals[k].second;
      best_index = k;
      tie = false;
    } else if (totals[k].second == best) {
      tie = true;
    }
  }
  if (best < 0 || (tie && tie_is_unknown)) return "";
  return spelling[best_index];
}

const std::vector<std::string_view> kClinicTypes = {
    "MedicalClinic", "MedicalBusiness", "MedicalOrganization", "Physician", "Hospital",
    "LocalBusiness", "Organization", "Corporation", "HealthAndBeautyBusiness", "Optician"};

// The nodes a JSON-LD document states at top level: the root object, the
// elements of a root array, and the members of their "@graph" arrays.
std::set<const rapidjson::Value*> TopLevelNodes(const rapidjson::Value& root) {
  std::set<const rapidjson::Value*> top;
  std::vector<const rapidjson::Value*> roots;
  if (root.IsArray()) {
    for (const auto& v : root.GetArray()) roots.push_back(&v);
  } else {
    roots.push_back(&root);
  }
  for (const rapidjson::Value* node : roots) {
    top.insert(node);
    if (!node->IsObject()) continue;
    const auto graph = node->FindMember("@graph");
    if (graph == node->MemberEnd()) continue;
    if (graph->value.IsArray()) {
      for (const auto& v : graph->value.GetArray()) top.insert(&v);
    } else {
      top.insert(&graph->value);
    }
  }
  return top;
}

int NameWeight(const rapidjson::Value& node, bool top_level) {
  bool physician = false;
  for (std::string_view type : JsonLdTypes(node)) physician = physician || type == "Physician";
  if (physician) return top_level ? kNestedJsonLdNameWeight : kNestedPhysicianNameWeight;
  return top_level ? kJsonLdNameWeight : kNestedJsonLdNameWeight;
}

}  // namespace

void IdentityExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  // JSON-LD.
  for (size_t b = 0; b < doc.json_ld.size(); ++b) {
    rapidjson::Document json;
    size_t error_offset = 0;
    if (!ParseJsonLd(doc.json_ld[b], &json, &error_offset)) {
      if (warnings_.size() < kMaxWarnings) {
        warnings_.push_back(ctx.url + ": JSON-LD block " + std::to_string(b + 1) +
                            " is not valid JSON (offset " + std::to_string(error_offset) + ")");
      }
      continue;
    }
    const std::set<const rapidjson::Value*> top = TopLevelNodes(json);
    for (const rapidjson::Value* clinic : FindJsonLdObjects(json, kClinicTypes)) {
      AddVote(&names_, CleanName(JsonLdString(*clinic, "name")),
              NameWeight(*clinic, top.count(clinic) > 0));
      std::string country;
      const auto address = clinic->FindMember("address");
      if (address != clinic->MemberEnd()) {
        const rapidjson::Value& a =
            address->value.IsArray() && !address->value.Empty() ? address->value[0] : address->value;
        country = CountryFromName(JsonLdString(a, "addressCountry"));
      }
      AddVote(&countries_, country, kAddressWeight);
      AddVote(&countries_, CountryFromPhone(JsonLdString(*clinic, "telephone")),
              kJsonLdPhoneWeight);
    }
    for (const rapidjson::Value* site : FindJsonLdObjects(json, {"WebSite"})) {
      AddVote(&names_, CleanName(JsonLdString(*site, "name")), kWebSiteNameWeight);
    }
  }
  AddVote(&names_, CleanName(doc.Meta("og:site_name")), kSiteNameWeight);
  if (!doc.title.empty()) titles_.push_back(doc.title);

  AddVote(&domains_, HostOfUrl(ctx.url), 1);

  std::set<std::string> tel_countries;
  for (const Link& link : doc.links) {
    std::string_view href = link.href;
    if (href.size() < 4 || FoldKey(href.substr(0, 4)) != "tel:") continue;
    href.remove_prefix(4);
    if (std::string c = CountryFromPhone(href); !c.empty()) tel_countries.insert(c);
  }
  for (const std::string& c : tel_countries) AddVote(&countries_, c, kTelLinkWeight);
  AddVote(&countries_, CountryFromTld(ctx.tld), kTldWeight);
}

void IdentityExtractor::Finish(ClinicFacts* out) const {
  std::vector<Vote> names = names_;
  AddVote(&names, NameFromTitles(titles_), kTitleNameWeight);
  // Names: only the best-ranked source that said anything takes part.
  int top_rank = 0;
  for (const Vote& v : names) top_rank = std::max(top_rank, v.weight);
  std::vector<Vote> top_names;
  for (const Vote& v : names) {
    if (v.weight == top_rank) top_names.push_back(v);
  }
  const std::string name = Winner(top_names, false);
  const std::string domain = Winner(domains_, false);
  const std::string country = Winner(countries_, true);
  if (!name.empty()) out->clinic.name = name;
  if (!domain.empty()) out->clinic.domain = domain;
  if (!country.empty()) out->clinic.country = country;
  out->warnings.insert(out->warnings.end(), warnings_.begin(), warnings_.end());
}

}  // namespace clinicrank
