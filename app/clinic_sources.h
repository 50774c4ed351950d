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

// Calls `sink` with each clinic's facts, in the order of `paths`, as soon as
// it is extracted (so extract can stream). Returns false when no PATH could be
// read at all.
bool ExtractFromPaths(const std::vector<std::string>& paths,
                      const std::function<void(ClinicFacts&&)>& sink);

// The same for every site in a crawl store (one clinic per site, latest
// fetch of each page). Returns false, with `error` set, when the store cannot
// be opened. Implemented with the store in app/db_source.cpp.
bool ExtractFromDb(const std::string& db_path, const std::function<void(ClinicFacts&&)>& sink,
                   std::string* error);

// Collects every clinic's facts from PATHs, or from the store at `db` when it
// is not empty (rank and audit). Prints what failed on stderr; returns the
// exit status (kExitOk, or kExitFailure when nothing could be read).
int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db,
                       std::vector<ClinicFacts>* facts);

// The same for the HTML pages in a WARC file (plain or gzip; "-" is stdin;
// warc/warc_pages.h says which records count), streamed: the pages of one
// site (scheme, host and port) form one clinic, in URL order. Returns false,
// with `error` set, when the file cannot be opened or holds no readable WARC
// record at all (damaged records are warnings on stderr).
bool ExtractFromWarc(const std::string& warc_path, const std::function<void(ClinicFacts&&)>& sink,
                     std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_CLINIC_SOURCES_H_
