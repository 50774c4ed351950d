#include "ranking/text_match.h"

#include <algorithm>
#include <span>

namespace clinicrank {
namespace {

using Words = std::span<const std::string_view>;

constexpr std::string_view kEvaluationWords[] = {
    "evaluation", "consultation", "consult",  "assessment", "examination", "exam ",
    "imaging",    "mri",          "x-ray",    "x-rays",     "xray",        "diagnos",
    "evaluación", "valoración",   "consulta", "resonancia", "radiograf",   "untersuchung",
    "bildgebung", "mrt",          "röntgen"};
constexpr std::string_view kProcessingWords[] = {
    "processing", "harvest",       "extraction", "aspiration", "concentrat",   "laboratory",
    "lab ",       "procesamiento", "extracción", "aspirado",   "aufbereitung", "entnahme"};
constexpr std::string_view kFollowUpWords[] = {
    "follow-up",  "follow up",      "followup",    "check-up",  "checkup",      "aftercare",
    "after-care", "post-treatment", "seguimiento", "nachsorge", "nachkontrolle"};
constexpr std::string_view kExclusionCues[] = {
    "not includ",     "does not cover",    "excluding",
    "excludes",       "extra cost",        "extra charge",
    "extra fee",      "costs extra",       "additional cost",
    "additional fee", "additional charge", "separately",
    "not covered",    "no incluye",        "no incluido",
    "aparte",         "nicht inbegriffen", "nicht enthalten",
    "zzgl",           "zuzüglich"};

constexpr std::string_view kOrthopedicWords[] = {
    "orthop",      "sports medicine", "sport medicine", "ortoped",
    "traumatolog", "sportmedizin",    "musculoskeletal"};
constexpr std::string_view kExclusiveWords[] = {
    "only", "exclusively", "solely",     "100%",  "never",          "solo ",
    "sólo", "solamente",   "únicamente", "nunca", "ausschließlich", "nur "};
constexpr std::string_view kOwnCellWords[] = {
    "own cells", "your own", "own stem",        "autologous",  "own body",
    "propias",   "autólog",  "propio paciente", "körpereigen", "autolog"};
constexpr std::string_view kRiskWords[] = {
    "risk",       "side effect", "complication", "infection",    "riesgo", "efectos secundarios",
    "complicaci", "infecci",     "nebenwirkung", "komplikation", "risiko", "risiken"};
constexpr std::string_view kDeniedRiskWords[] = {"no risk",
                                                 "zero risk",
                                                 "risk-free",
                                                 "risk free",
                                                 "without risk",
                                                 "no side effect",
                                                 "without side effect",
                                                 "no complication",
                                                 "100% safe",
                                                 "sin riesgo",
                                                 "sin efectos",
                                                 "keine nebenwirkung",
                                                 "keinerlei nebenwirkung",
                                                 "ohne risiko"};
// Position of the first of `words` in `text`, or npos.
size_t FindAny(std::string_view text, Words words) {
  size_t best = std::string_view::npos;
  for (std::string_view w : words) best = std::min(best, text.find(w));
  return best;
}

bool ContainsAny(std::string_view text, Words words) {
  return FindAny(text, words) != std::string_view::npos;
}

}  // namespace

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const char* InclusionCategoryName(InclusionCategory c) {
  switch (c) {
    case InclusionCategory::kEvaluation:
      return "evaluation and imaging";
    case InclusionCategory::kProcessing:
      return "cell extraction and processing";
    case InclusionCategory::kFollowUp:
      break;
  }
  return "follow-up";
}

namespace {

// Splits at sentence and clause boundaries (". ", ";", "(", ")", " but ",
// " pero ", " aber "), keeping decimal points inside numbers.
std::vector<std::string_view> SplitClauses(std::string_view text) {
  std::vector<std::string_view> clauses;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool split = c == ';' || c == '(' || c == ')' || c == '!' || c == '?' ||
                 (c == '.' && (i + 1 == text.size() || text[i + 1] == ' '));
    size_t skip = 1;
    for (std::string_view conj :
         {std::string_view(" but "), std::string_view(" pero "), std::string_view(" aber ")}) {
      if (text.substr(i, conj.size()) == conj) {
        split = true;
        skip = conj.size();
      }
    }
    if (!split) continue;
    clauses.push_back(text.substr(start, i - start));
    start = i + skip;
    i = start - 1;
  }
  if (start < text.size()) clauses.push_back(text.substr(start));
  return clauses;
}

}  // namespace

InclusionScan ScanInclusions(std::string_view quote) {
  std::string text = AsciiLower(quote);
  InclusionScan scan;
  for (std::string_view clause : SplitClauses(text)) {
    bool excluded = ContainsAny(clause, kExclusionCues);
    auto classify = [&](InclusionCategory c, Words words) {
      if (!ContainsAny(clause, words)) return;
      std::vector<InclusionCategory>& list = excluded ? scan.excluded : scan.included;
      if (std::find(list.begin(), list.end(), c) == list.end()) list.push_back(c);
    };
    classify(InclusionCategory::kEvaluation, kEvaluationWords);
    classify(InclusionCategory::kProcessing, kProcessingWords);
    classify(InclusionCategory::kFollowUp, kFollowUpWords);
  }
  return scan;
}

bool MentionsOrthopedics(std::string_view text) {
  return ContainsAny(AsciiLower(text), kOrthopedicWords);
}

bool ClaimsOwnCellsOnly(std::string_view text) {
  std::string t = AsciiLower(text);
  bool exclusive = ContainsAny(t, kExclusiveWords);
  bool own = ContainsAny(t, kOwnCellWords);
  return exclusive && own;
}

bool ListsRisks(std::string_view text) {
  std::string t = AsciiLower(text);
  bool risk = ContainsAny(t, kRiskWords);
  bool denied = ContainsAny(t, kDeniedRiskWords);
  return risk && !denied;
}

}  // namespace clinicrank
