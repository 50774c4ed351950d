// Ranking as clinics arrive (ranking/rank_builder.h).
#include "ranking/rank_builder.h"

#include <algorithm>
#include <utility>

namespace clinicrank {
namespace {

std::string FirstWarning(const ClinicFacts& f) {
  return f.warnings.empty() ? "no page given" : f.warnings.front();
}

// Best first; ties by name, then source, then arrival, so the order never
// depends on the sort algorithm.
struct KeyBefore {
  template <typename Key>
  bool operator()(const Key& a, const Key& b) const {
    if (a.score != b.score) return a.score > b.score;
    if (a.name != b.name) return a.name < b.name;
    if (a.source != b.source) return a.source < b.source;
    return a.arrival < b.arrival;
  }
};

// Reads each clinic back from the shelf in rank order and scores it again.
class ShelvedClinics final : public RankedClinicSource {
 public:
  ShelvedClinics(std::vector<uint64_t> tickets, std::shared_ptr<FactsShelf> shelf,
                 const Weights& weights, const Rates& rates)
      : tickets_(std::move(tickets)), shelf_(std::move(shelf)), weights_(weights), rates_(rates) {}

  size_t size() const override { return tickets_.size(); }

  void ForEach(const std::function<void(const RankedClinic&)>& fn) const override {
    ClinicFacts facts;
    for (size_t i = 0; i < tickets_.size(); ++i) {
      std::string error;
      facts = ClinicFacts();
      if (!shelf_->Get(tickets_[i], &facts, &error)) {
        if (error_.empty()) error_ = error;
        continue;
      }
      RankedClinic c = ScoreClinic(facts, weights_, rates_);
      c.rank = static_cast<int>(i) + 1;
      fn(c);
    }
  }

  std::string error() const override { return error_; }

 private:
  std::vector<uint64_t> tickets_;  // best first
  std::shared_ptr<FactsShelf> shelf_;
  Weights weights_;
  Rates rates_;
  mutable std::string error_;
};

}  // namespace

uint64_t MemoryFactsShelf::Put(const ClinicFacts& facts) {
  facts_.push_back(facts);
  return facts_.size() - 1;
}

bool MemoryFactsShelf::Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const {
  if (ticket >= facts_.size()) {
    *error = "no clinic kept under ticket " + std::to_string(ticket);
    return false;
  }
  *facts = facts_[ticket];
  return true;
}

RankBuilder::RankBuilder(const RankOptions& options, const Rates& rates,
                         std::shared_ptr<FactsShelf> shelf)
    : options_(options), rates_(rates), shelf_(std::move(shelf)) {
  ranking_.weights = options.weights;
  ranking_.filter = DescribeFilter(options.filter);
  ranking_.notices = options.notices;
  ranking_.rates_date = rates.date;
  ranking_.rates_source = rates.source;
}

void RankBuilder::Add(const ClinicFacts& f) {
  const uint64_t arrival = keys_.size() + ranking_.unreadable.size() + ranking_.filtered_out.size();
  if (f.PagesRead() == 0) {
    ranking_.unreadable.push_back(
        {f.source, ClinicDisplayName(f), "no readable pages: " + FirstWarning(f)});
    return;
  }
  const RankedClinic c = ScoreClinic(f, options_.weights, rates_);
  std::optional<UsdRange> price;
  if (c.price_low_usd) price = UsdRange{*c.price_low_usd, *c.price_high_usd};
  if (std::string why = FilterOut(options_.filter, f, price); !why.empty()) {
    ranking_.filtered_out.push_back({f.source, c.name, why});
    return;
  }
  keys_.push_back({c.score, c.name, c.source, arrival, shelf_->Put(f)});
}

Ranking RankBuilder::Finish() {
  std::sort(keys_.begin(), keys_.end(), KeyBefore());
  std::vector<uint64_t> tickets;
  tickets.reserve(keys_.size());
  for (const SortKey& k : keys_) tickets.push_back(k.ticket);
  keys_.clear();
  keys_.shrink_to_fit();
  Ranking ranking = std::move(ranking_);
  ranking.spilled =
      std::make_shared<ShelvedClinics>(std::move(tickets), shelf_, options_.weights, rates_);
  return ranking;
}

}  // namespace clinicrank
