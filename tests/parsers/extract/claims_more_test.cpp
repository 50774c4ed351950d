// More claim phrases (../shared/DOMAIN.md §4), one table per language, in the
// wording seen on clinic sites: headings, bullet points, FAQ answers.
#include <catch2/catch.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parsers/extract/claims.h"
#include "parsers/html/document.h"
#include "parsers/extract/page_context.h"

namespace clinicrank {
namespace {

std::vector<Claim> ExtractOne(const std::string& text) {
  Document doc;
  Block b;
  b.kind = BlockKind::kParagraph;
  b.text = text;
  doc.blocks.push_back(b);
  ClaimExtractor extractor;
  PageContext ctx;
  ctx.url = "https://clinic.example/";
  extractor.AddPage(doc, ctx);
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts.claims;
}

struct Case {
  const char* text;
  std::set<std::string> kinds;
  std::optional<double> value = std::nullopt;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto claims = ExtractOne(c.text);
    std::set<std::string> kinds;
    std::string got;
    for (const Claim& claim : claims) {
      kinds.insert(claim.kind);
      got += claim.kind + (claim.value ? "=" + std::to_string(*claim.value) : "") + " ";
    }
    CAPTURE(got);
    CHECK(kinds == c.kinds);
    if (c.value) {
      bool found = false;
      for (const Claim& claim : claims) {
        if (claim.kind == "success_rate" && claim.value && *claim.value == Approx(*c.value)) {
          found = true;
        }
      }
      CHECK(found);
    }
  }
}

}  // namespace

TEST_CASE("English clinic copy", "[claims][heuristic]") {
  Check({
      {"Experience the only FDA-approved regenerative therapy in Tampa Bay.", {"fda_approved"}},
      {"Our stem cell injections have been approved by the US FDA.", {"fda_approved"}},
      {"Tired of cortisone shots? Our regenerative injections are a permanent solution.", {"cure"}},
      {"Reverse the damage of arthritis with your body's own repair cells.", {"cure"}},
      {"Satisfaction guaranteed.", {"guarantee"}},
      {"If you don't feel better in 60 days, we'll give you your money back.", {"guarantee"}},
      {"90% of patients experience pain relief within weeks.", {"success_rate"}, 90},
      {"Our patients report an average 75% reduction in pain.", {"success_rate"}, 75},
      {"97% patient satisfaction rate.", {"success_rate"}, 97},
      {"In published studies, up to 80% of knee patients improved.", {"success_rate"}, 80},
      {"Seven out of ten patients returned to sports.", {"success_rate"}, 70},
      {"Natural healing with no risk of rejection.", {"no_risk"}},
      {"Virtually no side effects and no downtime.", {"no_risk"}},
      {"Completely safe because it's your own tissue.", {"no_risk"}},
      {"The injection is nearly painless.", {"no_risk"}},
      {"Stem cells can regrow lost cartilage and restore joint function.", {"regrows_cartilage"}},
      {"Rebuild your knee cartilage without surgery.", {"regrows_cartilage", "avoids_surgery"}},
      {"Delay or avoid knee replacement.", {"avoids_surgery"}},
      {"Non-surgical alternative to knee replacement.", {"avoids_surgery"}},
      {"Say goodbye to knee pain — no surgery, no scalpel, no hospital stay.", {"avoids_surgery"}},
      {"We treat multiple sclerosis, Parkinson's disease, lupus, COPD and autism.",
       {"treats_many_conditions"}},
      {"Celebrities like Tiger Woods and Cristiano Ronaldo have had stem cell therapy.",
       {"testimonial"}},
      {"Watch our patient testimonials.", {"testimonial"}},
      {"★★★★★ 4.9 average from 1,200 Google reviews", {"testimonial"}},
      {"We use umbilical cord-derived MSCs, and every vial contains live, viable cells.",
       {"live_cells_birth_tissue"}},
      {"Exosome injections packed with living stem cells.", {"live_cells_birth_tissue"}},
      {"Medicare and most PPO plans cover the procedure.", {"insurance_coverage"}},
      {"Insurance covers stem cell therapy in many cases.", {"insurance_coverage"}},
      {"We are in-network with Blue Cross and Aetna for regenerative injections.",
       {"insurance_coverage"}},
      {"Scientifically proven to relieve joint pain.", {"clinically_proven"}},
      {"Proven results for knees, hips and shoulders.", {"clinically_proven"}},
      {"Outperforms steroid injections in head-to-head studies.", {"superior_to_standard"}},
      {"Longer-lasting relief than hyaluronic acid gel shots.", {"superior_to_standard"}},
      {"361 HCT/P compliant tissue from an AATB-accredited bank.", {"regulatory_registration"}},
      {"Listed on ClinicalTrials.gov.", {"regulatory_registration"}},
      {"Each treatment delivers 30-50 million cells per knee.", {"cell_count"}},
      {"We can't guarantee results, but 90% of our patients report improvement.",
       {"success_rate"},
       90},
      {"Unlike knee replacement, our procedure requires no surgery.", {"avoids_surgery"}},
      {"Rated 5 stars by our patients.", {"testimonial"}},
  });
}

