// `clinicrank archive sites|route` and `extract --warc FILE... --by-site
// --relevant-only` end to end (issue 17): the two-stage job over four WARC
// files, one clinic's pages split across three of them among many unrelated
// pages, equals one grouping of the concatenation; bad files fail alone; a
// 100,000-page site is capped in bounded memory; the same job on Dask
// (scale/dask_census.py) with a LocalCluster of two worker processes.
#include <rapidjson/document.h>
#include <sys/resource.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "archive/site_key.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/synth_sites.h"
#include "tests/testing/synth_warc.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using testing::ClinicrankBinary;
using testing::ProcessResult;
using testing::RunClinicrank;
using testing::RunProcess;
using testing::SynthPage;
using testing::SynthSite;

// JSON lines keyed by "source", checking each parses.
std::map<std::string, std::string> BySource(const std::string& out) {
  std::map<std::string, std::string> lines;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    const std::string line = out.substr(start, end - start);
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    REQUIRE(doc.IsObject());
    const std::string source = doc["source"].GetString();
    CHECK(lines.count(source) == 0);
    lines[source] = line;
    start = end + 1;
  }
  return lines;
}

std::string Concatenate(const std::vector<std::string>& files, const std::string& out) {
  std::ofstream o(out, std::ios::binary);
  for (const std::string& f : files) o << std::ifstream(f, std::ios::binary).rdbuf();
  return out;
}

