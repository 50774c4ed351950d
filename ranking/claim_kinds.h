// What each red-flag claim kind means for a reader: its severity, a label,
// one plain sentence of why it matters, and a longer context note naming
// the source, all from ../shared/DOMAIN.md (§2 regulation, §4 taxonomy).
// One table (claim_kinds.cpp); the ranker (deductions), the rank report and
// the audit all read it.
#ifndef CLINICRANK_RANKING_CLAIM_KINDS_H_
#define CLINICRANK_RANKING_CLAIM_KINDS_H_

#include "parsers/extract/fact_kinds.h"

namespace clinicrank {

// kInfo kinds (e.g. cell_count) are notes: listed apart from red flags and
// never deducted.
enum class Severity { kInfo, kLow, kMedium, kHigh };
const char* SeverityName(Severity s);  // "info", "low", "medium", "high"

// DOMAIN.md §4 "Suggested severity". ClaimKind::kOther is kMedium.
Severity ClaimSeverity(ClaimKind kind);

// A human label, e.g. "Claims FDA approval" for kFdaApproved.
const char* ClaimLabel(ClaimKind kind);

// One plain sentence for a patient: why the claim matters, from the
// regulatory record, with its source in brackets. Never empty.
const char* ClaimWhy(ClaimKind kind);

// One or two sentences of context with the sources named, for the audit.
// Never empty.
const char* ClaimContextNote(ClaimKind kind);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_CLAIM_KINDS_H_
