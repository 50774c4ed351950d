// Names and parsers of the typed fact enums (parsers/extract/fact_kinds.h).
// Each enum has one name table; parsing is a lookup in the same table.
#include "parsers/extract/fact_kinds.h"

#include <array>
#include <utility>

namespace clinicrank {
namespace {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, const char*>, N>;

constexpr NameTable<Treatment, 5> kTreatments = {{
    {Treatment::kStemCell, "stem_cell"},
    {Treatment::kPrp, "prp"},
    {Treatment::kConsultation, "consultation"},
    {Treatment::kSurgery, "surgery"},
    {Treatment::kOther, "other"},
}};

constexpr NameTable<PriceBasis, 7> kBases = {{
    {PriceBasis::kPerKnee, "per_knee"},
    {PriceBasis::kBothKnees, "both_knees"},
    {PriceBasis::kPerInjection, "per_injection"},
    {PriceBasis::kPerTreatment, "per_treatment"},
    {PriceBasis::kPackage, "package"},
    {PriceBasis::kPerMonth, "per_month"},
    {PriceBasis::kUnspecified, "unspecified"},
}};

constexpr NameTable<CellSource, 9> kSources = {{
    {CellSource::kBoneMarrow, "bone_marrow"},
    {CellSource::kAdipose, "adipose"},
    {CellSource::kPeripheralBlood, "peripheral_blood"},
    {CellSource::kAmniotic, "amniotic"},
    {CellSource::kUmbilicalCord, "umbilical_cord"},
    {CellSource::kWhartonJelly, "wharton_jelly"},
    {CellSource::kPlacental, "placental"},
    {CellSource::kExosomes, "exosomes"},
    {CellSource::kDonorUnspecified, "donor_unspecified"},
}};

constexpr NameTable<ClaimKind, 17> kClaimKinds = {{
    {ClaimKind::kFdaApproved, "fda_approved"},
    {ClaimKind::kCure, "cure"},
    {ClaimKind::kGuarantee, "guarantee"},
    {ClaimKind::kSuccessRate, "success_rate"},
    {ClaimKind::kNoRisk, "no_risk"},
    {ClaimKind::kRegrowsCartilage, "regrows_cartilage"},
    {ClaimKind::kAvoidsSurgery, "avoids_surgery"},
    {ClaimKind::kTreatsManyConditions, "treats_many_conditions"},
    {ClaimKind::kTestimonial, "testimonial"},
    {ClaimKind::kLiveCellsBirthTissue, "live_cells_birth_tissue"},
    {ClaimKind::kInsuranceCoverage, "insurance_coverage"},
    {ClaimKind::kClinicallyProven, "clinically_proven"},
    {ClaimKind::kSuperiorToStandard, "superior_to_standard"},
    {ClaimKind::kRegulatoryRegistration, "regulatory_registration"},
    {ClaimKind::kPatientFundedTrial, "patient_funded_trial"},
    {ClaimKind::kCellCount, "cell_count"},
    {ClaimKind::kOther, "other"},
}};

constexpr NameTable<CostItem, kCostItemCount> kCostItems = {{
    {CostItem::kEvaluationImaging, "evaluation_imaging"},
    {CostItem::kHarvestProcessing, "harvest_processing"},
    {CostItem::kGuidedInjection, "guided_injection"},
    {CostItem::kFollowUp, "follow_up"},
}};

constexpr NameTable<CostItem, kCostItemCount> kCostItemLabels = {{
    {CostItem::kEvaluationImaging, "evaluation and imaging"},
    {CostItem::kHarvestProcessing, "cell harvest and processing"},
    {CostItem::kGuidedInjection, "the injection"},
    {CostItem::kFollowUp, "follow-up"},
}};

constexpr NameTable<DisclosureKind, 2> kDisclosures = {{
    {DisclosureKind::kRisks, "risks"},
    {DisclosureKind::kNotApproved, "not_approved"},
}};

template <typename E, size_t N>
const char* NameOf(const NameTable<E, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return table.back().second;
}

template <typename E, size_t N>
std::optional<E> Lookup(const NameTable<E, N>& table, std::string_view name) {
  for (const auto& [e, n] : table) {
    if (name == n) return e;
  }
  return std::nullopt;
}

}  // namespace

const char* TreatmentName(Treatment t) { return NameOf(kTreatments, t); }
const char* PriceBasisName(PriceBasis b) { return NameOf(kBases, b); }
const char* CellSourceName(CellSource s) { return NameOf(kSources, s); }
const char* ClaimKindName(ClaimKind k) { return NameOf(kClaimKinds, k); }
const char* CostItemName(CostItem c) { return NameOf(kCostItems, c); }
const char* CostItemLabel(CostItem c) { return NameOf(kCostItemLabels, c); }
const char* DisclosureKindName(DisclosureKind d) { return NameOf(kDisclosures, d); }

std::optional<Treatment> ParseTreatment(std::string_view s) { return Lookup(kTreatments, s); }
std::optional<PriceBasis> ParsePriceBasis(std::string_view s) { return Lookup(kBases, s); }
std::optional<CellSource> ParseCellSource(std::string_view s) { return Lookup(kSources, s); }
std::optional<CostItem> ParseCostItem(std::string_view s) { return Lookup(kCostItems, s); }
std::optional<DisclosureKind> ParseDisclosureKind(std::string_view s) {
  return Lookup(kDisclosures, s);
}

ClaimKind ParseClaimKind(std::string_view s) {
  return Lookup(kClaimKinds, s).value_or(ClaimKind::kOther);
}

bool IsOwnCellSource(CellSource s) {
  return s == CellSource::kBoneMarrow || s == CellSource::kAdipose ||
         s == CellSource::kPeripheralBlood;
}

}  // namespace clinicrank
