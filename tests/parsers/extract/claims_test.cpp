// Claim extraction (../shared/DOMAIN.md §4 claim taxonomy, §2 regulation,
// §3 red flags). Phrase tables are written the way clinic sites word them;
// every phrase is a one-block Document so the tests do not depend on the
// HTML parser.
#include "parsers/extract/claims.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parsers/extract/claim_rules.h"
#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"

namespace clinicrank {
namespace {

constexpr const char* kUrl = "https://clinic.example/page";

Block MakeBlock(BlockKind kind, std::string text, std::string context = "", bool quoted = false) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.context = std::move(context);
  b.quoted = quoted;
  if (kind == BlockKind::kHeading) b.heading_level = 2;
  return b;
}

Block P(std::string text) { return MakeBlock(BlockKind::kParagraph, std::move(text)); }
Block H(std::string text) { return MakeBlock(BlockKind::kHeading, std::move(text)); }
Block Li(std::string text) { return MakeBlock(BlockKind::kListItem, std::move(text)); }

// Blocks get their section from the nearest preceding heading.
Document Doc(std::vector<Block> blocks) {
  Document doc;
  int section = -1;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::kHeading) {
      blocks[i].section = -1;
      section = static_cast<int>(i);
    } else {
      blocks[i].section = section;
    }
  }
  doc.blocks = std::move(blocks);
  return doc;
}

std::vector<Claim> Extract(const std::vector<Document>& pages) {
  ClaimExtractor extractor;
  int n = 0;
  for (const Document& doc : pages) {
    PageContext ctx;
    ctx.url = std::string(kUrl) + std::to_string(n++);
    extractor.AddPage(doc, ctx);
  }
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts.claims;
}

std::vector<Claim> ExtractText(const std::string& text) { return Extract({Doc({P(text)})}); }

std::set<std::string> Kinds(const std::vector<Claim>& claims) {
  std::set<std::string> kinds;
  for (const Claim& c : claims) kinds.insert(c.kind);
  return kinds;
}

std::string Join(const std::set<std::string>& kinds) {
  std::string out;
  for (const std::string& k : kinds) out += (out.empty() ? "" : ",") + k;
  return out;
}

const Claim* Find(const std::vector<Claim>& claims, const std::string& kind) {
  for (const Claim& c : claims) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

struct PhraseCase {
  const char* text;
  std::set<std::string> kinds;                 // exactly these kinds
  std::optional<double> value = std::nullopt;  // success_rate value
  bool cited = false;
};

void CheckPhrases(const std::vector<PhraseCase>& cases) {
  for (const PhraseCase& c : cases) {
    CAPTURE(c.text);
    const std::vector<Claim> claims = ExtractText(c.text);
    const std::string got = Join(Kinds(claims));
    CAPTURE(got);
    CHECK(Kinds(claims) == c.kinds);
    if (c.value) {
      const Claim* rate = Find(claims, "success_rate");
      REQUIRE(rate != nullptr);
      CHECK(rate->value.has_value());
      CHECK(rate->value.value_or(-1) == Approx(*c.value));
      CHECK(rate->cited == c.cited);
    }
    for (const Claim& claim : claims) {
      CHECK(claim.url == std::string(kUrl) + "0");
      CHECK(!claim.quote.empty());
      if (claim.kind != "success_rate") CHECK(!claim.value.has_value());
    }
  }
}

struct Distractor {
  const char* text;
  const char* kind;  // must not be produced
};

void CheckDistractors(const std::vector<Distractor>& cases) {
  for (const Distractor& d : cases) {
    CAPTURE(d.text, d.kind);
    const std::vector<Claim> claims = ExtractText(d.text);
    CAPTURE(Join(Kinds(claims)));
    CHECK(Find(claims, d.kind) == nullptr);
  }
}

}  // namespace

TEST_CASE("claim rules all compile", "[claims][contract]") { CHECK(ClaimRulesCompiled()); }

