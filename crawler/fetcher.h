// The crawler's only door to the network: start HTTP GETs, collect the ones
// that finished. Asynchronous so that one thread can keep many hosts busy;
// an interface so tests can substitute a fake (ninja's CommandRunner idea).
// The real implementation is CurlFetcher (crawler/curl_fetcher.h).
//
// A Fetcher never follows redirects: a 3xx comes back with `redirect_url`
// and the crawler decides, so every hop is re-checked against scope and
// robots.txt.
#ifndef CLINICRANK_CRAWLER_FETCHER_H_
#define CLINICRANK_CRAWLER_FETCHER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "crawler/fetch_archive_ref.h"

namespace clinicrank {

struct FetchRequest {
  uint64_t id = 0;  // chosen by the caller, echoed in the response
  std::string url;  // absolute, normalized
  std::string user_agent;
  // Default: 10 s to connect, 30 s in total; a transfer slower than 100
  // bytes/s for `timeout_seconds` is also abandoned.
  double connect_timeout_seconds = 10;
  double timeout_seconds = 30;
  // The decoded body is capped here; past it the transfer is aborted and the
  // response has kind kTooLarge (with the first `max_bytes` kept).
  // Default: 5 MiB.
  size_t max_bytes = 5 * 1024 * 1024;
  // Past max_bytes, keep the first max_bytes as a complete answer (kOk,
  // `truncated` set) rather than failing with kTooLarge: robots.txt (RFC 9309
  // section 2.5: parse at least the first 500 KiB) and sitemaps. A declared
  // Content-Length over the cap is then read up to the cap, not refused.
  // Default: false.
  bool keep_prefix = false;
  // Abort a 2xx response as soon as its Content-Type turns out not to be
  // HTML (kind kSkipped). Default: false (robots.txt and sitemaps are not HTML).
  bool html_only = false;
};

struct FetchResponse {
  uint64_t id = 0;
  std::string url;
  // kOk whenever an HTTP response arrived, whatever its status code;
  // otherwise kDns, kConnect, kTls, kTimeout, kNetwork (the connection
  // broke), kTooLarge (body or headers past their cap) or kSkipped (not HTML).
  Status status;
  int http_status = 0;
  std::string content_type;                   // the Content-Type header, with any charset
  std::string headers;                        // the final response's header block
  std::string redirect_url;                   // absolute Location of a 3xx, "" otherwise
  std::optional<double> retry_after_seconds;  // from Retry-After
  std::string body;                           // decoded (Content-Encoding undone)
  bool truncated = false;                     // keep_prefix: the body was cut at max_bytes
  double elapsed_seconds = 0;
  // What went over the wire, for the archive (crawler/fetch_archive.h): the
  // request header block as sent, the body as received (still chunked or
  // compressed if it came so; capped like `body`), the server's IP address
  // and when the request started (ISO 8601 UTC). A fake fetcher may leave
  // them empty.
  std::string request_headers;
  std::string raw_body;
  std::string ip;
  std::string started_at;
  // Filled by the crawler once the exchange is archived.
  ArchiveRef archived;
};

class Fetcher {
 public:
  virtual ~Fetcher() = default;
  // Starts a transfer; its response comes out of a later Poll.
  virtual void Start(FetchRequest request) = 0;
  // Drives transfers for up to `timeout` and returns those that finished
  // (possibly none). Returns at once when some already have.
  virtual std::vector<FetchResponse> Poll(std::chrono::milliseconds timeout) = 0;
  virtual size_t InFlight() const = 0;
};

// True for Content-Types the crawler parses: text/html,
// application/xhtml+xml, and a missing header (left to the parser to sniff).
bool IsHtmlContentType(std::string_view content_type);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_FETCHER_H_
