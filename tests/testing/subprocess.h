// Runs a program with arguments (no shell involved) and collects its exit
// status, stdout and stderr; used by end-to-end tests of the built binary.
#ifndef CLINICRANK_TESTS_TESTING_SUBPROCESS_H_
#define CLINICRANK_TESTS_TESTING_SUBPROCESS_H_

#include <string>
#include <vector>

namespace clinicrank::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 if killed by a signal or the timeout
  std::string out;
  std::string err;
  // Seconds from the SIGINT (ProcessOptions) to the end of the process (-1
  // when it was not sent).
  double seconds_after_interrupt = -1;
};

struct ProcessOptions {
  // Where stdout goes instead of being captured (e.g. "/dev/full"); "" to
  // capture it. Default: "".
  std::string stdout_path;
  // Sends SIGINT once stderr holds this text (the process is surely past
  // its start-up, however slow a sanitizer makes it); "": never.
  std::string interrupt_when_stderr_has;
};

// Runs argv[0] (a path) with argv; stdin is /dev/null. Killed after
// `timeout_seconds`. Output beyond 64 MiB per stream is dropped.
ProcessResult RunProcess(const std::vector<std::string>& argv, int timeout_seconds = 120,
                         const ProcessOptions& options = ProcessOptions());

// The same with stdout on a pseudo-terminal `columns` wide (stderr still a
// pipe), for output that depends on isatty(). The terminal's "\r\n" line
// ends come back as "\n".
ProcessResult RunProcessOnTty(const std::vector<std::string>& argv, int columns,
                              int timeout_seconds = 120);
// Runs the built clinicrank binary (paths.h) with `args`.
ProcessResult RunClinicrank(std::vector<std::string> args, int timeout_seconds = 300);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_SUBPROCESS_H_
