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
  kNetwork,       // the connection broke (reset, nothing received, …): no answer
  kHttp,          // the server answered with an error status
  kRobotsDenied,  // robots.txt forbids the URL (or answered 5xx: nothing allowed)
  kTooLarge,      // the body or the header block passed its cap; transfer aborted
  kTimeout,       // connect, total or low-speed timeout
  kStore,         // SQLite failed
  kSkipped,       // deliberately not fetched: out of scope, not HTML, trap
  kUsage,         // bad options handed to a library
  kDns,           // the host name does not resolve
  kConnect,       // the host resolves but refuses or drops the connection
  kTls,           // the TLS handshake or the certificate check failed
};

// "ok", "network", "http", "robots-denied", "too-large", "timeout", "store",
// "skipped", "usage", "dns", "connect", "tls": the names used in the fetch
// log and on stderr.
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
