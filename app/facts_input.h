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
  // A longer line is skipped with a warning, never held. Default: 64 MiB
  // (a site of 2,000 pages prints about 1 MiB).
  size_t max_line_bytes = size_t{64} << 20;
};

struct FactsInputCounts {
  size_t clinics = 0;  // lines handed to the sink
  size_t skipped = 0;  // lines that were not a clinic's facts (warned)
};

// Calls `sink` with each line's facts, in order. A line that is not a
// clinic's facts is a warning on stderr naming FILE:LINE and why; a blank
// line is ignored. Returns false, with `error` set, when a file cannot be
// opened or read (a directory, a missing file, a read error).
bool ReadFactsLines(const FactsInputOptions& options, const ClinicFactsSink& sink,
                    FactsInputCounts* counts, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_FACTS_INPUT_H_
