// Page genre (parsers/extract/page_genre.h).
#include "parsers/extract/page_genre.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
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

bool EditorialLead(const Document& doc) {
  static const PhraseSet kCues{
      "in this article", "this article",     "in this guide",   "in this post",
      "written by",      "posted on",        "published on",    "min read",
      "en este articulo", "escrito por",     "publicado el",
      "in diesem artikel", "autor:",         "veroffentlicht am", "lesezeit"};
  const size_t n = std::min(doc.blocks.size(), kLeadBlocks);
  for (size_t i = 0; i < n; ++i) {
    if (kCues.In(FoldCopy(doc.blocks[i].text))) return true;
  }
  return false;
}

// Market surveys and news read as such all the way down: three or more blocks
// that quote a market ("in the US", "on average", "clinics in Medellín") or
// report what others said ("according to", "reported") make a broker or news
// page, whatever its markup.
bool SurveysOrReports(const Document& doc) {
  static const auto* const sets = [] {
    auto* out = new std::array<PhraseSet, 2>();
    size_t k = 0;
    for (const AttributionCue cue : {AttributionCue::kMarket, AttributionCue::kReport}) {
      std::vector<PhraseSet::Phrase> phrases;
      for (const AttributionPhrase& p : AttributionTable(cue)) phrases.push_back({p.text, p.mode});
      (*out)[k++] = PhraseSet(phrases);
    }
    return out;
  }();
  constexpr int kEnough = 3;
  int market = 0;
  int report = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading) continue;
    const std::string folded = FoldCopy(b.text);
    if ((*sets)[0].In(folded) && ++market >= kEnough) return true;
    if ((*sets)[1].In(folded) && ++report >= kEnough) return true;
  }
  return false;
}

}  // namespace

PageGenre DetectPageGenre(const Document& doc) {
  if (AsciiLower(TrimAsciiSpace(doc.Meta("og:type"))) == "article" || ArticleJsonLd(doc) ||
      EditorialLead(doc) || SurveysOrReports(doc)) {
    return PageGenre::kInformation;
  }
  return PageGenre::kClinic;
}

std::string_view PageGenreName(PageGenre genre) {
  return genre == PageGenre::kInformation ? "information" : "clinic";
}

}  // namespace clinicrank
