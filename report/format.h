// Number and price formatting shared by the report writers. Output is plain
// text: callers escape it for their context like any other string.
#ifndef CLINICRANK_REPORT_FORMAT_H_
#define CLINICRANK_REPORT_FORMAT_H_

#include <optional>
#include <string>

#include "parsers/extract/facts.h"
#include "ranking/rank.h"

namespace clinicrank {

// 5156 → "5,156"; 3.5 → "3.5" (at most `decimals` places, trailing zeros cut).
// Exact for any finite double (never an overflowed integer); "?" for NaN
// and infinities.
std::string FormatNumber(double value, int decimals = 0);
// For machine-read cells: no thousands separators, at most 2 decimals; ""
// (an empty cell) for NaN and infinities.
std::string PlainNumber(double value);
// The longest prefix of `text` with at most `max_chars` UTF-8 code points,
// plus "…" when cut; never splits a multi-byte character.
std::string TruncateUtf8(const std::string& text, size_t max_chars);
// "$5,156" or "$3,500–8,000".
std::string FormatUsd(double value);
std::string FormatUsdRange(double low, double high);
// A price as stated: "MXN 90,000–120,000 per knee (from)".
std::string FormatOriginalPrice(const Price& p);
// A status with its marker: "✔ pass", "◐ partial", "✘ fail", "? unknown".
std::string StatusBadge(ItemStatus s);
// The marker alone, one column wide: "✔", "◐", "✘", "?".
const char* StatusMark(ItemStatus s);
// "−15" style deduction, "0" when none.
std::string FormatDeduction(double d);
// The comparable range of a clinic, "$4,500–6,000" or "not comparable" / "none stated".
std::string FormatClinicPriceUsd(const RankedClinic& c);
// The sentence every rank report carries about the rates table.
std::string RatesSentence(const Ranking& r);
// Red flags (not info-level notes) of a clinic: "3", or "0".
std::string RedFlagCount(const RankedClinic& c);
// "3 of 4" pages read.
std::string PagesRead(const RankedClinic& c);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_FORMAT_H_
