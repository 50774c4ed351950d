#include "warc/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "base/ascii.h"

namespace clinicrank {
namespace {

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

const std::string* FindHeader(const std::vector<std::pair<std::string, std::string>>& headers,
                              std::string_view lower_name) {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return &value;
  }
  return nullptr;
}

// Parses "Name: value" lines up to the blank line; names lower-cased.
size_t ParseHeaderLines(std::string_view text,
                        std::vector<std::pair<std::string, std::string>>* headers) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) return pos;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    headers->emplace_back(AsciiLower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
  }
  return text.size();
}

// Transfer-Encoding: chunked → the plain body. Malformed input yields what
// was decoded so far.
std::string Dechunk(std::string_view in) {
  std::string out;
  size_t pos = 0;
  while (pos < in.size()) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) break;
    unsigned long size = std::strtoul(std::string(in.substr(pos, eol - pos)).c_str(), nullptr, 16);
    pos = eol + 1;
    if (size == 0 || size > in.size() - pos) break;
    out.append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return out;
}

// gzip or zlib-deflate body → plain, capped at `max_bytes`; false if corrupt.
bool Inflate(std::string_view in, size_t max_bytes, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK && out->size() < max_bytes) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END || rc == Z_OK || rc == Z_BUF_ERROR;
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = AsciiLower(content_type);
  return t.starts_with("text/html") || t.starts_with("application/xhtml+xml");
}

}  // namespace

// Bytes of the WARC stream, gunzipped on the fly when the input starts with
// the gzip magic. Concatenated gzip members (one per record) are followed.
class WarcReader::ByteSource {
 public:
  explicit ByteSource(std::FILE* in) : in_(in) {}
  ~ByteSource() {
    if (gzip_) inflateEnd(&zs_);
  }

  // Appends one line (with its '\n') to `line`, at most `max` bytes; false at EOF.
  bool ReadLine(std::string* line, size_t max) {
    line->clear();
    while (line->size() < max) {
      if (pos_ == buf_.size() && !Fill()) return !line->empty();
      size_t nl = buf_.find('\n', pos_);
      size_t end = nl == std::string::npos ? buf_.size() : nl + 1;
      end = std::min(end, pos_ + (max - line->size()));
      line->append(buf_, pos_, end - pos_);
      pos_ = end;
      if (!line->empty() && line->back() == '\n') return true;
    }
    return true;
  }

