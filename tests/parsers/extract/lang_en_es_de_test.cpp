// English, Spanish and German (issue 18, docs/extraction.md "Languages"): the
// phrase tables of lang_table.h for the languages read before issue 18, so
// that every language has one table of the same shape. Phrases are written
// for this test; clinics and figures are invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("English phrases", "[lang][en][heuristic]") {
  const LangTable table = {
      "en",
      "com",
      {
          {F::kPrices, "Bone marrow stem cell therapy is $4,500 per knee.",
           "4500 USD per_knee stem_cell"},
          {F::kPrices, "Stem cell treatment for both knees: $8,000.",
           "8000 USD both_knees stem_cell"},
          {F::kPrices, "PRP injections cost $650 each.", "650 USD per_injection prp"},
          {F::kPrices, "New patient consultation: $200.", "200 USD unspecified consultation"},
          {F::kPrices, "Hyaluronic acid (gel) injection: $450 per injection.",
           "450 USD per_injection other"},
          {F::kPrices, "Stem cell packages start at $3,900.", "3900 USD package stem_cell"},
          {F::kPrices, "Most clinics charge $7,000 or more for the same procedure.", ""},
          {F::kPrices, "Call 555-201-3344 to book.", ""},
          {F::kPrices, "We have treated 2,400 knees since 2011.", ""},
          {F::kPrices, "Save $500 when you book this month.", ""},
          {F::kUltrasound, "Every injection is performed under ultrasound guidance.", "yes"},
          {F::kUltrasound, "We use real-time ultrasound to guide the needle into the joint.",
           "yes"},
          {F::kUltrasound, "A diagnostic ultrasound scan is part of your first visit.", "unknown"},
          {F::kUltrasound, "We inject by anatomical landmarks, without imaging.", "no"},
          {F::kOther, "Hip injections are done under fluoroscopy.", "fluoroscopy"},
          // Issue 18: the modalities listed after "image guidance" each count.
          {F::kUltrasound,
           "Your knee injection is given under image guidance (ultrasound or fluoroscopy).", "yes"},
          {F::kOther,
           "Your knee injection is given under image guidance (ultrasound or fluoroscopy).",
           "fluoroscopy"},
          {F::kUltrasound,
           "Injections use image guidance (fluoroscopy); a diagnostic ultrasound may follow.",
           "unknown"},
          {F::kPrices, "Stem cell therapy: US $ 4,000 per knee.", "4000 USD per_knee stem_cell"},
          {F::kSources, "We harvest bone marrow from the back of the hip.", "bone_marrow"},
          {F::kSources, "The cells come from a small sample of your own fat.", "adipose"},
          {F::kSources, "We never use donor tissue or umbilical cord products.", ""},
          {F::kSources, "Our product contains Wharton's jelly and exosomes.",
           "wharton_jelly,exosomes"},
          {F::kSources, "PRP is made from a small draw of your blood.", ""},
          {F::kOrigin, "The therapy is fully autologous.", "autologous"},
          {F::kOrigin, "We use donor-derived umbilical cord cells.", "allogeneic"},
          {F::kPlan, "Every patient gets a personalized treatment plan.", "yes"},
          {F::kPlan, "We tailor the dose to each knee.", "yes"},
          {F::kPlan, "Request a personalized quote today.", "unknown"},
          {F::kPlan, "We use one standard protocol for every patient.", "no"},
          {F::kClaims, "Our treatment helps you avoid knee replacement surgery.", "avoids_surgery"},
          {F::kClaims, "Stem cells regrow cartilage in the knee.", "regrows_cartilage"},
          {F::kClaims, "There are no side effects and no risk of rejection.", "no_risk"},
          {F::kClaims, "Results guaranteed or your money back.", "guarantee"},
          {F::kClaims, "92% of our patients report less pain.", "success_rate"},
          {F::kClaims, "Read our patient testimonials.", "testimonial"},
          {F::kClaims, "Our stem cell treatment is FDA approved.", "fda_approved"},
          {F::kClaims, "Clinically proven results.", "clinically_proven"},
          {F::kClaims, "More effective than cortisone shots.", "superior_to_standard"},
          {F::kClaims, "Stem cell therapy is not a cure for arthritis.", ""},
          {F::kClaims, "Beware of clinics that promise a cure.", ""},
          {F::kClaims, "Researchers are studying whether cells may regrow cartilage.", ""},
          {F::kClaims, "Insurance does not cover stem cell therapy.", ""},
          {F::kClaims, "Book a free consultation.", ""},
      }};
  testing::RunLangTable(table);
}

