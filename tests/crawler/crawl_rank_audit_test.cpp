// Issue 6's done-when: `rank --db` and `audit --db` read what `crawl` stored.
// A bundled sample clinic is served over real HTTP on 127.0.0.1, crawled into
// a real SQLite file by the built binary, then ranked and audited from it.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include <rapidjson/document.h>

#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using testing::HttpReply;
using testing::HttpServer;

TEST_CASE("a crawled store feeds rank --db and audit --db; --warc round-trips", "[crawler][store][contract]") {
  const std::string site = testing::SamplePagesDir() + "/peakview-regenerative";
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nAllow: /\n"));
  server.Route("/", HttpReply::Html(testing::ReadFileOrThrow(site + "/index.html")));
  server.Route("/pricing", HttpReply::Html(testing::ReadFileOrThrow(site + "/pricing.html")));
  server.Route("/faq", HttpReply::Html(testing::ReadFileOrThrow(site + "/faq.html")));

  std::string dir_template = (fs::temp_directory_path() / "clinicrank-db-XXXXXX").string();
  const std::string dir = ::mkdtemp(dir_template.data());
  const std::string db = dir + "/crawl.db";
  const std::string bin = testing::ClinicrankBinary();

  auto crawl = testing::RunProcess(
      {bin, "crawl", server.Url("/"), "--db", db, "--delay", "0", "--max-pages", "10"}, 120);
  REQUIRE(crawl.exit_code == 0);

  auto rank = testing::RunProcess({bin, "rank", "--db", db, "--format", "json"}, 60);
  REQUIRE(rank.exit_code == 0);
  rapidjson::Document ranked;
  ranked.Parse(rank.out.c_str());
  REQUIRE_FALSE(ranked.HasParseError());
  REQUIRE(ranked["clinics"].Size() == 1);
  const auto& clinic = ranked["clinics"][0];
  CHECK(std::string(clinic["name"].GetString()) == "PeakView Regenerative Orthopedics");
  bool ultrasound_passed = false;
  for (const auto& item : clinic["checklist"].GetArray()) {
    if (std::string(item["item"].GetString()) == "ultrasound_guidance") {
      ultrasound_passed = std::string(item["status"].GetString()) == "pass";
    }
  }
  CHECK(ultrasound_passed);

  auto audit = testing::RunProcess({bin, "audit", "--db", db, "--format", "json"}, 60);
  REQUIRE(audit.exit_code == 0);
  // Claims read from a crawl carry the page's fetch time and hash.
  CHECK(audit.out.find("\"fetched_at\":\"20") != std::string::npos);
  CHECK(audit.out.find("\"page_sha256\":\"") != std::string::npos);

  // The same crawl can also be kept as a WARC file that extract reads back.
  const std::string warc = dir + "/crawl.warc.gz";
  auto recrawl = testing::RunProcess({bin, "crawl", server.Url("/"), "--db", dir + "/second.db",
                                      "--delay", "0", "--warc", warc},
                                     120);
  REQUIRE(recrawl.exit_code == 0);
  auto from_warc = testing::RunProcess({bin, "extract", "--warc", warc}, 60);
  REQUIRE(from_warc.exit_code == 0);
  rapidjson::Document facts;
  facts.Parse(from_warc.out.c_str());
  REQUIRE_FALSE(facts.HasParseError());
  CHECK(facts["pages"].Size() == 3);
  CHECK(std::string(facts["ultrasound_guidance"].GetString()) == "yes");
  CHECK(std::string(facts["pages"][0]["fetched_at"].GetString()).size() >= 20);

  auto extract_missing = testing::RunProcess({bin, "rank", "--db", dir + "/none.db"}, 60);
  CHECK(extract_missing.exit_code == 1);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace clinicrank
