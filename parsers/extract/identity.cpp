// Clinic identity from every page of a clinic. Each source casts weighted
// votes and Finish keeps the heaviest value; nothing is guessed from weak
// signals alone (English text does not make a clinic American, a city named
// once does not place a clinic).
//
// Weights (heuristic; DOMAIN.md §6 for phone prefixes and TLDs):
//   name, JSON-LD: by source rank, not sum: a top-level JSON-LD clinic or
//            organization name beats a nested one or a Physician's; the
//            top rank alone decides, within it the most pages win.
//   name, others (only when no JSON-LD name): summed per name key over
//            pages, each source once per page: og:site_name 6, logo alt 5,
//            copyright holder 5, JSON-LD WebSite 4, the titles' brand
//            segment 4, "At X, we…" 4, words spelling the domain 4,
//            "X is a…" 2; +3 when the name spells the domain. The winner
//            needs 4, no publisher word ("News", "Insights"), and a clinic
//            signal: a page speaking as a provider, a medical JSON-LD type,
//            an institution word in the name ("Clinic", "Dr.") or, on a site
//            without news markup, a declared source (og:site_name, WebSite,
//            logo). A name holding a topic word and no institution word
//            ("Toronto Stem Cell Therapy") needs a declared source or the
//            domain.
//   domain:  the page URL's host, 1 per page.
//   country: JSON-LD addressCountry 10, JSON-LD address locality/region 8,
//            JSON-LD telephone 6, a postal address 6, a stated location 6,
//            "City, ST" 5, country-code TLD 4, international phones (tel:
//            links and text) 3 once per country per page, NANP national
//            phones 2 once per country per page, gazetteer mentions 1 each
//            (at most 3 per country per page), "£"/NHS 1 once per page.
//            A tie at the top gives no country; a country with only weak
//            votes (mentions, national phones, "£") needs 2 and twice the
//            runner-up.
#include "parsers/extract/identity.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "parsers/extract/identity_country.h"
#include "parsers/extract/identity_names.h"
#include "parsers/extract/jsonld.h"
#include "parsers/text/fold.h"
#include "parsers/text/attribution_words.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/sentences.h"
#include "parsers/vocab/places.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxWarnings = 20;

constexpr int kJsonLdNameWeight = 10;          // a top-level clinic/organization
constexpr int kNestedJsonLdNameWeight = 7;     // nested ("publisher", "mainEntity"), or a Physician
constexpr int kNestedPhysicianNameWeight = 5;  // a doctor inside a clinic's "employee"
constexpr int kSiteNameWeight = 6;
constexpr int kLogoWeight = 5;
constexpr int kCopyrightWeight = 5;
constexpr int kWebSiteNameWeight = 4;
constexpr int kTitleNameWeight = 4;
constexpr int kFirstPersonWeight = 4;
constexpr int kDomainMentionWeight = 4;
constexpr int kThirdPersonWeight = 2;
constexpr int kDomainMatchBonus = 3;
constexpr int kMinNameWeight = 4;
constexpr int kPublisherCues = 2;
// Text read per page for name and place cues: bounded work on huge pages.
constexpr size_t kMaxTextBytesPerPage = 256 * 1024;  // blocks with reporting or editorial phrases

constexpr int kAddressWeight = 10;
constexpr int kJsonLdPlaceWeight = 8;
constexpr int kJsonLdPhoneWeight = 6;
constexpr int kPostalWeight = 6;
constexpr int kStatedPlaceWeight = 6;
constexpr int kCityRegionWeight = 5;
constexpr int kTldWeight = 4;
constexpr int kPhoneWeight = 3;
constexpr int kNationalPhoneWeight = 2;
constexpr int kInstitutionPlaceWeight = 2;
constexpr int kMentionWeight = 1;
constexpr int kMaxMentionsPerPage = 3;
constexpr int kWeakNationalWeight = 1;
constexpr int kStrongCountryWeight = 3;  // a vote this heavy places a clinic by itself
constexpr int kMinWeakCountryWeight = 2;

