// Typed enums for the contract's string values (../shared/CONTRACT.md,
// "extract output"): what a price is for, its basis, a cell source, a claim
// kind, and the cost items and disclosures issue 14 added. ClinicFacts keeps
// the contract's spellings as strings (the extractors write them); code that
// decides anything from them (ranking, filters, the audit) converts once
// with the Parse* functions here and switches on the enum, so a misspelt
// value is a compile error or a visible nullopt, never a silent mismatch.
#ifndef CLINICRANK_PARSERS_EXTRACT_FACT_KINDS_H_
#define CLINICRANK_PARSERS_EXTRACT_FACT_KINDS_H_

#include <optional>
#include <string_view>

namespace clinicrank {

// prices[].treatment
enum class Treatment { kStemCell, kPrp, kConsultation, kSurgery, kOther };
// prices[].basis
enum class PriceBasis {
  kPerKnee,
  kBothKnees,
  kPerInjection,
  kPerTreatment,
  kPackage,
  kPerMonth,
  kUnspecified,
};
// cell_sources[]
enum class CellSource {
  kBoneMarrow,
  kAdipose,
  kPeripheralBlood,
  kAmniotic,
  kUmbilicalCord,
  kWhartonJelly,
  kPlacental,
  kExosomes,
  kDonorUnspecified,
};
// claims[].kind (DOMAIN.md §4). kOther: a kind this build does not know
// (CONTRACT.md lets extractors add kinds).
enum class ClaimKind {
  kFdaApproved,
  kCure,
  kGuarantee,
  kSuccessRate,
  kNoRisk,
  kRegrowsCartilage,
  kAvoidsSurgery,
  kTreatsManyConditions,
  kTestimonial,
  kLiveCellsBirthTissue,
  kInsuranceCoverage,
  kClinicallyProven,
  kSuperiorToStandard,
  kRegulatoryRegistration,
  kPatientFundedTrial,
  kCellCount,
  kOther,
};
// price_includes[].item: the seed article's "what's included in the cost".
enum class CostItem { kEvaluationImaging, kHarvestProcessing, kGuidedInjection, kFollowUp };
inline constexpr int kCostItemCount = 4;
// risk_disclosure[].kind
enum class DisclosureKind {
  kRisks,        // states risks, side effects or complications
  kNotApproved,  // states the treatment is not FDA-approved (or not
                 // authorised / recommended by a regulator), or experimental
};

// Contract spellings: "stem_cell", "per_knee", "bone_marrow", ...
const char* TreatmentName(Treatment t);
const char* PriceBasisName(PriceBasis b);
const char* CellSourceName(CellSource s);
const char* ClaimKindName(ClaimKind k);            // "other" for kOther
const char* CostItemName(CostItem c);              // "evaluation_imaging", ...
const char* DisclosureKindName(DisclosureKind d);  // "risks", "not_approved"

// Plain words for readers: "evaluation and imaging", "follow-up", ...
const char* CostItemLabel(CostItem c);

std::optional<Treatment> ParseTreatment(std::string_view s);
std::optional<PriceBasis> ParsePriceBasis(std::string_view s);
std::optional<CellSource> ParseCellSource(std::string_view s);
ClaimKind ParseClaimKind(std::string_view s);  // kOther when unknown
std::optional<CostItem> ParseCostItem(std::string_view s);
std::optional<DisclosureKind> ParseDisclosureKind(std::string_view s);

// The patient's own cells (bone marrow, fat, blood) as opposed to
// birth-tissue, exosome or donor products (DOMAIN.md §5). The one place
// this is decided.
bool IsOwnCellSource(CellSource s);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_FACT_KINDS_H_