// Stage 1 per file, the union, stage 2 per file, extract per shard: merged.
std::map<std::string, std::string> RunCensus(const std::vector<std::string>& files,
                                             const std::string& dir, int jobs) {
  std::vector<std::string> lists;
  for (size_t i = 0; i < files.size(); ++i) {
    lists.push_back(dir + "/sites-" + std::to_string(i) + ".txt");
    const ProcessResult r = RunClinicrank({"archive", "sites", files[i], "-o", lists.back()});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::vector<std::string> all;
  for (const std::string& list : lists) {
    std::ifstream in(list);
    for (std::string line; std::getline(in, line);) all.push_back(line);
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::ofstream(dir + "/sites.txt") << [&] {
    std::string text;
    for (const std::string& s : all) text += s + "\n";
    return text;
  }();
  for (size_t i = 0; i < files.size(); ++i) {
    const ProcessResult r =
        RunClinicrank({"archive", "route", files[i], "--sites", dir + "/sites.txt", "--out",
                       dir + "/shards", "--shards", "3", "--part", "00" + std::to_string(i)});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::map<std::string, std::string> merged;
  for (const auto& shard : fs::directory_iterator(dir + "/shards")) {
    std::vector<std::string> args = {"extract", "--by-site", "-j", std::to_string(jobs), "--warc"};
    std::vector<std::string> parts;
    for (const auto& part : fs::directory_iterator(shard.path())) parts.push_back(part.path());
    std::sort(parts.begin(), parts.end());
    args.insert(args.end(), parts.begin(), parts.end());
    const ProcessResult r = RunClinicrank(args);
    REQUIRE(r.exit_code == 0);
    for (auto& [source, line] : BySource(r.out)) merged[source] = line;
  }
  return merged;
}

TEST_CASE("the two-stage archive job equals extract --by-site over the concatenation",
          "[app][archive]") {
  testing::ScratchDir tmp;
  const testing::SplitArchive archive = testing::WriteSplitArchive(tmp.path());
  const std::string all = Concatenate(archive.files, tmp.path() + "/all.warc.gz");
  const ProcessResult ref =
      RunClinicrank({"extract", "--warc", all, "--by-site", "--relevant-only", "-j", "1"});
  REQUIRE(ref.exit_code == 0);
  const auto reference = BySource(ref.out);
  // Every clinic, no unrelated site, and the split clinic whole.
  CHECK(reference.size() == 12);
  for (const auto& [source, line] : reference) CHECK_THAT(source, Catch::Contains("clinic-"));
  const std::string split = reference.at("https://clinic-00000.example");
  for (const SynthPage& page : archive.sites[0].pages) CHECK_THAT(split, Catch::Contains(page.url));
  // The lines come out sorted by site.
  CHECK(ref.out.substr(0, ref.out.find('\n')) == reference.begin()->second);

  for (int jobs : {1, 2}) {
    CAPTURE(jobs);
    testing::ScratchDir work;
    CHECK(RunCensus(archive.files, work.path(), jobs) == reference);
  }
}

TEST_CASE("extract --warc over several files reads them as one stream", "[app][archive]") {
  testing::ScratchDir tmp;
  const testing::SplitArchive archive = testing::WriteSplitArchive(tmp.path());
  const std::string all = Concatenate(archive.files, tmp.path() + "/all.warc.gz");
  std::vector<std::string> args = {"extract", "--warc"};
  args.insert(args.end(), archive.files.begin(), archive.files.end());
  const ProcessResult many = RunClinicrank(args);
  const ProcessResult one = RunClinicrank({"extract", "--warc", all});
  REQUIRE(one.exit_code == 0);
  CHECK(many.exit_code == 0);
  CHECK(many.out == one.out);
  // A split site is one clinic wherever its pages are; --relevant-only keeps
  // the sites with a page that names the treatment: the 12 clinics.
  args.push_back("--relevant-only");
  const ProcessResult relevant = RunClinicrank(args);
  CHECK(relevant.exit_code == 0);
  const auto lines = [](const std::string& out) {
    return std::count(out.begin(), out.end(), '\n');
  };
  CHECK(lines(relevant.out) == 12);
  CHECK(lines(relevant.out) < lines(many.out));
  CHECK(relevant.out.find("https://site-") == std::string::npos);
}

TEST_CASE("a WARC file that cannot be read fails alone, named", "[app][archive]") {
  testing::ScratchDir tmp;
  const testing::SplitArchive archive = testing::WriteSplitArchive(tmp.path());
  const std::string bad = tmp.Write("broken.warc.gz", "<html>a page saved under the wrong name");
  const std::string missing = tmp.path() + "/missing.warc.gz";
  const ProcessResult r = RunClinicrank({"archive", "sites", archive.files[0], bad, missing});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("broken.warc.gz: not a WARC file"));
  CHECK_THAT(r.err, Catch::Contains("missing.warc.gz: No such file"));
  CHECK_THAT(r.err, Catch::Contains("2 of 3 WARC files could not be read"));
  CHECK_THAT(r.out, Catch::Contains("https://clinic-"));  // the good file's sites

  const ProcessResult route = RunClinicrank(
      {"archive", "route", bad, "--sites", bad, "--out", tmp.path() + "/shards", "--part", "0001"});
  CHECK(route.exit_code == 1);
  CHECK_THAT(route.err, Catch::Contains("broken.warc.gz"));
  CHECK_FALSE(fs::exists(tmp.path() + "/shards"));

  const ProcessResult extract = RunClinicrank({"extract", "--warc", archive.files[0], bad});
  CHECK(extract.exit_code == 1);
  CHECK(extract.out.empty());  // checked before any output
  CHECK_THAT(extract.err, Catch::Contains("broken.warc.gz: not a WARC file"));
}

long ChildrenPeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

TEST_CASE("a site with 100,000 pages is capped with a warning, in bounded memory",
          "[app][archive]") {
  testing::ScratchDir tmp;
  std::vector<SynthPage> pages;
  pages.reserve(100000);
  for (int i = 0; i < 100000; ++i) {
    pages.push_back({"https://huge.example/wiki/" + std::to_string(i), "",
                     "<p>Article " + std::to_string(i) + " on stem cells.</p>"});
  }
  const SynthPage clinic{"https://small.example/", "", "<p>Stem cell knee injections.</p>"};
  std::vector<const SynthPage*> order;
  for (const auto& p : pages) order.push_back(&p);
  order.push_back(&clinic);
  const std::string warc = tmp.path() + "/huge.warc";
  testing::WriteWarc(warc, order, /*gzip=*/false);

  const ProcessResult sites = RunClinicrank({"archive", "sites", warc, "-q"});
  REQUIRE(sites.exit_code == 0);
  CHECK(sites.out == "https://huge.example\nhttps://small.example\n");
  tmp.Write("sites.txt", sites.out);
  const ProcessResult route =
      RunClinicrank({"archive", "route", warc, "--sites", tmp.path() + "/sites.txt", "--out",
                     tmp.path() + "/shards", "--shards", "1", "-q"});
  REQUIRE(route.exit_code == 0);
  CHECK_THAT(route.err, Catch::Contains("https://huge.example: over the per-site limit of 2000 "
                                        "pages or 256 MiB; later pages skipped (in this file)"));

  for (const std::string& input : {warc, tmp.path() + "/shards/shard-00000/huge.warc.gz"}) {
    CAPTURE(input);
    const ProcessResult r = RunClinicrank({"extract", "--by-site", "--warc", input});
    REQUIRE(r.exit_code == 0);
    const auto by_source = BySource(r.out);
    REQUIRE(by_source.size() == 2);
    rapidjson::Document doc;
    doc.Parse(by_source.at("https://huge.example").c_str());
    CHECK(doc["pages"].Size() == 2000);
    REQUIRE(doc["warnings"].Size() >= 1);
    CHECK_THAT(doc["warnings"][0].GetString(), Catch::Contains("later pages skipped"));
  }
  // Every run above held an index, never the site: well under 200 MB.
  CHECK(ChildrenPeakRssKb() < 200 * 1024);
}

// --- the Dask driver (scale/dask_census.py) on a LocalCluster -------------

// A stand-in for the clinicrank binary that crashes (SIGSEGV) when it
// extracts `shard`: only the first time when `once`, else every time.
std::string CrashingWrapper(const testing::ScratchDir& tmp, const std::string& shard, bool once) {
  const std::string mark = tmp.path() + "/crashed-once";
  const std::string crash =
      once ? "if [ ! -e '" + mark + "' ]; then : > '" + mark + "'; kill -s SEGV $$; fi"
           : "kill -s SEGV $$";
  const std::string path = tmp.Write("clinicrank-wrapper",
                                     "#!/bin/sh\ncase \"$*\" in *extract*" + shard + "*) " + crash +
                                         ";; esac\nexec '" + ClinicrankBinary() + "' \"$@\"\n");
  fs::permissions(path, fs::perms::owner_all);
  return path;
}

ProcessResult DaskCensus(const std::vector<std::string>& files, const std::string& out,
                         const std::string& clinicrank) {
  std::vector<std::string> argv = {"/usr/bin/python3",
                                   testing::SourceDir() + "/scale/dask_census.py",
                                   "--out",
                                   out,
                                   "--workers",
                                   "2",
                                   "--shards",
                                   "3",
                                   "--clinicrank",
                                   clinicrank};
  argv.insert(argv.end(), files.begin(), files.end());
  return RunProcess(argv, 600);
}

void RequireDask() {
  const ProcessResult r = RunProcess({"/usr/bin/python3", "-c", "import distributed"}, 60);
  INFO("CI installs python3-distributed (.ci/packages); here: " << r.err);
  REQUIRE(r.exit_code == 0);
}

TEST_CASE("the census on a Dask LocalCluster equals extract --by-site over the concatenation",
          "[app][archive][dask]") {
  RequireDask();
  testing::ScratchDir tmp;
  const testing::SplitArchive archive = testing::WriteSplitArchive(tmp.path());
  const std::string all = Concatenate(archive.files, tmp.path() + "/all.warc.gz");
  const ProcessResult ref =
      RunClinicrank({"extract", "--warc", all, "--by-site", "--relevant-only"});
  REQUIRE(ref.exit_code == 0);
  REQUIRE(BySource(ref.out).size() == 12);

  // The extractor of one shard crashes once: the retry recovers it.
  const std::string wrapper = CrashingWrapper(tmp, "shard-00001", /*once=*/true);
  const ProcessResult r = DaskCensus(archive.files, tmp.path() + "/out", wrapper);
  CAPTURE(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("[extract] shard-00001: failed") &&
                        Catch::Contains("crashed (signal 11)") && Catch::Contains("retrying"));
  CHECK_THAT(r.err, Catch::Contains("[sites] 4/4 done") && Catch::Contains("[extract] 3/3 done"));
  CHECK(testing::ReadFileOrThrow(tmp.path() + "/out/census.jsonl") == ref.out);
  CHECK_THAT(testing::ReadFileOrThrow(tmp.path() + "/out/report.json"),
             Catch::Contains("\"failed\": 0"));
}

TEST_CASE("a Dask census reports a bad WARC file and a shard that keeps crashing",
          "[app][archive][dask]") {
  RequireDask();
  testing::ScratchDir tmp;
  const testing::SplitArchive archive = testing::WriteSplitArchive(tmp.path());
  const std::string all = Concatenate(archive.files, tmp.path() + "/all.warc.gz");
  const auto reference =
      BySource(RunClinicrank({"extract", "--warc", all, "--by-site", "--relevant-only"}).out);
  std::vector<std::string> files = archive.files;
  files.push_back(tmp.Write("broken.warc.gz", "this is not a WARC file"));

  const std::string wrapper = CrashingWrapper(tmp, "shard-00002", /*once=*/false);
  const ProcessResult r = DaskCensus(files, tmp.path() + "/out", wrapper);
  CAPTURE(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("[sites] ") && Catch::Contains("broken.warc.gz: FAILED after "
                                                                   "2 attempts"));
  CHECK_THAT(r.err, Catch::Contains("not a WARC file"));
  CHECK_THAT(r.err, Catch::Contains("[extract] shard-00002: FAILED after 2 attempts"));
  CHECK_THAT(r.err, Catch::Contains("2 task(s) failed after retries"));
  // The census holds every clinic but those of the failed shard, unchanged.
  const auto census = BySource(testing::ReadFileOrThrow(tmp.path() + "/out/census.jsonl"));
  size_t expected = 0;
  for (const auto& [source, line] : reference) {
    CAPTURE(source);
    if (ShardOf(source, 3) == 2) {
      CHECK(census.count(source) == 0);
    } else {
      ++expected;
      CHECK(census.count(source) == 1);
      if (census.count(source) == 1) CHECK(census.at(source) == line);
    }
  }
  CHECK(census.size() == expected);
  CHECK(expected < reference.size());
  const std::string report = testing::ReadFileOrThrow(tmp.path() + "/out/report.json");
  CHECK_THAT(report, Catch::Contains("\"failed\": 2") && Catch::Contains("broken.warc.gz"));
}

}  // namespace
}  // namespace clinicrank
