// Where a report's text goes as it is written: a string, or a file in
// pieces, so a report of 100,000 clinics never sits whole in memory
// (issue 17). Writers append with `*sink += text`.
#ifndef CLINICRANK_REPORT_TEXT_SINK_H_
#define CLINICRANK_REPORT_TEXT_SINK_H_

#include <string>
#include <string_view>

#include "report/output_file.h"

namespace clinicrank {

class TextSink {
 public:
  virtual ~TextSink() = default;
  virtual void Write(std::string_view text) = 0;
  TextSink& operator+=(std::string_view text) {
    Write(text);
    return *this;
  }
};

// Appends to a string the caller owns.
class StringSink final : public TextSink {
 public:
  explicit StringSink(std::string* out) : out_(out) {}
  void Write(std::string_view text) override { out_->append(text); }

 private:
  std::string* out_;
};

// Writes through an open OutputFile; its Commit reports any write error.
class OutputFileSink final : public TextSink {
 public:
  explicit OutputFileSink(OutputFile* file) : file_(file) {}
  void Write(std::string_view text) override { file_->Write(text); }

 private:
  OutputFile* file_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_TEXT_SINK_H_
