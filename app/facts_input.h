// Clinics' facts read from `extract` output (JSON Lines, one clinic per
// line; plain or gzip), for `rank --facts`: extract once, on any machine or
// in the archive job, then rank as often as weights and filters change.
#ifndef CLINICRANK_APP_FACTS_INPUT_H_
#define CLINICRANK_APP_FACTS_INPUT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "app/clinic_sources.h"

namespace clinicrank {

struct FactsInputOptions {
  std::vector<std::string> files;  // read in order; "-" is standard input
  // A longer line is skipped with a warning; no more than this is ever held.
  // Default: 8 MiB (a site of 2,000 pages, extract's cap, prints about 1 MiB).
  size_t max_line_bytes = size_t{8} << 20;
};

struct FactsInputCounts {
  size_t clinics = 0;  // lines handed to the sink
  size_t skipped = 0;  // lines that were not a clinic's facts (warned)
  size_t lines = 0;    // lines read, blank ones included
};

// Checks, before anything is read, that every FILE exists, is readable and
// is not a clinic folder or a web page (what a PATH typed after --facts
// would be: `usage` is then set). "" when all are fine, else a one-line
// message.
std::string CheckFactsFiles(const std::vector<std::string>& files, bool* usage);

// Calls `sink` with each line's facts, in order. A line that is not a
// clinic's facts is a warning on stderr naming FILE:LINE and why (the first
// ten per file, then a count); a blank line is ignored. gzip input may hold
// several members; data after the last one is an error, as is a truncated
// stream, xz/zstd/bzip2 input (with the command that decodes it) and binary
// data. Returns false, with `error` set, when a file cannot be opened or
// read.
bool ReadFactsLines(const FactsInputOptions& options, const ClinicFactsSink& sink,
                    FactsInputCounts* counts, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_FACTS_INPUT_H_
