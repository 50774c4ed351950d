// Issue 12, kind 5: red-flag claims in other words than the keyword forms,
// in English and Spanish, and (kind 3) claims that are someone else's or
// refuted. Each row is one paragraph of a small page run through
// ExtractClinic (tests/testing/phrase_page.h) and must yield exactly its claim
// kinds; every paraphrase has distractors in the same words that must not
// match. Every sentence is written for this test.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "tests/testing/phrase_page.h"

namespace clinicrank {
namespace {

using testing::Genre;

struct ClaimRow {
  const char* text;
  std::set<std::string> kinds;
  Genre genre = Genre::kClinic;
  const char* lang = "en";
};

// Informational kinds (dose, registration) are not red flags; the tables
// check red flags only.
bool Informational(const std::string& kind) {
  return kind == "cell_count" || kind == "regulatory_registration";
}

void RunClaimTable(const std::vector<ClaimRow>& rows) {
  for (const ClaimRow& r : rows) {
    CAPTURE(r.text);
    const ClinicFacts f = testing::ExtractPhrasePage({r.text}, r.genre, r.lang);
    std::set<std::string> kinds;
    for (const Claim& c : f.claims) {
      if (!Informational(c.kind)) kinds.insert(c.kind);
    }
    std::string got;
    for (const std::string& k : kinds) got += k + " ";
    CAPTURE(got);
    CHECK(kinds == r.kinds);
  }
}

const std::set<std::string> kNone;
const std::set<std::string> kCure = {"cure"};
const std::set<std::string> kLive = {"live_cells_birth_tissue"};
const std::set<std::string> kAvoids = {"avoids_surgery"};
const std::set<std::string> kSuccess = {"success_rate"};
const std::set<std::string> kRegrows = {"regrows_cartilage"};
const std::set<std::string> kNoRisk = {"no_risk"};

TEST_CASE("Real prose claims: the clinic's own claim in quote marks", "[claims][issue12]") {
  // Found by review: quote marks hid the clinic's own boast. They still mark
  // a mention when the clinic is not the one speaking.
  RunClaimTable({
      {"Our therapy is \u201cFDA approved\u201d.", {"fda_approved"}},
      {"Our therapy is \"FDA approved\".", {"fda_approved"}},
      {"\u201cOur therapy is FDA approved and has a 95% success rate.\u201d",
       {"fda_approved", "success_rate"}},
      // Distractors: others' words, warnings, denials.
      {"Beware of clinics that call their products \u201cFDA approved\u201d.", {}},
      {"Some clinics say their cells are \u201cFDA approved\u201d; we do not.", {}},
      {"Do not trust a clinic that promises a \u201ccure\u201d.", {}},
      {"We are not \u201cFDA approved\u201d and never claim a \u201ccure\u201d.", {}},
  });
}

TEST_CASE("Real prose claims: cure in other words", "[claims][issue12]") {
  RunClaimTable({
      {"There was no way to reverse osteoarthritis, until now.", kCure},
      {"For decades nothing could undo knee arthritis - until now.", kCure},
      {"Say goodbye to knee arthritis for good.", kCure},
      {"Our treatment makes arthritis a thing of the past.", kCure},
      {"Get rid of knee arthritis permanently.", kCure},
      {"Undo years of joint damage in a single visit.", kCure},
      {"With one injection, your arthritis can be gone for good.", kCure},
      {"Dile adiós a la artrosis para siempre.", kCure, Genre::kClinic, "es"},
      {"Revierta el desgaste de su rodilla con sus propias células.", kCure, Genre::kClinic,
       "es"},
      {"Elimine la artrosis de forma definitiva.", kCure, Genre::kClinic, "es"},
      {"Antes no había forma de revertir la artrosis; hasta ahora.", kCure, Genre::kClinic, "es"},
      {"Olvídese de la artrosis para siempre.", kCure, Genre::kClinic, "es"},
      // Distractors.
      {"There is no cure for osteoarthritis, but symptoms can be managed.", kNone},
      {"We cannot reverse arthritis; we aim to ease pain.", kNone},
      {"No treatment can undo years of wear on cartilage.", kNone},
      {"Nobody can promise to get rid of arthritis for good.", kNone},
      {"Arthritis rarely goes away for good, so we focus on function.", kNone},
      {"La artrosis no tiene cura, pero se puede aliviar el dolor.", kNone, Genre::kClinic, "es"},
      {"Ninguna terapia revierte por completo la artrosis.", kNone, Genre::kClinic, "es"},
      {"No prometemos eliminar la artrosis de forma definitiva.", kNone, Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose claims: live cells in birth tissue in other words", "[claims][issue12]") {
  RunClaimTable({
      {"One cc of our cord-tissue product contains about a million active stem cells.", kLive},
      {"Each vial holds millions of viable cells from donated umbilical cords.", kLive},
      {"Our Wharton's jelly cells arrive alive and ready to work.", kLive},
      {"Our amniotic injection is full of living cells.", kLive},
      {"Because they come from newborn tissue, our cord cells stay young and active.", kLive},
      {"Nuestro producto de cordón umbilical contiene millones de células madre vivas.", kLive,
       Genre::kClinic, "es"},
      {"Las células de gelatina de Wharton llegan vivas a su rodilla.", kLive, Genre::kClinic,
       "es"},
      {"Las células del cordón umbilical que aplicamos son jóvenes y activas.", kLive,
       Genre::kClinic, "es"},
      // Distractors.
      {"Lab tests show amniotic products contain no live cells.", kNone},
      {"Your own marrow contains living stem cells; birth-tissue products do not.", kNone},
      {"Independent labs found no viable cells in cord-blood products.", kNone},
      {"Fresh bone marrow holds active stem cells.", kNone},
      {"Los productos de cordón umbilical no contienen células vivas.", kNone, Genre::kClinic,
       "es"},
  });
}

TEST_CASE("Real prose claims: avoiding surgery in other words", "[claims][issue12]") {
  RunClaimTable({
      {"Our treatment can delay or potentially prevent the need for a knee replacement.", kAvoids},
      {"Many patients put their knee replacement on hold for years.", kAvoids},
      {"Keep your natural knee joint longer.", kAvoids},
      {"A way to stay out of the operating room.", kAvoids},
      {"Most of our patients never end up needing surgery.", kAvoids},
      {"Buy yourself time before a knee replacement.", kAvoids},
      {"Skip the scalpel and get back to walking.", kAvoids},
      {"An option that may spare you a total knee replacement.", kAvoids},
      {"Aleje la necesidad de una prótesis de rodilla.", kAvoids, Genre::kClinic, "es"},
      {"Muchos pacientes logran postergar la cirugía varios años.", kAvoids, Genre::kClinic,
       "es"},
      {"Una opción para no pasar por el quirófano.", kAvoids, Genre::kClinic, "es"},
      {"Conserve su rodilla natural.", kAvoids, Genre::kClinic, "es"},
      // Distractors.
      {"Some patients will still need a knee replacement later.", kNone},
      {"Stem cells cannot replace surgery for bone-on-bone arthritis.", kNone},
      {"If injections fail, knee replacement remains an option.", kNone},
      {"Knee replacement is a reliable operation for severe arthritis.", kNone},
      {"Este tratamiento no evita la cirugía en casos avanzados.", kNone, Genre::kClinic, "es"},
      {"En casos graves, la prótesis sigue siendo la mejor opción.", kNone, Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose claims: success rates in other words", "[claims][issue12]") {
  RunClaimTable({
      {"We see meaningful improvement for 70-85% of suitable candidates.", kSuccess},
      {"Roughly four in five of our knee patients report less pain.", kSuccess},
      {"Nine out of ten patients say they would do it again.", kSuccess},
      {"Over 80% of our patients return to the activities they love.", kSuccess},
      {"Our patients see lasting results in 85 percent of cases.", kSuccess},
      {"El 80% de nuestros pacientes nota una mejoría clara.", kSuccess, Genre::kClinic, "es"},
      {"Cuatro de cada cinco pacientes vuelven a caminar sin dolor.", kSuccess, Genre::kClinic,
       "es"},
      {"Logramos resultados satisfactorios en el 90 por ciento de los casos.", kSuccess,
       Genre::kClinic, "es"},
      // Distractors.
      {"Osteoarthritis affects about 30% of adults over 60.", kNone},
      {"Save 15% when you treat both knees.", kNone},
      {"Cell viability above 95% is confirmed in our lab.", kNone},
      {"Our colleagues in the US report 80-90% improvement.", kNone},
      {"Un 25% de los adultos mayores sufre artrosis de rodilla.", kNone, Genre::kClinic, "es"},
      {"Pague el 50% al reservar y el resto el día del tratamiento.", kNone, Genre::kClinic,
       "es"},
  });
}

TEST_CASE("Real prose claims: cartilage regrowth in other words", "[claims][issue12]") {
  RunClaimTable({
      {"The cells stimulate the formation of fresh cartilage.", kRegrows},
      {"Our injection rebuilds the worn surface of the joint.", kRegrows},
      {"Your knee can form healthy new joint cartilage.", kRegrows},
      {"The treatment restores lost cartilage thickness.", kRegrows},
      {"Ayuda a que el cartílago vuelva a crecer.", kRegrows, Genre::kClinic, "es"},
      {"Las células forman nuevo tejido cartilaginoso.", kRegrows, Genre::kClinic, "es"},
      // Distractors.
      {"Cartilage does not grow back on its own.", kNone},
      {"No injection has been shown to regrow cartilage.", kNone},
      {"Cartilage repair surgery such as microfracture is another option.", kNone},
      {"El cartílago no se regenera por sí solo.", kNone, Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose claims: no risk in other words", "[claims][issue12]") {
  RunClaimTable({
      {"Because the cells are your own, there is nothing for your body to reject.", kNoRisk},
      {"Since it is your own tissue, your body won't reject it.", kNoRisk},
      {"The procedure carries virtually no risk.", kNoRisk},
      {"Al ser sus propias células, no hay riesgo de rechazo.", kNoRisk, Genre::kClinic, "es"},
      {"Procedimiento seguro y sin efectos adversos.", kNoRisk, Genre::kClinic, "es"},
      // Distractors.
      {"Like any injection, it carries a small risk of infection.", kNone},
      {"Side effects are rare but can include swelling.", kNone},
      {"Minor soreness at the harvest site is common for a few days.", kNone},
      {"Como toda inyección, existe un pequeño riesgo de infección.", kNone, Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose claims: honest disclaimers are not guarantees", "[claims][issue12]") {
  RunClaimTable({
      {"Nothing in medicine is ever guaranteed.", kNone},
      {"No clinic can guarantee results.", kNone},
      {"Results are not guaranteed.", kNone},
      {"We cannot promise that every patient improves.", kNone},
      {"Ningún tratamiento garantiza resultados.", kNone, Genre::kClinic, "es"},
      {"No podemos garantizar la mejoría de todos los pacientes.", kNone, Genre::kClinic, "es"},
      // Distractor: a real promise.
      {"We guarantee you will walk without pain.", {"guarantee"}},
  });
}

// Look-alikes of claims found on real pages: names, capacities, what
// patients want, coverage of other products, study results.
TEST_CASE("Real prose claims: look-alikes that are no claim", "[claims][issue12]") {
  RunClaimTable({
      {"Our surgeons offer cartilage regeneration surgery with a collagen scaffold.", kNone},
      {"Visit our Cartilage Regeneration Clinic on the second floor.", kNone},
      {"Dr. Reyes belongs to an international cartilage regeneration society.", kNone},
      {"Mesenchymal cells have the potential to regenerate cartilage.", kNone},
      {"Stem cells have the ability to repair damaged joint tissue.", kNone},
      {"It is considered a promising way to regrow cartilage.", kNone},
      {"Growth factors play a role in repairing damaged joint tissue.", kNone},
      {"Las células madre tienen la capacidad de regenerar el cartílago.", kNone, Genre::kClinic,
       "es"},
      {"Athletes seeking to avoid surgery often ask about injections.", kNone},
      {"Many patients hoping to avoid a knee replacement come to us first.", kNone},
      {"Muchos pacientes buscan evitar la cirugía de rodilla.", kNone, Genre::kClinic, "es"},
      {"Medicare covers FDA-approved stem cell transplants for blood cancers only.", kNone},
      {"No serious adverse events were recorded during the follow-up period.", kNone},
      // Distractors: the same words as the clinic's claim.
      {"Our injections regrow cartilage in the knee.", kRegrows},
      {"Our stem cell injections help you avoid surgery.", kAvoids},
      {"Las células madre regeneran el cartílago de su rodilla.", kRegrows, Genre::kClinic, "es"},
      {"Our treatment has no serious side effects.", kNoRisk},
  });
}

// Kind 3 for claims: another party's claim, or one the page refutes.
TEST_CASE("Real prose claims: others' and refuted claims", "[claims][issue12]") {
  RunClaimTable({
      {"A rival clinic promises viable stem cells in every vial of cord blood; lab tests found none.",
       kNone},
      {"Some clinics claim their injections regrow cartilage, but evidence is lacking.", kNone},
      {"Beware of providers who promise a cure.", kNone},
      {"Clinics advertising 90% success rates deserve caution.", kNone},
      {"Seminar speakers often say cord cells cure arthritis.", kNone},
      {"According to the company, its amniotic product contains living cells.", kNone},
      {"Algunas clínicas afirman que las células madre curan la artrosis.", kNone, Genre::kClinic,
       "es"},
      {"Stem cell injections may help patients avoid knee replacement.", kNone, Genre::kArticle},
      {"Some patients report 80% less pain after treatment.", kNone, Genre::kArticle},
      // Distractors: the clinic's own claim on its own blog.
      {"At our clinic, 80% of patients improve within three months.", kSuccess, Genre::kArticle},
      {"We help patients avoid knee replacement surgery.", kAvoids, Genre::kArticle},
  });
}

}  // namespace
}  // namespace clinicrank
