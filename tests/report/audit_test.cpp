#include "report/audit.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "tests/ranking/fake_facts.h"
#include "tests/report/report_checks.h"

namespace clinicrank {
namespace {

using testing::GoodClinic;
using testing::StemCellPrice;

ClinicFacts ClaimyClinic() {
  ClinicFacts f = GoodClinic("Claimy");
  PageRef crawled;
  crawled.url = "https://claimy.example/faq";
  crawled.sha256 = "0123456789abcdef";
  crawled.fetched_at = "2026-11-20T10:00:00Z";
  f.pages.push_back(crawled);
  f.claims.push_back(
      {"success_rate", 90, false, "90% of patients improve", "https://claimy.example/faq"});
  f.claims.push_back({"fda_approved", std::nullopt, false, "Our FDA approved therapy",
                      "https://claimy.example/faq"});
  f.claims.push_back(
      {"cure", std::nullopt, false, "Cures arthritis", "https://elsewhere.example/"});
  return f;
}

TEST_CASE("Audit joins claims to page hash and fetch time", "[report][audit]") {
  Audit audit = BuildAudit({ClaimyClinic()});
  REQUIRE(audit.clinics.size() == 1);
  const ClinicAudit& c = audit.clinics[0];
  REQUIRE(c.claims.size() == 3);
  CHECK(c.claims[0].claim.kind == "fda_approved");  // high severity first
  CHECK(c.claims[0].page_sha256 == "0123456789abcdef");
  CHECK(c.claims[0].fetched_at == "2026-11-20T10:00:00Z");
  CHECK_THAT(c.claims[0].context_note, Catch::Contains("Jun 3 2021"));
  CHECK(c.claims[1].claim.kind == "cure");
  CHECK(c.claims[1].page_sha256.empty());  // no page with that URL
  CHECK(c.claims[2].claim.kind == "success_rate");
  CHECK_THAT(c.claims[2].context_note, Catch::Contains("82%"));
}

TEST_CASE("Audit finds different prices for the same basis across pages", "[report][audit]") {
  ClinicFacts f = GoodClinic("Prices");
  f.prices = {StemCellPrice(4500, 4500, "USD", "per_knee", "https://p.example/a"),
              StemCellPrice(5200, 5200, "USD", "per_knee", "https://p.example/b"),
              StemCellPrice(4500, 4500, "USD", "per_knee", "https://p.example/c"),
              StemCellPrice(8000, 8000, "USD", "both_knees", "https://p.example/b")};
  Price tier = StemCellPrice(6000, 6000, "USD", "per_knee", "https://p.example/b");
  f.prices.push_back(tier);  // same page as 5200: a tier, but still differs from page a
  auto contradictions = BuildAudit({f}).clinics[0].contradictions;
  int mismatches = 0;
  for (const Contradiction& c : contradictions) mismatches += c.kind == "price_mismatch";
  CHECK(mismatches == 4);  // a-b(5200), a-b(6000), b(5200)-c, b(6000)-c

  ClinicFacts consistent = GoodClinic("Same");
  Price from = StemCellPrice(4500, 4500, "USD", "per_knee", "https://p.example/a");
  from.lower_bound_only = true;
  consistent.prices = {from, StemCellPrice(4500, 6000, "USD", "per_knee", "https://p.example/b"),
                       StemCellPrice(90000, 90000, "MXN", "per_knee", "https://p.example/c")};
  CHECK(BuildAudit({consistent}).clinics[0].contradictions.empty());
}

TEST_CASE("Audit finds own-cells-only beside donor products", "[report][audit]") {
  ClinicFacts f = GoodClinic("Mixed");
  f.cell_sources = {"bone_marrow", "umbilical_cord"};
  f.cell_origin = "mixed";
  f.evidence.push_back({"cell_origin", "We only use your own cells.", "https://m.example/a"});
  f.evidence.push_back(
      {"cell_sources", "Our umbilical cord booster adds young cells.", "https://m.example/b"});
  auto contradictions = BuildAudit({f}).clinics[0].contradictions;
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].kind == "own_cells_vs_donor");
  REQUIRE(contradictions[0].citations.size() >= 2);
  CHECK(contradictions[0].citations[0].quote == "We only use your own cells.");

  ClinicFacts honest = GoodClinic("Honest");
  honest.evidence.push_back({"cell_origin", "We only use your own cells.", "u"});
  CHECK(BuildAudit({honest}).clinics[0].contradictions.empty());
}

TEST_CASE("Audit finds no-risk claims beside listed risks", "[report][audit]") {
  ClinicFacts f = GoodClinic("Risky");
  f.claims.push_back({"no_risk", std::nullopt, false, "There are no side effects.", "u1"});
  CHECK(BuildAudit({f}).clinics[0].contradictions.empty());
  f.evidence.push_back({"risks", "Risks include infection, swelling and pain.", "u2"});
  auto contradictions = BuildAudit({f}).clinics[0].contradictions;
  REQUIRE(contradictions.size() == 1);
  CHECK(contradictions[0].kind == "no_risk_vs_risks");
  CHECK(contradictions[0].citations[1].url == "u2");
}

TEST_CASE("Audit JSON, Markdown and HTML", "[report][audit]") {
  Audit audit = BuildAudit({ClaimyClinic(), GoodClinic("Quiet")});
  rapidjson::Document doc;
  doc.Parse(AuditReportJson(audit).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["clinics"].Size() == 2);
  const auto& claim = doc["clinics"][0]["claims"][0];
  CHECK(std::string(claim["kind"].GetString()) == "fda_approved");
  CHECK(std::string(claim["page_sha256"].GetString()) == "0123456789abcdef");
  CHECK(std::string(claim["fetched_at"].GetString()) == "2026-11-20T10:00:00Z");
  CHECK(claim["context_note"].IsString());
  CHECK(doc["clinics"][0]["claims"][1]["page_sha256"].IsNull());

  std::string md = AuditReportMarkdown(audit);
  CHECK_THAT(md, Catch::Contains("## Claimy"));
  CHECK_THAT(md, Catch::Contains("`0123456789abcdef`"));
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
