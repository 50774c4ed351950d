// Ranks clinics as they arrive, in memory bounded by what sorting needs
// (issue 17): each clinic is scored once on arrival, and only its sort key
// (score, name, source, arrival order) stays in memory; its facts go to a
// FactsShelf. The Ranking it finishes reads the clinics back one at a time,
// best first, and scores them again (scoring is pure, so the result is the
// one RankClinics gives in memory). Unreadable and filtered-out clinics are
// kept as one-line entries, as RankClinics keeps them. Memory per clinic is
// bounded whatever its pages say: a sort key compares the first 256 bytes of
// name and source (then arrival order); an entry keeps 300 bytes of each
// text, cut with "…".
#ifndef CLINICRANK_RANKING_RANK_BUILDER_H_
#define CLINICRANK_RANKING_RANK_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/rank.h"

namespace clinicrank {

// Where a clinic's facts wait between scoring and the report: memory (tests,
// small runs) or a file (app/facts_spill.h).
class FactsShelf {
 public:
  virtual ~FactsShelf() = default;
  // Keeps `facts`; returns the ticket that gets them back. On failure
  // (a full disk) returns a ticket whose Get fails, and error() says why.
  virtual uint64_t Put(const ClinicFacts& facts) = 0;
  // Replaces `*facts` with the facts kept under `ticket`. False with `error`
  // set when they cannot be read back.
  virtual bool Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const = 0;
  // "" while every Put has succeeded; else the first failure.
  virtual std::string error() const = 0;
};

// Keeps facts in a vector: for tests and for RankClinics.
class MemoryFactsShelf final : public FactsShelf {
 public:
  uint64_t Put(const ClinicFacts& facts) override;
  bool Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const override;
  std::string error() const override { return ""; }

 private:
  std::vector<ClinicFacts> facts_;
};

// Called while a finished ranking reads its clinics back (the app's
// progress, and its check for Ctrl-C or an output that failed). Both
// optional.
struct ReadBackHooks {
  // Checked before each clinic: true ends the pass; the rest are not read.
  std::function<bool()> cancelled;
  // After each clinic: its place in this pass (from 1) and the pass (from 1;
  // a report reads the clinics once per list it prints).
  std::function<void(size_t place, size_t pass)> progress;
};

class RankBuilder {
 public:
  RankBuilder(const RankOptions& options, const Rates& rates, std::shared_ptr<FactsShelf> shelf);

  // Scores one clinic and shelves its facts (or lists it as unreadable or
  // filtered out).
  void Add(const ClinicFacts& facts);
  // Clinics ranked so far (not counting unreadable or filtered-out ones).
  size_t ranked() const { return keys_.size(); }
  // Ranked clinics whose source (its first 256 bytes) another ranked clinic
  // has too: the same extract output given twice, say. Call before Finish.
  size_t RepeatedSources() const;
  // Sorts and returns the ranking; its clinics are read back from the shelf
  // through Ranking::spilled, calling `hooks`. Call once.
  Ranking Finish(ReadBackHooks hooks = {});

 private:
  struct SortKey {
    double score = 0;
    std::string name;
    std::string source;
    uint64_t arrival = 0;
    uint64_t ticket = 0;
  };

  RankOptions options_;
  Rates rates_;
  std::shared_ptr<FactsShelf> shelf_;
  std::vector<SortKey> keys_;
  Ranking ranking_;  // everything but the clinics
};

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_RANK_BUILDER_H_