// DOMAIN.md §4 fda_approved; §2 "real approvals that pages may misuse".
TEST_CASE("fda_approved phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Our FDA-approved stem cell therapy gets you back on your feet.", {"fda_approved"}},
      {"The cells we use are FDA approved for joint injections.", {"fda_approved"}},
      {"All of our regenerative products are approved by the FDA.", {"fda_approved"}},
      {"We only use FDA-compliant stem cells from a certified source.", {"fda_approved"}},
      {"FDA sanctioned umbilical cord cells, shipped overnight to our clinic.", {"fda_approved"}},
      {"Nuestro tratamiento con células madre está aprobado por la FDA.", {"fda_approved"}},
      {"Usamos productos avalados por la FDA en todos nuestros protocolos.", {"fda_approved"}},
      {"Die Therapie ist von der FDA zugelassen und sicher.", {"fda_approved"}},
      {"Yes — our amniotic product has FDA approval for orthopedic use.", {"fda_approved"}},
  });
}

TEST_CASE("fda_approved distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"BMAC for knee arthritis is not an FDA-approved treatment.", "fda_approved"},
      {"No stem cell product is FDA approved for knee osteoarthritis.", "fda_approved"},
      {"The treatments described on this site have not been approved by the U.S. Food and Drug "
       "Administration.",
       "fda_approved"},
      {"We process marrow with an FDA-cleared centrifuge system.", "fda_approved"},
      {"Our cells are prepared in an FDA-registered laboratory.", "fda_approved"},
      {"Our FDA-approved centrifuge concentrates your marrow at the bedside.", "fda_approved"},
      {"We operate an FDA-regulated facility in Dallas.", "fda_approved"},
      {"The FDA does not approve medical procedures, only drugs and devices.", "fda_approved"},
      {"The only FDA-approved stem cell products are cord blood-derived cells for blood "
       "disorders.",
       "fda_approved"},
      {"Ryoncil was approved by the FDA in December 2024 for pediatric GVHD.", "fda_approved"},
      {"MACI is an FDA-approved implant of cultured chondrocytes.", "fda_approved"},
      {"Be wary of any clinic that says its stem cells are FDA approved.", "fda_approved"},
      {"Este tratamiento no está aprobado por la FDA.", "fda_approved"},
      {"Die Behandlung ist nicht von der FDA zugelassen.", "fda_approved"},
      {"These injections are not FDA approved and are offered off-label.", "fda_approved"},
  });
}

// DOMAIN.md §4 cure.
TEST_CASE("cure phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Stem cell therapy cures arthritis at its source.", {"cure"}},
      {"Our protocol reverses osteoarthritis without drugs.", {"cure"}},
      {"A permanent fix for worn-out knees.", {"cure"}},
      {"Finally, a real cure for knee pain.", {"cure"}},
      {"La terapia celular cura la artrosis de rodilla.", {"cure"}},
      {"Nuestro protocolo revierte el desgaste articular.", {"cure"}},
      {"Unsere Stammzelltherapie heilt Arthrose.", {"cure"}},
      {"Eliminate your knee pain for good with one injection.", {"cure"}},
  });
}

TEST_CASE("cure distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"Stem cell therapy is not a cure for osteoarthritis.", "cure"},
      {"No treatment cures osteoarthritis.", "cure"},
      {"There is no cure for arthritis, but symptoms can be managed.", "cure"},
      {"Regenerative injections may help reduce pain in some patients.", "cure"},
      {"Researchers hope stem cells might one day reverse osteoarthritis.", "cure"},
      {"La terapia no es una cura para la artrosis.", "cure"},
      {"Die Behandlung ist keine Heilung; Arthrose ist nicht heilbar.", "cure"},
      {"We cannot cure arthritis, and anyone who says so is misleading you.", "cure"},
  });
}

// DOMAIN.md §4 guarantee.
TEST_CASE("guarantee phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Guaranteed results or your money back.", {"guarantee"}},
      {"We guarantee you will feel improvement within 90 days.", {"guarantee"}},
      {"Improvement or a full refund — that's our promise.", {"guarantee"}},
      {"Resultados garantizados en su primera aplicación.", {"guarantee"}},
      {"Garantizamos máxima eficacia en cada tratamiento.", {"guarantee"}},
      {"Mit unserer Erfolgsgarantie gehen Sie kein Risiko ein.", {"guarantee"}},
  });
}

