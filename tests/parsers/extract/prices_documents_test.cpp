// Prices read from whole documents (issue 3): table rows with their header
// cells and row label, headings deciding the treatment, testimonial context,
// JSON-LD offers, cross-page dedupe and warnings — on Documents built by
// hand, through ParseHtml (entities, split tags, struck-through prices), and
// on the bundled sample clinics (sample_pages/*/expected.json).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "parsers/html/charset.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/html.h"
#include "parsers/extract/page_context.h"
#include "parsers/extract/prices.h"
#include "tests/testing/blocks.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

using testing::Heading;
using testing::Para;
using testing::Row;

namespace fs = std::filesystem;

PageContext Ctx(std::string url, std::string lang = "en", std::string tld = "com") {
  PageContext c;
  c.url = std::move(url);
  c.lang = std::move(lang);
  c.tld = std::move(tld);
  return c;
}

ClinicFacts Run(const std::vector<std::pair<Document, PageContext>>& pages) {
  PriceExtractor extractor;
  for (const auto& [doc, ctx] : pages) extractor.AddPage(doc, ctx);
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts;
}

ClinicFacts RunHtml(const std::string& html, const std::string& url) {
  const Document doc = ParseHtml(html);
  return Run({{doc, BuildPageContext(doc, url, "")}});
}

std::string Describe(const std::vector<Price>& prices) {
  std::string s;
  for (const Price& p : prices) {
    s += std::to_string(p.low) + "-" + std::to_string(p.high) + " " + p.currency + " " + p.basis +
         " " + p.treatment + " [" + p.quote + "]\n";
  }
  return s;
}

bool Has(const std::vector<Price>& prices, double low, double high, const std::string& currency,
         const std::string& basis, const std::string& treatment) {
  return std::any_of(prices.begin(), prices.end(), [&](const Price& p) {
    return p.low == low && p.high == high && p.currency == currency && p.basis == basis &&
           p.treatment == treatment;
  });
}

// Issue 3: "table rows read with their header cells and row label".
TEST_CASE("Table rows: column headers give the basis, row labels the treatment",
          "[prices][heuristic]") {
  Document doc;
  doc.blocks = {
      Heading("Our prices", 1),
      Row({"Treatment", "Per knee", "Both knees"}, {"Treatment", "Per knee", "Both knees"}, 0),
      Row({"Bone marrow stem cells", "$4,500", "$8,000"}, {"Treatment", "Per knee", "Both knees"},
          0),
      Row({"PRP", "$750", "$1,400"}, {"Treatment", "Per knee", "Both knees"}, 0),
  };
  doc.blocks[1].is_header_row = true;
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/prices")}});
  CAPTURE(Describe(f.prices));
  CHECK(f.prices.size() == 4);
  CHECK(Has(f.prices, 4500, 4500, "USD", "per_knee", "stem_cell"));
  CHECK(Has(f.prices, 8000, 8000, "USD", "both_knees", "stem_cell"));
  CHECK(Has(f.prices, 750, 750, "USD", "per_knee", "prp"));
  CHECK(Has(f.prices, 1400, 1400, "USD", "both_knees", "prp"));
  REQUIRE(!f.prices.empty());
  CHECK(f.prices[0].quote == "Bone marrow stem cells | $4,500 | $8,000");
}

// Issue 3: a number without a currency is a price only where the column says so.
TEST_CASE("Table rows: bare numbers only in a price column", "[prices][heuristic]") {
  Document doc;
  doc.blocks = {
      Row({"Adipose stem cells (SVF), one knee", "6", "5900"},
          {"Service", "Visits", "Price (USD)"}),
      Row({"Preis in €", "Sitzungen"}, {"Leistung", "Anzahl"}),
      Row({"Stammzellen, beide Knie", "2024", "6.900"}, {"Leistung", "Jahr", "Preis (EUR)"}),
  };
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/prices")}});
  CAPTURE(Describe(f.prices));
  CHECK(f.prices.size() == 2);
  CHECK(Has(f.prices, 5900, 5900, "USD", "per_knee", "stem_cell"));
  CHECK(Has(f.prices, 6900, 6900, "EUR", "both_knees", "stem_cell"));
}

