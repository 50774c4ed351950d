// -j,--jobs N for the subcommands that extract clinics (issue 17).
#include <CLI/CLI.hpp>
#include <string>

#include "app/commands.h"
#include "base/ordered_pool.h"

namespace clinicrank {

CLI::Option* AddJobsOption(CLI::App* sub, int* jobs) {
  return sub
      ->add_option("-j,--jobs", *jobs,
                   "Clinics extracted at once (default: the number of cores, here " +
                       std::to_string(UsableCpuCount()) +
                       ");\nthe output is the same, in the same order, for every N")
      ->check(CLI::Range(1, 1024));
}

int JobsOrCores(int jobs) { return jobs > 0 ? jobs : UsableCpuCount(); }

}  // namespace clinicrank
