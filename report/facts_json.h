// The `extract` output: one JSON object per clinic, on one line
// (../shared/CONTRACT.md, "extract output"). Every contract field is always
// present; unknown identity fields are null.
#ifndef CLINICRANK_REPORT_FACTS_JSON_H_
#define CLINICRANK_REPORT_FACTS_JSON_H_

#include <string>

#include "parsers/extract/facts.h"

namespace clinicrank {

// One line of JSON, without the trailing newline. Strings are escaped by
// RapidJSON (control characters, quotes, backslashes), so page text can never
// break a line or the object.
std::string FactsToJsonLine(const ClinicFacts& facts);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_FACTS_JSON_H_