// ------------------------------------------------------------------ votes

// The value with the largest summed weight (compared by `key`; the first
// spelling seen is kept); "" when there is none or, with `tie_is_unknown`,
// when two values share the top weight.
template <typename Vote, typename Key>
const Vote* Winner(const std::vector<Vote>& votes, Key key, bool tie_is_unknown, int* total) {
  std::vector<std::pair<std::string, int>> totals;  // key → weight, in first-seen order
  std::vector<const Vote*> first;
  for (const Vote& vote : votes) {
    const std::string k = key(vote);
    size_t i = 0;
    while (i < totals.size() && totals[i].first != k) ++i;
    if (i == totals.size()) {
      totals.emplace_back(k, 0);
      first.push_back(&vote);
    }
    totals[i].second += vote.weight;
  }
  int best = -1;
  size_t best_index = 0;
  bool tie = false;
  for (size_t i = 0; i < totals.size(); ++i) {
    if (totals[i].second > best) {
      best = totals[i].second;
      best_index = i;
      tie = false;
    } else if (totals[i].second == best) {
      tie = true;
    }
  }
  if (total) *total = best;
  if (best < 0 || (tie && tie_is_unknown)) return nullptr;
  return first[best_index];
}

// ---------------------------------------------------------------- JSON-LD

const std::vector<std::string_view> kClinicTypes = {
    "MedicalClinic", "MedicalBusiness", "MedicalOrganization", "Physician", "Hospital",
    "LocalBusiness", "Organization", "Corporation", "HealthAndBeautyBusiness", "Optician"};

bool IsMedicalType(std::string_view type) {
  return type == "MedicalClinic" || type == "MedicalBusiness" || type == "MedicalOrganization" ||
         type == "Physician" || type == "Hospital" || type == "Dentist" ||
         type == "PhysicalTherapy" || type == "MedicalSpecialty";
}

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

std::string FirstType(const rapidjson::Value& node) {
  const std::vector<std::string_view> types = JsonLdTypes(node);
  return types.empty() ? "Thing" : std::string(types.front());
}

// ------------------------------------------------------------ page text

// Phrases of a page that speaks as a provider of care (clinic or broker),
// then phrases of a publisher (news, magazine, information site) speaking
// about others: heuristic, English, Spanish and German. One set, one pass.
constexpr std::string_view kProviderPhrases[] = {
    "our clinic", "our clinics", "our patients", "our team", "our doctors", "our physicians",
    "our specialists", "our practice", "our center", "our centre", "our office",
    "our staff", "our surgeons", "our medical team", "our facility", "our treatment",
    "our treatments", "our procedure", "our protocol", "our program", "our packages",
    "we offer", "we treat", "we use", "we perform", "we provide", "we specialize",
    "we specialise", "book a consultation", "book your consultation", "book an appointment",
    "book your appointment", "schedule a consultation", "schedule your consultation",
    "schedule an appointment", "request a consultation", "request an appointment",
    "contact our", "call our", "nuestra clinica", "nuestras clinicas", "nuestros pacientes",
    "nuestro equipo", "nuestros medicos", "nuestros especialistas", "nuestro centro",
    "ofrecemos", "agenda tu cita", "agende su cita", "agendar cita", "reserva tu cita",
    "solicita tu", "contactanos", "unsere praxis", "unsere klinik", "unsere patienten",
    "unser team", "wir bieten", "wir behandeln", "termin vereinbaren", "vereinbaren sie"};
// Publisher phrases beyond the shared editorial-voice table: a newsroom's
// furniture and the verbs of quoted speech. (Not the whole attribution
// "report" table: clinics write "according to a study" and "advertised" too.)
constexpr std::string_view kNewsroomPhrases[] = {
    "editorial", "our readers", "our editors", "our writers", "our journalists", "newsroom",
    "reporter", "reporters", "staff writer", "redaccion", "periodista", "redaktion", "said",
    "told", "dijo", "afirmo", "sagte"};

