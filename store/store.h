// The crawl store: one SQLite file holding crawl runs, sites, every fetched
// page (with body and SHA-256) and a fetch log. Written by `crawl`, read by
// `rank --db`, `audit --db` and `diff`.
//
// Durability: the database runs in WAL mode and every page is its own
// transaction, committed as it arrives, so a crawl killed with SIGKILL loses
// only the page in flight and a second run resumes from what is stored.
// (synchronous=NORMAL: safe against process death; a power cut may lose the
// last few commits but never corrupts the file.)
//
// Schema version 1 (PRAGMA user_version, mirrored in meta.schema_version):
//   meta(key, value)
//   runs(id, started_at, finished_at, args, outcome)
//   sites(id, seed_url, host)   host: the clinic's key (crawler/scope.h
//                               ClinicKey): its registrable domain, or
//                               host:port for IPs and localhost
//   pages(id, site_id, url, final_url, status, content_type, headers,
//         fetched_at, body BLOB, sha256, run_id, depth)
//   fetch_log(id, run_id, url, status, error, elapsed_ms, at)
// A file with a newer version is refused rather than misread.
//
// Errors come back as Status{kStore, "…"}; nothing throws. Not thread-safe:
// one PageStore per thread. A crawl takes LockForCrawl() so that two crawls
// never write one store at once; readers never need the lock.
#ifndef CLINICRANK_STORE_STORE_H_
#define CLINICRANK_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

struct sqlite3;

namespace clinicrank {

inline constexpr int kStoreSchemaVersion = 1;

struct RunInfo {
  int64_t id = 0;
  std::string started_at;
  std::string finished_at;  // "" while running, or when the crawl was killed
  std::string args;         // the command line, for the record
  std::string outcome;      // "completed", "interrupted", "failed", or ""
};

struct SiteInfo {
  int64_t id = 0;
  std::string seed_url;
  std::string host;
};

struct PageRecord {
  int64_t id = 0;  // set by the store
  int64_t site_id = 0;
  std::string url;        // the URL the crawler asked for
  std::string final_url;  // after redirects
  int status = 0;         // HTTP status of the final response
  std::string content_type;
  std::string headers;     // the final response's header block, as received
  std::string fetched_at;  // ISO 8601 UTC
  std::string body;        // raw bytes (decompressed transfer encoding)
  std::string sha256;      // hex of body; computed by AddPage when empty
  int64_t run_id = 0;
  int depth = 0;  // link distance from the seed
};

struct FetchLogEntry {
  int64_t run_id = 0;
  std::string url;
  int status = 0;     // HTTP status, or 0 when there was no response
  std::string error;  // "" or "<kind>: <message>" (StatusKindName)
  int64_t elapsed_ms = 0;
  std::string at;  // ISO 8601 UTC
};

class PageStore {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (creating when kReadWrite) the store at `path`; ":memory:" works.
  // Returns nullptr with `status` set on failure.
  static std::unique_ptr<PageStore> Open(const std::string& path, Mode mode, Status* status);

  ~PageStore();
  PageStore(const PageStore&) = delete;
  PageStore& operator=(const PageStore&) = delete;

  int SchemaVersion();
  std::string JournalMode();  // "wal" for files; "memory" for ":memory:"

  // Takes an exclusive advisory lock (flock) on the store file, held until
  // this PageStore is destroyed; readers (rank, audit, diff) are not
  // blocked. Fails with "another crawl is using FILE" when another
  // PageStore, in any process, holds it. Nothing to lock for ":memory:".
  Status LockForCrawl();

  Status BeginRun(std::string_view args, int64_t* run_id);
  Status FinishRun(int64_t run_id, std::string_view outcome);
  // Returns the existing site with this host, or adds it.
  Status AddSite(std::string_view seed_url, std::string_view host, int64_t* site_id);
  // Commits one page (its own transaction). Fills sha256 when empty.
  Status AddPage(const PageRecord& page, int64_t* page_id = nullptr);
  Status LogFetch(const FetchLogEntry& entry);

  Status ListRuns(std::vector<RunInfo>* runs);
  Status ListSites(std::vector<SiteInfo>* sites);
  // The latest fetch of each URL of a site, in URL order; with `as_of_run`,
  // only fetches from runs up to and including it. Bodies are loaded only
  // when `with_bodies`.
  Status LatestPages(int64_t site_id, std::optional<int64_t> as_of_run, bool with_bodies,
                     std::vector<PageRecord>* pages);
  Status ReadFetchLog(int64_t run_id, std::vector<FetchLogEntry>* entries);

 private:
  PageStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Init(bool writable);
  Status Exec(const char* sql);
  Status Error(std::string_view what);

  sqlite3* db_;
  std::string path_;
  int lock_fd_ = -1;  // closed only after sqlite3_close: see LockForCrawl
};

}  // namespace clinicrank

#endif  // CLINICRANK_STORE_STORE_H_
