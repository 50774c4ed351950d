// `clinicrank rank` as a user meets it (issue 14): inputs a user gets wrong
// (a folder of clinic folders, an unreadable clinic, bad filter values, a
// stale or malformed rates file), output that fits where it goes (-o by
// extension, a table on a terminal, Markdown in a pipe), the filters, and
// the opening every format starts with. Runs the built binary.
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Samples() {
  std::vector<std::string> dirs;
  for (const auto& e : fs::directory_iterator(testing::SamplePagesDir())) {
    if (e.is_directory()) dirs.push_back(e.path().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::vector<std::string> Argv(std::vector<std::string> args, bool samples = true) {
  std::vector<std::string> argv = {testing::ClinicrankBinary(), "rank"};
  if (samples) {
    for (const std::string& s : Samples()) argv.push_back(s);
  }
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

testing::ProcessResult Rank(std::vector<std::string> args, bool samples = true) {
  return testing::RunProcess(Argv(std::move(args), samples), 300);
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("clinicrank-cli-" + std::to_string(::getpid()))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

bool OneLine(const std::string& err) { return !err.empty() && err.find('\n') == err.size() - 1; }

TEST_CASE("A folder of clinic folders is a usage error naming the fix", "[app][e2e][contract]") {
  const std::string dir = testing::SamplePagesDir();
  for (const char* command : {"rank", "audit", "extract"}) {
    CAPTURE(command);
    const testing::ProcessResult r =
        testing::RunProcess({testing::ClinicrankBinary(), command, dir}, 120);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("did you mean " + dir + "/* ?"));
    CHECK(OneLine(r.err));
  }
}

TEST_CASE("A clinic with no readable page is listed, not ranked", "[app][e2e][contract]") {
  TempDir tmp;
  fs::create_directories(tmp / "empty-clinic");
  std::ofstream(tmp / "empty-clinic/index.html") << "  \n";
  const std::string good = testing::SamplePagesDir() + "/peakview-regenerative";
  const testing::ProcessResult json =
      testing::RunProcess(Argv({good, tmp / "empty-clinic", "--format", "json"}, false), 120);
  REQUIRE(json.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["clinics"].Size() == 1);
  REQUIRE(doc["unreadable"].Size() == 1);
  CHECK(std::string(doc["unreadable"][0]["source"].GetString()) == tmp / "empty-clinic");
  const testing::ProcessResult md =
      testing::RunProcess(Argv({good, tmp / "empty-clinic", "--format", "md"}, false), 120);
  CHECK_THAT(md.out, Catch::Contains("Not ranked: no readable pages"));
  CHECK_THAT(md.out, Catch::Contains("empty-clinic"));
}

TEST_CASE("-o picks the format from the extension; --format wins", "[app][e2e]") {
  TempDir tmp;
  struct Case {
    std::string file;
    std::vector<std::string> extra;
    std::string starts;
  };
  const Case cases[] = {
      {"r.html", {}, "<!DOCTYPE html>"},
      {"r.md", {}, "# Stem-cell knee clinics, ranked"},
      {"r.json", {}, "{\"clinics\":["},
      {"r.csv", {}, "rank,name,"},
      {"r2.html", {"--format", "md"}, "# Stem-cell"},
      {"r.txt", {}, "# Stem-cell"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    std::vector<std::string> args = {"-o", tmp / c.file};
    args.insert(args.end(), c.extra.begin(), c.extra.end());
    const testing::ProcessResult r = Rank(args);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK_THAT(testing::ReadFileOrThrow(tmp / c.file), Catch::StartsWith(c.starts));
  }
}

TEST_CASE("A terminal gets a compact table, a pipe gets Markdown", "[app][e2e]") {
  const testing::ProcessResult tty = testing::RunProcessOnTty(Argv({}), 120, 300);
  REQUIRE(tty.exit_code == 0);
  CHECK_THAT(tty.out, Catch::Contains("Cells"));
  CHECK_THAT(tty.out, Catch::Contains("USD/knee"));
  CHECK_THAT(tty.out, Catch::Contains("-o report.html"));  // the hint for the full report
  CHECK(tty.out.find("| Rank |") == std::string::npos);
  size_t longest = 0, lines = 0;
  for (size_t at = 0, end; at < tty.out.size(); at = end + 1) {
    end = tty.out.find('\n', at);
    if (end == std::string::npos) end = tty.out.size();
    const std::string line = tty.out.substr(at, end - at);
    size_t cells = 0;
    for (unsigned char c : line) cells += (c & 0xC0) != 0x80;
    longest = std::max(longest, cells);
    ++lines;
  }
  CHECK(longest <= 120);
  CHECK(lines < 60);  // compact: not the full report

  const testing::ProcessResult pipe = Rank({});
  REQUIRE(pipe.exit_code == 0);
  CHECK_THAT(pipe.out, Catch::StartsWith("# Stem-cell knee clinics, ranked"));
}

TEST_CASE("Every format opens with what the score is and is not", "[app][e2e][contract]") {
  for (const char* format : {"md", "html", "table"}) {
    CAPTURE(format);
    const testing::ProcessResult r = Rank({"--format", format});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("does not measure medical quality"));
    CHECK_THAT(r.out, Catch::Contains("No stem-cell product is approved by the US FDA"));
    CHECK_THAT(r.out, Catch::Contains("no better than a steroid shot"));
    CHECK_THAT(r.out, Catch::Contains("Nature Medicine"));
    CHECK_THAT(r.out, Catch::Contains("rates table dated"));
    CHECK_THAT(r.out, Catch::Contains("pages of their own websites"));
    CHECK_THAT(r.out, Catch::Contains("No filters applied."));
  }
}

TEST_CASE("Filters: country, max price, own cells only", "[app][e2e][contract]") {
  auto clinics = [](const testing::ProcessResult& r) {
    rapidjson::Document doc;
    doc.Parse(r.out.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    std::vector<std::string> names;
    for (const auto& c : doc["clinics"].GetArray()) names.push_back(c["name"].GetString());
    return names;
  };
  const testing::ProcessResult mx = Rank({"--country", "mx", "--format", "json"});
  REQUIRE(mx.exit_code == 0);
  std::vector<std::string> mx_names = clinics(mx);
  std::sort(mx_names.begin(), mx_names.end());
  CHECK(mx_names == std::vector<std::string>{"Regenera Baja", "Solara Regenerative Clinic"});

  const testing::ProcessResult cheap = Rank({"--max-price", "3000", "--format", "json"});
  REQUIRE(cheap.exit_code == 0);
  CHECK_FALSE(clinics(cheap).empty());
  rapidjson::Document doc;
  doc.Parse(cheap.out.c_str());
  for (const auto& c : doc["clinics"].GetArray()) {
    CHECK(c["price_usd_per_knee"]["low"].GetDouble() <= 3000);
  }

  const testing::ProcessResult own = Rank({"--own-cells-only", "--format", "md"});
  REQUIRE(own.exit_code == 0);
  CHECK_THAT(own.out, Catch::Contains("Filters applied: the patient's own cells only"));
  CHECK(own.out.find("RenewLife") == own.out.rfind("RenewLife"));  // only in "left out"
}

TEST_CASE("Bad filter values and rates files get one-line errors", "[app][e2e][contract]") {
  TempDir tmp;
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string says;
  };
  std::ofstream(tmp / "bad-rates.json") << "{\"date\": \"2026-01-01\", \"rates\": {\"MXN\": -1}}";
  std::ofstream(tmp / "broken.json") << "{\"date\": ";
  const Case cases[] = {
      {{"--country", "UK"}, 2, "did you mean GB?"},
      {{"--country", "Narnia"}, 2, "not an ISO 3166 country code"},
      {{"--max-price", "0"}, 2, "max-price"},
      {{"--max-price", "cheap"}, 2, "max-price"},
      {{"--rates", tmp / "bad-rates.json"}, 2, "MXN"},
      {{"--rates", tmp / "broken.json"}, 2, "invalid JSON"},
      {{"--rates", tmp / "missing.json"}, 1, "missing.json"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const testing::ProcessResult r = Rank(c.args);
    CHECK(r.exit_code == c.exit_code);
    CHECK_THAT(r.err, Catch::Contains(c.says));
    CHECK(r.out.empty());
  }
}

TEST_CASE("A rates table older than a year warns on stderr and in the report", "[app][e2e]") {
  TempDir tmp;
  std::ofstream(tmp / "old-rates.json")
      << "{\"date\": \"2020-01-01\", \"base\": \"USD\", \"rates\": {\"MXN\": 18.2}}";
  const testing::ProcessResult r = Rank({"--rates", tmp / "old-rates.json", "--format", "md"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("warning: the exchange-rate table is dated 2020-01-01"));
  CHECK_THAT(r.out, Catch::Contains("**Warning:** the exchange-rate table is dated 2020-01-01"));
}

TEST_CASE("A report made with custom weights says which", "[app][e2e]") {
  TempDir tmp;
  std::ofstream(tmp / "w.json") << R"({"ultrasound_guidance": 30, "risk_disclosure": 10})";
  const testing::ProcessResult custom = Rank({"--weights", tmp / "w.json", "--format", "md"});
  REQUIRE(custom.exit_code == 0);
  CHECK_THAT(custom.out, Catch::Contains("Custom weights: ultrasound\\_guidance 30 (default 20), "
                                         "risk\\_disclosure 10 (default 0)."));
  const testing::ProcessResult plain = Rank({"--format", "md"});
  REQUIRE(plain.exit_code == 0);
  CHECK_THAT(plain.out, !Catch::Contains("Custom weights"));
}

}  // namespace
}  // namespace clinicrank