uint32_t ProviderPhraseCount() { return static_cast<uint32_t>(std::size(kProviderPhrases)); }

const PhraseSet& Voices() {
  static const PhraseSet* set = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (std::string_view p : kProviderPhrases) phrases.push_back({p, PhraseSet::Mode::kWord});
    for (std::string_view p : kNewsroomPhrases) phrases.push_back({p, PhraseSet::Mode::kWord});
    for (const AttributionPhrase& p : AttributionTable(AttributionCue::kEditorialVoice)) {
      phrases.push_back({p.text, p.mode});
    }
    return new PhraseSet(phrases);
  }();
  return *set;
}

// A host's words as one string for IsPublisherName: its labels, and the
// publisher words run together in its brand label ("dailynews" → "daily news").
std::string PublisherHostWords(const std::string& host) {
  static constexpr std::string_view kWords[] = {"news", "times", "magazine", "journal",
                                                "insights", "review", "daily", "diario",
                                                "noticias", "revista", "zeitung", "magazin"};
  std::string words;
  for (char c : host) words.push_back(c == '.' || c == '-' ? ' ' : c);
  for (std::string_view w : kWords) {
    if (host.find(w) != std::string::npos) words.append(" ").append(w);
  }
  return words;
}

std::string HostKey(const std::string& url) { return DomainKey(HostOfUrl(url)); }

// The sentence of block `b` holding byte `at` (of the raw text, or of its
// fold), as a quote.
std::string SentenceQuote(const Document& doc, PageText* text, size_t b, size_t at, bool in_folded) {
  const std::string& raw = doc.blocks[b].text;
  const BlockFold& fold = text->Fold(b);
  for (const Span& s : text->Sentences(b)) {
    size_t begin = s.begin, end = s.end;
    if (in_folded) {
      const std::string_view cut = fold.Cut(s);
      begin = static_cast<size_t>(cut.data() - fold.text().data());
      end = begin + cut.size();
    }
    if (at >= begin && at < end) return MakeQuote(std::string_view(raw).substr(s.begin, s.size()));
  }
  return MakeQuote(raw);
}

// True when the page repeats its multi-part <title> as a heading, across
// the separator ("Bone Marrow Explained: An Option for Knees" as the h1):
// the title is an article's headline, and none of its parts is a brand.
// A heading that holds only one part ("Northwind Ortho") says nothing.
bool IsHeadline(const Document& doc, const std::string& title) {
  const std::vector<std::string> segments = TitleSegments(title);
  if (segments.size() < 2) return false;
  std::vector<std::string> keys;
  for (const std::string& s : segments) keys.push_back(NameKey(s));
  size_t headings = 0;
  for (size_t b = 0; b < doc.blocks.size() && headings < 6; ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind != BlockKind::kHeading && b > 0) continue;
    ++headings;
    const std::string text = NameKey(block.text);
    size_t parts = 0;
    for (const std::string& k : keys) {
      if (!k.empty() && text.find(k) != std::string::npos) ++parts;
    }
    if (parts >= 2) return true;
  }
  return false;
}

bool HasCopyrightMark(std::string_view text) {
  return text.find("\xC2\xA9") != std::string_view::npos ||
         text.find("opyright") != std::string_view::npos ||
         text.find("(c) ") != std::string_view::npos || text.find("(C) ") != std::string_view::npos;
}

