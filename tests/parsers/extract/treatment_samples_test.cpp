// Each bundled sample clinic (sample_pages/*/expected.json) through charset
// decoding, ParseHtml and TreatmentExtractor: the treatment fields must match
// what a careful reader concluded, and every non-unknown value must carry
// evidence (issue 4, "Done when").
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "parsers/html/charset.h"
#include "parsers/html/html.h"
#include "parsers/extract/page_context.h"
#include "parsers/extract/page_genre.h"
#include "parsers/extract/treatment.h"
#include "parsers/text/page_text.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

ClinicFacts ExtractTreatment(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".html" || ext == ".htm") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  TreatmentExtractor extractor;
  for (const fs::path& file : files) {
    const std::string bytes = testing::ReadFileOrThrow(file.string());
    const Document doc = ParseHtml(DecodeToUtf8(bytes).utf8);
    // The context ExtractClinic builds, page genre included.
    PageContext ctx = BuildPageContext(doc, "", file.string());
    PageText text(doc);
    ctx.information_page = DetectPageGenre(doc, &text) == PageGenre::kInformation;
    extractor.AddPage(doc, ctx, &text);
  }
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts;
}

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace_back(v.GetString());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

size_t EvidenceCount(const ClinicFacts& f, const std::string& field) {
  return static_cast<size_t>(std::count_if(f.evidence.begin(), f.evidence.end(),
                                           [&](const Evidence& e) {
                                             return e.field == field && !e.quote.empty() &&
                                                    !e.url.empty();
                                           }));
}

TEST_CASE("Sample clinics: treatment facts match expected.json", "[treatment][contract]") {
  const fs::path root = testing::SamplePagesDir();
  size_t clinics = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    const fs::path expected_path = entry.path() / "expected.json";
    if (!entry.is_directory() || !fs::exists(expected_path)) continue;
    ++clinics;
    CAPTURE(entry.path().filename().string());
    rapidjson::Document expected;
    expected.Parse(testing::ReadFileOrThrow(expected_path.string()).c_str());
    REQUIRE_FALSE(expected.HasParseError());
    const ClinicFacts f = ExtractTreatment(entry.path());

    if (expected.HasMember("ultrasound_guidance")) {
      CHECK(std::string(TriStateName(f.ultrasound_guidance)) ==
            expected["ultrasound_guidance"].GetString());
    }
    if (expected.HasMember("personalized_plan")) {
      CHECK(std::string(TriStateName(f.personalized_plan)) ==
            expected["personalized_plan"].GetString());
    }
    if (expected.HasMember("cell_origin")) {
      CHECK(f.cell_origin == expected["cell_origin"].GetString());
    }
    if (expected.HasMember("cell_sources")) {
      CHECK(Sorted(f.cell_sources) == Strings(expected["cell_sources"]));
    }
    if (expected.HasMember("other_guidance")) {
      CHECK(Sorted(f.other_guidance) == Strings(expected["other_guidance"]));
    }
    CHECK(EvidenceCount(f, "ultrasound_guidance") ==
          (f.ultrasound_guidance == TriState::kUnknown ? 0u : 1u));
    CHECK(EvidenceCount(f, "personalized_plan") ==
          (f.personalized_plan == TriState::kUnknown ? 0u : 1u));
    CHECK(EvidenceCount(f, "cell_origin") == (f.cell_origin == "unknown" ? 0u : 1u));
    CHECK(EvidenceCount(f, "cell_sources") == f.cell_sources.size());
    CHECK(EvidenceCount(f, "other_guidance") == f.other_guidance.size());
  }
  CHECK(clinics >= 18);
}

}  // namespace
}  // namespace clinicrank
