#include "warc/digest.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace clinicrank {
namespace {

void Check(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("sha1: ") + what + " failed (libcrypto)");
}

}  // namespace

std::string Base32(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  while (out.size() % 8 != 0) out.push_back('=');
  return out;
}

struct WarcDigest::Context {
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(md); }
};

WarcDigest::WarcDigest() : ctx_(std::make_unique<Context>()) {
  if (ctx_->md == nullptr) throw std::runtime_error("sha1: out of memory (libcrypto)");
  Check(EVP_DigestInit_ex(ctx_->md, EVP_sha1(), nullptr), "init");
}

WarcDigest::~WarcDigest() = default;

void WarcDigest::Update(std::string_view bytes) {
  Check(EVP_DigestUpdate(ctx_->md, bytes.data(), bytes.size()), "update");
}

std::string WarcDigest::Finish() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  Check(EVP_DigestFinal_ex(ctx_->md, digest, &size), "final");
  return "sha1:" + Base32(std::string_view(reinterpret_cast<const char*>(digest), size));
}

std::string WarcSha1(std::string_view bytes) {
  WarcDigest digest;
  digest.Update(bytes);
  return digest.Finish();
}

}  // namespace clinicrank