// The weight of a text country cue, and whether it counts once per page.
int CueWeight(CountryCueKind kind) {
  switch (kind) {
    case CountryCueKind::kPostalAddress: return kPostalWeight;
    case CountryCueKind::kCityRegion: return kCityRegionWeight;
    case CountryCueKind::kStatedPlace: return kStatedPlaceWeight;
    case CountryCueKind::kInstitutionPlace: return kInstitutionPlaceWeight;
    case CountryCueKind::kPlaceMention: return kMentionWeight;
    case CountryCueKind::kIntlPhone: return kPhoneWeight;
    case CountryCueKind::kNationalPhone: return kNationalPhoneWeight;
    case CountryCueKind::kWeakNational: return kWeakNationalWeight;
  }
  return 0;
}

}  // namespace

// ------------------------------------------------------------- AddPage

void IdentityExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  PageText text(doc);
  AddPage(doc, ctx, &text);
}

void IdentityExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  // What the page declares in markup; its text is read for names and places
  // only where markup is silent (the declared values decide anyway, and
  // reading every block costs).
  const size_t names_before = names_.size() + jsonld_names_.size();
  const size_t countries_before = countries_.size();
  AddJsonLd(doc, ctx);
  AddDeclaredNames(doc, ctx);
  const bool declares_name = names_.size() + jsonld_names_.size() > names_before;
  const bool declares_place = countries_.size() > countries_before;
  if (!doc.title.empty()) titles_.push_back({doc.title, ctx.url, IsHeadline(doc, doc.title)});
  if (std::string host = HostOfUrl(ctx.url); !host.empty()) hosts_.push_back(std::move(host));

  // Phones in tel: links, once per country per page (shared with the text).
  std::set<std::string> phone_countries;
  for (const Link& link : doc.links) {
    std::string_view href = link.href;
    if (href.size() < 4 || AsciiLower(href.substr(0, 4)) != "tel:") continue;
    href.remove_prefix(4);
    std::string c = CountryFromPhone(href);
    if (!c.empty() && phone_countries.insert(c).second) {
      AddCountry(c, kPhoneWeight, "tel: " + std::string(href), ctx.url);
    }
  }
  if (std::string c = CountryFromTld(ctx.tld); !c.empty()) {
    AddCountry(c, kTldWeight, "domain ." + ctx.tld, ctx.url);
  }
  AddBlocks(doc, ctx, text, &phone_countries, !declares_name, !declares_place);
}

