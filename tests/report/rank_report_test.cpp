#include "report/rank_report.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "ranking/rank_builder.h"
#include "tests/report/report_checks.h"
#include "tests/testing/clinic_site.h"

namespace clinicrank {
namespace {

using testing::ClinicSite;
using testing::GoodClinic;
using testing::HostileClinic;
using testing::TestRates;

Ranking SampleRanking() {
  ClinicSite mex;
  mex.name = "Regenera Baja";
  mex.domain = "baja.example";
  mex.country = "MX";
  mex.price = "Stem cell therapy: 90,000 to 120,000 MXN per knee.";
  mex.guidance = "";
  mex.extra = {"<p>Our FDA approved stem cell therapy works.</p>"};
  ClinicSite amnio;
  amnio.name = "Amnio Co";
  amnio.domain = "amnio.example";
  amnio.cells = "We inject amniotic stem cells from donated placentas.";
  amnio.price = "";
  amnio.includes = "";
  return RankClinics({mex.Extract(), GoodClinic("Alpha Knee"), amnio.Extract()}, Weights(),
                     TestRates());
}

// CONTRACT.md "rank --format json": every documented field, with its type.
TEST_CASE("Rank JSON follows the contract", "[report][contract]") {
  std::string json = RankReportJson(SampleRanking());
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  REQUIRE(doc["clinics"].IsArray());
  REQUIRE(doc["clinics"].Size() == 3);
  int expected_rank = 1;
  double last_score = 101;
  for (const auto& c : doc["clinics"].GetArray()) {
    CHECK(c["rank"].IsInt());
    CHECK(c["rank"].GetInt() == expected_rank++);
    CHECK(c["source"].IsString());
    CHECK(c["name"].IsString());
    REQUIRE(c["score"].IsNumber());
    CHECK(c["score"].GetDouble() <= last_score);
    CHECK(c["score"].GetDouble() >= 0);
    last_score = c["score"].GetDouble();
    REQUIRE(c["checklist"].IsArray());
    CHECK(c["checklist"].Size() == Checklist().size());
    for (const auto& item : c["checklist"].GetArray()) {
      CHECK(item["item"].IsString());
      std::string status = item["status"].GetString();
      CHECK((status == "pass" || status == "partial" || status == "fail" || status == "unknown"));
      CHECK(item["points"].IsNumber());
      CHECK(item["max_points"].IsNumber());
      CHECK(item["evidence"].IsString());
    }
    REQUIRE(c["red_flags"].IsArray());
    for (const auto& f : c["red_flags"].GetArray()) {
      CHECK(f["kind"].IsString());
      CHECK(f["quote"].IsString());
      CHECK(f["url"].IsString());
      CHECK(f["why"].IsString());
      CHECK(std::string(f["severity"].GetString()) != "info");  // notes are apart
    }
    CHECK(c["notes"].IsArray());
    CHECK(c["pages_read"].IsUint());
  }
  CHECK(doc["unreadable"].IsArray());
  CHECK(doc["filtered_out"].IsArray());
  CHECK(doc["filters"].IsString());
  CHECK(std::string(doc["clinics"][0]["name"].GetString()) == "Alpha Knee");
  CHECK(std::string(doc["rates"]["date"].GetString()) == "2026-11-01");
  const auto& mex = doc["clinics"][1];
  CHECK(std::string(mex["name"].GetString()) == "Regenera Baja");
  CHECK(std::string(mex["red_flags"][0]["kind"].GetString()) == "fda_approved");
  CHECK(mex["stem_cell_prices"][0]["low"].GetDouble() == 90000);
  CHECK(std::string(mex["red_flags"][0]["why"].GetString()).find("FDA") != std::string::npos);
  CHECK(std::string(mex["stem_cell_prices"][0]["currency"].GetString()) == "MXN");
  CHECK(mex["price_usd_per_knee"]["low"].GetDouble() == Approx(4500));
}

TEST_CASE("Rank Markdown has a ranked table and per-clinic checklists", "[report]") {
  std::string md = RankReportMarkdown(SampleRanking());
  CHECK_THAT(md, Catch::Contains("| 1 | Alpha Knee | 100 |"));
  CHECK_THAT(md, Catch::Contains("## 2. Regenera Baja"));
  CHECK_THAT(md, Catch::Contains("MXN 90,000–120,000 per knee → $4,500–6,000 per knee"));
  CHECK_THAT(md, Catch::Contains("rates table dated 2026-11-01"));
  CHECK_THAT(md, Catch::Contains("? unknown"));
  CHECK_THAT(md, Catch::Contains("[source](https://baja.example/)"));
  CHECK_THAT(md, Catch::Contains("*Why it matters:* No stem-cell product is FDA-approved"));
}

TEST_CASE("Rank CSV has one row per clinic", "[report]") {
  std::string csv = RankReportCsv(SampleRanking());
  auto rows = testing::ParseCsv(csv);
  REQUIRE(rows.size() == 4);
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[0][0] == "rank");
  CHECK(rows[1][1] == "Alpha Knee");
  CHECK(rows[2][1] == "Regenera Baja");
  CHECK(csv.find("\r\n") != std::string::npos);
}

TEST_CASE("Rank HTML is one self-contained page", "[report]") {
  std::string html = RankReportHtml(SampleRanking());
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, Catch::Contains("<svg"));
  CHECK_THAT(html, Catch::Contains("Regenera Baja"));
  CHECK_THAT(html, Catch::Contains("Content-Security-Policy"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);  // no external resources
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  testing::CheckHtmlInert(html);
}

// Issue 5: a page holding <script>, "><img onerror>, javascript: links or
// spreadsheet formulas must produce reports in which none of it is active.
TEST_CASE("Hostile page text stays inert in every rank format", "[report][escape][contract]") {
  Ranking r = RankClinics({HostileClinic(), GoodClinic("Calm")}, Weights(), TestRates());

  std::string html = RankReportHtml(r);
  testing::CheckHtmlInert(html);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<svg onload") == std::string::npos);
  CHECK(html.find("<iframe") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));  // shown as text

