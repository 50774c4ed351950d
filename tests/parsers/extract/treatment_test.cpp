// parsers/extract/treatment.h: ultrasound / other guidance, cell sources and origin,
// personalized plan (DOMAIN.md §5 vocabulary, §4 traps). Phrase tables are
// worded the way clinic sites word them; each case is one paragraph unless
// it says otherwise.
#include "parsers/extract/treatment.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parsers/html/html.h"
#include "tests/testing/blocks.h"

namespace clinicrank {
namespace {

using testing::Heading;
using testing::Item;
using testing::Para;

ClinicFacts ExtractPages(const std::vector<std::vector<Block>>& pages) {
  TreatmentExtractor t;
  int n = 0;
  for (const auto& blocks : pages) {
    Document doc;
    doc.blocks = blocks;
    PageContext ctx;
    ctx.url = "https://clinic.example/page" + std::to_string(n++);
    t.AddPage(doc, ctx);
  }
  ClinicFacts out;
  t.Finish(&out);
  return out;
}

ClinicFacts Extract(const std::vector<Block>& blocks) { return ExtractPages({blocks}); }

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += ",";
    out += s;
  }
  return out;
}

enum class Field { kUltrasound, kOther, kSources, kOrigin, kPlan };

std::string Get(const ClinicFacts& f, Field field) {
  switch (field) {
    case Field::kUltrasound: return TriStateName(f.ultrasound_guidance);
    case Field::kOther: return Join(f.other_guidance);
    case Field::kSources: return Join(f.cell_sources);
    case Field::kOrigin: return f.cell_origin;
    case Field::kPlan: return TriStateName(f.personalized_plan);
  }
  return "?";
}

struct Case {
  const char* text;
  const char* expected;
};

void RunTable(Field field, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const ClinicFacts f = Extract({Para(c.text)});
    CHECK(Get(f, field) == c.expected);
  }
}

// Every non-unknown field value carries a quote and the page URL.
void CheckEvidence(const ClinicFacts& f) {
  auto count = [&](const std::string& field) {
    size_t n = 0;
    for (const Evidence& e : f.evidence) {
      if (e.field == field) {
        ++n;
        CHECK_FALSE(e.quote.empty());
        CHECK(e.quote.size() <= 300);
        CHECK(e.url.rfind("https://clinic.example/", 0) == 0);
      }
    }
    return n;
  };
  CHECK(count("ultrasound_guidance") == (f.ultrasound_guidance == TriState::kUnknown ? 0u : 1u));
  CHECK(count("personalized_plan") == (f.personalized_plan == TriState::kUnknown ? 0u : 1u));
  CHECK(count("cell_origin") == (f.cell_origin == "unknown" ? 0u : 1u));
  CHECK(count("cell_sources") == f.cell_sources.size());
  CHECK(count("other_guidance") == f.other_guidance.size());
}

// DOMAIN.md §5 "Guidance": ultrasound = yes phrasings, EN/ES/DE.
TEST_CASE("Ultrasound guidance: yes phrasings", "[treatment][heuristic]") {
  RunTable(Field::kUltrasound, {
      {"All injections are ultrasound-guided.", "yes"},
      {"Every injection is performed under ultrasound guidance.", "yes"},
      {"The concentrate is injected into the joint using real-time ultrasound guidance.", "yes"},
      {"We place the needle under direct ultrasound visualization.", "yes"},
      {"Needle placement is confirmed with ultrasound before each injection.", "yes"},
      {"Injections are sonographically guided by our physicians.", "yes"},
      {"Your physician uses MSK ultrasound guidance to target the joint space.", "yes"},
      {"Our doctors use musculoskeletal ultrasound to guide every injection.", "yes"},
      {"The cells are delivered with ultrasound so the needle lands inside the joint.", "yes"},
      {"Injections are image-guided using ultrasound.", "yes"},
      {"US-guided intra-articular injection of BMAC.", "yes"},
      {"Real-time ultrasound lets us watch the needle enter the knee.", "yes"},
      {"We use ultrasound imaging to guide the needle.", "yes"},
      {"Guided by ultrasound, the injection takes about ten minutes.", "yes"},
      {"La aplicación en la rodilla es guiada por ultrasonido.", "yes"},
      {"Toda infiltración en la rodilla es ecoguiada.", "yes"},
      {"Realizamos la inyección bajo control ecográfico.", "yes"},
      {"Las infiltraciones se realizan guiadas por ecografía.", "yes"},
      {"Aplicamos las células con guía ecográfica para mayor precisión.", "yes"},
      {"Die Injektion ins Kniegelenk erfolgt ultraschallgesteuert.", "yes"},
      {"Wir injizieren unter Ultraschallkontrolle.", "yes"},
      {"Die Behandlung erfolgt sonographisch gesteuert.", "yes"},
      // Double negation is affirmation.
      {"We never inject without ultrasound guidance.", "yes"},
      {"Nunca inyectamos sin guía ecográfica.", "yes"},
      // Contrast: the clinic's own practice after "but" / "instead".
      {"Many clinics inject blindly; we use ultrasound guidance for every injection.", "yes"},
      {"We don't inject blindly, but under ultrasound guidance.", "yes"},
      {"Unlike clinics that inject by feel, every injection here is ultrasound-guided.", "yes"},
  });
}

