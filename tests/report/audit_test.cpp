#include "report/audit.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "tests/report/report_checks.h"
#include "tests/testing/clinic_site.h"
#include "tests/testing/extract_pages.h"

namespace clinicrank {
namespace {

using testing::ClinicSite;
using testing::ExtractPages;
using testing::GoodClinic;

// Facts made by ExtractClinic from a two-page site; the FAQ page was
// crawled, so it carries a fetch time.
ClinicFacts ClaimyClinic() {
  ClinicFacts f = ExtractPages(
      "https://claimy.example/",
      {{"https://claimy.example/", "<h1>Claimy</h1><p>Our FDA approved stem cell therapy.</p>",
        "Claimy"},
       {"https://claimy.example/faq", "<p>90% of our patients improve.</p>", "FAQ | Claimy"}});
  for (PageRef& p : f.pages) {
    if (p.url == std::optional<std::string>("https://claimy.example/faq")) {
      p.fetched_at = "2026-11-20T10:00:00Z";
    }
  }
  return f;
}

TEST_CASE("Audit joins claims to page hash and fetch time", "[report][audit]") {
  Audit audit = BuildAudit({ClaimyClinic()});
  REQUIRE(audit.clinics.size() == 1);
  const ClinicAudit& c = audit.clinics[0];
  REQUIRE(c.claims.size() == 2);
  CHECK(c.claims[0].claim.kind == "fda_approved");  // high severity first
  CHECK(c.claims[0].page_sha256.size() == 64);
  CHECK(c.claims[0].fetched_at.empty());
  CHECK_THAT(c.claims[0].context_note, Catch::Contains("Jun 3 2021"));
  CHECK(c.claims[1].claim.kind == "success_rate");
  CHECK(c.claims[1].fetched_at == "2026-11-20T10:00:00Z");
  CHECK_THAT(c.claims[1].context_note, Catch::Contains("82%"));
}

TEST_CASE("Audit finds different prices for the same basis across pages", "[report][audit]") {
  const ClinicFacts f =
      ExtractPages("https://p.example/",
                   {{"https://p.example/a", "<p>Stem cell therapy is $4,500 per knee.</p>"},
                    {"https://p.example/b", "<p>Stem cell therapy is $5,200 per knee.</p>"}});
  auto contradictions = BuildAudit({f}).clinics[0].contradictions;
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].kind == "price_mismatch");

  const ClinicFacts same =
      ExtractPages("https://p.example/",
                   {{"https://p.example/a", "<p>Stem cell therapy is $4,500 per knee.</p>"},
                    {"https://p.example/b", "<p>Knee stem cell therapy: $4,500 per knee.</p>"}});
  CHECK(BuildAudit({same}).clinics[0].contradictions.empty());
}

// issue 14: from facts — the clinic's exclusive own-cells statement and the
// donor product it also names — not from keywords in quotes.
TEST_CASE("Audit finds own-cells-only beside donor products", "[report][audit]") {
  const ClinicFacts f =
      ExtractPages("https://m.example/",
                   {{"https://m.example/a", "<p>We only use your own bone marrow cells.</p>"},
                    {"https://m.example/b",
                     "<p>For advanced arthritis we add an umbilical cord stem cell booster.</p>"}});
  auto contradictions = BuildAudit({f}).clinics[0].contradictions;
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].kind == "own_cells_vs_donor");
  REQUIRE(contradictions[0].citations.size() >= 2);
  CHECK(contradictions[0].citations[0].quote == "We only use your own bone marrow cells.");
  CHECK(contradictions[0].citations[0].url == "https://m.example/a");
  CHECK(contradictions[0].citations[1].url == "https://m.example/b");

  CHECK(BuildAudit({GoodClinic("Honest")}).clinics[0].contradictions.empty());
}

TEST_CASE("Audit finds no-risk claims beside stated risks", "[report][audit]") {
  ClinicSite site;
  site.risks = "";
  site.extra = {"<p>There are no side effects.</p>"};
  CHECK(BuildAudit({site.Extract()}).clinics[0].contradictions.empty());
  site.risks = "Risks include infection, swelling and pain at the harvest site.";
  auto contradictions = BuildAudit({site.Extract()}).clinics[0].contradictions;
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].kind == "no_risk_vs_risks");
  CHECK(contradictions[0].citations[0].quote == "There are no side effects.");
  CHECK(contradictions[0].citations[1].quote ==
        "Risks include infection, swelling and pain at the harvest site.");
}

TEST_CASE("Audit JSON, Markdown and HTML", "[report][audit]") {
  Audit audit = BuildAudit({ClaimyClinic(), GoodClinic("Quiet")});
  REQUIRE(audit.clinics.size() == 2);
  REQUIRE(audit.clinics[0].name == "Claimy");
  REQUIRE(audit.clinics[0].claims.size() == 2);
  rapidjson::Document doc;
  doc.Parse(AuditReportJson(audit).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["clinics"].Size() == 2);
  const auto& claim = doc["clinics"][0]["claims"][0];
  CHECK(std::string(claim["kind"].GetString()) == "fda_approved");
  const std::string sha = audit.clinics[0].claims[0].page_sha256;
  CHECK(std::string(claim["page_sha256"].GetString()) == sha);
  CHECK(claim["fetched_at"].IsNull());
  CHECK(std::string(doc["clinics"][0]["claims"][1]["fetched_at"].GetString()) ==
        "2026-11-20T10:00:00Z");
  CHECK(claim["context_note"].IsString());

  std::string md = AuditReportMarkdown(audit);
  CHECK_THAT(md, Catch::Contains("## Claimy"));
  CHECK_THAT(md, Catch::Contains("`" + sha + "`"));
  CHECK_THAT(md, Catch::Contains("No red-flag claims found"));

  std::string html = AuditReportHtml(audit);
  CHECK_THAT(html, Catch::Contains("Claimy"));
  testing::CheckHtmlInert(html);
}

TEST_CASE("Hostile page text stays inert in every audit format", "[report][audit][escape]") {
  ClinicFacts f = testing::HostileClinic();
  f.pages[0].sha256 = "<script>";  // not hex: never shown raw
  f.claims.push_back(
      {"no_risk", std::nullopt, false, "<img src=x onerror=alert(1)>", "javascript:alert(1)"});
  Audit audit = BuildAudit({f});
  std::string html = AuditReportHtml(audit);
  testing::CheckHtmlInert(html);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  std::string md = AuditReportMarkdown(audit);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("](javascript") == std::string::npos);
  std::string json = AuditReportJson(audit);
  CHECK(json.find('<') == std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  CHECK_FALSE(doc.HasParseError());
}

}  // namespace
}  // namespace clinicrank
