// A fresh directory under the system temp dir, removed with everything in
// it when the object goes away. Header-only, for any test binary.
#ifndef CLINICRANK_TESTS_TESTING_TEMP_DIR_H_
#define CLINICRANK_TESTS_TESTING_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace clinicrank::testing {

class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / "clinicrank-test-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Writes `bytes` to path()/name (creating folders) and returns the path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string p = File(name);
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_TEMP_DIR_H_
