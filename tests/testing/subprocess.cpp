#include "tests/testing/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace clinicrank::testing {
namespace {

constexpr size_t kMaxCapture = 64u << 20;

void Append(int fd, std::string* into, bool* open) {
  char buf[65536];
  ssize_t n = ::read(fd, buf, sizeof buf);
  if (n <= 0) {
    *open = false;
    return;
  }
  if (into->size() < kMaxCapture) into->append(buf, static_cast<size_t>(n));
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, int timeout_seconds,
                         const ProcessOptions& options) {
  int out_pipe[2], err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_RDONLY);
    ::dup2(devnull, 0);
    if (options.stdout_path.empty()) {
      ::dup2(out_pipe[1], 1);
    } else {
      const int out = ::open(options.stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (out < 0) ::_exit(126);
      ::dup2(out, 1);
    }
    ::dup2(err_pipe[1], 2);
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);

  ProcessResult result;
  bool out_open = true, err_open = true;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  std::chrono::steady_clock::time_point interrupted_at;
  bool interrupted = false;
  bool timed_out = false;
  while (out_open || err_open) {
    const auto now = std::chrono::steady_clock::now();
    if (!interrupted && !options.interrupt_when_stderr_has.empty() &&
        result.err.find(options.interrupt_when_stderr_has) != std::string::npos) {
      ::kill(pid, SIGINT);
      interrupted = true;
      interrupted_at = now;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
    if (left.count() <= 0) {
      timed_out = true;
      ::kill(pid, SIGKILL);
      break;
    }
    pollfd fds[2] = {{out_open ? out_pipe[0] : -1, POLLIN, 0},
                     {err_open ? err_pipe[0] : -1, POLLIN, 0}};
    int ready = ::poll(fds, 2, static_cast<int>(left.count()));
    if (ready < 0) continue;
    if (out_open && (fds[0].revents & (POLLIN | POLLHUP))) Append(out_pipe[0], &result.out, &out_open);
    if (err_open && (fds[1].revents & (POLLIN | POLLHUP))) Append(err_pipe[0], &result.err, &err_open);
  }
  ::close(out_pipe[0]);
  ::close(err_pipe[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (interrupted) {
    result.seconds_after_interrupt =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - interrupted_at).count();
  }
  return result;
}

}  // namespace clinicrank::testing
