// Issue 13, hostile input, as the report layer sees it: every JSON report is
// valid UTF-8 (#4), non-finite and huge numbers never break a report (#10,
// #11), and outputs never destroy what is at the path (#7) or read option
// files without bound (#9).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <limits>
#include <string>

#include "base/utf8.h"
#include "parsers/extract/clinic.h"
#include "report/audit.h"
#include "report/facts_json.h"
#include "report/format.h"
#include "report/json_util.h"
#include "report/output_file.h"
#include "report/price_chart.h"
#include "report/rank_report.h"
#include "tests/testing/clinic_site.h"
#include "tests/testing/fifo_reader.h"
#include "tests/testing/paths.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using testing::GoodClinic;
using testing::ReadFileOrThrow;
using testing::StemCellPrice;
using testing::TempDir;
using testing::TestRates;

// Parses `json` the way a strict reader (Python's json) does: invalid UTF-8
// is an error.
void CheckStrictJson(const std::string& json) {
  CHECK(IsValidUtf8(json));
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  INFO(rapidjson::GetParseError_En(doc.GetParseError()));
  CHECK_FALSE(doc.HasParseError());
}

// A clinic with a raw, invalid byte in every string a page, a WARC header or
// a damaged store can reach.
ClinicFacts ClinicWithRawBytes() {
  ClinicFacts f = GoodClinic("Bad \xFF Bytes");
  f.source = "https://bad\xC0.example/";
  f.clinic.domain = "bad\xE9.example";
  f.pages[0].url = "https://bad.example/\xE9t\xE9";
  f.pages[0].title = "title \xED\xA0\x80";
  f.pages[0].canonical_url = "https://bad.example/\xFE";
  f.prices[0].quote = "$5,000 \xF4\x90\x80\x80 per knee";
  f.prices[0].url = "https://bad.example/\x80";
  f.evidence[0].url = "https://bad.example/\xFF";
  f.claims.push_back({"fda_approved", std::nullopt, false, "FDA \xC3 approved",
                      "https://bad.example/\xE2\x82"});
  f.warnings.push_back("unknown charset \"x\xFF\" in <meta>");
  return f;
}

TEST_CASE("issue13 #4: extract, rank and audit JSON are valid UTF-8 whatever the facts hold",
          "[report][contract]") {
  const ClinicFacts facts = ClinicWithRawBytes();
  const std::string line = FactsToJsonLine(facts);
  CheckStrictJson(line);
  CHECK(line.find("\xEF\xBF\xBD") != std::string::npos);  // repaired, not dropped
  CHECK(line.find("Bytes") != std::string::npos);

  const Ranking ranking = RankClinics({facts, GoodClinic("Fine")}, Weights(), TestRates());
  CheckStrictJson(RankReportJson(ranking));
  CheckStrictJson(AuditReportJson(BuildAudit({facts})));
}

TEST_CASE("issue13 #11: a non-finite number is written as null, never as `\"key\":,`",
          "[report][contract]") {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("nan");
  w.Double(std::nan(""));
  w.Key("inf");
  w.Double(std::numeric_limits<double>::infinity());
  w.Key("ok");
  w.Double(1.5);
  w.EndObject();
  CHECK(std::string(buffer.GetString()) == R"({"nan":null,"inf":null,"ok":1.5})");
  CHECK(PlainNumber(std::nan("")) == "");  // an empty CSV cell, never "-nan"
  CHECK(PlainNumber(-std::numeric_limits<double>::infinity()) == "");
  CHECK(PlainNumber(1e20) == "100000000000000000000");
}

TEST_CASE("issue13 #10: amounts never print as overflowed integers", "[report][contract]") {
  struct Case {
    double value;
    std::string_view text;
  };
  const Case cases[] = {
      {3500, "3,500"},
      {9.2233720368547758e18, "9,223,372,036,854,775,808"},
      {6.4e19, "64,000,000,000,000,000,000"},
      {-1e19, "-10,000,000,000,000,000,000"},
      {std::nan(""), "?"},
      {std::numeric_limits<double>::infinity(), "?"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.value);
    CHECK(FormatNumber(c.value) == c.text);
  }
  CHECK(FormatUsdRange(3500, 6.4e19) == "$3,500–64,000,000,000,000,000,000");
  CHECK(FormatNumber(1e300).size() == 301 + 100);  // 301 digits, 100 commas
}

