// Issue 13, hostile input end to end through the built binary: Ctrl-C (#1),
// invalid UTF-8 from files, WARC headers and a damaged store (#4), -o and
// --warc on FIFOs, devices and planted symlinks (#7), write errors (#8),
// option files that are devices or FIFOs (#9), extreme rates (#10) and NaN
// options (#11). Each exact repro from the issue is here.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "store/store.h"
#include "tests/testing/fifo_reader.h"
#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

using testing::ClinicrankBinary;
using testing::ProcessOptions;
using testing::ProcessResult;
using testing::ReadFileOrThrow;
using testing::RunProcess;
using testing::SamplePagesDir;
using testing::TempDir;

ProcessResult Run(std::vector<std::string> args, int timeout = 60,
                  const ProcessOptions& options = ProcessOptions()) {
  args.insert(args.begin(), ClinicrankBinary());
  return RunProcess(args, timeout, options);
}

std::string Sample(const std::string& clinic) { return SamplePagesDir() + "/" + clinic; }

// Every line of `out` parses as JSON the way Python's json does: invalid
// UTF-8 is an error.
void CheckStrictJsonLines(const std::string& out) {
  REQUIRE_FALSE(out.empty());
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    const std::string line = out.substr(start, end - start);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str(), line.size());
    INFO(rapidjson::GetParseError_En(doc.GetParseError()));
    CHECK_FALSE(doc.HasParseError());
    start = end + 1;
  }
}

const std::string kPage =
    "<html><head><title>Clinic</title></head><body><p>Our stem cell therapy is FDA approved. "
    "All injections are guided by ultrasound. Stem cell therapy costs $5,000 per knee.</p>"
    "</body></html>";

// A store with one site whose URLs and body hold raw, invalid bytes, as a
// damaged or hand-edited store can.
std::string DamagedStore(const TempDir& dir) {
  const std::string db = dir.Path("damaged.db");
  Status status;
  auto store = PageStore::Open(db, PageStore::Mode::kReadWrite, &status);
  REQUIRE(store);
  int64_t run = 0, site = 0;
  REQUIRE(store->BeginRun("crawl https://bad.example/", &run).ok());
  REQUIRE(store->AddSite("https://bad.example/\xFF", "bad.example", &site).ok());
  PageRecord page;
  page.site_id = site;
  page.run_id = run;
  page.url = "https://bad.example/caf\xE9";
  page.final_url = "https://bad.example/caf\xE9?x=\xC0";
  page.status = 200;
  page.content_type = "text/html; charset=utf-8";
  page.fetched_at = "2026-11-01T10:00:00Z\xFE";
  page.body = "<title>T\xFF</title>" + kPage;
  REQUIRE(store->AddPage(page).ok());
  REQUIRE(store->FinishRun(run, "completed").ok());
  return db;
}

// ---- #4 ----

TEST_CASE("issue13 #4: the issue's charset repro gives JSON a strict reader loads",
          "[app][contract]") {
  TempDir dir;
  const std::string page = dir.Write("p.html", "<meta charset=\"x\xff\">");
  const ProcessResult r = Run({"extract", page});
  CHECK(r.exit_code == 0);
  CheckStrictJsonLines(r.out);
  CHECK(r.out.find("x\\\\xff") != std::string::npos);  // the label, quoted printably
}

TEST_CASE("issue13 #4: a raw byte in a file name or page text stays valid UTF-8",
          "[app][contract]") {
  TempDir dir;
  const std::string page = dir.Write("clinic\xE9\xFF.html", "<title>caf\xE9</title>" + kPage);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", page},
        std::vector<std::string>{"rank", page, "--format", "json"},
        std::vector<std::string>{"audit", page, "--format", "json"}}) {
    CAPTURE(args[0]);
    const ProcessResult r = Run(args);
    CHECK(r.exit_code == 0);
    CheckStrictJsonLines(r.out);
    CHECK(r.out.find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("issue13 #4: a raw byte in a WARC-Target-URI stays valid UTF-8", "[app][contract]") {
  TempDir dir;
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + kPage;
  const std::string record =
      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bad.example/\xFF\xE9t\xE9"
      "\r\nWARC-Date: 2026-11-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response"
      "\r\nContent-Length: " +
      std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  const std::string warc = dir.Write("bad.warc", record);
  const ProcessResult r = Run({"extract", "--warc", warc});
  CHECK(r.exit_code == 0);
  CheckStrictJsonLines(r.out);
  CHECK(r.out.find("https://bad.example/\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("issue13 #4: a damaged store gives valid UTF-8 from rank, audit and diff",
          "[app][contract]") {
  TempDir dir;
  const std::string db = DamagedStore(dir);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"rank", "--db", db, "--format", "json"},
        std::vector<std::string>{"audit", "--db", db, "--format", "json"},
        std::vector<std::string>{"diff", "--db", db, "--format", "json"}}) {
    CAPTURE(args[0]);
    const ProcessResult r = Run(args);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CheckStrictJsonLines(r.out);
  }
}

// ---- #8 ----

TEST_CASE("issue13 #8: a write error on stdout is an error that names stdout",
          "[app][contract]") {
  TempDir dir;
  const std::string db = DamagedStore(dir);
  const std::string clinic = Sample("peakview-regenerative");
  ProcessOptions to_full;
  to_full.stdout_path = "/dev/full";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", clinic}, std::vector<std::string>{"rank", clinic},
        std::vector<std::string>{"audit", clinic, "--format", "html"},
        std::vector<std::string>{"diff", "--db", db},
        std::vector<std::string>{"robots", SamplePagesDir() + "/../README.md",
                                 "https://a.example/"}}) {
    CAPTURE(args[0]);
    const ProcessResult r = Run(args, 60, to_full);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(
                          "clinicrank: error: standard output: cannot write: No space left on "
                          "device"));
  }
}

