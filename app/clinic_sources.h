// Where clinics come from for extract, rank and audit: PATHs on disk (a file
// is a one-page clinic, a directory holds every .html/.htm beneath it) or a
// crawl store. Unreadable inputs become warnings on stderr and in the
// clinic's facts; they never stop the run.
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

// Receives a clinic's facts with the pages they were read from, in the order
// extraction read them (pages[i] is facts.pages[i]); the pages' bytes live
// only for the call.
using ClinicPagesSink = std::function<void(ClinicFacts&&, const std::vector<AuditPage>&)>;

// Calls `sink` with each clinic's facts, in the order of `paths`, as soon as
// it is extracted (so extract can stream). Returns false when no PATH could be
// read at all.
bool ExtractFromPaths(const std::vector<std::string>& paths,
                      const std::function<void(ClinicFacts&&)>& sink);
bool ExtractFromPaths(const std::vector<std::string>& paths, const ClinicPagesSink& sink);

// The same for every site in a crawl store (one clinic per site, latest
// fetch of each page). Returns false, with `error` set, when the store cannot
// be opened. Implemented with the store in app/db_source.cpp.
bool ExtractFromDb(const std::string& db_path, const std::function<void(ClinicFacts&&)>& sink,
                   std::string* error);

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

// ExtractFromDb as of `as_of_run` (0: everything stored), each page with its
// provenance (crawler/store fields, WARC record).
bool ExtractFromDb(const std::string& db_path, int64_t as_of_run, const ClinicPagesSink& sink,
                   std::string* error);

// Collects every clinic's facts from PATHs, or from the store at `db` when it
// is not empty (rank and audit). Prints what failed on stderr; returns the
// exit status (kExitOk; kExitUsage for a folder of clinic folders;
// kExitFailure when nothing could be read).
// With a store, `run` picks the crawl (ChooseCrawl); `run_ids` (optional)
// receives the crawl's run ids.
int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db,
                       std::vector<ClinicFacts>* facts, int64_t run = 0,
                       std::vector<int64_t>* run_ids = nullptr);

// The same for the HTML pages in a WARC file (plain or gzip; "-" is stdin;
// warc/warc_pages.h says which records count), streamed: the pages of one
// site (scheme, host and port) form one clinic, in URL order. Returns false,
// with `error` set, when the file cannot be opened or holds no readable WARC
// record at all (damaged records are warnings on stderr).
bool ExtractFromWarc(const std::string& warc_path, const std::function<void(ClinicFacts&&)>& sink,
                     std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_CLINIC_SOURCES_H_
