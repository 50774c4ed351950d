#include "tests/testing/synth_warc.h"

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "warc/warc_writer.h"

namespace clinicrank::testing {

void WriteWarc(const std::string& path, const std::vector<const SynthPage*>& pages, bool gzip) {
  std::unique_ptr<std::FILE, decltype(&std::fclose)> out(std::fopen(path.c_str(), "wb"),
                                                         std::fclose);
  if (!out) throw std::runtime_error("cannot create " + path);
  WarcWriter writer(out.get(), gzip);
  bool ok = writer.WriteInfo("clinicrank tests", "2025-01-01T00:00:00Z");
  int second = 0;
  for (const SynthPage* page : pages) {
    WarcResponse response;
    response.url = page->url;
    char date[32];
    std::snprintf(date, sizeof date, "2025-01-01T%02d:%02d:%02dZ", second / 3600 % 24,
                  second / 60 % 60, second % 60);
    ++second;
    response.fetched_at = date;
    response.status = 200;
    response.headers = "Content-Type: text/html; charset=utf-8\r\n";
    response.body = page->html;
    ok = ok && writer.WriteResponse(response);
  }
  if (!ok || std::fflush(out.get()) != 0) throw std::runtime_error("cannot write " + path);
}

}  // namespace clinicrank::testing