TEST_CASE("guarantee distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"There is no guarantee that stem cell therapy will work for you.", "guarantee"},
      {"We cannot guarantee a specific outcome; results vary.", "guarantee"},
      {"Best-price guarantee: we will match any written quote.", "guarantee"},
      {"Guaranteed appointment within 48 hours of your call.", "guarantee"},
      {"Results are not guaranteed and vary from patient to patient.", "guarantee"},
      {"No garantizamos resultados específicos.", "guarantee"},
      {"Eine Garantie auf Heilung gibt es nicht.", "guarantee"},
      {"Your privacy is guaranteed under HIPAA.", "guarantee"},
  });
}

// DOMAIN.md §4 success_rate: value is the high end; "8 of 10" is 80.
TEST_CASE("success_rate phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"85% of our patients report significant improvement.", {"success_rate"}, 85},
      {"Patients see 60–90% improvement in pain and mobility.", {"success_rate"}, 90},
      {"8 out of 10 patients avoid knee replacement after treatment.",
       {"success_rate", "avoids_surgery"},
       80},
      {"Nine in ten patients say they would recommend the procedure.", {"success_rate"}, 90},
      {"Our success rate is 92 percent.", {"success_rate"}, 92},
      {"Over 95% patient satisfaction.", {"success_rate"}, 95},
      {"A 2019 study found that 75% of patients had less pain after BMAC.",
       {"success_rate"},
       75,
       true},
      {"Contamos con una tasa de éxito del 80% en rodilla.", {"success_rate"}, 80},
      {"El 79,3% de los pacientes reportó mejoría a los seis meses.", {"success_rate"}, 79.3},
      {"Unsere Erfolgsquote liegt bei 85 %.", {"success_rate"}, 85},
      {"Pain scores dropped by 70% on average.", {"success_rate"}, 70},
      {"Ocho de cada diez pacientes mejoran su movilidad.", {"success_rate"}, 80},
  });
}

TEST_CASE("success_rate distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"Save 20% on your second knee this month.", "success_rate"},
      {"0% APR financing for 12 months on approved credit.", "success_rate"},
      {"Cell viability above 95% is confirmed in our lab.", "success_rate"},
      {"About 25% of adults have knee pain that limits daily life.", "success_rate"},
      {"Fat contains 2000% more stem cells than bone marrow.", "success_rate"},
      {"A 50% deposit is due when you book.", "success_rate"},
      {"Our cells are 100% your own, with nothing added.", "success_rate"},
      {"Some clinics claim a 90% success rate without any data.", "success_rate"},
      {"Osteoarthritis affects 30% of people over 60.", "success_rate"},
      {"Precio con 15% de descuento pagando en efectivo.", "success_rate"},
  });
}

TEST_CASE("success_rate keeps the highest figure of a sentence", "[claims][heuristic]") {
  const auto claims = ExtractText("70% of patients improved and 90% were satisfied.");
  REQUIRE(Find(claims, "success_rate") != nullptr);
  CHECK(Find(claims, "success_rate")->value.value_or(0) == Approx(90));
}

// DOMAIN.md §4 no_risk (Knoepfler 2017: "no rejection, no side effects").
TEST_CASE("no_risk phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"The procedure has no side effects.", {"no_risk"}},
      {"Zero risk, because the cells come from your own body.", {"no_risk"}},
      {"Stem cell injections are 100% safe.", {"no_risk"}},
      {"There is no chance of rejection since we use your own cells.", {"no_risk"}},
      {"A quick, painless injection in our office.", {"no_risk"}},
      {"Tratamiento sin riesgos y sin efectos secundarios.", {"no_risk"}},
      {"Sin posibilidad de rechazo.", {"no_risk"}},
      {"Die Behandlung hat keinerlei Nebenwirkungen.", {"no_risk"}},
      {"A risk-free alternative for active adults.", {"no_risk"}},
  });
}

