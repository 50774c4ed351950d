// End to end: the built binary on the bundled sample clinics, checked against
// each folder's expected.json (format: sample_pages/README.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using clinicrank::testing::ClinicrankBinary;
using clinicrank::testing::ReadFileOrThrow;
using clinicrank::testing::RunProcess;
using clinicrank::testing::SamplePagesDir;

std::vector<std::string> SampleClinicDirs() {
  std::vector<std::string> dirs;
  for (const auto& entry : fs::directory_iterator(SamplePagesDir())) {
    if (entry.is_directory()) dirs.push_back(entry.path().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

// Runs `clinicrank extract` once over every sample clinic; keyed by source.
const std::map<std::string, std::string>& ExtractOutputBySource() {
  static const std::map<std::string, std::string> by_source = [] {
    std::vector<std::string> argv = {ClinicrankBinary(), "extract"};
    for (const std::string& dir : SampleClinicDirs()) argv.push_back(dir);
    auto result = RunProcess(argv);
    if (result.exit_code != 0) throw std::runtime_error("extract failed: " + result.err);
    std::map<std::string, std::string> lines;
    size_t start = 0;
    while (start < result.out.size()) {
      size_t end = result.out.find('\n', start);
      if (end == std::string::npos) end = result.out.size();
      std::string line = result.out.substr(start, end - start);
      rapidjson::Document doc;
      doc.Parse(line.c_str());
      if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("source")) {
        throw std::runtime_error("not a JSON object line: " + line.substr(0, 200));
      }
      lines[doc["source"].GetString()] = line;
      start = end + 1;
    }
    return lines;
  }();
  return by_source;
}

std::set<std::string> StringSet(const rapidjson::Value& array) {
  std::set<std::string> out;
  for (const auto& v : array.GetArray()) out.insert(v.GetString());
  return out;
}

bool HasPrice(const rapidjson::Value& prices, const rapidjson::Value& want) {
  for (const auto& p : prices.GetArray()) {
    if (p["low"].GetDouble() == want["low"].GetDouble() &&
        p["high"].GetDouble() == want["high"].GetDouble() &&
        std::string(p["currency"].GetString()) == want["currency"].GetString() &&
        std::string(p["basis"].GetString()) == want["basis"].GetString() &&
        std::string(p["treatment"].GetString()) == want["treatment"].GetString()) {
      return true;
    }
  }
  return false;
}

std::set<std::string> ClaimKinds(const rapidjson::Value& claims) {
  std::set<std::string> kinds;
  for (const auto& c : claims.GetArray()) kinds.insert(c["kind"].GetString());
  return kinds;
}

std::string Str(const rapidjson::Value& v) { return v.IsNull() ? "null" : v.GetString(); }

void CheckClinic(const std::string& dir, const rapidjson::Value& got, const rapidjson::Value& want) {
  CAPTURE(dir);
  if (want.HasMember("clinic")) {
    for (const char* key : {"name", "domain", "country"}) {
      if (!want["clinic"].HasMember(key)) continue;
      CAPTURE(key);
      CHECK(Str(got["clinic"][key]) == Str(want["clinic"][key]));
    }
  }
  if (want.HasMember("pages")) CHECK(got["pages"].Size() == want["pages"].GetUint());
  for (const char* key : {"ultrasound_guidance", "cell_origin", "personalized_plan"}) {
    if (!want.HasMember(key)) continue;
    CAPTURE(key);
    CHECK(Str(got[key]) == Str(want[key]));
  }
  for (const char* key : {"other_guidance", "cell_sources"}) {
    if (!want.HasMember(key)) continue;
    CAPTURE(key);
    CHECK(StringSet(got[key]) == StringSet(want[key]));
  }
  if (want.HasMember("prices_include")) {
    for (const auto& price : want["prices_include"].GetArray()) {
      std::string wanted = std::to_string(price["low"].GetDouble()) + "-" +
                           std::to_string(price["high"].GetDouble()) + " " +
                           price["currency"].GetString() + " " + price["basis"].GetString() +
                           " " + price["treatment"].GetString();
      CAPTURE(wanted);
      CHECK(HasPrice(got["prices"], price));
    }
  }
  if (want.HasMember("stem_cell_price_count")) {
    unsigned count = 0;
    for (const auto& p : got["prices"].GetArray()) {
      if (std::string(p["treatment"].GetString()) == "stem_cell") ++count;
    }
    CHECK(count == want["stem_cell_price_count"].GetUint());
  }
  if (want.HasMember("prices_exclude_amounts")) {
    for (const auto& amount : want["prices_exclude_amounts"].GetArray()) {
      double trap = amount.GetDouble();
      CAPTURE(trap);
      for (const auto& p : got["prices"].GetArray()) {
        CHECK(p["low"].GetDouble() != trap);
        CHECK(p["high"].GetDouble() != trap);
      }
    }
  }
  std::set<std::string> kinds = ClaimKinds(got["claims"]);
  if (want.HasMember("claims_include")) {
    for (const auto& kind : want["claims_include"].GetArray()) {
      std::string wanted_claim = kind.GetString();
      CAPTURE(wanted_claim);
      CHECK(kinds.count(wanted_claim) == 1);
    }
  }
  if (want.HasMember("claims_exclude")) {
    for (const auto& kind : want["claims_exclude"].GetArray()) {
      std::string unwanted_claim = kind.GetString();
      CAPTURE(unwanted_claim);
      CHECK(kinds.count(unwanted_claim) == 0);
    }
  }
  if (want.HasMember("warnings_include")) {
    for (const auto& needle : want["warnings_include"].GetArray()) {
      std::string wanted_warning = needle.GetString();
      CAPTURE(wanted_warning);
      bool found = false;
      for (const auto& w : got["warnings"].GetArray()) {
        if (std::string(w.GetString()).find(wanted_warning) != std::string::npos) found = true;
      }
      CHECK(found);
    }
  }
}

// CONTRACT.md "extract output": every field, with its type.
void CheckContractShape(const rapidjson::Value& got) {
  REQUIRE(got.IsObject());
  CHECK(got["source"].IsString());
  CHECK(got["clinic"].IsObject());
  CHECK(got["pages"].IsArray());
  CHECK(got["prices"].IsArray());
  CHECK(got["ultrasound_guidance"].IsString());
  CHECK(got["other_guidance"].IsArray());
  CHECK(got["cell_sources"].IsArray());
  CHECK(got["cell_origin"].IsString());
  CHECK(got["personalized_plan"].IsString());
  CHECK(got["own_cells_only"].IsString());
  CHECK(got["price_includes"].IsArray());
  CHECK(got["orthopedic_experience"].IsString());
  CHECK(got["risk_disclosure"].IsArray());
  CHECK(got["claims"].IsArray());
  CHECK(got["evidence"].IsArray());
  CHECK(got["warnings"].IsArray());
  for (const auto& page : got["pages"].GetArray()) {
    CHECK((page["url"].IsNull() || page["url"].IsString()));
    CHECK(std::string(page["sha256"].GetString()).size() == 64);
  }
}

// Every fact that is not unknown carries evidence (issue 4's rule).
void CheckEvidenceCoverage(const rapidjson::Value& got) {
  std::set<std::string> fields;
  for (const auto& e : got["evidence"].GetArray()) {
    fields.insert(e["field"].GetString());
    CHECK(std::string(e["quote"].GetString()).size() > 0);
  }
  for (const char* key : {"ultrasound_guidance", "personalized_plan", "cell_origin"}) {
    if (std::string(got[key].GetString()) != "unknown") {
      CAPTURE(key);
      CHECK(fields.count(key) == 1);
    }
  }
  if (got["cell_sources"].Size() > 0) CHECK(fields.count("cell_sources") == 1);
  if (got["other_guidance"].Size() > 0) CHECK(fields.count("other_guidance") == 1);
  for (const auto& c : got["claims"].GetArray()) CHECK(std::string(c["quote"].GetString()).size() > 0);
  for (const auto& p : got["prices"].GetArray()) CHECK(std::string(p["quote"].GetString()).size() > 0);
}

TEST_CASE("extract on sample_pages matches every expected.json", "[app][e2e][contract]") {
  const auto& outputs = ExtractOutputBySource();
  std::vector<std::string> dirs = SampleClinicDirs();
  REQUIRE(dirs.size() >= 12);
  for (const std::string& dir : dirs) {
    DYNAMIC_SECTION(fs::path(dir).filename().string()) {
      auto it = outputs.find(dir);
      REQUIRE(it != outputs.end());
      rapidjson::Document got;
      got.Parse(it->second.c_str());
      rapidjson::Document want;
      std::string expected_text = ReadFileOrThrow(dir + "/expected.json");
      want.Parse(expected_text.c_str());
      REQUIRE_FALSE(want.HasParseError());
      CheckContractShape(got);
      CheckEvidenceCoverage(got);
      CheckClinic(dir, got, want);
    }
  }
}

}  // namespace
}  // namespace clinicrank
