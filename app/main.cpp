// clinicrank: rank stem-cell clinics for knee treatment from what their
// websites say.
//
// Usage: clinicrank <crawl|extract|rank|audit|diff|robots|index|archive> [options]
//        (clinicrank --help, clinicrank <command> --help)
// Exit status (../shared/CONTRACT.md): 0 success; 1 runtime failure, with a
// message on stderr; 2 usage error. stdout carries only requested output.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <curl/curl.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <vector>

#include "app/commands.h"
#include "base/interrupt.h"

namespace {

// A descriptor 0-2 that the caller closed would be handed to the first file
// this process opens (a temporary file read back as "standard input", a
// report written through "stderr"): fill each with /dev/null first.
void OpenStandardDescriptors() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (opened >= 0 && opened != fd) ::close(opened);  // only the lowest free one is wanted
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace clinicrank;
  OpenStandardDescriptors();
  CLI::App app(
      "clinicrank " CLINICRANK_VERSION
      " - crawl stem-cell clinic websites, extract what each says about its knee\n"
      "treatment (price, ultrasound guidance, cell source, personalized plan, red-flag\n"
      "claims) with the quote that proves it, and rank clinics against a published checklist.",
      "clinicrank");
  app.set_version_flag("--version", CLINICRANK_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  clinicrank rank sample_pages/*                 ranked Markdown table\n"
      "  clinicrank rank sample_pages/* --format html -o report.html\n"
      "  clinicrank extract sample_pages/* > facts.jsonl\n"
      "  clinicrank rank --facts facts.jsonl --country MX,CO   rank extracted clinics again\n"
      "  clinicrank audit sample_pages/* --format md\n"
      "  clinicrank crawl https://clinic.example/ --db clinics.db\n"
      "  clinicrank rank --db clinics.db\n"
      "  clinicrank index crawl.warc.gz > crawl.cdxj\n"
      "Run 'clinicrank <command> --help' for a command's options.");

  std::vector<Command> commands = {
      AddCrawlCommand(app), AddExtractCommand(app), AddRankCommand(app),
      AddAuditCommand(app), AddDiffCommand(app),    AddRobotsCommand(app),
      AddIndexCommand(app),
      AddArchiveCommand(app),
  };

  RecordCommandLine(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string command = "clinicrank";
    for (const CLI::App* sub : app.get_subcommands()) command += " " + sub->get_name();
    std::cerr << "clinicrank: " << e.what() << "\nRun '" << command << " --help' for usage.\n";
    return kExitUsage;
  }

  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    std::cerr << "clinicrank: error: cannot initialise libcurl\n";
    return kExitFailure;
  }
  // Ctrl-C ends extract, rank and audit at once (exit 130); crawl asks for
  // a grace period to record the run (base/interrupt.h).
  InstallInterruptHandlers(0);
  int status = kExitFailure;
  try {
    for (const Command& command : commands) {
      if (command.cli->parsed()) {
        status = command.run();
        break;
      }
    }
  } catch (const std::bad_alloc&) {
    std::cerr << "clinicrank: error: out of memory\n";
    status = kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "clinicrank: error: " << e.what() << "\n";
    status = kExitFailure;
  }
  // Every write to stdout is checked here, once, including the final flush
  // and close (a full disk or /dev/full shows only then).
  errno = 0;
  std::cout.flush();
  const bool written = std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout);
  int write_error = errno;
  const bool closed = std::fclose(stdout) == 0;
  if (written) write_error = errno;
  // A command that failed has said why (a failed write included).
  if ((!closed || !written) && status == kExitOk) {
    std::cerr << "clinicrank: error: standard output: cannot write: "
              << std::strerror(write_error != 0 ? write_error : EIO) << "\n";
    status = kExitFailure;
  }
  curl_global_cleanup();
  return status;
}
