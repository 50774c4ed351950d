// Italian (it; issue 18, docs/extraction.md "Languages"): the phrase table of
// lang_table.h. Phrases are written for this test; clinics and figures are
// invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("Italian phrases", "[lang][it][heuristic]") {
  const LangTable table = {
      "it",
      "it",
      {
          // Prices: "3.500 €", "€ 3.500,00", bases, "a partire da", CHF in Ticino.
          {F::kPrices,
           "Il trattamento con cellule staminali da tessuto adiposo costa 3.500 € a ginocchio.",
           "3500 EUR per_knee stem_cell"},
          {F::kPrices,
           "Per entrambe le ginocchia il trattamento con cellule staminali costa € 6.200,00.",
           "6200 EUR both_knees stem_cell"},
          {F::kPrices, "Infiltrazione di PRP: 250 € a seduta.", "250 EUR per_injection prp"},
          {F::kPrices, "Prima visita ortopedica: 150 euro.", "150 EUR unspecified consultation"},
          {F::kPrices, "Acido ialuronico: 180 € per infiltrazione.", "180 EUR per_injection other"},
          {F::kPrices, "La protesi di ginocchio costa in media 12.000 € nelle cliniche private.",
           "12000 EUR unspecified surgery"},
          {F::kPrices, "Terapia con cellule staminali mesenchimali a partire da 2.900 €.",
           "2900 EUR unspecified stem_cell"},
          {F::kPrices, "Trattamento con cellule staminali: CHF 4'800.– per ginocchio.",
           "4800 CHF per_knee stem_cell"},
          {F::kPrices, "Il pacchetto con cellule staminali costa 5.400 €, rateizzabile.",
           "5400 EUR package stem_cell"},
          {F::kPrices, "Altre cliniche chiedono 8.000 € per lo stesso trattamento.", ""},
          {F::kPrices, "Chiamate lo 02 1234 5678 dal lunedì al venerdì.", ""},
          {F::kPrices, "Oltre 2.000 pazienti trattati dal 2012.", ""},
          // Guidance.
          {F::kUltrasound, "Tutte le infiltrazioni sono ecoguidate.", "yes"},
          {F::kUltrasound, "L'iniezione nel ginocchio avviene sotto guida ecografica.", "yes"},
          {F::kUltrasound, "Il medico esegue l'infiltrazione con l'ausilio della sonda ecografica.",
           "yes"},
          {F::kUltrasound, "L'ecografia diagnostica viene eseguita alla prima visita.", "unknown"},
          {F::kUltrasound, "Non usiamo l'ecografia: l'infiltrazione avviene alla cieca.", "no"},
          {F::kOther, "Per l'anca usiamo la guida fluoroscopica.", "fluoroscopy"},
          // Cell sources and origin.
          {F::kSources, "Preleviamo il midollo osseo dalla cresta iliaca.", "bone_marrow"},
          {F::kSources, "Utilizziamo il tessuto adiposo prelevato dall'addome.", "adipose"},
          {F::kSources,
           "Le cellule si ottengono dal grasso addominale con una piccola aspirazione.", "adipose"},
          {F::kSources, "Non usiamo cellule da donatore né dal cordone ombelicale.", ""},
          {F::kSources,
           "Il prodotto contiene cellule del cordone ombelicale e gelatina di Wharton.",
           "umbilical_cord,wharton_jelly"},
          {F::kSources, "Il PRP si ottiene dal sangue del paziente.", ""},
          {F::kOrigin, "Le cellule sono autologhe, cioè prelevate dallo stesso paziente.",
           "autologous"},
          {F::kOrigin, "Usiamo cellule staminali da donatore, coltivate in laboratorio.",
           "allogeneic"},
          // Personalized plan.
          {F::kPlan, "Ogni paziente riceve un piano terapeutico personalizzato.", "yes"},
          {F::kPlan, "Il protocollo è studiato su misura per ciascun ginocchio.", "yes"},
          {F::kPlan, "La valutazione personalizzata è gratuita.", "unknown"},
          {F::kPlan, "Applichiamo lo stesso protocollo per tutti i pazienti.", "no"},
          // Claims.
          {F::kClaims, "Il trattamento permette di evitare l'intervento di protesi.",
           "avoids_surgery"},
          {F::kClaims, "Con questa terapia è possibile posticipare la protesizzazione.",
           "avoids_surgery"},
          {F::kClaims, "Le cellule staminali rigenerano la cartilagine del ginocchio.",
           "regrows_cartilage"},
          {F::kClaims, "Una procedura senza effetti collaterali e senza rigetto.", "no_risk"},
          {F::kClaims, "Risultati garantiti fin dalla prima seduta.", "guarantee"},
          {F::kClaims, "Un tasso di successo dell'88 per cento nei nostri pazienti.",
           "success_rate"},
          {F::kClaims, "Leggete le testimonianze dei nostri pazienti.", "testimonial"},
          {F::kClaims, "Un metodo scientificamente dimostrato.", "clinically_proven"},
          {F::kClaims, "Più efficace rispetto alle infiltrazioni di cortisone.",
           "superior_to_standard"},
          {F::kClaims, "La viscosupplementazione non è una cura dell'artrosi.", ""},
          {F::kClaims, "Diffidate di chi promette una cura definitiva dell'artrosi.", ""},
          {F::kClaims, "I ricercatori studiano se le cellule possono rigenerare la cartilagine.",
           ""},
          {F::kClaims, "Il trattamento non è rimborsato dal servizio sanitario nazionale.", ""},
          {F::kClaims, "Prenota una visita con il nostro specialista.", ""},
          // "garantisce" is "ensures" unless a result is what it ensures.
          {F::kClaims, "Il metodo garantisce un'iniezione precisa nel ginocchio.", ""},
          {F::kClaims, "Garantiamo risultati duraturi.", "guarantee"},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
