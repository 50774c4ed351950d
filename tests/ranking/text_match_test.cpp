#include "ranking/text_match.h"

#include <catch2/catch.hpp>

namespace clinicrank {
namespace {

// Heuristics marked as such in docs/ranking.md; each with distractors.
TEST_CASE("ClaimsOwnCellsOnly", "[ranking][heuristic]") {
  for (const char* yes :
       {"We only use your own cells.", "100% autologous treatment",
        "We never use donor tissue, only your own stem cells", "Usamos solamente células propias",
        "ausschließlich körpereigene Zellen"}) {
    CAPTURE(yes);
    CHECK(ClaimsOwnCellsOnly(yes));
  }
  for (const char* no :
       {"We harvest your own bone marrow.", "Only 3 visits needed", "Umbilical cord cells only"}) {
    CAPTURE(no);
    CHECK_FALSE(ClaimsOwnCellsOnly(no));
  }
}

TEST_CASE("ListsRisks", "[ranking][heuristic]") {
  for (const char* yes : {"Risks include infection and swelling.", "Possible side effects: pain",
                          "Los riesgos incluyen infección", "Mögliche Nebenwirkungen sind"}) {
    CAPTURE(yes);
    CHECK(ListsRisks(yes));
  }
  for (const char* no : {"No side effects at all", "Zero risk of rejection", "sin riesgo",
                         "A gentle outpatient procedure"}) {
    CAPTURE(no);
    CHECK_FALSE(ListsRisks(no));
  }
}

TEST_CASE("MentionsOrthopedics", "[ranking][heuristic]") {
  CHECK(MentionsOrthopedics("Board-certified Orthopaedic surgeon"));
  CHECK(MentionsOrthopedics("Sports Medicine physicians"));
  CHECK(MentionsOrthopedics("Especialista en ortopedia y traumatología"));
  CHECK_FALSE(MentionsOrthopedics("We treat knees"));
}

TEST_CASE("ScanInclusions splits clauses", "[ranking][heuristic]") {
  InclusionScan s =
      ScanInclusions("Price includes consultation and processing, but MRI is extra cost.");
  CHECK(s.included.size() == 2);
  REQUIRE(s.excluded.size() == 1);
  CHECK(s.excluded[0] == InclusionCategory::kEvaluation);
  CHECK(ScanInclusions("$5,000.00 per knee").included.empty());
}

}  // namespace
}  // namespace clinicrank
