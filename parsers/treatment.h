// Treatment facts: ultrasound / other guidance, cell sources and origin, and
// a personalized plan — each `unknown` unless the clinic says so, each with an
// evidence quote. Negation-aware (parsers/text.h), English and Spanish
// (German where DOMAIN.md gives the words).
#ifndef CLINICRANK_PARSERS_TREATMENT_H_
#define CLINICRANK_PARSERS_TREATMENT_H_

#include <string>
#include <vector>

#include "parsers/document.h"
#include "parsers/facts.h"
#include "parsers/page_context.h"

namespace clinicrank {

class TreatmentExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // Fills ultrasound_guidance, other_guidance, cell_sources, cell_origin,
  // personalized_plan and their evidence.
  void Finish(ClinicFacts* out) const;

 private:
  struct Mention {
    std::string field;  // e.g. "ultrasound_guidance", "cell_sources"
    std::string value;  // e.g. "yes", "bone_marrow", "autologous"
    std::string quote;
    std::string url;
  };
  std::vector<Mention> mentions_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TREATMENT_H_