TEST_CASE("Spanish phrases", "[lang][es][heuristic]") {
  const LangTable table = {
      "es",
      "mx",
      {
          {F::kPrices, "Terapia con células madre de médula ósea: $85,000 MXN por rodilla.",
           "85000 MXN per_knee stem_cell"},
          {F::kPrices, "Ambas rodillas con células madre: 6.800 € .",
           "6800 EUR both_knees stem_cell"},
          {F::kPrices, "Plasma rico en plaquetas: $3,500 MXN por aplicación.",
           "3500 MXN per_injection prp"},
          {F::kPrices, "Consulta de valoración: $900 MXN.", "900 MXN unspecified consultation"},
          {F::kPrices, "Ácido hialurónico: 250 € por sesión.", "250 EUR per_injection other"},
          {F::kPrices, "Paquete de células madre desde US$ 4,900.", "4900 USD package stem_cell"},
          {F::kPrices, "Otras clínicas cobran hasta $200,000 MXN.", ""},
          {F::kPrices, "Llámenos al 55 1234 5678.", ""},
          {F::kPrices, "Más de 3,000 pacientes atendidos desde 2010.", ""},
          {F::kPrices, "Ahorre $5,000 MXN este mes.", ""},
          {F::kUltrasound, "Toda infiltración en la rodilla es ecoguiada.", "yes"},
          {F::kUltrasound, "La aplicación es guiada por ultrasonido.", "yes"},
          {F::kUltrasound, "Realizamos una ecografía diagnóstica en la primera cita.", "unknown"},
          {F::kUltrasound, "No usamos ultrasonido; inyectamos por referencias anatómicas.", "no"},
          {F::kOther, "La columna se infiltra bajo fluoroscopía.", "fluoroscopy"},
          {F::kSources, "Obtenemos las células de la médula ósea de la cadera.", "bone_marrow"},
          {F::kSources, "Usamos tejido adiposo del propio paciente.", "adipose"},
          {F::kSources, "No utilizamos células de donante ni de cordón umbilical.", ""},
          {F::kSources, "El producto contiene gelatina de Wharton.", "wharton_jelly"},
          {F::kSources, "El PRP se obtiene de su propia sangre.", ""},
          {F::kOrigin, "Las células son autólogas.", "autologous"},
          {F::kOrigin, "Usamos células de donante cultivadas.", "allogeneic"},
          {F::kPlan, "Cada paciente recibe un plan de tratamiento personalizado.", "yes"},
          {F::kPlan, "La dosis está adaptada a cada paciente.", "yes"},
          {F::kPlan, "Solicite un presupuesto personalizado.", "unknown"},
          {F::kPlan, "Aplicamos el mismo protocolo para todos los pacientes.", "no"},
          {F::kClaims, "Evite la cirugía de reemplazo de rodilla.", "avoids_surgery"},
          {F::kClaims, "Las células madre regeneran el cartílago.", "regrows_cartilage"},
          {F::kClaims, "Sin efectos secundarios ni riesgo de rechazo.", "no_risk"},
          {F::kClaims, "Resultados garantizados.", "guarantee"},
          {F::kClaims, "Tasa de éxito del 90% en nuestros pacientes.", "success_rate"},
          {F::kClaims, "Conozca los testimonios de nuestros pacientes.", "testimonial"},
          {F::kClaims, "Tratamiento aprobado por la FDA.", "fda_approved"},
          {F::kClaims, "Eficacia comprobada científicamente.", "clinically_proven"},
          {F::kClaims, "Más efectivo que la cortisona.", "superior_to_standard"},
          {F::kClaims, "Las células madre no son una cura para la artrosis.", ""},
          {F::kClaims, "Desconfíe de clínicas que prometen curar la artrosis.", ""},
          {F::kClaims, "Los investigadores estudian si podría regenerar el cartílago.", ""},
          {F::kClaims, "Este tratamiento no está cubierto por el seguro.", ""},
          {F::kClaims, "Agende su consulta.", ""},
      }};
  testing::RunLangTable(table);
}

