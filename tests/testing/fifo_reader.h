// A FIFO at a path with a thread reading everything written to it, for
// tests of outputs that must write through to a FIFO rather than replace it.
#ifndef CLINICRANK_TESTS_TESTING_FIFO_READER_H_
#define CLINICRANK_TESTS_TESTING_FIFO_READER_H_

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <thread>

namespace clinicrank::testing {

class FifoReader {
 public:
  // Creates the FIFO at `path` and starts reading it (the thread blocks
  // until a writer opens it).
  explicit FifoReader(std::string path) : path_(std::move(path)) {
    if (::mkfifo(path_.c_str(), 0600) != 0) throw std::runtime_error("mkfifo " + path_);
    thread_ = std::thread([this] {
      const int fd = ::open(path_.c_str(), O_RDONLY);
      char buf[65536];
      for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) received_.append(buf, n);
      ::close(fd);
    });
  }
  ~FifoReader() {
    if (thread_.joinable()) {
      // Nobody wrote: open it for writing once so the reader finishes.
      const int fd = ::open(path_.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) ::close(fd);
      thread_.join();
    }
  }
  FifoReader(const FifoReader&) = delete;
  FifoReader& operator=(const FifoReader&) = delete;

  // Everything read, once the writer has closed the FIFO.
  std::string Received() {
    if (thread_.joinable()) thread_.join();
    return received_;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string received_;
  std::thread thread_;
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_FIFO_READER_H_
