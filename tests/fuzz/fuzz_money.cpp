// Money parsing (parsers/extract/money_scan.h): ScanMoney over the folded
// input, CurrencyNamedIn, and ParseAmount on every line. Invariants: spans
// lie inside the sentence, in order; amounts are finite, non-negative and
// low <= high.
#include <cmath>
#include <cstdint>
#include <string>

#include "parsers/extract/money_scan.h"
#include "parsers/text/fold.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  const std::string_view text = fuzz::AsText(data, size);
  const std::string folded = FoldCopy(text);
  for (bool bare : {false, true}) {
    MoneyScanOptions options;
    options.bare_numbers = bare;
    size_t previous_end = 0;
    for (const MoneyMention& m : ScanMoney(folded, options)) {
      fuzz::Check(m.begin < m.end && m.end <= folded.size(), "span outside the sentence");
      fuzz::Check(m.begin >= previous_end, "mentions overlap or go backwards");
      previous_end = m.end;
      fuzz::Check(std::isfinite(m.low) && std::isfinite(m.high), "amount not finite");
      fuzz::Check(m.low >= 0 && m.low <= m.high, "amounts out of order");
    }
  }
  CurrencyNamedIn(folded);
  std::string_view rest = text;
  while (!rest.empty()) {
    double value = 0;
    bool dot_thousands = false;
    if (ParseAmount(fuzz::TakeLine(&rest), &value, &dot_thousands)) {
      fuzz::Check(std::isfinite(value) && value >= 0, "parsed amount not finite");
    }
  }
  return 0;
}