TEST_CASE("German phrases", "[lang][de][heuristic]") {
  const LangTable table = {
      "de",
      "de",
      {
          {F::kPrices, "Die Eigenfett-Stammzelltherapie kostet ab 2.500 € pro Knie.",
           "2500 EUR per_knee stem_cell"},
          {F::kPrices, "Stammzelltherapie für beide Knie: 4.900 €.",
           "4900 EUR both_knees stem_cell"},
          {F::kPrices, "ACP-Injektion: 180 € pro Injektion.", "180 EUR per_injection prp"},
          {F::kPrices, "Erstberatung: 120 €.", "120 EUR unspecified consultation"},
          {F::kPrices, "Hyaluronsäure: 90 € pro Spritze.", "90 EUR per_injection other"},
          {F::kPrices, "Stammzellbehandlung: CHF 4'500.– pro Knie.", "4500 CHF per_knee stem_cell"},
          {F::kPrices, "Andere Kliniken verlangen über 6.000 €.", ""},
          {F::kPrices, "Telefon: 089 123 456 78.", ""},
          {F::kPrices, "Seit 2009 über 4.000 behandelte Patienten.", ""},
          {F::kPrices, "Sparen Sie 300 € bei Buchung bis Ende Mai.", ""},
          {F::kUltrasound, "Die Injektion ins Kniegelenk erfolgt ultraschallgesteuert.", "yes"},
          {F::kUltrasound, "Wir injizieren unter Ultraschallkontrolle.", "yes"},
          {F::kUltrasound, "Eine Ultraschalluntersuchung gehört zur Erstberatung.", "unknown"},
          {F::kUltrasound,
           "Wir verwenden keinen Ultraschall und injizieren nach anatomischen Landmarken.", "no"},
          {F::kOther, "Die Wirbelsäule behandeln wir unter Durchleuchtung.", "fluoroscopy"},
          {F::kSources, "Das Knochenmark wird aus dem Beckenkamm entnommen.", "bone_marrow"},
          {F::kSources, "Wir verwenden Ihr Eigenfett aus dem Bauch.", "adipose"},
          {F::kSources, "Wir verwenden keine Spenderzellen und kein Nabelschnurgewebe.", ""},
          {F::kSources, "Das Präparat enthält Exosomen.", "exosomes"},
          {F::kSources, "ACP wird aus Ihrem Eigenblut gewonnen.", ""},
          {F::kOrigin, "Die Behandlung ist körpereigen.", "autologous"},
          {F::kOrigin, "Wir verwenden Zellen aus Nabelschnurgewebe von Spendern.", "allogeneic"},
          {F::kPlan, "Jeder Patient erhält einen individuellen Therapieplan.", "yes"},
          {F::kPlan, "Die Dosis wird auf Sie abgestimmt.", "yes"},
          {F::kPlan, "Fordern Sie ein individuelles Angebot an.", "unknown"},
          {F::kPlan, "Alle Patienten erhalten das gleiche Protokoll.", "no"},
          {F::kClaims, "So lässt sich eine Knie-TEP vermeiden.", "avoids_surgery"},
          {F::kClaims, "Die Stammzellen bauen neuen Knorpel auf.", "regrows_cartilage"},
          {F::kClaims, "Die Behandlung hat keinerlei Nebenwirkungen.", "no_risk"},
          {F::kClaims, "Wir geben eine Erfolgsgarantie.", "guarantee"},
          {F::kClaims, "Bei 85 Prozent der Patienten bessern sich die Schmerzen.", "success_rate"},
          {F::kClaims, "Lesen Sie unsere Patientenstimmen.", "testimonial"},
          {F::kClaims, "Von der FDA zugelassen.", "fda_approved"},
          {F::kClaims, "Die Methode ist klinisch bewiesen.", "clinically_proven"},
          {F::kClaims, "Wirksamer als Kortisonspritzen.", "superior_to_standard"},
          {F::kClaims, "Eine Heilung der Arthrose ist nicht möglich.", ""},
          {F::kClaims, "Vorsicht vor Anbietern, die eine Heilung versprechen.", ""},
          {F::kClaims, "Forscher untersuchen, ob Stammzellen Knorpel regenerieren könnten.", ""},
          {F::kClaims, "Die Krankenkasse übernimmt die Kosten nicht.", ""},
          {F::kClaims, "Vereinbaren Sie einen Termin.", ""},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
