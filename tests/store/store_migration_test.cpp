// Schema version 2 (issue 16): page provenance and resumed runs. A version 1
// file - as clinicrank 0.1 wrote it - is read as is and migrated in place
// when a crawl opens it; runs group into crawls.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <string>

#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

// The version 1 schema, verbatim from the first release.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
  args TEXT NOT NULL DEFAULT '', outcome TEXT);
CREATE TABLE sites(id INTEGER PRIMARY KEY, seed_url TEXT NOT NULL, host TEXT NOT NULL UNIQUE);
CREATE TABLE pages(id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id),
  url TEXT NOT NULL, final_url TEXT NOT NULL, status INTEGER NOT NULL,
  content_type TEXT NOT NULL DEFAULT '', headers TEXT NOT NULL DEFAULT '',
  fetched_at TEXT NOT NULL, body BLOB, sha256 TEXT NOT NULL, run_id INTEGER REFERENCES runs(id),
  depth INTEGER NOT NULL DEFAULT 0);
CREATE INDEX pages_by_site_url ON pages(site_id, url, id);
CREATE TABLE fetch_log(id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id),
  url TEXT NOT NULL, status INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '',
  elapsed_ms INTEGER NOT NULL, at TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version', '1');
INSERT INTO runs VALUES(1, '2026-10-01T00:00:00.000Z', '2026-10-01T00:10:00.000Z', 'crawl x', 'completed');
INSERT INTO sites VALUES(1, 'https://a.example/', 'a.example');
INSERT INTO pages VALUES(1, 1, 'https://a.example/', 'https://a.example/', 200, 'text/html', '',
  '2026-10-01T00:01:00.000Z', '<p>old</p>', 'abc', 1, 0);
PRAGMA user_version = 1;
)sql";

std::string MakeVersion1(const testing::ScratchDir& dir) {
  const std::string path = dir.File("v1.db");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, kVersion1, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  return path;
}

TEST_CASE("Store: a version 1 file is read as is and migrated by a writer", "[store][contract]") {
  testing::ScratchDir dir;
  const std::string path = MakeVersion1(dir);
  Status status;
  {
    auto reader = PageStore::Open(path, PageStore::Mode::kReadOnly, &status);
    REQUIRE(reader);
    CHECK(reader->SchemaVersion() == 1);
    std::vector<PageRecord> pages;
    REQUIRE(reader->LatestPages(1, std::nullopt, true, &pages).ok());
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].body == "<p>old</p>");
    CHECK(pages[0].warc_offset == -1);
    std::vector<RunInfo> runs;
    REQUIRE(reader->ListRuns(&runs).ok());
    CHECK(runs.at(0).continues == 0);
  }
  auto writer = PageStore::Open(path, PageStore::Mode::kReadWrite, &status);
  INFO(status.ToString());
  REQUIRE(writer);
  CHECK(writer->SchemaVersion() == 2);
  int64_t run = 0;
  REQUIRE(writer->BeginRun("crawl x", &run, 1).ok());
  PageRecord page;
  page.site_id = 1;
  page.run_id = run;
  page.url = page.final_url = "https://a.example/";
  page.status = 200;
  page.fetched_at = "2026-11-01T00:00:00.000Z";
  page.body = "<p>new</p>";
  page.ip = "192.0.2.7";
  page.warc_file = "x.warc.gz";
  page.warc_record_id = "<urn:uuid:1>";
  page.warc_offset = 1234;
  page.payload_digest = "sha1:AAAA";
  REQUIRE(writer->AddPage(page).ok());
  std::vector<PageRecord> pages;
  REQUIRE(writer->LatestPages(1, std::nullopt, false, &pages).ok());
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].ip == "192.0.2.7");
  CHECK(pages[0].warc_offset == 1234);
  REQUIRE(writer->LatestPages(1, 1, true, &pages).ok());
  CHECK(pages.at(0).body == "<p>old</p>");  // the old run's page is kept
  ArchivedCapture capture;
  bool found = false;
  REQUIRE(writer->FindArchivedCapture("https://a.example/", "sha1:AAAA", &capture, &found).ok());
  CHECK(found);
  CHECK(capture.warc_record_id == "<urn:uuid:1>");
  REQUIRE(writer->FindArchivedCapture("https://a.example/", "sha1:BBBB", &capture, &found).ok());
  CHECK_FALSE(found);
}

TEST_CASE("Store: runs group into crawls; the latest complete one is the default",
          "[store][contract]") {
  const std::vector<RunInfo> runs = {
      {1, "t1", "t1e", "crawl a", "completed", 0},
      {2, "t2", "", "crawl a --refresh", "interrupted", 0},
      {3, "t3", "t3e", "crawl a --refresh", "completed", 2},
      {4, "t4", "", "crawl a --refresh", "", 0},  // killed, not resumed yet
  };
  const std::vector<CrawlSession> sessions = GroupRuns(runs);
  REQUIRE(sessions.size() == 3);
  CHECK(sessions[1].run_ids == std::vector<int64_t>{2, 3});
  CHECK(sessions[1].complete);
  CHECK(sessions[1].started_at == "t2");
  CHECK_FALSE(sessions[2].complete);
  CHECK(FindSession(sessions, 2) == &sessions[1]);
  CHECK(FindSession(sessions, 3) == &sessions[1]);
  CHECK(FindSession(sessions, 9) == nullptr);
  CHECK(LatestSession(sessions) == &sessions[1]);
  CHECK(LatestSession({}) == nullptr);
}

}  // namespace
}  // namespace clinicrank
