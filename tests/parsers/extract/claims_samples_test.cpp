// Claims of the bundled sample clinics (sample_pages/*/expected.json:
// claims_include / claims_exclude), through the real HTML parser, and a few
// HTML snippets for the block context (testimonial classes, <blockquote>,
// FAQ <summary> questions). DOMAIN.md §4.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "parsers/html/charset.h"
#include "parsers/extract/claims.h"
#include "parsers/html/html.h"
#include "parsers/extract/page_context.h"
#include "parsers/extract/page_genre.h"
#include "parsers/text/page_text.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

std::vector<Claim> ExtractHtmlPages(const std::vector<std::pair<std::string, std::string>>& pages) {
  ClaimExtractor extractor;
  for (const auto& [path, bytes] : pages) {
    const DecodedText text = DecodeToUtf8(bytes);
    const Document doc = ParseHtml(text.utf8);
    // The context ExtractClinic builds, page genre included.
    PageContext ctx = BuildPageContext(doc, "", path);
    PageText page_text(doc);
    ctx.information_page = DetectPageGenre(doc, &page_text) == PageGenre::kInformation;
    extractor.AddPage(doc, ctx, &page_text);
  }
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts.claims;
}

std::vector<Claim> ExtractHtml(const std::string& html) {
  return ExtractHtmlPages({{"snippet.html", html}});
}

std::set<std::string> KindsOf(const std::vector<Claim>& claims) {
  std::set<std::string> kinds;
  for (const Claim& c : claims) kinds.insert(c.kind);
  return kinds;
}

std::vector<std::string> StringArray(const rapidjson::Document& json, const char* key) {
  std::vector<std::string> out;
  if (!json.HasMember(key) || !json[key].IsArray()) return out;
  for (const auto& v : json[key].GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString());
  }
  return out;
}

}  // namespace

// The sample clinics' expectations (written by the people who built them).
TEST_CASE("sample clinics: expected claims included and excluded", "[claims][contract]") {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(testing::SamplePagesDir())) {
    if (entry.is_directory() && fs::exists(entry.path() / "expected.json")) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  REQUIRE(!dirs.empty());
  for (const fs::path& dir : dirs) {
    CAPTURE(dir.filename().string());
    std::vector<std::pair<std::string, std::string>> pages;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".html" || ext == ".htm")) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      pages.emplace_back(f.string(), testing::ReadFileOrThrow(f.string()));
    }
    rapidjson::Document expected;
    expected.Parse(testing::ReadFileOrThrow((dir / "expected.json").string()).c_str());
    REQUIRE(!expected.HasParseError());
    const std::vector<Claim> claims = ExtractHtmlPages(pages);
    const std::set<std::string> kinds = KindsOf(claims);
    std::string got;
    for (const Claim& c : claims) got += c.kind + ": " + c.quote + "\n";
    CAPTURE(got);
    for (const std::string& kind : StringArray(expected, "claims_include")) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) == 1);
    }
    for (const std::string& kind : StringArray(expected, "claims_exclude")) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) == 0);
    }
    for (const Claim& c : claims) {
      CHECK(!c.quote.empty());
      CHECK(!c.url.empty());
    }
  }
}

TEST_CASE("HTML: blockquote testimonials and FAQ summaries", "[claims][heuristic]") {
  const std::string html = R"(<html lang="en"><body>
    <details class="faq-item"><summary>Is stem cell therapy FDA approved?</summary>
      <p>No. No stem cell product is FDA approved for knee osteoarthritis.</p></details>
    <section class="testimonials"><h2>Patient stories</h2>
      <blockquote class="testimonial"><p>"Six months after my procedure I'm back on the
      trails. The team explained every step."</p><footer>— Linda K., 61</footer></blockquote>
    </section>
    <blockquote><p>"Clinics that say their stem cells are FDA approved are misleading
      patients," the agency said.</p></blockquote>
  </body></html>)";
  const auto claims = ExtractHtml(html);
  std::string got;
  for (const Claim& c : claims) got += c.kind + ": " + c.quote + "\n";
  CAPTURE(got);
  CHECK(KindsOf(claims) == std::set<std::string>{"testimonial"});
  CHECK(claims.size() == 1);
}

TEST_CASE("HTML: a red-flag landing page", "[claims][heuristic]") {
  const std::string html = R"(<html lang="en"><body>
    <h1>Regrow Your Knee Cartilage Without Surgery</h1>
    <p>Our FDA-approved amniotic stem cells contain millions of live stem cells.</p>
    <ul><li>No side effects</li><li>95% success rate</li><li>Covered by Medicare</li></ul>
    <h2>Conditions we treat</h2>
    <ul><li>Knee arthritis</li><li>Multiple sclerosis</li><li>Parkinson's disease</li>
        <li>COPD</li><li>Erectile dysfunction</li></ul>
  </body></html>)";
  const auto kinds = KindsOf(ExtractHtml(html));
  for (const char* kind :
       {"regrows_cartilage", "avoids_surgery", "fda_approved", "live_cells_birth_tissue", "no_risk",
        "success_rate", "insurance_coverage", "treats_many_conditions"}) {
    CAPTURE(kind);
    CHECK(kinds.count(kind) == 1);
  }
}

TEST_CASE("HTML: Spanish clinic page", "[claims][heuristic]") {
  const std::string html = R"(<html lang="es"><body>
    <h1>Células madre para la rodilla</h1>
    <p>Tasa de éxito del 87% en pacientes con artrosis.</p>
    <p>Evite la cirugía de reemplazo de rodilla: tratamiento sin riesgos.</p>
    <section class="testimonios"><p>"Después de la aplicación volví a caminar sin dolor,
      gracias a todo el equipo."</p></section>
    <p>Este tratamiento no está aprobado por la FDA y no es una cura.</p>
  </body></html>)";
  const auto claims = ExtractHtml(html);
  const auto kinds = KindsOf(claims);
  std::string got;
  for (const Claim& c : claims) got += c.kind + ": " + c.quote + "\n";
  CAPTURE(got);
  CHECK(kinds == std::set<std::string>{"success_rate", "avoids_surgery", "no_risk", "testimonial"});
}

}  // namespace clinicrank
