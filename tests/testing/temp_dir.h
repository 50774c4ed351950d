// A fresh directory under the system temp dir, removed with everything in
// it when the object goes away. Header-only, for any test binary.
#ifndef CLINICRANK_TESTS_TESTING_TEMP_DIR_H_
#define CLINICRANK_TESTS_TESTING_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace clinicrank::testing {

class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "clinicrank-test-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Writes `bytes` to PATH/NAME (creating folders) and returns that path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + p.string());
    return p.string();
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // The full path of `name` inside the directory (the same as File).
  std::string Path(const std::string& name) const { return File(name); }

 private:
  std::string path_;
};

using TempDir = ScratchDir;

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_TEMP_DIR_H_
