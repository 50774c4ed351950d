#include "warc/warc_reader.h"

#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

#include "base/ascii.h"

namespace clinicrank {
namespace {

constexpr size_t kRawChunk = 1 << 16;
constexpr size_t kMaxLine = 1 << 16;
constexpr size_t kMaxHeaderBytes = 1 << 20;

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// A Content-Length: 1 to 19 decimal digits, nothing else ("-5" and "1e3" are
// refused rather than read as 2^64-5 or 1).
bool ParseLength(std::string_view text, uint64_t* value) {
  if (text.empty() || text.size() > 19) return false;
  uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *value = v;
  return true;
}

// Printable, short: for quoting bad input in a warning.
std::string Shown(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 40)) {
    out.push_back(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f ? c : '?');
  }
  if (text.size() > 40) out += "...";
  return out;
}

}  // namespace

// The decoded byte stream of the file, with file offsets. In gzip mode it
// inflates one member at a time and never hands out bytes of two members in
// one buffer, so a record's offset is the start of its member.
class WarcReader::ByteSource {
 public:
  explicit ByteSource(std::FILE* in) : in_(in) {
    struct stat st;
    const int fd = fileno(in);
    const off_t start = ftello(in);  // offsets count from the file's start, wherever we begin
    seekable_ = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && start >= 0;
    if (seekable_) {
      file_size_ = static_cast<uint64_t>(st.st_size);
      raw_base_ = buf_base_ = static_cast<uint64_t>(start);
    }
  }
  ~ByteSource() {
    if (zs_ready_) inflateEnd(&zs_);
  }

  bool gzip() const { return gzip_; }
  bool ended() const { return ended_; }

  // Reads one line (with its '\n', at most `max` bytes), crossing gzip
  // members. False when nothing could be read. `*offset`: where the line's
  // first byte sits (gzip: its member's start).
  bool ReadLine(std::string* line, size_t max, uint64_t* offset) {
    line->clear();
    if (pos_ == buf_.size() && !Fill(true)) return false;
    *offset = Offset();
    while (line->size() < max) {
      if (pos_ == buf_.size() && !Fill(true)) break;
      const size_t nl = buf_.find('\n', pos_);
      size_t end = nl == std::string::npos ? buf_.size() : nl + 1;
      end = std::min(end, pos_ + (max - line->size()));
      line->append(buf_, pos_, end - pos_);
      pos_ = end;
      if (line->back() == '\n') break;
    }
    return true;
  }

  // Delivers up to `n` bytes into `out` (or skips them when null), stopping
  // at the end of input or - in gzip mode - of the current member. Returns
  // how many bytes were delivered.
  uint64_t Read(uint64_t n, std::string* out) {
    uint64_t done = 0;
    while (done < n) {
      if (pos_ == buf_.size()) {
        if (!out && !gzip_ && seekable_ && started_) return done + SeekAhead(n - done);
        if (!Fill(false)) break;
      }
      const size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
      if (out) out->append(buf_, pos_, take);
      pos_ += take;
      done += take;
    }
    return done;
  }

  // Consumes CR and LF bytes (the blank lines that end a record), not
  // crossing into the next gzip member.
  void SkipNewlines() {
    for (;;) {
      if (pos_ == buf_.size() && !Fill(false)) return;
      const char c = buf_[pos_];
      if (c != '\r' && c != '\n') return;
      ++pos_;
    }
  }

  // Drops the rest of the current gzip member (after a bad record).
  void SkipMember() {
    if (!gzip_) return;
    pos_ = buf_.size();
    while (in_member_ && Fill(false)) pos_ = buf_.size();
  }

  // The file offset just past what has been consumed (gzip: the member's
  // end once it has been read to the end).
  uint64_t ConsumedEnd() const {
    if (!gzip_) return buf_base_ + pos_;
    if (member_done_ && pos_ == buf_.size()) return member_end_;
    return raw_base_ + raw_pos_;
  }