// DOMAIN.md §5 guidance traps: not guidance, or guidance of unknown modality.
TEST_CASE("Ultrasound guidance: traps stay unknown", "[treatment][heuristic]") {
  RunTable(Field::kUltrasound, {
      {"We perform a diagnostic ultrasound exam at your first visit.", "unknown"},
      {"Therapeutic ultrasound is part of your physical therapy.", "unknown"},
      {"Fat is harvested with ultrasound-assisted liposuction.", "unknown"},
      {"The sample is processed by ultrasonic cavitation.", "unknown"},
      {"Injections are image-guided.", "unknown"},
      {"Injections are performed with image guidance for accuracy.", "unknown"},
      {"An ultrasound scan of your knee is included in the evaluation.", "unknown"},
      {"Bring any X-rays, MRI or ultrasound reports to your consultation.", "unknown"},
      {"Knee cartilage was assessed on ultrasound at the six-month visit.", "unknown"},
      {"A follow-up ultrasound showed new tissue in most of our patients.", "unknown"},
      {"Ultrasound-guided injections are about 96% accurate, according to studies.", "unknown"},
      {"Research shows ultrasound-guided injections are more accurate than blind ones.", "unknown"},
      {"Ask any clinic whether its injections are ultrasound-guided.", "unknown"},
      {"Is the injection ultrasound-guided?", "unknown"},
      {"¿La infiltración es ecoguiada?", "unknown"},
      {"Many clinics inject blindly.", "unknown"},
      {"Other clinics do not use ultrasound guidance.", "unknown"},
      {"Blind injections miss the joint about one time in five.", "unknown"},
      {"A needle placed by feel alone misses the knee more often than patients realise.", "unknown"},
      {"We don't inject blindly.", "unknown"},
      {"Our double-blind study enrolled 40 patients.", "unknown"},
      {"Ultraschalltherapie gehört zur Physiotherapie.", "unknown"},
      {"Realizamos una ecografía diagnóstica en la primera visita.", "unknown"},
  });
}

// `no` only when the clinic itself says it does not guide injections.
TEST_CASE("Ultrasound guidance: the clinic says no", "[treatment][heuristic]") {
  RunTable(Field::kUltrasound, {
      {"Our experienced physicians inject without imaging, using anatomical landmarks.", "no"},
      {"We inject using anatomical landmarks; no ultrasound is needed.", "no"},
      {"We do not use ultrasound guidance for knee injections.", "no"},
      {"We use fluoroscopy rather than ultrasound for all knee injections.", "no"},
      {"Our injections are landmark-guided.", "no"},
      {"No utilizamos ecografía para las infiltraciones.", "no"},
      {"Aplicamos las células a ciegas, guiados por referencias anatómicas.", "no"},
      {"Wir spritzen ohne Ultraschall, nach anatomischen Landmarken.", "no"},
  });
}

