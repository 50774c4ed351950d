// Whether a clinic tells patients the risks of its treatment and that it is
// not FDA-approved (DOMAIN.md §2-§3: no stem-cell product is approved for
// knee OA; "no risk" claims are an ISSCR warning sign). Fills
// ClinicFacts::risk_disclosure: at most one `risks` and one `not_approved`
// entry, each with its quote. English, Spanish, German.
#ifndef CLINICRANK_PARSERS_EXTRACT_RISK_DISCLOSURE_H_
#define CLINICRANK_PARSERS_EXTRACT_RISK_DISCLOSURE_H_

#include <array>
#include <string>
#include <string_view>

#include "parsers/extract/fact_kinds.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

// Usage: one per clinic; AddPage for each page, then Finish.
//
// Heuristic (docs/ranking.md, "risk_disclosure"), in the clinic's own voice
// only (no testimonials, quotes or navigation):
//  - risks: a risk word ("risks", "side effects", "complications",
//    "riesgos", "Nebenwirkungen") stated, not denied, with a named harm
//    (infection, bleeding, swelling, hematoma ...) or an existence cue
//    ("include", "carries", "possible", "rare", "tiene", "können"); or a
//    named harm that is "rare but possible" or listed under a "Risks" /
//    "What are the side effects?" heading. Denials ("no side effects", "sin
//    riesgos", "risk-free") and benefits ("reduces swelling") never count;
//  - not_approved: approval by a regulator (FDA, Health Canada, NICE, EMA,
//    COFEPRIS, INVIMA, Paul-Ehrlich-Institut, ...) named and negated ("not
//    FDA-approved", "no ha aprobado", "nicht zugelassen"), an approval
//    question answered "No", or the treatment called investigational or
//    experimental. "FDA-cleared" and "FDA-registered" are not approval.
class RiskDisclosureExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // Fills out->risk_disclosure in DisclosureKind order.
  void Finish(ClinicFacts* out) const;

  // How well a quote shows the disclosure: a sentence about the treatment
  // itself ("BMAC is not FDA approved") beats one about something else ("a
  // tissue bank can be registered without its products being approved"),
  // which beats a heading.
  enum Strength { kHeading = 1, kAside = 2, kAboutTreatment = 3 };
  // For the page scan; not part of the interface. The first of the highest
  // strength wins.
  void Record(DisclosureKind kind, std::string_view quote, const std::string& url,
              Strength strength);
  // Nothing can replace what is recorded for this kind.
  bool Settled(DisclosureKind kind) const {
    return found_[static_cast<size_t>(kind)].strength == kAboutTreatment;
  }

 private:
  struct Found {
    std::string quote;
    std::string url;
    int strength = 0;  // 0: nothing yet
  };
  std::array<Found, 2> found_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_RISK_DISCLOSURE_H_
