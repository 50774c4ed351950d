// Ranking agreement on clinic pairs (issue 14 "done when": it must not
// drop). The pairs come from the human labels in sample_pages/*/expected.json,
// not from our extractors, by two rules a careful reader applies first
// (seed article "Expert Tips"; DOMAIN.md §4 severities):
//  - cells: a clinic using only the patient's own cells ranks above one using
//    donor or birth-tissue products, unless it makes more high-severity
//    claims;
//  - red flags: of two clinics with the same kind of cells, one making no
//    high-severity claim ranks above one making any.
// The clinics are ranked from ExtractClinic on their pages. Before issue 14
// the ranking agreed on 97 of 103 pairs; after it, 98 (docs/ranking.md lists
// the order changes). The floor is the pre-issue figure. Issue 18 added five
// clinics written in Japanese, Portuguese, Italian, Turkish and Polish, and
// 40 pairs with them, all of which agree: the floor is 97 + 40.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ranking/rank.h"
#include "tests/testing/extract_pages.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

struct Label {
  bool own_cells = false;
  int high_claims = 0;
};

std::map<std::string, Label> ReadLabels() {
  const std::set<std::string> high = {"fda_approved",
                                      "cure",
                                      "guarantee",
                                      "no_risk",
                                      "treats_many_conditions",
                                      "live_cells_birth_tissue",
                                      "insurance_coverage",
                                      "patient_funded_trial"};
  std::map<std::string, Label> labels;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SamplePagesDir())) {
    if (!entry.is_directory()) continue;
    rapidjson::Document doc;
    doc.Parse(testing::ReadFileOrThrow(entry.path().string() + "/expected.json").c_str());
    REQUIRE_FALSE(doc.HasParseError());
    // Information and broker pages (expected "genre": "information") are
    // samples for extract, not clinics to rank against each other.
    if (doc.HasMember("genre") && std::string(doc["genre"].GetString()) == "information") continue;
    Label l;
    l.own_cells =
        doc.HasMember("cell_origin") && std::string(doc["cell_origin"].GetString()) == "autologous";
    if (doc.HasMember("claims_include")) {
      for (const auto& k : doc["claims_include"].GetArray())
        l.high_claims += high.count(k.GetString());
    }
    labels[entry.path().filename().string()] = l;
  }
  return labels;
}

TEST_CASE("Ranking agrees with labelled clinic pairs", "[ranking][e2e]") {
  const std::map<std::string, Label> labels = ReadLabels();
  std::vector<ClinicFacts> facts;
  for (const auto& [name, label] : labels) facts.push_back(testing::ExtractSample(name));
  Rates rates;  // the shipped table, as `rank` uses by default
  std::string error;
  REQUIRE(ParseRates(testing::ReadFileOrThrow(DefaultRatesPath()), &rates, &error));
  const Ranking ranking = RankClinics(facts, Weights(), rates);
  std::map<std::string, double> score;
  for (const RankedClinic& c : ranking.clinics) {
    score[std::filesystem::path(c.source).filename().string()] = c.score;
  }
  REQUIRE(score.size() == labels.size());
  int pairs = 0, agree = 0;
  for (const auto& [a, la] : labels) {
    for (const auto& [b, lb] : labels) {
      const bool cells = la.own_cells && !lb.own_cells && la.high_claims <= lb.high_claims;
      const bool flags = la.own_cells == lb.own_cells && la.high_claims == 0 && lb.high_claims > 0;
      if (!cells && !flags) continue;
      ++pairs;
      if (score[a] > score[b]) {
        ++agree;
      } else {
        UNSCOPED_INFO("disagrees: " << a << " (" << score[a] << ") <= " << b << " (" << score[b]
                                    << ")");
      }
    }
  }
  CAPTURE(agree, pairs);
  // Issue 18 added six clinics (ja, pt, it, tr, pl, fr), issue 12 two.
  CHECK(pairs == 182);
  CHECK(agree >= 177);
}

}  // namespace
}  // namespace clinicrank
