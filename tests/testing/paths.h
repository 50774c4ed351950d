// Where tests find the repository's files and the built binary, compiled in
// by CMake so tests run from any working directory.
#ifndef CLINICRANK_TESTS_TESTING_PATHS_H_
#define CLINICRANK_TESTS_TESTING_PATHS_H_

#include <string>
#include <vector>

namespace clinicrank::testing {

// The repository root, e.g. "/src/clinicrank".
std::string SourceDir();
// SourceDir() + "/sample_pages".
std::string SamplePagesDir();
// Every clinic folder in SamplePagesDir(), sorted.
std::vector<std::string> SampleClinicDirs();
// The built clinicrank executable.
std::string ClinicrankBinary();
// Where tests leave files for later CI steps (build/test-artifacts; e.g. the
// WARC files .ci/warcio/check.mjs verifies). Created on first use.
std::string ArtifactDir();
// The whole content of a file; fails the test (throws) when unreadable.
std::string ReadFileOrThrow(const std::string& path);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_PATHS_H_
