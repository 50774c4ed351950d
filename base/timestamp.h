// ISO 8601 UTC timestamps ("2026-11-25T01:02:03.456Z"), the one format the
// store writes, so that text order is time order.
#ifndef CLINICRANK_BASE_TIMESTAMP_H_
#define CLINICRANK_BASE_TIMESTAMP_H_

#include <chrono>
#include <string>

namespace clinicrank {

std::string FormatUtcTimestamp(std::chrono::system_clock::time_point when);
inline std::string UtcNow() { return FormatUtcTimestamp(std::chrono::system_clock::now()); }

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_TIMESTAMP_H_
