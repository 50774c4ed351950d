// ranking/checklist.h: one table drives grading, weights, every writer and
// docs/ranking.md (issue 14).
#include "ranking/checklist.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

TEST_CASE("Every checklist item has a weight key and complete rules", "[ranking][contract]") {
  std::set<std::string> weight_keys;
  for (const WeightKey& k : WeightKeys()) weight_keys.insert(k.key);
  std::set<std::string> keys;
  size_t seed = 0;
  for (const CheckSpec& spec : Checklist()) {
    CAPTURE(spec.key);
    CHECK(keys.insert(spec.key).second);
    CHECK(weight_keys.count(spec.key) == 1);
    CHECK(std::string(spec.abbrev).size() <= 5);
    for (const char* text :
         {spec.column, spec.label, spec.fact, spec.pass, spec.fail, spec.unknown}) {
      CHECK_FALSE(std::string(text).empty());
    }
    CHECK(SpecOf(spec.id).key == std::string(spec.key));
    seed += spec.seed ? 1 : 0;
  }
  CHECK(seed == 6);  // the seed article's six items
  const Weights defaults;
  double sum = 0;
  for (const CheckSpec& spec : Checklist()) sum += defaults.*spec.weight;
  CHECK(sum == Approx(100));
}

// docs/ranking.md repeats the table: each item's line and rules appear in it.
TEST_CASE("docs/ranking.md states every checklist rule", "[ranking][docs]") {
  const std::string doc = testing::ReadFileOrThrow(testing::SourceDir() + "/docs/ranking.md");
  for (const CheckSpec& spec : Checklist()) {
    CAPTURE(spec.key);
    CHECK(doc.find(std::string("`") + spec.key + "`") != std::string::npos);
    for (const char* rule : {spec.label, spec.pass, spec.partial, spec.fail, spec.unknown}) {
      CAPTURE(rule);
      CHECK(doc.find(rule) != std::string::npos);
    }
  }
}

TEST_CASE("Status names and fractions", "[ranking][contract]") {
  CHECK(std::string(ItemStatusName(ItemStatus::kPartial)) == "partial");
  CHECK(StatusFraction(ItemStatus::kPass) == 1);
  CHECK(StatusFraction(ItemStatus::kPartial) == 0.5);
  CHECK(StatusFraction(ItemStatus::kFail) == 0);
  CHECK(StatusFraction(ItemStatus::kUnknown) == 0);
}

}  // namespace
}  // namespace clinicrank