TEST_CASE("Spanish clinic copy", "[claims][heuristic]") {
  Check({
      {"Terapia con células madre aprobada por la FDA.", {"fda_approved"}},
      {"Una solución definitiva para el dolor de rodilla.", {"cure"}},
      {"Curamos la artrosis sin cirugía.", {"cure", "avoids_surgery"}},
      {"Le garantizamos resultados desde la primera sesión.", {"guarantee"}},
      {"El 85% de nuestros pacientes mejora su calidad de vida.", {"success_rate"}, 85},
      {"Entre el 70 y el 90% de los pacientes reportan alivio del dolor.", {"success_rate"}, 90},
      {"Procedimiento sin dolor y ambulatorio.", {"no_risk"}},
      {"Totalmente seguro, sin efectos adversos.", {"no_risk"}},
      {"Regeneración del cartílago articular con células madre.", {"regrows_cartilage"}},
      {"Alternativa a la prótesis de rodilla.", {"avoids_surgery"}},
      {"Tratamos autismo, esclerosis múltiple, diabetes y EPOC.", {"treats_many_conditions"}},
      {"Vea los testimonios de nuestros pacientes.", {"testimonial"}},
      {"Utilizamos células madre vivas de gelatina de Wharton.", {"live_cells_birth_tissue"}},
      {"Aceptamos seguros médicos internacionales para el tratamiento.", {"insurance_coverage"}},
      {"Eficacia comprobada en miles de pacientes.", {"clinically_proven"}},
      {"Más efectivo que las infiltraciones de cortisona.", {"superior_to_standard"}},
  });
}

TEST_CASE("German clinic copy", "[claims][heuristic]") {
  Check({
      {"FDA-zugelassene Stammzelltherapie.", {"fda_approved"}},
      {"Unsere Behandlung heilt Arthrose dauerhaft.", {"cure"}},
      {"Geld-zurück-Garantie bei ausbleibendem Erfolg.", {"guarantee"}},
      {"Bei 90 % der Patienten verbessert sich die Beweglichkeit.", {"success_rate"}, 90},
      {"Die Injektion ist nahezu schmerzfrei und ohne Nebenwirkungen.", {"no_risk"}},
      {"Knorpelaufbau mit körpereigenen Stammzellen.", {"regrows_cartilage"}},
      {"So lässt sich eine Knie-TEP oft vermeiden.", {"avoids_surgery"}},
      {"Die private Krankenversicherung erstattet die Behandlung.", {"insurance_coverage"}},
      {"Wissenschaftlich belegt und sicher.", {"clinically_proven"}},
  });
}

TEST_CASE("more distractors", "[claims][heuristic]") {
  struct D {
    const char* text;
    const char* kind;
  };
  const std::vector<D> cases = {
      {"Stem cells are not FDA approved for arthritis, and we tell every patient so.",
       "fda_approved"},
      {"We use an FDA-approved local anesthetic before the harvest.", "fda_approved"},
      {"No, stem cell therapy does not cure arthritis.", "cure"},
      {"It may help slow the progression of arthritis.", "cure"},
      {"We cannot promise results, and no honest clinic can.", "guarantee"},
      {"Financing with guaranteed approval for all credit types.", "guarantee"},
      {"Receive 10% off when you book both knees.", "success_rate"},
      {"Roughly 1 in 4 adults will develop knee osteoarthritis.", "success_rate"},
      {"Our marrow concentrate has 98% cell viability.", "success_rate"},
      {"Side effects are rare but include swelling and soreness.", "no_risk"},
      {"All procedures carry some risk, including infection.", "no_risk"},
      {"Cartilage has very limited ability to heal itself.", "regrows_cartilage"},
      {"The MACI procedure grows new cartilage from your own chondrocytes in a lab.",
       "regrows_cartilage"},
      {"Some patients will still need a knee replacement.", "avoids_surgery"},
      {"PRP, hyaluronic acid and cortisone are other options we discuss.",
       "treats_many_conditions"},
      {"Please read reviews of any clinic you consider.", "testimonial"},
      {"Exosomes do not contain living cells.", "live_cells_birth_tissue"},
      {"Amniotic products sold as stem cells often have no viable cells.",
       "live_cells_birth_tissue"},
      {"We accept cash, checks, and CareCredit.", "insurance_coverage"},
      {"Insurance does not pay for regenerative medicine.", "insurance_coverage"},
      {"Medicare does not cover stem cell injections for knees.", "insurance_coverage"},
      {"No evidence-based guideline recommends stem cells for knee OA.", "clinically_proven"},
      {"El tratamiento no cura la artrosis.", "cure"},
      {"No se garantizan resultados.", "guarantee"},
      {"El 20% de descuento aplica solo en efectivo.", "success_rate"},
      {"Ningún seguro cubre este tratamiento.", "insurance_coverage"},
      {"Keine Kasse übernimmt die Kosten für Stammzellen.", "insurance_coverage"},
      {"Eine Erfolgsgarantie können wir nicht geben.", "guarantee"},
      {"There is no replacement for an honest conversation with your doctor.", "avoids_surgery"},
      {"Appointments available 4/5/2025 through 4/9/2025.", "testimonial"},
      {"Millions of people are searching for a cure for arthritis.", "cure"},
      {"Unlike other clinics, we never claim our cells are FDA approved.", "fda_approved"},
      {"We do not guarantee results, but we explain every step.", "guarantee"},
      {"100% natural. 100% you.", "success_rate"},
  };
  for (const D& d : cases) {
    CAPTURE(d.text, d.kind);
    bool found = false;
    for (const Claim& c : ExtractOne(d.text)) found = found || c.kind == d.kind;
    CHECK_FALSE(found);
  }
}

}  // namespace clinicrank
