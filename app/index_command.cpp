// clinicrank index FILE.warc.gz... > FILE.cdxj
//
// A CDXJ index of WARC files (warc/cdxj.h), sorted as pywb expects, on
// stdout: one line per response, revisit, resource or metadata record, with
// its byte offset and length in the file, so a replay tool can find and serve
// an archived page. Damaged records are warnings on stderr naming the file
// and offset; the others are still indexed.
// Exit status: 0 when every file was read (even with warnings); 1 when a
// file cannot be opened or holds no readable WARC record; 2 on a usage error.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "warc/cdxj.h"
#include "warc/warc_reader.h"

namespace clinicrank {
namespace {

struct IndexOptions {
  std::vector<std::string> files;
};

// Appends the lines of one file; false when it cannot be read at all.
bool IndexFile(const std::string& path, std::vector<std::string>* lines) {
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) {
    std::cerr << "clinicrank index: " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  const std::string name = std::filesystem::path(path).filename().string();
  WarcReader reader(in);
  WarcRecord record;
  size_t records = 0;
  uint64_t last_offset = UINT64_MAX;
  bool shared_member = false;
  while (reader.NextRecord(&record)) {
    ++records;
    if (record.offset == last_offset) shared_member = true;
    last_offset = record.offset;
    if (auto line = CdxjLine(record, name)) lines->push_back(std::move(*line));
  }
  std::fclose(in);
  for (const std::string& w : reader.warnings()) {
    std::cerr << "clinicrank index: warning: " << path << ": " << w << "\n";
  }
  if (shared_member) {
    std::cerr << "clinicrank index: warning: " << path
              << ": several records share one gzip member, so their offsets cannot be used to "
                 "seek (recompress with one gzip member per record)\n";
  }
  if (records == 0) {
    std::cerr << "clinicrank index: " << path << ": no readable WARC record\n";
    return false;
  }
  return true;
}

int RunIndex(const IndexOptions& o) {
  std::vector<std::string> lines;
  bool ok = true;
  for (const std::string& file : o.files) ok = IndexFile(file, &lines) && ok;
  std::sort(lines.begin(), lines.end());
  for (const std::string& line : lines) std::cout << line << '\n';
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "clinicrank index: cannot write the index to stdout\n";
    return kExitFailure;
  }
  return ok ? kExitOk : kExitFailure;
}

}  // namespace

Command AddIndexCommand(CLI::App& app) {
  auto o = std::make_shared<IndexOptions>();
  CLI::App* sub = app.add_subcommand(
      "index",
      "Print a CDXJ index of WARC files (the format pywb reads; warcio cdx-index writes the same):\n"
      "one line per archived response, revisit or resource - SURT URL key, timestamp, and JSON\n"
      "with url, mime, status, payload digest, length, byte offset and file name - sorted.");
  sub->add_option("FILE", o->files, "WARC file(s), plain or gzip (e.g. crawl.warc.gz)")
      ->required();
  sub->footer(
      "Examples:\n"
      "  clinicrank index crawl.warc.gz > crawl.cdxj\n"
      "  # replay with pywb: put crawl.warc.gz in a collection's archive/ folder and\n"
      "  # crawl.cdxj in its indexes/ folder, then open the URL and timestamp of a quote\n"
      "Damaged records are warnings on stderr with their offset; the rest is indexed.\n"
      "Exit status: 0 success, 1 a file cannot be read or holds no WARC record, 2 usage error.");
  return {sub, [o] { return RunIndex(*o); }};
}

}  // namespace clinicrank
