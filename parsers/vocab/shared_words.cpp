// Shared word lists (parsers/vocab/shared_words.h).
#include "parsers/vocab/shared_words.h"

namespace clinicrank {
namespace {

constexpr std::string_view kResearch[] = {"study",      "studies",        "trial*",     "research*",
                                          "found that", "according to",   "guideline*", "estudio*",
                                          "ensayo*",    "investigacion*", "segun",      "studie*",
                                          "forschung*", "leitlinie*",     "laut"};

constexpr std::string_view kRisks[] = {
    "risk",          "risks",   "side effect*",      "side-effect*",        "complication*",
    "adverse",       "riesgo*", "efecto secundario", "efectos secundarios", "efectos adversos",
    "complicacion*", "risiko",  "risiken",           "nebenwirkung*",       "komplikation*",
    // --- pt, it, fr, tr, pl, cs (docs/extraction.md "Languages"; Japanese
    // risk words name the alternatives' risks as often as the clinic's own)
    "risco", "riscos", "efeito colateral", "efeitos colaterais", "efeitos adversos",
    "complicac*", "rischio", "rischi", "effetto collaterale", "effetti collaterali",
    "effetti indesiderati", "complicanz*", "risque", "risques", "effet secondaire",
    "effets secondaires", "effets indesirables", "riskler*", "riski", "yan etki*",
    "komplikasyon*", "ryzyko", "ryzyka", "skutki uboczne", "skutkow ubocznych", "powiklani*",
    "riziko", "rizika", "vedlejsi ucink*", "komplikace"};

}  // namespace

std::span<const std::string_view> ResearchWords() { return kResearch; }
std::span<const std::string_view> RiskWords() { return kRisks; }

}  // namespace clinicrank
