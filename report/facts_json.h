// The `extract` output: one JSON object per clinic, on one line
// (../shared/CONTRACT.md, "extract output"). Every contract field is always
// present; unknown identity fields are null. Read back by `rank --facts` and
// by a ranking kept on disk (app/facts_spill.h).
#ifndef CLINICRANK_REPORT_FACTS_JSON_H_
#define CLINICRANK_REPORT_FACTS_JSON_H_

#include <string>
#include <string_view>

#include "parsers/extract/facts.h"

namespace clinicrank {

// One line of JSON, without the trailing newline. Strings are escaped by
// RapidJSON (control characters, quotes, backslashes), so page text can never
// break a line or the object.
std::string FactsToJsonLine(const ClinicFacts& facts);

// Reads a line FactsToJsonLine wrote (or an earlier version's: a missing
// field keeps its default, "unknown" for a yes/no field) back into `facts`.
// False with `error` set ("not JSON: …", "\"prices[2].low\" is not a
// number") when the line is not a clinic's facts. Lossless for what
// FactsToJsonLine writes, except invalid UTF-8, which it wrote as U+FFFD.
bool FactsFromJsonLine(std::string_view line, ClinicFacts* facts, std::string* error);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_FACTS_JSON_H_
