#include "report/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "base/interrupt.h"

namespace clinicrank {
namespace {

// "path: what: reason", with `err` (an errno value) as the reason.
std::string Reason(const std::string& path, const char* what, int err) {
  return path + ": " + what + ": " + std::strerror(err != 0 ? err : EIO);
}

const char* FileKind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

bool UnderSystemFolder(const std::string& path) {
  return path.starts_with("/dev/") || path.starts_with("/proc/");
}

// The temporary name beside `target`: ".NAME.tmp.XXXXXX" in its folder, the
// name cut so the whole stays within NAME_MAX.
std::string TempTemplate(const std::string& target) {
  const size_t slash = target.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  return dir + "." + base.substr(0, 200) + ".tmp.XXXXXX";
}

}  // namespace

OutputFile::~OutputFile() { Abandon(); }

void OutputFile::Abandon() {
  if (stream_ != nullptr && !is_stdout_) std::fclose(stream_);
  stream_ = nullptr;
  if (!temp_.empty()) {
    ::unlink(temp_.c_str());
    SetInterruptCleanupPath(nullptr);
    temp_.clear();
  }
}

bool OutputFile::Open(const std::string& path, std::string* error) {
  Abandon();
  path_ = path;
  is_stdout_ = false;
  write_errno_ = 0;
  if (path == "/dev/stdout") {
    is_stdout_ = true;
    stream_ = stdout;
    return true;
  }
  bool through = UnderSystemFolder(path);
  mode_t mode = 0644;
  struct stat link_st;
  if (::lstat(path.c_str(), &link_st) == 0) {
    struct stat st = link_st;
    if (S_ISLNK(link_st.st_mode) && ::stat(path.c_str(), &st) != 0) {
      *error = errno == ENOENT ? path + ": a symbolic link to a missing file; not followed"
                               : Reason(path, "cannot open", errno);
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      *error = path + ": is a directory";
      return false;
    }
    through = through || !S_ISREG(st.st_mode);
    if (S_ISREG(st.st_mode)) mode = st.st_mode & 0777;
    if (!through && S_ISLNK(link_st.st_mode)) {
      std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr),
                                                       &std::free);
      if (!real) {
        *error = Reason(path, "cannot resolve the symbolic link", errno);
        return false;
      }
      path_ = real.get();
    }
  } else if (errno != ENOENT) {
    *error = Reason(path, "cannot open", errno);
    return false;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0644 & ~mask;
  }

  int fd;
  if (through) {
    fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
      *error = Reason(path, "cannot open", errno);
      return false;
    }
  } else {
    std::string name = TempTemplate(path_);
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
      *error = Reason(path, "cannot create a temporary file beside it", errno);
      return false;
    }
    temp_ = name;
    SetInterruptCleanupPath(temp_.c_str());
    if (::fchmod(fd, mode) != 0) {
      const int err = errno;
      ::close(fd);
      Abandon();
      *error = Reason(path, "cannot set the mode of the temporary file", err);
      return false;
    }
  }
  stream_ = ::fdopen(fd, "wb");
  if (stream_ == nullptr) {
    const int err = errno;
    ::close(fd);
    Abandon();
    *error = Reason(path, "cannot open", err);
    return false;
  }
  return true;
}

bool OutputFile::Write(std::string_view data) {
  errno = 0;
  if (std::fwrite(data.data(), 1, data.size(), stream_) == data.size()) return true;
  if (write_errno_ == 0) write_errno_ = errno != 0 ? errno : EIO;
  return false;
}

bool OutputFile::Commit(std::string* error) {
  if (stream_ == nullptr) {
    *error = path_ + ": not open";
    return false;
  }
  errno = 0;
  bool ok = std::fflush(stream_) == 0 && !std::ferror(stream_);
  int err = write_errno_ != 0 ? write_errno_ : errno;
  if (ok && !temp_.empty() && ::fsync(fileno(stream_)) != 0) {
    ok = false;
    err = errno;
  }
  if (is_stdout_) {
    stream_ = nullptr;
    if (!ok) *error = Reason("standard output", "cannot write", err);
    return ok;
  }
  const int closed = std::fclose(stream_);
  stream_ = nullptr;
  if (ok && closed != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    *error = Reason(path_, "cannot write", err);
    Abandon();
    return false;
  }
  if (!temp_.empty()) {
    if (::rename(temp_.c_str(), path_.c_str()) != 0) {
      *error = Reason(path_, "cannot replace", errno);
      Abandon();
      return false;
    }
    SetInterruptCleanupPath(nullptr);
    temp_.clear();
  }
  return true;
}

bool WriteOutputFile(const std::string& path, std::string_view content, std::string* error) {
  OutputFile out;
  if (!out.Open(path, error)) return false;
  out.Write(content);
  return out.Commit(error);
}

bool ReadSmallFile(const std::string& path, size_t max_bytes, std::string* content,
                   std::string* error) {
  content->clear();
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    *error = path + ": " + std::strerror(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    *error = path + ": " + std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *error = path + ": " + FileKind(st.st_mode) + ", not a regular file";
    ::close(fd);
    return false;
  }
  if (static_cast<uintmax_t>(st.st_size) <= max_bytes) {
    content->reserve(static_cast<size_t>(st.st_size));
  }
  char buf[65536];
  bool ok = true;
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = path + ": cannot read: " + std::strerror(errno);
      ok = false;
      break;
    }
    if (n == 0) break;
    // A file that grows as it is read (or a /proc file reporting size 0)
    // is still held to the cap.
    if (content->size() + static_cast<size_t>(n) > max_bytes) {
      *error = path + ": too large (over " + std::to_string(max_bytes) + " bytes)";
      ok = false;
      break;
    }
    content->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  if (!ok) content->clear();
  return ok;
}

}  // namespace clinicrank