  // Problems met since the last call: a corrupt or cut-short gzip member,
  // bytes that are not gzip; each with its file offset.
  std::vector<std::pair<uint64_t, std::string>> TakeErrors() { return std::exchange(errors_, {}); }
  // True once after a gzip member broke off in the middle of a record.
  bool TakeBroken() { return std::exchange(broken_, false); }

 private:
  uint64_t Offset() const { return gzip_ ? member_start_ : buf_base_ + pos_; }

  // Appends raw bytes (keeping those not yet consumed); false at end of file.
  bool ReadRaw() {
    raw_.erase(0, raw_pos_);
    raw_base_ += raw_pos_;
    raw_pos_ = 0;
    const size_t old = raw_.size();
    raw_.resize(old + kRawChunk);
    const size_t n = std::fread(raw_.data() + old, 1, kRawChunk, in_);
    raw_.resize(old + n);
    return n > 0;
  }

  // Skips n bytes of a plain file by seeking; returns how many existed.
  uint64_t SeekAhead(uint64_t n) {
    const uint64_t here = buf_base_ + buf_.size();
    const uint64_t target = std::min(file_size_, here + n);
    if (fseeko(in_, static_cast<off_t>(target), SEEK_SET) != 0) return 0;
    buf_.clear();
    pos_ = 0;
    buf_base_ = target;
    return target - here;
  }

  bool Fill(bool cross) {
    if (ended_) return false;
    if (!started_) {
      started_ = true;
      if (!ReadRaw()) {
        ended_ = true;
        return false;
      }
      gzip_ = raw_.size() >= 2 && static_cast<unsigned char>(raw_[0]) == 0x1f &&
              static_cast<unsigned char>(raw_[1]) == 0x8b;
      if (gzip_) {
        if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
          errors_.push_back({0, "cannot start the gzip decoder"});
          ended_ = true;
          return false;
        }
        zs_ready_ = true;
      }
    }
    if (!gzip_) return FillPlain();
    return FillGzip(cross);
  }

  bool FillPlain() {
    buf_base_ += buf_.size();
    buf_.clear();
    pos_ = 0;
    if (raw_pos_ < raw_.size()) {  // the first chunk, read while sniffing
      buf_.assign(raw_, raw_pos_, std::string::npos);
      raw_.clear();
      raw_pos_ = 0;
      return true;
    }
    buf_.resize(kRawChunk);
    const size_t n = std::fread(buf_.data(), 1, kRawChunk, in_);
    buf_.resize(n);
    if (n == 0) ended_ = true;
    return n > 0;
  }

  bool FillGzip(bool cross) {
    buf_.clear();
    pos_ = 0;
    while (buf_.empty()) {
      if (!in_member_ || member_done_) {
        if (in_member_ && !cross) return false;
        if (!StartMember()) return false;
      }
      if (raw_pos_ == raw_.size() && !ReadRaw()) {
        errors_.push_back({member_start_, "gzip member is cut short: the file ends inside it"});
        broken_ = true;
        in_member_ = false;
        ended_ = true;
        return false;
      }
      char out[kRawChunk];
      zs_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
      zs_.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
      zs_.next_out = reinterpret_cast<Bytef*>(out);
      zs_.avail_out = sizeof out;
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      raw_pos_ = raw_.size() - zs_.avail_in;
      buf_.append(out, sizeof out - zs_.avail_out);
      if (rc == Z_STREAM_END) {
        member_done_ = true;
        member_end_ = raw_base_ + raw_pos_;
        if (buf_.empty() && !cross) return false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        errors_.push_back({member_start_, std::string("gzip member is corrupt (") +
                                              (zs_.msg ? zs_.msg : "inflate failed") +
                                              "); looking for the next member"});
        buf_.clear();
        broken_ = true;
        in_member_ = false;
        if (!ScanForMember(member_start_ + 1)) ended_ = true;
        return false;
      }
    }
    return true;
  }

  // Starts inflating the member at the raw read position, first looking
  // past anything that is not a gzip header. False at the end of the file.
  bool StartMember() {
    while (raw_.size() - raw_pos_ < 3) {
      if (!ReadRaw()) break;
    }
    if (raw_pos_ == raw_.size()) {
      ended_ = true;
      return false;
    }
    if (!IsMagic(raw_pos_)) {
      errors_.push_back({raw_base_ + raw_pos_,
                         "not gzip data (\"" + Shown(std::string_view(raw_).substr(raw_pos_)) +
                             "\"); looking for the next gzip member"});
      if (!ScanForMember(raw_base_ + raw_pos_ + 1)) {
        ended_ = true;
        return false;
      }
    }
    inflateReset(&zs_);
    member_start_ = raw_base_ + raw_pos_;
    member_done_ = false;
    in_member_ = true;
    return true;
  }

  bool IsMagic(size_t at) const {
    return raw_.size() - at >= 3 && static_cast<unsigned char>(raw_[at]) == 0x1f &&
           static_cast<unsigned char>(raw_[at + 1]) == 0x8b && raw_[at + 2] == 8;
  }

  // Moves the raw read position to the next gzip header at or after file
  // offset `from` (seeking back when the file allows; otherwise from where
  // reading stands). False when there is none.
  bool ScanForMember(uint64_t from) {
    if (from < raw_base_ && seekable_ && fseeko(in_, static_cast<off_t>(from), SEEK_SET) == 0) {
      raw_.clear();
      raw_pos_ = 0;
      raw_base_ = from;
    } else if (from >= raw_base_ && from - raw_base_ <= raw_.size()) {
      raw_pos_ = static_cast<size_t>(from - raw_base_);
    }
    static constexpr char kMagic[] = "\x1f\x8b\x08";
    for (;;) {
      const size_t at = raw_.find(std::string_view(kMagic, 3), raw_pos_);
      if (at != std::string::npos) {
        raw_pos_ = at;
        return true;
      }
      raw_pos_ = raw_.size() >= 2 ? std::max(raw_pos_, raw_.size() - 2) : raw_pos_;
      if (!ReadRaw()) {
        raw_pos_ = raw_.size();
        return false;
      }
    }
  }

  std::FILE* in_;
  bool seekable_ = false;
  uint64_t file_size_ = 0;
  bool started_ = false;
  bool ended_ = false;
  bool gzip_ = false;
  bool broken_ = false;
  // Raw file bytes (gzip mode; in plain mode only the sniffed first chunk).
  std::string raw_;
  size_t raw_pos_ = 0;
  uint64_t raw_base_ = 0;  // file offset of raw_[0]
  // Decoded bytes.
  std::string buf_;
  size_t pos_ = 0;
  uint64_t buf_base_ = 0;  // plain mode: file offset of buf_[0]
  z_stream zs_{};
  bool zs_ready_ = false;
  bool in_member_ = false;
  bool member_done_ = false;
  uint64_t member_start_ = 0;
  uint64_t member_end_ = 0;
  std::vector<std::pair<uint64_t, std::string>> errors_;
};