  // Reads exactly n bytes into `out` (or skips them if out is null); false at EOF.
  bool Read(size_t n, std::string* out) {
    while (n > 0) {
      if (pos_ == buf_.size() && !Fill()) return false;
      size_t take = std::min(n, buf_.size() - pos_);
      if (out) out->append(buf_, pos_, take);
      pos_ += take;
      n -= take;
    }
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  bool Fill() {
    buf_.clear();
    pos_ = 0;
    while (buf_.empty()) {
      if (!started_) {
        started_ = true;
        if (!ReadRaw()) return false;
        gzip_ = raw_.size() >= 2 && static_cast<unsigned char>(raw_[0]) == 0x1f &&
                static_cast<unsigned char>(raw_[1]) == 0x8b;
        if (gzip_ && inflateInit2(&zs_, 15 + 16) != Z_OK) {
          error_ = "cannot initialise gzip decoder";
          return false;
        }
      }
      if (!gzip_) {
        if (raw_pos_ == raw_.size() && !ReadRaw()) return false;
        buf_.assign(raw_, raw_pos_, std::string::npos);
        raw_pos_ = raw_.size();
        continue;
      }
      if (raw_pos_ == raw_.size() && !ReadRaw()) {
        if (!member_done_) error_ = "gzip stream ends in the middle of a member";
        return false;
      }
      if (!InflateSome()) return false;
    }
    return true;
  }

  bool InflateSome() {
    if (member_done_) {
      inflateReset(&zs_);
      member_done_ = false;
    }
    char out[65536];
    zs_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    zs_.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = sizeof out;
    int rc = inflate(&zs_, Z_NO_FLUSH);
    raw_pos_ = raw_.size() - zs_.avail_in;
    buf_.append(out, sizeof out - zs_.avail_out);
    if (rc == Z_STREAM_END) {
      member_done_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error_ = std::string("gzip data is corrupt: ") + (zs_.msg ? zs_.msg : "inflate failed");
      return false;
    }
    return true;
  }

  bool ReadRaw() {
    raw_.resize(1 << 16);
    size_t n = std::fread(raw_.data(), 1, raw_.size(), in_);
    raw_.resize(n);
    raw_pos_ = 0;
    return n > 0;
  }

  std::FILE* in_;
  std::string raw_;
  size_t raw_pos_ = 0;
  std::string buf_;
  size_t pos_ = 0;
  bool started_ = false;
  bool gzip_ = false;
  bool member_done_ = false;
  z_stream zs_{};
  std::string error_;
};

WarcReader::WarcReader(std::FILE* in, size_t max_record_bytes)
    : source_(std::make_unique<ByteSource>(in)), max_record_bytes_(max_record_bytes) {}

WarcReader::~WarcReader() = default;

bool WarcReader::ReadRecordHeader(std::vector<std::pair<std::string, std::string>>* headers,
                                  size_t* content_length) {
  std::string line;
  // Skip the blank lines that end the previous record.
  do {
    if (!source_->ReadLine(&line, 1 << 16)) return false;
  } while (Trim(line).empty());
  if (!std::string_view(line).starts_with("WARC/")) {
    warnings_.push_back("WARC record " + std::to_string(record_index_ + 1) +
                        ": does not start with a WARC/ version line; rest of input ignored");
    return false;
  }
  std::string block;
  size_t total = 0;
  while (source_->ReadLine(&line, 1 << 16)) {
    total += line.size();
    if (total > (1u << 20)) {
      warnings_.push_back("WARC record " + std::to_string(record_index_ + 1) +
                          ": header over 1 MiB; rest of input ignored");
      return false;
    }
    if (Trim(line).empty()) break;
    block += line;
  }
  ParseHeaderLines(block, headers);
  const std::string* length = FindHeader(*headers, "content-length");
  if (!length) {
    warnings_.push_back("WARC record " + std::to_string(record_index_ + 1) +
                        ": no Content-Length; rest of input ignored");
    return false;
  }
  *content_length = std::strtoull(length->c_str(), nullptr, 10);
  return true;
}

bool WarcReader::Next(WarcPage* page) {
  for (;;) {
    std::vector<std::pair<std::string, std::string>> headers;
    size_t length = 0;
    if (!ReadRecordHeader(&headers, &length)) break;
    ++record_index_;
    const std::string* type = FindHeader(headers, "warc-type");
    const std::string* uri = FindHeader(headers, "warc-target-uri");
    const std::string* ctype = FindHeader(headers, "content-type");
    bool wanted = type && *type == "response" && uri && ctype &&
                  AsciiLower(*ctype).starts_with("application/http");
    if (!wanted || length > max_record_bytes_) {
      if (wanted) {
        warnings_.push_back(*uri + ": WARC record of " + std::to_string(length) +
                            " bytes is over the limit; skipped");
      }
      if (!source_->Read(length, nullptr)) break;
      continue;
    }
    std::string block;
    if (!source_->Read(length, &block)) {
      warnings_.push_back(*uri + ": WARC record is truncated; skipped");
      break;
    }
    // The block is an HTTP response: status line, headers, body.
    size_t eol = block.find('\n');
    if (eol == std::string::npos) continue;
    std::string_view status_line = block;
    status_line = status_line.substr(0, eol);
    size_t space = status_line.find(' ');
    int status = space == std::string_view::npos
                     ? 0
                     : std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
    std::vector<std::pair<std::string, std::string>> http;
    size_t body_start = eol + 1 + ParseHeaderLines(std::string_view(block).substr(eol + 1), &http);
    const std::string* http_type = FindHeader(http, "content-type");
    if (!http_type || !IsHtmlType(*http_type)) continue;

    std::string body = block.substr(std::min(body_start, block.size()));
    const std::string* te = FindHeader(http, "transfer-encoding");
    if (te && AsciiLower(*te).find("chunked") != std::string::npos) body = Dechunk(body);
    const std::string* ce = FindHeader(http, "content-encoding");
    if (ce && (AsciiLower(*ce) == "gzip" || AsciiLower(*ce) == "deflate" || AsciiLower(*ce) == "x-gzip")) {
      std::string plain;
      if (!Inflate(body, max_record_bytes_, &plain)) {
        warnings_.push_back(*uri + ": body is not valid " + *ce + "; skipped");
        continue;
      }
      body = std::move(plain);
    }
    const std::string* date = FindHeader(headers, "warc-date");
    page->url = *uri;
    page->fetched_at = date ? *date : "";
    page->content_type = *http_type;
    page->status = status;
    page->body = std::move(body);
    return true;
  }
  if (!source_->error().empty()) warnings_.push_back("WARC input: " + source_->error());
  return false;
}

}  // namespace clinicrank
