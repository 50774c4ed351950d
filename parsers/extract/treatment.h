// Treatment facts: ultrasound / other guidance, cell sources and origin, and
// a personalized plan — each `unknown` unless the clinic says so, each with an
// evidence quote. Negation-aware (parsers/text/polarity.h), English and Spanish
// (German where DOMAIN.md gives the words).
#ifndef CLINICRANK_PARSERS_EXTRACT_TREATMENT_H_
#define CLINICRANK_PARSERS_EXTRACT_TREATMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

// Usage: one extractor per clinic; AddPage for each of its pages, then
// Finish. Decisions (DOMAIN.md §5, heuristic):
//  - a fact counts only when the clinic states it: mentions that are negated,
//    said of other clinics, asked (unless an FAQ answer says yes/no),
//    conditional, in testimonials or quoted blocks, or in educational text
//    (studies, trials, "contain no live cells") are skipped;
//  - ultrasound `no` needs the clinic itself as the subject ("we", "our",
//    "all injections", an FAQ addressed to "you" answered "No");
//  - across pages, yes beats no (a clinic that anywhere says it guides by
//    ultrasound, or tailors plans, gets yes; the `no` quote is dropped).
class TreatmentExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // The same, reading blocks through `text`, which other extractors of the
  // page share (ExtractClinic does).
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // Fills ultrasound_guidance, other_guidance, cell_sources, cell_origin,
  // personalized_plan and their evidence.
  void Finish(ClinicFacts* out) const;

 private:
  struct Mention {
    std::string field;  // e.g. "ultrasound_guidance", "cell_sources"
    std::string value;  // e.g. "yes", "bone_marrow", "autologous"
    std::string quote;
    std::string url;
    int priority = 0;  // a stronger phrasing wins the evidence slot
  };
  // At most one mention per (field, value): the first with the highest
  // priority, so memory stays bounded however many pages a clinic has.
  void Record(Mention m);
  // True when a mention of (field, value) at `priority` cannot change what
  // Finish reports: Record would drop it, or a `yes` overrides it.
  bool Settled(std::string_view field, std::string_view value, int priority) const;
  std::vector<Mention> mentions_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_TREATMENT_H_
