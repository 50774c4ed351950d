// FetchArchive into a WARC/1.1 file (warc/warc_writer.h): a warcinfo record
// when the file is opened, then a request and a response record for every
// exchange, or a revisit record when the body is byte-identical to an earlier
// archived capture of the same URL (in this file, or in the store's record of
// earlier crawls: the revisit then points to that record, which stays in the
// earlier file).
//
// The file is opened for appending: naming an existing WARC file (a resumed
// crawl) adds records after its own, never replacing them. A file that
// exists but is not a WARC is refused; bytes after its last whole record (a
// record cut short when a crawl was killed mid-write) are removed first, so
// the file stays valid for strict readers. gzip when the name ends in .gz.
#ifndef CLINICRANK_CRAWLER_WARC_ARCHIVE_H_
#define CLINICRANK_CRAWLER_WARC_ARCHIVE_H_

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "crawler/fetch_archive.h"
#include "warc/warc_writer.h"

namespace clinicrank {

class PageStore;

class WarcArchive : public FetchArchive {
 public:
  // Opens `path` and writes the warcinfo record with `info` fields (software,
  // format, the crawl's options). `store` (may be null) is asked for earlier
  // captures. Returns nullptr with `status` set on failure.
  // REQUIRES: `store` outlives the archive.
  static std::unique_ptr<WarcArchive> Open(const std::string& path,
                                           const std::vector<std::pair<std::string, std::string>>& info,
                                           PageStore* store, Status* status);
  ~WarcArchive() override;
  WarcArchive(const WarcArchive&) = delete;
  WarcArchive& operator=(const WarcArchive&) = delete;

  Status Record(const FetchResponse& response, ArchiveRef* ref) override;
  // Closes the file; a failed final write is reported here.
  Status Close();

  int responses() const { return responses_; }
  int revisits() const { return revisits_; }
  bool appended() const { return appended_; }
  // Bytes of a record cut short (a killed crawl) removed from the end of an
  // existing file before appending.
  uint64_t trimmed() const { return trimmed_; }

 private:
  WarcArchive(std::FILE* file, std::string path, bool gzip, uint64_t offset, PageStore* store);

  std::FILE* file_;
  std::string path_;
  WarcWriter writer_;
  PageStore* store_;
  bool appended_ = false;
  uint64_t trimmed_ = 0;
  int responses_ = 0;
  int revisits_ = 0;
  // Responses written to this file: "url payload-digest" → original.
  std::map<std::string, WarcOriginal> written_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_WARC_ARCHIVE_H_