void IdentityExtractor::AddJsonLd(const Document& doc, const PageContext& ctx) {
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
    for (const rapidjson::Value* node :
         FindJsonLdObjects(json, {"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                                  "NewsMediaOrganization"})) {
      (void)node;
      news_jsonld_ = true;
    }
    const std::set<const rapidjson::Value*> top = TopLevelNodes(json);
    for (const rapidjson::Value* clinic : FindJsonLdObjects(json, kClinicTypes)) {
      for (std::string_view type : JsonLdTypes(*clinic)) medical_jsonld_ |= IsMedicalType(type);
      const std::string name = CleanName(JsonLdString(*clinic, "name"));
      if (!name.empty()) {
        jsonld_names_.push_back({name, NameSource::kJsonLd, NameWeight(*clinic, top.count(clinic) > 0),
                                 "JSON-LD " + FirstType(*clinic) + " name: " + name, ctx.url});
      }
      const auto address = clinic->FindMember("address");
      if (address != clinic->MemberEnd()) {
        const rapidjson::Value& a =
            address->value.IsArray() && !address->value.Empty() ? address->value[0] : address->value;
        const std::string country_field = JsonLdString(a, "addressCountry");
        if (std::string c = CountryFromName(country_field); !c.empty()) {
          AddCountry(c, kAddressWeight, "JSON-LD addressCountry: " + country_field, ctx.url);
        } else {
          // No country: the region code or a gazetteer city or region.
          for (const char* key : {"addressRegion", "addressLocality"}) {
            const std::string value = JsonLdString(a, key);
            std::string place(CountryOfRegionCode(value));
            if (place.empty()) {
              std::vector<PlaceMention> found;
              FindPlaces(FoldCopy(value), &found);
              if (!found.empty()) place = found.front().place->country;
            }
            if (!place.empty()) {
              AddCountry(place, kJsonLdPlaceWeight, std::string("JSON-LD ") + key + ": " + value,
                         ctx.url);
              break;
            }
          }
        }
      }
      const std::string phone = JsonLdString(*clinic, "telephone");
      if (std::string c = CountryFromPhone(phone); !c.empty()) {
        AddCountry(c, kJsonLdPhoneWeight, "JSON-LD telephone: " + phone, ctx.url);
      }
    }
    for (const rapidjson::Value* site : FindJsonLdObjects(json, {"WebSite"})) {
      const std::string name = CleanName(JsonLdString(*site, "name"));
      AddName(name, NameSource::kWebSite, kWebSiteNameWeight, "JSON-LD WebSite name: " + name,
              ctx.url);
    }
  }
}

void IdentityExtractor::AddDeclaredNames(const Document& doc, const PageContext& ctx) {
  const std::string site_name = CleanName(doc.Meta("og:site_name"));
  AddName(site_name, NameSource::kSiteName, kSiteNameWeight, "og:site_name: " + site_name, ctx.url);
  for (const std::string& alt : doc.logo_alts) {
    const std::string name = NameFromLogoAlt(alt);
    AddName(name, NameSource::kLogo, kLogoWeight, "logo alt: " + CleanName(alt), ctx.url);
  }
}

void IdentityExtractor::AddBlocks(const Document& doc, const PageContext& ctx, PageText* text,
                                  std::set<std::string>* phone_countries, bool read_names,
                                  bool read_places) {
  const std::string key = HostKey(ctx.url);
  size_t budget = kMaxTextBytesPerPage;  // text read for names and places
  std::map<std::string, int> mentions;  // country → mention votes on this page
  std::set<std::string> once;          // "kind:country" for once-per-page cues
  std::vector<CountryCue> cues;
  std::vector<NameMention> names;
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& raw = doc.blocks[b].text;
    const std::string_view folded = text->Fold(b).text();
    // Who speaks is decided only for blocks that say something here.
    std::optional<Speaker> speaker;
    const auto speaks = [&] {
      if (!speaker) speaker = text->Role(b).speaker;
      return *speaker;
    };
    const auto others_speak = [&] {
      return speaks() == Speaker::kPatient || speaks() == Speaker::kQuoted;
    };
    if (!clinic_voice_) {
      if (const std::optional<PhraseSet::Match> m = Voices().Find(folded);
          m && speaks() == Speaker::kClinic) {
        if (m->id < ProviderPhraseCount()) {
          clinic_voice_ = true;
        } else if (publisher_cues_ < kPublisherCues) {
          ++publisher_cues_;
        }
      }
    }

    const bool read = budget > 0;
    budget -= std::min(budget, raw.size());
    cues.clear();
    if (read && read_places) FindCountryCues(raw, folded, &cues);
    if (!cues.empty() && !others_speak()) {
      for (const CountryCue& cue : cues) {
        const int weight = CueWeight(cue.kind);
        if (cue.kind == CountryCueKind::kPlaceMention) {
          if (++mentions[cue.country] > kMaxMentionsPerPage) continue;
        } else if (cue.kind == CountryCueKind::kIntlPhone) {
          if (!phone_countries->insert(cue.country).second) continue;
        } else if (weight < kStrongCountryWeight) {
          const std::string tag = std::to_string(static_cast<int>(cue.kind)) + ":" + cue.country;
          if (!once.insert(tag).second) continue;
        }
        // Only a vote heavier than the country's heaviest so far can be its
        // evidence: the others need no quote.
        std::string quote;
        if (weight > heaviest_country_vote_[cue.country]) {
          quote = SentenceQuote(doc, text, b, cue.at, cue.in_folded);
        }
        AddCountry(cue.country, weight, std::move(quote), ctx.url);
      }
    }

    if (HasCopyrightMark(raw) && !others_speak()) {
      const std::string holder = CopyrightHolder(raw);
      AddName(holder, NameSource::kCopyright, kCopyrightWeight, MakeQuote(raw), ctx.url);
    }
    names.clear();
    if (read && read_names) FindNameMentions(raw, key, &names);
    if (names.empty() || speaks() != Speaker::kClinic) continue;
    for (NameMention& m : names) {
      if (m.cue == NameCue::kFirstPerson) clinic_voice_ = true;  // "At X, we…" speaks as X
      const NameSource source = m.cue == NameCue::kFirstPerson   ? NameSource::kFirstPerson
                                : m.cue == NameCue::kDomain      ? NameSource::kDomain
                                                                 : NameSource::kThirdPerson;
      const int weight = source == NameSource::kFirstPerson ? kFirstPersonWeight
                         : source == NameSource::kDomain    ? kDomainMentionWeight
                                                            : kThirdPersonWeight;
      AddName(std::move(m.name), source, weight, SentenceQuote(doc, text, b, m.begin, false),
              ctx.url);
    }
  }
}

