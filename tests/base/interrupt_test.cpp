// Ctrl-C handling (base/interrupt.h), in forked children so the test
// binary's own signal handling is untouched: issue 13 #1 asks that a run
// stuck in one long parse still ends promptly, with exit status 130.
#include "base/interrupt.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

namespace clinicrank {
namespace {

// Forks a child that installs the handlers with `grace_seconds`, registers
// `cleanup` (if any) and spins in `work` until killed; sends it SIGINT
// `signals` times, and returns its exit status (-1 if it had to be killed).
int InterruptedChild(unsigned grace_seconds, int signals, void (*work)(),
                     const char* cleanup = nullptr) {
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    InstallInterruptHandlers(grace_seconds);
    if (cleanup != nullptr) SetInterruptCleanupPath(cleanup);
    const char byte = 1;
    if (::write(ready[1], &byte, 1) != 1) ::_exit(3);
    work();
    ::_exit(0);
  }
  char byte;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  ::close(ready[0]);
  ::close(ready[1]);
  for (int i = 0; i < signals; ++i) {
    ::kill(pid, SIGINT);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  int status = 0;
  while (std::chrono::steady_clock::now() < until) {
    if (::waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return -1;
}

// A parse that never looks at the flag.
void SpinForever() {
  volatile unsigned long n = 0;
  while (true) n = n + 1;
}

// Work that polls the flag and stops cleanly with status 7.
void PollFlag() {
  while (!Interrupted()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::_exit(7);
}

TEST_CASE("issue13 #1: without a grace period the first Ctrl-C ends the run with 130",
          "[base][interrupt]") {
  CHECK(InterruptedChild(0, 1, SpinForever) == kExitInterrupted);
}

TEST_CASE("issue13 #1: a run that polls the flag stops cleanly on its own",
          "[base][interrupt]") {
  CHECK(InterruptedChild(5, 1, PollFlag) == 7);
}

TEST_CASE("issue13 #1: a run stuck in one long parse ends when the grace period is over",
          "[base][interrupt]") {
  CHECK(InterruptedChild(1, 1, SpinForever) == kExitInterrupted);
}

TEST_CASE("issue13 #1: a second Ctrl-C ends the run at once", "[base][interrupt]") {
  CHECK(InterruptedChild(600, 2, SpinForever) == kExitInterrupted);
}

TEST_CASE("issue13 #1: the registered temporary file is removed", "[base][interrupt]") {
  char name[] = "/tmp/clinicrank-interrupt-XXXXXX";
  const int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  ::close(fd);
  CHECK(InterruptedChild(0, 1, SpinForever, name) == kExitInterrupted);
  CHECK(::access(name, F_OK) != 0);
  ::unlink(name);
}

}  // namespace
}  // namespace clinicrank
