// `rank --facts` and the bounded-memory rank (issue 17): extract output read
// back ranks exactly as the pages do, in every format; bad lines are named
// and skipped; files that cannot be read, and a temporary folder that cannot
// be written, are clear errors that leave no half report. Runs the built
// binary (and ReadFactsLines directly for limits a test cannot reach).
#include <zlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "app/facts_input.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/synth_sites.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

using testing::ProcessResult;

ProcessResult Clinicrank(const std::vector<std::string>& args) {
  return testing::RunClinicrank(args);
}

// `extract` over `paths`, written to FILE; returns its stdout.
std::string ExtractTo(const std::vector<std::string>& paths, const testing::ScratchDir& tmp,
                      const std::string& name) {
  std::vector<std::string> args = {"extract"};
  args.insert(args.end(), paths.begin(), paths.end());
  const ProcessResult r = Clinicrank(args);
  REQUIRE(r.exit_code == 0);
  tmp.Write(name, r.out);
  return r.out;
}

ProcessResult RankPaths(const std::vector<std::string>& paths, std::vector<std::string> args) {
  args.insert(args.begin(), "rank");
  args.insert(args.end(), paths.begin(), paths.end());
  return Clinicrank(args);
}

TEST_CASE("rank --facts ranks extract output as rank ranks the pages", "[app][scale]") {
  testing::ScratchDir tmp;
  const std::vector<std::string> samples = testing::SampleClinicDirs();
  ExtractTo(samples, tmp, "facts.jsonl");
  for (const char* format : {"md", "json", "csv", "html"}) {
    CAPTURE(format);
    const ProcessResult pages = RankPaths(samples, {"--format", format});
    const ProcessResult facts =
        Clinicrank({"rank", "--facts", tmp.File("facts.jsonl"), "--format", format});
    REQUIRE(pages.exit_code == 0);
    REQUIRE(facts.exit_code == 0);
    CHECK(facts.out == pages.out);
  }
  // Filters and -o FILE: the same.
  const ProcessResult pages = RankPaths(samples, {"--country", "MX,CO", "-o", tmp.File("a.md")});
  const ProcessResult facts = Clinicrank({"rank", "--facts", tmp.File("facts.jsonl"), "--country",
                                          "MX,CO", "-o", tmp.File("b.md")});
  REQUIRE(pages.exit_code == 0);
  REQUIRE(facts.exit_code == 0);
  CHECK(testing::ReadFileOrThrow(tmp.File("a.md")) == testing::ReadFileOrThrow(tmp.File("b.md")));
  CHECK_THAT(testing::ReadFileOrThrow(tmp.File("b.md")), Catch::Contains("Left out by the filters"));
}

TEST_CASE("rank --facts on 500 generated clinics, split over files, gzip and stdin",
          "[app][scale]") {
  testing::ScratchDir tmp;
  std::vector<std::string> paths;
  for (int i = 0; i < 500; ++i) {
    paths.push_back(testing::WriteSiteDir(testing::MakeClinicSite(i), tmp.path()));
  }
  const std::vector<std::string> first(paths.begin(), paths.begin() + 200);
  const std::vector<std::string> rest(paths.begin() + 200, paths.end());
  ExtractTo(first, tmp, "first.jsonl");
  const std::string rest_facts = ExtractTo(rest, tmp, "rest.jsonl");
  gzFile gz = gzopen(tmp.File("rest.jsonl.gz").c_str(), "wb");
  REQUIRE(gz != nullptr);
  REQUIRE(gzwrite(gz, rest_facts.data(), static_cast<unsigned>(rest_facts.size())) ==
          static_cast<int>(rest_facts.size()));
  REQUIRE(gzclose(gz) == Z_OK);

  const ProcessResult pages = RankPaths(paths, {"--format", "json", "-j", "2"});
  REQUIRE(pages.exit_code == 0);
  const ProcessResult two_files = Clinicrank(
      {"rank", "--format", "json", "--facts", tmp.File("first.jsonl"), tmp.File("rest.jsonl.gz")});
  REQUIRE(two_files.exit_code == 0);
  CHECK(two_files.out == pages.out);
  // Standard input ("-"), as from a pipe: no shell sees any page text.
  const ProcessResult piped = testing::RunProcess(
      {"/bin/sh", "-c",
       "cat \"$1\" \"$2\" | \"$0\" rank --format json --facts -", testing::ClinicrankBinary(),
       tmp.File("first.jsonl"), tmp.File("rest.jsonl")},
      300);
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.out == pages.out);
}

