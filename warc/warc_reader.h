// Reads HTML responses out of a WARC file (ISO 28500, WARC/1.0 and 1.1),
// plain or gzip (one gzip member per record, or one for the whole file), from a
// path or stdin, one record at a time so memory stays bounded however large the
// archive. Only `response` records holding an HTTP response with an HTML
// Content-Type are returned; everything else is skipped.
#ifndef CLINICRANK_WARC_WARC_READER_H_
#define CLINICRANK_WARC_WARC_READER_H_

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace clinicrank {

struct WarcPage {
  std::string url;           // WARC-Target-URI
  std::string fetched_at;    // WARC-Date
  std::string content_type;  // the HTTP Content-Type header
  int status = 0;            // the HTTP status code
  std::string body;          // de-chunked HTTP body
};

class WarcReader {
 public:
  // Records whose block exceeds `max_record_bytes` are skipped with a warning.
  // Default: 64 MiB.
  explicit WarcReader(std::FILE* in, size_t max_record_bytes = 64u << 20);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // The next HTML response, or false at the end of input (or on an error that
  // makes the rest unreadable, reported in warnings()).
  bool Next(WarcPage* page);
  // Problems met so far (malformed records, skipped records, gzip errors).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  class ByteSource;
  bool ReadRecordHeader(std::vector<std::pair<std::string, std::string>>* headers,
                        size_t* content_length);
  std::unique_ptr<ByteSource> source_;
  size_t max_record_bytes_;
  size_t record_index_ = 0;
  std::vector<std::string> warnings_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_WARC_READER_H_