// Other guidance: fluoroscopy / MRI / CT, not diagnostic imaging.
TEST_CASE("Other guidance: fluoroscopy, MRI, CT", "[treatment][heuristic]") {
  RunTable(Field::kOther, {
      {"Every knee injection is performed under fluoroscopic guidance.", "fluoroscopy"},
      {"Fluoroscopy-guided knee injection.", "fluoroscopy"},
      {"We confirm needle placement with a C-arm.", "fluoroscopy"},
      {"Injections are X-ray guided.", "fluoroscopy"},
      {"Using live X-ray imaging, our physician confirms the needle is inside the joint.", "fluoroscopy"},
      {"La aplicación se realiza guiada por fluoroscopía.", "fluoroscopy"},
      {"Die Injektion erfolgt unter Röntgenkontrolle.", "fluoroscopy"},
      {"Die Injektion erfolgt unter Durchleuchtung.", "fluoroscopy"},
      {"Spine injections are CT-guided.", "ct"},
      {"We offer MRI-guided injections for deep joints.", "mri"},
      {"Knee injections are ultrasound-guided and hip injections are fluoroscopy-guided.", "fluoroscopy"},
      // Not guidance.
      {"We review your MRI before treatment.", ""},
      {"Bring your X-rays to the consultation.", ""},
      {"An MRI is included in the package.", ""},
      {"Unlike fluoroscopy, ultrasound involves no radiation.", ""},
      {"Ultrasound avoids the radiation exposure of fluoroscopy.", ""},
      {"We don't use fluoroscopy.", ""},
      {"Do you use fluoroscopy?", ""},
      {"Image-guided injections.", ""},
  });
}

// DOMAIN.md §5 cell sources, affirmed.
TEST_CASE("Cell sources: affirmed vocabulary", "[treatment][heuristic]") {
  RunTable(Field::kSources, {
      {"We treat knee arthritis with bone marrow aspirate concentrate (BMAC).", "bone_marrow"},
      {"BMC injections use cells drawn from your iliac crest.", "bone_marrow"},
      {"About 60 ml of marrow is drawn from the back of the hip.", "bone_marrow"},
      {"Utilizamos células madre de médula ósea obtenidas de la cresta ilíaca.", "bone_marrow"},
      {"Wir gewinnen Stammzellen aus dem Knochenmark des Beckenkamms.", "bone_marrow"},
      {"We isolate the stromal vascular fraction (SVF) from a mini-liposuction.", "adipose"},
      {"Microfragmented fat (Lipogems) is injected the same day.", "adipose"},
      {"Our adipose-derived stem cell therapy uses a small fat sample.", "adipose"},
      {"Fat-derived cells are harvested from the abdomen.", "adipose"},
      {"Tratamos la artrosis con células de su propio tejido adiposo.", "adipose"},
      {"Mediante una pequeña lipoaspiración obtenemos la grasa.", "adipose"},
      {"Wir behandeln mit Eigenfett aus dem Bauch.", "adipose"},
      {"Das Fettgewebe wird zu Nanofett aufbereitet.", "adipose"},
      {"We collect your peripheral blood stem cells through an IV line.", "peripheral_blood"},
      {"Our knee protocol uses amniotic fluid injections.", "amniotic"},
      {"We inject an amniotic suspension allograft.", "amniotic"},
      {"Our stem cells come from donated umbilical cords.", "umbilical_cord"},
      {"Each vial holds 30 million UC-MSCs.", "umbilical_cord"},
      {"Ofrecemos células madre de cordón umbilical.", "umbilical_cord"},
      {"Wir verwenden Stammzellen aus der Nabelschnur.", "umbilical_cord"},
      {"Our MSCs are isolated from Wharton's jelly.", "wharton_jelly"},
      {"Utilizamos células de la gelatina de Wharton.", "wharton_jelly"},
      {"We offer placental tissue matrix injections.", "placental"},
      {"Our stem-cell exosome therapy delivers billions of exosomes.", "exosomes"},
      {"The secretome and extracellular vesicles calm inflammation.", "exosomes"},
      {"We use off-the-shelf allogeneic mesenchymal stem cells.", "donor_unspecified"},
      {"Trabajamos con células alogénicas de donante.", "donor_unspecified"},
      {"Wharton's jelly from the umbilical cord of healthy donors.", "umbilical_cord,wharton_jelly"},
      {"We offer two options: bone marrow concentrate and microfragmented fat.", "bone_marrow,adipose"},
      {"We harvest bone marrow and may add an umbilical cord tissue booster.", "bone_marrow,umbilical_cord"},
      {"Culture-expanded mesenchymal stem cells, 100 million per knee.", "donor_unspecified"},
  });
}

