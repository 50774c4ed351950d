// ranking/rank.h and ranking/checklist.h on facts made by ExtractClinic from
// HTML (tests/testing/clinic_site.h, sample_pages): the checklist graded
// from facts, partial points, red flags and notes, filters, clinics with no
// readable page (issue 14).
#include "ranking/rank.h"

#include <catch2/catch.hpp>

#include "tests/testing/clinic_site.h"

namespace clinicrank {
namespace {

using testing::ClinicSite;
using testing::GoodClinic;
using testing::TestRates;

const ChecklistItem& Item(const RankedClinic& c, const std::string& id) {
  for (const ChecklistItem& item : c.checklist) {
    if (item.item == id) return item;
  }
  FAIL("no checklist item " << id);
  return c.checklist.front();
}

RankedClinic RankOne(const ClinicFacts& f, const Weights& w = Weights()) {
  const Ranking r = RankClinics({f}, w, TestRates());
  REQUIRE(r.clinics.size() == 1);
  return r.clinics[0];
}

RankedClinic RankSite(const ClinicSite& site, const Weights& w = Weights()) {
  return RankOne(site.Extract(), w);
}

// seed-article.md "Expert Tips": every item met scores 100.
TEST_CASE("A clinic meeting every checklist item scores 100", "[ranking][contract]") {
  const RankedClinic c = RankOne(GoodClinic("Good"));
  CHECK(c.score == Approx(100));
  CHECK(c.rank == 1);
  REQUIRE(c.checklist.size() == Checklist().size());
  for (const ChecklistItem& item : c.checklist) {
    CAPTURE(item.item, item.note);
    CHECK(item.status == ItemStatus::kPass);
    CHECK(item.points == Approx(item.max_points));
    CHECK_FALSE(item.evidence.empty());  // every pass shows the quote behind it
  }
  CHECK(Item(c, "ultrasound_guidance").evidence == "Every knee injection is ultrasound-guided.");
  CHECK(Item(c, "own_live_cells").url == "https://good.example/");
  CHECK(c.pages_read == 2);
}

TEST_CASE("Clinics sort by score, ties broken by name", "[ranking][contract]") {
  ClinicSite weak;
  weak.name = "Aardvark Weak";
  weak.guidance = "We inject without imaging, using anatomical landmarks.";
  const Ranking r = RankClinics({weak.Extract(), GoodClinic("Bravo"), GoodClinic("Alpha")},
                                Weights(), TestRates());
  REQUIRE(r.clinics.size() == 3);
  CHECK(r.clinics[0].name == "Alpha");
  CHECK(r.clinics[1].name == "Bravo");
  CHECK(r.clinics[2].name == "Aardvark Weak");
  CHECK(r.clinics[2].rank == 3);
  CHECK(r.rates_date == "2026-11-01");
}

// docs/ranking.md: unknown is neither pass nor fail; it earns 0 points.
TEST_CASE("Silence is unknown, a stated no is a fail", "[ranking][contract]") {
  ClinicSite quiet;
  quiet.guidance = "";
  const ChecklistItem us = Item(RankSite(quiet), "ultrasound_guidance");
  CHECK(us.status == ItemStatus::kUnknown);
  CHECK(us.points == 0);
  CHECK(us.max_points == 20);
  CHECK(us.evidence.empty());
  CHECK(RankSite(quiet).score == Approx(80));

  ClinicSite blind;
  blind.guidance = "We inject without imaging, using anatomical landmarks.";
  CHECK(Item(RankSite(blind), "ultrasound_guidance").status == ItemStatus::kFail);
}

// Seed article: "Use live stem cells, not amniotic or donor tissue".
TEST_CASE("own_live_cells reads own_cells_only", "[ranking][contract]") {
  struct Case {
    const char* cells;
    ItemStatus want;
  };
  const Case cases[] = {
      {"We use your own fat tissue, processed the same day.", ItemStatus::kPass},
      {"We inject amniotic stem cells from donated placentas.", ItemStatus::kFail},
      {"We harvest your bone marrow and add an umbilical cord booster.", ItemStatus::kFail},
      {"", ItemStatus::kUnknown},
  };
  for (const Case& c : cases) {
    CAPTURE(c.cells);
    ClinicSite site;
    site.cells = c.cells;
    CHECK(Item(RankSite(site), "own_live_cells").status == c.want);
  }
}

// DOMAIN.md §1: article band $3,500–8,000; Piuzzi 2018 range $1,150–12,000.
// Half points are `partial`, never a pass.
TEST_CASE("Stem-cell price: pass, partial, fail, unknown", "[ranking][contract]") {
  struct Case {
    const char* price;
    ItemStatus want;
  };
  const Case cases[] = {
      {"Stem cell therapy is $5,000 per knee.", ItemStatus::kPass},
      {"Stem cell therapy costs $2,000 per knee.", ItemStatus::kPartial},
      {"Stem cell therapy is $14,000 for both knees.", ItemStatus::kPass},  // $7,000 a knee
      {"Stem cell therapy is $15,000 per knee.", ItemStatus::kFail},
      {"Stem cell therapy: 100,000 MXN por rodilla.", ItemStatus::kPass},  // $5,000 at 20
      {"Call us for a quote.", ItemStatus::kUnknown},
  };
  for (const Case& c : cases) {
    CAPTURE(c.price);
    ClinicSite site;
    site.price = c.price;
    const ChecklistItem item = Item(RankSite(site), "stem_cell_price");
    CAPTURE(item.note);
    CHECK(item.status == c.want);
    CHECK(item.points == Approx(15 * StatusFraction(c.want)));
  }
}

// Seed article, "What's included in the cost".
TEST_CASE("What the price includes comes from price_includes", "[ranking][heuristic]") {
  struct Case {
    const char* includes;
    ItemStatus want;
  };
  const Case cases[] = {
      {"The price includes the harvest, processing, the injection and two follow-up visits.",
       ItemStatus::kPass},
      {"The price includes two follow-up visits.", ItemStatus::kPartial},
      {"MRI and follow-up visits are charged separately.", ItemStatus::kFail},
      {"", ItemStatus::kUnknown},
  };
  for (const Case& c : cases) {
    CAPTURE(c.includes);
    ClinicSite site;
    site.includes = c.includes;
    const ChecklistItem item = Item(RankSite(site), "price_includes");
    CAPTURE(item.note);
    CHECK(item.status == c.want);
  }
}

// issue 14: a patient's "my orthopedic surgeon" or the clinic's name is
// no orthopedic experience.
TEST_CASE("Orthopedic experience is the clinic's own clinicians", "[ranking][heuristic]") {
  ClinicSite site;
  site.name = "Regenerative Orthopedics of Denver";
  site.team = "";
  site.extra = {
      "<div class=\"testimonial\"><p>\"My orthopedic surgeon can't believe "
      "it!\"</p></div>"};
  const ChecklistItem item = Item(RankSite(site), "orthopedic_experience");
  CHECK(item.status == ItemStatus::kUnknown);
  site.team = "Our sports medicine physicians perform every injection.";
  CHECK(Item(RankSite(site), "orthopedic_experience").status == ItemStatus::kPass);
}

TEST_CASE("Risk disclosure is shown, and weighted only by --weights", "[ranking][contract]") {
  ClinicSite silent;
  silent.risks = "";
  const ChecklistItem shown = Item(RankSite(silent), "risk_disclosure");
  CHECK(shown.status == ItemStatus::kUnknown);
  CHECK(shown.max_points == 0);
  CHECK(RankSite(silent).score == Approx(100));  // default weight 0

  Weights w;
  w.risk_disclosure = 10;
  CHECK(RankSite(silent, w).score == Approx(100.0 * 100 / 110).epsilon(0.01));
  ClinicSite half;
  half.risks = "The treatment is not FDA approved.";
  CHECK(Item(RankSite(half, w), "risk_disclosure").status == ItemStatus::kPartial);
  CHECK(Item(RankSite(half, w), "risk_disclosure").points == Approx(5));

  ClinicSite denies;
  denies.risks = "There are no side effects at all.";
  CHECK(Item(RankSite(denies), "risk_disclosure").status == ItemStatus::kFail);
}

// DOMAIN.md §4 severities: high 15, medium 8, low 3; info kinds are notes.
TEST_CASE("Red flags deduct once per kind; notes are apart", "[ranking][contract]") {
  ClinicSite site;
  site.extra = {
      "<p>Our FDA approved stem cell therapy gives lasting relief.</p>",
      "<p>Our stem cell therapy is FDA approved.</p>",
      "<p>Avoid knee replacement surgery with our stem cell injections.</p>",
      "<p>Each knee receives 100 million stem cells.</p>",
  };
  const RankedClinic c = RankSite(site);
  CAPTURE(c.red_flags.size(), c.notes.size());
  REQUIRE(c.red_flags.size() >= 2);
  CHECK(c.red_flags[0].type == ClaimKind::kFdaApproved);  // high first
  CHECK(c.red_flags[0].deduction == 15);
  double fda = 0;
  for (const RedFlag& f : c.red_flags) {
    CHECK_FALSE(f.why.empty());
    CHECK(f.severity != Severity::kInfo);
    if (f.type == ClaimKind::kFdaApproved) fda += f.deduction;
  }
  CHECK(fda == 15);  // the same kind again deducts nothing
  REQUIRE(c.notes.size() == 1);
  CHECK(c.notes[0].type == ClaimKind::kCellCount);
  CHECK(c.notes[0].deduction == 0);
  CHECK(c.score == Approx(100 - c.deductions));
}

TEST_CASE("Score is clamped to 0-100", "[ranking][contract]") {
  ClinicSite awful;
  awful.cells = "We inject amniotic stem cells, packed with millions of living stem cells.";
  awful.extra = {"<p>FDA approved. Cures arthritis. Guaranteed results or your money back.</p>",
                 "<p>There are no side effects. Covered by most insurance plans.</p>"};
  const RankedClinic c = RankSite(awful);
  CHECK(c.deductions > c.checklist_score);
  CHECK(c.score == 0);
}

TEST_CASE("Weights change the score", "[ranking]") {
  ClinicSite blind;
  blind.guidance = "We inject without imaging, using anatomical landmarks.";
  Weights w;
  w.ultrasound_guidance = 0;
  CHECK(RankSite(blind, w).score == Approx(100));
  w = Weights();
  w.ultrasound_guidance = 80;
  w.own_live_cells = 20;
  w.personalized_plan = 0;
  w.stem_cell_price = 0;
  w.price_includes = 0;
  w.orthopedic_experience = 0;
  CHECK(RankSite(blind, w).score == Approx(20));
}

// issue 14: an empty or unreadable clinic is listed, never ranked.
TEST_CASE("A clinic with no readable page is not ranked", "[ranking][contract]") {
  const Ranking r = RankClinics({GoodClinic("Good"), testing::UnreadableClinic("empty-clinic")},
                                Weights(), TestRates());
  REQUIRE(r.clinics.size() == 1);
  REQUIRE(r.unreadable.size() == 1);
  CHECK(r.unreadable[0].source == "empty-clinic");
  CHECK_THAT(r.unreadable[0].reason, Catch::StartsWith("no readable pages"));
}

TEST_CASE("Filters: country, max price per knee, own cells only", "[ranking][contract]") {
  ClinicSite mx;
  mx.name = "Baja";
  mx.country = "MX";
  mx.price = "Stem cell therapy: 160,000 MXN por rodilla.";  // $8,000 at 20 MXN/USD
  ClinicSite donor;
  donor.name = "Cord";
  donor.cells = "We inject umbilical cord stem cells from donated cords.";
  ClinicSite no_price;
  no_price.name = "Quote";
  no_price.price = "Call us for a quote.";
  const std::vector<ClinicFacts> all = {mx.Extract(), donor.Extract(), no_price.Extract(),
                                        GoodClinic("Good")};
  auto names = [&](const RankFilter& filter) {
    RankOptions o;
    o.filter = filter;
    const Ranking r = RankClinics(all, o, TestRates());
    std::string out;
    for (const RankedClinic& c : r.clinics) out += (out.empty() ? "" : ",") + c.name;
    CHECK(r.clinics.size() + r.filtered_out.size() == all.size());
    if (filter.Any()) CHECK_FALSE(r.filter.empty());
    return out;
  };
  RankFilter f;
  CHECK(names(f) == "Baja,Good,Quote,Cord");  // 100, 100 (by name), 85, 75
  f.countries = {"MX"};
  CHECK(names(f) == "Baja");
  f = RankFilter();
  f.max_price_usd = 6000;
  CHECK(names(f) == "Good,Cord");  // Baja from $8,000; Quote has no price
  f = RankFilter();
  f.own_cells_only = true;
  CHECK(names(f) == "Baja,Good,Quote");
}

TEST_CASE("Country lists are ISO codes, with a one-line error", "[ranking][contract]") {
  std::vector<std::string> codes;
  std::string error;
  CHECK(ParseCountryList("mx, US,MX", &codes, &error));
  CHECK(codes == std::vector<std::string>{"MX", "US"});
  struct Bad {
    const char* text;
    const char* says;
  };
  const Bad bad[] = {{"UK", "did you mean GB?"},
                     {"XX", "\"XX\""},
                     {"MX,", "empty"},
                     {"Mexico", "\"MEXICO\""},
                     {"", "empty"}};
  for (const Bad& b : bad) {
    CAPTURE(b.text);
    CHECK_FALSE(ParseCountryList(b.text, &codes, &error));
    CHECK_THAT(error, Catch::Contains(b.says));
    CHECK(error.find('\n') == std::string::npos);
  }
}

TEST_CASE("The rates table's age", "[ranking]") {
  Rates r;
  r.date = "2025-11-01";
  CHECK(RatesAgeDays(r, "2026-11-01") == 365);
  CHECK(RatesAgeDays(r, "2027-01-01") == 426);
  r.date = "not a date";
  CHECK_FALSE(RatesAgeDays(r, "2026-11-01").has_value());
}

}  // namespace
}  // namespace clinicrank
