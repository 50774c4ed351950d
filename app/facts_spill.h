// A FactsShelf on disk (ranking/rank_builder.h): each clinic's facts as one
// line of `extract` JSON in an unnamed temporary file, read back by offset.
// The file is unlinked as soon as it is made, so nothing is left behind on a
// crash; it lives in $TMPDIR (default /tmp) and takes about as many bytes as
// `extract` would print for the same clinics.
#ifndef CLINICRANK_APP_FACTS_SPILL_H_
#define CLINICRANK_APP_FACTS_SPILL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ranking/rank_builder.h"

namespace clinicrank {

class FileFactsShelf final : public FactsShelf {
 public:
  // Creates the temporary file in `dir`. Null with `error` set ("cannot
  // create a temporary file in /tmp: No space left on device") when it
  // cannot.
  static std::unique_ptr<FileFactsShelf> Create(const std::string& dir, std::string* error);
  // $TMPDIR, else /tmp.
  static std::string DefaultDir();
  ~FileFactsShelf() override;
  FileFactsShelf(const FileFactsShelf&) = delete;
  FileFactsShelf& operator=(const FileFactsShelf&) = delete;

  uint64_t Put(const ClinicFacts& facts) override;
  bool Get(uint64_t ticket, ClinicFacts* facts, std::string* error) const override;
  std::string error() const override { return error_; }

  // Bytes written so far.
  uint64_t bytes() const { return end_; }

 private:
  FileFactsShelf(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}

  struct Extent {
    uint64_t offset = 0;
    uint64_t size = 0;
  };
  int fd_ = -1;
  std::string dir_;
  uint64_t end_ = 0;
  std::vector<Extent> extents_;  // by ticket
  std::string error_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_APP_FACTS_SPILL_H_
