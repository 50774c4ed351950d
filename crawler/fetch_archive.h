// The crawler's archive of what it fetched (`crawl --warc`): every HTTP
// exchange that got an answer - pages, redirects, 4xx/5xx, robots.txt,
// sitemaps - is handed over as it completes, with the raw bytes the fetcher
// kept (crawler/fetcher.h). An interface, as Fetcher is, so the crawl loop
// stays free of file formats and tests can record what would be archived.
// The WARC implementation is crawler/warc_archive.h.
#ifndef CLINICRANK_CRAWLER_FETCH_ARCHIVE_H_
#define CLINICRANK_CRAWLER_FETCH_ARCHIVE_H_

#include "base/status.h"
#include "crawler/fetch_archive_ref.h"

namespace clinicrank {

struct FetchResponse;

class FetchArchive {
 public:
  virtual ~FetchArchive() = default;
  // Archives one exchange and says where it went in `ref`. A non-ok Status
  // (the disk is full, say) stops the crawl: an archive with holes would be
  // worse than none.
  virtual Status Record(const FetchResponse& response, ArchiveRef* ref) = 0;
};

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_FETCH_ARCHIVE_H_
