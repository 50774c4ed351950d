// The checklist table and its grading functions (ranking/checklist.h). Each
// function reads the facts one extractor decided; none reads a quote.
#include "ranking/checklist.h"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string_view>

#include "parsers/extract/fact_kinds.h"

namespace clinicrank {
namespace {

const Evidence* FindEvidence(const ClinicFacts& f, std::initializer_list<std::string_view> fields) {
  for (std::string_view field : fields) {
    for (const Evidence& e : f.evidence) {
      if (e.field == field) return &e;
    }
  }
  return nullptr;
}

ChecklistItem Result(ItemStatus status, std::string note, const Evidence* e = nullptr) {
  ChecklistItem item;
  item.status = status;
  item.note = std::move(note);
  if (e != nullptr) {
    item.evidence = e->quote;
    item.url = e->url;
  }
  return item;
}

ChecklistItem Result(ItemStatus status, std::string note, const std::string& quote,
                     const std::string& url) {
  ChecklistItem item = Result(status, std::move(note));
  item.evidence = quote;
  item.url = url;
  return item;
}

std::string Dollars(double usd) { return FormatDollars(usd); }

std::string UsdText(const UsdRange& r) {
  return std::round(r.low) == std::round(r.high) ? Dollars(r.low)
                                                   : Dollars(r.low) + "–" + Dollars(r.high);
}

// ---- Grading, one function per item --------------------------------------

ChecklistItem GradeOwnCells(const GradeInput& in) {
  const ClinicFacts& f = in.facts;
  switch (f.own_cells_only) {
    case TriState::kYes:
      return Result(ItemStatus::kPass, "Only the patient's own cells.",
                    FindEvidence(f, {"own_cells_only", "cell_origin", "cell_sources"}));
    case TriState::kNo:
      return Result(ItemStatus::kFail,
                    f.cell_origin == "mixed"
                        ? "Offers amniotic, cord or donor products besides the patient's own cells."
                        : "Uses birth-tissue, exosome or donor products.",
                    FindEvidence(f, {"cell_origin", "cell_sources"}));
    case TriState::kUnknown:
      break;
  }
  return Result(ItemStatus::kUnknown, "The pages read do not say where the cells come from.");
}

ChecklistItem GradeTriState(TriState value, const Evidence* e) {
  switch (value) {
    case TriState::kYes:
      return Result(ItemStatus::kPass, "The clinic says so.", e);
    case TriState::kNo:
      return Result(ItemStatus::kFail, "The clinic says it does not.", e);
    case TriState::kUnknown:
      break;
  }
  return Result(ItemStatus::kUnknown, "The pages read do not say.");
}

ChecklistItem GradeUltrasound(const GradeInput& in) {
  return GradeTriState(in.facts.ultrasound_guidance,
                       FindEvidence(in.facts, {"ultrasound_guidance"}));
}

ChecklistItem GradePlan(const GradeInput& in) {
  return GradeTriState(in.facts.personalized_plan, FindEvidence(in.facts, {"personalized_plan"}));
}

// Seed article: $3,500–8,000 per knee; DOMAIN.md §1: Piuzzi 2018 range
// $1,150–12,000.
ChecklistItem GradePrice(const GradeInput& in) {
  const std::optional<UsdRange> range = ComparableRange(in.prices);
  if (!range) {
    if (in.prices.empty()) {
      return Result(ItemStatus::kUnknown, "No stem-cell price stated on the pages read.");
    }
    const PricePoint& p = in.prices.front();
    return Result(ItemStatus::kUnknown,
                  "A stem-cell price is stated but cannot be compared (" + p.note + ").",
                  p.original.quote, p.original.url);
  }
  const PricePoint* first = nullptr;
  for (const PricePoint& p : in.prices) {
    if (p.low_usd && first == nullptr) first = &p;
  }
  const std::string text = UsdText(*range) + " per knee";
  ItemStatus status = ItemStatus::kFail;
  std::string note = text + ": outside the independent range $1,150–12,000 (Piuzzi 2018).";
  if (range->low >= kArticleLowUsd && range->high <= kArticleHighUsd) {
    status = ItemStatus::kPass;
    note = text + ": within the article's $3,500–8,000.";
  } else if (range->low >= kStudyLowUsd && range->high <= kStudyHighUsd) {
    status = ItemStatus::kPartial;
    note = text +
           ": outside the article's $3,500–8,000 but within the independent $1,150–12,000 "
           "(Piuzzi 2018).";
  }
  return Result(status, note, first->original.quote, first->original.url);
}

std::string JoinItems(const std::vector<CostItem>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += CostItemLabel(items[i]);
  }
  return out;
}

// Seed article, "What's included in the cost": evaluation and imaging,
// extraction and processing, guided injection, follow-up.
ChecklistItem GradeIncludes(const GradeInput& in) {
  std::vector<CostItem> included, extra;
  const PriceInclusion* first_included = nullptr;
  const PriceInclusion* first_extra = nullptr;
  for (const PriceInclusion& p : in.facts.price_includes) {
    const std::optional<CostItem> item = ParseCostItem(p.item);
    if (!item) continue;
    (p.included ? included : extra).push_back(*item);
    const PriceInclusion*& first = p.included ? first_included : first_extra;
    if (first == nullptr) first = &p;
  }
  std::string note;
  if (!included.empty()) note = "Included: " + JoinItems(included) + ".";
  if (!extra.empty())
    note += std::string(note.empty() ? "" : " ") + "Extra: " + JoinItems(extra) + ".";
  const PriceInclusion* shown = first_included != nullptr ? first_included : first_extra;
  if (shown == nullptr) {
    return Result(ItemStatus::kUnknown, "The pages read do not say what the price includes.");
  }
  ItemStatus status = included.size() >= 3 ? ItemStatus::kPass
                      : !included.empty()  ? ItemStatus::kPartial
                                           : ItemStatus::kFail;
  return Result(status, note, shown->quote, shown->url);
}

// Seed article: "Have experience treating orthopedic conditions".
ChecklistItem GradeOrthopedic(const GradeInput& in) {
  if (in.facts.orthopedic_experience == TriState::kYes) {
    return Result(ItemStatus::kPass,
                  "The clinic names orthopedic or sports-medicine training of its own clinicians.",
                  FindEvidence(in.facts, {"orthopedic_experience"}));
  }
  return Result(ItemStatus::kUnknown,
                "The pages read do not name orthopedic or sports-medicine training of the "
                "clinic's own clinicians.");
}

bool ClaimsKind(const ClinicFacts& f, ClaimKind kind) {
  for (const Claim& c : f.claims) {
    if (!c.cited && ParseClaimKind(c.kind) == kind) return true;
  }
  return false;
}

// DOMAIN.md §3: "risks stated"; §2: no stem-cell product is approved.
ChecklistItem GradeRiskDisclosure(const GradeInput& in) {
  const Disclosure* risks = nullptr;
  const Disclosure* approval = nullptr;
  for (const Disclosure& d : in.facts.risk_disclosure) {
    const std::optional<DisclosureKind> kind = ParseDisclosureKind(d.kind);
    if (kind == DisclosureKind::kRisks && risks == nullptr) risks = &d;
    if (kind == DisclosureKind::kNotApproved && approval == nullptr) approval = &d;
  }
  const Disclosure* shown = risks != nullptr ? risks : approval;
  if (risks != nullptr && approval != nullptr) {
    return Result(ItemStatus::kPass, "States the risks and that the treatment is not approved.",
                  shown->quote, shown->url);
  }
  if (shown != nullptr) {
    return Result(ItemStatus::kPartial,
                  risks != nullptr ? "States the risks, not that the treatment is unapproved."
                                   : "States that the treatment is not approved, not its risks.",
                  shown->quote, shown->url);
  }
  if (ClaimsKind(in.facts, ClaimKind::kNoRisk) || ClaimsKind(in.facts, ClaimKind::kFdaApproved)) {
    return Result(ItemStatus::kFail,
                  "Claims no risk or FDA approval instead of stating the risks (see red flags).");
  }
  return Result(ItemStatus::kUnknown, "The pages read state neither risks nor approval status.");
}

// ---- The table -------------------------------------------------------------

constexpr CheckSpec kChecklist[] = {
    {CheckItem::kOwnLiveCells, "own_live_cells", "Own cells", "Cells",
     "Uses the patient's own live cells (bone marrow or fat), not amniotic or donor products",
     "own_cells_only (from cell_origin and cell_sources)",
     "own_cells_only is yes: only the patient's own cells", "",
     "own_cells_only is no: birth-tissue, exosome or donor products, alone or beside own cells",
     "no cell source named", &Weights::own_live_cells, true, GradeOwnCells},
    {CheckItem::kUltrasoundGuidance, "ultrasound_guidance", "Ultrasound", "US",
     "Injects under ultrasound guidance", "ultrasound_guidance", "ultrasound_guidance is yes", "",
     "ultrasound_guidance is no (it says it does not, or injects by landmarks)", "silent",
     &Weights::ultrasound_guidance, true, GradeUltrasound},
    {CheckItem::kPersonalizedPlan, "personalized_plan", "Plan", "Plan",
     "Offers a personalized treatment plan", "personalized_plan", "personalized_plan is yes", "",
     "personalized_plan is no (e.g. one standard protocol for every patient)", "silent",
     &Weights::personalized_plan, true, GradePlan},
    {CheckItem::kStemCellPrice, "stem_cell_price", "Price", "Price",
     "States a stem-cell price within the article's $3,500–8,000 per knee (independent range "
     "$1,150–12,000)",
     "prices[] with treatment stem_cell, in USD per knee",
     "the whole comparable range lies within the article's $3,500–8,000",
     "it lies within the independent $1,150–12,000 (Piuzzi 2018) but not the article's band",
     "some of it lies outside $1,150–12,000", "no stem-cell price, or none that can be compared",
     &Weights::stem_cell_price, true, GradePrice},
    {CheckItem::kPriceIncludes, "price_includes", "Included", "Incl",
     "Says what the price includes (evaluation and imaging, cell harvest and processing, the "
     "injection, follow-up)",
     "price_includes[]", "3 or 4 of the four items stated as included", "1 or 2 stated as included",
     "only extras stated, none of the four included", "nothing stated about it",
     &Weights::price_includes, true, GradeIncludes},
    {CheckItem::kOrthopedicExperience, "orthopedic_experience", "Orthopedic", "Orth",
     "Its own clinicians are trained or board-certified in orthopedics or sports medicine",
     "orthopedic_experience", "orthopedic_experience is yes", "", "never (silence is not a fail)",
     "not stated", &Weights::orthopedic_experience, true, GradeOrthopedic},
    {CheckItem::kRiskDisclosure, "risk_disclosure", "Risks told", "Risks",
     "Tells patients the risks and that the treatment is not FDA-approved", "risk_disclosure[]",
     "states both the risks and the lack of approval", "states one of the two",
     "states neither and claims no risk or FDA approval", "states neither",
     &Weights::risk_disclosure, false, GradeRiskDisclosure},
};

}  // namespace

const char* ItemStatusName(ItemStatus s) {
  switch (s) {
    case ItemStatus::kPass:
      return "pass";
    case ItemStatus::kPartial:
      return "partial";
    case ItemStatus::kFail:
      return "fail";
    case ItemStatus::kUnknown:
      break;
  }
  return "unknown";
}

double StatusFraction(ItemStatus s) {
  switch (s) {
    case ItemStatus::kPass:
      return 1;
    case ItemStatus::kPartial:
      return 0.5;
    case ItemStatus::kFail:
    case ItemStatus::kUnknown:
      break;
  }
  return 0;
}

std::span<const CheckSpec> Checklist() { return kChecklist; }

const CheckSpec& SpecOf(CheckItem id) {
  for (const CheckSpec& s : kChecklist) {
    if (s.id == id) return s;
  }
  return kChecklist[0];
}

ChecklistItem GradeItem(const CheckSpec& spec, const GradeInput& in, const Weights& weights) {
  ChecklistItem item = spec.grade(in);
  item.id = spec.id;
  item.item = spec.key;
  item.label = spec.label;
  item.max_points = weights.*spec.weight;
  item.points = item.max_points * StatusFraction(item.status);
  return item;
}

}  // namespace clinicrank
