// Where a report goes: stdout, or `-o FILE` written atomically (a temp file
// beside it, then rename) so a crash never leaves half a report.
#ifndef CLINICRANK_APP_REPORT_OUTPUT_H_
#define CLINICRANK_APP_REPORT_OUTPUT_H_

#include <string>

namespace clinicrank {

// `output` empty or "-" means stdout. Returns the exit status; failures are
// explained on stderr.
int EmitReport(const std::string& report, const std::string& output);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_REPORT_OUTPUT_H_
