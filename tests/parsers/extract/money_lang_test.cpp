// Money in the currencies and number formats added with issue 18
// (parsers/extract/money_scan.h; docs/extraction.md "Languages"): yen with 万
// and 億, full-width digits, won, yuan, rupees in lakh grouping, lira, real,
// złoty, koruna, forint, Swiss francs; and the page context that settles a
// bare "¥" or "$".
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parsers/extract/money_scan.h"
#include "parsers/extract/prices.h"
#include "parsers/html/document.h"
#include "parsers/text/fold.h"
#include "tests/testing/blocks.h"

namespace clinicrank {
namespace {

struct Case {
  const char* text;
  double low;
  double high;
  const char* currency;  // "" for a context cue (¥ alone)
};

TEST_CASE("ScanMoney reads the added currencies and formats", "[money][lang][contract]") {
  const Case cases[] = {
      {"948,000円（税込）", 948000, 948000, "JPY"},
      {"１２０万円", 1200000, 1200000, "JPY"},
      {"12万8000円", 128000, 128000, "JPY"},
      {"1億2000万円", 120000000, 120000000, "JPY"},
      {"62〜98万円", 620000, 980000, "JPY"},
      {"3万円から30万円", 30000, 300000, "JPY"},
      {"30 JPY", 30, 30, "JPY"},
      {"¥1,408,000", 1408000, 1408000, ""},
      {"￥55,000", 55000, 55000, ""},
      {"150만원", 1500000, 1500000, "KRW"},
      {"₩2,000,000", 2000000, 2000000, "KRW"},
      {"3,000元", 3000, 3000, "CNY"},
      {"Rs. 2,50,000", 250000, 250000, "INR"},
      {"₹ 1.5 lakh", 150000, 150000, "INR"},
      {"45.000 TL", 45000, 45000, "TRY"},
      {"90 bin TL", 90000, 90000, "TRY"},
      {"5.000 ₺", 5000, 5000, "TRY"},
      {"R$ 3.000,00", 3000, 3000, "BRL"},
      {"R$ 20 mil", 20000, 20000, "BRL"},
      {"12 000 zł", 12000, 12000, "PLN"},
      {"2 tys. zł", 2000, 2000, "PLN"},
      {"od 8 000 do 12 000 zł", 8000, 12000, "PLN"},
      {"4 500 PLN", 4500, 4500, "PLN"},
      {"3 500,- Kč", 3500, 3500, "CZK"},
      {"45 000 Kč", 45000, 45000, "CZK"},
      {"CHF 4'500.–", 4500, 4500, "CHF"},
      {"150 000 Ft", 150000, 150000, "HUF"},
      {"entre 200 € et 300 €", 200, 300, "EUR"},
      {"3.500 € a ginocchio", 3500, 3500, "EUR"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::string folded = FoldCopy(c.text);
    const std::vector<MoneyMention> found = ScanMoney(folded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].low == Approx(c.low));
    CHECK(found[0].high == Approx(c.high));
    CHECK(found[0].currency == c.currency);
    if (std::string(c.currency).empty()) CHECK(found[0].cue == CurrencyCue::kBareYen);
  }
}

TEST_CASE("ScanMoney: a code word before a spaced dollar sign", "[money][contract]") {
  // Found on real pages: "US $ 4,000" came out as the code "53$" (an
  // upper-case "USD" upper-cased again).
  const struct {
    const char* text;
    const char* currency;
  } cases[] = {{"US $ 4,000 per knee", "USD"},
               {"US $4,500", "USD"},
               {"USD $4,800", "USD"},
               {"MXN $85,000", "MXN"},
               {"cad $ 6,000", "CAD"}};
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::vector<MoneyMention> found = ScanMoney(FoldCopy(c.text));
    REQUIRE(found.size() == 1);
    CHECK(found[0].currency == c.currency);
  }
  // Distractor: a word that is not a currency code leaves the "$" bare.
  const std::vector<MoneyMention> bare = ScanMoney(FoldCopy("pay $ 4,000"));
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].currency != "PAY");
}

TEST_CASE("ScanMoney: the added formats keep their distractors out", "[money][lang][heuristic]") {
  const char* const none[] = {
      "1億個の幹細胞",        // a cell count
      "6 ft tall",            // feet, not forints
      "048-662-9980",         // a phone number
      "2026年2月",            // a date
      "1回",                  // one session
      "%90 oranında başarı",  // a percentage
  };
  for (const char* text : none) {
    CAPTURE(text);
    CHECK(ScanMoney(FoldCopy(text)).empty());
  }
}

TEST_CASE("ScanMoney: bounds written after the amount", "[money][lang][heuristic]") {
  const auto lower = [](const char* text) {
    const std::vector<MoneyMention> found = ScanMoney(FoldCopy(text));
    REQUIRE(found.size() == 1);
    return found[0].lower_bound_only;
  };
  CHECK(lower("198,000円〜"));
  CHECK(lower("30万円以上"));
  CHECK(lower("od 800 zł"));
  CHECK(lower("a partire da 2.900 €"));
  CHECK_FALSE(lower("55,000円（税込）"));
}

std::vector<Price> PricesOf(const std::string& text, const std::string& lang,
                            const std::string& tld) {
  Document doc;
  doc.lang = lang;
  doc.blocks.push_back(testing::Para(text));
  PageContext ctx;
  ctx.url = "https://clinic.example/price";
  ctx.lang = lang.substr(0, 2);
  ctx.tld = tld;
  PriceExtractor extractor;
  extractor.AddPage(doc, ctx);
  ClinicFacts facts;
  extractor.Finish(&facts);
  return facts.prices;
}

// "¥" is the yen and the yuan; a bare "$" on a Brazilian page is the real.
TEST_CASE("Prices: the page settles ¥ and a bare $", "[money][lang][heuristic]") {
  struct Ctx {
    const char* text;
    const char* lang;
    const char* tld;
    const char* currency;
    bool guessed;
  };
  const Ctx cases[] = {
      {"幹細胞治療 ¥1,408,000", "ja", "jp", "JPY", false},
      {"Stem cell therapy ¥1,408,000 per knee", "en", "com", "JPY", true},
      {"干细胞治疗 ¥98,000", "zh", "cn", "CNY", false},
      {"Tratamento com células-tronco: $ 15.000 por joelho", "pt-br", "br", "BRL", true},
      {"Tratamento com células-tronco: $ 15.000 por joelho", "pt-br", "com", "BRL", true},
      {"Stem cell therapy: $ 5,000 per knee", "en", "com", "USD", false},
  };
  for (const Ctx& c : cases) {
    CAPTURE(c.text, c.lang, c.tld);
    const std::vector<Price> prices = PricesOf(c.text, c.lang, c.tld);
    REQUIRE(prices.size() == 1);
    CHECK(prices[0].currency == c.currency);
    CHECK(prices[0].currency_guessed == c.guessed);
  }
}

}  // namespace
}  // namespace clinicrank
