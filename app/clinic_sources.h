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

// A PATH that is a folder of clinic folders (no .html/.htm of its own, but
// subfolders that have some) is almost always `sample_pages` typed for
// `sample_pages/*`: ranking it would merge every clinic into one. Returns ""
// when every PATH is fine, else a one-line message naming the fix.
std::string FolderOfClinicsError(const std::vector<std::string>& paths);

// Collects every clinic's facts from PATHs, or from the store at `db` when it
// is not empty (rank and audit). Prints what failed on stderr; returns the
// exit status (kExitOk; kExitUsage for a folder of clinic folders;
// kExitFailure when nothing could be read).
int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db,
                       std::vector<ClinicFacts>* facts);

// The same for the HTML responses in a WARC file (plain or gzip; "-" is
// stdin), streamed: consecutive records of one site (scheme and host) form one
// clinic, emitted as soon as the next site starts. Returns false, with `error`
// set, when the file cannot be opened.
bool ExtractFromWarc(const std::string& warc_path, const std::function<void(ClinicFacts&&)>& sink,
                     std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_CLINIC_SOURCES_H_
