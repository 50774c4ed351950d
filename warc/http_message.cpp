#include "warc/http_message.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

#include "base/ascii.h"

namespace clinicrank {
namespace {

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Reads the chunk-size line at `pos` ("1a;ext=1\r\n"); false when it is not hex.
bool ChunkSize(std::string_view in, size_t* pos, uint64_t* size) {
  const size_t eol = in.find('\n', *pos);
  if (eol == std::string_view::npos) return false;
  std::string_view line = Trim(in.substr(*pos, eol - *pos));
  line = line.substr(0, line.find(';'));
  line = Trim(line);
  if (line.empty() || line.size() > 15) return false;
  uint64_t value = 0;
  for (char c : line) {
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return false;
    value = value * 16 + static_cast<uint64_t>(digit);
  }
  *size = value;
  *pos = eol + 1;
  return true;
}

// One inflate pass with the given window bits; see Inflate.
int InflateWith(int window_bits, std::string_view in, size_t max_bytes, std::string* out,
                bool* truncated) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Z_MEM_ERROR;
  char buf[65536];
  int rc = Z_OK;
  size_t offset = 0;
  while (rc == Z_OK) {
    if (zs.avail_in == 0 && offset < in.size()) {
      const size_t take = std::min<size_t>(in.size() - offset, 1u << 30);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + offset));
      zs.avail_in = static_cast<uInt>(take);
      offset += take;
    }
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    const size_t got = sizeof buf - zs.avail_out;
    const size_t room = max_bytes - std::min(max_bytes, out->size());
    out->append(buf, std::min(got, room));
    if (got > room) {
      *truncated = true;
      rc = Z_STREAM_END;
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0 && offset >= in.size()) break;
    // gzip allows several members back to back (RFC 1952 section 2.2).
    if (rc == Z_STREAM_END && zs.avail_in > 0 && (window_bits & 32)) {
      inflateReset(&zs);
      rc = Z_OK;
    }
  }
  inflateEnd(&zs);
  return rc;
}

}  // namespace

const std::string* HttpHead::Field(std::string_view lower_name) const {
  for (const auto& [name, value] : fields) {
    if (name == lower_name) return &value;
  }
  return nullptr;
}

size_t HttpHeadEnd(std::string_view message) {
  size_t pos = 0;
  while (pos < message.size()) {
    const size_t eol = message.find('\n', pos);
    if (eol == std::string_view::npos) return std::string_view::npos;
    std::string_view line = message.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() && pos > 0) return eol + 1;
    pos = eol + 1;
  }
  return std::string_view::npos;
}

HttpHead ParseHttpHead(std::string_view head) {
  HttpHead out;
  size_t pos = 0;
  bool first = true;
  while (pos < head.size()) {
    size_t eol = head.find('\n', pos);
    if (eol == std::string_view::npos) eol = head.size();
    std::string_view line = head.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      out.start_line = std::string(line);
      if (line.starts_with("HTTP/")) {
        const size_t space = line.find(' ');
        if (space != std::string_view::npos && line.size() >= space + 4) {
          std::string_view code = line.substr(space + 1, 3);
          if (std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            out.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
          }
        }
      }
      continue;
    }
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out.fields.emplace_back(AsciiLower(Trim(line.substr(0, colon))),
                            std::string(Trim(line.substr(colon + 1))));
  }
  return out;
}

bool Dechunk(std::string_view in, size_t max_bytes, std::string* out, bool* truncated) {
  size_t pos = 0;
  for (;;) {
    uint64_t size = 0;
    if (!ChunkSize(in, &pos, &size)) return false;
    if (size == 0) return true;  // the last chunk; trailer fields are not needed
    if (size > in.size() - pos) {
      out->append(in.substr(pos, std::min<size_t>(in.size() - pos, max_bytes - std::min(max_bytes, out->size()))));
      return false;
    }
    const size_t room = max_bytes - std::min(max_bytes, out->size());
    if (size > room) {
      out->append(in.substr(pos, room));
      *truncated = true;
      return true;
    }
    out->append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

bool Inflate(std::string_view in, size_t max_bytes, std::string* out, bool* truncated) {
  const size_t start = out->size();
  // 15 + 32: gzip or zlib, detected from the header.
  int rc = InflateWith(15 + 32, in, max_bytes, out, truncated);
  if (rc == Z_DATA_ERROR && out->size() == start) {
    // "deflate" as some servers send it: a raw deflate stream, no zlib header.
    rc = InflateWith(-15, in, max_bytes, out, truncated);
  }
  return rc == Z_STREAM_END || rc == Z_OK || (rc == Z_BUF_ERROR && out->size() > start);
}

DecodedBody DecodeHttpBody(const HttpHead& head, std::string_view payload, size_t max_bytes) {
  DecodedBody out;
  std::string dechunked;
  std::string_view data = payload;
  const std::string* te = head.Field("transfer-encoding");
  if (te && AsciiLower(*te).find("chunked") != std::string::npos) {
    // Chunk framing never makes data larger, so the raw size bounds it.
    if (!Dechunk(payload, std::max(max_bytes, payload.size()), &dechunked, &out.truncated)) {
      out.problem = "chunked framing is damaged or cut short";
    }
    data = dechunked;
  }
  const std::string* ce = head.Field("content-encoding");
  const std::string coding = ce ? AsciiLower(Trim(*ce)) : "";
  if (coding.empty() || coding == "identity") {
    out.bytes.assign(data.substr(0, std::min(data.size(), max_bytes)));
    if (data.size() > max_bytes) out.truncated = true;
  } else if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    if (!Inflate(data, max_bytes, &out.bytes, &out.truncated) && out.problem.empty()) {
      out.problem = coding + " data is corrupt";
    }
  } else {
    out.problem = "unsupported Content-Encoding " + coding;
    out.bytes.assign(data.substr(0, std::min(data.size(), max_bytes)));
  }
  return out;
}

}  // namespace clinicrank
