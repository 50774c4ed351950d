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
// Schema version 2 (PRAGMA user_version, mirrored in meta.schema_version):
//   meta(key, value)
//   runs(id, started_at, finished_at, args, outcome, continues)
//   sites(id, seed_url, host)   host: the clinic's key (crawler/scope.h
//                               ClinicKey): its registrable domain, or
//                               host:port for IPs and localhost
//   pages(id, site_id, url, final_url, status, content_type, headers,
//         fetched_at, body BLOB, sha256, run_id, depth,
//         ip, warc_file, warc_record_id, warc_offset, payload_digest,
//         warc_refers_to)
//   fetch_log(id, run_id, url, status, error, elapsed_ms, at)
// Version 2 added each page's provenance (server IP; with --warc where its
// record is) and runs.continues. Opening a version 1 file for writing
// migrates it in place (ALTER TABLE, one transaction); read-only opens read
// it as is, with the new fields empty. A file with a newer version is
// refused rather than misread.
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

inline constexpr int kStoreSchemaVersion = 2;

struct RunInfo {
  int64_t id = 0;
  std::string started_at;
  std::string finished_at;  // "" while running, or when the crawl was killed
  std::string args;         // the command line, for the record
  std::string outcome;      // "completed", "interrupted", "failed", or ""
  // The run this one resumed (same command after an interrupted or killed
  // run), or 0. A run and the runs that continue it are one crawl.
  int64_t continues = 0;
};

// One crawl as a reader sees it: a run and the runs that resumed it.
struct CrawlSession {
  std::vector<int64_t> run_ids;  // in order; the first started the crawl
  bool complete = false;         // the last run completed
  std::string started_at;        // of the first run
  std::string finished_at;       // of the last run
  int64_t first() const { return run_ids.front(); }
  int64_t last() const { return run_ids.back(); }
};

// Groups runs (as ListRuns returns them) into crawls, oldest first.
std::vector<CrawlSession> GroupRuns(const std::vector<RunInfo>& runs);
// The crawl holding run `id`, or nullptr.
const CrawlSession* FindSession(const std::vector<CrawlSession>& sessions, int64_t id);
// The latest complete crawl, else the latest; nullptr when there are none.
const CrawlSession* LatestSession(const std::vector<CrawlSession>& sessions);

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
  int depth = 0;   // link distance from the seed
  std::string ip;  // the server's address, "" when unknown
  // With `crawl --warc`: the WARC file (its name as given), the id and byte
  // offset of the response (or revisit) record holding this fetch; "" and
  // -1 otherwise.
  std::string warc_file;
  std::string warc_record_id;
  int64_t warc_offset = -1;
  std::string payload_digest;  // WARC-Payload-Digest of the body as received, "" if not archived
  std::string warc_refers_to;  // for a revisit record: the record holding the payload
};

// An archived response a refetch can point a revisit record at.
struct ArchivedCapture {
  std::string url;
  std::string fetched_at;
  std::string warc_record_id;
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

  // Starts a run. `continues`: the run it resumes (0 for none).
  Status BeginRun(std::string_view args, int64_t* run_id, int64_t continues = 0);
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
  // The latest archived response (not a revisit) of `url` whose payload
  // digest is `payload_digest`; `found` false when there is none.
  Status FindArchivedCapture(std::string_view url, std::string_view payload_digest,
                             ArchivedCapture* capture, bool* found);

 private:
  PageStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Init(bool writable);
  Status Migrate(int from_version);
  Status Exec(const char* sql);
  Status Error(std::string_view what);

  sqlite3* db_;
  int version_ = 0;  // of the file as opened (a read-only v1 file stays 1)
  std::string path_;
  int lock_fd_ = -1;  // closed only after sqlite3_close: see LockForCrawl
};

}  // namespace clinicrank

#endif  // CLINICRANK_STORE_STORE_H_