// Negations, other parties, questions, comparisons, education, traps.
TEST_CASE("Cell sources: not offered", "[treatment][heuristic]") {
  RunTable(Field::kSources, {
      {"We never use donor tissue or amniotic products.", ""},
      {"We do not use cells harvested from your bone marrow or fat.", ""},
      {"No harvest, no liposuction, no bone marrow draw.", ""},
      {"No utilizamos células de donante, ni productos de cordón umbilical o líquido amniótico.", ""},
      {"No empleamos células de donante ni productos de origen placentario.", ""},
      {"Wir verwenden keine Spenderzellen und kein Fruchtwasser.", ""},
      {"Donor cells are never used at our clinic.", ""},
      {"Amniotic and cord products are not used here.", ""},
      {"Las células de donante no se utilizan.", ""},
      {"Cord, placental and amniotic products are donor products, and we don't offer them.", ""},
      {"Unlike clinics that use amniotic fluid, we focus on joint education.", ""},
      {"Many clinics sell umbilical cord products as stem cells.", ""},
      {"Some providers market exosomes for arthritis.", ""},
      {"A diferencia de otras clínicas que usan cordón umbilical, nos enfocamos en la rehabilitación.", ""},
      {"Do you use umbilical cord cells?", ""},
      {"¿Utilizan células de donante?", ""},
      {"If you are not a candidate for bone marrow, we will tell you.", ""},
      {"Independent laboratory studies have found that commercial amniotic fluid products contain no living stem cells.", ""},
      {"A randomized trial found that bone marrow, fat and umbilical cord injections were no better than steroids.", ""},
      {"Amniotic products contain no live cells.", ""},
      {"Birth-tissue products are often marketed as young stem cells.", ""},
      {"The MRI showed bone marrow edema.", ""},
      {"The donor site is the back of your hip.", ""},
      {"The infrapatellar fat pad can be a source of pain.", ""},
      {"PRP is prepared from a small sample of your blood.", ""},
      {"Platelet-rich plasma from a peripheral blood draw.", ""},
      {"Regenerative injections help your knee heal.", ""},
      {"Mesenchymal stem cells can become cartilage, bone and fat cells in a dish.", ""},
  });
}

// cell_origin from sources and explicit cues (DOMAIN.md §5 origin cues).
TEST_CASE("Cell origin", "[treatment][heuristic]") {
  RunTable(Field::kOrigin, {
      {"We use bone marrow concentrate from your own hip.", "autologous"},
      {"Utilizamos células madre autólogas.", "autologous"},
      {"Wir verwenden ausschließlich körpereigene Zellen.", "autologous"},
      {"Your own cells, harvested the same day.", "autologous"},
      {"Trabajamos con células del propio paciente.", "autologous"},
      {"Our stem cells come from donated umbilical cords.", "allogeneic"},
      {"Our exosome product is shipped frozen from a certified lab.", "allogeneic"},
      {"We offer bone marrow concentrate and an umbilical cord booster.", "mixed"},
      {"We offer autologous cells and Wharton's jelly allografts.", "mixed"},
      {"We never use donor tissue, only your own bone marrow.", "autologous"},
      {"Mesenchymal stem cells reduce inflammation.", "unknown"},
      {"PRP uses your own blood.", "unknown"},
      {"We do not use autologous cells.", "unknown"},
      {"Stem cells from umbilical cords are younger than the cells in your own body.", "allogeneic"},
  });
}

