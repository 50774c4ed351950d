// Keyword heuristics over quotes the parsers already extracted (EN, ES, DE):
// what a price says it includes, orthopedic experience, "own cells only" and
// risk statements. Marked heuristic in docs/ranking.md; cheap substring
// scans over short (~300 character) quotes, no regular expressions.
#ifndef CLINICRANK_RANKING_TEXT_MATCH_H_
#define CLINICRANK_RANKING_TEXT_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// The seed article's "what's included in the cost" categories.
enum class InclusionCategory { kEvaluation, kProcessing, kFollowUp };
const char* InclusionCategoryName(InclusionCategory c);  // e.g. "evaluation and imaging"

struct InclusionScan {
  std::vector<InclusionCategory> included;
  std::vector<InclusionCategory> excluded;  // named after "not included", "extra", ...
};
InclusionScan ScanInclusions(std::string_view quote);

// Orthopedics, orthopaedic, sports medicine, ortopedia, traumatología, Orthopädie...
bool MentionsOrthopedics(std::string_view text);

// "only your own cells", "100% autologous", "never donor tissue", "solo células propias"...
bool ClaimsOwnCellsOnly(std::string_view text);

// Text that lists risks or side effects ("risks include infection", "possible
// side effects", "riesgos", "Nebenwirkungen") without denying them.
bool ListsRisks(std::string_view text);

// ASCII lower-casing; other bytes are kept.
std::string AsciiLower(std::string_view text);

}  // namespace clinicrank

#endif  // CLINICRANK_RANKING_TEXT_MATCH_H_
