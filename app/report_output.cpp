#include "app/report_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "app/commands.h"
#include "report/output_file.h"

namespace clinicrank {

bool WriteStdout(std::string_view text, std::string* error) {
  std::cout.flush();  // whatever went through std::cout comes first
  errno = 0;
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout) {
    *error = std::string("standard output: cannot write: ") + std::strerror(errno ? errno : EIO);
    return false;
  }
  return true;
}

int EmitReport(const std::string& report, const std::string& output) {
  std::string error;
  if (output.empty() || output == "-") {
    if (!WriteStdout(report, &error)) {
      std::cerr << "clinicrank: error: " << error << "\n";
      return kExitFailure;
    }
    return kExitOk;
  }
  if (!WriteOutputFile(output, report, &error)) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace clinicrank
