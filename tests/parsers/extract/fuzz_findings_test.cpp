// What the fuzz targets (tests/fuzz/, docs/fuzzing.md) found in the extract
// path, one regression test each, named after the target that found it.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "parsers/extract/clinic.h"
#include "parsers/extract/money_scan.h"
#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

TEST_CASE("fuzz_money: a currency between two amounts belongs to one span only",
          "[money][heuristic]") {
  struct Case {
    std::string_view text;
    double first, second;
    std::string_view currency;
  };
  const Case cases[] = {
      // The fuzzer's input, 6¥6: "¥" alone is yen or yuan, so no currency
      // without a Japanese or Chinese context (issue 18).
      {"6\xC2\xA5" "6", 6, 6, ""},
      {"precio 3.500 \xE2\x82\xAC 4.000 \xE2\x82\xAC", 3500, 4000, "EUR"},
      {"from $3,500 USD 4,000 per knee", 3500, 4000, "USD"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::string folded = FoldCopy(c.text);
    const auto mentions = ScanMoney(folded);
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].low == c.first);
    CHECK(mentions[1].low == c.second);
    CHECK(mentions[0].currency == c.currency);
    CHECK(mentions[1].currency == c.currency);
    CHECK(mentions[0].end <= mentions[1].begin);
    CHECK(mentions[1].begin < mentions[1].end);
  }
  // Distractor: a real range stays one mention.
  const auto range = ScanMoney(FoldCopy("$3,500 - 8,000 per knee"));
  REQUIRE(range.size() == 1);
  CHECK(range[0].low == 3500);
  CHECK(range[0].high == 8000);
}

// Short price sentences ("$4$4") fit in std::string's inline buffer, so
// moving a sentence moved the bytes its price cues were looking at: a read
// of a dead stack frame under AddressSanitizer, a silent misread without.
TEST_CASE("fuzz_extract: price cues of short sentences outlive the move",
          "[prices][contract]") {
  const std::string_view pages[] = {
      "$4$4",
      "<p>$5,000 or $6,000.</p>",
      "<p>Knee $4,500. PRP $750. Both $8,000.</p>",
  };
  for (std::string_view html : pages) {
    CAPTURE(html);
    PageInput page;
    page.bytes = html;
    page.path = "fuzz.html";
    const ClinicFacts facts = ExtractClinic("fuzz", {page});
    for (const Price& p : facts.prices) {
      CHECK(p.low > 0);
      CHECK(p.low <= p.high);
    }
  }
  PageInput page;
  page.bytes = "<p>Knee $4,500. PRP $750. Both $8,000.</p>";
  page.path = "fuzz.html";
  CHECK(ExtractClinic("fuzz", {page}).prices.size() == 3);
}

}  // namespace
}  // namespace clinicrank
