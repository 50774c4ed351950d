// Money mentions in one folded sentence (parsers/text/fold.h): a small
// scanner that finds amounts with their currency, multipliers, ranges and
// bounds. It knows numbers and currencies only; what a price is *for* (its
// treatment and basis) is decided by parsers/extract/price_purpose.h.
//
// Formats (DOMAIN.md §6): 3,500 · 3500 · 3.500 (dot thousands) · 3.500,00 ·
// 4 900 · 4'900 · 1.800,- · $5k · 12.5K · 85 mil · 1,2 millones · 2 tys. ·
// 45 bin · 2,50,000 and 2.5 lakh (India) · 50万 · 12万8000 · 1億 (Japanese
// units of ten thousand and a hundred million); currency before or after,
// with or without a space: $ US$ USD CA$ C$ MX$ COL$ CI$ RD$ R$ B/. € £ ฿ ₡
// ₹ ₺ ₩ ¥ and ISO codes and words (dollars, dólares, dlls, pesos, M.N.,
// euros, colones, baht, reais, zł, Kč, Ft, TL, 円, 元, 원 ...). Ranges: "a – b",
// "a to b", "a〜b", "between a and b", "desde a hasta b", "de a a b", "von a
// bis b", "od a do b", "entre a et b". Bounds: from / starting at / desde /
// a partir de / ab / od / "a+" / "a〜" / "aから" (lower), up to / hasta /
// bis zu / até (upper).
//
// Heuristic (DOMAIN.md §6): a dot or comma followed by exactly three digits
// is a thousands separator whatever the page language, because no clinic
// price has three decimals; one or two digits after the last separator are
// decimals.
#ifndef CLINICRANK_PARSERS_EXTRACT_MONEY_SCAN_H_
#define CLINICRANK_PARSERS_EXTRACT_MONEY_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// How the currency of a mention was written.
enum class CurrencyCue {
  kNone,        // a bare number (only a price where a table column says so)
  kExplicit,    // ISO code, unambiguous symbol or word: USD, US$, €, dólares
  kBareDollar,  // "$" alone: USD, MXN, COP, CAD ... by page context
  kDollarWord,  // "dollars" in English: USD unless the page is Canadian etc.
  kPesoWord,    // "pesos" with no country: MXN, COP ... by page context
  kBareYen,     // "¥" alone: JPY, or CNY on a Chinese page
};

struct MoneyMention {
  size_t begin = 0;  // byte span in the folded sentence, currency included
  size_t end = 0;
  double low = 0;
  double high = 0;          // == low for a single amount
  std::string currency;     // ISO 4217 when cue == kExplicit, else ""
  CurrencyCue cue = CurrencyCue::kNone;
  bool is_range = false;
  bool lower_bound_only = false;  // from / desde / ab / "30,000+"
  bool upper_bound_only = false;  // up to / hasta / bis zu
  bool dot_thousands = false;     // written with '.' groups (18.000.000)
  bool discount = false;          // "save $500", "$500 off", "descuento de"
  bool exchange_rate = false;     // "CI$1.00 = US$1.20"
};

struct MoneyScanOptions {
  // Also report numbers with no currency (cue kNone), for table columns
  // headed "Price (USD)". Default: false.
  bool bare_numbers = false;
};

// Every money mention of `folded`, in text order. Phone numbers, dates and
// digit runs glued to letters (a2m, ky1-9006) are skipped.
// REQUIRES: `folded` came from Fold/FoldCopy (lower case, ASCII dashes/spaces).
std::vector<MoneyMention> ScanMoney(std::string_view folded,
                                    const MoneyScanOptions& options = MoneyScanOptions());

// The currency a column header or label names ("Price (USD)", "Precio MXN",
// "Preis in €"), "$" for a bare dollar sign, or "" when none.
std::string CurrencyNamedIn(std::string_view folded);

// Parses one written number ("3,500", "3.500,00", "4 900", "12.5") into
// *value; false if `written` is not a number. *dot_thousands is set when '.'
// groups thousands.
bool ParseAmount(std::string_view written, double* value, bool* dot_thousands);

// Approximate US dollars per unit of `currency` ([M] background rates, good
// to a few percent; used only for plausibility bands), or 0 if unknown.
double ApproxUsdPerUnit(std::string_view currency);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_MONEY_SCAN_H_
