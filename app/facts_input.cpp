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

// Lines whose warnings are printed per file; the rest are counted.
constexpr size_t kWarnedLines = 10;

// The bytes of one input, plain or gzip (any number of members, as
// `cat a.gz b.gz` makes). Anything after the last member that is not another
// member is an error, never dropped silently; so is a stream cut short.
class InputBytes {
 public:
  explicit InputBytes(int fd) : fd_(fd) {}
  ~InputBytes() {
    if (inflating_) inflateEnd(&zs_);
  }
  InputBytes(const InputBytes&) = delete;
  InputBytes& operator=(const InputBytes&) = delete;

  // Reads the first bytes and decides the format. False with error() set
  // for input compressed in a way this reader does not decode.
  bool Start() {
    while (in_len_ < 6 && Refill()) {
    }
    if (!error_.empty()) return false;
    const auto starts = [this](std::string_view magic) {
      return in_len_ >= magic.size() && std::memcmp(in_, magic.data(), magic.size()) == 0;
    };
    const char* tool = starts("\xfd" "7zXZ") ? "xz" : starts("\x28\xb5\x2f\xfd") ? "zstd"
                       : starts("BZh")                      ? "bzip2"
                                                            : nullptr;
    if (tool != nullptr) {
      error_ = std::string("compressed with ") + tool + "; decompress it into --facts -, e.g. " +
               tool + " -dc FILE | clinicrank rank --facts -";
      return false;
    }
    gzip_ = starts("\x1f\x8b");
    if (gzip_ && !BeginMember()) return false;
    return true;
  }

  // Up to `n` decoded bytes; 0 at the end of input or on an error.
  size_t Read(char* out, size_t n) {
    if (!error_.empty()) return 0;
    if (!gzip_) {
      if (in_pos_ == in_len_ && !Refill()) return 0;
      const size_t take = std::min(n, in_len_ - in_pos_);
      std::memcpy(out, in_ + in_pos_, take);
      in_pos_ += take;
      return take;
    }
    for (;;) {
      if (member_done_) {
        // Another member, or the end; anything else would be lost.
        if (in_pos_ == in_len_ && !Refill()) return 0;
        while (in_len_ - in_pos_ < 2 && Refill()) {
        }
        if (in_len_ - in_pos_ < 2 || in_[in_pos_] != '\x1f' || in_[in_pos_ + 1] != '\x8b') {
          error_ = "data after the end of the gzip stream (at compressed byte " +
                   std::to_string(consumed_ + in_pos_) + ") would be lost";
          return 0;
        }
        if (!BeginMember()) return 0;
      }
      if (in_pos_ == in_len_ && !Refill()) {
        if (error_.empty()) error_ = "unexpected end of file (a truncated gzip file?)";
        return 0;
      }
      zs_.next_in = reinterpret_cast<Bytef*>(in_ + in_pos_);
      zs_.avail_in = static_cast<uInt>(in_len_ - in_pos_);
      zs_.next_out = reinterpret_cast<Bytef*>(out);
      zs_.avail_out = static_cast<uInt>(n);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      in_pos_ = in_len_ - zs_.avail_in;
      const size_t produced = n - zs_.avail_out;
      if (rc == Z_STREAM_END) {
        member_done_ = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("not valid gzip data: ") + (zs_.msg ? zs_.msg : "inflate failed");
        return 0;
      }
      if (produced > 0) return produced;
    }
  }

  const std::string& error() const { return error_; }

 private:
  bool BeginMember() {
    if (!inflating_) {
      std::memset(&zs_, 0, sizeof zs_);
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
        error_ = "cannot start gzip decoding";
        return false;
      }
      inflating_ = true;
    } else {
      inflateReset(&zs_);
    }
    member_done_ = false;
    return true;
  }

  // Moves what is unread to the front and reads more. False at the end of
  // input or on a read error (error() set).
  bool Refill() {
    if (in_pos_ > 0) {
      consumed_ += in_pos_;
      std::memmove(in_, in_ + in_pos_, in_len_ - in_pos_);
      in_len_ -= in_pos_;
      in_pos_ = 0;
    }
    if (in_len_ == sizeof in_) return true;
    for (;;) {
      const ssize_t got = ::read(fd_, in_ + in_len_, sizeof in_ - in_len_);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        error_ = std::strerror(errno);
        return false;
      }
      in_len_ += static_cast<size_t>(got);
      return got > 0;
    }
  }

  int fd_;
  char in_[1 << 16];
  size_t in_pos_ = 0;
  size_t in_len_ = 0;
  uint64_t consumed_ = 0;  // input bytes moved out of `in_`
  bool gzip_ = false;
  bool inflating_ = false;
  bool member_done_ = false;
  z_stream zs_{};
  std::string error_;
};

