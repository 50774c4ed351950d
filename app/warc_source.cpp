// ExtractFromWarc: web-archive input for extract (CONTRACT.md `extract --warc`).
#include <curl/curl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

#include "app/clinic_sources.h"
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

class SiteBatch {
 public:
  explicit SiteBatch(const std::function<void(ClinicFacts&&)>& sink) : sink_(sink) {}

  void Add(WarcPage&& page) {
    std::string site = SiteOf(page.url);
    if (site.empty()) {
      std::cerr << "clinicrank: warning: WARC record with an unparsable URL skipped\n";
      return;
    }
    if (site != site_) {
      Flush();
      site_ = site;
    }
    if (pages_.size() >= kMaxPagesPerSite || bytes_ + page.body.size() > kMaxSiteBytes) {
      warnings_.push_back(page.url + ": over the per-site limit of pages or bytes; skipped");
      return;
    }
    bytes_ += page.body.size();
    pages_.push_back(std::move(page));
  }

  void Flush() {
    if (pages_.empty() && warnings_.empty()) return;
    std::vector<PageInput> inputs;
    for (const WarcPage& p : pages_) {
      PageInput in;
      in.bytes = p.body;
      in.url = p.url;
      in.content_type = p.content_type;
      in.fetched_at = p.fetched_at;
      inputs.push_back(std::move(in));
    }
    ClinicFacts facts = ExtractClinic(site_, inputs);
    facts.warnings.insert(facts.warnings.begin(), warnings_.begin(), warnings_.end());
    for (const std::string& w : facts.warnings) std::cerr << "clinicrank: warning: " << w << "\n";
    sink_(std::move(facts));
    pages_.clear();
    warnings_.clear();
    bytes_ = 0;
  }

 private:
  const std::function<void(ClinicFacts&&)>& sink_;
  std::string site_;
  std::vector<WarcPage> pages_;
  std::vector<std::string> warnings_;
  size_t bytes_ = 0;
};

}  // namespace

bool ExtractFromWarc(const std::string& warc_path, const std::function<void(ClinicFacts&&)>& sink,
                     std::string* error) {
  std::FILE* in = warc_path == "-" ? stdin : std::fopen(warc_path.c_str(), "rb");
  if (!in) {
    *error = warc_path + ": " + std::strerror(errno);
    return false;
  }
  WarcReader reader(in);
  SiteBatch batch(sink);
  WarcPage page;
  while (reader.Next(&page)) batch.Add(std::move(page));
  batch.Flush();
  for (const std::string& w : reader.warnings()) std::cerr << "clinicrank: warning: " << w << "\n";
  if (in != stdin) std::fclose(in);
  return true;
}

}  // namespace clinicrank
