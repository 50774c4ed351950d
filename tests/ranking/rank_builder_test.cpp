// Ranking as clinics arrive (ranking/rank_builder.h, issue 17): the same
// ranking RankClinics gives, clinics read back one at a time in rank order,
// and a clinic that cannot be read back is reported, never silently lost.
#include "ranking/rank_builder.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/testing/clinic_site.h"

namespace clinicrank {
namespace {

std::vector<ClinicFacts> MixedClinics() {
  testing::ClinicSite cheap;
  cheap.name = "Cheap Clinic";
  cheap.domain = "cheap.example";
  cheap.price = "Stem cell therapy is $2,000 per knee.";
  testing::ClinicSite vague;
  vague.name = "Vague Clinic";
  vague.domain = "vague.example";
  vague.guidance = "";
  vague.plan = "";
  vague.extra = {"<p>Our stem cell therapy is FDA approved and cures arthritis.</p>"};
  testing::ClinicSite mexico;
  mexico.name = "Mexico Clinic";
  mexico.domain = "mexico.example";
  mexico.country = "MX";
  return {testing::GoodClinic("Zeta Clinic"), vague.Extract(),
          testing::UnreadableClinic("gone/clinic"), cheap.Extract(),
          testing::GoodClinic("Alpha Clinic"), mexico.Extract()};
}

std::vector<RankedClinic> ReadBack(const Ranking& r) {
  std::vector<RankedClinic> out;
  r.ForEachClinic([&out](const RankedClinic& c) { out.push_back(c); });
  return out;
}

// Fails to give back the clinic under one ticket, as a damaged disk would.
class LosingShelf final : public FactsShelf {
 public:
  explicit LosingShelf(uint64_t lost) : lost_(lost) {}
  uint64_t Put(const ClinicFacts& facts) override { return memory_.Put(facts); }
  bool Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const override {
    if (ticket == lost_) {
      *error = "read error";
      return false;
    }
    return memory_.Get(ticket, facts, error);
  }
  std::string error() const override { return ""; }

 private:
  MemoryFactsShelf memory_;
  uint64_t lost_;
};

TEST_CASE("The builder ranks as RankClinics does, read back in rank order", "[ranking][scale]") {
  const std::vector<ClinicFacts> facts = MixedClinics();
  RankOptions options;
  options.filter.countries = {"US"};
  const Ranking whole = RankClinics(facts, options, testing::TestRates());

  RankBuilder builder(options, testing::TestRates(), std::make_shared<MemoryFactsShelf>());
  for (const ClinicFacts& f : facts) builder.Add(f);
  CHECK(builder.ranked() == 4);  // one unreadable, one left out by the filter
  const Ranking streamed = builder.Finish();
  CHECK(streamed.clinics.empty());
  REQUIRE(streamed.spilled);
  CHECK(streamed.ClinicCount() == 4);
  CHECK(streamed.unreadable.size() == 1);
  CHECK(streamed.filtered_out.size() == 1);
  CHECK(streamed.filtered_out[0].name == "Mexico Clinic");

  const std::vector<RankedClinic> back = ReadBack(streamed);
  REQUIRE(back.size() == whole.clinics.size());
  for (size_t i = 0; i < back.size(); ++i) {
    CAPTURE(i);
    CHECK(back[i].rank == static_cast<int>(i) + 1);
    CHECK(back[i].name == whole.clinics[i].name);
    CHECK(back[i].score == whole.clinics[i].score);
    CHECK(back[i].checklist.size() == whole.clinics[i].checklist.size());
    CHECK(back[i].red_flags.size() == whole.clinics[i].red_flags.size());
  }
  // Best first; equal scores by name.
  CHECK(back[0].name == "Alpha Clinic");
  CHECK(back[1].name == "Zeta Clinic");
  CHECK(back.back().name == "Vague Clinic");
  // Reading back twice gives the same clinics (writers make several passes).
  CHECK(ReadBack(streamed).size() == back.size());
  CHECK(streamed.spilled->error().empty());
}

TEST_CASE("Clinics that tie on score, name and source keep their arrival order",
          "[ranking][scale]") {
  ClinicFacts first = testing::GoodClinic("Twin Clinic");
  ClinicFacts second = first;
  second.warnings.push_back("the second one");
  RankBuilder builder(RankOptions(), testing::TestRates(), std::make_shared<MemoryFactsShelf>());
  builder.Add(first);
  builder.Add(second);
  const std::vector<RankedClinic> back = ReadBack(builder.Finish());
  REQUIRE(back.size() == 2);
  CHECK(back[0].warnings.size() + 1 == back[1].warnings.size());
}

TEST_CASE("A clinic that cannot be read back is reported, not dropped silently",
          "[ranking][scale]") {
  RankBuilder builder(RankOptions(), testing::TestRates(), std::make_shared<LosingShelf>(1));
  builder.Add(testing::GoodClinic("Kept Clinic"));
  builder.Add(testing::GoodClinic("Lost Clinic"));
  const Ranking r = builder.Finish();
  CHECK(r.ClinicCount() == 2);
  const std::vector<RankedClinic> back = ReadBack(r);
  REQUIRE(back.size() == 1);
  CHECK(back[0].name == "Kept Clinic");
  CHECK(r.spilled->error() == "read error");
}

}  // namespace
}  // namespace clinicrank
