// Writing a finished report to a file so that a crash or a full disk never
// leaves half a report behind: the text goes to a temporary file in the same
// directory, is flushed to disk, then renamed over the target.
#ifndef CLINICRANK_REPORT_OUTPUT_FILE_H_
#define CLINICRANK_REPORT_OUTPUT_FILE_H_

#include <string>
#include <string_view>

namespace clinicrank {

// Returns false with `error` set ("path: reason") when any step fails; the
// temporary file is removed and an existing `path` is left untouched. The
// new file gets mode 0644 (less the umask).
bool WriteFileAtomically(const std::string& path, std::string_view content, std::string* error);

// Reads a whole (small) file; false with `error` set ("path: reason").
bool ReadSmallFile(const std::string& path, std::string* content, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_OUTPUT_FILE_H_