TEST_CASE("no_risk distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"The procedure is low risk; infection, bleeding and swelling are possible.", "no_risk"},
      {"A minimally invasive, same-day procedure.", "no_risk"},
      {"No general anesthesia is required.", "no_risk"},
      {"No medical procedure is completely risk-free.", "no_risk"},
      {"Like any injection, it is not without risks.", "no_risk"},
      {"Every batch undergoes safety testing before release.", "no_risk"},
      {"Ningún procedimiento está libre de riesgos.", "no_risk"},
      {"Kein Eingriff ist völlig risikofrei.", "no_risk"},
      {"Book your no-risk consultation today.", "no_risk"},
  });
}

// DOMAIN.md §4 regrows_cartilage.
TEST_CASE("regrows_cartilage phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Stem cells regrow cartilage in damaged knees.", {"regrows_cartilage"}},
      {"Our therapy helps rebuild the joint from the inside.", {"regrows_cartilage"}},
      {"Within months, new cartilage forms where it had worn away.", {"regrows_cartilage"}},
      {"Regenerate damaged cartilage naturally.", {"regrows_cartilage"}},
      {"Las células madre regeneran el cartílago de la rodilla.", {"regrows_cartilage"}},
      {"Mit Stammzellen den Knorpel neu aufbauen.", {"regrows_cartilage"}},
  });
}

TEST_CASE("regrows_cartilage distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"MACI repairs cartilage defects using cultured chondrocytes implanted surgically.",
       "regrows_cartilage"},
      {"Cartilage is a smooth tissue that covers the ends of bones.", "regrows_cartilage"},
      {"Researchers are studying whether stem cells can regrow cartilage.", "regrows_cartilage"},
      {"Cartilage does not grow back once it is lost.", "regrows_cartilage"},
      {"Stem cells do not regrow cartilage in an arthritic knee.", "regrows_cartilage"},
      {"Regenerative medicine for joint pain in Denver.", "regrows_cartilage"},
  });
}

// DOMAIN.md §4 avoids_surgery (low severity).
TEST_CASE("avoids_surgery phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"A proven alternative to knee replacement.", {"avoids_surgery", "clinically_proven"}},
      {"No surgery needed, no hospital stay.", {"avoids_surgery"}},
      {"Many of our patients have been able to postpone or avoid knee replacement surgery "
       "altogether.",
       {"avoids_surgery"}},
      {"Get back to golf without surgery.", {"avoids_surgery"}},
      {"Evite la cirugía de rodilla con células madre.", {"avoids_surgery"}},
      {"Una alternativa al reemplazo de rodilla.", {"avoids_surgery"}},
      {"Mit Stammzellen lässt sich eine OP vermeiden.", {"avoids_surgery"}},
  });
}

TEST_CASE("avoids_surgery distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"A total knee replacement in Colorado is typically billed at $30,000+.", "avoids_surgery"},
      {"A non-surgical procedure performed in our office.", "avoids_surgery"},
      {"Stem cells are not an alternative to knee replacement for bone-on-bone arthritis.",
       "avoids_surgery"},
      {"Replacement is still the right answer for many people with advanced arthritis.",
       "avoids_surgery"},
  });
}

// DOMAIN.md §3 item 2, §4 treats_many_conditions.
TEST_CASE("treats_many_conditions phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"We treat arthritis, MS, autism, COPD and ED with the same stem cells.",
       {"treats_many_conditions"}},
      {"Our cord cells help patients with Parkinson's, heart failure and diabetes.",
       {"treats_many_conditions"}},
      {"Tratamos más de 30 enfermedades con células madre.", {"treats_many_conditions"}},
      {"Wir behandeln Multiple Sklerose, Schlaganfall und COPD.", {"treats_many_conditions"}},
  });
}

