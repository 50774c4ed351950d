// Reads WARC files (ISO 28500: WARC/1.0 and WARC/1.1) record by record,
// plain or gzip (one gzip member per record, or one for the whole file),
// from a path or stdin. Lenient, as archives in the wild need: a WARC-Target-URI
// in angle brackets (as GNU wget 1.21 writes it) is unwrapped, LF-only line
// ends are accepted, and a record that cannot be read - a bad or negative
// Content-Length, a block that runs past the end of the file or of its gzip
// member, a corrupt or truncated gzip member, bytes that are not a record at
// all - becomes a warning that names its byte offset, after which the reader
// finds the next record (the next gzip member, or the next "WARC/" line) and
// goes on.
//
// Memory stays bounded whatever the input: a block over
// `max_record_bytes` is skipped (only its first 64 KiB kept, for its HTTP
// header), with a warning; a plain file is skipped by seeking when it can be.
#ifndef CLINICRANK_WARC_WARC_READER_H_
#define CLINICRANK_WARC_WARC_READER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinicrank {

struct WarcRecord {
  uint64_t offset = 0;  // where the record starts in the file (gzip: its member)
  uint64_t length = 0;  // bytes it takes in the file, trailing newlines and gzip framing included
  std::string version;  // "WARC/1.0", "WARC/1.1"
  // Header fields, names lower-cased, values trimmed, in record order.
  std::vector<std::pair<std::string, std::string>> fields;
  std::string type;          // WARC-Type, lower-cased: response, request, revisit, …
  std::string target_uri;    // WARC-Target-URI, any <…> removed
  std::string date;          // WARC-Date
  std::string record_id;     // WARC-Record-ID
  std::string content_type;  // Content-Type of the block
  uint64_t content_length = 0;
  // The block: whole, or only its first kWarcBlockPrefix bytes when the
  // record was over the size limit (block_complete false).
  std::string block;
  bool block_complete = true;

  // The first header field with this lower-case name, or nullptr.
  const std::string* Field(std::string_view lower_name) const;
};

inline constexpr size_t kWarcBlockPrefix = 64 * 1024;

struct WarcReaderOptions {
  // Blocks larger than this are skipped with a warning (their first
  // kWarcBlockPrefix bytes kept). Default: 64 MiB.
  uint64_t max_record_bytes = 64u << 20;
  // Warnings kept; later ones are counted, not stored. Default: 1000.
  size_t max_warnings = 1000;
};

class WarcReader {
 public:
  // Does not own `in`. REQUIRES: `in` is open for binary reading and
  // outlives the reader.
  explicit WarcReader(std::FILE* in, WarcReaderOptions options = {});
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // The next record that could be read, or false at the end of input.
  bool NextRecord(WarcRecord* record);

  // "offset N: what was wrong", in input order.
  const std::vector<std::string>& warnings() const { return warnings_; }
  size_t warning_count() const { return warning_count_; }
  bool gzip() const;

 private:
  class ByteSource;
  enum class Header { kOk, kEnd, kBad };
  Header ReadHeader(WarcRecord* record);
  bool ReadBlock(WarcRecord* record);
  void Warn(uint64_t offset, const std::string& message);
  void Resync();

  std::unique_ptr<ByteSource> source_;
  WarcReaderOptions options_;
  std::vector<std::string> warnings_;
  size_t warning_count_ = 0;
  bool quiet_skip_ = false;
};

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_WARC_READER_H_
