#include "app/report_output.h"

#include <iostream>

#include "app/commands.h"
#include "report/output_file.h"

namespace clinicrank {

int EmitReport(const std::string& report, const std::string& output) {
  if (output.empty() || output == "-") {
    std::cout << report;
    std::cout.flush();
    return std::cout ? kExitOk : kExitFailure;
  }
  std::string error;
  if (!WriteFileAtomically(output, report, &error)) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace clinicrank
