// Polish (pl; issue 18, docs/extraction.md "Languages"): the phrase table of
// lang_table.h. Phrases are written for this test; clinics and figures are
// invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("Polish phrases", "[lang][pl][heuristic]") {
  const LangTable table = {
      "pl",
      "pl",
      {
          // Prices: zł with space thousands, "tys.", PLN, bases, "od".
          {F::kPrices,
           "Terapia komórkami macierzystymi z tkanki tłuszczowej kosztuje 12 000 zł za kolano.",
           "12000 PLN per_knee stem_cell"},
          {F::kPrices, "Leczenie komórkami macierzystymi obu kolan: 21 000 zł.",
           "21000 PLN both_knees stem_cell"},
          {F::kPrices, "Osocze bogatopłytkowe (PRP): 800 zł za iniekcję.",
           "800 PLN per_injection prp"},
          {F::kPrices, "Konsultacja ortopedyczna kosztuje 250 zł.",
           "250 PLN unspecified consultation"},
          {F::kPrices, "Kwas hialuronowy: 650 PLN za podanie.", "650 PLN per_injection other"},
          {F::kPrices, "Zabieg z komórkami macierzystymi ze szpiku: od 9 tys. zł.",
           "9000 PLN unspecified stem_cell"},
          {F::kPrices, "Pakiet z komórkami macierzystymi: 14 500 zł, możliwe raty.",
           "14500 PLN package stem_cell"},
          {F::kPrices, "Według szacunków inne kliniki biorą średnio 15 tys. zł.", ""},
          {F::kPrices, "Zadzwoń: 22 123 45 67, od poniedziałku do piątku.", ""},
          {F::kPrices, "Od 2014 roku leczyliśmy ponad 1 500 pacjentów.", ""},
          // Guidance.
          {F::kUltrasound, "Wszystkie iniekcje wykonujemy pod kontrolą USG.", "yes"},
          {F::kUltrasound, "Podanie komórek do stawu odbywa się pod kontrolą ultrasonografu.",
           "yes"},
          {F::kUltrasound, "Zastrzyk wykonujemy przy pomocy USG.", "yes"},
          {F::kUltrasound, "Badanie USG wykonujemy podczas pierwszej wizyty.", "unknown"},
          {F::kUltrasound, "Nie stosujemy USG, iniekcję wykonujemy na wyczucie.", "no"},
          {F::kOther, "Iniekcje do kręgosłupa wykonujemy pod kontrolą RTG.", "fluoroscopy"},
          // Cell sources and origin.
          {F::kSources, "Komórki pobieramy ze szpiku kostnego grzebienia biodrowego.",
           "bone_marrow"},
          {F::kSources, "Wykorzystujemy komórki macierzyste z tkanki tłuszczowej pacjenta.",
           "adipose"},
          {F::kSources, "Tłuszcz pobieramy metodą liposukcji z brzucha.", "adipose"},
          {F::kSources, "Nie używamy komórek od dawców ani ze sznura pępowinowego.", ""},
          {F::kSources, "Preparat zawiera komórki ze sznura pępowinowego i egzosomy.",
           "umbilical_cord,exosomes"},
          {F::kSources, "Osocze PRP przygotowujemy z krwi pacjenta.", ""},
          {F::kOrigin, "Stosujemy autologiczne komórki, czyli własne komórki pacjenta.",
           "autologous"},
          {F::kOrigin, "Komórki pochodzą od dawców i są namnażane.", "allogeneic"},
          // Personalized plan.
          {F::kPlan, "Każdy pacjent otrzymuje indywidualny plan leczenia.", "yes"},
          {F::kPlan, "Dawkę dobieramy indywidualnie do stanu kolana.", "yes"},
          {F::kPlan, "Indywidualna wycena jest bezpłatna.", "unknown"},
          {F::kPlan, "Konsultacja kwalifikacyjna trwa około 30 minut.", "unknown"},
          // Claims.
          {F::kClaims, "Terapia pozwala opóźnić lub uniknąć operacji endoprotezy.",
           "avoids_surgery"},
          {F::kClaims, "Leczenie bez operacji i bez długiej rehabilitacji.", "avoids_surgery"},
          {F::kClaims, "Komórki macierzyste odbudowują chrząstkę stawową.", "regrows_cartilage"},
          {F::kClaims, "Zabieg bez skutków ubocznych.", "no_risk"},
          {F::kClaims, "Gwarantujemy poprawę po pierwszym zabiegu.", "guarantee"},
          {F::kClaims, "Skuteczność leczenia sięga 90 procent.", "success_rate"},
          {F::kClaims, "Przeczytaj opinie naszych pacjentów.", "testimonial"},
          {F::kClaims, "Metoda naukowo udowodniona.", "clinically_proven"},
          {F::kClaims, "To najskuteczniejsza nieoperacyjna terapia kolana.",
           "superior_to_standard"},
          {F::kClaims, "To nie jest gwarancja pełnego wyleczenia.", ""},
          {F::kClaims, "Uwaga na kliniki, które obiecują wyleczenie artrozy.", ""},
          {F::kClaims, "Badacze sprawdzają, czy komórki mogą odbudować chrząstkę.", ""},
          {F::kClaims, "Zabieg nie jest refundowany przez NFZ.", ""},
          {F::kClaims, "Zapraszamy na konsultację.", ""},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
