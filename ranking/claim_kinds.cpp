#include "ranking/claim_kinds.h"

namespace clinicrank {
namespace {

struct KindInfo {
  ClaimKind kind;
  Severity severity;
  const char* label;
  const char* why;   // one plain sentence for a patient
  const char* note;  // context with sources, for the audit
};

// Severities: DOMAIN.md §4 "Suggested severity". Notes paraphrase DOMAIN.md §2
// and §3 and name the source a journalist can check.
constexpr KindInfo kKinds[] = {
    {ClaimKind::kFdaApproved, Severity::kHigh, "Claims FDA approval",
     "No stem-cell product is FDA-approved for knee arthritis, or for any orthopedic condition "
     "(FDA, 2021).",
     "No stem-cell product is FDA-approved for knee osteoarthritis or any orthopedic condition "
     "(FDA consumer notice, Jun 3 2021). The only approved stem-cell products are cord-blood "
     "blood-forming cells for blood disorders (FDA consumer alert, Jul 2020); FDA registration "
     "or a clinicaltrials.gov listing is not approval."},
    {ClaimKind::kCure, Severity::kHigh, "Claims a cure",
     "No trial shows these injections cure or reverse knee arthritis; the largest found them no "
     "better than a steroid shot (Nat Med, 2023).",
     "No trial shows stem cells cure or reverse knee osteoarthritis: in a 480-patient randomized "
     "trial, marrow, fat and cord-derived cells were no better than a steroid shot at 12 months, "
     "with no MRI change (Mautner et al., Nat Med 2023)."},
    {ClaimKind::kGuarantee, Severity::kHigh, "Guarantees results",
     "No evidence supports a guaranteed result, and the FTC has taken clinics to court for "
     "promising one (FTC, 2024).",
     "Results are not guaranteed by any evidence; the FTC has acted against clinics promising "
     "that injections would end knee or joint pain (FTC & Georgia v. Stem Cell Institute of "
     "America, orders Dec 2024)."},
    {ClaimKind::kSuccessRate, Severity::kMedium, "Quotes a success rate",
     "Clinic success rates are marketing figures; the largest randomized trial found no benefit "
     "over a steroid shot (Nat Med, 2023).",
     "Clinic success rates mirror marketing, not trials: a secret-shopper study found claimed "
     "efficacy averaging 82% (Piuzzi et al., J Knee Surg 2018), while a randomized trial found "
     "no cell product beat a steroid injection (Mautner et al., Nat Med 2023)."},
    {ClaimKind::kNoRisk, Severity::kHigh, "Claims no risk",
     "Every injection carries risks: contaminated cell products have caused joint infections in "
     "several states (CDC, 2018).",
     "\"No risk\" claims are an ISSCR warning sign. Contaminated cord-blood products infected "
     "12 patients in 3 states, including joint infections (CDC MMWR, Dec 2018)."},
    {ClaimKind::kRegrowsCartilage, Severity::kMedium, "Claims to regrow cartilage",
     "The largest randomized trial found no change in the knee on MRI after these injections (Nat "
     "Med, 2023).",
     "A randomized trial found no MRI change in the knee after marrow, fat or cord-derived cell "
     "injections (Mautner et al., Nat Med 2023). MACI, the approved cartilage product, is a "
     "surgical chondrocyte implant, not a stem-cell injection (FDA, Dec 2016)."},
    {ClaimKind::kAvoidsSurgery, Severity::kLow, "Says it avoids surgery",
     "No trial shows these injections avoid or delay knee replacement, and the rheumatology "
     "guideline advises against them (ACR, 2019).",
     "No trial shows stem-cell injections avoid or delay knee replacement; the ACR/AF 2019 "
     "guideline strongly recommends against stem-cell injections for knee OA."},
    {ClaimKind::kTreatsManyConditions, Severity::kHigh, "Treats many unrelated conditions",
     "One product sold for many unrelated diseases is a warning sign, and a court held such "
     "marketing made it an unapproved drug (11th Cir., 2021).",
     "Marketing one cell product for many unrelated diseases is an ISSCR warning sign; the 11th "
     "Circuit held such marketing made the use non-homologous, so the product is a regulated "
     "drug (US v. US Stem Cell Clinic, 2021)."},
    {ClaimKind::kTestimonial, Severity::kMedium, "Relies on testimonials",
     "Patient stories are not evidence; claims that rest on them are the first warning sign for "
     "stem-cell clinics (ISSCR).",
     "Claims resting on patient testimonials are the first ISSCR warning sign; the FTC cited "
     "misleading testimonials against the Stem Cell Institute of America (2024)."},
    {ClaimKind::kLiveCellsBirthTissue, Severity::kHigh,
     "Claims live cells in birth-tissue products",
     "Laboratory tests found no living stem cells in commercial birth-tissue products (AJSM, "
     "2019).",
     "Lab tests found no living stem cells in commercial amniotic-fluid products (Panero et al., "
     "AJSM 2019) and none in a cord-blood product (Fortier, Becktell et al., Cornell); FDA "
     "letters call cord and Wharton's-jelly products for orthopedic use unapproved drugs."},
    {ClaimKind::kInsuranceCoverage, Severity::kHigh, "Says insurance covers it",
     "Insurers treat these injections as investigational and rarely pay; check any coverage claim "
     "with your insurer.",
     "Payers treat stem-cell knee injections as investigational (payer policy SUR703.051), and "
     "German statutory insurers do not pay (RTL 2024); check any coverage claim with the insurer."},
    {ClaimKind::kClinicallyProven, Severity::kMedium, "Claims it is clinically proven",
     "Nothing has proven these injections work for knee arthritis; the rheumatology guideline "
     "strongly advises against them (ACR, 2019).",
     "The ACR/AF 2019 guideline strongly recommends against stem-cell injections for knee OA; "
     "a 2023 randomized trial found no product better than a steroid shot (Mautner et al.)."},
    {ClaimKind::kSuperiorToStandard, Severity::kMedium, "Claims to beat standard care",
     "In the largest randomized trial these injections were no better than a steroid shot (Nat "
     "Med, 2023).",
     "Claims of matching or beating standard care were ruled unsupported in FTC v. Henderson "
     "(2018); in a randomized trial, cell injections were no better than a steroid shot "
     "(Mautner et al., Nat Med 2023)."},
    {ClaimKind::kRegulatoryRegistration, Severity::kLow, "Cites a registration or licence",
     "A registration or licence shows a facility is authorised, not that the treatment is approved "
     "or works (FDA, 2021).",
     "A registration or licence (FDA-registered lab, COFEPRIS, INVIMA) shows the establishment "
     "is authorised, not that the treatment is approved or works (FDA notice, Jun 2021)."},
    {ClaimKind::kPatientFundedTrial, Severity::kHigh, "Charges patients to join a study",
     "Paying to join a study outside an FDA-reviewed trial likely means being deceived (FDA, "
     "2021).",
     "Paying for these products outside an FDA-reviewed trial likely means being deceived (FDA "
     "notice, Jun 2021); ask for the IND number and the IRB approval."},
    {ClaimKind::kCellCount, Severity::kInfo, "Sells on cell count",
     "A cell count is a dose, not evidence that the treatment works.",
     "A cell count is a dose, not evidence of benefit; it is listed for context only."},
};

const KindInfo* Find(ClaimKind kind) {
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

Severity ClaimSeverity(ClaimKind kind) {
  const KindInfo* k = Find(kind);
  return k ? k->severity : Severity::kMedium;
}

const char* ClaimLabel(ClaimKind kind) {
  const KindInfo* k = Find(kind);
  return k ? k->label : "Other marketing claim";
}

const char* ClaimWhy(ClaimKind kind) {
  const KindInfo* k = Find(kind);
  return k ? k->why
           : "A marketing claim outside the known kinds; check it against the FDA's advice to "
             "patients (FDA, 2021).";
}

const char* ClaimContextNote(ClaimKind kind) {
  const KindInfo* k = Find(kind);
  return k ? k->note
           : "A marketing claim outside DOMAIN.md's taxonomy; check it against the FDA consumer "
             "notice of Jun 2021 and the ISSCR warning signs.";
}

}  // namespace clinicrank
