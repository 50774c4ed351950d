// clinicrank diff: being written (issue 6). Until then it fails honestly.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/commands.h"

namespace clinicrank {

Command AddDiffCommand(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("diff", "(not implemented yet: issue 6)");
  sub->allow_extras();
  return {sub, [] {
            std::cerr << "clinicrank diff: not implemented yet (issue 6)\n";
            return kExitFailure;
          }};
}

}  // namespace clinicrank
