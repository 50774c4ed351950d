// How much each checklist item of the seed article is worth, and how much
// each red-flag claim costs (docs/ranking.md). Defaults below are the
// documented ones; `--weights FILE` overrides any subset of them.
#ifndef CLINICRANK_RANKING_WEIGHTS_H_
#define CLINICRANK_RANKING_WEIGHTS_H_

#include <span>
#include <string>
#include <string_view>

namespace clinicrank {

struct Weights {
  // Checklist items (max points). The earned points are scaled so that a
  // clinic passing every item scores 100 whatever these add up to.
  double own_live_cells = 25;         // Default: 25
  double ultrasound_guidance = 20;    // Default: 20
  double personalized_plan = 15;      // Default: 15
  double stem_cell_price = 15;        // Default: 15
  double price_includes = 10;         // Default: 10
  double orthopedic_experience = 15;  // Default: 15
  // Not in the seed article's checklist: shown for every clinic, counted
  // only when a weights file gives it points (e.g. {"risk_disclosure": 10}).
  double risk_disclosure = 0;  // Default: 0
  // Points subtracted from the 0–100 score, once per red-flag claim kind,
  // by the kind's severity (../shared/DOMAIN.md §4).
  double red_flag_high = 15;   // Default: 15
  double red_flag_medium = 8;  // Default: 8
  double red_flag_low = 3;     // Default: 3
};

// Every key a weights file may hold, in report order, with its field.
struct WeightKey {
  const char* key;
  double Weights::*member;
};
std::span<const WeightKey> WeightKeys();
// The largest weight a file may give: far above any sensible one, and low
// enough that sums and scores stay exact.
inline constexpr double kMaxWeight = 1000;

// Reads a JSON object whose keys are the field names above (e.g.
// {"ultrasound_guidance": 30, "red_flag_high": 20}) on top of `*weights`.
// Returns false and sets `error` (naming the key) for malformed JSON, an
// unknown key, a non-number or a number outside [0, kMaxWeight]; `*weights`
// is then unchanged.
bool ParseWeights(std::string_view json, Weights* weights, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_WEIGHTS_H_