TEST_CASE("treats_many_conditions distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"We treat knee, hip, shoulder and back pain, plus tendon and ligament injuries.",
       "treats_many_conditions"},
      {"We do not treat autism, MS or heart disease; our practice is orthopedic only.",
       "treats_many_conditions"},
      {"Researchers are studying stem cells for Parkinson's and heart disease.",
       "treats_many_conditions"},
      {"We treat over 20 orthopedic conditions of the knee, hip and spine.",
       "treats_many_conditions"},
      {"Patients with diabetes or a history of stroke are not candidates.",
       "treats_many_conditions"},
  });
}

TEST_CASE("treats_many_conditions emerges across list items", "[claims][heuristic]") {
  const auto claims =
      Extract({Doc({H("Conditions we treat"), Li("Knee osteoarthritis"), Li("Multiple sclerosis"),
                    Li("Autism"), Li("COPD"), Li("Erectile dysfunction")})});
  const Claim* c = Find(claims, "treats_many_conditions");
  REQUIRE(c != nullptr);
  CHECK(c->quote.find("Multiple sclerosis") != std::string::npos);
}

TEST_CASE("treats_many_conditions emerges across pages", "[claims][heuristic]") {
  const auto claims =
      Extract({Doc({H("Stem cell therapy for Parkinson's disease"), P("We treat Parkinson's.")}),
               Doc({H("Stem cell therapy for COPD"), P("Our protocol treats COPD.")})});
  CHECK(Find(claims, "treats_many_conditions") != nullptr);
}

TEST_CASE("orthopedic-only lists are not treats_many_conditions", "[claims][heuristic]") {
  const auto claims = Extract(
      {Doc({H("Conditions we treat"), Li("Knee osteoarthritis"), Li("Rotator cuff tears"),
            Li("Tennis elbow"), Li("Plantar fasciitis"), Li("Degenerative disc disease")})});
  CHECK(Find(claims, "treats_many_conditions") == nullptr);
}

// DOMAIN.md §4 testimonial.
TEST_CASE("testimonial phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Hear from our patients about their recovery.", {"testimonial"}},
      {"Read our patient success stories.", {"testimonial"}},
      {"Pro athletes trust us with their knees.", {"testimonial"}},
      {"Conozca los testimonios de nuestros pacientes.", {"testimonial"}},
      {"Lesen Sie die Erfahrungsberichte unserer Patienten.", {"testimonial"}},
      {"Rated 4.9 out of 5 stars by 300 patients.", {"testimonial"}},
  });
}

TEST_CASE("testimonial blocks: one claim per quote, attribution skipped", "[claims][heuristic]") {
  Document doc = Doc({
      H("Patient stories"),
      MakeBlock(BlockKind::kParagraph,
                "\"Six months after my procedure I'm back on the trails above Chautauqua.\"",
                "testimonials testimonial", true),
      MakeBlock(BlockKind::kParagraph, "— Linda K., 61, Longmont", "testimonials testimonial",
                true),
      MakeBlock(BlockKind::kParagraph,
                "\u201cI golf three times a week again. Wish I'd done "
                "this five years ago!\u201d",
                "testimonial"),
      MakeBlock(BlockKind::kParagraph, "Robert H., Fountain Hills", "testimonial"),
  });
  const auto claims = Extract({doc});
  int testimonials = 0;
  for (const Claim& c : claims) {
    CAPTURE(c.kind, c.quote);
    CHECK(c.kind == "testimonial");
    ++testimonials;
  }
  CHECK(testimonials == 2);
}

TEST_CASE("a medical-review byline is not a testimonial", "[claims][heuristic]") {
  const auto claims = Extract({Doc({MakeBlock(
      BlockKind::kParagraph, "Medically reviewed by Dr. Jane Smith, MD, on March 3, 2025.",
      "post-meta medically-reviewed byline", false)})});
  CHECK(claims.empty());
}

TEST_CASE("a cure claim in a testimonial is reported as the testimonial", "[claims][heuristic]") {
  const auto claims = Extract({Doc({MakeBlock(
      BlockKind::kParagraph, "\"The injection cured my arthritis. I have no pain at all now!\"",
      "review-card", false)})});
  CHECK(Kinds(claims) == std::set<std::string>{"testimonial"});
}

