// Writes WARC/1.1 files (ISO 28500:2017; IIPC "WARC File Format 1.1") as web
// archivists do: a `warcinfo` record first, then for every HTTP exchange a
// `request` record and a `response` record that name each other in
// WARC-Concurrent-To, each holding the HTTP message exactly as it travelled
// (header bytes and body as received: still chunked or compressed if it came
// so). Every record carries WARC-Record-ID (a random urn:uuid),
// WARC-Date, WARC-Target-URI, WARC-IP-Address when known, WARC-Warcinfo-ID
// and WARC-Block-Digest; responses also WARC-Payload-Digest ("sha1:" base32,
// warc/digest.h). A fetch whose payload is identical to an earlier capture of
// the same URL is written as a `revisit` record (profile
// identical-payload-digest) holding only the HTTP header block.
//
// Payload digest: computed over the payload bytes as stored in the record,
// after the HTTP header block - the convention of wget and warcio, so that
// independent tools recompute the same value.
//
// With gzip each record is its own gzip member (the .warc.gz convention), so
// an index can point at a record's offset and a reader can start there. Each
// record is flushed as soon as it is written: a killed crawl leaves whole
// records behind.
#ifndef CLINICRANK_WARC_WARC_WRITER_H_
#define CLINICRANK_WARC_WARC_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinicrank {

// Where a record went.
struct WarcRecordRef {
  std::string record_id;       // "<urn:uuid:…>"
  uint64_t offset = 0;         // of the record (its gzip member) in the file
  uint64_t length = 0;         // bytes the record takes in the file
  std::string payload_digest;  // "sha1:…", for response and revisit records
};

// One HTTP exchange, as it went over the wire.
struct WarcCapture {
  std::string url;            // WARC-Target-URI
  std::string date;           // WARC-Date: ISO 8601 UTC, e.g. 2026-11-01T10:00:00.123Z
  std::string ip;             // WARC-IP-Address; "" when unknown
  std::string request;        // the request header block as sent; "" writes none
  std::string response_head;  // status line and fields up to the blank line, as received
  std::string payload;        // the body as received
  // WARC-Truncated: "" for a complete payload, else "length" (over the size
  // cap), "time", "disconnect" or "unspecified".
  std::string truncated;
};

// The capture a revisit record refers to.
struct WarcOriginal {
  std::string uri;        // WARC-Refers-To-Target-URI
  std::string date;       // WARC-Refers-To-Date
  std::string record_id;  // WARC-Refers-To; "" when unknown
};

class WarcWriter {
 public:
  // Does not own `out`. `start_offset` is where `out` stands in the file
  // (non-zero when appending). REQUIRES: `out` is open for binary writing.
  WarcWriter(std::FILE* out, bool gzip, uint64_t start_offset = 0);
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // The warcinfo record: `fields` as "name: value" lines (software, format,
  // the crawl's options …). Later records point to it in WARC-Warcinfo-ID.
  bool WriteWarcinfo(std::string_view filename, std::string_view date,
                     const std::vector<std::pair<std::string, std::string>>& fields,
                     WarcRecordRef* ref = nullptr);
  // A request record (when `capture.request` is set) and a response record,
  // or with `revisit_of` a revisit record instead of the response. `ref`
  // receives the response's (or revisit's) place. False on a write error.
  bool WriteCapture(const WarcCapture& capture, const WarcOriginal* revisit_of,
                    WarcRecordRef* ref);

  uint64_t offset() const { return offset_; }

 private:
  bool WriteRecord(const std::string& header_fields, std::string_view block, WarcRecordRef* ref);
  std::FILE* out_;
  bool gzip_;
  uint64_t offset_;
  std::string warcinfo_id_;
};

// A new random record id, "<urn:uuid:…>" (RFC 4122 version 4).
std::string NewWarcRecordId();

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_WARC_WRITER_H_
