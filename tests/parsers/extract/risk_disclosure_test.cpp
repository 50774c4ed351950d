// parsers/extract/risk_disclosure.h: the clinic states risks or the lack of
// FDA approval (DOMAIN.md §2-§3; issue 14). Each page runs through
// ExtractClinic; distractors are denials, benefits, claims and other
// people's words.
#include "parsers/extract/risk_disclosure.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/testing/extract_pages.h"

namespace clinicrank {
namespace {

using testing::ExtractHtml;

struct Case {
  const char* html;
  const char* want;  // "risks", "not_approved", "risks,not_approved" or ""
};

std::string Kinds(const ClinicFacts& f) {
  std::string out;
  for (const Disclosure& d : f.risk_disclosure) {
    out += (out.empty() ? "" : ",") + d.kind;
    CHECK_FALSE(d.quote.empty());
    CHECK(d.url == "https://clinic.example/");
  }
  return out;
}

TEST_CASE("Risk disclosure: stated risks and lack of approval", "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>Risks include infection, swelling and a flare of knee pain.</p>", "risks"},
      {"<p>Any procedure that involves a needle carries some risk of infection and bleeding.</p>",
       "risks"},
      {"<p>Soreness at the harvest site is common. Infection, bleeding and nerve irritation are "
       "rare but possible.</p>",
       "risks"},
      {"<h2>Risks</h2><ul><li>Pain and bruising at the harvest site</li></ul>", "risks"},
      {"<details><summary>What are the risks?</summary><p>Soreness at the harvest site and a "
       "temporary flare are common.</p></details>",
       "risks"},
      {"<p>Como cualquier punción, tiene riesgos: dolor transitorio, hematoma e, "
       "infrecuentemente, infección.</p>",
       "risks"},
      {"<p>Mögliche Nebenwirkungen sind Schwellung und ein Bluterguss an der Entnahmestelle.</p>",
       "risks"},
      {"<p>The treatments described on this site have not been approved by the U.S. Food and Drug "
       "Administration.</p>",
       "not_approved"},
      {"<footer class=\"site-footer\"><p class=\"disclaimer\">Individual results vary. The "
       "treatments described on this site have not been approved by the U.S. Food and Drug "
       "Administration.</p></footer>",
       "not_approved"},
      {"<p>BMAC for knee arthritis is not an FDA-approved treatment.</p>", "not_approved"},
      {"<p>Exosome products have not been authorized by Health Canada.</p>", "not_approved"},
      {"<p>This treatment is not recommended by NICE for routine use.</p>", "not_approved"},
      {"<p>La FDA de Estados Unidos no ha aprobado ningún tratamiento con células madre para la "
       "rodilla.</p>",
       "not_approved"},
      {"<p>Die Behandlung ist vom Paul-Ehrlich-Institut nicht zugelassen.</p>", "not_approved"},
      {"<p>Stem cell treatment for osteoarthritis is still considered experimental.</p>",
       "not_approved"},
      {"<h3>Is the treatment FDA approved?</h3><p>No. We offer it as an off-label procedure.</p>",
       "not_approved"},
      {"<p>Risks include infection. BMAC is not FDA approved for knee osteoarthritis.</p>",
       "risks,not_approved"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Kinds(ExtractHtml(c.html)) == c.want);
  }
}

TEST_CASE("Risk disclosure: denials, benefits and claims are not disclosures",
          "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>No side effects, no downtime.</p>", ""},
      {"<p>There is absolutely no risk of rejection.</p>", ""},
      {"<p>Sin posibilidad de rechazo ni riesgo alguno para su salud.</p>", ""},
      {"<p>Die Behandlung hat keinerlei Nebenwirkungen.</p>", ""},
      {"<p>Our injections reduce swelling and calm inflammation.</p>", ""},
      {"<p>Stem cells can lower the risk of needing surgery.</p>", ""},
      {"<p>Our FDA approved amniotic therapy is safe.</p>", ""},
      {"<p>Our cells are processed in an FDA-registered lab with an FDA-cleared centrifuge.</p>",
       ""},
      {"<p>Is stem cell therapy FDA approved?</p>", ""},
      {"<div class=\"testimonial\"><p>\"My doctor warned me about infection but I had no side "
       "effects at all!\"</p></div>",
       ""},
      {"<p>Low risk, high reward.</p>", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Kinds(ExtractHtml(c.html)) == c.want);
  }
}

TEST_CASE("Risk disclosure in French: risks that exist, and denials", "[parsers][heuristic][lang]") {
  const Case cases[] = {
      {"<p>Le traitement par cellules souches comporte des risques, notamment infection et "
       "gonflement.</p>",
       "risks"},
      {"<p>Comme toute injection, ces injections comportent des risques.</p>", "risks"},
      {"<p>Il existe des risques rares : saignement et hématome.</p>", "risks"},
      {"<p>Les effets secondaires possibles sont une douleur et un gonflement passagers.</p>",
       "risks"},
      // Denials and benefits.
      {"<p>Une technique sans risques ni effets secondaires.</p>", ""},
      {"<p>Il n'y a aucun risque de rejet.</p>", ""},
      {"<p>Le traitement réduit le gonflement et la douleur.</p>", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Kinds(ExtractHtml(c.html, "fr")) == c.want);
  }
}

TEST_CASE("Risk disclosure: a benefit word earlier in the clause is no disclosure",
          "[parsers][heuristic]") {
  const Case cases[] = {
      {"<p>Our protocol is designed to minimize the possibility of side effects such as "
       "infection.</p>",
       ""},
      {"<p>These injections may reduce aching, swelling, and stiffness of the joint.</p>", ""},
      // A contrast starts a new clause: the risk after it is stated.
      {"<p>The injection reduces pain, but risks include infection and swelling.</p>", "risks"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(Kinds(ExtractHtml(c.html)) == c.want);
  }
  CHECK(Kinds(ExtractHtml("<p>Il nostro metodo punta a ridurre il più possibile la comparsa di "
                          "effetti collaterali.</p>",
                          "it")) == "");
}

}  // namespace
}  // namespace clinicrank
