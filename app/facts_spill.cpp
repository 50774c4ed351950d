// The facts spill file (app/facts_spill.h).
#include "app/facts_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "report/facts_json.h"

namespace clinicrank {
std::string FileFactsShelf::DefaultDir() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

std::unique_ptr<FileFactsShelf> FileFactsShelf::Create(const std::string& dir,
                                                       std::string* error) {
  std::string name = dir + "/clinicrank-rank-XXXXXX";
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    *error = "cannot create a temporary file in " + dir + ": " + std::strerror(errno);
    return nullptr;
  }
  ::unlink(name.c_str());  // gone with the process, whatever happens
  return std::unique_ptr<FileFactsShelf>(new FileFactsShelf(fd, dir));
}

FileFactsShelf::~FileFactsShelf() {
  if (fd_ >= 0) ::close(fd_);
}

uint64_t FileFactsShelf::Put(const ClinicFacts& facts) {
  const std::string line = FactsToJsonLine(facts);
  const uint64_t ticket = extents_.size();
  Extent extent{end_, line.size()};
  size_t done = 0;
  while (error_.empty() && done < line.size()) {
    const ssize_t n = ::pwrite(fd_, line.data() + done, line.size() - done,
                               static_cast<off_t>(end_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = "cannot write the temporary file in " + dir_ + ": " +
               std::strerror(n < 0 ? errno : ENOSPC) + " (set TMPDIR to a folder with room)";
      extent.size = 0;
      break;
    }
    done += static_cast<size_t>(n);
  }
  if (error_.empty()) end_ += line.size();
  extents_.push_back(extent);
  return ticket;
}

bool FileFactsShelf::Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const {
  if (ticket >= extents_.size() || (extents_[ticket].size == 0 && !error_.empty())) {
    *error = error_.empty() ? "no clinic kept under ticket " + std::to_string(ticket) : error_;
    return false;
  }
  const Extent& e = extents_[ticket];
  std::string line(e.size, '\0');
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n =
        ::pread(fd_, line.data() + done, line.size() - done, static_cast<off_t>(e.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = "cannot read the temporary file in " + dir_ + " back: " +
               (n < 0 ? std::strerror(errno) : "it is shorter than written");
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (!FactsFromJsonLine(line, facts, error)) {
    *error = "the temporary file in " + dir_ + " holds a damaged line: " + *error;
    return false;
  }
  return true;
}

}  // namespace clinicrank