// The issue's rates: USD per unit (inverted) and 1e-300 per USD turned a
// price into 10^19 or 10^303 dollars, and the chart drew a tick per $5,000.
TEST_CASE("issue13 #10: the price chart and reports stay small whatever the prices",
          "[report][contract]") {
  for (double high : {64000.0, 3.5e5, 6.4e19, 3.5e303, std::numeric_limits<double>::max()}) {
    CAPTURE(high);
    ClinicFacts huge = GoodClinic("Huge");
    huge.prices = {StemCellPrice(3500, high)};
    const Ranking ranking = RankClinics({huge, GoodClinic("Fine")}, Weights(), TestRates());
    const std::string svg = PriceChartSvg(ranking);
    CHECK(svg.size() < 20000);
    size_t ticks = 0;
    for (size_t at = svg.find("stroke=\"#333\""); at != std::string::npos;
         at = svg.find("stroke=\"#333\"", at + 1)) {
      ++ticks;
    }
    CHECK(ticks <= 14);  // 13 ticks at most, and the axis line
    CHECK(svg.find("nan") == std::string::npos);
    const std::string html = RankReportHtml(ranking);
    CHECK(html.size() < 200000);
    const std::string md = RankReportMarkdown(ranking);
    CHECK(md.find("-9,223,372") == std::string::npos);
    CheckStrictJson(RankReportJson(ranking));
  }
}

// The audit of one clinic read from one page, as `audit` builds it: the page
// with the provenance of its fetch.
Audit AuditOfPage(const PageInput& page) {
  AuditPage audit_page;
  audit_page.bytes = page.bytes;
  audit_page.provenance.fetched_url = page.url;
  audit_page.provenance.fetched_at = page.fetched_at;
  const ClinicFacts facts = ExtractClinic("https://clinic.example/", {page});
  return AssembleAudit(AuditHeader(), {AuditClinic(facts, {audit_page})});
}

// The issue's repro: a page whose canonical points to fda.gov was audited
// as "Page: https://www.fda.gov/…" under its own "FDA approved" quote.
TEST_CASE("issue13 #2: the audit cites the fetched URL, never a cross-site canonical",
          "[report][contract]") {
  const std::string html =
      "<html><head><link rel=canonical href='https://www.fda.gov/approved'>"
      "<link rel=canonical href='javascript:alert(1)'></head><body>"
      "<p>Our stem cell therapy is FDA approved.</p></body></html>";
  PageInput page;
  page.bytes = html;
  page.url = "https://clinic.example/faq";
  page.fetched_at = "2026-11-01T10:00:00Z";
  const Audit audit = AuditOfPage(page);
  for (const std::string& report :
       {AuditReportMarkdown(audit), AuditReportJson(audit), AuditReportHtml(audit)}) {
    CHECK(report.find("fda.gov") == std::string::npos);
    CHECK(report.find("javascript") == std::string::npos);
    CHECK(report.find("https://clinic.example/faq") != std::string::npos);
  }
  CHECK_THAT(AuditReportMarkdown(audit),
             Catch::Contains("- Fetched URL: [https://clinic.example/faq]"));
}

TEST_CASE("issue13 #2: a same-site canonical is an added JSON field beside the URL",
          "[report][contract]") {
  const std::string html =
      "<html><head><link rel=canonical href='https://clinic.example/faq'></head><body>"
      "<p>Our stem cell therapy is FDA approved.</p></body></html>";
  PageInput page;
  page.bytes = html;
  page.url = "https://www.clinic.example/faq?ref=1";
  const ClinicFacts facts = ExtractClinic("https://clinic.example/", {page});
  rapidjson::Document doc;
  doc.Parse(FactsToJsonLine(facts).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["pages"][0]["url"].GetString()) == "https://www.clinic.example/faq?ref=1");
  CHECK(std::string(doc["pages"][0]["canonical_url"].GetString()) ==
        "https://clinic.example/faq");
  REQUIRE(doc["claims"].Size() >= 1);
  CHECK(std::string(doc["claims"][0]["url"].GetString()) == "https://www.clinic.example/faq?ref=1");
  CHECK(std::string(doc["claims"][0]["canonical_url"].GetString()) ==
        "https://clinic.example/faq");
  const std::string audit_json = AuditReportJson(AuditOfPage(page));
  CHECK_THAT(audit_json, Catch::Contains(R"("canonical_url":"https://clinic.example/faq")"));
}

// ---- #7: -o and --warc never destroy what is at the path ----

std::string ReadAll(const std::string& path) { return ReadFileOrThrow(path); }

TEST_CASE("issue13 #7: OutputFile writes through to a FIFO", "[report][contract]") {
  TempDir dir;
  const std::string fifo = dir.Path("report.fifo");
  testing::FifoReader reader(fifo);
  std::string error;
  CHECK(WriteOutputFile(fifo, "through the pipe\n", &error));
  CHECK(reader.Received() == "through the pipe\n");
  struct stat st;
  REQUIRE(::lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));  // still a FIFO, not replaced by a file
  CHECK(fs::directory_entry(dir.path()).exists());
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == "report.fifo");  // no temporary file left
  }
}

