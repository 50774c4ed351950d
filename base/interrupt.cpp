#include "base/interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <cstring>

namespace clinicrank {
namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

// The registered temporary file: written by normal code, read by the
// handlers. `g_cleanup_set` is cleared before the buffer changes.
char g_cleanup_path[4096];
std::atomic<bool> g_cleanup_set{false};

// Read by the handler; set before the handlers are installed.
std::atomic<unsigned> g_grace_seconds{0};

// Whether stderr is a terminal, where a progress line may be open: decided
// when the handlers are installed (the handler calls nothing but write).
std::atomic<bool> g_stderr_tty{false};

[[noreturn]] void EndNow() {
  if (g_cleanup_set.load()) ::unlink(g_cleanup_path);
  constexpr char kMessage[] = "\nclinicrank: interrupted\n";
  const bool tty = g_stderr_tty.load();
  ssize_t ignored =
      ::write(STDERR_FILENO, kMessage + (tty ? 0 : 1), sizeof kMessage - (tty ? 1 : 2));
  (void)ignored;
  ::_exit(kExitInterrupted);
}

void OnSignal(int) {
  // The second signal, or no grace: end now.
  if (g_interrupted.exchange(true) || g_grace_seconds.load() == 0) EndNow();
  ::alarm(g_grace_seconds.load());
}

void OnWatchdog(int) { EndNow(); }

}  // namespace

void InstallInterruptHandlers(unsigned grace_seconds) {
  g_grace_seconds.store(grace_seconds);
  g_stderr_tty.store(::isatty(STDERR_FILENO) == 1);
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  struct sigaction watchdog {};
  watchdog.sa_handler = OnWatchdog;
  sigemptyset(&watchdog.sa_mask);
  sigaction(SIGALRM, &watchdog, nullptr);
}

bool Interrupted() { return g_interrupted.load(); }

const std::atomic<bool>* InterruptFlag() { return &g_interrupted; }

void CancelInterruptWatchdog() { ::alarm(0); }

void SetInterruptCleanupPath(const char* path) {
  g_cleanup_set.store(false);
  if (path == nullptr || std::strlen(path) >= sizeof g_cleanup_path) return;
  std::memcpy(g_cleanup_path, path, std::strlen(path) + 1);
  g_cleanup_set.store(true);
}

}  // namespace clinicrank
