#include "store/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cerrno>
#include <utility>

#include "base/sha256.h"

namespace clinicrank {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  args TEXT NOT NULL DEFAULT '',
  outcome TEXT,
  continues INTEGER);
CREATE TABLE IF NOT EXISTS sites(
  id INTEGER PRIMARY KEY,
  seed_url TEXT NOT NULL,
  host TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS pages(
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  url TEXT NOT NULL,
  final_url TEXT NOT NULL,
  status INTEGER NOT NULL,
  content_type TEXT NOT NULL DEFAULT '',
  headers TEXT NOT NULL DEFAULT '',
  fetched_at TEXT NOT NULL,
  body BLOB,
  sha256 TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  depth INTEGER NOT NULL DEFAULT 0,
  ip TEXT NOT NULL DEFAULT '',
  warc_file TEXT NOT NULL DEFAULT '',
  warc_record_id TEXT NOT NULL DEFAULT '',
  warc_offset INTEGER NOT NULL DEFAULT -1,
  payload_digest TEXT NOT NULL DEFAULT '',
  warc_refers_to TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS pages_by_site_url ON pages(site_id, url, id);
CREATE TABLE IF NOT EXISTS fetch_log(
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES runs(id),
  url TEXT NOT NULL,
  status INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  elapsed_ms INTEGER NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fetch_log_by_run ON fetch_log(run_id, id);
INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '2');
PRAGMA user_version = 2;
)sql";

// Version 1 → 2: provenance columns on pages, runs.continues.
constexpr const char* kMigrateV1ToV2 = R"sql(
ALTER TABLE runs ADD COLUMN continues INTEGER;
ALTER TABLE pages ADD COLUMN ip TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN warc_file TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN warc_record_id TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN warc_offset INTEGER NOT NULL DEFAULT -1;
ALTER TABLE pages ADD COLUMN payload_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN warc_refers_to TEXT NOT NULL DEFAULT '';
INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '2');
PRAGMA user_version = 2;
)sql";

// The columns LatestPages reads; a version 1 file has no provenance columns,
// so they read as their defaults.
constexpr const char* kProvenanceV2 =
    "p.ip, p.warc_file, p.warc_record_id, p.warc_offset, p.payload_digest, p.warc_refers_to";
constexpr const char* kProvenanceV1 = "'', '', '', -1, '', ''";