// Issue 3: the treatment from "its heading ... and its neighbours".
TEST_CASE("Headings and neighbours decide the treatment of a bare price", "[prices][heuristic]") {
  Document doc;
  doc.title = "Pricing | Example Clinic";
  doc.blocks = {
      Heading("Pricing", 1),                                                     // 0
      Heading("Platelet-rich plasma", 2, 0),                                     // 1
      Para("$650 per injection, or three for $1,800.", 1),                    // 2
      Heading("Knee replacement, for comparison", 2, 0),                         // 3
      Para("Typically $30,000 or more in a hospital.", 3),                    // 4
      Heading("All-inclusive package", 2, 0),                                    // 5
      Para("US$ 11,900", 5),                                                  // 6
      Para("Umbilical cord MSCs for one or both knees, hotel and transfers.", 5),  // 7
      Para("Our bone marrow protocol:", 0),                                   // 8
      Para("$5,200 per knee", 0),                                             // 9
  };
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/pricing")}});
  CAPTURE(Describe(f.prices));
  CHECK(f.prices.size() == 5);
  CHECK(Has(f.prices, 650, 650, "USD", "per_injection", "prp"));
  CHECK(Has(f.prices, 1800, 1800, "USD", "unspecified", "prp"));
  CHECK(Has(f.prices, 30000, 30000, "USD", "unspecified", "surgery"));
  CHECK(Has(f.prices, 11900, 11900, "USD", "package", "stem_cell"));
  CHECK(Has(f.prices, 5200, 5200, "USD", "per_knee", "stem_cell"));
}

TEST_CASE("The page's subject is the last resort for the treatment", "[prices][heuristic]") {
  Document doc;
  doc.title = "Bone Marrow Stem Cell Knee Injections | Example";
  doc.blocks = {Heading("What does it cost?", 2), Para("One knee is $4,500.", 0)};
  Document other;
  other.title = "Contact us";
  other.blocks = {Para("Treatment costs $4,500.")};
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/a")}, {other, Ctx("https://x.example/b")}});
  CAPTURE(Describe(f.prices));
  CHECK(Has(f.prices, 4500, 4500, "USD", "per_knee", "stem_cell"));
  CHECK(Has(f.prices, 4500, 4500, "USD", "unspecified", "other"));
}

// Issue 3: "a testimonial's story of past spending".
TEST_CASE("Testimonials and quoted stories are never prices", "[prices][heuristic]") {
  Document doc;
  Block review = Para("After spending thousands, this $4,500 treatment finally worked for me!");
  review.context = "reviews review-card";
  Block quoted = Para("The $3,900 procedure changed my life.");
  quoted.quoted = true;
  Block preview = Para("Stem cell therapy: $4,900 per knee.");
  preview.context = "preview pricing";  // "preview" is not "review"
  doc.blocks = {review, quoted, Heading("What patients say", 2), Para("Worth every one of the $5,000.", 2),
                preview};
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/")}});
  CAPTURE(Describe(f.prices));
  REQUIRE(f.prices.size() == 1);
  CHECK(f.prices[0].low == 4900);
}

// Issue 3: "The same price seen on several pages of one clinic appears once."
TEST_CASE("The same price on several pages is listed once, with the first quote",
          "[prices][contract]") {
  Document a;
  a.blocks = {Para("Bone marrow stem cells: $4,500 per knee.")};
  Document b;
  b.blocks = {Para("One knee of bone marrow stem cells is $4,500 per knee; both knees $8,000.")};
  const ClinicFacts f = Run({{a, Ctx("https://x.example/a")}, {b, Ctx("https://x.example/b")}});
  CAPTURE(Describe(f.prices));
  REQUIRE(f.prices.size() == 2);
  CHECK(f.prices[0].url == "https://x.example/a");
  CHECK(f.prices[0].quote == "Bone marrow stem cells: $4,500 per knee.");
  CHECK(f.prices[1].basis == "both_knees");
  CHECK(f.prices[1].url == "https://x.example/b");
}

