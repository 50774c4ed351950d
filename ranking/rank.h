// Scores clinics against the seed article's checklist (../shared/seed-article.md,
// "Expert Tips" and "Cost") and ranks them, best first, ties broken by name.
// Pure: facts, weights and rates in, plain structs out. How every item scores
// is documented in docs/ranking.md.
#ifndef CLINICRANK_RANKING_RANK_H_
#define CLINICRANK_RANKING_RANK_H_

#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/claim_kinds.h"
#include "ranking/rates.h"
#include "ranking/weights.h"

namespace clinicrank {

// The article's price band and the independent study range (DOMAIN.md §1,
// Piuzzi et al. 2018: mean $5,156, range $1,150–12,000), USD per knee.
inline constexpr double kArticleLowUsd = 3500;
inline constexpr double kArticleHighUsd = 8000;
inline constexpr double kStudyLowUsd = 1150;
inline constexpr double kStudyHighUsd = 12000;
inline constexpr double kStudyMeanUsd = 5156;

enum class ItemStatus { kPass, kFail, kUnknown };
const char* ItemStatusName(ItemStatus s);  // "pass", "fail", "unknown"

struct ChecklistItem {
  std::string item;   // id: own_live_cells, ultrasound_guidance, ...
  std::string label;  // e.g. "Uses the patient's own live cells"
  ItemStatus status = ItemStatus::kUnknown;
  double points = 0;
  double max_points = 0;
  std::string evidence;  // the quote that decided it, "" when none
  std::string url;       // where the quote is from, "" when none
  std::string note;      // how the ranker read it (our words, not the page's)
};

struct RedFlag {
  std::string kind;
  Severity severity = Severity::kMedium;
  double deduction = 0;  // 0 for a repeat of a kind, a cited figure or kInfo
  bool cited = false;
  std::string quote;
  std::string url;
};

// One stated stem-cell price, as stated and as compared.
struct PricePoint {
  Price original;
  std::optional<double> low_usd;   // per knee; nullopt when not comparable
  std::optional<double> high_usd;  // per knee
  std::string note;                // e.g. "both knees: halved", "no rate for XYZ"
};

struct RankedClinic {
  int rank = 0;
  std::string source;
  std::string name;  // clinic.name, else domain, else source
  std::optional<std::string> domain;
  std::optional<std::string> country;
  double score = 0;            // 0–100, one decimal
  double checklist_score = 0;  // before deductions, 0–100
  double deductions = 0;       // total subtracted
  std::vector<ChecklistItem> checklist;
  std::vector<RedFlag> red_flags;
  std::vector<PricePoint> stem_cell_prices;
  std::optional<double> price_low_usd;  // the comparable range, per knee
  std::optional<double> price_high_usd;
  std::vector<std::string> warnings;  // from extraction
};

struct Ranking {
  std::vector<RankedClinic> clinics;  // best first
  Weights weights;
  std::string rates_date;  // "" when no table was loaded
  std::string rates_source;
};

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const Weights& weights,
                    const Rates& rates);

// The display name RankClinics uses for a clinic.
std::string ClinicDisplayName(const ClinicFacts& facts);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_RANK_H_
