// parsers/extract/price_includes.h: what the stem-cell price includes and
// what is extra (seed article, "What's included in the cost"; issue 14).
// Each case is one page through ExtractClinic. Distractors: other services'
// inclusions, risks that "include", insurance that "covers", "MRI is extra".
#include "parsers/extract/price_includes.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/testing/extract_pages.h"

namespace clinicrank {
namespace {

using testing::ExtractHtml;

struct Case {
  const char* html;
  const char* want;  // "+item" included, "-item" extra, space-separated, in output order
};

std::string Read(const ClinicFacts& f) {
  std::string out;
  for (const PriceInclusion& p : f.price_includes) {
    out += (out.empty() ? "" : " ") + std::string(p.included ? "+" : "-") + p.item;
    CHECK_FALSE(p.quote.empty());
    CHECK(p.url == "https://clinic.example/");
  }
  return out;
}

TEST_CASE("Price includes: inclusions and extras", "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>Bone marrow concentrate is $5,400 per knee, including the harvest, processing, the "
       "ultrasound-guided injection and follow-up at 6 weeks.</p>",
       "+harvest_processing +guided_injection +follow_up"},
      {"<p>Regenerative procedures are self-pay. The prices below include the harvest, "
       "processing, the ultrasound-guided injection and two follow-up visits. They do not include "
       "MRI if you need a new one.</p>",
       "+harvest_processing +guided_injection +follow_up -evaluation_imaging"},
      {"<p>Our price: $5k per knee — all-inclusive of harvest, processing and the injection.</p>",
       "+harvest_processing +guided_injection"},
      {"<p>El precio incluye la evaluación médica, la aplicación y una cita de control. No "
       "incluye estudios de imagen.</p>",
       "+evaluation_imaging +guided_injection +follow_up -evaluation_imaging"},
      {"<p>El paquete incluye el tratamiento, 2 noches de hotel, resonancia magnética si hace "
       "falta y una llamada de seguimiento.</p>",
       "+evaluation_imaging +follow_up"},
      {"<p>Eigenfett-Therapie: 2.500 € pro Knie, inklusive Fettentnahme, Aufbereitung, Injektion "
       "und Nachsorge. MRT-Bilder werden gesondert berechnet.</p>",
       "+harvest_processing +guided_injection +follow_up -evaluation_imaging"},
      {"<h2>What does it cost?</h2><p>$5,000 per knee.</p><h3>Included</h3><ul><li>Physician "
       "evaluation and MRI review</li><li>Mini-liposuction</li></ul><h3>Not "
       "included</h3><ul><li>New "
       "MRI</li></ul>",
       "+evaluation_imaging +harvest_processing -evaluation_imaging"},
      {"<p>Package price US$ 11,900 covers one or both knees and includes:</p><ul><li>Medical "
       "evaluation and blood work</li><li>Ultrasound-guided injections</li><li>4 nights at a "
       "hotel</li></ul>",
       "+evaluation_imaging +guided_injection"},
      {"<table><tr><th>Item</th><th>Fee</th></tr><tr><td>BMAC injection, one knee (day case, "
       "includes two reviews)</td><td>£6,950 per knee</td></tr></table>",
       "+follow_up"},
      {"<p>Fees: your consultation is charged separately from any treatment.</p>",
       "-evaluation_imaging"},
      {"<p>$4,500 per knee. MRI is extra.</p>", "-evaluation_imaging"},
      {"<p>A knee X-ray or MRI, if needed, is charged separately at our partner hospital.</p>",
       "-evaluation_imaging"},
      {"<p>Prices include the fat harvest and cell culture; follow-up visits are not "
       "charged separately.</p>",
       "+harvest_processing +follow_up"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Read(ExtractHtml(c.html)) == c.want);
  }
}

TEST_CASE("Price includes: French and Italian follow-up visits", "[parsers][heuristic][lang]") {
  struct LangCase {
    const char* lang;
    const char* html;
    const char* want;
  };
  const LangCase cases[] = {
      {"fr",
       "<p>Le forfait de 4 200 € par genou comprend le prélèvement, l'injection et deux visites "
       "de contrôle.</p>",
       "+harvest_processing +guided_injection +follow_up"},
      {"fr", "<p>Le traitement par cellules souches coûte 4 000 € ; le prix inclut une consultation de "
       "contrôle à six semaines.</p>", "+follow_up"},
      {"it", "<p>Il prezzo comprende il prelievo e due visite di controllo.</p>",
       "+harvest_processing +follow_up"},
      // A control group is no follow-up visit.
      {"fr", "<p>Le prix comprend le prélèvement. Un groupe de contrôle a reçu un placebo.</p>",
       "+harvest_processing"},
  };
  for (const LangCase& c : cases) {
    CAPTURE(c.html);
    CHECK(Read(ExtractHtml(c.html, c.lang)) == c.want);
  }
}

TEST_CASE("Price includes: distractors name nothing", "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>Risks include pain at the harvest site and, rarely, infection.</p>", ""},
      {"<p>Billed to your insurance when your plan covers office visits.</p>", ""},
      {"<table><tr><th>Service</th><th>Price</th><th>Notes</th></tr><tr><td>Initial physician "
       "consultation</td><td>$200</td><td>Includes review of your existing imaging</td></tr>"
       "</table>",
       ""},
      {"<table><tr><td>Erstberatung inkl. Untersuchung</td><td>120 €</td></tr></table>", ""},
      {"<p>PRP: $750 per injection, includes ultrasound guidance and a follow-up call.</p>", ""},
      {"<p>Hotel and flights are not included.</p>", ""},
      {"<p>Our treatment includes a harvest of bone marrow and an injection.</p>", ""},
      {"<p>See our pricing page for everything that's included.</p>", ""},
      {"<p>Does the price include MRI and follow-up?</p>", ""},
      {"<div class=\"testimonial\"><p>\"The $5,000 price included my follow-up visits!\"</p>"
       "</div>",
       ""},
      {"<h3>Included</h3><ul><li>Free parking</li><li>Follow-up call</li></ul>", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Read(ExtractHtml(c.html)) == c.want);
  }
}

}  // namespace
}  // namespace clinicrank