  std::string md = RankReportMarkdown(r);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("<svg") == std::string::npos);
  for (const char* link : {"](javascript", "](JaVaScRiPt", "](java\tscript", "](data:"}) {
    // Page text may contain "](javascript:" but only with the bracket escaped.
    for (size_t at = 0; (at = md.find(link, at)) != std::string::npos; ++at) {
      CAPTURE(link, md.substr(at > 20 ? at - 20 : 0, 40));
      CHECK((at > 0 && md[at - 1] == '\\'));
    }
  }
  for (size_t at = 0; (at = md.find("\n| ", at)) != std::string::npos; ++at) {
    // Every table row keeps its column count: page text added no unescaped "|".
    size_t end = md.find('\n', at + 1);
    std::string row = md.substr(at + 1, end - at - 1);
    int pipes = 0;
    for (size_t i = 0; i < row.size(); ++i)
      pipes += row[i] == '|' && (i == 0 || row[i - 1] != '\\');
    CAPTURE(row);
    const int summary = 3 + static_cast<int>(Checklist().size()) + 3 + 1;
    CHECK((pipes == summary || pipes == 5));
  }

  auto rows = testing::ParseCsv(RankReportCsv(r));
  REQUIRE(rows.size() == 3);
  for (const auto& row : rows) {
    CHECK(row.size() == rows[0].size());
    for (const std::string& cell : row) {
      CAPTURE(cell);
      size_t first = cell.find_first_not_of(' ');
      if (first != std::string::npos)
        CHECK(std::string("=+-@\t\r").find(cell[first]) == std::string::npos);
    }
  }

  std::string json = RankReportJson(r);
  CHECK(json.find('<') == std::string::npos);
  CHECK(json.find('>') == std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  bool found = false;
  for (const auto& c : doc["clinics"].GetArray()) {
    found |= std::string(c["name"].GetString()) == "<script>alert(1)</script>";  // data intact
  }
  CHECK(found);
}

TEST_CASE("An empty ranking still renders", "[report]") {
  Ranking r = RankClinics({}, Weights(), Rates());
  CHECK_THAT(RankReportMarkdown(r), Catch::Contains("No clinics"));
  CHECK_THAT(RankReportMarkdown(r), Catch::Contains("No exchange-rate table"));
  CHECK(testing::ParseCsv(RankReportCsv(r)).size() == 1);
  CHECK_THAT(RankReportJson(r), Catch::Contains("\"clinics\":[]"));
  testing::CheckHtmlInert(RankReportHtml(r));
}


// Counts the pieces a streamed report arrives in.
class PieceSink final : public TextSink {
 public:
  void Write(std::string_view text) override {
    text_.append(text);
    ++pieces_;
  }
  std::string text_;
  size_t pieces_ = 0;
};

TEST_CASE("A ranking read back from its shelf renders as the one held in memory",
          "[report][scale]") {
  const std::vector<ClinicFacts> facts = {GoodClinic("Alpha Knee"), HostileClinic(),
                                          GoodClinic("Beta Knee"),
                                          testing::UnreadableClinic("gone/clinic")};
  const Ranking whole = RankClinics(facts, Weights(), TestRates());
  RankBuilder builder(RankOptions(), TestRates(), std::make_shared<MemoryFactsShelf>());
  for (const ClinicFacts& f : facts) builder.Add(f);
  const Ranking streamed = builder.Finish();
  REQUIRE(streamed.clinics.empty());

  CHECK(RankReportMarkdown(streamed) == RankReportMarkdown(whole));
  CHECK(RankReportJson(streamed) == RankReportJson(whole));
  CHECK(RankReportCsv(streamed) == RankReportCsv(whole));
  CHECK(RankReportHtml(streamed) == RankReportHtml(whole));
  CHECK(RankReportTerminal(streamed, TerminalOptions()) ==
        RankReportTerminal(whole, TerminalOptions()));

  // Streamed, the report arrives in pieces, a clinic at a time, never whole.
  PieceSink md;
  WriteRankReportMarkdown(streamed, &md);
  CHECK(md.text_ == RankReportMarkdown(whole));
  CHECK(md.pieces_ > 2 * streamed.ClinicCount());
  PieceSink json;
  WriteRankReportJson(streamed, &json);
  CHECK(json.pieces_ >= streamed.ClinicCount());
  rapidjson::Document doc;
  doc.Parse(json.text_.c_str());
  REQUIRE(doc.IsObject());
  CHECK(doc["clinics"].Size() == 3);
  CHECK(doc["unreadable"].Size() == 1);
}

}  // namespace
}  // namespace clinicrank
