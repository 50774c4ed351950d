// SHA-256 against the FIPS 180-4 example vectors (NIST "Examples with
// Intermediate Values", SHA256.pdf) and a few incremental-update cases.
#include "base/sha256.h"

#include <catch2/catch.hpp>
#include <string>

namespace clinicrank {
namespace {

TEST_CASE("Sha256 matches the FIPS 180-4 test vectors", "[contract]") {
  struct Case {
    std::string input;
    const char* hex;
  };
  const Case cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      // The 448-bit (two-block after padding) message.
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      // The 896-bit message.
      {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
       "klmnopqrlmnopqrsmnopqrstnopqrstu",
       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
      {std::string(1000000, 'a'),
       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input.size());
    CHECK(Sha256Hex(c.input) == c.hex);
  }
}

TEST_CASE("Sha256 gives the same digest however the input is split", "[contract]") {
  std::string message;
  for (int i = 0; i < 300; ++i) message.push_back(static_cast<char>(i * 7));
  const std::string whole = Sha256Hex(message);
  for (size_t piece : {1u, 3u, 55u, 56u, 63u, 64u, 65u, 128u}) {
    CAPTURE(piece);
    Sha256 hasher;
    for (size_t at = 0; at < message.size(); at += piece) {
      hasher.Update(std::string_view(message).substr(at, piece));
    }
    CHECK(hasher.HexDigest() == whole);
  }
}

}  // namespace
}  // namespace clinicrank