// Lines of at most `max_bytes`; longer ones are reported by length and
// dropped as they pass, never held whole.
class LineReader {
 public:
  LineReader(InputBytes* in, size_t max_bytes) : in_(in), max_(max_bytes) {}

  // The next line without its "\n". False at the end of input or on a read
  // error; a line cut short by an error is not handed on. `too_long` is set
  // for a dropped line, whose `line` is empty.
  bool Next(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    for (;;) {
      if (pos_ == size_) {
        size_ = in_->Read(buffer_, sizeof buffer_);
        pos_ = 0;
        if (size_ == 0) return in_->error().empty() && (!line->empty() || *too_long);
      }
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

 private:
  InputBytes* in_;
  size_t max_;
  char buffer_[1 << 16];
  size_t pos_ = 0;
  size_t size_ = 0;
};

// Opens FILE (or dups stdin for "-"). Regular files, FIFOs (process
// substitution) and pipes only. -1 with `error` set otherwise.
int OpenInput(const std::string& file, std::string* error) {
  const int fd = file == "-" ? ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3)
                             : ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    *error = (file == "-" ? std::string("standard input") : file) + ": " + std::strerror(errno);
    return -1;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) ||
                                 S_ISSOCK(st.st_mode) || (file == "-" && S_ISCHR(st.st_mode)))) {
    *error = file + ": not a file of extract output (a regular file, a pipe or -)";
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

std::string CheckFactsFiles(const std::vector<std::string>& files, bool* usage) {
  *usage = false;
  for (const std::string& file : files) {
    if (file == "-") continue;
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return file + ": " + std::strerror(errno);
    if (S_ISDIR(st.st_mode)) {
      *usage = true;
      return file +
             " is a folder: --facts takes files of 'clinicrank extract' output; rank a clinic "
             "folder without --facts";
    }
    const size_t dot = file.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : file.substr(dot);
    if (ext == ".html" || ext == ".htm") {
      *usage = true;
      return file +
             " is a web page: --facts takes files of 'clinicrank extract' output; rank pages "
             "without --facts";
    }
    if (::access(file.c_str(), R_OK) != 0) return file + ": " + std::strerror(errno);
  }
  return "";
}

bool ReadFactsLines(const FactsInputOptions& options, const ClinicFactsSink& sink,
                    FactsInputCounts* counts, std::string* error) {
  for (const std::string& file : options.files) {
    const int fd = OpenInput(file, error);
    if (fd < 0) return false;
    const std::string name = file == "-" ? "standard input" : file;
    auto bytes = std::make_unique<InputBytes>(fd);
    if (!bytes->Start()) {
      *error = name + ": " + bytes->error();
      ::close(fd);
      return false;
    }
    auto reader = std::make_unique<LineReader>(bytes.get(), options.max_line_bytes);
    std::string line, why;
    bool too_long = false;
    size_t number = 0, skipped = 0;
    while (reader->Next(&line, &too_long)) {
      ++number;
      if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!too_long && line.find('\0') != std::string::npos) {
        *error = name + ":" + std::to_string(number) +
                 ": binary data (a NUL byte): not 'clinicrank extract' output";
        ::close(fd);
        return false;
      }
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
      if (++skipped <= kWarnedLines) {
        std::cerr << "clinicrank: warning: " << name << ":" << number << ": " << why << "\n";
      }
    }
    counts->lines += number;
    if (skipped > kWarnedLines) {
      std::cerr << "clinicrank: warning: " << name << ": " << skipped - kWarnedLines
                << " more lines were not a clinic's facts and were skipped (" << skipped << " of "
                << number << " lines in all)\n";
    }
    const std::string read_error = bytes->error();
    ::close(fd);
    if (!read_error.empty()) {
      *error = name + ": cannot read: " + read_error;
      return false;
    }
  }
  return true;
}

}  // namespace clinicrank