// DOMAIN.md §5 personalized plan and its traps.
TEST_CASE("Personalized plan", "[treatment][heuristic]") {
  RunTable(Field::kPlan, {
      {"Your physician writes a personalized treatment plan based on your imaging.", "yes"},
      {"Each patient receives an individualized treatment plan.", "yes"},
      {"Every procedure follows a customized protocol written for you.", "yes"},
      {"The dose is tailored to your imaging and activity goals.", "yes"},
      {"We tailor each protocol to your knee.", "yes"},
      {"Patient-specific dosing based on your MRI.", "yes"},
      {"An individualised treatment plan, written and sent to you and your GP.", "yes"},
      {"Your physician writes a treatment plan specific to you.", "yes"},
      {"Plan de tratamiento personalizado según su resonancia magnética.", "yes"},
      {"Un plan de tratamiento individualizado, por escrito.", "yes"},
      {"Diseñamos un protocolo a la medida de cada paciente.", "yes"},
      {"Individueller Therapieplan, abgestimmt auf Arthrosegrad und Alter.", "yes"},
      {"Wir erstellen für jeden Patienten eine individuelle Behandlung.", "yes"},
      {"We don't believe in one-size-fits-all: your treatment plan is tailored to you.", "yes"},
      {"Each injection program is adapted to your individual needs.", "yes"},
      {"We offer a personalized approach to knee pain.", "yes"},
      {"Dr. Ortiz keeps customizing her approach for every knee she treats.", "yes"},
      // No.
      {"We use one standard protocol for every patient.", "no"},
      {"Every patient receives the same proven dose and schedule.", "no"},
      {"Utilizamos el mismo protocolo para todos los pacientes.", "no"},
      {"Alle Patienten erhalten das gleiche Protokoll.", "no"},
      // Traps: unknown.
      {"Request a personalized quote today.", "unknown"},
      {"A personal patient coordinator meets you at the airport.", "unknown"},
      {"Every patient is unique.", "unknown"},
      {"We don't believe in one-size-fits-all medicine.", "unknown"},
      {"Unlike clinics with a one-size-fits-all protocol, we listen.", "unknown"},
      {"Our concierge offers personalized service.", "unknown"},
      {"Solicite un presupuesto personalizado.", "unknown"},
      {"Is a personalized plan right for me?", "unknown"},
      {"There is no need for custom planning.", "unknown"},
      {"Some clinics sell a customized protocol at a premium.", "unknown"},
      {"Personalized care from our friendly staff.", "unknown"},
      {"Pricing is based on your individual needs.", "unknown"},
      {"We take a minimally invasive approach.", "unknown"},
  });
}

// FAQ: judge the answer, not the heading (DOMAIN.md §4 global traps).
TEST_CASE("FAQ answers decide heading questions", "[treatment][heuristic]") {
  SECTION("a No answer in the next block") {
    const ClinicFacts f = Extract({Heading("Frequently asked questions", 2),
                                   Heading("Do you use umbilical cord cells?", 3, 0),
                                   Para("No.", 1),
                                   Para("We only use bone marrow from your own body.", 1)});
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.cell_origin == "autologous");
    CheckEvidence(f);
  }
  SECTION("a question heading whose first sentence is a statement") {
    const ClinicFacts f = Extract(
        {Heading("I've seen ads for \"amniotic stem cells.\" Do you offer them?", 3),
         Para("No. Amniotic, umbilical cord and placental products are sold by some clinics "
              "as \"live stem cell\" treatments.",
              0)});
    CHECK(Join(f.cell_sources) == "");
  }
  SECTION("ultrasound asked and answered no") {
    const ClinicFacts f = Extract(
        {Heading("Do you offer ultrasound-guided injections?", 3),
         Para("No. We use fluoroscopy (live X-ray) for all knee injections.", 0)});
    CHECK(f.ultrasound_guidance == TriState::kNo);
    CHECK(Join(f.other_guidance) == "fluoroscopy");
    CheckEvidence(f);
  }
  SECTION("a Yes answer affirms a question put to the clinic") {
    const ClinicFacts f = Extract({Heading("Do I have a personalized treatment plan?", 3),
                                   Para("Yes. Your physician writes it after your exam.", 0)});
    CHECK(f.personalized_plan == TriState::kYes);
    REQUIRE(f.evidence.size() == 1);
    CHECK(f.evidence[0].quote ==
          "Do I have a personalized treatment plan? Yes. Your physician writes it after your exam.");
  }
  SECTION("Spanish question and answer in one paragraph") {
    const ClinicFacts f = Extract(
        {Para("¿Utilizan células de donante o de cordón umbilical? No. Todas nuestras "
              "aplicaciones son con células del propio paciente.")});
    CHECK(Join(f.cell_sources) == "");
    CHECK(f.cell_origin == "autologous");
  }
  SECTION("an unanswered question stays unknown") {
    const ClinicFacts f = Extract({Heading("Is the injection ultrasound-guided?", 3),
                                   Para("Ask your physician during your consultation.", 0)});
    CHECK(f.ultrasound_guidance == TriState::kUnknown);
  }
  SECTION("a generic question answered no is not the clinic's no") {
    const ClinicFacts f = Extract({Heading("Is ultrasound guidance always necessary?", 3),
                                   Para("No. Large joints can be injected accurately.", 0)});
    CHECK(f.ultrasound_guidance == TriState::kUnknown);
  }
  SECTION("German: Nein") {
    const ClinicFacts f = Extract({Heading("Verwenden Sie Nabelschnurzellen?", 3),
                                   Para("Nein. Wir arbeiten nur mit Ihrem eigenen Fettgewebe.", 0)});
    CHECK(Join(f.cell_sources) == "adipose");
  }
}

