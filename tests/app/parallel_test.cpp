// Issue 17, `-j N`: extract, rank and audit print byte-for-byte the same
// stdout and stderr, with the same exit status, for every N, on the bundled
// sample clinics, on 500 generated clinics and on a WARC file.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/synth_sites.h"
#include "tests/testing/synth_warc.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

using testing::ProcessResult;

ProcessResult Run(std::vector<std::string> args, int jobs, const std::vector<std::string>& paths) {
  args.push_back("-j");
  args.push_back(std::to_string(jobs));
  args.insert(args.end(), paths.begin(), paths.end());
  return testing::RunClinicrank(args);
}

// The audit's header names the command line (with its -j) and when it was
// made: the two fields that must differ between runs.
std::string WithoutRunFields(const std::string& out) {
  static const std::regex kRunFields(R"re("(command|generated_at)":"(\\.|[^"\\])*")re");
  return std::regex_replace(out, kRunFields, "\"$1\":\"\"");
}

// Runs `args` at -j 1 and at each of `jobs`; every run must match the first.
void ExpectSameForEveryJobCount(const std::vector<std::string>& args,
                                const std::vector<std::string>& paths,
                                std::initializer_list<int> jobs) {
  const ProcessResult one = Run(args, 1, paths);
  CAPTURE(args, one.err.substr(0, 500));
  REQUIRE(one.exit_code == 0);
  REQUIRE_FALSE(one.out.empty());
  for (int j : jobs) {
    CAPTURE(j);
    const ProcessResult many = Run(args, j, paths);
    CHECK(many.exit_code == one.exit_code);
    CHECK(WithoutRunFields(many.out) == WithoutRunFields(one.out));
    CHECK(many.err == one.err);
  }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

TEST_CASE("-j 2 prints what -j 1 prints on the sample clinics", "[app][parallel]") {
  const std::vector<std::string> paths = testing::SampleClinicDirs();
  ExpectSameForEveryJobCount({"extract"}, paths, {2, 4});
  ExpectSameForEveryJobCount({"rank", "--format", "json"}, paths, {2});
  ExpectSameForEveryJobCount({"rank", "--format", "md"}, paths, {2});
  ExpectSameForEveryJobCount({"audit", "--format", "json"}, paths, {2});
}

TEST_CASE("-j 2 prints what -j 1 prints on 500 generated clinics", "[app][parallel]") {
  testing::ScratchDir tmp;
  std::vector<std::string> paths;
  for (int i = 0; i < 500; ++i) {
    paths.push_back(testing::WriteSiteDir(testing::MakeClinicSite(i), tmp.path()));
    // Bad input among them: an empty page, a missing PATH, a one-file clinic.
    if (i % 97 == 0) tmp.Write("clinic-" + std::to_string(i) + "-empty/index.html", "");
    if (i % 97 == 0) paths.push_back(tmp.path() + "/clinic-" + std::to_string(i) + "-empty");
    if (i % 131 == 0) paths.push_back(tmp.path() + "/missing-" + std::to_string(i));
    if (i % 53 == 0) paths.push_back(paths[static_cast<size_t>(i) / 2] + "/pricing.html");
  }
  ExpectSameForEveryJobCount({"extract"}, paths, {2, 3});
  ExpectSameForEveryJobCount({"rank", "--format", "json"}, paths, {2});

  // The output is one line per PATH, in the order given, and the clinics
  // differ from one another (so a swapped pair could not go unnoticed).
  const ProcessResult two = Run({"extract"}, 2, paths);
  const std::vector<std::string> lines = Lines(two.out);
  REQUIRE(lines.size() == paths.size());
  std::set<std::string> prices;
  for (size_t i = 0; i < lines.size(); ++i) {
    rapidjson::Document doc;
    doc.Parse(lines[i].c_str());
    REQUIRE(doc.IsObject());
    CHECK(std::string(doc["source"].GetString()) == paths[i]);
    if (doc["prices"].Size() > 0)
      prices.insert(std::to_string(doc["prices"][0]["low"].GetDouble()));
  }
  CHECK(prices.size() > 40);
}

TEST_CASE("extract --warc -j 2 prints what -j 1 prints", "[app][parallel]") {
  testing::ScratchDir tmp;
  std::vector<testing::SynthSite> sites;
  for (int i = 0; i < 120; ++i) {
    sites.push_back(i % 3 == 0 ? testing::MakeUnrelatedSite(i) : testing::MakeClinicSite(i));
  }
  std::vector<const testing::SynthPage*> pages;
  for (const auto& site : sites) {
    for (const auto& page : site.pages) pages.push_back(&page);
  }
  const std::string warc = tmp.path() + "/sites.warc.gz";
  testing::WriteWarc(warc, pages, /*gzip=*/true);
  ExpectSameForEveryJobCount({"extract", "--warc", warc}, {}, {2, 3});
  CHECK(Lines(Run({"extract", "--warc", warc}, 2, {}).out).size() == sites.size());
}

}  // namespace
}  // namespace clinicrank
