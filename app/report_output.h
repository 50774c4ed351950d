// Where a report goes: stdout, or `-o FILE` (report/output_file.h: a regular
// file is replaced atomically, so a crash never leaves half a report).
#ifndef CLINICRANK_APP_REPORT_OUTPUT_H_
#define CLINICRANK_APP_REPORT_OUTPUT_H_

#include <string>
#include <string_view>

namespace clinicrank {

// `output` empty or "-" means stdout; a FILE is written as
// report/output_file.h describes (atomically for a regular file, straight
// through for a device or FIFO). Returns the exit status; failures are
// explained on stderr, naming the output that failed.
int EmitReport(const std::string& report, const std::string& output);

// Writes `text` to stdout and flushes it. False with `error` set
// ("standard output: cannot write: No space left on device").
bool WriteStdout(std::string_view text, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_REPORT_OUTPUT_H_