// Educational sections about products the clinic does not sell.
TEST_CASE("Educational text is not an offer", "[treatment][heuristic]") {
  SECTION("an explanatory section saying the products hold no live cells") {
    const ClinicFacts f = Extract(
        {Heading("What are amniotic products?", 2),
         Para("Amniotic products are made from donated birth tissue. Lab tests show they "
              "contain no living stem cells.",
              0),
         Heading("Our treatment", 2),
         Para("We use bone marrow concentrate from your own hip.", 2)});
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.cell_origin == "autologous");
  }
  SECTION("a 'what are' section that sells the product still counts") {
    const ClinicFacts f = Extract(
        {Heading("What are amniotic stem cells?", 2),
         Para("Amniotic fluid is packed with millions of living stem cells and growth factors.", 0)});
    CHECK(Join(f.cell_sources) == "amniotic");
    CHECK(f.cell_origin == "allogeneic");
  }
  SECTION("a section under a heading that refuses birth tissue") {
    const ClinicFacts f = Extract(
        {Heading("Why we don't use amniotic \"stem cells\"", 1),
         Heading("What's actually in the vial", 2, 0),
         Para("Amniotic and umbilical cord products are processed, frozen and shipped from "
              "tissue banks.",
              1),
         Heading("What we do instead", 2, 0),
         Para("We use only your own bone marrow, placed with ultrasound guidance.", 3)});
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.cell_origin == "autologous");
    CHECK(f.ultrasound_guidance == TriState::kYes);
  }
  SECTION("a paragraph explaining that the products hold no living cells") {
    const ClinicFacts f = Extract(
        {Para("Umbilical cord products are shipped frozen from tissue banks. When researchers "
              "tested them, they found no living stem cells.")});
    CHECK(Join(f.cell_sources) == "");
  }
  SECTION("a comparison table is not an offer") {
    const ClinicFacts f = Extract({Para("Bone marrow vs. amniotic: which is better?")});
    CHECK(Join(f.cell_sources) == "");
  }
}

TEST_CASE("Testimonials and quoted blocks are not the clinic's statements", "[treatment][heuristic]") {
  Block quote = Para("They used amniotic cells at the other place I went to.");
  quote.quoted = true;
  Block review = Para("The staff explained the umbilical cord option clearly.");
  review.context = "testimonial swiper";
  const ClinicFacts f = Extract({quote, review, Para("We use your own bone marrow.")});
  CHECK(Join(f.cell_sources) == "bone_marrow");
}

TEST_CASE("List items under a lead paragraph", "[treatment][heuristic]") {
  const ClinicFacts f = Extract(
      {Heading("Our options", 2),
       Para("We offer two options made from your own tissue:", 0),
       Item("Bone marrow concentrate \u2013 aspirated from your iliac crest.", 0),
       Item("Microfragmented fat \u2013 a small amount of adipose tissue from the abdomen.", 0),
       Item("No donor, amniotic or cord products.", 0)});
  CHECK(Join(f.cell_sources) == "bone_marrow,adipose");
  CHECK(f.cell_origin == "autologous");
  CheckEvidence(f);
}

TEST_CASE("List items and table rows are quoted whole", "[treatment][contract]") {
  Block row;
  row.kind = BlockKind::kTableRow;
  row.text = "Eigenfett-Therapie (Nanofett), ein Knie, ultraschallgesteuert | ab 2.500 € pro Knie";
  row.cells = {"Eigenfett-Therapie (Nanofett), ein Knie, ultraschallgesteuert", "ab 2.500 € pro Knie"};
  const ClinicFacts f = Extract({row});
  CHECK(f.ultrasound_guidance == TriState::kYes);
  CHECK(Join(f.cell_sources) == "adipose");
  REQUIRE_FALSE(f.evidence.empty());
  CHECK(f.evidence[0].quote == row.text);
  CheckEvidence(f);
}