const std::string* WarcRecord::Field(std::string_view lower_name) const {
  for (const auto& [name, value] : fields) {
    if (name == lower_name) return &value;
  }
  return nullptr;
}

WarcReader::WarcReader(std::FILE* in, WarcReaderOptions options)
    : source_(std::make_unique<ByteSource>(in)), options_(options) {}

WarcReader::~WarcReader() = default;

bool WarcReader::gzip() const { return source_->gzip(); }

void WarcReader::Warn(uint64_t offset, const std::string& message) {
  ++warning_count_;
  if (warnings_.size() < options_.max_warnings) {
    warnings_.push_back("offset " + std::to_string(offset) + ": " + message);
  } else if (warnings_.size() == options_.max_warnings) {
    warnings_.push_back("more warnings follow; only the first " +
                        std::to_string(options_.max_warnings) + " are listed");
  }
}

void WarcReader::Resync() { source_->SkipMember(); }

WarcReader::Header WarcReader::ReadHeader(WarcRecord* r) {
  std::string line;
  uint64_t offset = 0;
  // Inside bytes that are not a record: warned once (not at all right after
  // a bad record, whose rest is expected to be skipped).
  bool skipping = std::exchange(quiet_skip_, false);
  for (;;) {
    const bool got = source_->ReadLine(&line, kMaxLine, &offset);
    for (auto& [at, message] : source_->TakeErrors()) Warn(at, message);
    source_->TakeBroken();
    if (!got) {
      if (source_->ended()) return Header::kEnd;
      continue;
    }
    if (Trim(line).empty()) continue;
    if (line.starts_with("WARC/")) break;
    if (!skipping) {
      Warn(offset, "not a WARC record (\"" + Shown(line) +
                       "\"); looking for the next record");
      skipping = true;
    }
    Resync();
  }
  r->offset = offset;
  r->version = std::string(Trim(line));
  size_t total = line.size();
  for (;;) {
    uint64_t at = 0;
    const bool got = source_->ReadLine(&line, kMaxLine, &at);
    for (auto& [where, message] : source_->TakeErrors()) Warn(where, message);
    if (!got) {
      if (!source_->gzip()) Warn(r->offset, "record header cut short by the end of input");
      return Header::kEnd;
    }
    if (source_->TakeBroken()) return Header::kBad;
    total += line.size();
    if (total > kMaxHeaderBytes) {
      Warn(r->offset, "record header over 1 MiB; record skipped");
      return Header::kBad;
    }
    if (Trim(line).empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !r->fields.empty()) {
      r->fields.back().second += " " + std::string(Trim(line));  // a folded line
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    r->fields.emplace_back(AsciiLower(Trim(std::string_view(line).substr(0, colon))),
                           std::string(Trim(std::string_view(line).substr(colon + 1))));
  }
  auto get = [r](std::string_view name) {
    const std::string* v = r->Field(name);
    return v ? *v : std::string();
  };
  r->type = AsciiLower(get("warc-type"));
  r->target_uri = get("warc-target-uri");
  if (r->target_uri.size() >= 2 && r->target_uri.front() == '<' && r->target_uri.back() == '>') {
    r->target_uri = r->target_uri.substr(1, r->target_uri.size() - 2);
  }
  r->date = get("warc-date");
  r->record_id = get("warc-record-id");
  r->content_type = get("content-type");
  const std::string* length = r->Field("content-length");
  if (!length) {
    Warn(r->offset, "record has no Content-Length; skipped");
    return Header::kBad;
  }
  if (!ParseLength(*length, &r->content_length)) {
    Warn(r->offset, "invalid Content-Length \"" + Shown(*length) + "\"; record skipped");
    return Header::kBad;
  }
  return Header::kOk;
}

bool WarcReader::ReadBlock(WarcRecord* r) {
  const uint64_t length = r->content_length;
  const bool over = length > options_.max_record_bytes;
  const uint64_t keep = over ? std::min<uint64_t>(length, kWarcBlockPrefix) : length;
  r->block.reserve(static_cast<size_t>(keep));
  uint64_t got = source_->Read(keep, &r->block);
  if (got == keep && length > keep) got += source_->Read(length - keep, nullptr);
  for (auto& [at, message] : source_->TakeErrors()) Warn(at, message);
  if (source_->TakeBroken()) return false;  // the gzip error above says where
  if (got < length) {
    Warn(r->offset, "Content-Length " + std::to_string(length) + " runs past the end of " +
                        (source_->gzip() ? "its gzip member" : "the input") + " (" +
                        std::to_string(got) + " bytes there); record skipped");
    return false;
  }
  if (over) {
    r->block_complete = false;
    Warn(r->offset, "record of " + std::to_string(length) + " bytes is over the limit of " +
                        std::to_string(options_.max_record_bytes) + "; its content is skipped");
  }
  source_->SkipNewlines();
  r->length = source_->ConsumedEnd() - r->offset;
  return true;
}

bool WarcReader::NextRecord(WarcRecord* record) {
  for (;;) {
    *record = WarcRecord{};
    const Header header = ReadHeader(record);
    if (header == Header::kEnd) return false;
    if (header != Header::kBad && ReadBlock(record)) return true;
    if (source_->ended()) return false;
    quiet_skip_ = true;
    Resync();
  }
}

}  // namespace clinicrank
