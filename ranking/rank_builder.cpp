// Ranking as clinics arrive (ranking/rank_builder.h).
#include "ranking/rank_builder.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace clinicrank {
namespace {

// What a clinic keeps in memory is bounded whatever its pages say: sort keys
// and unranked entries hold at most this many bytes of each text.
constexpr size_t kKeyBytes = 256;
constexpr size_t kEntryBytes = 300;

// At most `max` bytes of `s`, cut at a UTF-8 character boundary; `mark`
// ("…") is added when something was cut.
std::string Clip(const std::string& s, size_t max, std::string_view mark = "") {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + std::string(mark);
}

SkippedClinic Entry(const std::string& source, const std::string& name, const std::string& why) {
  return {Clip(source, kEntryBytes, "…"), Clip(name, kEntryBytes, "…"),
          Clip(why, kEntryBytes, "…")};
}

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
                 const Weights& weights, const Rates& rates, ReadBackHooks hooks)
      : tickets_(std::move(tickets)),
        shelf_(std::move(shelf)),
        weights_(weights),
        rates_(rates),
        hooks_(std::move(hooks)) {}

  size_t size() const override { return tickets_.size(); }

  void ForEach(const std::function<void(const RankedClinic&)>& fn) const override {
    ClinicFacts facts;
    ++passes_;
    for (size_t i = 0; i < tickets_.size(); ++i) {
      if (hooks_.cancelled && hooks_.cancelled()) return;
      std::string error;
      if (!shelf_->Get(tickets_[i], &facts, &error)) {
        if (error_.empty()) error_ = error;
        continue;
      }
      RankedClinic c = ScoreClinic(facts, weights_, rates_);
      c.rank = static_cast<int>(i) + 1;
      fn(c);
      if (hooks_.progress) hooks_.progress(i + 1, passes_);
    }
  }

  std::string error() const override { return error_; }

 private:
  std::vector<uint64_t> tickets_;  // best first
  std::shared_ptr<FactsShelf> shelf_;
  Weights weights_;
  Rates rates_;
  ReadBackHooks hooks_;
  mutable size_t passes_ = 0;
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
        Entry(f.source, ClinicDisplayName(f), "no readable pages: " + FirstWarning(f)));
    return;
  }
  const RankedClinic c = ScoreClinic(f, options_.weights, rates_);
  std::optional<UsdRange> price;
  if (c.price_low_usd) price = UsdRange{*c.price_low_usd, *c.price_high_usd};
  if (std::string why = FilterOut(options_.filter, f, price); !why.empty()) {
    ranking_.filtered_out.push_back(Entry(f.source, c.name, why));
    return;
  }
  keys_.push_back(
      {c.score, Clip(c.name, kKeyBytes), Clip(c.source, kKeyBytes), arrival, shelf_->Put(f)});
  ranking_.pages_read += c.pages_read;
  ranking_.pages_total += c.pages_total;
  if (c.price_high_usd && std::isfinite(*c.price_high_usd)) {
    ranking_.max_price_high_usd = std::max(ranking_.max_price_high_usd.value_or(*c.price_high_usd),
                                           *c.price_high_usd);
  }
}

size_t RankBuilder::RepeatedSources() const {
  std::vector<std::string_view> sources;
  sources.reserve(keys_.size());
  for (const SortKey& k : keys_) sources.push_back(k.source);
  std::sort(sources.begin(), sources.end());
  size_t repeats = 0;
  for (size_t i = 1; i < sources.size(); ++i) repeats += sources[i] == sources[i - 1] ? 1 : 0;
  return repeats;
}

Ranking RankBuilder::Finish(ReadBackHooks hooks) {
  std::sort(keys_.begin(), keys_.end(), KeyBefore());
  std::vector<uint64_t> tickets;
  tickets.reserve(keys_.size());
  for (const SortKey& k : keys_) tickets.push_back(k.ticket);
  keys_.clear();
  keys_.shrink_to_fit();
  Ranking ranking = std::move(ranking_);
  ranking.spilled =
      std::make_shared<ShelvedClinics>(std::move(tickets), shelf_, options_.weights, rates_,
                                       std::move(hooks));
  return ranking;
}

}  // namespace clinicrank
