// Reading `extract` output back (app/facts_input.h).
#include "app/facts_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

#include "report/facts_json.h"

namespace clinicrank {
namespace {

// Lines from a gzip or plain stream (zlib reads both), each at most
// `max_bytes`; longer ones are reported by length and dropped as they pass.
// zlib's message without the "<fd:4>: " it puts first for a descriptor.
std::string GzMessage(gzFile in, int* code) {
  std::string message = gzerror(in, code);
  if (message.rfind("<fd:", 0) == 0) {
    const size_t colon = message.find(": ");
    if (colon != std::string::npos) message.erase(0, colon + 2);
  }
  return message;
}

class LineReader {
 public:
  LineReader(gzFile in, size_t max_bytes) : in_(in), max_(max_bytes) {}

  // The next line without its "\n". False at the end of input or on a read
  // error (error() then says so). `too_long` is set for a dropped line,
  // whose `line` is empty.
  bool Next(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    for (;;) {
      // A line cut short by a read error is not handed on.
      if (pos_ == size_ && !Fill()) return error_.empty() && (!line->empty() || *too_long);
      const char* start = buffer_ + pos_;
      const void* nl = std::memchr(start, '\n', size_ - pos_);
      const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start)
                             : size_ - pos_;
      if (!*too_long && line->size() + take > max_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      }
      if (!*too_long) line->append(start, take);
      pos_ += take;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }

  const std::string& error() const { return error_; }

 private:
  bool Fill() {
    if (eof_) return false;
    const int n = gzread(in_, buffer_, sizeof buffer_);
    if (n < 0) {
      int code = 0;
      const std::string message = GzMessage(in_, &code);
      error_ = code == Z_ERRNO ? std::strerror(errno) : message;
      eof_ = true;
      return false;
    }
    if (n == 0) {
      // A gzip stream that stops early reads as an end, with an error kept.
      int code = 0;
      const std::string message = GzMessage(in_, &code);
      if (code != Z_OK) error_ = message + " (a truncated gzip file?)";
      eof_ = true;
      return false;
    }
    pos_ = 0;
    size_ = static_cast<size_t>(n);
    return true;
  }

  gzFile in_;
  size_t max_;
  char buffer_[1 << 16];
  size_t pos_ = 0;
  size_t size_ = 0;
  bool eof_ = false;
  std::string error_;
};

// Opens FILE (or stdin for "-") for gzread. Regular files, FIFOs (process
// substitution) and pipes only: a directory or device is refused.
gzFile OpenInput(const std::string& file, std::string* error) {
  int fd = STDIN_FILENO;
  if (file != "-") {
    fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
      *error = file + ": " + std::strerror(errno);
      return nullptr;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode))) {
      *error = file + ": not a file of extract output (a regular file, a pipe or -)";
      ::close(fd);
      return nullptr;
    }
  } else {
    fd = ::dup(STDIN_FILENO);
  }
  gzFile in = fd < 0 ? nullptr : gzdopen(fd, "rb");
  if (in == nullptr) {
    *error = file + ": cannot read: " + std::strerror(errno ? errno : ENOMEM);
    if (fd >= 0) ::close(fd);
  }
  return in;
}

}  // namespace

bool ReadFactsLines(const FactsInputOptions& options, const ClinicFactsSink& sink,
                    FactsInputCounts* counts, std::string* error) {
  for (const std::string& file : options.files) {
    gzFile in = OpenInput(file, error);
    if (in == nullptr) return false;
    const std::string name = file == "-" ? "standard input" : file;
    auto reader = std::make_unique<LineReader>(in, options.max_line_bytes);
    std::string line, why;
    bool too_long = false;
    size_t number = 0;
    while (reader->Next(&line, &too_long)) {
      ++number;
      if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ClinicFacts facts;
      if (too_long) {
        why = "longer than " + std::to_string(options.max_line_bytes >> 20) + " MiB, skipped";
      } else if (!FactsFromJsonLine(line, &facts, &why)) {
        why += "; skipped";
      } else {
        ++counts->clinics;
        sink(std::move(facts));
        continue;
      }
      ++counts->skipped;
      std::cerr << "clinicrank: warning: " << name << ":" << number << ": " << why << "\n";
    }
    const std::string read_error = reader->error();
    gzclose(in);
    if (!read_error.empty()) {
      *error = name + ": cannot read: " + read_error;
      return false;
    }
  }
  return true;
}

}  // namespace clinicrank