// DOMAIN.md §4 live_cells_birth_tissue; §2 Panero 2019, Cornell.
TEST_CASE("live_cells_birth_tissue phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Our umbilical cord product contains millions of live stem cells.",
       {"live_cells_birth_tissue"}},
      {"Amniotic fluid injections deliver living mesenchymal stem cells to the joint.",
       {"live_cells_birth_tissue"}},
      {"Wharton's jelly allografts with viable MSCs in every vial.", {"live_cells_birth_tissue"}},
      {"Células madre vivas de cordón umbilical.", {"live_cells_birth_tissue"}},
      {"Lebende Nabelschnur-Stammzellen für Ihr Knie.", {"live_cells_birth_tissue"}},
  });
}

TEST_CASE("live cells named in the block's previous sentence", "[claims][heuristic]") {
  const auto claims = ExtractText(
      "We use donated umbilical cord tissue from screened births. Each vial holds millions of "
      "live cells.");
  CHECK(Find(claims, "live_cells_birth_tissue") != nullptr);
}

TEST_CASE("live_cells_birth_tissue distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"We do not use amniotic or cord products; only your own live cells.",
       "live_cells_birth_tissue"},
      {"Lab tests found that amniotic products contain no live stem cells.",
       "live_cells_birth_tissue"},
      {"Unlike amniotic products, our bone marrow concentrate contains live cells.",
       "live_cells_birth_tissue"},
      {"Your bone marrow is full of living stem cells.", "live_cells_birth_tissue"},
      {"Umbilical cord blood is banked for blood disorders.", "live_cells_birth_tissue"},
  });
}

// DOMAIN.md §4 insurance_coverage.
TEST_CASE("insurance_coverage phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Stem cell therapy is covered by most insurance plans.", {"insurance_coverage"}},
      {"Medicare accepted.", {"insurance_coverage"}},
      {"We bill your insurance directly.", {"insurance_coverage"}},
      {"El tratamiento está cubierto por su seguro médico.", {"insurance_coverage"}},
      {"Ihre Krankenkasse übernimmt die Kosten.", {"insurance_coverage"}},
      {"HSA/FSA eligible.", {"insurance_coverage"}},
  });
}

TEST_CASE("insurance_coverage distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"BMAC is not covered by insurance.", "insurance_coverage"},
      {"Insurance plans do not cover SVF therapy.", "insurance_coverage"},
      {"Insurance may cover your consultation and MRI, but not the injection.",
       "insurance_coverage"},
      {"We accept CareCredit and all major credit cards.", "insurance_coverage"},
      {"Financing is a loan, not insurance.", "insurance_coverage"},
      {"Die Krankenkasse übernimmt die Kosten nicht.", "insurance_coverage"},
      {"El tratamiento no está cubierto por el seguro.", "insurance_coverage"},
  });
}

// DOMAIN.md §4 clinically_proven and superior_to_standard (new kinds).
TEST_CASE("clinically_proven and superior_to_standard phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Our clinically proven protocol relieves knee pain.", {"clinically_proven"}},
      {"Evidence-based regenerative care.", {"clinically_proven"}},
      {"Un tratamiento científicamente comprobado.", {"clinically_proven"}},
      {"Die Wirkung ist klinisch bewiesen.", {"clinically_proven"}},
      {"Stem cells work better than cortisone shots.", {"superior_to_standard"}},
      {"More effective than hyaluronic acid injections.", {"superior_to_standard"}},
      {"Mejor que la cirugía y sin hospitalización.", {"superior_to_standard"}},
      {"Deutlich besser als Kortison.", {"superior_to_standard"}},
  });
}

