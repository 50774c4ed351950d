// Prices (issue 3; CONTRACT.md `prices[]`; DOMAIN.md §1 and §6): a table of
// phrases written the way clinic sites write them, each read as one
// paragraph (optionally under a heading), with the prices expected; a table
// of distractors that must yield no price; and documents built by hand for
// tables, headings, testimonials, JSON-LD and cross-page dedupe.
#include "parsers/extract/prices.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "tests/testing/blocks.h"

namespace clinicrank {
namespace {

using testing::Heading;
using testing::Para;

struct Want {
  double low;
  double high;
  const char* currency;
  const char* basis;
  const char* treatment;
  char bound;  // 'L' lower_bound_only, 'U' upper_bound_only, 0 neither
};

Want One(double amount, const char* currency, const char* basis, const char* treatment,
         char bound = 0) {
  return {amount, amount, currency, basis, treatment, bound};
}
Want Range(double low, double high, const char* currency, const char* basis,
           const char* treatment) {
  return {low, high, currency, basis, treatment, 0};
}

struct Phrase {
  std::string text;
  std::vector<Want> want;
  std::string heading;
  std::string lang;
  std::string tld;
};

Phrase En(std::string text, std::vector<Want> want, std::string heading = "",
          std::string tld = "com") {
  return {std::move(text), std::move(want), std::move(heading), "en", std::move(tld)};
}
Phrase Es(std::string text, std::vector<Want> want, std::string heading = "",
          std::string tld = "mx") {
  return {std::move(text), std::move(want), std::move(heading), "es", std::move(tld)};
}
Phrase De(std::string text, std::vector<Want> want, std::string heading = "") {
  return {std::move(text), std::move(want), std::move(heading), "de", "de"};
}

PageContext Context(const std::string& lang, const std::string& tld,
                    const std::string& url = "https://clinic.example/pricing") {
  PageContext ctx;
  ctx.url = url;
  ctx.lang = lang;
  ctx.tld = tld;
  return ctx;
}

ClinicFacts Run(const std::vector<std::pair<Document, PageContext>>& pages) {
  PriceExtractor extractor;
  for (const auto& [doc, ctx] : pages) extractor.AddPage(doc, ctx);
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts;
}

std::vector<Price> ExtractPhrase(const Phrase& p) {
  Document doc;
  doc.lang = p.lang;
  int section = -1;
  if (!p.heading.empty()) {
    doc.blocks.push_back(Heading(p.heading, 2));
    section = 0;
  }
  doc.blocks.push_back(Para(p.text, section));
  return Run({{doc, Context(p.lang, p.tld)}}).prices;
}

void CheckPrices(const std::vector<Price>& got, const std::vector<Want>& want) {
  std::string found;
  for (const Price& price : got) {
    found += std::to_string(price.low) + "-" + std::to_string(price.high) + " " + price.currency +
             " " + price.basis + " " + price.treatment + "; ";
  }
  CAPTURE(found);
  CHECK(got.size() == want.size());
  for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
    CAPTURE(i);
    CHECK(got[i].low == Approx(want[i].low));
    CHECK(got[i].high == Approx(want[i].high));
    CHECK(got[i].currency == want[i].currency);
    CHECK(got[i].basis == want[i].basis);
    CHECK(got[i].treatment == want[i].treatment);
    CHECK(got[i].lower_bound_only == (want[i].bound == 'L'));
    CHECK(got[i].upper_bound_only == (want[i].bound == 'U'));
  }
}

constexpr const char* kStem = "stem_cell";
constexpr const char* kPrp = "prp";
constexpr const char* kConsult = "consultation";
constexpr const char* kSurgery = "surgery";
constexpr const char* kOther = "other";

// DOMAIN.md §6 formats, currencies and bases; §1 distractor scales (PRP,
// consultation, knee replacement quoted for comparison).
TEST_CASE("Price phrases: amount, currency, basis and treatment", "[prices][heuristic]") {
  const std::vector<Phrase> phrases = {
      // --- English, US dollars -------------------------------------------
      En("Our bone marrow stem cell procedure costs $4,500 per knee.",
         {One(4500, "USD", "per_knee", kStem)}),
      En("Treating both knees on the same day is $8,000.", {One(8000, "USD", "both_knees", kStem)},
         "Stem cell therapy pricing"),
      En("Stem cell injections start at $3,500.", {One(3500, "USD", "unspecified", kStem, 'L')}),
      En("Prices for BMAC range from $5,000 to $7,500 per knee.",
         {Range(5000, 7500, "USD", "per_knee", kStem)}),
      En("SVF therapy: $5,000 – $7,500 per knee", {Range(5000, 7500, "USD", "per_knee", kStem)}),
      En("PRP injections are $750 each.", {One(750, "USD", "per_injection", kPrp)}),
      En("PRP: $650 per shot; most patients need a series of three.",
         {One(650, "USD", "per_injection", kPrp)}),
      En("Initial consultation: $200 (credited toward your procedure).",
         {One(200, "USD", "unspecified", kConsult)}),
      En("The consultation fee is $150.", {One(150, "USD", "unspecified", kConsult)}),
      En("Free consultation! Stem cell therapy from $2,995.",
         {One(2995, "USD", "unspecified", kStem, 'L')}),
      En("For comparison, a total knee replacement typically costs $30,000 or more.",
         {One(30000, "USD", "unspecified", kSurgery, 'L')}),
      En("Knee replacement surgery averages $35,000–$50,000 in the US.",
         {Range(35000, 50000, "USD", "unspecified", kSurgery)}),
      En("Hyaluronic acid (gel) injections: $300 per injection",
         {One(300, "USD", "per_injection", kOther)}),
      En("Cortisone shots are usually covered by insurance; self-pay is $125.",
         {One(125, "USD", "unspecified", kOther)}),
      En("An MRI, if needed, is an additional $450.", {One(450, "USD", "unspecified", kOther)}),
      En("Financing available: as low as $189/mo with approved credit.",
         {One(189, "USD", "per_month", kStem, 'L')}, "Stem cell therapy"),
      En("Pay over 12 months at 0% APR — payments from $375 a month.",
         {One(375, "USD", "per_month", kStem, 'L')}, "Bone marrow concentrate (BMAC)"),
      En("All-inclusive stem cell package (treatment, 3 nights hotel, airport transfers): US$ 7,900",
         {One(7900, "USD", "package", kStem)}),
      En("Stem cell treatment for one knee is $4,500, or $8,000 for both knees.",
         {One(4500, "USD", "per_knee", kStem), One(8000, "USD", "both_knees", kStem)}),
      En("PRP is $750 per injection, while bone marrow concentrate is $4,900 per knee.",
         {One(750, "USD", "per_injection", kPrp), One(4900, "USD", "per_knee", kStem)}),
      En("Unlike PRP ($500–$900), BMAC contains live cells and costs $5,500.",
         {Range(500, 900, "USD", "unspecified", kPrp), One(5500, "USD", "unspecified", kStem)}),
      En("Most patients spend between $4k and $6k per knee on bone marrow stem cells.",
         {Range(4000, 6000, "USD", "per_knee", kStem)}),
      En("Amniotic stem cell injection — only $2,950 per injection!",
         {One(2950, "USD", "per_injection", kStem)}),
      En("Cost: $3,500-$5,000 per joint depending on the number of cells.",
         {Range(3500, 5000, "USD", "per_knee", kStem)}, "Stem cell therapy"),
      En("We charge a flat $6,500 per treatment, which covers harvest, processing and injection.",
         {One(6500, "USD", "per_treatment", kStem)}, "Adipose-derived stem cells"),
      En("Umbilical cord MSC therapy for knee osteoarthritis: $9,500 USD",
         {One(9500, "USD", "unspecified", kStem)}),
      En("Wharton's jelly injection $3,200", {One(3200, "USD", "unspecified", kStem)}),
      En("Exosome therapy starts at $1,995 per vial.",
         {One(1995, "USD", "per_injection", kStem, 'L')}),
      En("Bilateral knee treatment with adipose-derived stem cells: $12,000",
         {One(12000, "USD", "both_knees", kStem)}),
      En("Second knee add-on: $3,000", {One(3000, "USD", "both_knees", kStem)},
         "Stem cell knee injections"),
      En("Booster injections are $1,500 each.", {One(1500, "USD", "per_injection", kStem)},
         "Stem cell therapy"),
      En("Stem cell knee treatment: from $5k", {One(5000, "USD", "unspecified", kStem, 'L')}),
      En("Typical cost: $12.5K for both knees", {One(12500, "USD", "both_knees", kStem)},
         "Stem cell therapy"),
      En("Total price: USD 5,000.00 per knee", {One(5000, "USD", "per_knee", kStem)},
         "BMAC knee injection"),
      En("Price per knee: 4,500 USD", {One(4500, "USD", "per_knee", kStem)}, "Stem cells"),
      En("Stem cells (one knee) ........ $4,800", {One(4800, "USD", "per_knee", kStem)}),
      En("Stem cells $3,995/knee", {One(3995, "USD", "per_knee", kStem)}),
      En("Bone marrow stem cell injection: $4,250 per joint",
         {One(4250, "USD", "per_knee", kStem)}),
      En("Adipose (fat) stem cells: $6,900/procedure", {One(6900, "USD", "per_treatment", kStem)}),
      En("PRP therapy – $400/session", {One(400, "USD", "per_injection", kPrp)}),
      En("Knee arthroscopy costs $5,000 to $10,000 without insurance.",
         {Range(5000, 10000, "USD", "unspecified", kSurgery)}),
      En("Our doctors recommend PRP ($600) before considering stem cells.",
         {One(600, "USD", "unspecified", kPrp)}),
      En("An initial evaluation with x-rays is $250.", {One(250, "USD", "unspecified", kConsult)}),
      En("X-rays on site: $75", {One(75, "USD", "unspecified", kOther)}),
      En("Blood work and labs: $120", {One(120, "USD", "unspecified", kOther)}),
      En("A refundable deposit of $500 secures your stem cell treatment date.",
         {One(500, "USD", "unspecified", kOther)}),
      En("Hotel stays near the clinic average $120 per night.",
         {One(120, "USD", "unspecified", kOther)}),
      En("Stem cell injection for the shoulder: $3,800", {One(3800, "USD", "unspecified", kOther)}),
      En("Hip stem cell therapy costs $5,200.", {One(5200, "USD", "unspecified", kOther)}),
      En("Bone marrow is drawn from the hip; the knee injection costs $4,800.",
         {One(4800, "USD", "unspecified", kStem)}),
      En("Stem cell therapy for knees, hips and shoulders from $4,000 per joint.",
         {One(4000, "USD", "per_knee", kStem, 'L')}),
      En("VIP package: stem cells + PRP + 5 nights luxury hotel — $14,900",
         {One(14900, "USD", "package", kStem)}),
      En("Both knees: $7,500 (save $1,500 compared to treating each knee separately)",
         {One(7500, "USD", "both_knees", kStem)}, "Bone marrow stem cells"),
      En("Pricing starts at $1,850 for a single PRP injection.",
         {One(1850, "USD", "per_injection", kPrp, 'L')}),
      En("Consultations are complimentary; stem cell treatment is $5,000.",
         {One(5000, "USD", "unspecified", kStem)}),
      En("Knee replacement (TKR): $32,000 average in our area; stem cell therapy: $5,500",
         {One(32000, "USD", "unspecified", kSurgery), One(5500, "USD", "unspecified", kStem)}),
      En("Stem cell therapy costs a fraction of knee replacement: about $5,000.",
         {One(5000, "USD", "unspecified", kStem)}),
      En("No surgery, no hospital stay — just $3,900 per knee.",
         {One(3900, "USD", "per_knee", kStem)}, "Bone marrow stem cells"),
      En("USD 3,500 – 5,500 per knee, bone marrow stem cells",
         {Range(3500, 5500, "USD", "per_knee", kStem)}),
      En("Stem cell therapy: 3500 USD", {One(3500, "USD", "unspecified", kStem)}),
      En("Stem cell treatment price: $5,000 to $7,000, depending on the cell source.",
         {Range(5000, 7000, "USD", "unspecified", kStem)}),
      En("From $299 per month with CareCredit.", {One(299, "USD", "per_month", kStem, 'L')},
         "Paying for stem cell therapy"),
      En("Monthly payments as low as $199.", {One(199, "USD", "per_month", kStem, 'L')},
         "Stem cell therapy"),
      En("Lipogems procedure (micro-fragmented fat): $6,000-$8,000",
         {Range(6000, 8000, "USD", "unspecified", kStem)}),
      En("The cost of our regenerative stem cell package is $4,200.",
         {One(4200, "USD", "package", kStem)}),
      En("Regenerative cell therapy, 1 knee: $5,200 | 2 knees: $9,400",
         {One(5200, "USD", "per_knee", kStem), One(9400, "USD", "both_knees", kStem)}),
      En("Bone marrow aspirate concentrate (BMAC): $5,500 one knee / $9,000 both knees",
         {One(5500, "USD", "per_knee", kStem), One(9000, "USD", "both_knees", kStem)}),
      En("PRP: $500 single injection, $1,200 for a series of 3",
         {One(500, "USD", "per_injection", kPrp), One(1200, "USD", "per_treatment", kPrp)}),
      En("Stem cell therapy: $4,000 - $6,000", {Range(4000, 6000, "USD", "unspecified", kStem)}),
      En("Up to $8,000 for both knees with bone marrow concentrate.",
         {One(8000, "USD", "both_knees", kStem, 'U')}),
      En("A total knee replacement is billed at $30,000+ before insurance.",
         {One(30000, "USD", "unspecified", kSurgery, 'L')}),
      En("Stem cells: $4,500 per knee. PRP: $750 per injection.",
         {One(4500, "USD", "per_knee", kStem), One(750, "USD", "per_injection", kPrp)}),
      En("Our all-inclusive knee package is $6,500 and includes bone marrow stem cells, MRI and "
         "two nights' lodging.",
         {One(6500, "USD", "package", kStem)}),
      En("Stem cell therapy is priced at $5,000 per knee — roughly the price of a used car.",
         {One(5000, "USD", "per_knee", kStem)}),
      En("Our bone marrow concentrate costs $6,800 per treatment, whether one or both knees are "
         "treated.",
         {One(6800, "USD", "per_treatment", kStem)}),
      En("Stem cell consultation: $150", {One(150, "USD", "unspecified", kConsult)}),
      En("Compared to knee replacement ($30,000), our BMAC procedure is far less invasive.",
         {One(30000, "USD", "unspecified", kSurgery)}),
      En("PRP is a cheaper alternative to stem cells at $750.",
         {One(750, "USD", "unspecified", kPrp)}),
      En("Stem cell therapy costs $4,500 per knee, or $199/mo with financing.",
         {One(4500, "USD", "per_knee", kStem), One(199, "USD", "per_month", kStem)}),
      En("Most clinics charge $8,000 or more per knee; our bone marrow stem cell price is $4,900 "
         "per knee.",
         {One(4900, "USD", "per_knee", kStem)}),
      En("Industry-leading value: bone marrow stem cells for $4,200 per knee.",
         {One(4200, "USD", "per_knee", kStem)}),
      En("Two knees for $7,900 — stem cells from your own bone marrow.",
         {One(7900, "USD", "both_knees", kStem)}),
      En("Knee stem cell therapy costs $5,900 per knee.", {One(5900, "CAD", "per_knee", kStem)}, "",
         "ca"),
      En("Our BMAC knee procedure is $4,950, all-inclusive.", {One(4950, "USD", "package", kStem)}),
      En("Stem cell therapy for knee arthritis typically costs $2,500–$5,000 per injection.",
         {Range(2500, 5000, "USD", "per_injection", kStem)}),
      En("Bone marrow concentrate: $4,500 per knee (includes a free consultation and follow-up "
         "visits).",
         {One(4500, "USD", "per_knee", kStem)}),
      En("Price: $3,250.00 per knee", {One(3250, "USD", "per_knee", kStem)}, "Stem cell injections"),
      En("PRP injections range from $500 to $2,000 per session.",
         {Range(500, 2000, "USD", "per_injection", kPrp)}),
      // --- Other currencies ------------------------------------------------
      En("Our price is C$6,800 per knee for stem cells.", {One(6800, "CAD", "per_knee", kStem)}),
      En("Stem cell knee treatment: CA$7,200", {One(7200, "CAD", "unspecified", kStem)}),
      En("£10,000 per joint for surgical cell repair, plus a £250 consultation.",
         {One(10000, "GBP", "per_knee", kSurgery), One(250, "GBP", "unspecified", kConsult)}),
      En("Stem cell knee treatment in Bangkok: ฿180,000 per knee",
         {One(180000, "THB", "per_knee", kStem)}),
      En("PRP 12,000 baht per session", {One(12000, "THB", "per_injection", kPrp)}),
      En("Umbilical cord MSC injection – one knee: CI$6,200", {One(6200, "KYD", "per_knee", kStem)}),
      En("Telemedicine consultation with our medical director: US$250",
         {One(250, "USD", "unspecified", kConsult)}),
      En("Stem cell therapy for knee: Rs. 1,50,000 per knee",
         {One(150000, "INR", "per_knee", kStem)}),
      En("₹2,00,000 for both knees (stem cells)", {One(200000, "INR", "both_knees", kStem)}),
      En("Stem cell therapy in Germany: ab 1.800 € pro Knie",
         {One(1800, "EUR", "per_knee", kStem, 'L')}),
      En("Mesenchymal stem cells, one knee: €3,900", {One(3900, "EUR", "per_knee", kStem)}),
      En("Stem cell knee injection in Panama: B/. 6,500", {One(6500, "PAB", "unspecified", kStem)}),
      // --- Spanish -----------------------------------------------------------
      Es("Tratamiento de rodilla con células madre desde $3,500 dólares por rodilla.",
         {One(3500, "USD", "per_knee", kStem, 'L')}),
      Es("Células madre de médula ósea, una rodilla: $85,000 MXN",
         {One(85000, "MXN", "per_knee", kStem)}),
      Es("Ambas rodillas: $150,000 MXN", {One(150000, "MXN", "both_knees", kStem)},
         "Células madre de médula ósea"),
      Es("Plasma rico en plaquetas (PRP): $6,500 MXN por aplicación",
         {One(6500, "MXN", "per_injection", kPrp)}),
      Es("Desde $7,100 MXN mensuales a 12 meses sin intereses.",
         {One(7100, "MXN", "per_month", kStem, 'L')}, "Tratamiento con células madre"),
      Es("Paquete todo incluido: USD $4,800", {One(4800, "USD", "package", kStem)},
         "Células madre para pacientes internacionales"),
      Es("El costo es de 3.900 € por rodilla.", {One(3900, "EUR", "per_knee", kStem)},
         "Células madre de médula ósea", "es"),
      Es("Precio: 250 € por sesión de PRP", {One(250, "EUR", "per_injection", kPrp)}, "", "es"),
      Es("Consulta de valoración: $1,000 MXN", {One(1000, "MXN", "unspecified", kConsult)}),
      Es("Consulta de valoración para células madre: $800 pesos",
         {One(800, "MXN", "unspecified", kConsult)}),
      Es("El tratamiento con células madre cuesta entre 4.000 y 6.000 dólares.",
         {Range(4000, 6000, "USD", "unspecified", kStem)}),
      Es("Precio: de 3.000 a 8.000 dólares, según el número de células.",
         {Range(3000, 8000, "USD", "unspecified", kStem)}, "Terapia con células madre"),
      Es("Desde $3,500 hasta $6,000 USD por rodilla",
         {Range(3500, 6000, "USD", "per_knee", kStem)}, "Células madre"),
      Es("Células madre mesenquimales: $18.000.000 COP por rodilla",
         {One(18000000, "COP", "per_knee", kStem)}, "", "co"),
      Es("Precio en Costa Rica: ₡2.500.000 por rodilla", {One(2500000, "CRC", "per_knee", kStem)},
         "Células madre", "cr"),
      Es("Tratamiento de células madre: B/. 6,500 por rodilla",
         {One(6500, "PAB", "per_knee", kStem)}, "", "pa"),
      Es("Cirugía de reemplazo de rodilla: $250,000 MXN",
         {One(250000, "MXN", "unspecified", kSurgery)}),
      Es("Artroscopia de rodilla desde $60,000 pesos",
         {One(60000, "MXN", "unspecified", kSurgery, 'L')}),
      Es("Ácido hialurónico: 180 € por infiltración", {One(180, "EUR", "per_injection", kOther)},
         "", "es"),
      Es("Paquete: 2 noches de hotel y traslados por $350 dólares",
         {One(350, "USD", "package", kOther)}),
      Es("Hasta 12 meses sin intereses: pagos de $2,100 MXN al mes.",
         {One(2100, "MXN", "per_month", kStem)}, "Células madre"),
      Es("Anticipo para reservar su fecha: $500 dólares", {One(500, "USD", "unspecified", kOther)}),
      Es("Células madre para rodilla: RD$ 350,000", {One(350000, "DOP", "unspecified", kStem)}, "",
         "do"),
      Es("Costo del tratamiento con células madre: 15,000 dlls.",
         {One(15000, "USD", "unspecified", kStem)}),
      Es("Células madre: $4,500 dls por rodilla", {One(4500, "USD", "per_knee", kStem)}),
      Es("Precio especial: $95,000 M.N. ambas rodillas", {One(95000, "MXN", "both_knees", kStem)},
         "Células madre"),
      Es("Tratamiento PRP 3 sesiones: $9,000 pesos", {One(9000, "MXN", "unspecified", kPrp)}),
      Es("Infiltración de plasma rico en plaquetas desde 200 €",
         {One(200, "EUR", "unspecified", kPrp, 'L')}, "", "es"),
      Es("Valoración médica y resonancia magnética: $2,500 MXN",
         {One(2500, "MXN", "unspecified", kConsult)}),
      Es("Tratamiento con células madre: $85,000", {One(85000, "MXN", "unspecified", kStem)}),
      Es("Tratamiento con células madre: $3,900", {One(3900, "USD", "unspecified", kStem)}),
      Es("Terapia con células madre: $18.000.000 por rodilla",
         {One(18000000, "COP", "per_knee", kStem)}, "", "co"),
      Es("El paquete de células madre cuesta 85 mil pesos.", {One(85000, "MXN", "package", kStem)}),
      Es("Ambas rodillas con células madre: 7.500 € (IVA incluido)",
         {One(7500, "EUR", "both_knees", kStem)}, "", "es"),
      Es("Tratamiento con células madre de tejido adiposo: 4.900 euros por rodilla",
         {One(4900, "EUR", "per_knee", kStem)}, "", "es"),
      Es("Reemplazo total de rodilla: entre 180 mil y 250 mil pesos",
         {Range(180000, 250000, "MXN", "unspecified", kSurgery)}),
      Es("Precio por rodilla: US$ 5,500 (células madre de cordón umbilical)",
         {One(5500, "USD", "per_knee", kStem)}),
      Es("Precio del tratamiento con células madre: USD 4.500 por rodilla",
         {One(4500, "USD", "per_knee", kStem)}),
      Es("Infiltración de PRP: $3,500 pesos por sesión", {One(3500, "MXN", "per_injection", kPrp)}),
      Es("Células madre: 4\u00A0900 € por rodilla", {One(4900, "EUR", "per_knee", kStem)}, "", "es"),
      // --- German --------------------------------------------------------------
      De("Eigenfett-Stammzelltherapie am Knie: ab 2.500 € pro Knie.",
         {One(2500, "EUR", "per_knee", kStem, 'L')}),
      De("Knochenmark-Stammzellen, beide Knie: 4.900,00 €", {One(4900, "EUR", "both_knees", kStem)}),
      De("ACP-Eigenbluttherapie (PRP): 180 € pro Injektion",
         {One(180, "EUR", "per_injection", kPrp)}),
      De("Erstberatung inkl. Untersuchung: 120 €", {One(120, "EUR", "unspecified", kConsult)}),
      De("Hyaluronsäure-Injektion: 150 € je Spritze", {One(150, "EUR", "per_injection", kOther)}),
      De("Die Behandlung kostet zwischen 3.000 und 5.000 Euro.",
         {Range(3000, 5000, "EUR", "unspecified", kStem)}, "Stammzelltherapie"),
      De("Kosten: 2.500,- € pro Knie", {One(2500, "EUR", "per_knee", kStem)}, "Eigenfett-Therapie"),
      De("Preis: CHF 4'900.– pro Knie", {One(4900, "CHF", "per_knee", kStem)}, "Stammzellen"),
      De("Bis zu 8.000 € für beide Knie", {One(8000, "EUR", "both_knees", kStem, 'U')},
         "Stammzelltherapie"),
      De("Monatliche Rate ab 149 €", {One(149, "EUR", "per_month", kStem, 'L')},
         "Stammzelltherapie finanzieren"),
      De("Stammzelltherapie am Kniegelenk: 3.500 Euro pro Gelenk",
         {One(3500, "EUR", "per_knee", kStem)}),
      De("Kniegelenkersatz (Knie-TEP) kostet Selbstzahler etwa 12.000 €.",
         {One(12000, "EUR", "unspecified", kSurgery)}),
      De("PRP-Behandlung: drei Sitzungen für 540 €", {One(540, "EUR", "unspecified", kPrp)}),
      De("Nanofett-Behandlung, ein Knie, mit MRT-Kontrolle: €3.500",
         {One(3500, "EUR", "per_knee", kStem)}),
      De("Stammzellen aus Nabelschnurgewebe: 6.900 EUR pro Behandlung",
         {One(6900, "EUR", "per_treatment", kStem)}),
      De("Kortison-Spritze als Selbstzahlerleistung: 45 Euro",
         {One(45, "EUR", "unspecified", kOther)}),
      De("Komplettpaket Stammzelltherapie inkl. Hotel: 5.900 €",
         {One(5900, "EUR", "package", kStem)}),
      De("Stammzellbehandlung: 3.900 € (beidseitig 6.900 €)",
         {One(3900, "EUR", "unspecified", kStem), One(6900, "EUR", "both_knees", kStem)}),
      // --- Negation read by the shared engine (parsers/text/polarity.h) ----------
      En("No PRP is needed: bone marrow stem cell therapy is $4,800 per knee.",
         {One(4800, "USD", "per_knee", kStem)}),
      En("Surgery is not required; our BMAC injection costs $5,200.",
         {One(5200, "USD", "unspecified", kStem)}),
      Es("Sin cirugía: células madre de médula ósea por 4,900 USD por rodilla",
         {One(4900, "USD", "per_knee", kStem)}),
      // --- Two amounts split at the engine's clause boundary ----------------
      En("PRP is $600 per session, whereas bone marrow stem cells are $4,800 per knee.",
         {One(600, "USD", "per_injection", kPrp), One(4800, "USD", "per_knee", kStem)}),
      De("PRP kostet 400 € pro Sitzung, aber Stammzellen aus Knochenmark kosten 4.500 € pro Knie.",
         {One(400, "EUR", "per_injection", kPrp), One(4500, "EUR", "per_knee", kStem)}),
  };
  REQUIRE(phrases.size() >= 150);
  for (const Phrase& p : phrases) {
    CAPTURE(p.text, p.heading, p.lang, p.tld);
    CheckPrices(ExtractPhrase(p), p.want);
  }
}

// Issue 3 "Never a price", DOMAIN.md §6 "Not prices".
TEST_CASE("Distractors are never prices", "[prices][heuristic]") {
  const std::vector<Phrase> distractors = {
      En("Call us at (720) 555-0182 to schedule.", {}),
      En("Over 5,000 procedures performed since 2009.", {}),
      En("Our clinic is at 4100 Arapahoe Ave, Suite 210, Boulder, CO 80303.", {}),
      En("Each injection contains 100 million cells.", {}),
      En("We harvest about 60 ml of bone marrow from the hip.", {}),
      En("Save 20% when you book both knees this month.", {}),
      En("Save $500 when you book before March 31!", {}),
      En("$0 down and 0% APR financing for 12 months.", {}),
      En("Get $1,000 off your second knee.", {}),
      En("90% of our patients report less pain.", {}),
      En("In 2023 I spent $12,000 on injections that didn't help.", {}),
      En("\"I had paid over $20,000 for two knee scopes before I found them.\"", {}),
      Es("Gasté más de $100,000 pesos en otras clínicas antes de venir.", {}),
      De("Ich habe 6.000 € bezahlt und bin sehr zufrieden.", {}),
      En("Fees are quoted in Cayman Islands dollars; CI$1.00 = US$1.20.", {}),
      En("Open Monday–Friday, 8:00–17:00.", {}),
      En("Dr. Smith has treated more than 10,000 knees over 25 years.", {}),
      En("Results may take 3-6 months.", {}),
      En("The FDA fined the clinic $5.1 million in 2024.", {}),
      En("Call 1-800-555-0199 today.", {}),
      Es("Tel. +52 (664) 555 0190", {}),
      Es("C.P. 22420, Tijuana, B.C.", {}),
      Es("Tasa de éxito del 90% en pacientes con artrosis.", {}),
      Es("50 millones de células por rodilla.", {}),
      De("Sprechzeiten Mo–Fr 8–17 Uhr", {}),
      De("Telefon 089 5550 1840", {}),
      De("Schäftlarnstraße 164 · 81371 München", {}),
      En("Licensed by the Ministry of Health, Resolution No. 1187 of 2012.", {}),
      En("Ask about our 0% financing.", {}),
      En("Attend a free seminar and save $1,000 on every injection!", {}),
      En("Most patients need 2 to 3 injections for best results.", {}),
      Es("Ahorre $5,000 pesos reservando este mes.", {}),
      En("Rated 4.9 out of 5 by 1,200 patients.", {}),
      En("Copay: $0 for your first visit.", {}),
      De("Sie sparen 500 € bei Behandlung beider Knie.", {}),
      Es("Descuento de $2,000 en la segunda rodilla.", {}),
      En("$500 discount for veterans and first responders.", {}),
      En("Our lab processes 2,000 samples a year.", {}),
      Es("Dosis: 30 millones de células madre por rodilla.", {}),
      En("ISO 9001:2015 certified laboratory.", {}),
      En("Founded in 1998, we now have 3 locations and 12 physicians.", {}),
      En("Grand Cayman KY1-9006 · +1 345-555-0126", {}),
      En("Follow-ups at 6 weeks, 3 months and 12 months.", {}),
      En("Injections of 30 million UC-MSCs per knee, plus an IV of 70 million.", {}),
      En("Over 95% viability at the time of release.", {}),
      Es("Revisiones a las 6 semanas, 3 meses y 1 año.", {}),
      En("She paid $9,000 at another clinic and it cost her $2,000 more in travel — she spent "
         "$11,000 in all.",
         {}),
      Es("Me costó $80,000 pesos en otra clínica.", {}),
      En("Published 03/15/2024 · Updated 2024-11-02", {}),
      En("Price: call for a quote.", {}),
      // Market figures and other clinics' prices are not this clinic's prices.
      En("The average cost of stem cell therapy for knees is $3,000 to $5,000 per knee.", {}),
      En("Most U.S. clinics charge somewhere between $3,500 and $8,000 per knee.", {}),
      En("One flyer we saw advertised \"$2,950 per shot\" for amniotic cells.", {}),
      Es("Tipo de cambio de referencia: ₡505 por US$1.", {}),
      Es("Otras clínicas cobran hasta $12,000 dólares por rodilla.", {}),
  };
  for (const Phrase& p : distractors) {
    CAPTURE(p.text);
    const std::vector<Price> got = ExtractPhrase(p);
    std::string found;
    for (const Price& price : got) found += price.quote + " -> " + price.currency + "; ";
    CAPTURE(found);
    CHECK(got.empty());
  }
}

}  // namespace
}  // namespace clinicrank