TEST_CASE("issue13 #7: -o on a device writes through and never replaces it",
          "[report][contract]") {
  std::string error;
  CHECK(WriteOutputFile("/dev/null", "gone", &error));
  struct stat st;
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  // /dev/full takes the write and fails it: the error names the output.
  CHECK_FALSE(WriteOutputFile("/dev/full", std::string(100000, 'x'), &error));
  CHECK(error == "/dev/full: cannot write: No space left on device");
  REQUIRE(::stat("/dev/full", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("issue13 #7: -o on a symlink replaces its target and keeps the link",
          "[report][contract]") {
  TempDir dir;
  const std::string target = dir.Write("sub/real.md", "old");
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  const std::string link = dir.Path("link.md");
  REQUIRE(::symlink("sub/real.md", link.c_str()) == 0);
  std::string error;
  REQUIRE(WriteOutputFile(link, "new", &error));
  struct stat st;
  REQUIRE(::lstat(link.c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(ReadAll(target) == "new");
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);  // the file keeps its permissions
  // No temporary file is left in either folder.
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.path())) files += !e.is_directory();
  CHECK(files == 2);
}

TEST_CASE("issue13 #7: a symlink planted under a temporary name is never followed",
          "[report][contract]") {
  TempDir dir;
  const std::string victim = dir.Write("victim.txt", "precious");
  const std::string out = dir.Path("crawl.warc");
  // The old crawl --warc wrote a fixed OUT.tmp; plant that and the pattern
  // of the report writer's names.
  REQUIRE(::symlink(victim.c_str(), (out + ".tmp").c_str()) == 0);
  REQUIRE(::symlink(victim.c_str(), dir.Path(".crawl.warc.tmp.XXXXXX").c_str()) == 0);
  std::string error;
  OutputFile file;
  REQUIRE(file.Open(out, &error));
  CHECK(file.Write("WARC/1.1\r\n"));
  REQUIRE(file.Commit(&error));
  CHECK(ReadAll(victim) == "precious");
  CHECK(ReadAll(out) == "WARC/1.1\r\n");
  struct stat st;
  REQUIRE(::lstat((out + ".tmp").c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
}

TEST_CASE("issue13 #7: a failed or abandoned output leaves the old file untouched",
          "[report][contract]") {
  TempDir dir;
  const std::string path = dir.Write("report.html", "old report");
  {
    OutputFile file;
    std::string error;
    REQUIRE(file.Open(path, &error));
    CHECK(file.Write("half a rep"));
  }  // destroyed without Commit: an interrupted export
  CHECK(ReadAll(path) == "old report");
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) files += !e.is_directory();
  CHECK(files == 1);

  std::string error;
  CHECK_FALSE(WriteOutputFile(dir.path(), "x", &error));
  CHECK_THAT(error, Catch::Contains("is a directory"));
  const std::string dangling = dir.Path("dangling.md");
  REQUIRE(::symlink("missing/nowhere.md", dangling.c_str()) == 0);
  CHECK_FALSE(WriteOutputFile(dangling, "x", &error));
  CHECK_THAT(error, Catch::Contains("symbolic link to a missing file"));
  CHECK_FALSE(WriteOutputFile(dir.Path("no/such/folder/r.md"), "x", &error));
  CHECK_THAT(error, Catch::Contains("no/such/folder/r.md"));
}

TEST_CASE("issue13 #7: a new output file gets 0644 less the umask", "[report][contract]") {
  TempDir dir;
  const mode_t old_mask = ::umask(022);
  std::string error;
  const bool ok = WriteOutputFile(dir.Path("new.csv"), "a,b\n", &error);
  ::umask(old_mask);
  REQUIRE(ok);
  struct stat st;
  REQUIRE(::stat(dir.Path("new.csv").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
}

// ---- #9: option files are regular files of bounded size ----

TEST_CASE("issue13 #9: option files must be regular files of bounded size",
          "[report][contract]") {
  TempDir dir;
  const std::string fifo = dir.Path("weights.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string big = dir.Write("big.json", std::string(2000, ' ') + "{}");
  const std::string fine = dir.Write("fine.json", "{\"a\": 1}");
  struct Case {
    std::string path;
    std::string error;
  };
  const Case cases[] = {
      {fifo, fifo + ": a FIFO, not a regular file"},  // returns at once: no writer needed
      {"/dev/zero", "/dev/zero: a character device, not a regular file"},
      {dir.path(), dir.path() + ": a directory, not a regular file"},
      {big, big + ": too large (over 1024 bytes)"},
      {dir.Path("missing.json"), dir.Path("missing.json") + ": No such file or directory"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    std::string content = "left over", error;
    CHECK_FALSE(ReadSmallFile(c.path, 1024, &content, &error));
    CHECK(error == c.error);
    CHECK(content.empty());
  }
  std::string content, error;
  REQUIRE(ReadSmallFile(fine, 1024, &content, &error));
  CHECK(content == "{\"a\": 1}");
}

}  // namespace
}  // namespace clinicrank
