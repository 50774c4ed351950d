// The crawl store on real SQLite files and ":memory:": schema version, WAL,
// per-page commits that survive the process, resume reads, run snapshots.
#include "store/store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/sha256.h"

namespace clinicrank {
namespace {

// A fresh directory under $TMPDIR, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "clinicrank-store-XXXXXX");
    path_ = mkdtemp(pattern.data()) ? pattern : "";
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::unique_ptr<PageStore> OpenOrFail(const std::string& path,
                                      PageStore::Mode mode = PageStore::Mode::kReadWrite) {
  Status status;
  auto store = PageStore::Open(path, mode, &status);
  INFO(status.ToString());
  REQUIRE(store);
  return store;
}

PageRecord Page(int64_t site, int64_t run, const std::string& url, const std::string& body,
                int status = 200) {
  PageRecord page;
  page.site_id = site;
  page.run_id = run;
  page.url = url;
  page.status = status;
  page.content_type = "text/html; charset=utf-8";
  page.fetched_at = "2026-11-25T00:00:00.000Z";
  page.body = body;
  return page;
}

TEST_CASE("Store: new file gets schema version 1 and WAL", "[contract]") {
  TempDir dir;
  auto store = OpenOrFail(dir.File("a.db"));
  CHECK(store->SchemaVersion() == kStoreSchemaVersion);
  CHECK(store->JournalMode() == "wal");
}

TEST_CASE("Store: :memory: works for tests", "[contract]") {
  auto store = OpenOrFail(":memory:");
  int64_t run = 0, site = 0;
  REQUIRE(store->BeginRun("crawl x", &run).ok());
  REQUIRE(store->AddSite("https://a.example/", "a.example", &site).ok());
  REQUIRE(store->AddPage(Page(site, run, "https://a.example/", "<p>hi</p>")).ok());
  std::vector<PageRecord> pages;
  REQUIRE(store->LatestPages(site, std::nullopt, true, &pages).ok());
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].body == "<p>hi</p>");
  CHECK(pages[0].sha256 == Sha256Hex("<p>hi</p>"));
  CHECK(pages[0].final_url == "https://a.example/");
}

TEST_CASE("Store: pages persist across reopen and bodies keep binary bytes", "[contract]") {
  TempDir dir;
  const std::string path = dir.File("b.db");
  const std::string binary("a\0b\xff", 4);
  int64_t site = 0;
  {
    auto store = OpenOrFail(path);
    int64_t run = 0;
    REQUIRE(store->BeginRun("crawl", &run).ok());
    REQUIRE(store->AddSite("https://b.example/", "b.example", &site).ok());
    REQUIRE(store->AddPage(Page(site, run, "https://b.example/x", binary)).ok());
    // No FinishRun: as if the process had been killed here.
  }
  auto store = OpenOrFail(path, PageStore::Mode::kReadOnly);
  std::vector<PageRecord> pages;
  REQUIRE(store->LatestPages(site, std::nullopt, true, &pages).ok());
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].body == binary);
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].finished_at.empty());
}

TEST_CASE("Store: a page committed is visible to another connection at once", "[contract]") {
  TempDir dir;
  const std::string path = dir.File("c.db");
  auto writer = OpenOrFail(path);
  int64_t run = 0, site = 0;
  REQUIRE(writer->BeginRun("crawl", &run).ok());
  REQUIRE(writer->AddSite("https://c.example/", "c.example", &site).ok());
  REQUIRE(writer->AddPage(Page(site, run, "https://c.example/1", "one")).ok());
  // A reader opened while the writer is still live (WAL lets both work).
  auto reader = OpenOrFail(path, PageStore::Mode::kReadOnly);
  std::vector<PageRecord> pages;
  REQUIRE(reader->LatestPages(site, std::nullopt, false, &pages).ok());
  CHECK(pages.size() == 1);
  CHECK(pages[0].body.empty());  // with_bodies = false
}

