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
  // No link to javascript: can form; "\](" is an escaped bracket, inert.
  for (size_t at = md.find("](javascript"); at != std::string::npos;
       at = md.find("](javascript", at + 1)) {
    CAPTURE(md.substr(at > 40 ? at - 40 : 0, 80));
    CHECK((at > 0 && md[at - 1] == '\\'));
  }
  std::string json = AuditReportJson(audit);
  CHECK(json.find('<') == std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  CHECK_FALSE(doc.HasParseError());
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// Facts from a crawled page whose canonical link claims another site.
struct CrawledClinic {
  ClinicFacts facts;
  std::string body;
  std::vector<AuditPage> pages;
};

CrawledClinic Crawled(const std::string& canonical) {
  CrawledClinic c;
  c.body =
      "<html><body><p>Welcome to our clinic. Our therapy is FDA approved for knees. "
      "Call us today.</p><p>Stem cell knee injection: $4,500 per knee.</p></body></html>";
  c.facts.source = "https://clinic.example/";
  PageRef ref;
  ref.url = canonical;
  ref.sha256 = "ab12";
  c.facts.pages.push_back(ref);
  c.facts.claims.push_back(
      {"fda_approved", std::nullopt, false, "Our therapy is FDA approved for knees.", canonical});
  Price price;
  price.low = price.high = 4500;
  price.currency = "USD";
  price.basis = "per_knee";
  price.treatment = "stem_cell";
  price.quote = "Stem cell knee injection: $4,500 per knee.";
  price.url = canonical;
  c.facts.prices.push_back(price);
  PageProvenance p;
  p.fetched_url = "https://clinic.example/fda";
  p.final_url = "https://clinic.example/fda";
  p.http_status = 200;
  p.fetched_at = "2026-11-01T10:00:00.000Z";
  p.run_id = 3;
  p.sha256 = "ab12";
  p.warc_file = "crawl.warc.gz";
  p.warc_record_id = "<urn:uuid:1234>";
  p.warc_offset = 5678;
  c.pages.push_back({"", "text/html", p});
  return c;
}

// Issue 13 #2: a page chose its own evidence URL through rel=canonical.
TEST_CASE("issue13: audit evidence carries the fetched URL; a canonical only on the same site",
          "[report][audit][contract]") {
  for (const bool same_site : {false, true}) {
    CAPTURE(same_site);
    const std::string canonical =
        same_site ? "https://www.clinic.example/knees" : "https://www.fda.gov/approved";
    CrawledClinic c = Crawled(canonical);
    c.pages[0].bytes = c.body;
    const Audit audit = AssembleAudit({}, {AuditClinic(c.facts, c.pages)});
    const std::string md = AuditReportMarkdown(audit);
    CHECK_THAT(md, Catch::Contains("- Fetched URL: [https://clinic.example/fda]"));
    CHECK_THAT(md, Catch::Contains("- Archived copy: crawl.warc.gz, record <urn:uuid:1234>, offset 5678") ||
                       Catch::Contains("- Archived copy: crawl.warc.gz, record &lt;urn:uuid:1234&gt;, offset 5678"));
    CHECK(md.find("fda.gov") == std::string::npos);  // never the evidence, never shown
    CHECK((md.find("- Canonical (same site): [https://www.clinic.example/knees]") != std::string::npos) ==
          same_site);
    rapidjson::Document doc;
    doc.Parse(AuditReportJson(audit).c_str());
    REQUIRE_FALSE(doc.HasParseError());
    const auto& source = doc["clinics"][0]["claims"][0]["source"];
    CHECK(std::string(source["fetched_url"].GetString()) == "https://clinic.example/fda");
    CHECK(source["http_status"].GetInt() == 200);
    CHECK(source["warc"]["offset"].GetInt64() == 5678);
    CHECK(source["canonical_url"].IsNull() == !same_site);
  }
}

TEST_CASE("audit: every fact and claim with a sentence of context either side",
          "[report][audit][contract]") {
  CrawledClinic c = Crawled("https://clinic.example/fda");
  c.pages[0].bytes = c.body;
  const ClinicAudit a = AuditClinic(c.facts, c.pages);
  REQUIRE(a.claims.size() == 1);
  CHECK(a.claims[0].source.context_before == "Welcome to our clinic.");
  CHECK(a.claims[0].source.context_after == "Call us today.");
  CHECK(a.claims[0].page_sha256 == "ab12");
  REQUIRE(a.facts.size() == 1);
  CHECK(a.facts[0].field == "price");
  CHECK(a.facts[0].source.context_before == "Call us today.");
  CHECK(a.facts[0].source.context_after.empty());
  CHECK(a.facts[0].source.page.warc_offset == 5678);
}

TEST_CASE("audit --format csv: one row per fact and claim, formulas neutralised, header on every row",
          "[report][audit][contract][escape]") {
  CrawledClinic c = Crawled("https://clinic.example/fda");
  c.pages[0].bytes = c.body;
  c.facts.claims.push_back({"cure", std::nullopt, false, "=HYPERLINK(\"http://evil\")", "x"});
  c.facts.claims.push_back({"guarantee", std::nullopt, false, "+1", "x"});
  c.facts.claims.push_back({"no_risk", std::nullopt, false, "-1", "x"});
  c.facts.claims.push_back({"success_rate", 95.0, false, "@SUM(A1)", "x"});
  c.facts.claims.push_back({"testimonial", std::nullopt, false, "\tcmd", "x"});
  c.facts.claims.push_back({"insurance_coverage", std::nullopt, false, "\rcmd", "x"});
  AuditHeader header{"clinicrank 0.1.0", "clinicrank audit --db c.db --format csv", {3, 4},
                     "2026-12-01T00:00:00Z", "2026-11-01"};
  const Audit audit = AssembleAudit(header, {AuditClinic(c.facts, c.pages)});
  const auto rows = testing::ParseCsv(AuditReportCsv(audit));
  REQUIRE(rows.size() == 1 + 1 + 7);
  const auto& columns = rows[0];
  auto column = [&columns](const std::string& name) {
    return static_cast<size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
  };
  for (const auto& row : rows) REQUIRE(row.size() == columns.size());
  CHECK(rows[1][column("field")] == "price");
  CHECK(rows[1][column("fetched_url")] == "https://clinic.example/fda");
  CHECK(rows[1][column("warc_offset")] == "5678");
  CHECK(rows[1][column("run_ids")] == "3, 4");
  CHECK(rows[1][column("rates_date")] == "2026-11-01");
  CHECK(rows[1][column("command")] == "clinicrank audit --db c.db --format csv");
  for (size_t r = 2; r < rows.size(); ++r) {
    const std::string& quote = rows[r][column("quote")];
    CAPTURE(quote);
    if (quote == "Our therapy is FDA approved for knees.") continue;
    CHECK(quote.front() == '\'');  // shown as text, never run as a formula
  }
}

}  // namespace
}  // namespace clinicrank
