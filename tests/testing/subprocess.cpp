#include "tests/testing/subprocess.h"

#include "tests/testing/paths.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
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

// Reads the child's stdout and stderr until both close or the deadline
// passes (then kills it), reaps it and returns what it wrote. A pty master
// reads EIO once the child has closed its side, which ends its stream too.
// Sends SIGINT once stderr holds options.interrupt_when_stderr_has.
ProcessResult Collect(pid_t pid, int out_fd, int err_fd, int timeout_seconds,
                      const ProcessOptions& options = ProcessOptions()) {
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
    pollfd fds[2] = {{out_open ? out_fd : -1, POLLIN, 0}, {err_open ? err_fd : -1, POLLIN, 0}};
    if (::poll(fds, 2, static_cast<int>(left.count())) < 0) continue;
    if (out_open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
      Append(out_fd, &result.out, &out_open);
    if (err_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
      Append(err_fd, &result.err, &err_open);
  }
  ::close(out_fd);
  ::close(err_fd);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!timed_out && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (interrupted) {
    result.seconds_after_interrupt =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - interrupted_at).count();
  }
  return result;
}

std::vector<char*> ArgPointers(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  return args;
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, int timeout_seconds,
                         const ProcessOptions& options) {
  int out_pipe[2], err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  std::vector<char*> args = ArgPointers(argv);

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
  return Collect(pid, out_pipe[0], err_pipe[0], timeout_seconds, options);
}

ProcessResult RunProcessOnTty(const std::vector<std::string>& argv, int columns,
                              int timeout_seconds) {
  int master = -1, slave = -1, err_pipe[2];
  winsize ws{};
  ws.ws_col = static_cast<unsigned short>(columns);
  ws.ws_row = 50;
  if (::openpty(&master, &slave, nullptr, nullptr, &ws) != 0) throw std::runtime_error("openpty");
  if (::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  std::vector<char*> args = ArgPointers(argv);
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::setsid();
    ::ioctl(slave, TIOCSCTTY, 0);
    int devnull = ::open("/dev/null", O_RDONLY);
    ::dup2(devnull, 0);
    ::dup2(slave, 1);
    ::dup2(err_pipe[1], 2);
    ::close(master);
    ::close(err_pipe[0]);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(slave);
  ::close(err_pipe[1]);
  ProcessResult result = Collect(pid, master, err_pipe[0], timeout_seconds);
  std::string out;  // the terminal wrote "\r\n" for each "\n"
  for (size_t i = 0; i < result.out.size(); ++i) {
    if (result.out[i] == '\r' && i + 1 < result.out.size() && result.out[i + 1] == '\n') continue;
    out += result.out[i];
  }
  result.out = std::move(out);
  return result;
}

ProcessResult RunClinicrank(std::vector<std::string> args, int timeout_seconds) {
  args.insert(args.begin(), ClinicrankBinary());
  return RunProcess(args, timeout_seconds);
}

}  // namespace clinicrank::testing
