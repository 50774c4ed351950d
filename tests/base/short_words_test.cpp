// ShortWordMap: exact lookups of words up to 8 bytes.
#include "base/short_words.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

namespace clinicrank {
namespace {

TEST_CASE("ShortWordMap finds exactly the words it holds", "[text]") {
  const ShortWordMap map{{"p", 1}, {"pa", 2}, {"script", 3}, {"f\xC3\xBCr", 4}, {"12345678", 5}};
  CHECK(map.Find("p") == 1);
  CHECK(map.Find("pa") == 2);
  CHECK(map.Find("script") == 3);
  CHECK(map.Find("f\xC3\xBCr") == 4);
  CHECK(map.Find("12345678") == 5);
  // Prefixes, extensions, case and over-long words are not matches.
  CHECK(map.Find("scrip") == -1);
  CHECK(map.Find("scripts") == -1);
  CHECK(map.Find("Script") == -1);
  CHECK(map.Find("123456789") == -1);
  CHECK(map.Find("") == -1);
  CHECK(map.Find("x", 0) == 0);
}

TEST_CASE("ShortWordMap holds many words and refuses what it cannot hold", "[text]") {
  ShortWordMap map;
  for (int i = 0; i < 128; ++i) map.Add("w" + std::to_string(i), i);
  for (int i = 0; i < 128; ++i) CHECK(map.Find("w" + std::to_string(i)) == i);
  CHECK(map.Find("w128") == -1);
  CHECK_THROWS_AS(map.Add("w200", 1), std::logic_error);
  ShortWordMap small;
  CHECK_THROWS_AS(small.Add("ninebytes", 1), std::logic_error);
  CHECK_THROWS_AS(small.Add("", 1), std::logic_error);
}

}  // namespace
}  // namespace clinicrank
