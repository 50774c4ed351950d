// What each red-flag claim kind means for a reader: its severity and a short
// context note, both from ../shared/DOMAIN.md (§2 regulation, §4 taxonomy).
// Used by the ranker (deductions) and the audit (notes).
#ifndef CLINICRANK_RANKING_CLAIM_KINDS_H_
#define CLINICRANK_RANKING_CLAIM_KINDS_H_

#include <string_view>

namespace clinicrank {

// kInfo kinds (e.g. cell_count) are listed but never deducted.
enum class Severity { kInfo, kLow, kMedium, kHigh };
const char* SeverityName(Severity s);  // "info", "low", "medium", "high"

// DOMAIN.md §4 "Suggested severity". Kinds it does not list are kMedium.
Severity ClaimSeverity(std::string_view kind);

// One or two sentences of context with the source named, never empty.
const char* ClaimContextNote(std::string_view kind);

// A human label, e.g. "Claims FDA approval" for "fda_approved".
const char* ClaimLabel(std::string_view kind);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_CLAIM_KINDS_H_
