// parsers/extract/orthopedic_experience.h: the clinic's own clinicians'
// orthopedic or sports-medicine training (seed article "Expert Tips";
// issue 14). Phrase tables in English, Spanish and German, each page run
// through ExtractClinic, with distractors: testimonials, titles, clinic
// names, other practices, a reader's own doctor.
#include "parsers/extract/orthopedic_experience.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/testing/extract_pages.h"

namespace clinicrank {
namespace {

using testing::ExtractHtml;

struct Case {
  const char* html;  // the body of one page
  const char* want;  // "yes" or "unknown"
};

std::string EvidenceOf(const ClinicFacts& f) {
  for (const Evidence& e : f.evidence) {
    if (e.field == "orthopedic_experience") return e.quote;
  }
  return "";
}

// issue 14: these state the clinic's own clinicians' training.
TEST_CASE("Orthopedic experience: the clinic's own clinicians", "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>Dr. Ruiz is a board-certified orthopedic surgeon.</p>", "yes"},
      {"<p>Our sports medicine physicians offer BMAC injections.</p>", "yes"},
      {"<p>Injections are performed by an orthopaedic surgeon in our procedure room.</p>", "yes"},
      {"<p>Four fellowship-trained sports medicine physicians and two physical therapists.</p>",
       "yes"},
      {"<p>A consultation with an orthopaedic consultant, who reviews your X-rays.</p>", "yes"},
      {"<ul><li>Médicos certificados por el Consejo Mexicano de Ortopedia y "
       "Traumatología.</li></ul>",
       "yes"},
      {"<p>La aplicación se realiza en quirófano, por un ortopeda certificado.</p>", "yes"},
      {"<p>Nuestro equipo: médico ortopedista certificado con 20 años de experiencia.</p>", "yes"},
      {"<p>Valoración por ortopedista y revisión de su resonancia magnética.</p>", "yes"},
      {"<table><tr><th>Servicio</th><th>Precio</th></tr><tr><td>Primera consulta de "
       "traumatología</td><td>90 €</td></tr></table>",
       "yes"},
      {"<p>Dr. med. Weißhaupt ist Fachärztin für Orthopädie und Unfallchirurgie.</p>", "yes"},
      {"<p>Unsere Orthopäden behandeln Sie persönlich.</p>", "yes"},
      {"<p>She completed a fellowship in sports medicine at Stanford.</p>", "yes"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    const ClinicFacts f = ExtractHtml(c.html);
    CHECK(TriStateName(f.orthopedic_experience) == std::string(c.want));
    CHECK_FALSE(EvidenceOf(f).empty());
  }
}

// issue 14 "Why": a patient's words, a title, a name, another practice.
TEST_CASE("Orthopedic experience: distractors stay unknown", "[parsers][heuristic]") {
  const Case cases[] = {
      {"<section class=\"testimonials\"><div class=\"testimonial\"><p>\"I threw away my cane! My "
       "orthopedic surgeon can't believe it.\"</p></div></section>",
       "unknown"},
      {"<p>My orthopedic surgeon told me to try this.</p>", "unknown"},
      {"<p>Ask your orthopedic surgeon whether you are a candidate.</p>", "unknown"},
      {"<p>Consulte a su traumatólogo antes del tratamiento.</p>", "unknown"},
      {"<p>Cornerstone Orthopedic Regeneration · 1660 Lincoln St · Denver</p>", "unknown"},
      {"<h1>Regenerative Orthopedics</h1><p>We treat knee arthritis.</p>", "unknown"},
      {"<p>We treat orthopedic conditions of the knee, hip and shoulder.</p>", "unknown"},
      {"<p>We refer patients to orthopedic surgeons when a knee replacement is needed.</p>",
       "unknown"},
      {"<p>Orthopedic surgeons often recommend knee replacement for advanced arthritis.</p>",
       "unknown"},
      {"<p>The American Academy of Orthopaedic Surgeons does not recommend these injections.</p>",
       "unknown"},
      {"<p>Our physicians are not orthopedic surgeons.</p>", "unknown"},
      {"<p>Do you have an orthopedic surgeon on staff?</p>", "unknown"},
      {"<p>We're proud to work with <a href=\"https://denver-ortho.example/\">Denver "
       "Orthopedic Surgeons</a>.</p>",
       "unknown"},
      {"<p>Board-certified physiatrists perform every injection.</p>", "unknown"},
      {"<nav><a href=\"/\">Home</a> | <a href=\"/team\">Our Orthopedic Surgeons</a> | <a "
       "href=\"/c\">Contact</a></nav>",
       "unknown"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    const ClinicFacts f = ExtractHtml(c.html);
    CHECK(TriStateName(f.orthopedic_experience) == std::string(c.want));
  }
}

}  // namespace
}  // namespace clinicrank
