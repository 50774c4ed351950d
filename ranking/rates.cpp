#include "ranking/rates.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#ifndef CLINICRANK_RATES_PATH
#define CLINICRANK_RATES_PATH "data/rates.json"
#endif

namespace clinicrank {

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
    if (!m.value.IsNumber() || m.value.GetDouble() <= 0) {
      *error = "rates: rate for \"" + code + "\" must be a positive number";
      return false;
    }
    result.per_usd[code] = m.value.GetDouble();
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

std::string DefaultRatesPath() { return CLINICRANK_RATES_PATH; }

}  // namespace clinicrank
