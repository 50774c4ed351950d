#include "base/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace clinicrank {
namespace {

std::string ToHex(const std::array<uint8_t, 32>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(64, '0');
  for (size_t i = 0; i < digest.size(); ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return hex;
}

// libcrypto fails only when it cannot allocate or its provider is missing;
// either way no digest can be trusted, so say so loudly.
void Check(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("sha256: ") + what + " failed (libcrypto)");
}

}  // namespace

struct Sha256::Context {
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : ctx_(std::make_unique<Context>()) {
  if (ctx_->md == nullptr) throw std::runtime_error("sha256: out of memory (libcrypto)");
  Check(EVP_DigestInit_ex(ctx_->md, EVP_sha256(), nullptr), "init");
}

Sha256::~Sha256() = default;

void Sha256::Update(std::string_view bytes) {
  Check(EVP_DigestUpdate(ctx_->md, bytes.data(), bytes.size()), "update");
}

std::array<uint8_t, 32> Sha256::Digest() {
  std::array<uint8_t, 32> digest{};
  unsigned int size = 0;
  Check(EVP_DigestFinal_ex(ctx_->md, digest.data(), &size), "final");
  return digest;
}

std::string Sha256::HexDigest() { return ToHex(Digest()); }

std::string Sha256Hex(std::string_view bytes) {
  std::array<uint8_t, 32> digest{};
  unsigned int size = 0;
  Check(EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr),
        "digest");
  return ToHex(digest);
}

}  // namespace clinicrank
