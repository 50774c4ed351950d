// WARC records (warc/warc_reader.h, ISO 28500), plain or gzip, through the
// streaming reader as `extract --warc` uses it. Invariants: nothing crashes
// or hangs, every record returned fits the record limit, and the reader
// stops at the end of the input.
#include <cstdint>
#include <cstdio>
#include <string>

#include "tests/fuzz/fuzz_input.h"
#include "warc/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::FILE* in = fmemopen(bytes.data(), bytes.size(), "rb");
  if (in == nullptr) return 0;
  constexpr size_t kMaxRecord = 1 << 20;
  {
    WarcReader reader(in, kMaxRecord);
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
