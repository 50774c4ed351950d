// Attribution (parsers/text/attribution.h): whose statement a mention is.
// Issue 12, kind 3: negated, generic, others' and research mentions are not
// the clinic's own facts. Every sentence here is written for this test.
#include "parsers/text/attribution.h"

#include <catch2/catch.hpp>

#include <string>

#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

struct Row {
  const char* sentence;
  const char* mention;  // first occurrence in the folded sentence
  Attribution attribution;
  bool own_voice;
};

MentionReading Read(const std::string& folded, const std::string& mention) {
  const SentencePolarity polarity(folded);
  const MentionReader reader(folded, polarity);
  const size_t at = folded.find(mention);
  REQUIRE(at != std::string::npos);
  return reader.Of(at, at + mention.size());
}

TEST_CASE("Attribution: who states a mention", "[text][heuristic]") {
  using A = Attribution;
  const Row rows[] = {
      // The clinic's own statements.
      {"We draw marrow from the back of your hip.", "marrow", A::kOwn, true},
      {"Our team injects your own fat the same morning.", "fat", A::kOwn, true},
      {"Usamos médula ósea del propio paciente.", "medula osea", A::kOwn, true},
      {"Wir verwenden Knochenmark aus dem Beckenkamm.", "knochenmark", A::kOwn, true},
      {"Bone marrow is drawn from the back of the hip.", "bone marrow", A::kOwn, false},
      {"Book your marrow harvest consultation today.", "marrow", A::kOwn, true},
      // General information.
      {"Stem cells can be obtained from marrow, fat or cord tissue.", "marrow", A::kGeneral, false},
      {"Common sources include marrow and belly fat.", "marrow", A::kGeneral, false},
      {"Cells are typically harvested from the hip.", "hip", A::kGeneral, false},
      {"Las células madre pueden obtenerse de la grasa.", "grasa", A::kGeneral, false},
      {"Stammzellen stammen aus dem Knochenmark.", "knochenmark", A::kGeneral, false},
      {"Mesenchymal cells are found in marrow and fat.", "marrow", A::kGeneral, false},
      // "We" as people in general is not the clinic's voice.
      {"Stem cells in our body can be extracted from marrow.", "marrow", A::kGeneral, false},
      {"As we age, marrow holds fewer stem cells.", "marrow", A::kOwn, false},
      // An own voice outweighs general words.
      {"We typically harvest marrow from the hip.", "marrow", A::kOwn, true},
      // Research.
      {"A 2019 trial injected cord cells into 60 knees.", "cord", A::kResearch, false},
      {"New studies show that cells from belly fat help.", "belly fat", A::kResearch, false},
      {"Nuestro estudio comparó la médula y la grasa.", "grasa", A::kResearch, true},
      // Reports of others' words.
      {"According to the agency, the clinic used cord blood.", "cord blood", A::kOthers, false},
      {"Colleagues abroad report good results with marrow.", "marrow", A::kOthers, false},
      // Other parties (the polarity engine).
      {"Unlike other clinics, we never use amniotic fluid.", "amniotic", A::kNegated, true},
      {"Many clinics sell cord tissue.", "cord tissue", A::kOthers, false},
      // Markets.
      {"On average, a marrow harvest adds a day to the trip.", "marrow", A::kMarket, false},
      {"Patients in the US typically pay more for marrow.", "marrow", A::kGeneral, false},
      // Past.
      {"We no longer offer cord blood injections.", "cord blood", A::kNegated, true},
      {"Until last year we used to offer cord blood.", "cord blood", A::kPast, true},
      // Negated and hypothetical.
      {"We do not use donor tissue.", "donor", A::kNegated, true},
      {"Do you use donor tissue?", "donor", A::kHypothetical, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.sentence, r.mention);
    const MentionReading m = Read(FoldCopy(r.sentence), r.mention);
    CHECK(m.attribution == r.attribution);
    CHECK(m.own_voice == r.own_voice);
  }
}

TEST_CASE("Attribution: what counts as the clinic's own", "[text][heuristic]") {
  MentionReading own_voice{Attribution::kOwn, true};
  MentionReading neutral{Attribution::kOwn, false};
  MentionReading general{Attribution::kGeneral, false};
  CHECK(CountsAsOwn(own_voice, false));
  CHECK(CountsAsOwn(own_voice, true));
  CHECK(CountsAsOwn(neutral, false));
  // On an article, a neutral statement is the writer's explanation.
  CHECK_FALSE(CountsAsOwn(neutral, true));
  CHECK_FALSE(CountsAsOwn(general, false));
}

}  // namespace
}  // namespace clinicrank
