// The polarity engine's vocabulary (parsers/text/polarity_words.h).
// Heuristic (DOMAIN.md §4 "Negation and disclaimers", §5 vocabulary).
#include "parsers/text/polarity_words.h"

#include <iterator>

namespace clinicrank {
namespace {

using W = std::string_view;

constexpr W kContrast[] = {
    "but",     "however", "whereas", "while",   "although", "though",   "nevertheless",
    "instead", "rather",  "otherwise",
    "pero",    "sino",    "mientras", "aunque",
    "aber",    "sondern", "jedoch",  "wahrend", "obwohl",   "dagegen",  "hingegen"};
constexpr W kSubordinators[] = {
    "if",     "unless",  "whether", "unlike",  "although", "though",     "while",
    "whereas", "when",   "without", "compared", "instead", "rather",     "once",
    "si",     "sin",     "aunque",  "mientras", "cuando",  "comparado",  "comparados",
    "wenn",   "falls",   "obwohl",  "wahrend", "ohne",     "statt",      "anstatt",
    "anders"};
constexpr W kSubjects[] = {"we",       "i",        "our",     "you",      "your",    "they",
                           "nosotros", "nosotras", "nuestro", "nuestra",  "nuestros", "nuestras",
                           "usted",    "ustedes",  "wir",     "ich",      "unser",   "unsere",
                           "unserer",  "unseren",  "unserem"};
constexpr W kCoordinators[] = {"and", "or", "nor", "plus", "ni", "o", "y", "u", "e",
                               "und", "oder", "noch"};
constexpr W kRestart[] = {"only",      "just",           "solely",  "exclusively", "always",
                          "solo",      "solamente",      "unicamente", "exclusivamente",
                          "siempre",   "nur",            "ausschliesslich", "lediglich", "immer"};
constexpr W kNotFollowers[] = {
    "only", "just", "merely", "simply", "a",      "an",     "the",   "all",      "always",
    "every", "necessarily", "to", "matter", "doubt", "wonder", "less",
    "solo", "solamente", "unicamente", "un", "una", "el", "la", "los", "las", "todo",
    "todos", "todas", "siempre",
    "nur",  "ein",  "eine", "einen", "einem", "der", "die", "das", "alle", "jeder", "immer",
    "bloss", "allein"};
constexpr W kRelatives[] = {"that",  "which", "who",    "whom",    "whose",   "where",
                            "que",   "cual",  "cuales", "donde",
                            "welche", "welcher", "welches"};
constexpr W kOthersQuantifiers[] = {
    "other",    "many",     "some",     "most",      "several",      "certain",
    "numerous", "typical",  "traditional", "conventional", "competing", "those", "other's",
    "various",
    "otras",    "otros",    "muchas",   "muchos",    "algunas",      "algunos",
    "ciertas",  "ciertos",  "mayoria",  "demas",     "varias",       "varios",
    "andere",   "anderen",  "anderer",  "viele",     "vielen",       "manche",
    "einige",   "meisten",  "herkommliche"};
constexpr W kNegatedQuantifiers[] = {"all", "every", "todas", "todos", "alle", "jede", "jeder"};
constexpr W kParties[] = {
    "clinic",     "clinics",   "provider",   "providers",  "practitioner", "practitioners",
    "doctor",     "doctors",   "physician",  "physicians", "surgeon",      "surgeons",
    "center",     "centers",   "centre",     "centres",    "practices",    "companies",
    "company",    "competitors", "facilities", "offices",  "chiropractors", "places",
    "therapists",
    "clinicas",   "clinica",   "centros",    "medicos",    "doctores",     "proveedores",
    "consultorios", "companias", "empresas",
    "kliniken",   "klinik",    "praxen",     "arzte",      "aerzte",       "arzten",
    "anbieter",   "zentren"};
constexpr W kPluralParties[] = {
    "clinics",  "providers", "practitioners", "doctors",  "physicians", "surgeons",
    "centers",  "centres",   "practices",     "companies",
    "clinicas", "centros",   "medicos",       "doctores", "proveedores", "empresas",
    "kliniken", "praxen",    "anbieter",      "arzte"};
constexpr W kPossessives[] = {"our",     "my",       "nuestro", "nuestra", "nuestros",
                              "nuestras", "mi",      "mis",     "unser",   "unsere",
                              "unserer", "unseren",  "unserem", "meine"};
constexpr W kInclusive[] = {"few",   "only",  "one",   "among", "pocas", "pocos", "unicas",
                            "unicos", "una",  "uno",   "entre", "wenigen", "einer", "eine"};
// Spanish words after which "no" is verbal ("no se utiliza", "no usamos").
constexpr W kVerbAfterNo[] = {
    "se",  "lo",  "la",  "los",  "las",  "le",   "les",  "me",   "nos",
    "es",  "son", "esta", "estan", "fue", "fueron", "ha", "han", "hemos",
    "hay", "era", "eran", "sera", "seran", "puede", "pueden", "usa", "usan",
    "utiliza", "utilizan", "ofrece", "ofrecen", "emplea", "emplean",
    "aplica", "aplican", "contiene", "contienen", "requiere", "requieren",
    "incluye", "incluyen", "necesita", "necesitan", "tiene", "tienen",
    "vende", "venden", "trabaja", "trabajan", "inyecta", "inyectan",
    "realiza", "realizan", "creemos", "longer", "use", "usamos"};
constexpr W kSelf[] = {"we",  "our",     "nosotros", "nosotras", "nuestra", "nuestro",
                       "nuestros", "nuestras", "wir", "unsere", "unser"};
constexpr W kConditionals[] = {"if", "unless", "whether", "wenn", "falls", "ob"};
constexpr W kAgentPreps[] = {"by", "at", "por", "en", "von", "bei"};
constexpr W kVerbalNegations[] = {
    "not",    "never",   "cannot", "nor", "neither", "dont", "doesnt", "isnt", "arent", "wont",
    "nunca",  "jamas",   "tampoco", "ni",
    "nicht",  "nie",     "niemals", "weder"};
constexpr W kDeterminerNegations[] = {"none",    "zero",     "ningun",  "ninguna",
                                      "ninguno", "ningunos", "ningunas"};
constexpr W kPrepositionNegations[] = {"without", "except",  "excluding", "sans",
                                       "sin",     "excepto", "salvo",
                                       "ohne",    "ausser",  "statt",    "anstatt", "anstelle"};
constexpr W kNegations[] = {"not", "no", "never", "nunca", "nicht"};
constexpr W kNegationCancels[] = {
    "only", "just", "merely", "simply", "matter", "doubt", "wonder", "less", "all", "every",
    "solo", "solamente", "unicamente", "todas", "todos",
    "nur",  "alle",  "bloss", "allein"};
constexpr W kPlainNots[] = {"not", "no", "nicht"};
constexpr W kOthers[] = {"unlike",      "competitors", "competitor", "elsewhere", "others",
                         "competidores", "competencia",
                         "wettbewerber", "konkurrenz", "konkurrenten"};
constexpr W kLinking[] = {"be",      "been",      "being", "is",     "are",   "was", "were",
                          "currently", "routinely", "ever", "actually", "really",
                          "se",
                          "wird",    "werden",    "bei",   "uns",    "hier"};
constexpr W kAnaphors[] = {"them", "these", "those", "they", "los", "las", "ellos", "ellas",
                           "sie",  "diese", "solche"};
constexpr W kButs[] = {"but", "pero", "aber"};
constexpr W kWithouts[] = {"without", "sin", "ohne"};
constexpr W kIfOrYes[] = {"si"};
constexpr W kNos[] = {"no"};

constexpr PolarityWords kWordTable[] = {
    {kContrastWord, kContrast},
    {kSubordinatorWord, kSubordinators},
    {kSubjectWord, kSubjects},
    {kCoordinatorWord, kCoordinators},
    {kRestartWord, kRestart},
    {kNotFollowerWord, kNotFollowers},
    {kRelativeWord, kRelatives},
    {kOthersQuantifierWord, kOthersQuantifiers},
    {kNegatedQuantifierWord, kNegatedQuantifiers},
    {kPartyWord, kParties},
    {kPluralPartyWord, kPluralParties},
    {kPossessiveWord, kPossessives},
    {kInclusiveWord, kInclusive},
    {kVerbAfterNoWord, kVerbAfterNo},
    {kSelfWord, kSelf},
    {kConditionalWord, kConditionals},
    {kAgentPrepWord, kAgentPreps},
    {kVerbalNegationWord, kVerbalNegations},
    {kDeterminerNegationWord, kDeterminerNegations},
    {kPrepositionNegationWord, kPrepositionNegations},
    {kNegationWord, kNegations},
    {kNegationCancelWord, kNegationCancels},
    {kPlainNotWord, kPlainNots},
    {kOthersWord, kOthers},
    {kLinkingWord, kLinking},
    {kAnaphorWord, kAnaphors},
    {kButWord, kButs},
    {kWithoutWord, kWithouts},
    {kIfOrYesWord, kIfOrYes},
    {kNoWord, kNos},
};

constexpr W kClauseOpeners[] = {"which is why", "that is why", "this is why", "that's why",
                                "sin embargo",  "en cambio",   "por eso",     "por ello",
                                "deshalb",      "darum",       "daher"};
constexpr W kNotContrasts[] = {"instead of", "rather than"};
constexpr W kSubordinateOpeners[] = {"in contrast",  "in case",     "as opposed",
                                     "a diferencia", "en lugar",    "en vez",
                                     "en caso",      "en comparacion",
                                     "im gegensatz", "im vergleich"};
constexpr W kCommaSubordinators[] = {"unlike", "if",   "unless", "without",      "whereas",
                                     "sin",    "si",   "a diferencia",
                                     "ohne",   "wenn", "falls",  "im gegensatz"};
constexpr W kNegationPhrases[] = {"instead of",  "rather than", "free of",    "free from",
                                  "as opposed to", "in place of",
                                  "libre de",    "en lugar de", "en vez de",
                                  "frei von"};
constexpr W kNotNegations[] = {"sin embargo"};
constexpr W kCancelsAfterNegation[] = {"more than", "to mention"};
constexpr W kOthersPhrases[] = {
    "compared to",     "compared with",   "beware of",      "in contrast to", "watch out for",
    "comparado con",   "comparados con",  "comparadas con", "cuidado con",
    "a diferencia de", "en contraste con", "en comparacion con",
    "vorsicht vor",    "anders als",      "im gegensatz zu", "im vergleich zu"};
constexpr W kConditionPhrases[] = {"in case", "en caso"};
constexpr W kRhetoricalOpeners[] = {"did you know", "sabia", "sabias", "wussten", "wusstest"};
constexpr W kUsageVerbPrefixes[] = {
    "offer", "use",    "sell",   "provide", "carry",  "stock",  "recommend", "inject",
    "administer",
    "ofrec", "usa",    "usamos", "utiliz",  "vend",   "recomend", "aplic",   "emple",
    "anbiet", "bieten", "verwend", "einsetz", "nutz",  "benutz"};

}  // namespace

std::span<const PolarityWords> PolarityWordTable() { return kWordTable; }

std::span<const std::string_view> PolarityPhraseTable(PolarityPhrases table) {
  switch (table) {
    case PolarityPhrases::kClauseOpener: return kClauseOpeners;
    case PolarityPhrases::kNotContrast: return kNotContrasts;
    case PolarityPhrases::kSubordinateOpener: return kSubordinateOpeners;
    case PolarityPhrases::kCommaSubordinator: return kCommaSubordinators;
    case PolarityPhrases::kNegationPhrase: return kNegationPhrases;
    case PolarityPhrases::kNotNegation: return kNotNegations;
    case PolarityPhrases::kCancelAfterNegation: return kCancelsAfterNegation;
    case PolarityPhrases::kOthersPhrase: return kOthersPhrases;
    case PolarityPhrases::kConditionPhrase: return kConditionPhrases;
    case PolarityPhrases::kRhetoricalOpener: return kRhetoricalOpeners;
    case PolarityPhrases::kUsageVerbPrefix: return kUsageVerbPrefixes;
  }
  return {};
}

}  // namespace clinicrank
