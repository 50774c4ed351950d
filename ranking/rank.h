// Scores clinics against the checklist (ranking/checklist.h) and ranks them,
// best first, ties broken by name. Pure: facts, options and rates in, plain
// structs out. Grades facts only; how every item scores is in
// docs/ranking.md.
#ifndef CLINICRANK_RANKING_RANK_H_
#define CLINICRANK_RANKING_RANK_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/checklist.h"
#include "ranking/claim_kinds.h"
#include "ranking/filters.h"
#include "ranking/price_compare.h"
#include "ranking/rates.h"
#include "ranking/weights.h"

namespace clinicrank {

// A claim from the clinic's pages: a red flag (severity low and up) or an
// info-level note (kInfo, e.g. a cell count), shown apart.
struct RedFlag {
  std::string kind;  // the contract's spelling, as extracted
  ClaimKind type = ClaimKind::kOther;
  Severity severity = Severity::kMedium;
  double deduction = 0;  // 0 for a repeat of a kind, a cited figure or a note
  bool cited = false;
  std::string why;  // one plain sentence from the regulatory record (ClaimWhy)
  std::string quote;
  std::string url;
};

struct RankedClinic {
  int rank = 0;
  std::string source;
  std::string name;  // clinic.name, else domain, else source
  std::optional<std::string> domain;
  std::optional<std::string> country;
  double score = 0;                      // 0–100, one decimal
  double checklist_score = 0;            // before deductions, 0–100
  double deductions = 0;                 // total subtracted
  std::vector<ChecklistItem> checklist;  // in Checklist() order
  std::vector<RedFlag> red_flags;        // severity low and up, high first
  std::vector<RedFlag> notes;            // info-level: listed, never deducted
  std::vector<PricePoint> stem_cell_prices;
  std::optional<double> price_low_usd;  // the comparable range, per knee
  std::optional<double> price_high_usd;
  size_t pages_read = 0;              // pages facts were read from
  size_t pages_total = 0;             // pages given, readable or not
  std::vector<std::string> warnings;  // from extraction
};

// A clinic that is listed but not ranked.
struct SkippedClinic {
  std::string source;
  std::string name;
  std::string reason;  // "no readable pages: …", or why a filter left it out
};

struct RankOptions {
  Weights weights;
  RankFilter filter;
  // Report-level warnings to carry into every report, e.g. a rates table
  // older than a year (the app decides; ranking has no clock).
  std::vector<std::string> notices;
};

// Ranked clinics read back one at a time, in rank order, so a ranking of
// 100,000 clinics never holds their details at once (ranking/rank_builder.h).
class RankedClinicSource {
 public:
  virtual ~RankedClinicSource() = default;
  virtual size_t size() const = 0;
  // Calls `fn` with each clinic, best first, its rank set. A clinic that can
  // no longer be read back is skipped and error() says why.
  virtual void ForEach(const std::function<void(const RankedClinic&)>& fn) const = 0;
  // "" while every clinic has been read back; else the first failure.
  virtual std::string error() const = 0;
};

struct Ranking {
  // Best first. Empty when `spilled` holds the clinics instead.
  std::vector<RankedClinic> clinics;
  std::shared_ptr<const RankedClinicSource> spilled;
  std::vector<SkippedClinic> unreadable;    // no page could be read
  std::vector<SkippedClinic> filtered_out;  // left out by the filter
  Weights weights;
  std::string filter;  // DescribeFilter(options.filter); "" when none
  std::vector<std::string> notices;
  std::string rates_date;  // "" when no table was loaded
  std::string rates_source;
  // Over the ranked clinics, summed as they are ranked, so that a writer
  // need not read every clinic back for them.
  size_t pages_read = 0;
  size_t pages_total = 0;
  std::optional<double> max_price_high_usd;  // of the finite ones

  // The ranked clinics, wherever they are kept: writers use these.
  size_t ClinicCount() const { return spilled ? spilled->size() : clinics.size(); }
  void ForEachClinic(const std::function<void(const RankedClinic&)>& fn) const;
};

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const RankOptions& options,
                    const Rates& rates);
// The same with default options but `weights`.
Ranking RankClinics(const std::vector<ClinicFacts>& facts, const Weights& weights,
                    const Rates& rates);

// One clinic scored (rank left 0): what RankClinics does per clinic, for
// callers that stream. REQUIRES: facts.PagesRead() > 0.
RankedClinic ScoreClinic(const ClinicFacts& facts, const Weights& weights, const Rates& rates);

// The display name RankClinics uses for a clinic.
std::string ClinicDisplayName(const ClinicFacts& facts);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_RANK_H_