TEST_CASE("rank --facts names and skips a line that is not a clinic's facts", "[app][scale]") {
  testing::ScratchDir tmp;
  const std::string good =
      ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  tmp.Write("mixed.jsonl", "{\"clinics\":[]}\n\n" + good + "not json at all\n" +
                               "{\"source\":\"s\",\"prices\":[{\"low\":\"cheap\"}]}");
  const ProcessResult r = Clinicrank({"rank", "--facts", tmp.File("mixed.jsonl"), "--format", "csv"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains(tmp.File("mixed.jsonl") + ":1: no \"source\""));
  CHECK_THAT(r.err, Catch::Contains(tmp.File("mixed.jsonl") + ":4: not JSON: "));
  CHECK_THAT(r.err,
             Catch::Contains(":5: \"prices[0].low\" is not a number; skipped"));
  CHECK_THAT(r.out, Catch::Contains("PeakView"));
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);  // header and one clinic

  tmp.Write("none.jsonl", "not json\n");
  const ProcessResult none = Clinicrank({"rank", "--facts", tmp.File("none.jsonl")});
  CHECK(none.exit_code == 1);
  CHECK_THAT(none.err, Catch::Contains("no line of 'clinicrank extract' output"));
}

TEST_CASE("rank --facts: unreadable inputs and wrong combinations are clear errors",
          "[app][scale]") {
  testing::ScratchDir tmp;
  const ProcessResult missing = Clinicrank({"rank", "--facts", tmp.File("missing.jsonl")});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("missing.jsonl: No such file or directory"));
  const ProcessResult dir = Clinicrank({"rank", "--facts", tmp.path()});
  CHECK(dir.exit_code == 2);
  CHECK_THAT(dir.err, Catch::Contains("is a folder"));
  const ProcessResult device = Clinicrank({"rank", "--facts", "/dev/zero"});
  CHECK(device.exit_code == 1);
  CHECK_THAT(device.err, Catch::Contains("not a file of extract output"));
  tmp.Write("one.jsonl", "");
  const ProcessResult both = Clinicrank(
      {"rank", "--facts", tmp.File("one.jsonl"), "--db", tmp.File("x.db")});
  CHECK(both.exit_code == 2);
  const ProcessResult run = Clinicrank({"rank", "--facts", tmp.File("one.jsonl"), "--run", "2"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Catch::Contains("--run needs --db"));
}

TEST_CASE("A temporary folder that cannot be written falls back, with a warning",
          "[app][scale]") {
  testing::ScratchDir tmp;
  const ProcessResult r = testing::RunProcess(
      {"/usr/bin/env", "TMPDIR=" + tmp.File("no/such/folder"), testing::ClinicrankBinary(),
       "rank", testing::SamplePagesDir() + "/peakview-regenerative", "-o", tmp.File("r.md")},
      120);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("cannot create a temporary file in " +
                                    tmp.File("no/such/folder")));
  CHECK_THAT(r.err, Catch::Contains("using /tmp"));
  CHECK_THAT(testing::ReadFileOrThrow(tmp.File("r.md")), Catch::Contains("PeakView"));
}

TEST_CASE("rank --facts refuses what would lose clinics or flood the terminal", "[app][scale]") {
  testing::ScratchDir tmp;
  const std::string facts =
      ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  // A clinic folder or page typed after --facts (which takes every argument
  // after it) is a usage error, before anything is read.
  for (const std::string& path : {testing::SamplePagesDir() + "/peakview-regenerative",
                                  testing::SamplePagesDir() + "/peakview-regenerative/index.html"}) {
    CAPTURE(path);
    const ProcessResult r = Clinicrank({"rank", "--facts", tmp.File("one.jsonl"), path});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--facts takes files of 'clinicrank extract' output"));
    CHECK(r.out.empty());
  }
  // Plain text after a gzip stream would be dropped by a gzip reader: an error.
  gzFile gz = gzopen(tmp.File("mixed.jsonl.gz").c_str(), "wb");
  REQUIRE(gz != nullptr);
  gzwrite(gz, facts.data(), static_cast<unsigned>(facts.size()));
  gzclose(gz);
  tmp.Write("mixed.jsonl.gz", testing::ReadFileOrThrow(tmp.File("mixed.jsonl.gz")) + facts);
  const ProcessResult mixed = Clinicrank({"rank", "--facts", tmp.File("mixed.jsonl.gz")});
  CHECK(mixed.exit_code == 1);
  CHECK_THAT(mixed.err, Catch::Contains("data after the end of the gzip stream"));
  // Other compressors get the command that decodes them.
  tmp.Write("facts.xz", std::string("\xfd" "7zXZ\0\0", 8) + "rest");
  const ProcessResult xz = Clinicrank({"rank", "--facts", tmp.File("facts.xz")});
  CHECK(xz.exit_code == 1);
  CHECK_THAT(xz.err, Catch::Contains("xz -dc FILE | clinicrank rank --facts -"));
  // Binary data stops at its first line, not one warning per line.
  tmp.Write("binary", std::string("ELF\0\1\2\n", 7) + std::string(5000, '\n'));
  const ProcessResult binary = Clinicrank({"rank", "--facts", tmp.File("binary")});
  CHECK(binary.exit_code == 1);
  CHECK_THAT(binary.err, Catch::Contains("binary data"));
  // Many bad lines: ten warnings, then a count.
  std::string junk;
  for (int i = 0; i < 500; ++i) junk += "not json\n";
  tmp.Write("junk.jsonl", junk + facts);
  const ProcessResult many = Clinicrank({"rank", "--facts", tmp.File("junk.jsonl")});
  CHECK(many.exit_code == 0);
  CHECK(std::count(many.err.begin(), many.err.end(), '\n') == 11);
  CHECK_THAT(many.err, Catch::Contains("490 more lines were not a clinic's facts"));
  // An empty file (a census that found nothing) is an empty report.
  tmp.Write("empty.jsonl", "");
  const ProcessResult empty = Clinicrank({"rank", "--facts", tmp.File("empty.jsonl")});
  CHECK(empty.exit_code == 0);
  CHECK_THAT(empty.out, Catch::Contains("No clinics to rank"));
  CHECK_THAT(empty.err, Catch::Contains("holds no clinic"));
  // An output that cannot be written fails before the input is read.
  const ProcessResult out = Clinicrank(
      {"rank", "--facts", tmp.File("junk.jsonl"), "-o", tmp.File("missing/r.md")});
  CHECK(out.exit_code == 1);
  CHECK_THAT(out.err, Catch::Contains("missing/r.md"));
  CHECK_THAT(out.err, !Catch::Contains("not JSON"));
}

