// ExtractFromWarc: web-archive input for extract (CONTRACT.md `extract --warc`).
#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include "app/clinic_sources.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "warc/warc_pages.h"

namespace clinicrank {
namespace {

// Bounds on the pages held before extraction: per site, as for directories,
// and over all sites whose records are still arriving (a crawl interleaves
// sites). Past the total, the site started longest ago is extracted early.
constexpr size_t kMaxPagesPerSite = 2000;
constexpr size_t kMaxSiteBytes = 256u << 20;
constexpr size_t kMaxOpenBytes = 512u << 20;

// "https://alpha.example" for any URL on that site, or "" if unparsable.
std::string SiteOf(const std::string& url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> h(curl_url(), curl_url_cleanup);
  if (!h || curl_url_set(h.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return "";
  }
  char* scheme = nullptr;
  char* host = nullptr;
  char* port = nullptr;
  std::string site;
  if (curl_url_get(h.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
      curl_url_get(h.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK) {
    site = std::string(scheme) + "://" + host;
    if (curl_url_get(h.get(), CURLUPART_PORT, &port, 0) == CURLUE_OK) site += std::string(":") + port;
  }
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  return site;
}

struct SiteBatch {
  std::vector<WarcPage> pages;
  std::vector<std::string> warnings;
  std::set<std::string> urls;
  size_t bytes = 0;
};

// Groups pages by site, wherever their records sit in the file, and extracts
// each site as one clinic (pages in URL order, as from the store, so that a
// crawl's WARC and its store give the same facts).
class SiteBatches {
 public:
  SiteBatches(std::string label, const std::function<void(ClinicFacts&&)>& sink)
      : label_(std::move(label)), sink_(sink) {}

  void Add(WarcPage&& page) {
    const std::string site = SiteOf(page.url);
    if (site.empty()) {
      std::cerr << "clinicrank: warning: " << label_ << ": offset " << page.offset
                << ": WARC record with an unparsable URL skipped\n";
      return;
    }
    if (!open_.count(site)) {
      if (done_.count(site)) {
        std::cerr << "clinicrank: warning: " << label_ << ": " << site
                  << " has more pages after it was emitted; they form a second clinic\n";
      }
      order_.push_back(site);
    }
    SiteBatch& batch = open_[site];
    if (!batch.urls.insert(page.url).second) {  // a later capture of the same URL replaces it
      auto earlier = std::find_if(batch.pages.begin(), batch.pages.end(),
                                  [&page](const WarcPage& p) { return p.url == page.url; });
      if (earlier != batch.pages.end()) {
        batch.bytes -= earlier->body.size();
        total_bytes_ -= earlier->body.size();
        batch.pages.erase(earlier);
      }
    }
    if (batch.pages.size() >= kMaxPagesPerSite || batch.bytes + page.body.size() > kMaxSiteBytes) {
      batch.warnings.push_back(page.url + ": over the per-site limit of pages or bytes; skipped");
      return;
    }
    batch.bytes += page.body.size();
    total_bytes_ += page.body.size();
    batch.pages.push_back(std::move(page));
    while (total_bytes_ > kMaxOpenBytes && order_.size() > 1) Flush(order_.front());
  }

  void FlushAll() {
    while (!order_.empty()) Flush(order_.front());
  }

 private:
  void Flush(const std::string site) {
    order_.erase(std::find(order_.begin(), order_.end(), site));
    SiteBatch batch = std::move(open_[site]);
    open_.erase(site);
    done_.insert(site);
    total_bytes_ -= batch.bytes;
    std::sort(batch.pages.begin(), batch.pages.end(),
              [](const WarcPage& a, const WarcPage& b) { return a.url < b.url; });
    std::vector<PageInput> inputs;
    for (const WarcPage& p : batch.pages) {
      PageInput in;
      in.bytes = p.body;
      in.url = p.url;
      in.content_type = p.content_type;
      in.fetched_at = p.fetched_at;
      inputs.push_back(std::move(in));
    }
    ClinicFacts facts = ExtractClinic(site, inputs);
    facts.warnings.insert(facts.warnings.begin(), batch.warnings.begin(), batch.warnings.end());
    for (const std::string& w : facts.warnings) std::cerr << "clinicrank: warning: " << w << "\n";
    sink_(std::move(facts));
  }

  std::string label_;
  const std::function<void(ClinicFacts&&)>& sink_;
  std::map<std::string, SiteBatch> open_;
  std::vector<std::string> order_;  // open sites, by first appearance
  std::set<std::string> done_;
  size_t total_bytes_ = 0;
};

}  // namespace

bool ExtractFromWarc(const std::string& warc_path, const std::function<void(ClinicFacts&&)>& sink,
                     std::string* error) {
  std::FILE* in = warc_path == "-" ? stdin : std::fopen(warc_path.c_str(), "rb");
  if (!in) {
    *error = warc_path + ": " + std::strerror(errno);
    return false;
  }
  const std::string label = warc_path == "-" ? "stdin" : warc_path;
  WarcPageReader reader(in);
  SiteBatches batches(label, sink);
  WarcPage page;
  while (reader.Next(&page)) batches.Add(std::move(page));
  batches.FlushAll();
  for (const std::string& w : reader.warnings()) {
    std::cerr << "clinicrank: warning: " << label << ": " << w << "\n";
  }
  if (in != stdin) std::fclose(in);
  if (reader.records_read() == 0) {
    *error = label + ": no readable WARC record";
    return false;
  }
  return true;
}

}  // namespace clinicrank
