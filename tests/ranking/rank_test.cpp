#include "ranking/rank.h"

#include <catch2/catch.hpp>

#include "tests/ranking/fake_facts.h"

namespace clinicrank {
namespace {

using testing::GoodClinic;
using testing::StemCellPrice;
using testing::TestRates;

const ChecklistItem& Item(const RankedClinic& c, const std::string& id) {
  for (const ChecklistItem& item : c.checklist) {
    if (item.item == id) return item;
  }
  FAIL("no checklist item " << id);
  return c.checklist.front();
}

RankedClinic RankOne(const ClinicFacts& f, const Weights& w = Weights()) {
  return RankClinics({f}, w, TestRates()).clinics.at(0);
}

// seed-article.md "Expert Tips": every item met scores 100.
TEST_CASE("A clinic meeting every checklist item scores 100", "[ranking][contract]") {
  RankedClinic c = RankOne(GoodClinic("Good"));
  CHECK(c.score == Approx(100));
  CHECK(c.rank == 1);
  REQUIRE(c.checklist.size() == 6);
  for (const ChecklistItem& item : c.checklist) {
    CAPTURE(item.item, item.note);
    CHECK(item.status == ItemStatus::kPass);
    CHECK(item.points == Approx(item.max_points));
  }
  CHECK(Item(c, "ultrasound_guidance").evidence == "All injections are ultrasound-guided.");
  CHECK(Item(c, "own_live_cells").url == "https://good.example/");
}

TEST_CASE("Clinics sort by score, ties broken by name", "[ranking][contract]") {
  ClinicFacts weak = GoodClinic("Aardvark Weak");
  weak.ultrasound_guidance = TriState::kNo;
  ClinicFacts b = GoodClinic("Bravo");
  ClinicFacts a = GoodClinic("Alpha");
  Ranking r = RankClinics({weak, b, a}, Weights(), TestRates());
  REQUIRE(r.clinics.size() == 3);
  CHECK(r.clinics[0].name == "Alpha");
  CHECK(r.clinics[1].name == "Bravo");
  CHECK(r.clinics[2].name == "Aardvark Weak");
  CHECK(r.clinics[0].rank == 1);
  CHECK(r.clinics[2].rank == 3);
  CHECK(r.rates_date == "2026-11-01");
}

TEST_CASE("Display name falls back to domain, then source", "[ranking]") {
  ClinicFacts f = GoodClinic("x");
  f.clinic.name.reset();
  CHECK(ClinicDisplayName(f) == "good.example");
  f.clinic.domain.reset();
  CHECK(ClinicDisplayName(f) == "sample_pages/x");
}

// docs/ranking.md: unknown is neither pass nor fail; it earns 0 points.
TEST_CASE("Unknown items are shown as unknown and earn no points", "[ranking][contract]") {
  ClinicFacts f = GoodClinic("Quiet");
  f.ultrasound_guidance = TriState::kUnknown;
  f.evidence.erase(f.evidence.begin());
  RankedClinic c = RankOne(f);
  const ChecklistItem& us = Item(c, "ultrasound_guidance");
  CHECK(us.status == ItemStatus::kUnknown);
  CHECK(us.points == 0);
  CHECK(us.max_points == 20);
  CHECK(us.evidence.empty());
  CHECK(c.score == Approx(80));

  ClinicFacts no = GoodClinic("Says no");
  no.ultrasound_guidance = TriState::kNo;
  CHECK(Item(RankOne(no), "ultrasound_guidance").status == ItemStatus::kFail);
  CHECK(RankOne(no).score == Approx(80));
}

TEST_CASE("Cell origin decides own_live_cells", "[ranking][contract]") {
  struct Case {
    std::string origin;
    std::vector<std::string> sources;
    ItemStatus want;
  };
  const Case cases[] = {
      {"autologous", {"adipose"}, ItemStatus::kPass},
      {"allogeneic", {"amniotic"}, ItemStatus::kFail},
      {"mixed", {"bone_marrow", "umbilical_cord"}, ItemStatus::kFail},
      {"unknown", {}, ItemStatus::kUnknown},
      {"unknown", {"bone_marrow"}, ItemStatus::kPass},
      {"unknown", {"wharton_jelly"}, ItemStatus::kFail},
  };
  for (const Case& c : cases) {
    CAPTURE(c.origin, c.sources.size());
    ClinicFacts f = GoodClinic("C");
    f.cell_origin = c.origin;
    f.cell_sources = c.sources;
    CHECK(Item(RankOne(f), "own_live_cells").status == c.want);
  }
}

// DOMAIN.md §1: article band $3,500–8,000; Piuzzi 2018 range $1,150–12,000.
TEST_CASE("Stem-cell price is graded against the article band and study range",
          "[ranking][contract]") {
  struct Case {
    double low, high;
    std::string currency, basis;
    ItemStatus want;
    double fraction;
  };
  const Case cases[] = {
      {5000, 5000, "USD", "per_knee", ItemStatus::kPass, 1},
      {3500, 8000, "USD", "per_knee", ItemStatus::kPass, 1},
      {2000, 2000, "USD", "per_knee", ItemStatus::kPass, 0.5},
      {9000, 12000, "USD", "per_injection", ItemStatus::kPass, 0.5},
      {500, 500, "USD", "per_knee", ItemStatus::kFail, 0},
      {15000, 15000, "USD", "per_knee", ItemStatus::kFail, 0},
      {14000, 14000, "USD", "both_knees", ItemStatus::kPass, 1},  // $7,000 a knee
      {100000, 100000, "MXN", "per_knee", ItemStatus::kPass, 1},  // $5,000 at 20 MXN
      {2000, 2000, "EUR", "per_knee", ItemStatus::kPass, 1},      // $4,000 at 0.5 EUR
      {5000, 5000, "XYZ", "per_knee", ItemStatus::kUnknown, 0},   // no rate
      {199, 199, "USD", "per_month", ItemStatus::kUnknown, 0},    // financing
  };
  for (const Case& c : cases) {
    CAPTURE(c.low, c.high, c.currency, c.basis);
    ClinicFacts f = GoodClinic("P");
    f.prices = {StemCellPrice(c.low, c.high, c.currency, c.basis)};
    const RankedClinic r = RankOne(f);
    const ChecklistItem& item = Item(r, "stem_cell_price");
    CAPTURE(item.note);
    CHECK(item.status == c.want);
    CHECK(item.points == Approx(15 * c.fraction));
    REQUIRE(r.stem_cell_prices.size() == 1);
    CHECK(r.stem_cell_prices[0].original.low == c.low);  // original always kept
    CHECK(r.stem_cell_prices[0].original.currency == c.currency);
  }
}

TEST_CASE("Currency conversion uses the rates table", "[ranking]") {
  ClinicFacts f = GoodClinic("Mex");
  f.prices = {StemCellPrice(90000, 120000, "MXN")};
  RankedClinic c = RankOne(f);
  REQUIRE(c.price_low_usd);
  CHECK(*c.price_low_usd == Approx(4500));
  CHECK(*c.price_high_usd == Approx(6000));
  CHECK(Item(c, "stem_cell_price").status == ItemStatus::kPass);
}

TEST_CASE("No stem-cell price is unknown; other treatments are ignored", "[ranking]") {
  ClinicFacts f = GoodClinic("NoPrice");
  Price prp = StemCellPrice(500, 500);
  prp.treatment = "prp";
  f.prices = {prp};
  RankedClinic c = RankOne(f);
  CHECK(Item(c, "stem_cell_price").status == ItemStatus::kUnknown);
  CHECK(Item(c, "price_includes").status == ItemStatus::kUnknown);
  CHECK(c.stem_cell_prices.empty());
}

TEST_CASE("What the price includes", "[ranking][heuristic]") {
  struct Case {
    std::string quote;
    ItemStatus want;
    double fraction;
  };
  const Case cases[] = {
      {"$5,000 per knee, including evaluation, processing and follow-up", ItemStatus::kPass, 1},
      {"$5,000 per knee includes your consultation and MRI", ItemStatus::kPass, 1.0 / 3},
      {"$5,000 per knee. MRI and follow-up visits are not included.", ItemStatus::kFail, 0},
      {"$5,000 per knee", ItemStatus::kUnknown, 0},
      {"$5,000 por rodilla, incluye valoración y seguimiento", ItemStatus::kPass, 2.0 / 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.quote);
    ClinicFacts f = GoodClinic("I");
    f.prices[0].quote = c.quote;
    const RankedClinic ranked = RankOne(f);
    const ChecklistItem& item = Item(ranked, "price_includes");
    CHECK(item.status == c.want);
    CHECK(item.points == Approx(10 * c.fraction));
  }
}

TEST_CASE("Orthopedic experience is pass or unknown, never fail", "[ranking][heuristic]") {
  ClinicFacts f = GoodClinic("Plain");
  f.pages[0].title = "Home";
  CHECK(Item(RankOne(f), "orthopedic_experience").status == ItemStatus::kUnknown);
  f.evidence.push_back({"other", "Dr. Ruiz is a board-certified orthopaedic surgeon.", "u"});
  const RankedClinic c = RankOne(f);
  CHECK(Item(c, "orthopedic_experience").status == ItemStatus::kPass);
  CHECK(Item(c, "orthopedic_experience").evidence ==
        "Dr. Ruiz is a board-certified orthopaedic surgeon.");
}

// DOMAIN.md §4 severities: high 15, medium 8, low 3 by default.
TEST_CASE("Red flags subtract once per kind by severity", "[ranking][contract]") {
  ClinicFacts f = GoodClinic("Flags");
  f.claims.push_back({"fda_approved", std::nullopt, false, "FDA approved stem cells", "u1"});
  f.claims.push_back({"fda_approved", std::nullopt, false, "Our FDA approved therapy", "u2"});
  f.claims.push_back({"success_rate", 90, false, "90% success", "u3"});
  f.claims.push_back({"avoids_surgery", std::nullopt, false, "Avoid surgery", "u4"});
  f.claims.push_back({"success_rate", 80, true, "A study found 80% improved", "u5"});
  f.claims.push_back({"cell_count", std::nullopt, false, "100 million cells", "u6"});
  RankedClinic c = RankOne(f);
  CHECK(c.deductions == Approx(15 + 8 + 3));
  CHECK(c.score == Approx(100 - 26));
  REQUIRE(c.red_flags.size() == 6);
  CHECK(c.red_flags[0].kind == "fda_approved");  // high first
  CHECK(c.red_flags[0].deduction == 15);
  CHECK(c.red_flags[1].deduction == 0);  // the same kind again
  for (const RedFlag& flag : c.red_flags) {
    if (flag.cited || flag.kind == "cell_count") CHECK(flag.deduction == 0);
  }
}

TEST_CASE("Score is clamped to 0-100", "[ranking][contract]") {
  ClinicFacts f = GoodClinic("Awful");
  f.ultrasound_guidance = TriState::kNo;
  f.cell_origin = "allogeneic";
  for (const char* kind : {"fda_approved", "cure", "guarantee", "no_risk", "insurance_coverage",
                           "treats_many_conditions", "live_cells_birth_tissue"}) {
    f.claims.push_back({kind, std::nullopt, false, "quote", "u"});
  }
  RankedClinic c = RankOne(f);
  CHECK(c.deductions > c.checklist_score);
  CHECK(c.score == 0);
}

TEST_CASE("Weights change the score", "[ranking]") {
  ClinicFacts f = GoodClinic("W");
  f.ultrasound_guidance = TriState::kNo;
  Weights w;
  w.ultrasound_guidance = 0;
  CHECK(RankOne(f, w).score == Approx(100));
  w = Weights();
  w.ultrasound_guidance = 80;
  w.own_live_cells = 20;
  w.personalized_plan = 0;
  w.stem_cell_price = 0;
  w.price_includes = 0;
  w.orthopedic_experience = 0;
  CHECK(RankOne(f, w).score == Approx(20));
}

}  // namespace
}  // namespace clinicrank
