// Every price a clinic states (../shared/CONTRACT.md `prices[]`), classified
// by treatment and basis. Sources: text blocks (sentence by sentence), table
// rows read with their header cells and row label, and JSON-LD Offer /
// PriceSpecification / AggregateOffer.
#ifndef CLINICRANK_PARSERS_PRICES_H_
#define CLINICRANK_PARSERS_PRICES_H_

#include <string>
#include <vector>

#include "parsers/document.h"
#include "parsers/facts.h"
#include "parsers/page_context.h"

namespace clinicrank {

class PriceExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // Appends the clinic's prices, the same price from several pages once, and
  // warnings (currency guesses, prices outside the plausible band).
  void Finish(ClinicFacts* out) const;

 private:
  std::vector<Price> prices_;
  std::vector<std::string> warnings_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_PRICES_H_
