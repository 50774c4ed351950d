#include "crawler/warc_archive.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "base/timestamp.h"
#include "crawler/fetcher.h"
#include "store/store.h"
#include "warc/digest.h"
#include "warc/warc_reader.h"

namespace clinicrank {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// What an existing file starts with: "" if it is empty or a WARC of the
// expected compression, else why it is refused.
std::string CheckExisting(const std::string& path, bool gzip) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "";
  unsigned char head[8] = {};
  const size_t n = std::fread(head, 1, sizeof head, f);
  std::fclose(f);
  if (n == 0) return "";
  const bool is_gzip = n >= 2 && head[0] == 0x1f && head[1] == 0x8b;
  if (gzip && !is_gzip) return "exists and is not a gzip WARC file";
  if (!gzip && (is_gzip || std::memcmp(head, "WARC/", std::min<size_t>(n, 5)) != 0)) {
    return "exists and is not a WARC file";
  }
  if (is_gzip) {  // the first member must hold a WARC record
    gzFile gz = gzopen(path.c_str(), "rb");
    char text[5] = {};
    const int got = gz ? gzread(gz, text, sizeof text) : 0;
    if (gz) gzclose(gz);
    if (got != 5 || std::memcmp(text, "WARC/", 5) != 0) return "exists and is not a WARC file";
  }
  return "";
}

// A crawl killed while writing leaves its last record cut short; appending
// after it would bury the cut in the middle of the file, where strict tools
// stop reading. So before appending, bytes after the last whole record are
// cut off - only when everything the reader could not read lies there.
Status TrimCutTail(const std::string& path, uint64_t* removed) {
  *removed = 0;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::Ok();
  uint64_t whole_end = 0;
  size_t records = 0;
  bool problem_before_tail = false;
  {
    WarcReader reader(f);
    WarcRecord record;
    while (reader.NextRecord(&record)) {
      ++records;
      whole_end = std::max(whole_end, record.offset + record.length);
    }
    for (const std::string& w : reader.warnings()) {
      if (std::strtoull(w.c_str() + std::strlen("offset "), nullptr, 10) < whole_end) {
        problem_before_tail = true;
      }
    }
  }
  struct stat st;
  const bool ok = fstat(fileno(f), &st) == 0;
  std::fclose(f);
  if (!ok || records == 0 || problem_before_tail ||
      static_cast<uint64_t>(st.st_size) <= whole_end) {
    return Status::Ok();
  }
  if (::truncate(path.c_str(), static_cast<off_t>(whole_end)) != 0) {
    return Status::Error(StatusKind::kStore, "cannot trim the cut record at the end of " + path +
                                                 ": " + std::strerror(errno));
  }
  *removed = static_cast<uint64_t>(st.st_size) - whole_end;
  return Status::Ok();
}

// A plain request block for a fetcher that did not capture one (a fake).
std::string SynthesizedRequest(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t path_start = scheme == std::string::npos ? std::string::npos : url.find('/', scheme + 3);
  const std::string host = scheme == std::string::npos
                               ? ""
                               : url.substr(scheme + 3, path_start == std::string::npos
                                                            ? std::string::npos
                                                            : path_start - scheme - 3);
  const std::string path = path_start == std::string::npos ? "/" : url.substr(path_start);
  return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
}

}  // namespace

WarcArchive::WarcArchive(std::FILE* file, std::string path, bool gzip, uint64_t offset,
                         PageStore* store)
    : file_(file), path_(std::move(path)), writer_(file, gzip, offset), store_(store) {}

WarcArchive::~WarcArchive() {
  if (file_) std::fclose(file_);
}

std::unique_ptr<WarcArchive> WarcArchive::Open(
    const std::string& path, const std::vector<std::pair<std::string, std::string>>& info,
    PageStore* store, Status* status) {
  const bool gzip = EndsWith(path, ".gz");
  if (std::string why = CheckExisting(path, gzip); !why.empty()) {
    *status = Status::Error(StatusKind::kUsage, path + " " + why + "; choose another --warc name");
    return nullptr;
  }
  uint64_t trimmed = 0;
  if (Status s = TrimCutTail(path, &trimmed); !s.ok()) {
    *status = s;
    return nullptr;
  }
  std::FILE* file = std::fopen(path.c_str(), "ab");
  if (!file) {
    *status = Status::Error(StatusKind::kStore, "cannot write WARC file " + path + ": " +
                                                    std::strerror(errno));
    return nullptr;
  }
  struct stat st;
  uint64_t offset = 0;
  if (fstat(fileno(file), &st) == 0 && S_ISREG(st.st_mode)) offset = static_cast<uint64_t>(st.st_size);
  std::unique_ptr<WarcArchive> archive(new WarcArchive(file, path, gzip, offset, store));
  archive->appended_ = offset > 0;
  archive->trimmed_ = trimmed;
  const std::string name = std::filesystem::path(path).filename().string();
  if (!archive->writer_.WriteWarcinfo(name, UtcNow(), info)) {
    *status = Status::Error(StatusKind::kStore, "cannot write WARC file " + path + ": " +
                                                    std::strerror(errno));
    return nullptr;
  }
  return archive;
}

Status WarcArchive::Record(const FetchResponse& r, ArchiveRef* ref) {
  WarcCapture capture;
  capture.url = r.url;
  capture.date = r.started_at.empty() ? UtcNow() : r.started_at;
  capture.ip = r.ip;
  capture.request = r.request_headers.empty() ? SynthesizedRequest(r.url) : r.request_headers;
  capture.response_head = r.headers;
  capture.payload = r.raw_body;
  if (r.status.kind == StatusKind::kTooLarge) {
    capture.truncated = "length";
  } else if (r.status.kind == StatusKind::kTimeout) {
    capture.truncated = "time";
  } else if (!r.status.ok()) {
    capture.truncated = r.status.kind == StatusKind::kNetwork ? "disconnect" : "unspecified";
  }
  // A revisit only for a complete success whose payload is already archived.
  const std::string digest = WarcSha1(capture.payload);
  WarcOriginal original;
  bool revisit = false;
  if (capture.truncated.empty() && r.http_status >= 200 && r.http_status < 300) {
    auto it = written_.find(r.url + " " + digest);
    if (it != written_.end()) {
      original = it->second;
      revisit = true;
    } else if (store_) {
      ArchivedCapture earlier;
      if (Status s = store_->FindArchivedCapture(r.url, digest, &earlier, &revisit); !s.ok()) {
        return s;
      }
      if (revisit) original = {earlier.url, earlier.fetched_at, earlier.warc_record_id};
    }
  }
  WarcRecordRef written;
  if (!writer_.WriteCapture(capture, revisit ? &original : nullptr, &written)) {
    return Status::Error(StatusKind::kStore, "cannot write WARC file " + path_ + ": " +
                                                 std::strerror(errno));
  }
  if (revisit) {
    ++revisits_;
  } else {
    ++responses_;
    written_.emplace(r.url + " " + digest, WarcOriginal{r.url, capture.date, written.record_id});
  }
  ref->file = path_;
  ref->record_id = written.record_id;
  ref->offset = static_cast<int64_t>(written.offset);
  ref->payload_digest = written.payload_digest;
  ref->refers_to = revisit ? original.record_id : "";
  return Status::Ok();
}

Status WarcArchive::Close() {
  std::FILE* file = std::exchange(file_, nullptr);
  if (file && std::fclose(file) != 0) {
    return Status::Error(StatusKind::kStore, "cannot write WARC file " + path_ + ": " +
                                                 std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace clinicrank
