// parsers/extract/own_cells.h: "only the patient's own cells", decided once
// from the treatment facts, with the clinic's exclusive statement as
// evidence (issue 14).
#include "parsers/extract/own_cells.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/testing/extract_pages.h"

namespace clinicrank {
namespace {

using testing::ExtractHtml;

std::string Exclusive(const ClinicFacts& f) {
  for (const Evidence& e : f.evidence) {
    if (e.field == "own_cells_only") return e.quote;
  }
  return "";
}

TEST_CASE("Own cells only follows cell_origin", "[parsers][contract]") {
  struct Case {
    const char* html;
    const char* want;
  };
  const Case cases[] = {
      {"<p>We use bone marrow from your own hip.</p>", "yes"},
      {"<p>We inject amniotic stem cells from donated placentas.</p>", "no"},
      {"<p>We harvest your bone marrow and add an umbilical cord tissue booster.</p>", "no"},
      {"<p>Knee pain? Call us today.</p>", "unknown"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(TriStateName(ExtractHtml(c.html).own_cells_only) == std::string(c.want));
  }
  CHECK(DecideOwnCellsOnly("unknown", {"adipose"}) == TriState::kYes);
  CHECK(DecideOwnCellsOnly("unknown", {"adipose", "exosomes"}) == TriState::kNo);
  CHECK(DecideOwnCellsOnly("unknown", {}) == TriState::kUnknown);
}

TEST_CASE("Own cells: exclusive statements", "[parsers][heuristic]") {
  struct Case {
    const char* html;
    bool exclusive;
  };
  const Case cases[] = {
      {"<p>We only use bone marrow from your own body.</p>", true},
      {"<p>We never use donor tissue or amniotic products.</p>", true},
      {"<p>No empleamos células de donante ni productos de origen placentario.</p>", true},
      {"<p>Trabajamos únicamente con células madre autólogas de médula ósea.</p>", true},
      {"<p>Wir verwenden ausschließlich körpereigenes Gewebe, keine Spenderzellen.</p>", true},
      {"<p>We use bone marrow from your own hip.</p>", false},
      {"<p>A randomized trial found that bone marrow, fat and umbilical cord injections were not "
       "better than a steroid shot.</p>",
       false},
      {"<p>Do you use donor cells?</p>", false},
      {"<p>Unlike clinics that never use your own cells, we offer both.</p>", false},
      {"<p>We do not use cells harvested from your bone marrow or fat.</p>", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Exclusive(ExtractHtml(c.html)).empty() == !c.exclusive);
  }
}

}  // namespace
}  // namespace clinicrank
