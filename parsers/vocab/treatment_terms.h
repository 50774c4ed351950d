// The treatment vocabulary (DOMAIN.md §5): guidance phrases, cell sources,
// origin cues and personalized-plan words in English, Spanish and German, all
// folded (parsers/text/fold.h). One RE2 alternation finds every term of a folded
// sentence in a single leftmost-longest pass, so a trap phrase ("diagnostic
// ultrasound", "bone marrow edema", "donor site") wins over the shorter term
// inside it. Word-sense traps for sources and origin ("ACL allograft
// reconstruction", "signals your own cells") run as a second, smaller pass
// only over sentences where a source or origin word was found.
#ifndef CLINICRANK_PARSERS_VOCAB_TREATMENT_TERMS_H_
#define CLINICRANK_PARSERS_VOCAB_TREATMENT_TERMS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace clinicrank {

enum class TermKind {
  kUltrasoundGuided,  // "ultrasound-guided", "ecoguiada", "ultraschallgesteuert"
  kUltrasoundWeak,    // "using ultrasound": guidance only near an injection
  kUltrasoundBare,    // "ultrasound" alone: counts only when negated
  kImaging,           // "image-guided", "imaging": modality unknown
  kBlind,             // "blindly", "anatomical landmarks", "a ciegas"
  kOtherGuidance,     // value: fluoroscopy, mri, ct
  kCellSource,        // value: the contract's cell_sources spelling
  kAutologousStrong,  // "autologous", "autologas", "korpereigen"
  kAutologousWeak,    // "your own", "del propio paciente", "eigenen"
  kTailor,            // "personalized", "a medida", "individuell"
  kPlanNoun,          // "plan", "protocol", "dose", "tratamiento", "Therapie..."
  kPlanBlocker,       // "quote", "coordinator", "presupuesto": not a plan
  kStandardPlan,      // "one standard protocol for every patient"
  kOneSizeFitsAll,    // "one-size-fits-all": a no only if the clinic says so
  kTrap,              // "diagnostic ultrasound", "bone marrow edema", ...
};

// Conditions a hit needs from its sentence.
enum TermFlag : uint8_t {
  kNoFlag = 0,
  kNeedsStem = 1,       // "peripheral blood" only with stem/progenitor words
  kNeedsInjection = 2,  // weak ultrasound: needs an injection/needle word
  kWeakSource = 4,      // counts only if no other source is named: "culture-expanded"
                        // (donor), exosomes a product "is rich in" or "releases"
};

struct TermHit {
  size_t begin = 0;  // byte range in the folded sentence
  size_t end = 0;
  TermKind kind = TermKind::kTrap;
  std::string_view value;  // static storage; "" when the kind says it all
  uint8_t flags = kNoFlag;
};

// Appends every term of `folded` (from FoldCopy) to *hits, left to right,
// non-overlapping, longest first at each position. `added_languages`: also
// the terms of the languages added with issue 18; a caller clears it on pages
// where AddedLanguagesApply (parsers/vocab/languages.h) is false.
void FindTreatmentTerms(std::string_view folded, std::vector<TermHit>* hits,
                        bool added_languages = true);

// Cheap word-prefix prefilter: false when FindTreatmentTerms would find no
// term other than plan nouns, blockers and traps in `folded`, nor in any run
// of whole words cut from it (so a block that fails needs no sentence scan).
bool MayHaveTreatmentTerms(std::string_view folded, bool added_languages = true);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_TREATMENT_TERMS_H_
