// Disease vocabulary for the `treats_many_conditions` claim
// (../shared/DOMAIN.md §3 item 2 and §4): the ISSCR warning sign "the same
// cells for many diseases". Musculoskeletal conditions (knee, hip, back,
// tendons, rheumatoid arthritis, fibromyalgia) are deliberately absent: an
// orthopedic-only list is fine. Cosmetic or wellness service lines (hair
// loss, anti-aging, weight loss) are absent too, since they are usually a
// separate menu, not the same product.
#ifndef CLINICRANK_PARSERS_VOCAB_DISEASES_H_
#define CLINICRANK_PARSERS_VOCAB_DISEASES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace clinicrank {

// Unrelated (non-musculoskeletal) disease classes.
enum class DiseaseClass {
  kNeurological,  // MS, Parkinson's, autism, stroke, ALS, spinal cord injury
  kCardiac,       // heart failure, cardiomyopathy
  kPulmonary,     // COPD, emphysema, pulmonary fibrosis, asthma
  kMetabolic,     // diabetes, kidney and liver disease
  kAutoimmune,    // lupus, Crohn's, colitis, psoriasis
  kUrologic,      // erectile dysfunction, Peyronie's, incontinence
  kEye,           // macular degeneration, retinitis pigmentosa, glaucoma
  kOther,         // long COVID, HIV, chronic fatigue, Lyme disease
};

struct DiseaseMention {
  std::string_view name;  // canonical English name, e.g. "multiple sclerosis"
  DiseaseClass disease_class;
  size_t begin = 0;  // byte range in the folded text
  size_t end = 0;
};

// Every disease of the vocabulary named in `folded` (English, Spanish,
// German, and with `added_languages` those added with issue 18), in order.
// REQUIRES: `folded` came from Fold/FoldCopy.
std::vector<DiseaseMention> FindDiseases(std::string_view folded, bool added_languages = true);

// Cheap prefilter pattern (RE2 syntax) matching any English, Spanish or
// German term; used in the claim rule set so that sentences without one skip
// FindDiseases.
const char* DiseasePrefilterPattern();
// The same for the terms of the languages added with issue 18.
const char* DiseaseLanguagePrefilterPattern();

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_DISEASES_H_
