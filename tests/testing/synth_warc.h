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

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_SYNTH_WARC_H_
