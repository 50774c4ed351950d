// Attribution (parsers/text/attribution.h) on sentences shaped like real
// clinic, broker and news prose (issue 12, kinds 1 and 3): who states each
// mention. Every sentence is written for this test; the distractors are the
// clinic's own statements in the same words.
#include <catch2/catch.hpp>

#include <string>

#include "parsers/text/attribution.h"
#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

struct Row {
  const char* sentence;
  const char* mention;  // first occurrence in the folded sentence
  Attribution attribution;
  bool own_voice;
};

void RunRows(std::initializer_list<Row> rows) {
  for (const Row& r : rows) {
    CAPTURE(r.sentence, r.mention);
    const std::string folded = FoldCopy(r.sentence);
    const SentencePolarity polarity(folded);
    const MentionReader reader(folded, polarity);
    const size_t at = folded.find(r.mention);
    REQUIRE(at != std::string::npos);
    const MentionReading m = reader.Of(at, at + std::string_view(r.mention).size());
    CHECK(static_cast<int>(m.attribution) == static_cast<int>(r.attribution));
    CHECK(m.own_voice == r.own_voice);
  }
}

using A = Attribution;

TEST_CASE("Real prose attribution: markets and places", "[text][issue12]") {
  RunRows({
      {"In the US, one knee typically costs $6,000.", "$6,000", A::kMarket, false},
      {"Patients in the United States often pay $10,000 or more.", "$10,000", A::kMarket, false},
      {"US patients usually pay twice as much.", "twice", A::kMarket, false},
      {"Back home, a knee costs about $14,000.", "$14,000", A::kMarket, false},
      {"Most clinics charge between $4,000 and $6,000.", "$4,000", A::kOthers, false},
      {"On average, a knee costs $5,500.", "$5,500", A::kMarket, false},
      {"Prices vary from clinic to clinic.", "prices", A::kMarket, false},
      {"En Estados Unidos el tratamiento cuesta unos 10.000 dolares.", "10.000", A::kMarket,
       false},
      {"Los precios varian segun el centro.", "precios", A::kMarket, false},
      {"Private clinics in London ask £5,000.", "5,000", A::kMarket, false},
      // Distractors: the clinic's own price beside a place.
      {"Our price is among the lowest in the US: $4,900 per knee.", "$4,900", A::kOwn, true},
      {"We treat patients from the US and Canada for $5,000 per knee.", "$5,000", A::kOwn, true},
      {"Nuestro precio en Panama es de US$6.500.", "6.500", A::kOwn, true},
      {"One knee costs $5,200 at our Tijuana clinic.", "$5,200", A::kOwn, true},
  });
}

TEST_CASE("Real prose attribution: general statements about cells", "[text][issue12]") {
  RunRows({
      {"Stem cells may come from marrow, fat or cord tissue.", "marrow", A::kGeneral, false},
      {"Various facilities obtain cells from marrow or fat.", "marrow", A::kOthers, false},
      {"Mesenchymal cells reside in marrow and fat.", "marrow", A::kGeneral, false},
      {"Por ejemplo, la grasa abdominal contiene celulas madre.", "grasa", A::kGeneral, false},
      {"Es gibt verschiedene Quellen, zum Beispiel Knochenmark.", "knochenmark", A::kGeneral,
       false},
      {"Marrow is usually taken from the pelvis.", "marrow", A::kGeneral, false},
      // Distractors.
      {"We usually take marrow from the pelvis.", "marrow", A::kOwn, true},
      {"Our physicians draw marrow from the pelvis.", "marrow", A::kOwn, true},
      {"Marrow is drawn from your pelvis during the visit.", "marrow", A::kOwn, false},
  });
}

TEST_CASE("Real prose attribution: reports, colleagues and research", "[text][issue12]") {
  RunRows({
      {"Our colleagues in Texas report 80% improvement.", "80%", A::kOthers, true},
      {"He explained that his clinic uses cord cells.", "cord", A::kOthers, false},
      {"The company claimed its vials held living cells.", "living", A::kOthers, false},
      {"A 2018 study followed 60 knees treated with fat cells.", "fat", A::kResearch, false},
      {"Investigators injected cord cells into 30 knees.", "cord", A::kResearch, false},
      {"Un ensayo en Corea uso celulas de cordon.", "cordon", A::kResearch, false},
      {"Segun informes de prensa, la clinica cobraba 9.000 dolares.", "9.000", A::kOthers, false},
      // Distractors.
      {"We harvest marrow, the source with the most research behind it.", "marrow", A::kResearch,
       true},
      {"We use marrow; our results are published every year.", "marrow", A::kOwn, true},
  });
}

TEST_CASE("Real prose attribution: negated, past and hypothetical", "[text][issue12]") {
  RunRows({
      {"Cord products are not used in compliant settings.", "cord", A::kNegated, false},
      {"We stopped offering amniotic injections in 2020.", "amniotic", A::kPast, true},
      {"Our former price was $7,800 per knee.", "$7,800", A::kPast, true},
      {"If you are a candidate, marrow may be harvested.", "marrow", A::kGeneral, false},
      {"If you qualify, we harvest marrow.", "marrow", A::kOwn, true},
      {"Could exosomes help your knee?", "exosomes", A::kHypothetical, false},
      {"Ya no ofrecemos celulas de cordon.", "cordon", A::kNegated, true},
      // Distractors.
      {"We have offered marrow injections since 2015.", "marrow", A::kOwn, true},
      {"Our price is $5,800 per knee.", "$5,800", A::kOwn, true},
  });
}

}  // namespace
}  // namespace clinicrank
