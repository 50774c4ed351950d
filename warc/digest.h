// WARC digests (ISO 28500 / WARC 1.1 section 5.8-5.9): "sha1:" followed by
// the SHA-1 in RFC 4648 base32, upper case with no padding needed (20 bytes
// are exactly 32 characters). The labelled form every archive tool writes
// and checks (wget, Heritrix, warcio, pywb's CDX "digest" field).
#ifndef CLINICRANK_WARC_DIGEST_H_
#define CLINICRANK_WARC_DIGEST_H_

#include <memory>
#include <string>
#include <string_view>

namespace clinicrank {

// Incremental SHA-1, for blocks that arrive in pieces.
class WarcDigest {
 public:
  WarcDigest();
  ~WarcDigest();
  WarcDigest(const WarcDigest&) = delete;
  WarcDigest& operator=(const WarcDigest&) = delete;

  void Update(std::string_view bytes);
  // "sha1:XXXX…" (37 characters). Call once; no Update after it.
  std::string Finish();

 private:
  struct Context;
  std::unique_ptr<Context> ctx_;
};

// The labelled SHA-1 of `bytes`, e.g. "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ" for "".
std::string WarcSha1(std::string_view bytes);

// RFC 4648 section 6 base32 (alphabet A-Z 2-7), '=' padded to 8 characters.
std::string Base32(std::string_view bytes);

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_DIGEST_H_
