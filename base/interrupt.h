// Ctrl-C (SIGINT) and SIGTERM for long work. With a grace period (crawl),
// the first signal sets a flag that loops poll (between crawl events) so
// they can stop cleanly, and arms a watchdog: if the process has not ended
// `grace_seconds` later (stuck in one long parse, say), it ends anyway. A
// second signal ends it at once. Without one (extract, rank, audit: nothing
// to save), the first signal ends it at once. Either way the exit status is
// 128 + SIGINT = 130, the shell's convention, and a registered temporary file
// is removed first so nothing half-written is left beside the output.
//
// Only app/ installs the handlers; libraries may read the flag and register
// a temporary file. Everything the handlers touch is async-signal-safe.
#ifndef CLINICRANK_BASE_INTERRUPT_H_
#define CLINICRANK_BASE_INTERRUPT_H_

#include <atomic>

namespace clinicrank {

inline constexpr int kExitInterrupted = 130;

// Installs the SIGINT and SIGTERM handlers; `grace_seconds` 0 ends the
// process at the first signal. Calling it again changes the grace.
void InstallInterruptHandlers(unsigned grace_seconds);

// True once SIGINT or SIGTERM arrived.
bool Interrupted();
// The flag itself, for code that takes a `const std::atomic<bool>*` stop.
const std::atomic<bool>* InterruptFlag();

// Cancels the watchdog (work that must finish, such as recording that a
// crawl was interrupted, calls this once it has stopped; a second signal
// still ends the process).
void CancelInterruptWatchdog();

// The temporary file to unlink if a signal ends the process (at most one at
// a time; longer paths are not registered). nullptr clears it.
void SetInterruptCleanupPath(const char* path);

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_INTERRUPT_H_
