#include "crawler/curl_fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>

#include "base/timestamp.h"
#include "warc/http_message.h"

namespace clinicrank {

struct CurlFetcher::Transfer {
  CURL* easy = nullptr;
  FetchRequest request;
  FetchResponse response;
  char error[CURL_ERROR_SIZE] = {};
  bool too_large = false;
  bool headers_too_large = false;
  bool not_html = false;
  bool checked_type = false;
  size_t header_bytes = 0;
  curl_slist* headers = nullptr;
};

namespace {

CURLM* Multi(void* multi) { return static_cast<CURLM*>(multi); }

// Body bytes as received (libcurl's decoding is off). Returning less than
// `size * count` aborts the transfer (CURLE_WRITE_ERROR), which is how the
// cap and the non-HTML skip stop a download early rather than buffering it.
size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<CurlFetcher::Transfer*>(user);
  const size_t bytes = size * count;
  if (!transfer->checked_type) {
    transfer->checked_type = true;
    long code = 0;
    char* type = nullptr;
    curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(transfer->easy, CURLINFO_CONTENT_TYPE, &type);
    if (transfer->request.html_only && code >= 200 && code < 300 &&
        !IsHtmlContentType(type ? type : "")) {
      transfer->not_html = true;
      return 0;
    }
  }
  std::string& body = transfer->response.raw_body;
  const size_t room =
      transfer->request.max_bytes - std::min(body.size(), transfer->request.max_bytes);
  if (bytes > room) {
    body.append(data, room);
    transfer->too_large = true;
    return 0;
  }
  body.append(data, bytes);
  return bytes;
}

// Header blocks past this are refused (issue 13: a 1 MB header was reported
// as "Out of memory" and retried). Real servers send a few KiB.
constexpr size_t kMaxHeaderBytes = 256 * 1024;
// Of the final header block, this much is kept for the store.
constexpr size_t kKeptHeaderBytes = 64 * 1024;

// Header lines; a new status line starts a new block, so `headers` ends up
// holding only the final response's (after 100 Continue, say). Returning
// short aborts the transfer (CURLE_WRITE_ERROR).
size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<CurlFetcher::Transfer*>(user);
  const size_t bytes = size * count;
  transfer->header_bytes += bytes;
  if (transfer->header_bytes > kMaxHeaderBytes) {
    transfer->headers_too_large = true;
    return 0;
  }
  std::string_view line(data, bytes);
  if (line.starts_with("HTTP/")) transfer->response.headers.clear();
  if (transfer->response.headers.size() + bytes <= kKeptHeaderBytes) {
    transfer->response.headers.append(line);
  }
  return bytes;
}

// The request header block as libcurl sent it (CURLINFO_HEADER_OUT).
int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  if (type != CURLINFO_HEADER_OUT) return 0;
  auto* transfer = static_cast<CurlFetcher::Transfer*>(user);
  std::string& out = transfer->response.request_headers;
  if (out.size() + size <= 64 * 1024) out.append(data, size);
  return 0;
}

long Millis(double seconds) { return static_cast<long>(std::max(1.0, seconds * 1000)); }

void Configure(CurlFetcher::Transfer* t) {
  CURL* easy = t->easy;
  const FetchRequest& r = t->request;
  curl_easy_setopt(easy, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(easy, CURLOPT_PRIVATE, t);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->error);
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  curl_easy_setopt(easy, CURLOPT_HTTP_CONTENT_DECODING, 0L);
  curl_easy_setopt(easy, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
  curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, OnDebug);
  curl_easy_setopt(easy, CURLOPT_DEBUGDATA, t);
  curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);  // calls OnDebug; prints nothing itself
  curl_easy_setopt(easy, CURLOPT_USERAGENT, r.user_agent.c_str());
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, Millis(r.connect_timeout_seconds));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, Millis(r.timeout_seconds));
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 100L);
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                   std::max(1L, static_cast<long>(r.timeout_seconds)));
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, t);
  // A server that claims a huge Content-Length is refused before any body,
  // unless the caller wants the first max_bytes anyway (robots.txt).
  if (!r.keep_prefix) {
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(r.max_bytes));
  }
  t->headers = curl_slist_append(
      nullptr, "Accept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1");
  t->headers = curl_slist_append(t->headers, "Accept-Language: en,es;q=0.8,*;q=0.5");
  t->headers = curl_slist_append(t->headers, "Accept-Encoding: gzip, deflate");
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->headers);
}

// The StatusKind of a failed transfer, for the fetch log's error kinds.
StatusKind KindOf(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return StatusKind::kDns;
    case CURLE_COULDNT_CONNECT:
      return StatusKind::kConnect;
    case CURLE_OPERATION_TIMEDOUT:
      return StatusKind::kTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
      return StatusKind::kTls;
    default:
      return StatusKind::kNetwork;
  }
}

