// The checklist, as one table: each item's id and weight key, the extracted
// fact it reads, its pass / partial / fail / unknown rules in words, and the
// plain-language line a patient reads. The six seed items come from the seed
// article's "Expert Tips" and "Cost" (../shared/seed-article.md); the
// seventh, risk_disclosure, from DOMAIN.md §3. Grading reads facts only,
// never quotes: every item is decided by an extractor (parsers/extract/).
// Every writer takes its columns, labels and rules from Checklist(), and
// docs/ranking.md repeats the rules (a test checks they agree).
#ifndef CLINICRANK_RANKING_CHECKLIST_H_
#define CLINICRANK_RANKING_CHECKLIST_H_

#include <span>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/price_compare.h"
#include "ranking/weights.h"

namespace clinicrank {

// kPartial earns half the item's points and is shown as partial, never as a
// pass. kUnknown (the pages do not say) earns nothing and is never a fail.
enum class ItemStatus { kPass, kPartial, kFail, kUnknown };
const char* ItemStatusName(ItemStatus s);  // "pass", "partial", "fail", "unknown"
// The share of an item's points a status earns: 1, 0.5, 0, 0.
double StatusFraction(ItemStatus s);

enum class CheckItem {
  kOwnLiveCells,
  kUltrasoundGuidance,
  kPersonalizedPlan,
  kStemCellPrice,
  kPriceIncludes,
  kOrthopedicExperience,
  kRiskDisclosure,
};

// What grading an item needs besides the facts.
struct GradeInput {
  const ClinicFacts& facts;
  const std::vector<PricePoint>& prices;  // StemCellPrices(facts, rates)
};

// One graded line of a clinic's checklist.
struct ChecklistItem {
  CheckItem id = CheckItem::kOwnLiveCells;
  std::string item;   // the key: own_live_cells, ultrasound_guidance, ...
  std::string label;  // the plain-language line
  ItemStatus status = ItemStatus::kUnknown;
  double points = 0;
  double max_points = 0;
  std::string evidence;  // the quote that decided it, "" when none
  std::string url;       // where the quote is from, "" when none
  std::string note;      // how it was read (our words, not the page's)
};

struct CheckSpec {
  CheckItem id;
  const char* key;      // checklist[].item and the --weights key
  const char* column;   // a short column heading: "Own cells"
  const char* abbrev;   // at most 5 characters, for the terminal table: "Cells"
  const char* label;    // the line a patient reads
  const char* fact;     // the extract field(s) it reads
  const char* pass;     // the rules, in words (docs/ranking.md repeats them)
  const char* partial;  // "" when the item has no partial
  const char* fail;
  const char* unknown;
  double Weights::*weight;
  bool seed;  // one of the seed article's six items (the compact table's marks)
  // Status, evidence and note; the caller sets points.
  ChecklistItem (*grade)(const GradeInput& in);
};

// Every item, in report order: the six seed items, then risk_disclosure.
std::span<const CheckSpec> Checklist();
const CheckSpec& SpecOf(CheckItem id);

// The item graded for one clinic, points scaled by `weights`.
ChecklistItem GradeItem(const CheckSpec& spec, const GradeInput& in, const Weights& weights);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_CHECKLIST_H_
