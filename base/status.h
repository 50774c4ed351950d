// The result of fallible I/O in the crawler and the store: a kind plus a
// message that says where (STYLE.md "Errors"). Never thrown; only app/ turns
// it into an exit status.
#ifndef CLINICRANK_BASE_STATUS_H_
#define CLINICRANK_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace clinicrank {

enum class StatusKind {
  kOk,
  kNetwork,       // DNS, connect, TLS, reset: the request never got an answer
  kHttp,          // the server answered with an error status
  kRobotsDenied,  // robots.txt forbids the URL (or could not be fetched: 5xx)
  kTooLarge,      // the body passed the size cap; the transfer was aborted
  kTimeout,       // connect, total or low-speed timeout
  kStore,         // SQLite failed
  kSkipped,       // deliberately not fetched: out of scope, not HTML, trap
  kUsage,         // bad options handed to a library
};

// "ok", "network", "http", "robots-denied", "too-large", "timeout", "store",
// "skipped", "usage": the names used in the fetch log and on stderr.
std::string_view StatusKindName(StatusKind kind);

struct Status {
  StatusKind kind = StatusKind::kOk;
  std::string message;

  static Status Ok() { return {}; }
  static Status Error(StatusKind kind, std::string message) { return {kind, std::move(message)}; }
  bool ok() const { return kind == StatusKind::kOk; }
  // "store: cannot open x.db: unable to open database file"
  std::string ToString() const;
};

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_STATUS_H_
