#include "warc/warc_writer.h"

#include <sys/random.h>
#include <zlib.h>

#include <cstring>
#include <random>

#include "warc/digest.h"
#include "warc/http_message.h"

namespace clinicrank {
namespace {

constexpr const char* kRevisitProfile =
    "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";

// A header field value on one line: CR and LF (which would end the field or
// the header block) become spaces.
std::string OneLine(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return out;
}

void Field(std::string* out, std::string_view name, std::string_view value) {
  out->append(name).append(": ").append(OneLine(value)).append("\r\n");
}

bool GzipMember(std::string_view data, std::string* out) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return false;
  }
  out->assign(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out->data());
  zs.avail_out = static_cast<uInt>(out->size());
  const int rc = deflate(&zs, Z_FINISH);
  out->resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END;
}

// The HTTP header block of a capture, ending in its blank line.
std::string ResponseHead(const WarcCapture& c) {
  std::string head = c.response_head;
  if (head.empty()) head = "HTTP/1.1 200 OK\r\n";
  if (HttpHeadEnd(head) == std::string::npos) head += "\r\n";
  return head;
}

}  // namespace

std::string NewWarcRecordId() {
  unsigned char b[16];
  if (getrandom(b, sizeof b, 0) != static_cast<ssize_t>(sizeof b)) {
    std::random_device device;  // getrandom is missing only on very old kernels
    for (unsigned char& c : b) c = static_cast<unsigned char>(device());
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "<urn:uuid:";
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) id.push_back('-');
    id.push_back(kHex[b[i] >> 4]);
    id.push_back(kHex[b[i] & 15]);
  }
  return id + ">";
}

WarcWriter::WarcWriter(std::FILE* out, bool gzip, uint64_t start_offset)
    : out_(out), gzip_(gzip), offset_(start_offset) {}

bool WarcWriter::WriteRecord(const std::string& header_fields, std::string_view block,
                             WarcRecordRef* ref) {
  std::string record = "WARC/1.1\r\n" + header_fields;
  Field(&record, "Content-Length", std::to_string(block.size()));
  record += "\r\n";
  record.append(block);
  record += "\r\n\r\n";
  std::string member;
  std::string_view bytes = record;
  if (gzip_) {
    if (!GzipMember(record, &member)) return false;
    bytes = member;
  }
  if (std::fwrite(bytes.data(), 1, bytes.size(), out_) != bytes.size() || std::fflush(out_) != 0) {
    return false;
  }
  if (ref) {
    ref->offset = offset_;
    ref->length = bytes.size();
  }
  offset_ += bytes.size();
  return true;
}

bool WarcWriter::WriteWarcinfo(std::string_view filename, std::string_view date,
                               const std::vector<std::pair<std::string, std::string>>& fields,
                               WarcRecordRef* ref) {
  std::string block;
  for (const auto& [name, value] : fields) Field(&block, name, value);
  const std::string id = NewWarcRecordId();
  std::string header;
  Field(&header, "WARC-Type", "warcinfo");
  Field(&header, "WARC-Record-ID", id);
  Field(&header, "WARC-Date", date);
  if (!filename.empty()) Field(&header, "WARC-Filename", filename);
  Field(&header, "Content-Type", "application/warc-fields");
  Field(&header, "WARC-Block-Digest", WarcSha1(block));
  WarcRecordRef local;
  if (!WriteRecord(header, block, &local)) return false;
  local.record_id = id;
  warcinfo_id_ = id;
  if (ref) *ref = local;
  return true;
}

bool WarcWriter::WriteCapture(const WarcCapture& c, const WarcOriginal* revisit_of,
                              WarcRecordRef* ref) {
  const std::string request_id = c.request.empty() ? "" : NewWarcRecordId();
  const std::string response_id = NewWarcRecordId();
  auto common = [&](std::string* h, std::string_view type, const std::string& id,
                    const std::string& concurrent) {
    Field(h, "WARC-Type", type);
    Field(h, "WARC-Record-ID", id);
    Field(h, "WARC-Date", c.date);
    Field(h, "WARC-Target-URI", c.url);
    if (!c.ip.empty()) Field(h, "WARC-IP-Address", c.ip);
    if (!warcinfo_id_.empty()) Field(h, "WARC-Warcinfo-ID", warcinfo_id_);
    if (!concurrent.empty()) Field(h, "WARC-Concurrent-To", concurrent);
  };
  if (!request_id.empty()) {
    std::string header;
    common(&header, "request", request_id, response_id);
    Field(&header, "Content-Type", "application/http; msgtype=request");
    Field(&header, "WARC-Block-Digest", WarcSha1(c.request));
    if (!WriteRecord(header, c.request, nullptr)) return false;
  }
  const std::string head = ResponseHead(c);
  const std::string payload_digest = WarcSha1(c.payload);
  std::string header;
  std::string block = head;
  if (revisit_of) {
    common(&header, "revisit", response_id, request_id);
    Field(&header, "WARC-Profile", kRevisitProfile);
    Field(&header, "WARC-Refers-To-Target-URI", revisit_of->uri);
    Field(&header, "WARC-Refers-To-Date", revisit_of->date);
    if (!revisit_of->record_id.empty()) Field(&header, "WARC-Refers-To", revisit_of->record_id);
  } else {
    common(&header, "response", response_id, request_id);
    block += c.payload;
    if (!c.truncated.empty()) Field(&header, "WARC-Truncated", c.truncated);
  }
  Field(&header, "Content-Type", "application/http; msgtype=response");
  Field(&header, "WARC-Block-Digest", WarcSha1(block));
  Field(&header, "WARC-Payload-Digest", payload_digest);
  WarcRecordRef local;
  if (!WriteRecord(header, block, &local)) return false;
  local.record_id = response_id;
  local.payload_digest = payload_digest;
  if (ref) *ref = local;
  return true;
}

}  // namespace clinicrank
