// The census stages (archive/census.h) and by-site grouping (site_spill.h):
// sites listed from WARC files, routed into shards, grouped per shard, equal
// what one grouping over all the files concatenated gives, per-site limits
// included (issue 17, docs/scale.md "Why the job is exact").
#include "archive/census.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "archive/site_key.h"
#include "archive/site_spill.h"
#include "parsers/vocab/treatment_mentions.h"
#include "tests/testing/synth_warc.h"
#include "tests/testing/temp_dir.h"
#include "warc/warc_pages.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using testing::SynthPage;

// What a site comes out as: its pages' URLs in order and its warnings.
struct Grouped {
  std::vector<std::string> urls;
  std::vector<std::string> warnings;
  bool operator==(const Grouped&) const = default;
};
using Census = std::map<std::string, Grouped>;

std::string Page(const std::string& text, size_t bytes) {
  std::string html = "<html><body><p>" + text + "</p>";
  if (html.size() < bytes) html += std::string(bytes - html.size(), 'x');
  return html;
}

// Groups the pages of `files` (in order) by site, as `extract --warc
// --by-site` does.
Census GroupBySite(const std::vector<std::string>& files, const SiteLimits& limits,
                   bool relevant_only) {
  std::string error;
  auto spill = SiteSpill::Create("", limits, &error);
  REQUIRE(spill);
  std::vector<std::string> notes;
  for (const std::string& path : files) {
    auto in = OpenWarcInput(path, &error);
    REQUIRE(in);
    WarcPageReader reader(in.get());
    WarcPage page;
    while (reader.Next(&page)) {
      const std::string site = SiteOf(page.url);
      const bool mentions = TreatmentMentionMatcher().Matches(page.body);
      REQUIRE(spill->Add(site, page, mentions, &notes, &error));
    }
  }
  Census census;
  for (const std::string& site : spill->Sites(relevant_only)) {
    SitePages pages;
    REQUIRE(spill->Load(site, &pages, &error));
    Grouped& g = census[site];
    for (const WarcPage& p : pages.pages) g.urls.push_back(p.url);
    g.warnings = pages.warnings;
  }
  return census;
}

// The two stages, then grouping per shard, merged.
Census RunJob(const std::vector<std::string>& files, const SiteLimits& limits, int shards,
              const std::string& out) {
  std::set<std::string> listed;
  for (const std::string& path : files) {
    std::string error;
    auto in = OpenWarcInput(path, &error);
    REQUIRE(in);
    WarcPageReader reader(in.get());
    StageCounts counts;
    ListRelevantSites(&reader, TreatmentMentionMatcher(), &listed, &counts);
  }
  const std::unordered_set<std::string> sites(listed.begin(), listed.end());
  for (size_t i = 0; i < files.size(); ++i) {
    std::string error;
    auto in = OpenWarcInput(files[i], &error);
    REQUIRE(in);
    WarcPageReader reader(in.get());
    RouteOptions options;
    options.shards = shards;
    options.out_dir = out;
    char part[32];
    std::snprintf(part, sizeof part, "%03zu", i);
    options.part = part;
    options.limits = limits;
    options.max_open_files = 2;  // exercises closing and reopening to append
    StageCounts counts;
    REQUIRE(RouteSites(&reader, sites, options, &counts, &error));
  }
  Census merged;
  for (int s = 0; s < shards; ++s) {
    const fs::path dir = fs::path(out) / ShardDirName(s);
    if (!fs::exists(dir)) continue;
    std::vector<std::string> parts;
    for (const auto& entry : fs::directory_iterator(dir)) {
      CHECK(entry.path().filename().string()[0] != '.');  // no partial file left
      parts.push_back(entry.path().string());
    }
    std::sort(parts.begin(), parts.end());
    for (auto& [site, grouped] : GroupBySite(parts, limits, /*relevant_only=*/false)) {
      CHECK(ShardOf(site, shards) == s);
      CHECK(merged.count(site) == 0);
      merged[site] = grouped;
    }
  }
  return merged;
}

