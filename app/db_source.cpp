// ExtractFromDb: clinics from a crawl store, one per site, from the latest
// fetch of each of its pages as of a run (2xx HTML responses only; 404s and
// skipped responses are kept in the store for `diff`, not extracted), each
// page with its provenance.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/extracted_clinic.h"
#include "base/ordered_pool.h"
#include "crawler/fetcher.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "store/store.h"

namespace clinicrank {
namespace {

PageProvenance ProvenanceOf(const PageRecord& r) {
  PageProvenance p;
  p.fetched_url = r.url;
  p.final_url = r.final_url;
  p.http_status = r.status;
  p.fetched_at = r.fetched_at;
  p.ip = r.ip;
  p.run_id = r.run_id;
  p.sha256 = r.sha256;
  p.warc_file = r.warc_file;
  p.warc_record_id = r.warc_record_id;
  p.warc_offset = r.warc_offset;
  p.warc_refers_to = r.warc_refers_to;
  return p;
}

// Extracts one site from its records (2xx HTML only), in URL order; with
// `keep_pages`, also hands back the pages with their provenance.
ExtractedClinic ExtractSite(const std::string& source,
                            std::shared_ptr<std::vector<PageRecord>> records, bool keep_pages) {
  ExtractedClinic out;
  std::vector<PageInput> pages;
  for (const PageRecord& record : *records) {
    if (record.status < 200 || record.status >= 300) continue;
    if (!IsHtmlContentType(record.content_type)) continue;
    PageInput page;
    page.bytes = record.body;  // `records` outlives the ExtractClinic call
    page.url = record.final_url.empty() ? record.url : record.final_url;
    page.content_type = record.content_type;
    page.fetched_at = record.fetched_at;
    pages.push_back(std::move(page));
    if (keep_pages) out.pages.push_back({record.body, record.content_type, ProvenanceOf(record)});
  }
  out.facts = ExtractClinic(source, pages);
  if (keep_pages) out.owner = std::move(records);
  return out;
}

bool ExtractSites(const std::string& db_path, int jobs, int64_t as_of_run, bool keep_pages,
                  const ClinicPagesSink& sink, std::string* error) {
  Status status;
  auto store = PageStore::Open(db_path, PageStore::Mode::kReadOnly, &status);
  std::vector<SiteInfo> sites;
  if (store) status = store->ListSites(&sites);
  if (!store || !status.ok()) {
    if (error) *error = status.ToString();
    return false;
  }
  const std::optional<int64_t> as_of = as_of_run > 0 ? std::optional(as_of_run) : std::nullopt;
  // The store is read on this thread; each site's pages go to a task.
  OrderedPool<ExtractedClinic> pool(jobs, [&sink](ExtractedClinic&& clinic) {
    sink(std::move(clinic.facts), clinic.pages);
  });
  for (const SiteInfo& site : sites) {
    auto records = std::make_shared<std::vector<PageRecord>>();
    if (status = store->LatestPages(site.id, as_of, true, records.get()); !status.ok()) {
      if (error) *error = status.ToString();
      return false;
    }
    if (as_of && records->empty()) continue;  // the site was not crawled yet then
    // Pages in the order of the URL they were read from (as from a WARC).
    std::stable_sort(records->begin(), records->end(),
                     [](const PageRecord& a, const PageRecord& b) { return a.final_url < b.final_url; });
    pool.Submit([records, keep_pages, source = site.seed_url] {
      return ExtractSite(source, records, keep_pages);
    });
  }
  pool.Finish();
  return true;
}

}  // namespace

bool ChooseCrawl(const std::string& db_path, int64_t requested, CrawlSession* session,
                 std::string* error) {
  Status status;
  auto store = PageStore::Open(db_path, PageStore::Mode::kReadOnly, &status);
  std::vector<RunInfo> runs;
  if (store) status = store->ListRuns(&runs);
  if (!store || !status.ok()) {
    *error = status.ToString();
    return false;
  }
  const std::vector<CrawlSession> sessions = GroupRuns(runs);
  const CrawlSession* chosen = requested > 0 ? FindSession(sessions, requested) : LatestSession(sessions);
  if (!chosen) {
    *error = runs.empty() ? db_path + " has no crawl runs yet"
                          : "no run " + std::to_string(requested) + " in " + db_path + " (runs " +
                                std::to_string(runs.front().id) + " to " +
                                std::to_string(runs.back().id) + ")";
    return false;
  }
  *session = *chosen;
  return true;
}

bool ExtractFromDb(const std::string& db_path, int jobs, int64_t as_of_run,
                   const ClinicPagesSink& sink, std::string* error) {
  return ExtractSites(db_path, jobs, as_of_run, true, sink, error);
}

bool ExtractFromDb(const std::string& db_path, int jobs, int64_t as_of_run,
                   const ClinicFactsSink& sink, std::string* error) {
  return ExtractSites(db_path, jobs, as_of_run, false, FactsOnly(sink), error);
}

}  // namespace clinicrank
