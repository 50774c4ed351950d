#include "ranking/rates.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#ifndef CLINICRANK_RATES_PATH
#define CLINICRANK_RATES_PATH "data/rates.json"
#endif

namespace clinicrank {
namespace {

bool IsDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY-MM-DD" naming a day that exists (1900-2999).
bool IsCalendarDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const std::string_view y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!IsDigits(y) || !IsDigits(m) || !IsDigits(d)) return false;
  const int year = std::stoi(std::string(y)), month = std::stoi(std::string(m)),
            day = std::stoi(std::string(d));
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool IsCurrencyCode(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string ShortNumber(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", v);
  return text;
}

}  // namespace

std::optional<double> ToUsd(const Rates& rates, double amount, std::string_view currency) {
  if (currency == "USD") return amount;
  auto it = rates.per_usd.find(std::string(currency));
  if (it == rates.per_usd.end() || it->second <= 0) return std::nullopt;
  return amount / it->second;
}

bool ParseRates(std::string_view json, Rates* rates, std::string* error) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    *error = std::string("rates: invalid JSON at offset ") + std::to_string(doc.GetErrorOffset()) +
             ": " + rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  if (!doc.IsObject()) {
    *error = "rates: expected a JSON object";
    return false;
  }
  Rates result;
  auto date = doc.FindMember("date");
  if (date == doc.MemberEnd() || !date->value.IsString() || date->value.GetStringLength() == 0) {
    *error = "rates: missing \"date\"";
    return false;
  }
  result.date = date->value.GetString();
  if (!IsCalendarDate(result.date)) {
    *error = "rates: \"date\" must be a date written YYYY-MM-DD, not \"" +
             result.date.substr(0, 40) + "\"";
    return false;
  }
  auto base = doc.FindMember("base");
  if (base != doc.MemberEnd() &&
      (!base->value.IsString() || std::string_view(base->value.GetString()) != "USD")) {
    *error = "rates: \"base\" must be \"USD\"";
    return false;
  }
  auto source = doc.FindMember("source");
  if (source != doc.MemberEnd() && source->value.IsString())
    result.source = source->value.GetString();
  auto table = doc.FindMember("rates");
  if (table == doc.MemberEnd() || !table->value.IsObject()) {
    *error = "rates: missing \"rates\" object";
    return false;
  }
  for (const auto& m : table->value.GetObject()) {
    std::string code(m.name.GetString(), m.name.GetStringLength());
    if (!IsCurrencyCode(code)) {
      *error = "rates: \"" + code.substr(0, 20) +
               "\" is not a currency code (three capital letters, ISO 4217)";
      return false;
    }
    const double rate = m.value.IsNumber() ? m.value.GetDouble() : 0;
    if (!m.value.IsNumber() || !std::isfinite(rate) || rate < kMinRatePerUsd ||
        rate > kMaxRatePerUsd) {
      *error = "rates: rate for \"" + code +
               "\" must be a number of units per 1 USD between 0.001 and 100000000";
      return false;
    }
    result.per_usd[code] = rate;
  }
  *rates = std::move(result);
  return true;
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil), or nullopt for text that is not "YYYY-MM-DD".
std::optional<long> DaysFromIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&s](size_t at, size_t len) -> std::optional<long> {
    long v = 0;
    for (size_t i = at; i < at + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const std::optional<long> y0 = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y0 || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  const long y = *y0 - (*m <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (*m + (*m > 2 ? -3 : 9)) + 2) / 5 + *d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<long> RatesAgeDays(const Rates& rates, std::string_view today) {
  const std::optional<long> from = DaysFromIsoDate(rates.date);
  const std::optional<long> to = DaysFromIsoDate(today);
  if (!from || !to) return std::nullopt;
  return *to - *from;
}

std::vector<std::string> RateOutliers(const Rates& rates, const Rates& reference,
                                      double factor) {
  std::vector<std::string> out;
  for (const auto& [code, rate] : rates.per_usd) {
    const auto ref = reference.per_usd.find(code);
    if (ref == reference.per_usd.end()) continue;
    const double ratio = rate / ref->second;
    if (ratio <= factor && ratio >= 1 / factor) continue;
    std::string line = code + " " + ShortNumber(rate) + " per USD is " +
                       ShortNumber(ratio > 1 ? ratio : 1 / ratio) + " times " +
                       (ratio > 1 ? "above" : "below") + " the shipped table's " +
                       ShortNumber(ref->second) + " (" + reference.date +
                       "); rates are units of the currency per 1 USD";
    // Typed the wrong way round, a rate r becomes 1/r: the product is near 1.
    const double product = rate * ref->second;
    if (product > 0.5 && product < 2) line += " (is it inverted?)";
    out.push_back(std::move(line));
  }
  return out;
}

std::string DefaultRatesPath() { return CLINICRANK_RATES_PATH; }

std::string FormatDollars(double usd) {
  if (!std::isfinite(usd)) return "$?";
  // "%.0f" is exact for any double; std::llround overflows past 2^63.
  char text[400];
  std::snprintf(text, sizeof text, "%.0f", std::fabs(std::round(usd)));
  const std::string digits = text;
  std::string out = usd < 0 && digits != "0" ? "-$" : "$";
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace clinicrank