// A random archive: clinics and unrelated sites, each site's pages spread
// over the files in random order, random page sizes, a few oversized pages.
std::vector<std::string> RandomArchive(unsigned seed, const std::string& dir, int files) {
  std::mt19937 rng(seed);
  std::vector<std::vector<SynthPage>> by_file(static_cast<size_t>(files));
  for (int s = 0; s < 40; ++s) {
    const bool clinic = s % 3 == 0;
    const std::string site = "https://s" + std::to_string(s) + ".example";
    const int pages = 1 + static_cast<int>(rng() % 12);
    const int mention_at = static_cast<int>(rng() % static_cast<unsigned>(pages));
    for (int p = 0; p < pages; ++p) {
      const size_t bytes = rng() % 7 == 0 ? 9000 : 300 + rng() % 2500;
      const std::string text = clinic && p == mention_at ? "stem cell knee injections" : "news";
      by_file[rng() % by_file.size()].push_back(
          {site + "/p" + std::to_string(p), "", Page(text, bytes)});
    }
  }
  std::vector<std::string> paths;
  for (int f = 0; f < files; ++f) {
    auto& pages = by_file[static_cast<size_t>(f)];
    std::shuffle(pages.begin(), pages.end(), rng);
    std::vector<const SynthPage*> ptrs;
    for (const auto& p : pages) ptrs.push_back(&p);
    paths.push_back(dir + "/in-" + std::to_string(f) + ".warc.gz");
    testing::WriteWarc(paths.back(), ptrs, /*gzip=*/f % 2 == 0);
  }
  return paths;
}

TEST_CASE("the two-stage job equals grouping the concatenation, limits included", "[archive]") {
  SiteLimits limits;
  limits.max_pages = 6;
  limits.max_bytes = 12000;
  limits.max_page_bytes = 8000;
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    CAPTURE(seed);
    testing::ScratchDir tmp;
    const std::vector<std::string> files = RandomArchive(seed, tmp.path(), 4);
    const Census reference = GroupBySite(files, limits, /*relevant_only=*/true);
    const Census job = RunJob(files, limits, 3, tmp.path() + "/shards");
    REQUIRE_FALSE(reference.empty());
    CHECK(job == reference);
    bool capped = false;
    for (const auto& [site, g] : reference) capped = capped || !g.warnings.empty();
    CHECK(capped);  // the limits were reached somewhere
  }
}

// The case that needs the closing page routed: the site's byte budget runs
// out on the third page of the first file; the small page in the second file
// would fit in a fresh budget, yet the concatenation never takes it.
TEST_CASE("a site closed in one file stays closed in the next", "[archive]") {
  SiteLimits limits;
  limits.max_bytes = 10000;
  testing::ScratchDir tmp;
  const std::string site = "https://closing.example";
  const std::vector<SynthPage> first = {{site + "/a", "", Page("stem cells", 4000)},
                                        {site + "/b", "", Page("prices", 4000)},
                                        {site + "/c", "", Page("contact", 3000)}};
  const std::vector<SynthPage> second = {{site + "/d", "", Page("faq", 500)}};
  const std::string f1 = tmp.path() + "/1.warc.gz", f2 = tmp.path() + "/2.warc.gz";
  testing::WriteWarc(f1, {&first[0], &first[1], &first[2]}, true);
  testing::WriteWarc(f2, {&second[0]}, true);
  const Census reference = GroupBySite({f1, f2}, limits, true);
  REQUIRE(reference.count(site) == 1);
  CHECK(reference.at(site).urls == std::vector<std::string>{site + "/a", site + "/b"});
  REQUIRE(reference.at(site).warnings.size() == 1);
  CHECK_THAT(reference.at(site).warnings[0], Catch::Contains("later pages skipped"));
  CHECK(RunJob({f1, f2}, limits, 2, tmp.path() + "/shards") == reference);
}

TEST_CASE("SiteCap takes a prefix and closes once", "[archive]") {
  SiteLimits limits;
  limits.max_pages = 3;
  limits.max_bytes = 100;
  limits.max_page_bytes = 60;
  SiteCap cap(limits);
  using V = SiteCap::Verdict;
  CHECK(cap.Offer(40) == V::kTake);
  CHECK(cap.Offer(70) == V::kPageTooBig);  // skipped alone; the site stays open
  CHECK(cap.Offer(50) == V::kTake);
  CHECK(cap.Offer(20) == V::kClose);  // 40 + 50 + 20 > 100
  CHECK(cap.closed());
  CHECK(cap.Offer(1) == V::kClosed);
  SiteCap count(limits);
  for (int i = 0; i < 3; ++i) CHECK(count.Offer(1) == V::kTake);
  CHECK(count.Offer(1) == V::kClose);
}

