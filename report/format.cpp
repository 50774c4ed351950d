#include "report/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clinicrank {
namespace {

// The decimal digits of a whole, finite, non-negative double, exactly
// ("%.0f"): a cast to an integer type would overflow past 2^63.
std::string WholeDigits(double whole) {
  char buf[400];  // DBL_MAX has 309 digits
  std::snprintf(buf, sizeof buf, "%.0f", whole);
  return buf;
}

}  // namespace

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "?";
  double scale = std::pow(10.0, decimals);
  double rounded = std::isfinite(value * scale) ? std::round(value * scale) / scale : value;
  bool negative = rounded < 0;
  double whole_part = std::floor(std::fabs(rounded));
  std::string digits = WholeDigits(whole_part);
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (decimals > 0) {
    double frac = std::fabs(rounded) - whole_part;
    long long frac_digits = std::llround(frac * scale);
    if (frac_digits > 0) {
      std::string f = std::to_string(frac_digits);
      f.insert(0, static_cast<size_t>(std::max(0, decimals - static_cast<int>(f.size()))), '0');
      while (!f.empty() && f.back() == '0') f.pop_back();
      out += "." + f;
    }
  }
  return (negative ? "-" : "") + out;
}

std::string PlainNumber(double value) {
  if (!std::isfinite(value)) return "";
  char buf[400];  // "%.2f" of DBL_MAX: 309 digits and 3 more
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string TruncateUtf8(const std::string& text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars == max_chars) return text.substr(0, i) + "…";
    ++chars;
  }
  return text;
}

std::string FormatUsd(double value) { return "$" + FormatNumber(value); }

std::string FormatUsdRange(double low, double high) {
  if (std::round(low) == std::round(high)) return FormatUsd(low);
  return FormatUsd(low) + "–" + FormatNumber(high);
}

std::string FormatOriginalPrice(const Price& p) {
  std::string amount = FormatNumber(p.low, 2);
  if (p.high != p.low) amount += "–" + FormatNumber(p.high, 2);
  std::string basis = p.basis;
  for (char& c : basis) {
    if (c == '_') c = ' ';
  }
  std::string out = (p.currency.empty() ? std::string("?") : p.currency) + " " + amount;
  if (!basis.empty()) out += " " + basis;
  if (p.lower_bound_only) out += " (from)";
  if (p.upper_bound_only) out += " (up to)";
  return out;
}

const char* StatusMark(ItemStatus s) {
  switch (s) {
    case ItemStatus::kPass:
      return "✔";
    case ItemStatus::kPartial:
      return "◐";
    case ItemStatus::kFail:
      return "✘";
    case ItemStatus::kUnknown:
      break;
  }
  return "?";
}

std::string StatusBadge(ItemStatus s) {
  return std::string(StatusMark(s)) + " " + ItemStatusName(s);
}

std::string FormatDeduction(double d) { return d > 0 ? "−" + FormatNumber(d, 1) : "0"; }

std::string FormatClinicPriceUsd(const RankedClinic& c) {
  if (c.price_low_usd && c.price_high_usd)
    return FormatUsdRange(*c.price_low_usd, *c.price_high_usd);
  return c.stem_cell_prices.empty() ? "none stated" : "not comparable";
}

std::string RedFlagCount(const RankedClinic& c) { return std::to_string(c.red_flags.size()); }

std::string PagesRead(const RankedClinic& c) {
  return c.pages_read == c.pages_total
             ? std::to_string(c.pages_read)
             : std::to_string(c.pages_read) + " of " + std::to_string(c.pages_total);
}

std::string RatesSentence(const Ranking& r) {
  if (r.rates_date.empty()) {
    return "No exchange-rate table was loaded: only USD prices are compared; every price is "
           "shown as stated.";
  }
  return "Prices in other currencies are converted to USD with the rates table dated " +
         r.rates_date + " (data/rates.json); every price is also shown as stated.";
}

}  // namespace clinicrank
