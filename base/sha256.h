// SHA-256 of a byte string, as lower-case hex: pages[].sha256 in extract
// output and change detection in the crawl store (`clinicrank diff`).
// Backed by OpenSSL's libcrypto, which uses the CPU's SHA extensions where
// present: hashing every page must cost next to nothing beside parsing it.
#ifndef CLINICRANK_BASE_SHA256_H_
#define CLINICRANK_BASE_SHA256_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace clinicrank {

// Incremental hashing, for bodies that arrive in pieces. Usage:
//   Sha256 h; h.Update(a); h.Update(b); std::string hex = h.HexDigest();
// After a Digest call the object must not be updated again.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  std::array<uint8_t, 32> Digest();
  std::string HexDigest();

 private:
  struct Context;
  std::unique_ptr<Context> ctx_;
};

// The lower-case hex SHA-256 of `bytes` (64 characters).
std::string Sha256Hex(std::string_view bytes);

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_SHA256_H_
