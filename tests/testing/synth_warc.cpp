#include "tests/testing/synth_warc.h"

#include <algorithm>
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
  bool ok = writer.WriteWarcinfo(path, "2025-01-01T00:00:00Z", {{"software", "clinicrank tests"}});
  int second = 0;
  for (const SynthPage* page : pages) {
    WarcCapture capture;
    capture.url = page->url;
    char date[32];
    std::snprintf(date, sizeof date, "2025-01-01T%02d:%02d:%02dZ", second / 3600 % 24,
                  second / 60 % 60, second % 60);
    ++second;
    capture.date = date;
    capture.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n";
    capture.payload = page->html;
    WarcRecordRef ref;
    ok = ok && writer.WriteCapture(capture, nullptr, &ref);
  }
  if (!ok || std::fflush(out.get()) != 0) throw std::runtime_error("cannot write " + path);
}

SplitArchive WriteSplitArchive(const std::string& dir) {
  SplitArchive a;
  SynthOptions options;
  options.padding_bytes = 2000;
  for (int i = 0; i < 12; ++i) a.sites.push_back(MakeClinicSite(i, options));
  for (int i = 0; i < 150; ++i) a.sites.push_back(MakeUnrelatedSite(i, options));
  std::vector<std::vector<const SynthPage*>> by_file(4);
  size_t next = 0;
  for (const SynthSite& site : a.sites) {
    for (size_t p = 0; p < site.pages.size(); ++p) {
      const size_t file = &site == &a.sites[0] ? std::min<size_t>(p, 2) : next++ % 4;
      by_file[file].push_back(&site.pages[p]);
    }
  }
  for (size_t f = 0; f < by_file.size(); ++f) {
    a.files.push_back(dir + "/part-" + std::to_string(f) + ".warc.gz");
    WriteWarc(a.files.back(), by_file[f], /*gzip=*/true);
  }
  return a;
}

}  // namespace clinicrank::testing
