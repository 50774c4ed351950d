// Where one fetch was archived: the WARC file, and the id and byte offset of
// the record holding the response (or the revisit record standing for it).
// Kept apart from crawler/fetch_archive.h so fetcher.h needs only this.
#ifndef CLINICRANK_CRAWLER_FETCH_ARCHIVE_REF_H_
#define CLINICRANK_CRAWLER_FETCH_ARCHIVE_REF_H_

#include <cstdint>
#include <string>

namespace clinicrank {

struct ArchiveRef {
  std::string file;            // the WARC file as named on the command line; "" = not archived
  std::string record_id;       // "<urn:uuid:…>"
  int64_t offset = -1;         // of the record (its gzip member)
  std::string payload_digest;  // "sha1:…" of the body as received
  std::string refers_to;       // a revisit's original record id, else ""
};

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_FETCH_ARCHIVE_REF_H_