TEST_CASE("The terminal table's hint is this command with -o", "[app][scale]") {
  testing::ScratchDir tmp;
  ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  const ProcessResult r = Clinicrank({"rank", "--facts", tmp.File("one.jsonl"), "--country",
                                      "US", "--own-cells-only", "--format", "table"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("clinicrank rank --facts " + tmp.File("one.jsonl") +
                                    " --country US --own-cells-only -o report.html"));
}

TEST_CASE("rank --facts: a typo is named, a repeat and a useless -j are warned",
          "[app][scale]") {
  testing::ScratchDir tmp;
  ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  const ProcessResult typo =
      Clinicrank({"rank", "--facts", tmp.File("one.jsonl"), "--contry", "US"});
  CHECK(typo.exit_code == 2);
  CHECK_THAT(typo.err, Catch::Contains("not expected: --contry"));
  const ProcessResult twice = Clinicrank(
      {"rank", "--facts", tmp.File("one.jsonl"), tmp.File("one.jsonl"), "-j", "2"});
  CHECK(twice.exit_code == 0);
  CHECK_THAT(twice.err, Catch::Contains("1 ranked clinic(s) repeat the source of another"));
  CHECK_THAT(twice.err, Catch::Contains("-j does not apply to --facts"));
  const ProcessResult both = Clinicrank({"rank", testing::SamplePagesDir() + "/peakview-regenerative",
                                         "--facts", tmp.File("one.jsonl")});
  CHECK(both.exit_code == 2);
  CHECK_THAT(both.err, Catch::Contains("give clinic PATHs, --db FILE or --facts FILE (one of them)"));
}

TEST_CASE("ReadFactsLines skips a line past the limit without holding it", "[app][scale]") {
  testing::ScratchDir tmp;
  const std::string good =
      ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  tmp.Write("long.jsonl", std::string(3 << 20, 'x') + "\n" + good);
  FactsInputOptions options;
  options.files = {tmp.File("long.jsonl")};
  options.max_line_bytes = 1 << 20;
  FactsInputCounts counts;
  std::vector<std::string> sources;
  std::string error;
  CHECK(ReadFactsLines(
      options, [&](ClinicFacts&& f) { sources.push_back(f.source); }, &counts, &error));
  CHECK(error.empty());
  CHECK(counts.clinics == 1);
  CHECK(counts.skipped == 1);
  REQUIRE(sources.size() == 1);
  CHECK_THAT(sources[0], Catch::EndsWith("peakview-regenerative"));
}

TEST_CASE("A damaged gzip file of facts is an error, not a short ranking", "[app][scale]") {
  testing::ScratchDir tmp;
  std::string facts =
      ExtractTo({testing::SamplePagesDir() + "/peakview-regenerative"}, tmp, "one.jsonl");
  for (int i = 0; i < 20; ++i) facts += facts.substr(0, facts.find('\n') + 1);
  gzFile gz = gzopen(tmp.File("f.jsonl.gz").c_str(), "wb");
  REQUIRE(gz != nullptr);
  gzwrite(gz, facts.data(), static_cast<unsigned>(facts.size()));
  gzclose(gz);
  const std::string whole = testing::ReadFileOrThrow(tmp.File("f.jsonl.gz"));
  tmp.Write("cut.jsonl.gz", whole.substr(0, whole.size() / 2));
  const ProcessResult r = Clinicrank({"rank", "--facts", tmp.File("cut.jsonl.gz"), "-o",
                                      tmp.File("r.md")});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("cut.jsonl.gz: cannot read"));
  CHECK_FALSE(std::filesystem::exists(tmp.File("r.md")));
}

}  // namespace
}  // namespace clinicrank
