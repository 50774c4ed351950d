// The subcommand table. Each subcommand lives in its own app/<name>_command.cpp,
// registers its options on the CLI11 app and returns the function that runs
// it once the command line has parsed. Runners return the exit status
// (../shared/CONTRACT.md): 0 success, 1 runtime failure, 2 usage error.
#ifndef CLINICRANK_APP_COMMANDS_H_
#define CLINICRANK_APP_COMMANDS_H_

#include <functional>
#include <string>

namespace CLI {
class App;
class Option;
}

namespace clinicrank {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct Command {
  CLI::App* cli = nullptr;    // the subcommand's own CLI11 app
  std::function<int()> run;   // called after parsing when `cli` was chosen
};

// The command line this process was started with, words shell-quoted where
// needed, for reports that record how they were made (the audit's header).
void RecordCommandLine(int argc, const char* const* argv);
const std::string& CommandLine();
// A word as a POSIX shell would need it: bare when it is plain, otherwise in
// single quotes (a quote inside written as '\'').
std::string ShellWord(const std::string& word);
// Adds `-j,--jobs N` to a subcommand that extracts clinics: how many are
// extracted at once. `*jobs` keeps 0 unless given; pass it through JobsOrCores.
CLI::Option* AddJobsOption(CLI::App* sub, int* jobs);
// `jobs`, or the number of usable cores when it is 0.
int JobsOrCores(int jobs);

Command AddExtractCommand(CLI::App& app);
Command AddRankCommand(CLI::App& app);
Command AddAuditCommand(CLI::App& app);
Command AddCrawlCommand(CLI::App& app);
Command AddDiffCommand(CLI::App& app);
Command AddRobotsCommand(CLI::App& app);
Command AddIndexCommand(CLI::App& app);
Command AddArchiveCommand(CLI::App& app);

}  // namespace clinicrank

#endif  // CLINICRANK_APP_COMMANDS_H_
