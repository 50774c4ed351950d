// Where clinics come from for extract, rank and audit: PATHs on disk (a file
// is a one-page clinic, a directory holds every .html/.htm beneath it) or a
// crawl store. Unreadable inputs become warnings on stderr and in the
// clinic's facts; they never stop the run.
#ifndef CLINICRANK_APP_CLINIC_SOURCES_H_
#define CLINICRANK_APP_CLINIC_SOURCES_H_

#include <functional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"

namespace clinicrank {

// Every function below extracts up to `jobs` clinics at once (base/
// ordered_pool.h) and still calls `sink`, and prints each clinic's warnings
// on stderr, on the calling thread in input order: the output does not depend
// on `jobs`. At most a few clinics per job are held in memory at a time.

// Prints a clinic's warnings on stderr, one "clinicrank: warning: " line each.
void PrintWarnings(const ClinicFacts& facts);

// Calls `sink` with each clinic's facts, in the order of `paths`, as soon as
// it is extracted (so extract can stream). Returns false when no PATH could be
// read at all.
bool ExtractFromPaths(const std::vector<std::string>& paths, int jobs,
                      const std::function<void(ClinicFacts&&)>& sink);

// The same for every site in a crawl store (one clinic per site, latest
// fetch of each page). Returns false, with `error` set, when the store cannot
// be opened. Implemented with the store in app/db_source.cpp.
bool ExtractFromDb(const std::string& db_path, int jobs,
                   const std::function<void(ClinicFacts&&)>& sink, std::string* error);

// Collects every clinic's facts from PATHs, or from the store at `db` when it
// is not empty (rank and audit). Prints what failed on stderr; returns the
// exit status (kExitOk, or kExitFailure when nothing could be read).
int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db, int jobs,
                       std::vector<ClinicFacts>* facts);

struct WarcExtractOptions {
  std::vector<std::string> files;  // read in order, as if concatenated; "-" is stdin
  // false: consecutive records of one site (scheme and host) form one
  // clinic, emitted as soon as the next site starts (streaming).
  // true: every page of a site wherever it appears forms one clinic; clinics
  // come out sorted by site once the input is read (archive/site_spill.h).
  bool by_site = false;
  // Only sites with a page that mentions the treatment (the archive
  // prefilter, parsers/vocab/treatment_mentions.h).
  bool relevant_only = false;
  int jobs = 1;
};

// The same for the HTML responses in WARC files (plain or gzip), under the
// default per-site limits (archive/site_key.h: 2,000 pages, 256 MiB).
// Returns false, with `error` set, when a file cannot be opened or read, or
// is not a WARC file; nothing is printed when a file fails the check made
// before reading.
bool ExtractFromWarc(const WarcExtractOptions& options,
                     const std::function<void(ClinicFacts&&)>& sink, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_CLINIC_SOURCES_H_