TEST_CASE("issue13 #8: a write error on -o names the file", "[app][contract]") {
  for (const std::string format : {"md", "html", "json", "csv"}) {
    CAPTURE(format);
    const ProcessResult r =
        Run({"rank", Sample("peakview-regenerative"), "--format", format, "-o", "/dev/full"});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err,
               Catch::Contains("clinicrank: error: /dev/full: cannot write: No space left on device"));
  }
}

// ---- #7 ----

TEST_CASE("issue13 #7: -o on a FIFO writes through", "[app][contract]") {
  TempDir dir;
  const std::string fifo = dir.Path("report.fifo");
  testing::FifoReader reader(fifo);
  const ProcessResult r = Run({"audit", Sample("renewlife-amniotic"), "-o", fifo});
  CHECK(r.exit_code == 0);
  CHECK_THAT(reader.Received(), Catch::StartsWith("# "));
  struct stat st;
  REQUIRE(::lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("issue13 #7: crawl --warc never follows a symlink planted at FILE.tmp",
          "[app][contract]") {
  testing::HttpServer server;
  server.Route("/", testing::HttpReply::Html(kPage));
  TempDir dir;
  const std::string victim = dir.Write("victim.txt", "precious");
  const std::string warc = dir.Path("crawl.warc");
  REQUIRE(::symlink(victim.c_str(), (warc + ".tmp").c_str()) == 0);
  const ProcessResult r = Run({"crawl", server.Url("/"), "--db", dir.Path("c.db"), "--warc", warc,
                               "--delay", "0", "--max-pages", "1"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(ReadFileOrThrow(victim) == "precious");
  CHECK_THAT(ReadFileOrThrow(warc), Catch::StartsWith("WARC/1.1"));
  // And it reads back.
  const ProcessResult back = Run({"extract", "--warc", warc});
  CHECK(back.exit_code == 0);
  CHECK_THAT(back.out, Catch::Contains("FDA approved"));
}

// ---- #9 ----

TEST_CASE("issue13 #9: option files that are devices or FIFOs are refused at once",
          "[app][contract]") {
  TempDir dir;
  const std::string fifo = dir.Path("in.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string clinic = Sample("peakview-regenerative");
  struct Case {
    std::vector<std::string> args;
    std::string error;
  };
  const Case cases[] = {
      {{"rank", clinic, "--weights", "/dev/zero"},
       "--weights /dev/zero: a character device, not a regular file"},
      {{"rank", clinic, "--rates", "/dev/zero"},
       "--rates /dev/zero: a character device, not a regular file"},
      {{"rank", clinic, "--weights", fifo}, "--weights " + fifo + ": a FIFO, not a regular file"},
      {{"crawl", "--seeds", "/dev/zero", "--db", dir.Path("c.db")},
       "cannot read seeds file /dev/zero: a character device, not a regular file"},
      {{"crawl", "--seeds", fifo, "--db", dir.Path("c.db")},
       "cannot read seeds file " + fifo + ": a FIFO, not a regular file"},
      {{"rank", "--db", fifo}, "cannot open " + fifo + ": not a regular file"},
      {{"audit", "--db", "/dev/zero"}, "cannot open /dev/zero: not a regular file"},
      {{"diff", "--db", fifo}, "cannot open " + fifo + ": not a regular file"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ProcessResult r = Run(c.args, 20);  // a hang would time out
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(c.error));
  }
  const std::string huge = dir.Write("huge.json", "{" + std::string(100000, ' ') + "}");
  const ProcessResult r = Run({"rank", clinic, "--weights", huge});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("too large (over 65536 bytes)"));
}

// ---- #10 and #11 ----

TEST_CASE("issue13 #11: NaN and huge numbers in options and files are usage errors",
          "[app][contract]") {
  TempDir dir;
  const std::string clinic = Sample("peakview-regenerative");
  const std::string weights = dir.Write("w.json", R"({"own_live_cells": 1e308})");
  struct Case {
    std::vector<std::string> args;
    std::string error;
  };
  const Case cases[] = {
      {{"crawl", "http://127.0.0.1:9/", "--delay", "nan"}, "--delay: not a finite number: nan"},
      {{"crawl", "http://127.0.0.1:9/", "--timeout", "nan"}, "--timeout: not a finite number"},
      {{"crawl", "http://127.0.0.1:9/", "--timeout", "-nan"}, "--timeout: not a finite number"},
      {{"crawl", "http://127.0.0.1:9/", "--delay", "inf"}, "--delay"},
      {{"crawl", "http://127.0.0.1:9/", "--delay", "1e400"}, "--delay"},
      {{"rank", clinic, "--weights", weights}, "must be a number from 0 to 1000"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ProcessResult r = Run(c.args, 20);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(c.error));
  }
}

// The issue's rates: inverted (USD per unit) made a 1.27 GB HTML file; an
// MXN rate of 1e-300 ran past 120 s; "not a date" was accepted.
TEST_CASE("issue13 #10: extreme rates are refused or warned about, and the report stays small",
          "[app][contract]") {
  TempDir dir;
  const std::string mexican = Sample("regenera-baja-mx");
  const std::string inverted = dir.Write(
      "inverted.json",
      R"({"date": "2026-11-01", "base": "USD", "rates": {"MXN": 0.055, "EUR": 1.087}})");
  const ProcessResult r = Run({"rank", mexican, Sample("peakview-regenerative"), "--rates",
                               inverted, "--format", "html"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("--rates " + inverted + ": MXN 0.055 per USD is 330.909 "
                                    "times below the shipped table's 18.2"));
  CHECK_THAT(r.err, Catch::Contains("(is it inverted?)"));
  CHECK(r.out.size() < 500000);
  const ProcessResult md =
      Run({"rank", mexican, "--rates", inverted, "--format", "md"});
  CHECK(md.exit_code == 0);
  CHECK(md.out.find("-9,223,372") == std::string::npos);

  struct Case {
    std::string rates;
    std::string error;
  };
  const Case cases[] = {
      {R"({"date": "2026-11-01", "base": "USD", "rates": {"MXN": 1e-300}})",
       "rate for \"MXN\" must be a number of units per 1 USD between 0.001 and 100000000"},
      {R"({"date": "not a date", "base": "USD", "rates": {"MXN": 18.2}})",
       "\"date\" must be a date written YYYY-MM-DD, not \"not a date\""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rates);
    const std::string file = dir.Write("rates.json", c.rates);
    const ProcessResult bad = Run({"rank", mexican, "--rates", file}, 20);
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains(c.error));
  }
}

// ---- #1 ----

// A run long enough to interrupt: clinics of big pages of plain prose. The
// first clinic also has an empty page, whose warning on stderr says the run
// is under way.
std::vector<std::string> SlowClinics(const TempDir& dir, int clinics) {
  std::string prose;
  while (prose.size() < (4u << 20)) {
    prose += "<p>Our knee stem cell therapy costs $5,000 and is guided by ultrasound.</p>\n";
  }
  std::vector<std::string> paths;
  for (int i = 0; i < clinics; ++i) {
    const std::string clinic = "clinic" + std::to_string(i);
    dir.Write(clinic + "/index.html", prose);
    if (i == 0) dir.Write(clinic + "/empty.html", "");
    paths.push_back(dir.Path(clinic));
  }
  return paths;
}

TEST_CASE("issue13 #1: Ctrl-C ends extract, rank and audit at once with exit 130",
          "[app][contract]") {
  TempDir dir;
  const std::vector<std::string> clinics = SlowClinics(dir, 24);
  for (const std::string command : {"extract", "rank", "audit"}) {
    CAPTURE(command);
    std::vector<std::string> args = {command};
    args.insert(args.end(), clinics.begin(), clinics.end());
    if (command != "extract") args.insert(args.end(), {"-o", dir.Path("report.out")});
    ProcessOptions options;
    options.interrupt_when_stderr_has = "empty page, skipped";
    const ProcessResult r = Run(args, 120, options);
    CHECK(r.exit_code == 130);
    CHECK_THAT(r.err, Catch::EndsWith("clinicrank: interrupted\n"));
    if (command == "extract") {  // stopped early: not every clinic came out
      CHECK(static_cast<size_t>(std::count(r.out.begin(), r.out.end(), '\n')) < clinics.size());
    }
    // No report and no temporary file were left behind.
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
      CHECK(e.is_directory());
    }
  }
}

}  // namespace
}  // namespace clinicrank
