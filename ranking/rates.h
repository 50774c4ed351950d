// Currency conversion for comparing stated prices. The table is data shipped
// in the repo (data/rates.json) with the date it describes; ranking is pure,
// so the app reads the file and hands over a Rates value.
#ifndef CLINICRANK_RANKING_RATES_H_
#define CLINICRANK_RANKING_RATES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Bounds on a rate (units of a currency per 1 USD). The strongest currency
// (KWD) is about 0.3 per USD and the weakest in use about 10^5, so a
// rate outside [0.001, 10^8] is a mistake, not a currency.
inline constexpr double kMinRatePerUsd = 1e-3;
inline constexpr double kMaxRatePerUsd = 1e8;

// Parses {"date": "YYYY-MM-DD", "base": "USD", "rates": {"MXN": 18.2, ...},
// "source": "..."} ("source" and "note" optional). Returns false and sets
// `error` when the JSON is malformed, the base is not USD, the date is
// missing or not a calendar date, a code is not three capital letters, or a
// rate is not a number within [kMinRatePerUsd, kMaxRatePerUsd].
bool ParseRates(std::string_view json, Rates* rates, std::string* error);

// Whole days from the table's date to `today` (both "YYYY-MM-DD"); nullopt
// when either is not such a date. Ranking has no clock: the app passes
// today's date and warns when the table is more than a year old.
std::optional<long> RatesAgeDays(const Rates& rates, std::string_view today);
inline constexpr long kRatesMaxAgeDays = 365;
// Rates of `rates` that differ from `reference` (the shipped table) by more
// than `factor` either way, one sentence each, for a warning: a rate typed
// the wrong way round (USD per unit) is off by the square of the rate.
std::vector<std::string> RateOutliers(const Rates& rates, const Rates& reference,
                                      double factor = 10);

// The data/rates.json of the source tree this binary was built from.
std::string DefaultRatesPath();

// "$12,500": whole US dollars with thousands commas, exact for any finite
// amount (a page's typo can be 10^300), "$?" for NaN or infinity.
std::string FormatDollars(double usd);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_RATES_H_
