// Page genre (parsers/extract/page_genre.h).
#include "parsers/extract/page_genre.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <utility>
#include <cstddef>
#include <string>

#include "base/ascii.h"
#include "parsers/extract/jsonld.h"
#include "parsers/text/attribution_words.h"
#include "parsers/text/fold.h"
#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

// Blocks read from the top for a byline or an editorial voice.
constexpr size_t kLeadBlocks = 12;

bool ArticleJsonLd(const Document& doc) {
  static const std::vector<std::string_view> kTypes = {
      "Article",  "BlogPosting", "NewsArticle", "Report", "ScholarlyArticle",
      "MedicalScholarlyArticle", "LiveBlogPosting", "TechArticle"};
  for (const std::string& text : doc.json_ld) {
    rapidjson::Document d;
    size_t error = 0;
    if (!ParseJsonLd(text, &d, &error)) continue;
    if (!FindJsonLdObjects(d, kTypes).empty()) return true;
  }
  return false;
}

bool EditorialLead(const Document& doc, PageText* text) {
  static const PhraseSet kCues{
      "in this article", "this article",     "in this guide",   "in this post",
      "written by",      "posted on",        "published on",    "min read",
      "en este articulo", "escrito por",     "publicado el",
      "in diesem artikel", "autor:",         "veroffentlicht am", "lesezeit",
      // --- pt, it, fr, tr, pl, cs, ja
      "neste artigo", "publicado em", "in questo articolo", "scritto da", "pubblicato il",
      "dans cet article", "ecrit par", "publie le", "bu yazida", "bu makalede",
      "yayin tarihi", "w tym artykule", "opublikowano", "v tomto clanku", "publikovano",
      "この記事では", "本記事では", "投稿日", "公開日",
      // A broker or directory that lists others' clinics, or an editorial
      // desk: "compare verified clinics", "a referral service".
      "verified clinics", "verified providers", "compare clinics", "referral service",
      "not a medical provider", "free quotes from", "clinicas verificadas", "compare clinicas",
      "compara clinicas", "no somos un centro medico",
      "vergleichen sie kliniken"};
  const size_t n = std::min(doc.blocks.size(), kLeadBlocks);
  for (size_t i = 0; i < n; ++i) {
    if (kCues.In(text->Fold(i).text())) return true;
  }
  return false;
}

// Market surveys and news read as such all the way down: three or more blocks
// that quote a market ("on average", "clinics in Medellín") or report what
// others said ("according to", "reported") make a broker or news page,
// whatever its markup. One pass per block over both vocabularies.
bool SurveysOrReports(const Document& doc, PageText* text, bool added_languages) {
  static const auto build = [](bool languages) {
    auto* out = new std::pair<PhraseSet, size_t>();  // the set, and the first report id
    std::vector<PhraseSet::Phrase> phrases;
    for (const AttributionPhrase& p : AttributionTable(AttributionCue::kMarket, languages)) {
      phrases.push_back({p.text, p.mode});
    }
    out->second = phrases.size();
    for (const AttributionPhrase& p : AttributionTable(AttributionCue::kReport, languages)) {
      phrases.push_back({p.text, p.mode});
    }
    out->first = PhraseSet(phrases);
    return out;
  };
  static const auto* const all = build(true);
  static const auto* const base = build(false);
  const auto* const cues = added_languages ? all : base;
  constexpr int kEnough = 3;
  int market = 0;
  int report = 0;
  std::vector<PhraseSet::Match> matches;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == BlockKind::kHeading) continue;
    const std::string_view folded = text->Fold(i).text();
    if (!cues->first.In(folded)) continue;  // most blocks: one quick pass
    matches.clear();
    cues->first.FindAll(folded, &matches);
    bool m = false;
    bool r = false;
    for (const PhraseSet::Match& x : matches) (x.id < cues->second ? m : r) = true;
    if ((m && ++market >= kEnough) || (r && ++report >= kEnough)) return true;
  }
  return false;
}

}  // namespace

PageGenre DetectPageGenre(const Document& doc, PageText* text, bool added_languages) {
  if (AsciiLower(TrimAsciiSpace(doc.Meta("og:type"))) == "article" || ArticleJsonLd(doc) ||
      EditorialLead(doc, text) || SurveysOrReports(doc, text, added_languages)) {
    return PageGenre::kInformation;
  }
  return PageGenre::kClinic;
}

std::string_view PageGenreName(PageGenre genre) {
  return genre == PageGenre::kInformation ? "information" : "clinic";
}

}  // namespace clinicrank
