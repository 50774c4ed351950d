// "Only the patient's own cells", decided once for every reader (ranking's
// own_live_cells item, `rank --own-cells-only`, the audit's
// own_cells_vs_donor contradiction). Seed article: "Use live stem cells, not
// amniotic or donor tissue"; DOMAIN.md §2: no live stem cells were found in
// birth-tissue products.
#ifndef CLINICRANK_PARSERS_EXTRACT_OWN_CELLS_H_
#define CLINICRANK_PARSERS_EXTRACT_OWN_CELLS_H_

#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

// The decision from the treatment facts: yes when cell_origin is
// autologous (or, with no origin, every named source is the patient's own),
// no when it is allogeneic or mixed, unknown otherwise.
TriState DecideOwnCellsOnly(const std::string& cell_origin,
                            const std::vector<std::string>& cell_sources);

// Usage: one per clinic; AddPage for each page, then Finish after the
// treatment facts are in `out`.
//
// Besides the decision, keeps the clinic's first exclusive statement as
// evidence (field "own_cells_only"): an own-cell term with "only /
// exclusively / solo / únicamente / ausschließlich / nur" in its clause ("We
// only use bone marrow from your own body"), or a donor or birth-tissue
// product the clinic says it does not use ("We never use donor tissue", "No
// empleamos células de donante", "keine Spenderzellen"). Testimonials,
// quotes, questions and text about other clinics are skipped. Heuristic.
class OwnCellsExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  void Finish(ClinicFacts* out) const;

 private:
  std::string quote_;
  std::string url_;
  bool from_prose_ = false;  // the quote is a sentence, not a heading
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_OWN_CELLS_H_
