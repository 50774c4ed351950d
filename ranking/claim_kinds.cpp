#include "ranking/claim_kinds.h"

namespace clinicrank {
namespace {

struct KindInfo {
  const char* kind;
  Severity severity;
  const char* label;
  const char* note;
};

// Severities: DOMAIN.md §4 "Suggested severity". Notes paraphrase DOMAIN.md §2
// and §3 and name the source a journalist can check.
constexpr KindInfo kKinds[] = {
    {"fda_approved", Severity::kHigh, "Claims FDA approval",
     "No stem-cell product is FDA-approved for knee osteoarthritis or any orthopedic condition "
     "(FDA consumer notice, Jun 3 2021). The only approved stem-cell products are cord-blood "
     "blood-forming cells for blood disorders (FDA consumer alert, Jul 2020); FDA registration "
     "or a clinicaltrials.gov listing is not approval."},
    {"cure", Severity::kHigh, "Claims a cure",
     "No trial shows stem cells cure or reverse knee osteoarthritis: in a 480-patient randomized "
     "trial, marrow, fat and cord-derived cells were no better than a steroid shot at 12 months, "
     "with no MRI change (Mautner et al., Nat Med 2023)."},
    {"guarantee", Severity::kHigh, "Guarantees results",
     "Results are not guaranteed by any evidence; the FTC has acted against clinics promising "
     "that injections would end knee or joint pain (FTC & Georgia v. Stem Cell Institute of "
     "America, orders Dec 2024)."},
    {"success_rate", Severity::kMedium, "Quotes a success rate",
     "Clinic success rates mirror marketing, not trials: a secret-shopper study found claimed "
     "efficacy averaging 82% (Piuzzi et al., J Knee Surg 2018), while a randomized trial found "
     "no cell product beat a steroid injection (Mautner et al., Nat Med 2023)."},
    {"no_risk", Severity::kHigh, "Claims no risk",
     "\"No risk\" claims are an ISSCR warning sign. Contaminated cord-blood products infected "
     "12 patients in 3 states, including joint infections (CDC MMWR, Dec 2018)."},
    {"regrows_cartilage", Severity::kMedium, "Claims to regrow cartilage",
     "A randomized trial found no MRI change in the knee after marrow, fat or cord-derived cell "
     "injections (Mautner et al., Nat Med 2023). MACI, the approved cartilage product, is a "
     "surgical chondrocyte implant, not a stem-cell injection (FDA, Dec 2016)."},
    {"avoids_surgery", Severity::kLow, "Says it avoids surgery",
     "No trial shows stem-cell injections avoid or delay knee replacement; the ACR/AF 2019 "
     "guideline strongly recommends against stem-cell injections for knee OA."},
    {"treats_many_conditions", Severity::kHigh, "Treats many unrelated conditions",
     "Marketing one cell product for many unrelated diseases is an ISSCR warning sign; the 11th "
     "Circuit held such marketing made the use non-homologous, so the product is a regulated "
     "drug (US v. US Stem Cell Clinic, 2021)."},
    {"testimonial", Severity::kMedium, "Relies on testimonials",
     "Claims resting on patient testimonials are the first ISSCR warning sign; the FTC cited "
     "misleading testimonials against the Stem Cell Institute of America (2024)."},
    {"live_cells_birth_tissue", Severity::kHigh, "Claims live cells in birth-tissue products",
     "Lab tests found no living stem cells in commercial amniotic-fluid products (Panero et al., "
     "AJSM 2019) and none in a cord-blood product (Fortier, Becktell et al., Cornell); FDA "
     "letters call cord and Wharton's-jelly products for orthopedic use unapproved drugs."},
    {"insurance_coverage", Severity::kHigh, "Says insurance covers it",
     "Payers treat stem-cell knee injections as investigational (payer policy SUR703.051), and "
     "German statutory insurers do not pay (RTL 2024); check any coverage claim with the insurer."},
    {"clinically_proven", Severity::kMedium, "Claims it is clinically proven",
     "The ACR/AF 2019 guideline strongly recommends against stem-cell injections for knee OA; "
     "a 2023 randomized trial found no product better than a steroid shot (Mautner et al.)."},
    {"superior_to_standard", Severity::kMedium, "Claims to beat standard care",
     "Claims of matching or beating standard care were ruled unsupported in FTC v. Henderson "
     "(2018); in a randomized trial, cell injections were no better than a steroid shot "
     "(Mautner et al., Nat Med 2023)."},
    {"regulatory_registration", Severity::kLow, "Cites a registration or licence",
     "A registration or licence (FDA-registered lab, COFEPRIS, INVIMA) shows the establishment "
     "is authorised, not that the treatment is approved or works (FDA notice, Jun 2021)."},
    {"patient_funded_trial", Severity::kHigh, "Charges patients to join a study",
     "Paying for these products outside an FDA-reviewed trial likely means being deceived (FDA "
     "notice, Jun 2021); ask for the IND number and the IRB approval."},
    {"cell_count", Severity::kInfo, "Sells on cell count",
     "A cell count is a dose, not evidence of benefit; it is listed for context only."},
};

const KindInfo* Find(std::string_view kind) {
  for (const KindInfo& k : kKinds) {
    if (kind == k.kind) return &k;
  }
  return nullptr;
}

}  // namespace

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kLow:
      return "low";
    case Severity::kHigh:
      return "high";
    case Severity::kMedium:
      break;
  }
  return "medium";
}

Severity ClaimSeverity(std::string_view kind) {
  const KindInfo* k = Find(kind);
  return k ? k->severity : Severity::kMedium;
}

const char* ClaimContextNote(std::string_view kind) {
  const KindInfo* k = Find(kind);
  return k ? k->note
           : "A marketing claim outside DOMAIN.md's taxonomy; check it against the FDA consumer "
             "notice of Jun 2021 and the ISSCR warning signs.";
}

const char* ClaimLabel(std::string_view kind) {
  const KindInfo* k = Find(kind);
  return k ? k->label : "Other marketing claim";
}

}  // namespace clinicrank