TEST_CASE("Store: latest fetch per URL, and snapshots as of a run", "[contract]") {
  auto store = OpenOrFail(":memory:");
  int64_t run1 = 0, run2 = 0, site = 0;
  REQUIRE(store->AddSite("https://d.example/", "d.example", &site).ok());
  REQUIRE(store->BeginRun("first", &run1).ok());
  REQUIRE(store->AddPage(Page(site, run1, "https://d.example/a", "v1")).ok());
  REQUIRE(store->FinishRun(run1, "completed").ok());
  REQUIRE(store->BeginRun("second", &run2).ok());
  REQUIRE(store->AddPage(Page(site, run2, "https://d.example/a", "v2")).ok());
  REQUIRE(store->AddPage(Page(site, run2, "https://d.example/b", "new")).ok());

  std::vector<PageRecord> latest;
  REQUIRE(store->LatestPages(site, std::nullopt, true, &latest).ok());
  REQUIRE(latest.size() == 2);
  CHECK(latest[0].body == "v2");
  std::vector<PageRecord> first;
  REQUIRE(store->LatestPages(site, run1, true, &first).ok());
  REQUIRE(first.size() == 1);
  CHECK(first[0].body == "v1");

  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].outcome == "completed");
  CHECK_FALSE(runs[0].finished_at.empty());
}

TEST_CASE("Store: sites are unique by host", "[contract]") {
  auto store = OpenOrFail(":memory:");
  int64_t a = 0, b = 0;
  REQUIRE(store->AddSite("https://e.example/", "e.example", &a).ok());
  REQUIRE(store->AddSite("http://www.e.example/", "e.example", &b).ok());
  CHECK(a == b);
  std::vector<SiteInfo> sites;
  REQUIRE(store->ListSites(&sites).ok());
  REQUIRE(sites.size() == 1);
  CHECK(sites[0].seed_url == "https://e.example/");
}

TEST_CASE("Store: the fetch log records errors by run", "[contract]") {
  auto store = OpenOrFail(":memory:");
  int64_t run = 0;
  REQUIRE(store->BeginRun("crawl", &run).ok());
  REQUIRE(store->LogFetch({run, "https://f.example/", 0, "timeout: after 1 s", 1000, "t"}).ok());
  std::vector<FetchLogEntry> log;
  REQUIRE(store->ReadFetchLog(run, &log).ok());
  REQUIRE(log.size() == 1);
  CHECK(log[0].error == "timeout: after 1 s");
  CHECK(log[0].elapsed_ms == 1000);
}

TEST_CASE("Store: errors are reported, never thrown", "[contract]") {
  TempDir dir;
  Status status;
  CHECK_FALSE(PageStore::Open(dir.File("missing/x.db"), PageStore::Mode::kReadWrite, &status));
  CHECK(status.kind == StatusKind::kStore);
  CHECK(status.message.find("missing/x.db") != std::string::npos);

  CHECK_FALSE(PageStore::Open(dir.File("absent.db"), PageStore::Mode::kReadOnly, &status));
  CHECK(status.kind == StatusKind::kStore);

  // A file from a future clinicrank is refused, not misread.
  const std::string future = dir.File("future.db");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(future.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99;", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  CHECK_FALSE(PageStore::Open(future, PageStore::Mode::kReadWrite, &status));
  CHECK(status.message.find("newer") != std::string::npos);

  // Junk is not a store.
  const std::string junk = dir.File("junk.db");
  {
    std::FILE* f = std::fopen(junk.c_str(), "wb");
    std::fputs("this is not sqlite at all, just some text long enough to matter.....", f);
    std::fclose(f);
  }
  CHECK_FALSE(PageStore::Open(junk, PageStore::Mode::kReadOnly, &status));
  CHECK(status.kind == StatusKind::kStore);
}

// Issue 13: two crawls on one database ran unlocked and fetched everything
// twice. The second one is now refused; readers are never blocked.
TEST_CASE("issue13: two crawls on one database: the second is refused", "[contract]") {
  TempDir dir;
  const std::string path = dir.File("crawl.db");
  auto first = OpenOrFail(path);
  REQUIRE(first->LockForCrawl().ok());
  CHECK(first->LockForCrawl().ok());  // taking it again is harmless
  auto second = OpenOrFail(path);
  const Status refused = second->LockForCrawl();
  CHECK(refused.kind == StatusKind::kStore);
  CHECK(refused.message == "another crawl is using " + path);
  // A reader opens and reads while the crawl holds the lock.
  int64_t run = 0;
  REQUIRE(first->BeginRun("crawl", &run).ok());
  auto reader = OpenOrFail(path, PageStore::Mode::kReadOnly);
  std::vector<RunInfo> runs;
  CHECK(reader->ListRuns(&runs).ok());
  CHECK(runs.size() == 1);
  // The lock goes with the store that held it; the file still works.
  first.reset();
  CHECK(second->LockForCrawl().ok());
  CHECK(second->BeginRun("again", &run).ok());
  CHECK(OpenOrFail(":memory:")->LockForCrawl().ok());
}

}  // namespace
}  // namespace clinicrank
