// Where clinics come from for extract, rank and audit: PATHs on disk (a file
// is a one-page clinic, a directory holds every .html/.htm beneath it), a
// crawl store or WARC files. Unreadable inputs become warnings on stderr and
// in the clinic's facts; they never stop the run.
#ifndef CLINICRANK_APP_CLINIC_SOURCES_H_
#define CLINICRANK_APP_CLINIC_SOURCES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "report/audit.h"

namespace clinicrank {

struct CrawlSession;

// Every function below extracts up to `jobs` clinics at once (base/
// ordered_pool.h) and still calls `sink`, and prints each clinic's warnings
// on stderr, on the calling thread in input order: the output does not depend
// on `jobs`. At most a few clinics per job are held in memory at a time.

// Receives a clinic's facts with the pages they were read from, in the order
// extraction read them (pages[i] is facts.pages[i]); the pages' bytes live
// only for the call.
using ClinicPagesSink = std::function<void(ClinicFacts&&, const std::vector<AuditPage>&)>;
using ClinicFactsSink = std::function<void(ClinicFacts&&)>;

// Prints a clinic's warnings on stderr, one "clinicrank: warning: " line each.
void PrintWarnings(const ClinicFacts& facts);

// Calls `sink` with each clinic's facts, in the order of `paths`, as soon as
// it is extracted (so extract can stream). Returns false when no PATH could be
// read at all.
bool ExtractFromPaths(const std::vector<std::string>& paths, int jobs, const ClinicFactsSink& sink);
bool ExtractFromPaths(const std::vector<std::string>& paths, int jobs, const ClinicPagesSink& sink);

// A PATH that is a folder of clinic folders (no .html/.htm of its own, but
// subfolders that have some) is almost always `sample_pages` typed for
// `sample_pages/*`: ranking it would merge every clinic into one. Returns ""
// when every PATH is fine, else a one-line message naming the fix.
std::string FolderOfClinicsError(const std::vector<std::string>& paths);

// Which crawl of a store to read. `requested` 0: the latest complete crawl
// (else the latest). A crawl is a run and the runs that resumed it
// (store/store.h CrawlSession); the store is read as it stood after its last
// run. Fills `session`; false with `error` set when the store cannot be read,
// has no runs, or has no run `requested`.
bool ChooseCrawl(const std::string& db_path, int64_t requested, CrawlSession* session,
                 std::string* error);

// The same for every site in a crawl store (one clinic per site, latest
// fetch of each page as of `as_of_run`, 0: everything stored), each page with
// its provenance (crawler/store fields, WARC record). Returns false, with
// `error` set, when the store cannot be opened. Implemented with the store in
// app/db_source.cpp.
bool ExtractFromDb(const std::string& db_path, int jobs, int64_t as_of_run,
                   const ClinicFactsSink& sink, std::string* error);
bool ExtractFromDb(const std::string& db_path, int jobs, int64_t as_of_run,
                   const ClinicPagesSink& sink, std::string* error);

// Collects every clinic's facts from PATHs, or from the store at `db` when it
// is not empty (rank and audit). Prints what failed on stderr; returns the
// exit status (kExitOk; kExitUsage for a folder of clinic folders;
// kExitFailure when nothing could be read).
// With a store, `run` picks the crawl (ChooseCrawl); `run_ids` (optional)
// receives the crawl's run ids.
int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db, int jobs,
                       std::vector<ClinicFacts>* facts, int64_t run = 0,
                       std::vector<int64_t>* run_ids = nullptr);

// The same, handing each clinic to `sink` as it is extracted, in input order.
int StreamClinicFacts(const std::vector<std::string>& paths, const std::string& db, int jobs,
                      const ClinicFactsSink& sink, int64_t run = 0,
                      std::vector<int64_t>* run_ids = nullptr);

struct WarcExtractOptions {
  std::vector<std::string> files;  // read in order, as if concatenated; "-" is stdin
  // false: the pages of one site (scheme, host and port) wherever they sit in
  // the input form one clinic, held in memory up to 512 MiB over all sites
  // still arriving (past it, the site started longest ago is emitted early).
  // true: the same without the memory bound: pages wait in a spill file and
  // clinics come out sorted by site once the input is read
  // (archive/site_spill.h).
  bool by_site = false;
  // Only sites with a page that mentions the treatment (the archive
  // prefilter, parsers/vocab/treatment_mentions.h).
  bool relevant_only = false;
  int jobs = 1;
};

// The same for the HTML pages in WARC files (plain or gzip; warc/warc_pages.h
// says which records count), under the default per-site limits
// (archive/site_key.h: 2,000 pages, 256 MiB); each site's pages in URL order,
// as from the store. Returns false, with `error` set, when a file cannot be
// opened or read, or holds no readable WARC record at all (damaged records
// are warnings on stderr).
bool ExtractFromWarc(const WarcExtractOptions& options, const ClinicFactsSink& sink,
                     std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_CLINIC_SOURCES_H_
