// Fetcher on libcurl's multi interface: one multi handle drives every
// transfer from the caller's thread (curl docs/examples/10-at-a-time.c).
//
// Settings that make it a polite, safe crawler client: http and https only
// (CURLOPT_PROTOCOLS_STR and CURLOPT_REDIR_PROTOCOLS_STR), no automatic
// redirects, Accept-Encoding gzip and deflate with the body kept as received
// (for the WARC) and decoded here, the size cap applied to the decoded bytes,
// connect/total/low-speed timeouts, a 256 KiB cap on the header block,
// failures sorted by kind (dns, connect, tls, timeout, network), and
// connection reuse through the multi handle's shared connection cache. At most one connection per host
// (CURLMOPT_MAX_HOST_CONNECTIONS), matching the crawler's one request in
// flight per site.
//
// Raw capture, for the WARC archive: HTTP/1.1 only (so what is kept is the
// bytes that travelled, not a translation of HTTP/2 frames); libcurl's
// transfer and content decoding are off, so the write callback sees the body
// exactly as received (chunked, gzip or deflate - the codings we accept) and
// keeps it in `raw_body`, capped at max_bytes; the body is then decoded here
// (warc/http_message.h), the cap applying again to the decoded bytes. The
// request header block comes from the debug callback, the IP from
// CURLINFO_PRIMARY_IP.
//
// REQUIRES: curl_global_init has been called (app/main.cpp does it once).
#ifndef CLINICRANK_CRAWLER_CURL_FETCHER_H_
#define CLINICRANK_CRAWLER_CURL_FETCHER_H_

#include <map>
#include <memory>

#include "crawler/fetcher.h"

namespace clinicrank {

class CurlFetcher : public Fetcher {
 public:
  CurlFetcher();
  ~CurlFetcher() override;  // aborts transfers still in flight
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  void Start(FetchRequest request) override;
  std::vector<FetchResponse> Poll(std::chrono::milliseconds timeout) override;
  size_t InFlight() const override { return transfers_.size(); }

  struct Transfer;  // per-handle state, reached through CURLOPT_PRIVATE

 private:
  // Moves the transfers libcurl reports done into `done`.
  void CollectFinished(std::vector<FetchResponse>* done);

  void* multi_;                                           // CURLM*
  std::map<void*, std::unique_ptr<Transfer>> transfers_;  // keyed by CURL*
  std::vector<FetchResponse> failed_to_start_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_CURL_FETCHER_H_