// Issue 3 / DOMAIN.md §6: a bare "$" read by page context is recorded.
TEST_CASE("Bare dollar guesses are flagged and warned about", "[prices][contract]") {
  Document doc;
  doc.lang = "es";
  doc.blocks = {Para("Tratamiento con células madre: $85,000 por rodilla."),
                Para("Los precios están en pesos mexicanos.")};
  const ClinicFacts f = Run({{doc, Ctx("https://x.example.mx/precios", "es", "mx")}});
  CAPTURE(Describe(f.prices));
  REQUIRE(f.prices.size() == 1);
  CHECK(f.prices[0].currency == "MXN");
  CHECK(f.prices[0].currency_guessed);
  REQUIRE(f.warnings.size() == 1);
  CHECK(f.warnings[0] ==
        "https://x.example.mx/precios: \"$85,000\" read as MXN (page context: lang es, .mx, "
        "pesos)");

  Document us;
  us.blocks = {Para("Stem cell therapy: $4,500 per knee.")};
  const ClinicFacts g = Run({{us, Ctx("https://y.example/", "en", "com")}});
  REQUIRE(g.prices.size() == 1);
  CHECK_FALSE(g.prices[0].currency_guessed);
  CHECK(g.warnings.empty());
}

// DOMAIN.md §1: stem-cell prices outside ~$1,000-15,000 (USD-equivalent).
TEST_CASE("Implausible stem-cell prices are warned about", "[prices][heuristic]") {
  Document doc;
  doc.blocks = {Para("Stem cell injection special: $495 per knee."),
                Para("Stem cell therapy: $4,500 per knee."),
                Para("Financing for stem cell therapy from $199/mo."),
                Para("Stammzellen: 3.900 € pro Knie.")};
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/")}});
  CAPTURE(Describe(f.prices));
  std::string warnings;
  for (const std::string& w : f.warnings) warnings += w + "\n";
  CAPTURE(warnings);
  REQUIRE(f.prices.size() == 4);
  REQUIRE(f.warnings.size() == 1);
  CHECK(f.warnings[0].find("495 USD") != std::string::npos);
}

TEST_CASE("JSON-LD offers and price specifications", "[prices][contract]") {
  Document doc;
  doc.title = "Knee treatments";
  doc.json_ld = {
      R"({"@context":"https://schema.org","@type":"MedicalClinic","name":"X",
          "priceRange":"$3,000 - $20,000",
          "makesOffer":[
            {"@type":"Offer","name":"Amniotic Stem Cell Knee Injection",
             "priceSpecification":{"@type":"UnitPriceSpecification","price":"2950",
                                   "priceCurrency":"USD","unitText":"injection"}},
            {"@type":"AggregateOffer","lowPrice":4500,"highPrice":"8,000.00","priceCurrency":"USD",
             "itemOffered":{"@type":"MedicalProcedure","name":"Bone marrow concentrate, per knee"}},
            {"@type":"Offer","name":"PRP injection","price":650,"priceCurrency":"USD"},
            {"@type":"Offer","name":"Consultation","price":"0","priceCurrency":"USD"}]})",
      "{ not json",
  };
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/")}});
  CAPTURE(Describe(f.prices));
  CHECK(f.prices.size() == 3);
  CHECK(Has(f.prices, 2950, 2950, "USD", "per_injection", "stem_cell"));
  CHECK(Has(f.prices, 4500, 8000, "USD", "per_knee", "stem_cell"));
  CHECK(Has(f.prices, 650, 650, "USD", "unspecified", "prp"));
}

TEST_CASE("JSON-LD unitText is matched whatever its case", "[prices]") {
  Document doc;
  doc.title = "Knee treatments";
  doc.json_ld = {
      R"({"@type":"Offer","name":"Bone marrow stem cell knee injection",
          "priceSpecification":{"@type":"UnitPriceSpecification","price":"4900",
                                "priceCurrency":"USD","unitText":"Knee"}})"};
  const ClinicFacts f = Run({{doc, Ctx("https://x.example/")}});
  CAPTURE(Describe(f.prices));
  CHECK(Has(f.prices, 4900, 4900, "USD", "per_knee", "stem_cell"));
}

