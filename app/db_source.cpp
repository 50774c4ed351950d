// ExtractFromDb: clinics from a crawl store, one per site, from the latest
// fetch of each of its pages (2xx HTML responses only; 404s and skipped
// responses are kept in the store for `diff`, not extracted).
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "base/ordered_pool.h"
#include "crawler/fetcher.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "store/store.h"

namespace clinicrank {
namespace {

ClinicFacts ExtractSite(const std::string& source, const std::vector<PageRecord>& records) {
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
  return ExtractClinic(source, pages);
}

}  // namespace

bool ExtractFromDb(const std::string& db_path, int jobs,
                   const std::function<void(ClinicFacts&&)>& sink, std::string* error) {
  Status status;
  auto store = PageStore::Open(db_path, PageStore::Mode::kReadOnly, &status);
  std::vector<SiteInfo> sites;
  if (store) status = store->ListSites(&sites);
  if (!store || !status.ok()) {
    if (error) *error = status.ToString();
    return false;
  }
  // The store is read on this thread; each site's pages go to a task.
  OrderedPool<ClinicFacts> pool(jobs, [&sink](ClinicFacts&& facts) { sink(std::move(facts)); });
  for (const SiteInfo& site : sites) {
    auto records = std::make_shared<std::vector<PageRecord>>();
    if (status = store->LatestPages(site.id, std::nullopt, true, records.get()); !status.ok()) {
      if (error) *error = status.ToString();
      return false;
    }
    pool.Submit([records, source = site.seed_url] { return ExtractSite(source, *records); });
  }
  pool.Finish();
  return true;
}

}  // namespace clinicrank