void Finish(CurlFetcher::Transfer* t, CURLcode code) {
  FetchResponse& out = t->response;
  long status = 0;
  curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
  out.http_status = static_cast<int>(status);
  char* type = nullptr;
  if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
    out.content_type = type;
  }
  char* location = nullptr;
  if (status >= 300 && status < 400 &&
      curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location) {
    out.redirect_url = location;
  }
  curl_off_t retry_after = 0;
  if (curl_easy_getinfo(t->easy, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK &&
      retry_after > 0) {
    out.retry_after_seconds = static_cast<double>(retry_after);
  }
  double total = 0;
  curl_easy_getinfo(t->easy, CURLINFO_TOTAL_TIME, &total);
  out.elapsed_seconds = total;
  char* ip = nullptr;
  if (curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip) out.ip = ip;

  DecodedBody decoded = DecodeHttpBody(
      ParseHttpHead(out.headers), out.raw_body, t->request.max_bytes);
  out.body = std::move(decoded.bytes);
  if (decoded.truncated) t->too_large = true;
  const bool aborted = t->too_large || t->not_html || code != CURLE_OK;

  const std::string detail = t->error[0] ? std::string(t->error) : curl_easy_strerror(code);
  if (t->too_large && t->request.keep_prefix) {
    out.truncated = true;  // the first max_bytes stand as the answer
  } else if (t->too_large || code == CURLE_FILESIZE_EXCEEDED) {
    out.status = Status::Error(
        StatusKind::kTooLarge,
        "body larger than " + std::to_string(t->request.max_bytes) + " bytes; transfer aborted");
  } else if (t->headers_too_large || code == CURLE_OUT_OF_MEMORY) {
    // libcurl refuses a single header line over 100 KiB with "Out of
    // memory"; either way the server sent a header block no client needs.
    out.status = Status::Error(StatusKind::kTooLarge,
                               "response headers larger than " +
                                   std::to_string(kMaxHeaderBytes / 1024) +
                                   " KiB; transfer aborted (" + detail + ")");
  } else if (t->not_html) {
    out.status = Status::Error(StatusKind::kSkipped, "not HTML (" + out.content_type + ")");
  } else if (code != CURLE_OK) {
    out.status = Status::Error(KindOf(code), detail);
  } else if (!decoded.problem.empty() && !aborted) {
    out.status = Status::Error(StatusKind::kNetwork, "body cannot be decoded: " + decoded.problem);
  }
}

}  // namespace

bool IsHtmlContentType(std::string_view content_type) {
  std::string mime;
  for (char c : content_type) {
    if (c == ';') break;
    if (c != ' ' && c != '\t')
      mime.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return mime.empty() || mime == "text/html" || mime == "application/xhtml+xml";
}

CurlFetcher::CurlFetcher() : multi_(curl_multi_init()) {
  curl_multi_setopt(Multi(multi_), CURLMOPT_MAX_HOST_CONNECTIONS, 1L);
  curl_multi_setopt(Multi(multi_), CURLMOPT_MAXCONNECTS, 64L);
}

CurlFetcher::~CurlFetcher() {
  for (auto& [easy, transfer] : transfers_) {
    curl_multi_remove_handle(Multi(multi_), transfer->easy);
    curl_easy_cleanup(transfer->easy);
    curl_slist_free_all(transfer->headers);
  }
  curl_multi_cleanup(Multi(multi_));
}

void CurlFetcher::Start(FetchRequest request) {
  auto transfer = std::make_unique<Transfer>();
  transfer->request = std::move(request);
  transfer->response.id = transfer->request.id;
  transfer->response.url = transfer->request.url;
  transfer->response.started_at = UtcNow();
  transfer->easy = curl_easy_init();
  if (!transfer->easy || !multi_) {
    transfer->response.status = Status::Error(StatusKind::kNetwork, "cannot create a curl handle");
    failed_to_start_.push_back(std::move(transfer->response));
    if (transfer->easy) curl_easy_cleanup(transfer->easy);
    return;
  }
  Configure(transfer.get());
  if (curl_multi_add_handle(Multi(multi_), transfer->easy) != CURLM_OK) {
    transfer->response.status = Status::Error(StatusKind::kNetwork, "cannot start transfer");
    failed_to_start_.push_back(std::move(transfer->response));
    curl_easy_cleanup(transfer->easy);
    curl_slist_free_all(transfer->headers);
    return;
  }
  CURL* key = transfer->easy;
  transfers_.emplace(key, std::move(transfer));
}

std::vector<FetchResponse> CurlFetcher::Poll(std::chrono::milliseconds timeout) {
  std::vector<FetchResponse> done = std::move(failed_to_start_);
  failed_to_start_.clear();
  int running = 0;
  curl_multi_perform(Multi(multi_), &running);
  CollectFinished(&done);
  // Wait only when nothing has finished: a transfer completed by the
  // perform above is handed back now, not after the poll's timeout.
  if (done.empty()) {
    curl_multi_poll(Multi(multi_), nullptr, 0, static_cast<int>(timeout.count()), nullptr);
    curl_multi_perform(Multi(multi_), &running);
    CollectFinished(&done);
  }
  return done;
}

void CurlFetcher::CollectFinished(std::vector<FetchResponse>* done) {
  int queued = 0;
  while (CURLMsg* message = curl_multi_info_read(Multi(multi_), &queued)) {
    if (message->msg != CURLMSG_DONE) continue;
    auto it = transfers_.find(message->easy_handle);
    if (it == transfers_.end()) continue;
    Transfer* transfer = it->second.get();
    Finish(transfer, message->data.result);
    curl_multi_remove_handle(Multi(multi_), transfer->easy);
    curl_easy_cleanup(transfer->easy);
    curl_slist_free_all(transfer->headers);
    done->push_back(std::move(transfer->response));
    transfers_.erase(it);
  }
}

}  // namespace clinicrank
