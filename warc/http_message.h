// HTTP/1.x messages as they travel and as WARC records keep them (RFC 9112):
// where the header block ends, the status line and header fields, and the
// payload decoded for reading - chunked transfer coding (RFC 9112 section 7.1)
// undone, then the content codings gzip, x-gzip and deflate (RFC 9110
// section 8.4.1). Used by the crawler to decode what it received raw, and by
// the WARC reader and writer. Pure; every output is capped.
#ifndef CLINICRANK_WARC_HTTP_MESSAGE_H_
#define CLINICRANK_WARC_HTTP_MESSAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinicrank {

struct HttpHead {
  std::string start_line;  // "HTTP/1.1 200 OK" or "GET / HTTP/1.1", no CRLF
  int status = 0;          // a response's status code; 0 when absent or unreadable
  // Field names lower-cased, values trimmed, in message order. Lines without
  // a colon are ignored.
  std::vector<std::pair<std::string, std::string>> fields;

  // The first field with this lower-case name, or nullptr.
  const std::string* Field(std::string_view lower_name) const;
};

// The offset just past the blank line that ends the header block (CRLF CRLF,
// or a bare LF LF as lenient writers produce), or npos when there is none.
size_t HttpHeadEnd(std::string_view message);

// Parses the start line and fields of `head` (the bytes before HttpHeadEnd).
HttpHead ParseHttpHead(std::string_view head);

struct DecodedBody {
  std::string bytes;
  bool truncated = false;  // the decoded body passed `max_bytes` and was cut there
  // "" when decoded cleanly; otherwise what went wrong ("chunked framing is
  // damaged", "unsupported Content-Encoding br", "gzip data is corrupt"). The
  // bytes are then what could be decoded, or the raw payload for an
  // unsupported coding.
  std::string problem;
};

// The body a reader sees, from the payload bytes as received: de-chunked when
// Transfer-Encoding says chunked, then decompressed per Content-Encoding.
// Bounded: never more than `max_bytes` of output whatever the input (a gzip
// bomb stops there, truncated = true).
DecodedBody DecodeHttpBody(const HttpHead& head, std::string_view payload, size_t max_bytes);

// Chunked transfer coding → the data. Returns false when the framing is
// damaged or ends early (the data so far is still in `out`). Stops at
// `max_bytes` of output (returns true, `truncated` set).
bool Dechunk(std::string_view in, size_t max_bytes, std::string* out, bool* truncated);

// gzip, x-gzip or zlib/raw deflate → plain, at most `max_bytes` (then
// `truncated`). False when the data is corrupt (what inflated so far is kept).
bool Inflate(std::string_view in, size_t max_bytes, std::string* out, bool* truncated);

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_HTTP_MESSAGE_H_
