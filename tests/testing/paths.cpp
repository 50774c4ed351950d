#include "tests/testing/paths.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace clinicrank::testing {

std::string SourceDir() { return CLINICRANK_SOURCE_DIR; }
std::string SamplePagesDir() { return SourceDir() + "/sample_pages"; }
std::string ClinicrankBinary() { return CLINICRANK_BINARY_PATH; }
std::string ArtifactDir() {
  std::filesystem::create_directories(CLINICRANK_ARTIFACT_DIR);
  return CLINICRANK_ARTIFACT_DIR;
}

std::vector<std::string> SampleClinicDirs() {
  std::vector<std::string> dirs;
  for (const auto& entry : std::filesystem::directory_iterator(SamplePagesDir())) {
    if (entry.is_directory()) dirs.push_back(entry.path().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::string ReadFileOrThrow(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace clinicrank::testing