void IdentityExtractor::AddName(std::string name, NameSource source, int weight, std::string quote,
                                const std::string& url) {
  const bool declared = source == NameSource::kSiteName || source == NameSource::kWebSite;
  if (name.empty() || !(declared ? LooksLikeDeclaredName(name) : LooksLikeName(name))) return;
  // Each source counts once per page for a name.
  const std::string key = NameKey(name);
  for (auto it = names_.rbegin(); it != names_.rend() && it->url == url; ++it) {
    if (it->source == source && NameKey(it->name) == key) return;
  }
  names_.push_back({std::move(name), source, weight, std::move(quote), url});
}

void IdentityExtractor::AddCountry(const std::string& country, int weight, std::string quote,
                                   const std::string& url) {
  if (country.empty() || weight <= 0) return;
  int& heaviest = heaviest_country_vote_[country];
  heaviest = std::max(heaviest, weight);
  countries_.push_back({country, weight, std::move(quote), url});
}

// ------------------------------------------------------------------ Finish

void IdentityExtractor::TitleVotes(std::vector<NameVote>* votes) const {
  // The brand in the pages' titles: the segment found in the most titles,
  // then the most brand-like; brands sit first or last ("Brand | Topic |
  // City", "Page | Brand"), so those positions get a point, and the later
  // one wins ties. None when the best candidate reads like a page topic.
  std::map<std::string, int> titles_with;  // name key → titles holding it
  std::vector<std::vector<std::string>> split;
  for (const Title& title : titles_) {
    split.push_back(title.headline ? std::vector<std::string>() : TitleSegments(title.title));
    std::set<std::string> seen;
    for (const std::string& s : split.back()) {
      if (seen.insert(NameKey(s)).second) ++titles_with[NameKey(s)];
    }
  }
  const std::string domain_key = hosts_.empty() ? "" : DomainKey(hosts_.front());
  const std::string* best = nullptr;
  int best_count = 0, best_score = 0;
  for (size_t t = 0; t < split.size(); ++t) {
    const auto& segments = split[t];
    for (size_t k = 0; k < segments.size(); ++k) {
      const std::string& s = segments[k];
      if (!LooksLikeName(s)) continue;
      // A whole title is a heading unless it says what it names.
      if (segments.size() == 1 && !HasInstitutionWord(s) && !NameMatchesDomain(s, domain_key)) {
        continue;
      }
      const int count = titles_with[NameKey(s)];
      const bool edge = segments.size() > 1 && (k == 0 || k + 1 == segments.size());
      const int score = BrandScore(s) + (edge ? 1 : 0) + (NameMatchesDomain(s, domain_key) ? 3 : 0);
      if (!best || count > best_count || (count == best_count && score >= best_score)) {
        best = &s;
        best_count = count;
        best_score = score;
      }
    }
  }
  if (!best || best_score < 0) return;
  for (size_t t = 0; t < split.size(); ++t) {
    for (const std::string& s : split[t]) {
      if (NameKey(s) == NameKey(*best)) {
        votes->push_back({*best, NameSource::kTitle, kTitleNameWeight,
                          "<title>: " + MakeQuote(titles_[t].title),
                          titles_[t].url});
        break;
      }
    }
  }
}

