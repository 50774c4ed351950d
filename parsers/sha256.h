// SHA-256 (FIPS 180-4, section 6.2) of a byte string, as lower-case hex.
// Used for pages[].sha256 in extract output and for change detection in the
// crawl store (`clinicrank diff`). Self-contained so that parsers/ does not
// need a crypto library; it is not meant for secrets (not constant-time).
#ifndef CLINICRANK_PARSERS_SHA256_H_
#define CLINICRANK_PARSERS_SHA256_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clinicrank {

// Incremental hashing, for bodies that arrive in pieces. Usage:
//   Sha256 h; h.Update(a); h.Update(b); std::string hex = h.HexDigest();
// After a Digest call the object must not be updated again.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  std::array<uint8_t, 32> Digest();
  std::string HexDigest();

 private:
  void Compress(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_;
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// The lower-case hex SHA-256 of `bytes` (64 characters).
std::string Sha256Hex(std::string_view bytes);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_SHA256_H_
