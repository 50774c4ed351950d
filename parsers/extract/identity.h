// Clinic identity across a clinic's pages: name (JSON-LD name, og:site_name,
// cleaned <title>), domain (canonical / og:url / crawl URL host, "www."
// dropped), country (JSON-LD address, phone prefix, currency, TLD, language).
// Unknown fields stay empty (null in JSON): nothing is made up.
#ifndef CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_
#define CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_

#include <string>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"

namespace clinicrank {

class IdentityExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // Fills out->clinic; may append warnings (e.g. a broken JSON-LD block).
  void Finish(ClinicFacts* out) const;

 private:
  struct Vote {
    std::string value;
    int weight;
  };
  std::vector<Vote> names_, domains_, countries_;
  std::vector<std::string> warnings_;
  // Every page's <title>, in page order: the brand is the segment that
  // repeats across them ("Pricing | Alpha", "FAQ | Alpha").
  std::vector<std::string> titles_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_
