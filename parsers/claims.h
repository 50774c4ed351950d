// Red-flag marketing claims (../shared/DOMAIN.md §4): every claim with its
// quote. Negated and third-party statements ("not FDA approved", "the FDA
// warns…") are not claims.
#ifndef CLINICRANK_PARSERS_CLAIMS_H_
#define CLINICRANK_PARSERS_CLAIMS_H_

#include <string>
#include <vector>

#include "parsers/document.h"
#include "parsers/facts.h"
#include "parsers/page_context.h"

namespace clinicrank {

class ClaimExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // Appends the clinic's claims (the same quote and kind once).
  void Finish(ClinicFacts* out) const;

 private:
  std::vector<Claim> claims_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_CLAIMS_H_
