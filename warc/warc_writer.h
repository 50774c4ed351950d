// Writes crawled pages as a WARC/1.1 file (ISO 28500): one warcinfo record,
// then one `response` record per page holding the HTTP status line, headers
// and body. With gzip, each record is its own gzip member (the .warc.gz
// convention), so readers can seek and `extract --warc` can stream it.
#ifndef CLINICRANK_WARC_WARC_WRITER_H_
#define CLINICRANK_WARC_WARC_WRITER_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace clinicrank {

struct WarcResponse {
  std::string url;         // WARC-Target-URI
  std::string fetched_at;  // WARC-Date, ISO 8601 UTC
  int status = 200;
  std::string headers;     // the response header block as received (status line optional)
  std::string body;        // the decoded body
};

class WarcWriter {
 public:
  // Does not own `out`. REQUIRES: `out` is open for binary writing.
  WarcWriter(std::FILE* out, bool gzip);
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  bool WriteInfo(std::string_view software, std::string_view date);
  // Content-Length, Content-Encoding and Transfer-Encoding of the stored
  // headers are rewritten, since the body is stored decoded.
  bool WriteResponse(const WarcResponse& response);

 private:
  bool WriteRecord(std::string_view type, std::string_view uri, std::string_view date,
                   std::string_view content_type, std::string_view block);
  std::FILE* out_;
  bool gzip_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_WARC_WRITER_H_
