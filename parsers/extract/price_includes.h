// What a clinic says its stem-cell price includes, and what it says is extra
// (seed-article.md, "What's included in the cost": evaluation and imaging,
// cell extraction and processing, guided injection, follow-up). Fills
// ClinicFacts::price_includes, each entry with its quote. English, Spanish,
// German.
#ifndef CLINICRANK_PARSERS_EXTRACT_PRICE_INCLUDES_H_
#define CLINICRANK_PARSERS_EXTRACT_PRICE_INCLUDES_H_

#include <array>
#include <string>

#include "parsers/extract/fact_kinds.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

// Usage: one per clinic; AddPage for each page, then Finish.
//
// Heuristic (docs/ranking.md, "price_includes"). A statement counts when:
//  - an inclusion cue ("includes", "including", "covers", "all-inclusive of",
//    "incluye", "inkl.", "enthält", ...) sits in a sentence, table row or
//    block that is about a price (a price word or an amount, here or in its
//    section heading), and the cost items are read from what follows the cue
//    in its clause;
//  - the cue is negated ("does not include", "no incluye", "nicht
//    enthalten") or is an extra cue ("is extra", "charged separately",
//    "billed to your insurance", "se cobra aparte", "zzgl."): the items it
//    names are extras;
//  - list items under a heading such as "Included" / "Not included" /
//    "Incluye" / "Im Preis enthalten", or after a lead-in ending in
//    "includes:", on a page section about prices;
// and never when the block is a testimonial, quoted text or navigation, or
// when what includes is another service ("Initial consultation: includes a
// review of your imaging", "PRP ... includes").
class PriceIncludesExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // Fills out->price_includes: included items first, in CostItem order.
  void Finish(ClinicFacts* out) const;

  // For ScanPage; not part of the interface.
  void Record(CostItem item, bool included, std::string_view quote, const std::string& url);

 private:
  struct Found {
    bool found = false;
    std::string quote;
    std::string url;
  };
  // [item][0 = extra, 1 = included]: the first statement of each wins.
  std::array<std::array<Found, 2>, kCostItemCount> found_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_PRICE_INCLUDES_H_
