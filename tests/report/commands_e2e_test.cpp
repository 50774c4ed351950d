// End to end: the built binary's `rank` and `audit` on the bundled
// sample_pages, in every format (issue 5 "done when"), plus -o, --weights and
// usage errors (CONTRACT.md exit status).
#include <rapidjson/document.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/report/report_checks.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SampleClinics() {
  std::vector<std::string> dirs;
  for (const auto& entry : fs::directory_iterator(testing::SamplePagesDir())) {
    if (entry.is_directory()) dirs.push_back(entry.path().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

testing::ProcessResult Run(const std::string& command, std::vector<std::string> args) {
  std::vector<std::string> argv = {testing::ClinicrankBinary(), command};
  argv.insert(argv.end(), args.begin(), args.end());
  return testing::RunProcess(argv, 300);
}

std::vector<std::string> WithClinics(std::vector<std::string> args) {
  std::vector<std::string> clinics = SampleClinics();
  args.insert(args.begin(), clinics.begin(), clinics.end());
  return args;
}

TEST_CASE("rank works on sample_pages in every format", "[report][e2e]") {
  const size_t clinics = SampleClinics().size();
  REQUIRE(clinics > 0);

  testing::ProcessResult md = Run("rank", WithClinics({}));
  INFO(md.err.substr(0, 2000));
  REQUIRE(md.exit_code == 0);
  CHECK_THAT(md.out, Catch::StartsWith("# Stem-cell knee clinics, ranked"));
  CHECK_THAT(md.out, Catch::Contains("rates table dated"));

  testing::ProcessResult json = Run("rank", WithClinics({"--format", "json"}));
  REQUIRE(json.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["clinics"].Size() == clinics);
  double previous = 101;
  for (const auto& c : doc["clinics"].GetArray()) {
    CHECK(c["score"].GetDouble() <= previous);
    previous = c["score"].GetDouble();
  }

  testing::ProcessResult csv = Run("rank", WithClinics({"--format", "csv"}));
  REQUIRE(csv.exit_code == 0);
  CHECK(testing::ParseCsv(csv.out).size() == clinics + 1);

  testing::ProcessResult html = Run("rank", WithClinics({"--format", "html"}));
  REQUIRE(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::Contains("<svg"));
  testing::CheckHtmlInert(html.out);
}

TEST_CASE("audit works on sample_pages in every format", "[report][e2e]") {
  for (const char* format : {"md", "json", "html"}) {
    CAPTURE(format);
    testing::ProcessResult r = Run("audit", WithClinics({"--format", format}));
    INFO(r.err.substr(0, 2000));
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(r.out.empty());
    if (std::string(format) == "json") {
      rapidjson::Document doc;
      doc.Parse(r.out.c_str());
      REQUIRE_FALSE(doc.HasParseError());
      CHECK(doc["clinics"].Size() == SampleClinics().size());
    }
    if (std::string(format) == "html") testing::CheckHtmlInert(r.out);
  }
}

TEST_CASE("rank -o writes the file atomically and nothing to stdout", "[report][e2e]") {
  std::string dir =
      (fs::temp_directory_path() / ("clinicrank-o-" + std::to_string(::getpid()))).string();
  fs::create_directories(dir);
  std::string out = dir + "/report.html";
  testing::ProcessResult r = Run("rank", WithClinics({"--format", "html", "-o", out}));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(fs::file_size(out) > 1000);
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.is_regular_file();
  CHECK(files == 1);  // no temporary left behind

  testing::ProcessResult bad = Run("rank", WithClinics({"-o", dir + "/missing/report.md"}));
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("missing/report.md"));
  fs::remove_all(dir);
}

TEST_CASE("rank and audit usage errors", "[report][e2e][contract]") {
  CHECK(Run("rank", {}).exit_code == 2);
  CHECK(Run("audit", {}).exit_code == 2);
  CHECK(Run("rank", {"x", "--db", "y.db"}).exit_code == 2);
  CHECK(Run("rank", WithClinics({"--format", "pdf"})).exit_code == 2);

  std::string weights =
      (fs::temp_directory_path() / ("weights-" + std::to_string(::getpid()) + ".json")).string();
  std::ofstream(weights) << R"({"ultrasound": 30})";
  testing::ProcessResult bad = Run("rank", WithClinics({"--weights", weights}));
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("\"ultrasound\""));
  CHECK(bad.out.empty());
  std::ofstream(weights) << R"({"ultrasound_guidance": 30})";
  CHECK(Run("rank", WithClinics({"--weights", weights, "--format", "json"})).exit_code == 0);
  fs::remove(weights);
  CHECK(Run("rank", WithClinics({"--weights", "/nonexistent/w.json"})).exit_code == 1);
}

}  // namespace
}  // namespace clinicrank
