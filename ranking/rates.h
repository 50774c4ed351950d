// Currency conversion for comparing stated prices. The table is data shipped
// in the repo (data/rates.json) with the date it describes; ranking is pure,
// so the app reads the file and hands over a Rates value.
#ifndef CLINICRANK_RANKING_RATES_H_
#define CLINICRANK_RANKING_RATES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace clinicrank {

struct Rates {
  std::string date;    // the day the rates describe, e.g. "2026-11-01"; "" = no table
  std::string source;  // free text: where the rates came from
  // Units of each currency per 1 USD, e.g. {"MXN": 18.2}. USD itself is implied.
  std::map<std::string, double> per_usd;
};

// `amount` in `currency` (ISO 4217) as USD, or nullopt when the table has no
// rate for it. USD always converts to itself.
std::optional<double> ToUsd(const Rates& rates, double amount, std::string_view currency);

// Parses {"date": "...", "base": "USD", "rates": {"MXN": 18.2, ...},
// "source": "..."} ("source" and "note" optional). Returns false and sets
// `error` when the JSON is malformed, the base is not USD, the date is
// missing or a rate is not a positive number.
bool ParseRates(std::string_view json, Rates* rates, std::string* error);

// Whole days from the table's date to `today` (both "YYYY-MM-DD"); nullopt
// when either is not such a date. Ranking has no clock: the app passes
// today's date and warns when the table is more than a year old.
std::optional<long> RatesAgeDays(const Rates& rates, std::string_view today);
inline constexpr long kRatesMaxAgeDays = 365;

// The data/rates.json of the source tree this binary was built from.
std::string DefaultRatesPath();

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_RATES_H_
