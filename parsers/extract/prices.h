// Every price a clinic states (../shared/CONTRACT.md `prices[]`), classified
// by treatment and basis. Sources: text blocks (sentence by sentence), table
// rows read with their header cells and row label, and JSON-LD Offer /
// PriceSpecification / AggregateOffer.
//
// Amounts and currencies come from parsers/extract/money_scan.h, treatment and basis
// words from parsers/extract/price_purpose.h. Not prices: testimonials (block context
// or quoted), stories of past spending ("I spent", "gasté"), discounts
// ("save $500", "$500 off"), exchange rates ("CI$1.00 = US$1.20"), zero
// amounts ("$0 down"), numbers without a currency (phones, years, zip
// codes, cell counts, volumes) unless a table column names a price, and
// JSON-LD `priceRange` (a vague label, not a price).
#ifndef CLINICRANK_PARSERS_EXTRACT_PRICES_H_
#define CLINICRANK_PARSERS_EXTRACT_PRICES_H_

#include <string>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

class PriceExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // The same, reading blocks through `text`, which other extractors of the
  // page share (ExtractClinic does).
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // Appends the clinic's prices, the same price from several pages once, and
  // warnings (currency guesses, prices outside the plausible band).
  void Finish(ClinicFacts* out) const;

 private:
  std::vector<Price> prices_;
  // For each price, the currency-guess warning ("" when not guessed).
  std::vector<std::string> guess_notes_;
  std::vector<std::string> warnings_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_PRICES_H_
