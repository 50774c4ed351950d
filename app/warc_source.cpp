// ExtractFromWarc: web-archive input for extract (CONTRACT.md `extract --warc`).
#include <curl/curl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

#include "app/clinic_sources.h"
#include "base/ordered_pool.h"
#include "warc/warc_reader.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"

namespace clinicrank {
namespace {

// Bounds on one site's pages held before extraction, as for directories.
constexpr size_t kMaxPagesPerSite = 2000;
constexpr size_t kMaxSiteBytes = 256u << 20;

// "https://alpha.example" for any URL on that site ("www." kept apart from
// the bare host only by the scheme and host as written), or "" if unparsable.
std::string SiteOf(const std::string& url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> h(curl_url(), curl_url_cleanup);
  if (!h || curl_url_set(h.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return "";
  }
  char* scheme = nullptr;
  char* host = nullptr;
  std::string site;
  if (curl_url_get(h.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
      curl_url_get(h.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK) {
    site = std::string(scheme) + "://" + host;
  }
  curl_free(scheme);
  curl_free(host);
  return site;
}

// One site's pages and the warnings met while collecting them.
struct SitePages {
  std::string site;
  std::vector<WarcPage> pages;
  std::vector<std::string> warnings;
};

ClinicFacts ExtractSitePages(const SitePages& batch) {
  std::vector<PageInput> inputs;
  inputs.reserve(batch.pages.size());
  for (const WarcPage& p : batch.pages) {
    PageInput in;
    in.bytes = p.body;
    in.url = p.url;
    in.content_type = p.content_type;
    in.fetched_at = p.fetched_at;
    inputs.push_back(std::move(in));
  }
  ClinicFacts facts = ExtractClinic(batch.site, inputs);
  facts.warnings.insert(facts.warnings.begin(), batch.warnings.begin(), batch.warnings.end());
  return facts;
}

class SiteBatch {
 public:
  explicit SiteBatch(OrderedPool<ClinicFacts>* pool) : pool_(pool) {}

  void Add(WarcPage&& page) {
    std::string site = SiteOf(page.url);
    if (site.empty()) {
      std::cerr << "clinicrank: warning: WARC record with an unparsable URL skipped\n";
      return;
    }
    if (site != batch_->site) {
      Flush();
      batch_->site = site;
    }
    if (batch_->pages.size() >= kMaxPagesPerSite || bytes_ + page.body.size() > kMaxSiteBytes) {
      batch_->warnings.push_back(page.url + ": over the per-site limit of pages or bytes; skipped");
      return;
    }
    bytes_ += page.body.size();
    batch_->pages.push_back(std::move(page));
  }

  // Hands the site's pages to a task; its facts reach the sink in order.
  void Flush() {
    if (batch_->pages.empty() && batch_->warnings.empty()) return;
    pool_->Submit([batch = std::move(batch_)] { return ExtractSitePages(*batch); });
    batch_ = std::make_shared<SitePages>();
    bytes_ = 0;
  }

 private:
  OrderedPool<ClinicFacts>* pool_;
  std::shared_ptr<SitePages> batch_ = std::make_shared<SitePages>();
  size_t bytes_ = 0;
};

}  // namespace

bool ExtractFromWarc(const std::string& warc_path, int jobs,
                     const std::function<void(ClinicFacts&&)>& sink, std::string* error) {
  std::FILE* in = warc_path == "-" ? stdin : std::fopen(warc_path.c_str(), "rb");
  if (!in) {
    *error = warc_path + ": " + std::strerror(errno);
    return false;
  }
  WarcReader reader(in);
  OrderedPool<ClinicFacts> pool(jobs, [&sink](ClinicFacts&& facts) {
    PrintWarnings(facts);
    sink(std::move(facts));
  });
  SiteBatch batch(&pool);
  WarcPage page;
  while (reader.Next(&page)) batch.Add(std::move(page));
  batch.Flush();
  pool.Finish();
  for (const std::string& w : reader.warnings()) std::cerr << "clinicrank: warning: " << w << "\n";
  if (in != stdin) std::fclose(in);
  return true;
}

}  // namespace clinicrank