// Through the real HTML parser: entities, split tags, struck-through prices,
// scripts and hidden elements (issue 3 "What must be understood").
TEST_CASE("Prices through ParseHtml", "[prices][heuristic]") {
  const std::string html = R"(<!doctype html><html lang="en"><head><title>Prices</title>
    <script>var promo = {"price":"$99,999"};</script></head><body>
    <h1>Bone marrow stem cell therapy</h1>
    <p>Single knee: <del>$5,200</del> <strong>&#36;<span>4,500</span></strong> per knee</p>
    <p>Both knees:&nbsp;<b>$8,000</b></p>
    <p style="display:none">Old price $3,100 per knee</p>
    <p>Call (720) 555-0182 · Boulder, CO 80303</p>
    <div class="testimonial"><p>"I paid $4,000 and I'm hiking again."</p></div>
    <h2>Kosten in Europa</h2><p>Ab 1.800&nbsp;&euro; pro Knie.</p>
    </body></html>)";
  const ClinicFacts f = RunHtml(html, "https://x.example/prices");
  CAPTURE(Describe(f.prices));
  CHECK(f.prices.size() == 3);
  CHECK(Has(f.prices, 4500, 4500, "USD", "per_knee", "stem_cell"));
  CHECK(Has(f.prices, 8000, 8000, "USD", "both_knees", "stem_cell"));
  CHECK(Has(f.prices, 1800, 1800, "EUR", "per_knee", "stem_cell"));
}

std::vector<fs::path> SampleDirs() {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(testing::SamplePagesDir())) {
    if (entry.is_directory() && fs::exists(entry.path() / "expected.json")) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

ClinicFacts ExtractDir(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".html" || ext == ".htm")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> bytes;
  bytes.reserve(files.size());
  for (const fs::path& f : files) bytes.push_back(testing::ReadFileOrThrow(f.string()));
  std::vector<PageInput> pages;
  for (size_t i = 0; i < files.size(); ++i) {
    PageInput p;
    p.bytes = bytes[i];
    p.path = files[i].string();
    pages.push_back(std::move(p));
  }
  return ExtractClinic(dir.string(), pages);
}

// The sample clinics' price expectations (sample_pages/*/expected.json).
TEST_CASE("sample clinics: expected prices", "[prices][contract]") {
  const std::vector<fs::path> dirs = SampleDirs();
  REQUIRE(!dirs.empty());
  for (const fs::path& dir : dirs) {
    CAPTURE(dir.filename().string());
    rapidjson::Document want;
    want.Parse(testing::ReadFileOrThrow((dir / "expected.json").string()).c_str());
    REQUIRE(!want.HasParseError());
    const ClinicFacts facts = ExtractDir(dir);
    CAPTURE(Describe(facts.prices));
    if (want.HasMember("prices_include")) {
      for (const auto& p : want["prices_include"].GetArray()) {
        CAPTURE(p["low"].GetDouble(), p["currency"].GetString(), p["basis"].GetString(),
                p["treatment"].GetString());
        CHECK(Has(facts.prices, p["low"].GetDouble(), p["high"].GetDouble(),
                  p["currency"].GetString(), p["basis"].GetString(), p["treatment"].GetString()));
      }
    }
    if (want.HasMember("stem_cell_price_count")) {
      const auto n = std::count_if(facts.prices.begin(), facts.prices.end(),
                                   [](const Price& p) { return p.treatment == "stem_cell"; });
      CHECK(n == want["stem_cell_price_count"].GetInt());
    }
    if (want.HasMember("prices_exclude_amounts")) {
      for (const auto& a : want["prices_exclude_amounts"].GetArray()) {
        const double amount = a.GetDouble();
        CAPTURE(amount);
        CHECK(std::none_of(facts.prices.begin(), facts.prices.end(), [&](const Price& p) {
          return p.low == amount || p.high == amount;
        }));
      }
    }
  }
}

}  // namespace
}  // namespace clinicrank
