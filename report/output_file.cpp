#include "report/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace clinicrank {
namespace {

std::string Reason(const std::string& path, const char* what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

bool WriteAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

bool WriteFileAtomically(const std::string& path, std::string_view content, std::string* error) {
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string tmpl = dir + "." + base + ".tmp.XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    *error = Reason(path, "cannot create a temporary file beside it");
    return false;
  }
  mode_t mask = ::umask(0);
  ::umask(mask);
  bool ok = ::fchmod(fd, 0644 & ~mask) == 0 && WriteAll(fd, content) && ::fsync(fd) == 0;
  if (!ok) *error = Reason(path, "cannot write");
  if (::close(fd) != 0 && ok) {
    ok = false;
    *error = Reason(path, "cannot write");
  }
  if (ok && ::rename(name.data(), path.c_str()) != 0) {
    ok = false;
    *error = Reason(path, "cannot replace");
  }
  if (!ok) ::unlink(name.data());
  return ok;
}

bool ReadSmallFile(const std::string& path, std::string* content, std::string* error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = Reason(path, "cannot open");
    return false;
  }
  content->clear();
  char buf[8192];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) content->append(buf, n);
  bool ok = !std::ferror(f);
  if (!ok) *error = Reason(path, "cannot read");
  std::fclose(f);
  return ok;
}

}  // namespace clinicrank