// Merging across pages (treatment.h): yes beats no; one evidence per value.
TEST_CASE("Facts merge across pages", "[treatment][contract]") {
  SECTION("yes on one page beats no on another") {
    const ClinicFacts f = ExtractPages(
        {{Para("Our physicians inject using anatomical landmarks.")},
         {Para("Knee injections are ultrasound-guided.")}});
    CHECK(f.ultrasound_guidance == TriState::kYes);
    CheckEvidence(f);
    for (const Evidence& e : f.evidence) {
      if (e.field == "ultrasound_guidance") {
        CHECK(e.quote == "Knee injections are ultrasound-guided.");
        CHECK(e.url == "https://clinic.example/page1");
      }
    }
  }
  SECTION("the first quote of a value is kept, a stronger phrasing replaces it") {
    const ClinicFacts f = ExtractPages(
        {{Para("We use ultrasound to place the needle.")},
         {Para("Every injection is performed under ultrasound guidance."),
          Para("We use bone marrow concentrate."), Para("Bone marrow is drawn from the hip.")}});
    CheckEvidence(f);
    for (const Evidence& e : f.evidence) {
      if (e.field == "ultrasound_guidance") {
        CHECK(e.quote == "Every injection is performed under ultrasound guidance.");
      }
      if (e.field == "cell_sources") CHECK(e.quote == "We use bone marrow concentrate.");
    }
  }
  SECTION("donor_unspecified yields to a named birth tissue on any page") {
    const ClinicFacts f = ExtractPages({{Para("We use allogeneic donor cells.")},
                                        {Para("Our cells come from Wharton's jelly.")}});
    CHECK(Join(f.cell_sources) == "wharton_jelly");
    CHECK(f.cell_origin == "allogeneic");
    CheckEvidence(f);
  }
  SECTION("an empty clinic is all unknown, with no evidence") {
    const ClinicFacts f = ExtractPages({{Para("Welcome to our clinic.")}, {}});
    CHECK(f.ultrasound_guidance == TriState::kUnknown);
    CHECK(f.personalized_plan == TriState::kUnknown);
    CHECK(f.cell_origin == "unknown");
    CHECK(f.cell_sources.empty());
    CHECK(f.other_guidance.empty());
    CHECK(f.evidence.empty());
  }
}

TEST_CASE("Evidence quotes are whitespace-collapsed and capped", "[treatment][contract]") {
  std::string long_text = "We   use\tbone marrow concentrate";
  for (int i = 0; i < 60; ++i) long_text += " and more words here";
  long_text += ".";
  const ClinicFacts f = Extract({Para(long_text)});
  REQUIRE(f.evidence.size() == 2);  // cell_sources + cell_origin
  CHECK(f.evidence[0].quote.rfind("We use bone marrow concentrate and", 0) == 0);
  CHECK(f.evidence[0].quote.size() <= 300);
}

// The same pipeline over HTML (parsers/html/html.cpp builds the blocks).
TEST_CASE("Treatment facts from HTML pages", "[treatment][heuristic]") {
  auto from_html = [](const std::string& html) {
    TreatmentExtractor t;
    PageContext ctx;
    ctx.url = "https://clinic.example/";
    t.AddPage(ParseHtml(html), ctx);
    ClinicFacts f;
    t.Finish(&f);
    return f;
  };
  SECTION("an FAQ with details/summary") {
    const ClinicFacts f = from_html(
        "<html><body><h1>FAQ</h1>"
        "<details><summary>Do you use amniotic or umbilical cord products?</summary>"
        "<p>No. We only use bone marrow from your own body.</p></details>"
        "<p>Every injection is performed under ultrasound guidance.</p></body></html>");
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.ultrasound_guidance == TriState::kYes);
  }
  SECTION("a testimonial block and a hidden banner") {
    const ClinicFacts f = from_html(
        "<html><body><div class=\"testimonial\"><p>I had amniotic injections elsewhere "
        "before I came here.</p></div><div hidden><p>We use umbilical cord cells.</p></div>"
        "<ul><li>Bone marrow concentrate (BMAC)</li><li>Individualized treatment plan</li></ul>"
        "</body></html>");
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.personalized_plan == TriState::kYes);
  }
  SECTION("Spanish page with entities") {
    const ClinicFacts f = from_html(
        "<html lang=\"es\"><body><p>Utilizamos c&eacute;lulas madre aut&oacute;logas de "
        "m&eacute;dula &oacute;sea. No utilizamos c&eacute;lulas de donante.</p>"
        "<p>La aplicaci&oacute;n es guiada por ecograf&iacute;a.</p></body></html>");
    CHECK(Join(f.cell_sources) == "bone_marrow");
    CHECK(f.cell_origin == "autologous");
    CHECK(f.ultrasound_guidance == TriState::kYes);
  }
}

}  // namespace
}  // namespace clinicrank
