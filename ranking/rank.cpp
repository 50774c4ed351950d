// Scoring and ranking (ranking/rank.h).
#include "ranking/rank.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <set>

#include "ranking/rank_builder.h"

namespace clinicrank {
namespace {

double SeverityWeight(Severity s, const Weights& w) {
  switch (s) {
    case Severity::kHigh:
      return w.red_flag_high;
    case Severity::kMedium:
      return w.red_flag_medium;
    case Severity::kLow:
      return w.red_flag_low;
    case Severity::kInfo:
      break;
  }
  return 0;
}

// Each kind deducts once, by severity; a figure the clinic attributes to a
// study (`cited`) is listed but not deducted; info-level kinds are notes.
void CollectClaims(const ClinicFacts& f, const Weights& w, RankedClinic* c) {
  std::set<ClaimKind> deducted;
  for (const Claim& claim : f.claims) {
    RedFlag flag;
    flag.kind = claim.kind;
    flag.type = ParseClaimKind(claim.kind);
    flag.severity = ClaimSeverity(flag.type);
    flag.cited = claim.cited;
    flag.why = ClaimWhy(flag.type);
    flag.quote = claim.quote;
    flag.url = claim.url;
    if (flag.severity == Severity::kInfo) {
      c->notes.push_back(std::move(flag));
      continue;
    }
    if (!claim.cited && deducted.insert(flag.type).second) {
      flag.deduction = SeverityWeight(flag.severity, w);
    }
    c->red_flags.push_back(std::move(flag));
  }
  std::stable_sort(c->red_flags.begin(), c->red_flags.end(),
                   [](const RedFlag& a, const RedFlag& b) {
                     return static_cast<int>(a.severity) > static_cast<int>(b.severity);
                   });
}

double RoundTenth(double v) { return std::round(v * 10) / 10; }

}  // namespace

std::string ClinicDisplayName(const ClinicFacts& f) {
  if (f.clinic.name && !f.clinic.name->empty()) return *f.clinic.name;
  if (f.clinic.domain && !f.clinic.domain->empty()) return *f.clinic.domain;
  return f.source;
}

RankedClinic ScoreClinic(const ClinicFacts& f, const Weights& w, const Rates& rates) {
  RankedClinic c;
  c.source = f.source;
  c.name = ClinicDisplayName(f);
  c.domain = f.clinic.domain;
  c.country = f.clinic.country;
  c.warnings = f.warnings;
  c.pages_read = f.PagesRead();
  c.pages_total = f.pages.size();
  c.stem_cell_prices = StemCellPrices(f, rates);
  if (const std::optional<UsdRange> range = ComparableRange(c.stem_cell_prices)) {
    c.price_low_usd = range->low;
    c.price_high_usd = range->high;
  }
  const GradeInput in{f, c.stem_cell_prices};
  double earned = 0, max = 0;
  for (const CheckSpec& spec : Checklist()) {
    c.checklist.push_back(GradeItem(spec, in, w));
    earned += c.checklist.back().points;
    max += c.checklist.back().max_points;
  }
  c.checklist_score = max > 0 ? RoundTenth(100 * earned / max) : 0;
  CollectClaims(f, w, &c);
  for (const RedFlag& flag : c.red_flags) c.deductions += flag.deduction;
  c.score = RoundTenth(std::clamp(100 * (max > 0 ? earned / max : 0) - c.deductions, 0.0, 100.0));
  return c;
}

void Ranking::ForEachClinic(const std::function<void(const RankedClinic&)>& fn) const {
  if (spilled) {
    spilled->ForEach(fn);
    return;
  }
  for (const RankedClinic& c : clinics) fn(c);
}

// The same builder as a streaming run, with the facts kept in memory; the
// clinics are then read back once into `clinics`.
Ranking RankClinics(const std::vector<ClinicFacts>& facts, const RankOptions& options,
                    const Rates& rates) {
  RankBuilder builder(options, rates, std::make_shared<MemoryFactsShelf>());
  for (const ClinicFacts& f : facts) builder.Add(f);
  Ranking ranking = builder.Finish();
  ranking.clinics.reserve(ranking.ClinicCount());
  ranking.spilled->ForEach([&](const RankedClinic& c) { ranking.clinics.push_back(c); });
  ranking.spilled.reset();
  return ranking;
}

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const Weights& weights,
                    const Rates& rates) {
  RankOptions options;
  options.weights = weights;
  return RankClinics(facts, options, rates);
}

}  // namespace clinicrank
