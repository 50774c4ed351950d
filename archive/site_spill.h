// Groups pages by site wherever they appear in the input, not only in
// consecutive records, in bounded memory: pages go to an unlinked temporary
// file and only an index stays in memory (per page its offset and length, per
// site its SiteCap and whether a page mentions the treatment). This is what
// `extract --warc --by-site` runs: the census job's per-shard step, and the
// reference it is checked against (issue 17, docs/scale.md).
#ifndef CLINICRANK_ARCHIVE_SITE_SPILL_H_
#define CLINICRANK_ARCHIVE_SITE_SPILL_H_

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "archive/site_key.h"
#include "warc/warc_pages.h"

namespace clinicrank {

// One site's pages as read back, and the warnings its facts carry.
struct SitePages {
  std::string site;
  std::vector<WarcPage> pages;
  std::vector<std::string> warnings;
};

class SiteSpill {
 public:
  // Creates the spill file in `dir` ("" for $TMPDIR, else /tmp). Returns
  // null, with `error` set, when it cannot.
  static std::unique_ptr<SiteSpill> Create(const std::string& dir, const SiteLimits& limits,
                                           std::string* error);
  ~SiteSpill();
  SiteSpill(const SiteSpill&) = delete;
  SiteSpill& operator=(const SiteSpill&) = delete;

  // Adds a page of `site` under the site's SiteCap. `mentions`: the page
  // passed the treatment prefilter (callers may skip the filter once
  // relevant(site) is true). Returns false, with `error` set, when the spill
  // file cannot be written. A page over max_page_bytes is skipped and
  // reported in *notes (PageTooBigNote).
  bool Add(const std::string& site, const WarcPage& page, bool mentions,
           std::vector<std::string>* notes, std::string* error);
  bool relevant(const std::string& site) const;

  // The sites in byte order that have a page taken (or were closed by their
  // SiteCap); with `relevant_only`, those with a page that mentions the
  // treatment.
  std::vector<std::string> Sites(bool relevant_only) const;
  // Reads a site's pages back, in the order added. False, with `error` set,
  // on a read error.
  bool Load(const std::string& site, SitePages* out, std::string* error) const;

  size_t pages() const { return pages_; }
  uint64_t bytes() const { return offset_; }

 private:
  struct Site {
    explicit Site(const SiteLimits& limits) : cap(limits) {}
    SiteCap cap;
    bool relevant = false;
    std::vector<std::pair<uint64_t, uint64_t>> spans;  // offset, length
  };
  SiteSpill(std::FILE* file, const SiteLimits& limits) : file_(file), limits_(limits) {}

  std::FILE* file_;
  const SiteLimits limits_;
  uint64_t offset_ = 0;
  size_t pages_ = 0;
  std::map<std::string, Site> sites_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_ARCHIVE_SITE_SPILL_H_