bool IdentityExtractor::IsPublisher() const {
  if (clinic_voice_ || medical_jsonld_) return false;
  return news_jsonld_ || publisher_cues_ >= kPublisherCues ||
         std::any_of(hosts_.begin(), hosts_.end(), [](const std::string& host) {
           return IsPublisherName(PublisherHostWords(host));
         });
}

bool IdentityExtractor::CountsForName(const NameVote& v, bool declared,
                                      const std::string& domain_key) const {
  if (IsPublisherName(v.name)) return false;
  const bool spells_domain = NameMatchesDomain(v.name, domain_key);
  // "Toronto Stem Cell Therapy": a brand or a page topic; only a declared
  // source or the domain tells.
  if (IsTopicLike(v.name) && !declared && !spells_domain) return false;
  const bool provider = clinic_voice_ || medical_jsonld_;
  const bool publisher = IsPublisher();
  switch (v.source) {
    case NameSource::kFirstPerson:
      return true;
    case NameSource::kSiteName:
    case NameSource::kWebSite:
    case NameSource::kLogo:
      return !publisher;
    case NameSource::kDomain:
    case NameSource::kDomainBonus:
      return !publisher;
    case NameSource::kThirdPerson:
      return !publisher && (provider || spells_domain);
    case NameSource::kTitle:
    case NameSource::kCopyright:
    case NameSource::kJsonLd:
      return !publisher;
  }
  return false;
}

// "Lakeshore University" (the domain's words) inside "Lakeshore University
// Sports Medicine" (the titles' brand): the shorter is the same clinic cut
// short, and its votes go to the longer name that a title or a declared
// source gives, when exactly one does.
void IdentityExtractor::MergeIntoLongerNames(std::vector<NameVote>* votes) {
  std::map<std::string, std::string> full;  // key → spelling, title and declared sources only
  for (const NameVote& v : *votes) {
    if (v.source == NameSource::kTitle || v.source == NameSource::kSiteName ||
        v.source == NameSource::kWebSite || v.source == NameSource::kLogo) {
      full.emplace(NameKey(v.name), v.name);
    }
  }
  for (NameVote& v : *votes) {
    const std::string key = NameKey(v.name);
    const std::string* longer = nullptr;
    int found = 0;
    for (const auto& [k, spelling] : full) {
      if (k.size() > key.size() && k.starts_with(key) && k[key.size()] == ' ') {
        longer = &spelling;
        ++found;
      }
    }
    if (found == 1 && full.count(key) == 0) {
      v.name = *longer;
      v.merged = true;
    }
  }
}

