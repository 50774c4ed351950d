// Scoring and ranking (ranking/rank.h).
#include "ranking/rank.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <set>

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

std::string FirstWarning(const ClinicFacts& f) {
  return f.warnings.empty() ? "no page given" : f.warnings.front();
}

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

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const RankOptions& options,
                    const Rates& rates) {
  Ranking ranking;
  ranking.weights = options.weights;
  ranking.filter = DescribeFilter(options.filter);
  ranking.notices = options.notices;
  ranking.rates_date = rates.date;
  ranking.rates_source = rates.source;
  for (const ClinicFacts& f : facts) {
    if (f.PagesRead() == 0) {
      ranking.unreadable.push_back(
          {f.source, ClinicDisplayName(f), "no readable pages: " + FirstWarning(f)});
      continue;
    }
    RankedClinic c = ScoreClinic(f, options.weights, rates);
    std::optional<UsdRange> price;
    if (c.price_low_usd) price = UsdRange{*c.price_low_usd, *c.price_high_usd};
    if (std::string why = FilterOut(options.filter, f, price); !why.empty()) {
      ranking.filtered_out.push_back({f.source, c.name, why});
      continue;
    }
    ranking.clinics.push_back(std::move(c));
  }
  std::sort(ranking.clinics.begin(), ranking.clinics.end(),
            [](const RankedClinic& a, const RankedClinic& b) {
              if (a.score != b.score) return a.score > b.score;
              if (a.name != b.name) return a.name < b.name;
              return a.source < b.source;
            });
  for (size_t i = 0; i < ranking.clinics.size(); ++i) {
    ranking.clinics[i].rank = static_cast<int>(i) + 1;
  }
  return ranking;
}

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const Weights& weights,
                    const Rates& rates) {
  RankOptions options;
  options.weights = weights;
  return RankClinics(facts, options, rates);
}

}  // namespace clinicrank
