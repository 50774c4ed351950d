// Files a command writes (`-o FILE`, `crawl --warc FILE`) and small files it
// reads (`--weights`, `--rates`, `--seeds`).
//
// Writing never destroys what is at the path by accident:
//  - a regular file, or a name that does not exist yet, is written through a
//    new temporary file in the same folder (mkstemp: O_EXCL, so a symlink
//    planted under the temporary name is never followed), flushed to disk and
//    renamed over the target only when complete: a crash, a full disk or
//    Ctrl-C never leaves half a file under the name. A symbolic link to a
//    regular file stays a link: its target is replaced. An existing file keeps
//    its permission bits; a new one gets 0644 less the umask.
//  - anything else that exists (a device such as /dev/null, a FIFO, a
//    terminal), and every path under /dev/ or /proc/, is written through and
//    never replaced; "/dev/stdout" is standard output.
//  - a directory or a dangling symbolic link is an error.
#ifndef CLINICRANK_REPORT_OUTPUT_FILE_H_
#define CLINICRANK_REPORT_OUTPUT_FILE_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace clinicrank {

class OutputFile {
 public:
  OutputFile() = default;
  // Without a successful Commit, the temporary file is removed.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Opens `path` for writing as described above. False with `error` set
  // ("path: reason"). A FIFO blocks here until a reader opens it.
  bool Open(const std::string& path, std::string* error);
  // The open stream. REQUIRES: Open succeeded. Write errors are sticky and
  // reported by Commit.
  std::FILE* stream() const { return stream_; }
  // Writes through stream(), remembering why the first failed write failed
  // for Commit's message. False on failure.
  bool Write(std::string_view data);
  // True once a write has failed (a full disk, a closed pipe): a long report
  // can stop early instead of producing output that goes nowhere.
  bool failed() const { return write_errno_ != 0; }
  // Flushes and closes the stream, then renames the temporary file into
  // place. False with `error` set ("path: cannot write: No space left on
  // device"); the temporary file is then removed and an existing target is
  // left untouched.
  bool Commit(std::string* error);

 private:
  void Abandon();

  std::string path_;  // the target, a symbolic link resolved
  std::string temp_;  // the temporary file; "" when writing through
  std::FILE* stream_ = nullptr;
  bool is_stdout_ = false;
  int write_errno_ = 0;  // of the first failed Write
};

// Opens, writes `content` and commits (OutputFile). False with `error` set.
bool WriteOutputFile(const std::string& path, std::string_view content, std::string* error);

// The largest currency-rates table read (a real one is a few KiB).
inline constexpr size_t kMaxRatesFileBytes = 1u << 20;

// Reads a whole regular file of at most `max_bytes`. FIFOs, devices,
// sockets and directories are refused without blocking or reading them.
// False with `error` set: "path: No such file or directory", "path: a FIFO,
// not a regular file", "path: too large (over 1048576 bytes)".
bool ReadSmallFile(const std::string& path, size_t max_bytes, std::string* content,
                   std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_OUTPUT_FILE_H_