TEST_CASE("clinically_proven and superior_to_standard distractors", "[claims][heuristic]") {
  CheckDistractors({
      {"Dr. Smith has a proven track record in sports medicine.", "clinically_proven"},
      {"The evidence is limited and stem cell therapy is not proven.", "clinically_proven"},
      {"Stem cell therapy is unproven for knee arthritis.", "clinically_proven"},
      {"Our treatment costs less than knee replacement.", "superior_to_standard"},
      {"You will feel better after surgery recovery ends.", "superior_to_standard"},
  });
}

// DOMAIN.md §4 regulatory_registration, patient_funded_trial, cell_count.
TEST_CASE("info kinds: registration, patient-funded trials, cell counts", "[claims][heuristic]") {
  CheckPhrases({
      {"Our cells are processed in an FDA-registered lab.", {"regulatory_registration"}},
      {"Clínica con licencia COFEPRIS.", {"regulatory_registration"}},
      {"Join our IRB-approved study for $5,000.", {"patient_funded_trial"}},
      {"This is a patient-funded research study.", {"patient_funded_trial"}},
      {"Each knee receives 100 million MSCs.", {"cell_count"}},
      {"Tratamiento con 50 millones de células.", {"cell_count"}},
  });
}

// A regulator named with a registration or licence is the claim; the bare
// name is not (a country's rules, a study registry, what others must have).
TEST_CASE("registration: a licence or registration, not a regulator's name", "[claims][heuristic]") {
  CheckPhrases({
      {"Licensed by the Ministry of Health of Panama (MINSA), resolution 2231.",
       {"regulatory_registration"}},
      {"Our laboratory is COFEPRIS-certified.", {"regulatory_registration"}},
      {"Sanitary license on file with COFEPRIS.", {"regulatory_registration"}},
      {"Clínica registrada ante la COFEPRIS.", {"regulatory_registration"}},
      {"Nuestro aviso de funcionamiento es el 0123ABC.", {"regulatory_registration"}},
      {"Unser Labor ist beim Paul-Ehrlich-Institut registriert.", {"regulatory_registration"}},
      {"Our study is registered on ClinicalTrials.gov.", {"regulatory_registration"}},
      // Distractors.
      {"In Mexico, the regulator is COFEPRIS, the federal health agency.", {}},
      {"Regulators such as INVIMA in Colombia allow some uses earlier.", {}},
      {"Results vary, according to studies listed in PubMed and on ClinicalTrials.gov.", {}},
      {"A tissue bank in Mexico needs a permit granted by the national health commission "
       "(COFEPRIS).",
       {}},
      {"Das Verfahren muss erst vom Paul-Ehrlich-Institut geprüft werden.", {}},
  });
}

TEST_CASE("regrows_cartilage: cartilage in a list of tissues regenerated", "[claims][heuristic]") {
  CheckPhrases({
      {"The cells we inject help rebuild tissues like tendon, bone and cartilage.",
       {"regrows_cartilage"}},
      {"Nuestro tratamiento busca regenerar tejidos como el cartílago y el menisco.",
       {"regrows_cartilage"}},
      // Distractors: research, and tissues without cartilage.
      {"Researchers are studying whether stem cells may regenerate tissues such as cartilage.",
       {}},
      {"PRP helps repair soft tissues such as tendons and ligaments.", {}},
  });
}

// Longer objects: a "such as" list between the verb and the surgery, and
// comparisons with "conventional approaches".
TEST_CASE("avoids_surgery and superior_to_standard over longer phrases", "[claims][heuristic]") {
  CheckPhrases({
      {"Our injections can help you postpone or avoid major operations like a total knee "
       "replacement.",
       {"avoids_surgery"}},
      {"This option may delay a bigger intervention, for example a total joint replacement.",
       {"avoids_surgery"}},
      {"It can remove the need for harsher options such as daily painkillers or an operation.",
       {"avoids_surgery"}},
      {"Patients often get much better outcomes than with conventional approaches to knee pain.",
       {"superior_to_standard"}},
      {"Nuestro método resulta ventajoso frente a los tratamientos convencionales.",
       {"superior_to_standard"}},
      // Distractors.
      {"Standard surgical approaches have improved a great deal in ten years.", {}},
      {"Some patients will still need a total knee replacement later.", {}},
  });
}

