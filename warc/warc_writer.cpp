#include "warc/warc_writer.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

#include "base/ascii.h"
#include "base/sha256.h"

namespace clinicrank {
namespace {

// A record id derived from its content, formatted as a UUID URN.
std::string RecordId(std::string_view seed) {
  std::string hex = Sha256Hex(seed);
  return "<urn:uuid:" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12) + ">";
}

// The HTTP message as stored in the record: status line, the received
// headers minus those that described the encoded transfer, our length.
std::string HttpBlock(const WarcResponse& r) {
  std::string block = "HTTP/1.1 " + std::to_string(r.status) + "\r\n";
  size_t pos = 0;
  while (pos < r.headers.size()) {
    size_t eol = r.headers.find('\n', pos);
    if (eol == std::string::npos) eol = r.headers.size();
    std::string_view line = std::string_view(r.headers).substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.starts_with("HTTP/")) continue;
    std::string name = AsciiLower(line.substr(0, line.find(':')));
    if (name == "content-length" || name == "content-encoding" || name == "transfer-encoding") {
      continue;
    }
    block.append(line).append("\r\n");
  }
  block += "Content-Length: " + std::to_string(r.body.size()) + "\r\n\r\n";
  block += r.body;
  return block;
}

bool WriteGzipMember(std::FILE* out, std::string_view data) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return false;
  }
  std::string buf(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(buf.data());
  zs.avail_out = static_cast<uInt>(buf.size());
  int rc = deflate(&zs, Z_FINISH);
  size_t n = zs.total_out;
  deflateEnd(&zs);
  return rc == Z_STREAM_END && std::fwrite(buf.data(), 1, n, out) == n;
}

}  // namespace

WarcWriter::WarcWriter(std::FILE* out, bool gzip) : out_(out), gzip_(gzip) {}

bool WarcWriter::WriteRecord(std::string_view type, std::string_view uri, std::string_view date,
                             std::string_view content_type, std::string_view block) {
  std::string record = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\n";
  record += "WARC-Record-ID: " + RecordId(std::string(type) + std::string(uri) + std::string(date) +
                                          std::string(block.substr(0, 4096))) + "\r\n";
  record += "WARC-Date: " + std::string(date) + "\r\n";
  if (!uri.empty()) record += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  record += "Content-Type: " + std::string(content_type) + "\r\n";
  record += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  record.append(block);
  record += "\r\n\r\n";
  if (gzip_) return WriteGzipMember(out_, record);
  return std::fwrite(record.data(), 1, record.size(), out_) == record.size();
}

bool WarcWriter::WriteInfo(std::string_view software, std::string_view date) {
  std::string fields = "software: " + std::string(software) + "\r\nformat: WARC File Format 1.1\r\n";
  return WriteRecord("warcinfo", "", date, "application/warc-fields", fields);
}

bool WarcWriter::WriteResponse(const WarcResponse& response) {
  return WriteRecord("response", response.url, response.fetched_at,
                     "application/http; msgtype=response", HttpBlock(response));
}

}  // namespace clinicrank