TEST_CASE("SiteOf and ShardOf", "[archive]") {
  const struct {
    const char* url;
    const char* site;
  } cases[] = {
      {"https://alpha.example/pricing?x=1", "https://alpha.example"},
      {"http://alpha.example:8080/", "http://alpha.example:8080"},  // a site is an origin
      {"https://alpha.example:443/", "https://alpha.example"},
      {"https://www.alpha.example/", "https://www.alpha.example"},
      {"HTTPS://Alpha.Example/a", "https://Alpha.Example"},
      {"not a url", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.url);
    CHECK(SiteOf(c.url) == c.site);
  }
  // Stable across runs and machines (FNV-1a), spread over the shards.
  CHECK(ShardOf("https://alpha.example", 1000) == ShardOf("https://alpha.example", 1000));
  std::set<int> used;
  for (int i = 0; i < 200; ++i)
    used.insert(ShardOf("https://s" + std::to_string(i) + ".example", 8));
  CHECK(used.size() == 8);
}

TEST_CASE("OpenWarcInput refuses what is not a readable WARC file", "[archive]") {
  testing::ScratchDir tmp;
  const SynthPage page{"https://a.example/", "", "<p>hi</p>"};
  const std::string good = tmp.path() + "/good.warc.gz";
  testing::WriteWarc(good, {&page}, true);
  const std::string plain = tmp.path() + "/plain.warc";
  testing::WriteWarc(plain, {&page}, false);
  std::string error;
  CHECK(OpenWarcInput(good, &error));
  CHECK(OpenWarcInput(plain, &error));
  CHECK(OpenWarcInput(tmp.Write("empty.warc", ""), &error));
  const struct {
    std::string path;
    const char* why;
  } bad[] = {
      {tmp.path() + "/missing.warc.gz", "No such file"},
      {tmp.path(), "not a regular file"},
      {tmp.Write("page.warc.gz", "<html>not a warc</html>"), "not a WARC file"},
  };
  for (const auto& b : bad) {
    CAPTURE(b.path);
    error.clear();
    CHECK_FALSE(OpenWarcInput(b.path, &error));
    CHECK_THAT(error, Catch::StartsWith(b.path) && Catch::Contains(b.why));
  }
}

TEST_CASE("route writes only whole parts, named for their input", "[archive]") {
  testing::ScratchDir tmp;
  const SynthPage a{"https://a.example/", "", "<p>stem cells</p>"};
  const SynthPage b{"https://b.example/", "", "<p>weather</p>"};
  const std::string in = tmp.path() + "/in.warc.gz";
  testing::WriteWarc(in, {&a, &b}, true);
  std::string error;
  auto file = OpenWarcInput(in, &error);
  WarcPageReader reader(file.get());
  RouteOptions options;
  options.shards = 1;
  options.out_dir = tmp.path() + "/out";
  options.part = "0007";
  StageCounts counts;
  REQUIRE(RouteSites(&reader, {"https://a.example"}, options, &counts, &error));
  CHECK(counts.pages == 2);
  CHECK(counts.matched == 1);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(options.out_dir + "/shard-00000")) {
    names.push_back(e.path().filename().string());
  }
  CHECK(names == std::vector<std::string>{"0007.warc.gz"});
  // A shard that cannot be written fails the task and leaves no part behind.
  testing::ScratchDir tmp2;
  tmp2.Write("out", "a file where the shard directory should be");
  auto again = OpenWarcInput(in, &error);
  WarcPageReader reader2(again.get());
  options.out_dir = tmp2.path() + "/out";
  error.clear();
  CHECK_FALSE(RouteSites(&reader2, {"https://a.example"}, options, &counts, &error));
  CHECK_THAT(error, Catch::Contains("shard-00000"));
}

}  // namespace
}  // namespace clinicrank
