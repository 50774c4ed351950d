// HTML pages out of a WARC file, for `extract --warc`: `response` records
// holding a 2xx HTTP response whose Content-Type is HTML (or missing, as the
// crawler treats it), `resource` records of an HTML type, and `revisit`
// records whose identical payload appeared earlier in the same input. Bodies
// are decoded (chunked, gzip, deflate: warc/http_message.h). Everything else
// is passed over; a record that cannot be used is a warning with its offset.
#ifndef CLINICRANK_WARC_WARC_PAGES_H_
#define CLINICRANK_WARC_WARC_PAGES_H_

#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "warc/warc_reader.h"

namespace clinicrank {

struct WarcPage {
  std::string url;           // WARC-Target-URI
  std::string fetched_at;    // WARC-Date
  std::string content_type;  // the HTTP Content-Type (a resource's own Content-Type)
  int status = 0;            // the HTTP status code; 200 for a resource
  std::string body;          // decoded
  std::string ip;            // WARC-IP-Address, "" when absent
  std::string record_type;   // response, resource or revisit
  std::string record_id;     // WARC-Record-ID
  uint64_t offset = 0;       // of the record in the file
};

// True for text/html, application/xhtml+xml and a missing type.
bool IsHtmlMediaType(std::string_view content_type);

// Bodies of earlier HTML responses by payload digest, for revisit records;
// bounded (64 MiB), oldest dropped first. Shared by the readers of several
// files read as one input, so a revisit in one file finds its capture in an
// earlier one.
struct RevisitCache {
  std::map<std::string, std::string> bodies;
  std::deque<std::string> order;
  size_t bytes = 0;
};

class WarcPageReader {
 public:
  // Does not own `in`; see WarcReader. `shared` (not owned): a cache kept
  // across readers; null for this reader's own.
  explicit WarcPageReader(std::FILE* in, WarcReaderOptions options = {},
                          RevisitCache* shared = nullptr);

  // The next HTML page, or false at the end of input.
  bool Next(WarcPage* page);

  // The reader's warnings and the pages' own ("offset N: …").
  std::vector<std::string> warnings() const;
  size_t records_read() const { return records_; }

 private:
  bool Use(const WarcRecord& record, WarcPage* page);
  void Remember(const std::string& digest, const WarcPage& page);

  WarcReader reader_;
  uint64_t max_body_bytes_;
  size_t records_ = 0;
  std::vector<std::string> warnings_;
  RevisitCache own_cache_;
  RevisitCache* cache_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_WARC_PAGES_H_
