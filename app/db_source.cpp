// ExtractFromDb: clinics from a crawl store, one per site, from the latest
// fetch of each of its pages (2xx HTML responses only; 404s and skipped
// responses are kept in the store for `diff`, not extracted).
#include <algorithm>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "crawler/fetcher.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "store/store.h"

namespace clinicrank {

bool ExtractFromDb(const std::string& db_path, const std::function<void(ClinicFacts&&)>& sink,
                   std::string* error) {
  Status status;
  auto store = PageStore::Open(db_path, PageStore::Mode::kReadOnly, &status);
  std::vector<SiteInfo> sites;
  if (store) status = store->ListSites(&sites);
  if (!store || !status.ok()) {
    if (error) *error = status.ToString();
    return false;
  }
  for (const SiteInfo& site : sites) {
    std::vector<PageRecord> records;
    if (status = store->LatestPages(site.id, std::nullopt, true, &records); !status.ok()) {
      if (error) *error = status.ToString();
      return false;
    }
    // Pages in the order of the URL they were read from (as from a WARC).
    std::stable_sort(records.begin(), records.end(), [](const PageRecord& a, const PageRecord& b) {
      return a.final_url < b.final_url;
    });
    std::vector<PageInput> pages;
    for (const PageRecord& record : records) {
      if (record.status < 200 || record.status >= 300) continue;
      if (!IsHtmlContentType(record.content_type)) continue;
      PageInput page;
      page.bytes = record.body;  // `records` outlives the ExtractClinic call
      page.url = record.final_url.empty() ? record.url : record.final_url;
      page.content_type = record.content_type;
      page.fetched_at = record.fetched_at;
      pages.push_back(std::move(page));
    }
    sink(ExtractClinic(site.seed_url, pages));
  }
  return true;
}

}  // namespace clinicrank
