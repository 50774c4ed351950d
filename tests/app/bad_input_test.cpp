// Bad input never stops a run (CONTRACT.md "Exit status"): each bad PATH gets
// a message on stderr and a warnings entry, and the other PATHs still come out.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using clinicrank::testing::ClinicrankBinary;
using clinicrank::testing::RunProcess;
using clinicrank::testing::TempDir;

std::vector<rapidjson::Document> ParseLines(const std::string& out) {
  std::vector<rapidjson::Document> docs;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    docs.emplace_back();
    docs.back().Parse(out.substr(start, end - start).c_str());
    REQUIRE_FALSE(docs.back().HasParseError());
    start = end + 1;
  }
  return docs;
}

bool AnyWarningContains(const rapidjson::Value& doc, const std::string& needle) {
  for (const auto& w : doc["warnings"].GetArray()) {
    if (std::string(w.GetString()).find(needle) != std::string::npos) return true;
  }
  return false;
}

const std::string kGoodPage =
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>Good Clinic</title></head>"
    "<body><p>We inject bone marrow concentrate under ultrasound guidance.</p></body></html>";

TEST_CASE("each kind of bad PATH is reported and the good one still extracted", "[app][contract]") {
  TempDir tmp;
  std::string good = tmp.Write("good.html", kGoodPage);
  std::string empty = tmp.Write("empty.html", "");
  std::string binary = tmp.Write("binary.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string no_html_dir = tmp.path() + "/nohtml";
  tmp.Write("nohtml/readme.txt", "not a page");
  std::string missing = tmp.path() + "/does-not-exist";
  std::string fifo = tmp.path() + "/pipe.html";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);

  struct Case {
    std::string path;
    std::string warning;
  };
  std::vector<Case> cases = {
      {empty, "empty page"},
      {binary, "binary content"},
      {no_html_dir, "no .html or .htm files"},
      {missing, "No such file or directory"},
      {fifo, "FIFO"},
  };
  std::vector<std::string> argv = {ClinicrankBinary(), "extract"};
  for (const Case& c : cases) argv.push_back(c.path);
  argv.push_back(good);

  auto result = RunProcess(argv, 60);
  CHECK(result.exit_code == 0);
  auto docs = ParseLines(result.out);
  REQUIRE(docs.size() == cases.size() + 1);
  for (size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(cases[i].path, cases[i].warning);
    CHECK(std::string(docs[i]["source"].GetString()) == cases[i].path);
    CHECK(AnyWarningContains(docs[i], cases[i].warning));
    CHECK(result.err.find(cases[i].warning) != std::string::npos);
  }
  const auto& last = docs.back();
  CHECK(std::string(last["ultrasound_guidance"].GetString()) == "yes");
  CHECK(last["warnings"].Size() == 0);
}

TEST_CASE("a 50 MB page is parsed only in part, with a warning", "[app][contract]") {
  TempDir tmp;
  std::string big = "<html><body><p>We inject under ultrasound guidance.</p>";
  std::string filler = "<p>Knee pain is common. Our team helps.</p>\n";
  while (big.size() < (50u << 20)) big += filler;
  std::string path = tmp.Write("big.html", big);
  auto result = RunProcess({ClinicrankBinary(), "extract", path}, 120);
  REQUIRE(result.exit_code == 0);
  auto docs = ParseLines(result.out);
  REQUIRE(docs.size() == 1);
  CHECK(AnyWarningContains(docs[0], "truncated"));
  CHECK(std::string(docs[0]["ultrasound_guidance"].GetString()) == "yes");
  CHECK(std::string(docs[0]["pages"][0]["sha256"].GetString()).size() == 64);
}

TEST_CASE("nothing readable at all is a runtime failure", "[app][contract]") {
  auto result = RunProcess({ClinicrankBinary(), "extract", "/nonexistent/clinicrank/path"}, 30);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("/nonexistent/clinicrank/path") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and help exits 0", "[app][contract]") {
  CHECK(RunProcess({ClinicrankBinary()}, 30).exit_code == 2);
  CHECK(RunProcess({ClinicrankBinary(), "extract"}, 30).exit_code == 2);
  CHECK(RunProcess({ClinicrankBinary(), "frobnicate"}, 30).exit_code == 2);
  auto help = RunProcess({ClinicrankBinary(), "--help"}, 30);
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("extract") != std::string::npos);
}

}  // namespace
}  // namespace clinicrank
