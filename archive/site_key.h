// What makes pages one clinic in a web archive, and which shard a site goes
// to (issue 17). A site is the scheme and host of a page's URL, as
// `extract --warc` has always grouped pages; a page of a site is taken while
// the site is under the per-site limit (SiteCap), so that memory stays
// bounded and a 100,000-page site (a hospital, an encyclopedia) costs no more
// than a clinic.
#ifndef CLINICRANK_ARCHIVE_SITE_KEY_H_
#define CLINICRANK_ARCHIVE_SITE_KEY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clinicrank {

// "https://alpha.example" for any URL on that site, the site being an origin:
// scheme, host as written ("www.alpha.example" is another site) and a port
// other than the scheme's default ("http://alpha.example:8080"); "" if the
// URL does not parse.
std::string SiteOf(std::string_view url);

// The shard in [0, shards) a site's pages go to: FNV-1a of the site key, the
// same on every machine and run. REQUIRES: shards > 0.
int ShardOf(std::string_view site, int shards);

// Per-site limits. A page over max_page_bytes is never taken, so a page
// copied into a shard WARC still fits the reader's 64 MiB record limit.
struct SiteLimits {
  size_t max_pages = 2000;                   // Default: 2,000 pages per site
  size_t max_bytes = size_t{256} << 20;      // Default: 256 MiB of page bytes per site
  size_t max_page_bytes = size_t{63} << 20;  // Default: 63 MiB per page
};

// The per-site limit as a prefix rule: pages are taken in input order while
// the site has fewer than max_pages pages and the page fits in what is left
// of max_bytes; the first page that does not fit closes the site,
// and it and every later page are skipped. Because what is taken is always a
// prefix of the site's pages, a router that applies the same rule to each
// file alone, and forwards the page that closes the site there, hands the
// extractor a superset from which it takes exactly the same prefix
// (docs/scale.md, "Why the job is exact").
class SiteCap {
 public:
  enum class Verdict {
    kTake,        // within the limit
    kClose,       // this page closes the site (returned once)
    kClosed,      // the site was closed by an earlier page
    kPageTooBig,  // over max_page_bytes; skipped, the site stays open
  };
  explicit SiteCap(const SiteLimits& limits = {}) : limits_(limits) {}
  Verdict Offer(size_t page_bytes);
  bool closed() const { return closed_; }

 private:
  SiteLimits limits_;
  size_t pages_ = 0;
  size_t bytes_ = 0;
  bool closed_ = false;
};

// The warning a closed site carries in its facts.
std::string SiteCapWarning(std::string_view site, const SiteLimits& limits);
// The note for a page over max_page_bytes (stderr only: such a page is never
// copied into a shard, so it cannot be in the facts either).
std::string PageTooBigNote(std::string_view url, size_t bytes, const SiteLimits& limits);

}  // namespace clinicrank

#endif  // CLINICRANK_ARCHIVE_SITE_KEY_H_