// "Evidence-based" is a claim about the treatment, not about a guide.
TEST_CASE("clinically_proven: evidence-based treatment, not an evidence-based guide",
          "[claims][heuristic]") {
  CheckPhrases({
      {"We offer evidence-based regenerative treatments for knee pain.", {"clinically_proven"}},
      {"Our stem cell therapy is fully evidence-based.", {"clinically_proven"}},
      {"Our evidence-based guide walks you through knee injection options.", {}},
      {"Read our evidence-based overview of knee injections.", {}},
  });
}

// "These clinics" are never the clinic speaking of itself.
TEST_CASE("claims about 'these clinics' are others' claims", "[claims][heuristic]") {
  CheckPhrases({
      {"These clinics promise to cure arthritis.", {}},
      {"Such providers are FDA-registered, they say.", {}},
      {"Estas clínicas prometen curar la artrosis.", {}},
      {"Diese Kliniken sind beim Paul-Ehrlich-Institut registriert.", {}},
      {"Our clinic cures arthritis.", {"cure"}},
  });
}

// DOMAIN.md §4 global traps: FAQ questions, quoted third-party text.
TEST_CASE("FAQ questions are not claims; answers are", "[claims][heuristic]") {
  Document doc = Doc({H("Is stem cell therapy FDA approved?"),
                      P("No. No stem cell product is FDA approved for knee osteoarthritis."),
                      H("Will this cure my arthritis?"),
                      P("No treatment cures osteoarthritis. The goal is less pain."),
                      H("Do you use amniotic or umbilical cord products?"),
                      P("No. We only use bone marrow from your own body.")});
  CHECK(Extract({doc}).empty());
}

TEST_CASE("a Yes answer affirms its FAQ question", "[claims][heuristic]") {
  Document doc = Doc({H("Is the treatment covered by insurance?"),
                      P("Yes. We bill most major carriers on your behalf."),
                      H("Is it FDA approved?"), P("Yes, our cells are approved.")});
  const auto kinds = Kinds(Extract({doc}));
  CHECK(kinds.count("insurance_coverage") == 1);
  CHECK(kinds.count("fda_approved") == 1);
}

TEST_CASE("an answer's own claim is reported once, and 'No,' is an answer word",
          "[claims][heuristic]") {
  Document doc =
      Doc({H("Are there side effects?"), P("No, there are no side effects."),
           H("Does insurance pay?"), P("Yes! Most insurance plans cover the injection.")});
  const auto claims = Extract({doc});
  CHECK(Kinds(claims) == std::set<std::string>{"no_risk", "insurance_coverage"});
  CHECK(claims.size() == 2);
}

TEST_CASE("quoted third-party text is not the clinic's claim, except cited figures",
          "[claims][heuristic]") {
  Document doc =
      Doc({MakeBlock(BlockKind::kParagraph,
                     "Stem cell clinics that claim their products are FDA approved and cure "
                     "arthritis are misleading patients.",
                     "", true),
           MakeBlock(BlockKind::kParagraph,
                     "In the trial, 68% of patients reported meaningful pain relief.", "", true)});
  const auto claims = Extract({doc});
  CHECK(Find(claims, "fda_approved") == nullptr);
  CHECK(Find(claims, "cure") == nullptr);
  const Claim* rate = Find(claims, "success_rate");
  REQUIRE(rate != nullptr);
  CHECK(rate->cited);
  CHECK(rate->value.value_or(0) == Approx(68));
}

TEST_CASE("the same kind and quote is reported once across pages", "[claims][contract]") {
  const Document page = Doc({P("Guaranteed results or your money back.")});
  const auto claims = Extract({page, page});
  CHECK(claims.size() == 1);
}

TEST_CASE("navigation menus are skipped", "[claims][heuristic]") {
  const auto claims =
      Extract({Doc({MakeBlock(BlockKind::kListItem, "FDA approved stem cells", "main-nav menu")})});
  CHECK(claims.empty());
}

}  // namespace clinicrank