// A prepared statement, finalized on destruction. Bind indexes are 1-based,
// column indexes 0-based, as in SQLite.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  void Bind(int index, std::string_view text) {
    sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  void BindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  }
  void Bind(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
  void BindNull(int index) { sqlite3_bind_null(stmt_, index); }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  int64_t Int(int column) { return sqlite3_column_int64(stmt_, column); }
  std::string Text(int column) {
    const auto* text = sqlite3_column_text(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text),
                              static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
  }
  std::string Blob(int column) {
    const void* data = sqlite3_column_blob(stmt_, column);
    return data ? std::string(static_cast<const char*>(data),
                              static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

std::unique_ptr<PageStore> PageStore::Open(const std::string& path, Mode mode, Status* status) {
  // A store is a regular file: SQLite would block on a FIFO (opening it
  // waits for a writer) and read a device such as /dev/zero forever.
  struct stat st;
  if (path != ":memory:" && ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    *status = Status::Error(StatusKind::kStore,
                            "cannot open " + path + ": not a regular file (a store is a SQLite "
                                                    "database file)");
    return nullptr;
  }
  const bool writable = mode == Mode::kReadWrite;
  const int flags = writable ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    *status = Status::Error(StatusKind::kStore, "cannot open " + path + ": " +
                                                    (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return nullptr;
  }
  std::unique_ptr<PageStore> store(new PageStore(db, path));
  *status = store->Init(writable);
  if (!status->ok()) {
    status->message = path + ": " + status->message;
    return nullptr;
  }
  return store;
}

PageStore::~PageStore() {
  sqlite3_close(db_);
  // After SQLite is done with the file: closing any descriptor of a file
  // drops the process's POSIX locks on it, SQLite's included.
  if (lock_fd_ >= 0) close(lock_fd_);
}

Status PageStore::LockForCrawl() {
  if (lock_fd_ >= 0 || path_.empty() || path_ == ":memory:") return Status::Ok();
  const int fd = open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(StatusKind::kStore, "cannot open " + path_ + " to lock it");
  // flock, not fcntl: independent of SQLite's own fcntl locks on the file.
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const bool busy = errno == EWOULDBLOCK;
    close(fd);
    return Status::Error(StatusKind::kStore, busy ? "another crawl is using " + path_
                                                  : "cannot lock " + path_);
  }
  lock_fd_ = fd;
  return Status::Ok();
}

Status PageStore::Error(std::string_view what) {
  return Status::Error(StatusKind::kStore, std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status PageStore::Exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    Status status = Status::Error(StatusKind::kStore, message ? message : "sqlite error");
    sqlite3_free(message);
    return status;
  }
  return Status::Ok();
}

Status PageStore::Init(bool writable) {
  // Another clinicrank (say `rank --db` during a crawl) may hold the lock
  // briefly; wait rather than fail.
  sqlite3_busy_timeout(db_, 5000);
  const int version = SchemaVersion();
  if (version < 0) return Error("not a clinicrank store (cannot read schema version)");
  if (version > kStoreSchemaVersion) {
    return Status::Error(StatusKind::kStore, "store schema version " + std::to_string(version) +
                                                 " is newer than this clinicrank understands (" +
                                                 std::to_string(kStoreSchemaVersion) +
                                                 "); upgrade clinicrank");
  }
  version_ = version;
  if (!writable) {
    if (version == 0) return Status::Error(StatusKind::kStore, "not a clinicrank store (empty)");
    return Status::Ok();
  }
  if (Status s = Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                      "PRAGMA foreign_keys=ON;");
      !s.ok()) {
    return s;
  }
  if (version == 0) {
    if (Status s = Exec("BEGIN IMMEDIATE;"); !s.ok()) return s;
    if (Status s = Exec(kSchemaV1); !s.ok()) {
      Exec("ROLLBACK;");
      return s;
    }
    version_ = kStoreSchemaVersion;
    return Exec("COMMIT;");
  }
  if (version < kStoreSchemaVersion) return Migrate(version);
  return Status::Ok();
}

Status PageStore::Migrate(int from_version) {
  if (Status s = Exec("BEGIN IMMEDIATE;"); !s.ok()) return s;
  // Another process may have migrated it while we waited for the lock.
  if (SchemaVersion() == from_version && from_version == 1) {
    if (Status s = Exec(kMigrateV1ToV2); !s.ok()) {
      Exec("ROLLBACK;");
      return Status::Error(StatusKind::kStore, "cannot migrate the store from schema version 1: " +
                                                   s.message);
    }
  }
  version_ = kStoreSchemaVersion;
  return Exec("COMMIT;");
}

int PageStore::SchemaVersion() {
  Statement stmt(db_, "PRAGMA user_version;");
  if (!stmt.ok() || stmt.Step() != SQLITE_ROW) return -1;
  return static_cast<int>(stmt.Int(0));
}

std::string PageStore::JournalMode() {
  Statement stmt(db_, "PRAGMA journal_mode;");
  if (!stmt.ok() || stmt.Step() != SQLITE_ROW) return "";
  return stmt.Text(0);
}

Status PageStore::BeginRun(std::string_view args, int64_t* run_id, int64_t continues) {
  Statement stmt(db_,
                 "INSERT INTO runs(started_at, args, continues) "
                 "VALUES(strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?1, ?2);");
  if (!stmt.ok()) return Error("prepare runs insert");
  stmt.Bind(1, args);
  if (continues > 0) {
    stmt.Bind(2, continues);
  } else {
    stmt.BindNull(2);
  }
  if (stmt.Step() != SQLITE_DONE) return Error("begin run");
  *run_id = sqlite3_last_insert_rowid(db_);
  return Status::Ok();
}

Status PageStore::FinishRun(int64_t run_id, std::string_view outcome) {
  Statement stmt(db_,
                 "UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                 "outcome = ?2 WHERE id = ?1;");
  if (!stmt.ok()) return Error("prepare runs update");
  stmt.Bind(1, run_id);
  stmt.Bind(2, outcome);
  if (stmt.Step() != SQLITE_DONE) return Error("finish run");
  return Status::Ok();
}

Status PageStore::AddSite(std::string_view seed_url, std::string_view host, int64_t* site_id) {
  {
    Statement insert(db_, "INSERT OR IGNORE INTO sites(seed_url, host) VALUES(?1, ?2);");
    if (!insert.ok()) return Error("prepare sites insert");
    insert.Bind(1, seed_url);
    insert.Bind(2, host);
    if (insert.Step() != SQLITE_DONE) return Error("add site");
  }
  Statement select(db_, "SELECT id FROM sites WHERE host = ?1;");
  if (!select.ok()) return Error("prepare sites select");
  select.Bind(1, host);
  if (select.Step() != SQLITE_ROW) return Error("find site");
  *site_id = select.Int(0);
  return Status::Ok();
}

Status PageStore::AddPage(const PageRecord& page, int64_t* page_id) {
  Statement stmt(db_,
                 "INSERT INTO pages(site_id, url, final_url, status, content_type, headers, "
                 "fetched_at, body, sha256, run_id, depth, ip, warc_file, warc_record_id, "
                 "warc_offset, payload_digest, warc_refers_to) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17);");
  if (!stmt.ok()) return Error("prepare pages insert");
  stmt.Bind(1, page.site_id);
  stmt.Bind(2, page.url);
  stmt.Bind(3, page.final_url.empty() ? page.url : page.final_url);
  stmt.Bind(4, int64_t{page.status});
  stmt.Bind(5, page.content_type);
  stmt.Bind(6, page.headers);
  stmt.Bind(7, page.fetched_at);
  stmt.BindBlob(8, page.body);
  stmt.Bind(9, page.sha256.empty() ? Sha256Hex(page.body) : page.sha256);
  if (page.run_id > 0) {
    stmt.Bind(10, page.run_id);
  } else {
    stmt.BindNull(10);
  }
  stmt.Bind(11, int64_t{page.depth});
  stmt.Bind(12, page.ip);
  stmt.Bind(13, page.warc_file);
  stmt.Bind(14, page.warc_record_id);
  stmt.Bind(15, page.warc_offset);
  stmt.Bind(16, page.payload_digest);
  stmt.Bind(17, page.warc_refers_to);
  if (stmt.Step() != SQLITE_DONE) return Error("add page " + page.url);
  if (page_id) *page_id = sqlite3_last_insert_rowid(db_);
  return Status::Ok();
}

Status PageStore::LogFetch(const FetchLogEntry& entry) {
  Statement stmt(db_,
                 "INSERT INTO fetch_log(run_id, url, status, error, elapsed_ms, at) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6);");
  if (!stmt.ok()) return Error("prepare fetch_log insert");
  if (entry.run_id > 0) {
    stmt.Bind(1, entry.run_id);
  } else {
    stmt.BindNull(1);
  }
  stmt.Bind(2, entry.url);
  stmt.Bind(3, int64_t{entry.status});
  stmt.Bind(4, entry.error);
  stmt.Bind(5, entry.elapsed_ms);
  stmt.Bind(6, entry.at);
  if (stmt.Step() != SQLITE_DONE) return Error("log fetch " + entry.url);
  return Status::Ok();
}

Status PageStore::ListRuns(std::vector<RunInfo>* runs) {
  Statement stmt(db_,
                 version_ >= 2 ? "SELECT id, started_at, coalesce(finished_at, ''), args, "
                                 "coalesce(outcome, ''), coalesce(continues, 0) FROM runs ORDER BY id;"
                               : "SELECT id, started_at, coalesce(finished_at, ''), args, "
                                 "coalesce(outcome, ''), 0 FROM runs ORDER BY id;");
  if (!stmt.ok()) return Error("prepare runs select");
  runs->clear();
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    runs->push_back(
        {stmt.Int(0), stmt.Text(1), stmt.Text(2), stmt.Text(3), stmt.Text(4), stmt.Int(5)});
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("list runs");
}

Status PageStore::ListSites(std::vector<SiteInfo>* sites) {
  Statement stmt(db_, "SELECT id, seed_url, host FROM sites ORDER BY id;");
  if (!stmt.ok()) return Error("prepare sites select");
  sites->clear();
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    sites->push_back({stmt.Int(0), stmt.Text(1), stmt.Text(2)});
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("list sites");
}

Status PageStore::LatestPages(int64_t site_id, std::optional<int64_t> as_of_run, bool with_bodies,
                              std::vector<PageRecord>* pages) {
  // The newest row per URL: the greatest id among the rows that qualify.
  const std::string sql =
      std::string("SELECT p.id, p.url, p.final_url, p.status, p.content_type, p.headers, "
                  "p.fetched_at, CASE WHEN ?3 THEN p.body END, p.sha256, "
                  "coalesce(p.run_id, 0), p.depth, ") +
      (version_ >= 2 ? kProvenanceV2 : kProvenanceV1) +
      " FROM pages p "
      "JOIN (SELECT max(id) AS id FROM pages WHERE site_id = ?1 "
      "      AND (?2 IS NULL OR run_id <= ?2) GROUP BY url) latest "
      "ON p.id = latest.id ORDER BY p.url;";
  Statement stmt(db_, sql.c_str());
  if (!stmt.ok()) return Error("prepare pages select");
  stmt.Bind(1, site_id);
  if (as_of_run) {
    stmt.Bind(2, *as_of_run);
  } else {
    stmt.BindNull(2);
  }
  stmt.Bind(3, int64_t{with_bodies ? 1 : 0});
  pages->clear();
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    PageRecord page;
    page.id = stmt.Int(0);
    page.site_id = site_id;
    page.url = stmt.Text(1);
    page.final_url = stmt.Text(2);
    page.status = static_cast<int>(stmt.Int(3));
    page.content_type = stmt.Text(4);
    page.headers = stmt.Text(5);
    page.fetched_at = stmt.Text(6);
    page.body = stmt.Blob(7);
    page.sha256 = stmt.Text(8);
    page.run_id = stmt.Int(9);
    page.depth = static_cast<int>(stmt.Int(10));
    page.ip = stmt.Text(11);
    page.warc_file = stmt.Text(12);
    page.warc_record_id = stmt.Text(13);
    page.warc_offset = stmt.Int(14);
    page.payload_digest = stmt.Text(15);
    page.warc_refers_to = stmt.Text(16);
    pages->push_back(std::move(page));
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("read pages");
}

Status PageStore::ReadFetchLog(int64_t run_id, std::vector<FetchLogEntry>* entries) {
  Statement stmt(db_,
                 "SELECT coalesce(run_id, 0), url, status, error, elapsed_ms, at FROM fetch_log "
                 "WHERE run_id = ?1 ORDER BY id;");
  if (!stmt.ok()) return Error("prepare fetch_log select");
  stmt.Bind(1, run_id);
  entries->clear();
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    entries->push_back({stmt.Int(0), stmt.Text(1), static_cast<int>(stmt.Int(2)), stmt.Text(3),
                        stmt.Int(4), stmt.Text(5)});
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("read fetch log");
}

Status PageStore::FindArchivedCapture(std::string_view url, std::string_view payload_digest,
                                      ArchivedCapture* capture, bool* found) {
  *found = false;
  if (version_ < 2) return Status::Ok();
  Statement stmt(db_,
                 "SELECT final_url, fetched_at, warc_record_id FROM pages "
                 "WHERE final_url = ?1 AND payload_digest = ?2 AND warc_record_id != '' "
                 "AND warc_refers_to = '' ORDER BY id DESC LIMIT 1;");
  if (!stmt.ok()) return Error("prepare archived capture select");
  stmt.Bind(1, url);
  stmt.Bind(2, payload_digest);
  const int rc = stmt.Step();
  if (rc == SQLITE_ROW) {
    *capture = {stmt.Text(0), stmt.Text(1), stmt.Text(2)};
    *found = true;
    return Status::Ok();
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("find archived capture");
}

std::vector<CrawlSession> GroupRuns(const std::vector<RunInfo>& runs) {
  std::vector<CrawlSession> sessions;
  for (const RunInfo& run : runs) {
    CrawlSession* parent = nullptr;
    if (run.continues > 0) {
      for (CrawlSession& s : sessions) {
        if (s.last() == run.continues) parent = &s;
      }
    }
    if (!parent) {
      sessions.push_back({});
      parent = &sessions.back();
      parent->started_at = run.started_at;
    }
    parent->run_ids.push_back(run.id);
    parent->complete = run.outcome == "completed";
    parent->finished_at = run.finished_at;
  }
  return sessions;
}

const CrawlSession* FindSession(const std::vector<CrawlSession>& sessions, int64_t id) {
  for (const CrawlSession& s : sessions) {
    for (int64_t run : s.run_ids) {
      if (run == id) return &s;
    }
  }
  return nullptr;
}

const CrawlSession* LatestSession(const std::vector<CrawlSession>& sessions) {
  for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
    if (it->complete) return &*it;
  }
  return sessions.empty() ? nullptr : &sessions.back();
}

}  // namespace clinicrank
