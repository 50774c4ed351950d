// Builders for WARC test input: records by hand (so tests control every
// byte, including broken ones), gzip members, and reading a buffer back.
#ifndef CLINICRANK_TESTS_WARC_WARC_TESTING_H_
#define CLINICRANK_TESTS_WARC_WARC_TESTING_H_

#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "warc/warc_pages.h"
#include "warc/warc_reader.h"

namespace clinicrank::testing {

inline std::string WarcRecordBytes(const std::string& type, const std::string& uri,
                                   const std::string& block,
                                   const std::string& content_type =
                                       "application/http; msgtype=response",
                                   const std::string& version = "WARC/1.0",
                                   const std::string& length = "") {
  return version + "\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2026-11-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + type + uri +
         ">\r\nContent-Type: " + content_type + "\r\nContent-Length: " +
         (length.empty() ? std::to_string(block.size()) : length) + "\r\n\r\n" + block + "\r\n\r\n";
}

inline std::string HttpOk(const std::string& content_type, const std::string& body,
                          const std::string& extra_headers = "", int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type + "\r\n" +
         extra_headers + "\r\n" + body;
}

inline std::string GzipBytes(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Every record of `bytes`, with the reader's warnings.
inline std::vector<WarcRecord> ReadRecords(const std::string& bytes,
                                           std::vector<std::string>* warnings = nullptr,
                                           WarcReaderOptions options = {}) {
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  std::vector<WarcRecord> records;
  if (f == nullptr) return records;  // fmemopen refuses size 0
  {
    WarcReader reader(f, options);
    WarcRecord record;
    while (reader.NextRecord(&record)) records.push_back(record);
    if (warnings) *warnings = reader.warnings();
  }
  std::fclose(f);
  return records;
}

// Every HTML page of `bytes`, with warnings.
inline std::vector<WarcPage> ReadPages(const std::string& bytes,
                                       std::vector<std::string>* warnings = nullptr) {
  std::vector<WarcPage> pages;
  if (warnings) warnings->clear();
  if (bytes.empty()) return pages;
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (f == nullptr) return pages;
  {
    WarcPageReader reader(f);
    WarcPage page;
    while (reader.Next(&page)) pages.push_back(page);
    if (warnings) *warnings = reader.warnings();
  }
  std::fclose(f);
  return pages;
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_WARC_WARC_TESTING_H_
