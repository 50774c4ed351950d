// Orthopedic or sports-medicine training of a clinic's own clinicians (seed
// article, "Have experience treating orthopedic conditions"): a
// board-certified orthopedic surgeon, a fellowship-trained sports-medicine
// physician, "médicos certificados por el Consejo Mexicano de Ortopedia",
// "Facharzt für Orthopädie". Fills ClinicFacts::orthopedic_experience (yes
// or unknown) with the quote in `evidence` (field "orthopedic_experience").
#ifndef CLINICRANK_PARSERS_EXTRACT_ORTHOPEDIC_EXPERIENCE_H_
#define CLINICRANK_PARSERS_EXTRACT_ORTHOPEDIC_EXPERIENCE_H_

#include <string>

#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

// Usage: one per clinic; AddPage for each page, then Finish.
//
// Heuristic (docs/ranking.md, "orthopedic_experience"). A mention counts
// when a specialty (orthopedics, orthopaedics, sports medicine, ortopedia,
// traumatología, Orthopädie, Sportmedizin ...) is tied to a clinician
// ("orthopedic surgeon", "sports medicine physicians", "especialista en
// traumatología", "ortopedista", "Orthopäde") or to a certification
// ("board-certified in", "fellowship", "certificados por el Consejo de",
// "Facharzt für"), and the clinic is the one speaking about its own staff or
// services ("our", "we", "Dr. ...", "performed by", "consultation with", a row
// of its price list, or a certification). Never counted: page titles and
// clinic names alone (no clinician in them), testimonials and quoted text,
// navigation, a patient's or reader's doctor ("my / your orthopedic
// surgeon", "su traumatólogo"), referrals and partner practices, links to
// another site, professional bodies named without membership ("the American
// Academy of Orthopaedic Surgeons says"), negated or hypothetical mentions.
class OrthopedicExperienceExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  void Finish(ClinicFacts* out) const;

  // For the page scan; not part of the interface. A certification beats a
  // plain mention for the evidence slot.
  void Record(std::string quote, const std::string& url, int priority);

 private:
  std::string quote_;
  std::string url_;
  int priority_ = 0;  // 0: nothing found
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_ORTHOPEDIC_EXPERIENCE_H_
