// WARC records (warc/warc_reader.h, ISO 28500), plain or gzip, through the
// page reader as `extract --warc` uses it (warc/warc_pages.h: responses,
// resources, revisits, HTTP bodies decoded). Invariants: nothing crashes or
// hangs, every page returned fits the record limit, and the reader stops at
// the end of the input.
#include <cstdint>
#include <cstdio>
#include <string>

#include "tests/fuzz/fuzz_input.h"
#include "warc/warc_pages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::FILE* in = fmemopen(bytes.data(), bytes.size(), "rb");
  if (in == nullptr) return 0;
  constexpr size_t kMaxRecord = 1 << 20;
  {
    WarcReaderOptions options;
    options.max_record_bytes = kMaxRecord;
    WarcPageReader reader(in, options);
    WarcPage page;
    size_t pages = 0;
    while (reader.Next(&page)) {
      fuzz::Check(page.body.size() <= kMaxRecord, "a body over the record limit");
      fuzz::Check(++pages <= size, "more pages than input bytes");
    }
  }
  std::fclose(in);
  return 0;
}
