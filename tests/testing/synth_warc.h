// WARC files of generated pages for the archive tests and benches (issue 17),
// written with the project's own writer (warc/warc_writer.h).
#ifndef CLINICRANK_TESTS_TESTING_SYNTH_WARC_H_
#define CLINICRANK_TESTS_TESTING_SYNTH_WARC_H_

#include <string>
#include <vector>

#include "tests/testing/synth_sites.h"

namespace clinicrank::testing {

// Writes a warcinfo record, then one `response` record (HTTP 200, text/html)
// per page, in the given order; each record its own gzip member when `gzip`.
// Throws std::runtime_error when the file cannot be written.
void WriteWarc(const std::string& path, const std::vector<const SynthPage*>& pages, bool gzip);

// An archive whose sites are spread over several WARC files, as in a web
// crawl: 12 clinics and 150 unrelated sites, their pages dealt round-robin
// over four gzip files part-0..3.warc.gz in `dir` (so most sites are split),
// and clinic 0's pages split across the first three.
struct SplitArchive {
  std::vector<SynthSite> sites;
  std::vector<std::string> files;
};
SplitArchive WriteSplitArchive(const std::string& dir);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_SYNTH_WARC_H_