std::string IdentityExtractor::DecideName(Evidence* evidence) const {
  const auto by_key = [](const NameVote& v) { return NameKey(v.name); };
  // JSON-LD: only the best-ranked source that said anything takes part. A
  // generic Organization on a news site is its publisher, not a clinic.
  int top_rank = 0;
  std::vector<NameVote> top;
  for (const NameVote& v : jsonld_names_) {
    if (!LooksLikeDeclaredName(v.name) || IsPublisherName(v.name)) continue;
    if (IsPublisher()) continue;
    if (v.weight > top_rank) {
      top_rank = v.weight;
      top.clear();
    }
    if (v.weight == top_rank) top.push_back(v);
  }
  if (const NameVote* w = Winner(top, by_key, false, nullptr)) {
    *evidence = {"clinic_name", w->quote, w->url};
    return w->name;
  }

  std::vector<NameVote> votes = names_;
  TitleVotes(&votes);
  const std::string domain_key = hosts_.empty() ? "" : DomainKey(hosts_.front());
  // Drop votes that cannot count on their own terms, then vote.
  std::set<std::string> declared;  // name keys a declared source gave
  for (const NameVote& v : votes) {
    if (v.source == NameSource::kSiteName || v.source == NameSource::kWebSite ||
        v.source == NameSource::kLogo) {
      declared.insert(NameKey(v.name));
    }
  }
  std::vector<NameVote> eligible;
  for (const NameVote& v : votes) {
    if (CountsForName(v, declared.count(NameKey(v.name)) > 0, domain_key)) eligible.push_back(v);
  }
  MergeIntoLongerNames(&eligible);
  // The domain backs each name that spells it, once.
  std::set<std::string> backed;
  for (size_t i = 0, n = eligible.size(); i < n; ++i) {
    if (NameMatchesDomain(eligible[i].name, domain_key) &&
        backed.insert(NameKey(eligible[i].name)).second) {
      NameVote bonus = eligible[i];
      bonus.source = NameSource::kDomainBonus;
      bonus.weight = kDomainMatchBonus;
      eligible.push_back(std::move(bonus));
    }
  }
  int total = 0;
  const NameVote* w = Winner(eligible, by_key, true, &total);
  if (!w || total < kMinNameWeight) return "";
  // The evidence and the spelling are the heaviest single vote's, one that
  // named the winner itself rather than a shorter form of it.
  const std::string winner_key = NameKey(w->name);
  const NameVote* best = nullptr;
  for (const NameVote& v : eligible) {
    if (v.source == NameSource::kDomainBonus || NameKey(v.name) != winner_key) continue;
    if (!best || v.weight * 2 + !v.merged > best->weight * 2 + !best->merged) best = &v;
  }
  if (!best) best = w;
  *evidence = {"clinic_name", best->quote, best->url};
  return best->name;
}

std::string IdentityExtractor::DecideCountry(Evidence* evidence) const {
  const auto by_country = [](const CountryVote& v) { return v.country; };
  int total = 0;
  const CountryVote* w = Winner(countries_, by_country, true, &total);
  if (!w) return "";
  int strongest = 0, runner_up = 0;
  std::map<std::string, int> totals;
  for (const CountryVote& v : countries_) totals[v.country] += v.weight;
  for (const auto& [country, sum] : totals) {
    if (country != w->country) runner_up = std::max(runner_up, sum);
  }
  const CountryVote* best = w;
  for (const CountryVote& v : countries_) {
    if (v.country != w->country) continue;
    strongest = std::max(strongest, v.weight);
    if (v.weight > best->weight) best = &v;
  }
  if (strongest < kStrongCountryWeight &&
      (total < kMinWeakCountryWeight || total < 2 * runner_up)) {
    return "";
  }
  *evidence = {"country", best->quote, best->url};
  return w->country;
}

void IdentityExtractor::Finish(ClinicFacts* out) const {
  struct DomainVote {
    std::string value;
    int weight;
  };
  std::vector<DomainVote> domains;
  for (const std::string& host : hosts_) domains.push_back({host, 1});
  const DomainVote* domain =
      Winner(domains, [](const DomainVote& v) { return v.value; }, false, nullptr);

  Evidence name_evidence, country_evidence;
  const std::string name = DecideName(&name_evidence);
  const std::string country = DecideCountry(&country_evidence);
  if (!name.empty()) {
    out->clinic.name = name;
    out->evidence.push_back(std::move(name_evidence));
  }
  if (domain) out->clinic.domain = domain->value;
  if (!country.empty()) {
    out->clinic.country = country;
    out->evidence.push_back(std::move(country_evidence));
  }
  out->warnings.insert(out->warnings.end(), warnings_.begin(), warnings_.end());
}

}  // namespace clinicrank
