#include "parsers/extract/price_purpose.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "parsers/text/phrase_set.h"
#include "parsers/text/polarity.h"

namespace clinicrank {
namespace {

using Kind = PricePurpose::Kind;

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// How a lexicon entry must sit in the text.
enum class Match : unsigned char {
  kWord,    // whole word(s)
  kPrefix,  // starts a word: "consult" in "consultation"
  kInfix,   // anywhere: German compounds ("Eigenfett-Stammzelltherapie")
};

struct Entry {
  std::string_view text;
  Kind kind;
  std::string_view value;
  Match match;
};

constexpr std::string_view kStem = "stem_cell";
constexpr std::string_view kPrp = "prp";
constexpr std::string_view kConsult = "consultation";
constexpr std::string_view kSurgery = "surgery";
constexpr std::string_view kOther = "other";

constexpr Kind T = Kind::kTreatment;
constexpr Kind B = Kind::kBasis;
constexpr Match W = Match::kWord;
constexpr Match P = Match::kPrefix;
constexpr Match I = Match::kInfix;

// DOMAIN.md §5 vocabulary and §6 bases. Folded spellings (no accents).
constexpr Entry kLexicon[] = {
    // Stem-cell products and sources.
    {"stem cell", T, kStem, P}, {"stem-cell", T, kStem, P}, {"stemcell", T, kStem, P},
    {"bmac", T, kStem, W}, {"bmc", T, kStem, W}, {"bma", T, kStem, W},
    {"bone marrow", T, kStem, P}, {"marrow", T, kStem, P}, {"svf", T, kStem, W},
    {"stromal vascular", T, kStem, P}, {"adipose", T, kStem, P}, {"fat-derived", T, kStem, P},
    {"fat derived", T, kStem, P}, {"lipogems", T, kStem, P}, {"mfat", T, kStem, W},
    {"microfragmented", T, kStem, P}, {"micro-fragmented", T, kStem, P},
    {"nanofat", T, kStem, P}, {"mesenchymal", T, kStem, P}, {"msc", T, kStem, W},
    {"mscs", T, kStem, W}, {"uc-msc", T, kStem, P}, {"umbilical", T, kStem, P},
    {"cord blood", T, kStem, P}, {"cord tissue", T, kStem, P}, {"cord-derived", T, kStem, P},
    {"wharton", T, kStem, P}, {"amniotic", T, kStem, P}, {"placental", T, kStem, P},
    {"exosome", T, kStem, P}, {"cell therapy", T, kStem, P}, {"cellular therapy", T, kStem, P},
    {"regenerative cell", T, kStem, P}, {"celulas madre", T, kStem, P},
    {"celula madre", T, kStem, P}, {"celulas troncales", T, kStem, P},
    {"celulas mesenquimales", T, kStem, P}, {"medula osea", T, kStem, P},
    {"tejido adiposo", T, kStem, P}, {"cordon umbilical", T, kStem, P},
    {"terapia celular", T, kStem, P}, {"stammzell", T, kStem, I}, {"knochenmark", T, kStem, I},
    {"eigenfett", T, kStem, I}, {"nanofett", T, kStem, I}, {"fettgewebe", T, kStem, I},
    {"nabelschnur", T, kStem, I}, {"zelltherapie", T, kStem, I},
    // PRP (not stem cells: DOMAIN.md §5).
    {"prp", T, kPrp, W}, {"platelet", T, kPrp, P}, {"plasma rico", T, kPrp, P},
    {"plaquetas", T, kPrp, P}, {"acp", T, kPrp, W}, {"eigenblut", T, kPrp, I},
    {"thrombozyt", T, kPrp, I},
    // Consultation / evaluation.
    {"consultation", T, kConsult, P}, {"consult", T, kConsult, W}, {"evaluation", T, kConsult, P},
    {"assessment", T, kConsult, P}, {"office visit", T, kConsult, P},
    {"initial visit", T, kConsult, P}, {"first visit", T, kConsult, P},
    {"new patient visit", T, kConsult, P}, {"second opinion", T, kConsult, P},
    {"telemedicine", T, kConsult, P}, {"telehealth", T, kConsult, P},
    {"video visit", T, kConsult, P}, {"virtual visit", T, kConsult, P}, {"exam", T, kConsult, W},
    {"exams", T, kConsult, W}, {"examination", T, kConsult, P},
    {"consulta", T, kConsult, P}, {"valoracion", T, kConsult, P}, {"evaluacion", T, kConsult, P},
    {"primera visita", T, kConsult, P}, {"beratung", T, kConsult, I},
    {"konsultation", T, kConsult, P}, {"untersuchung", T, kConsult, P},
    {"erstgesprach", T, kConsult, P}, {"sprechstunde", T, kConsult, P},
    // Surgery, quoted for comparison.
    {"knee replacement", T, kSurgery, P}, {"joint replacement", T, kSurgery, P},
    {"total knee", T, kSurgery, P}, {"partial knee", T, kSurgery, P}, {"tkr", T, kSurgery, W},
    {"tka", T, kSurgery, W}, {"arthroplast", T, kSurgery, P}, {"arthroscop", T, kSurgery, P},
    {"surgery", T, kSurgery, P}, {"surgical", T, kSurgery, P}, {"surgeries", T, kSurgery, P},
    {"operation", T, kSurgery, P}, {"cirugia", T, kSurgery, P}, {"quirurgic", T, kSurgery, P},
    {"reemplazo", T, kSurgery, P}, {"protesis", T, kSurgery, P}, {"artroplastia", T, kSurgery, P},
    {"artroscopia", T, kSurgery, P}, {"operacion", T, kSurgery, P}, {"prothese", T, kSurgery, I},
    {"knie-tep", T, kSurgery, P}, {"tep", T, kSurgery, W}, {"gelenkersatz", T, kSurgery, I},
    {"arthroskop", T, kSurgery, P}, {"op", T, kSurgery, W},
    // Other products (DOMAIN.md §5 "Not stem cells").
    {"hyaluron", T, kOther, I}, {"hialuronico", T, kOther, P}, {"gel shot", T, kOther, P},
    {"gel injection", T, kOther, P}, {"synvisc", T, kOther, P}, {"euflexxa", T, kOther, P},
    {"durolane", T, kOther, P}, {"orthovisc", T, kOther, P}, {"monovisc", T, kOther, P},
    {"cortisone", T, kOther, P}, {"corticosteroid", T, kOther, P}, {"steroid", T, kOther, P},
    {"cortisona", T, kOther, P}, {"kortison", T, kOther, I}, {"prolotherap", T, kOther, P},
    {"proloterapia", T, kOther, P}, {"ozone", T, kOther, P}, {"ozono", T, kOther, P},
    {"ozon", T, kOther, W}, {"a2m", T, kOther, W}, {"physical therapy", T, kOther, P},
    {"physiotherap", T, kOther, P}, {"fisioterapia", T, kOther, P},
    // Imaging and labs.
    {"mri", T, kOther, W}, {"mris", T, kOther, W}, {"mrt", T, kOther, P},
    {"imaging", T, kOther, P}, {"x-ray", T, kOther, P}, {"xray", T, kOther, P},
    {"resonancia", T, kOther, P}, {"radiografia", T, kOther, P}, {"rayos x", T, kOther, P},
    {"rontgen", T, kOther, P}, {"lab work", T, kOther, P}, {"labs", T, kOther, W},
    {"blood work", T, kOther, P}, {"bloodwork", T, kOther, P}, {"blood test", T, kOther, P},
    {"laboratorio", T, kOther, P}, {"analisis", T, kOther, P},
    // Travel and fees.
    {"hotel", T, kOther, P}, {"flight", T, kOther, P}, {"airfare", T, kOther, P},
    {"airport", T, kOther, P}, {"accommodation", T, kOther, P}, {"lodging", T, kOther, P},
    {"transfers", T, kOther, W}, {"transportation", T, kOther, P},
    {"hospedaje", T, kOther, P}, {"alojamiento", T, kOther, P}, {"vuelo", T, kOther, P},
    {"traslado", T, kOther, P}, {"ubernachtung", T, kOther, I}, {"deposit", T, kOther, P},
    {"deposito", T, kOther, P}, {"anticipo", T, kOther, P}, {"anzahlung", T, kOther, I},
    {"booking fee", T, kOther, P}, {"reservation fee", T, kOther, P},
    {"cancellation", T, kOther, P}, {"cancelacion", T, kOther, P}, {"storno", T, kOther, P},
    {"shipping", T, kOther, P}, {"parking", T, kOther, P},

    // Bases.
    {"/mo", B, "per_month", W}, {"/month", B, "per_month", W}, {"per month", B, "per_month", W},
    {"a month", B, "per_month", W}, {"monthly", B, "per_month", P}, {"/mes", B, "per_month", W},
    {"al mes", B, "per_month", W}, {"por mes", B, "per_month", W},
    {"mensual", B, "per_month", P}, {"pro monat", B, "per_month", W},
    {"monatlich", B, "per_month", P}, {"im monat", B, "per_month", W},
    {"/monat", B, "per_month", W},
    {"financing", Kind::kWeakMonthly, "per_month", P}, {"finance", Kind::kWeakMonthly, "per_month", W},
    {"financiamiento", Kind::kWeakMonthly, "per_month", P},
    {"financiacion", Kind::kWeakMonthly, "per_month", P},
    {"finanzierung", Kind::kWeakMonthly, "per_month", I}, {"apr", Kind::kWeakMonthly, "per_month", W},
    {"meses sin intereses", Kind::kWeakMonthly, "per_month", P},
    {"msi", Kind::kWeakMonthly, "per_month", W}, {"installment", Kind::kWeakMonthly, "per_month", P},
    {"instalment", Kind::kWeakMonthly, "per_month", P}, {"cuotas", Kind::kWeakMonthly, "per_month", P},
    {"mensualidad", Kind::kWeakMonthly, "per_month", P},
    {"ratenzahlung", Kind::kWeakMonthly, "per_month", I}, 
    {"payments of", Kind::kWeakMonthly, "per_month", P}, {"carecredit", Kind::kWeakMonthly, "per_month", P},

    {"both knees", B, "both_knees", W}, {"both knee", B, "both_knees", W},
    {"two knees", B, "both_knees", W}, {"2 knees", B, "both_knees", W},
    {"bilateral", B, "both_knees", P}, {"both joints", B, "both_knees", W},
    {"second knee", B, "both_knees", W}, {"ambas rodillas", B, "both_knees", W},
    {"las dos rodillas", B, "both_knees", W}, {"dos rodillas", B, "both_knees", W},
    {"2 rodillas", B, "both_knees", W}, {"ambas articulaciones", B, "both_knees", W},
    {"beide knie", B, "both_knees", P}, {"beiden knie", B, "both_knees", P},
    {"beider knie", B, "both_knees", P}, {"zwei knie", B, "both_knees", P},
    {"beidseitig", B, "both_knees", P}, {"beidseits", B, "both_knees", W},

    {"per knee", B, "per_knee", W}, {"each knee", B, "per_knee", W}, {"a knee", B, "per_knee", W},
    {"/knee", B, "per_knee", W}, {"one knee", B, "per_knee", W}, {"single knee", B, "per_knee", W},
    {"single-knee", B, "per_knee", W}, {"1 knee", B, "per_knee", W},
    {"per joint", B, "per_knee", W}, {"each joint", B, "per_knee", W},
    {"/joint", B, "per_knee", W}, {"one joint", B, "per_knee", W},
    {"single joint", B, "per_knee", W}, {"unilateral", B, "per_knee", P},
    {"por rodilla", B, "per_knee", W}, {"cada rodilla", B, "per_knee", W},
    {"una rodilla", B, "per_knee", W}, {"1 rodilla", B, "per_knee", W},
    {"por articulacion", B, "per_knee", W}, {"pro knie", B, "per_knee", W},
    {"je knie", B, "per_knee", W}, {"ein knie", B, "per_knee", W},
    {"einem knie", B, "per_knee", W}, {"pro gelenk", B, "per_knee", W},
    {"je gelenk", B, "per_knee", W}, {"einseitig", B, "per_knee", P},

    {"package", B, "package", P}, {"paquete", B, "package", P}, {"all-inclusive", B, "package", W},
    {"all inclusive", B, "package", W}, {"todo incluido", B, "package", W},
    {"paket", B, "package", I}, {"pauschal", B, "package", I}, {"bundle", B, "package", P},

    {"per injection", B, "per_injection", W}, {"each injection", B, "per_injection", W},
    {"an injection", B, "per_injection", W}, {"/injection", B, "per_injection", W},
    {"per shot", B, "per_injection", W}, {"a shot", B, "per_injection", W},
    {"each shot", B, "per_injection", W}, {"/shot", B, "per_injection", W},
    {"per session", B, "per_injection", W}, {"each session", B, "per_injection", W},
    {"a session", B, "per_injection", W}, {"/session", B, "per_injection", W},
    {"per vial", B, "per_injection", W}, {"/vial", B, "per_injection", W},
    {"per application", B, "per_injection", W}, {"per dose", B, "per_injection", W},
    {"per syringe", B, "per_injection", W}, {"each", B, "per_injection", W},
    {"booster", B, "per_injection", P}, {"single injection", B, "per_injection", W},
    {"por aplicacion", B, "per_injection", W}, {"por sesion", B, "per_injection", W},
    {"por infiltracion", B, "per_injection", W}, {"por inyeccion", B, "per_injection", W},
    {"por dosis", B, "per_injection", W}, {"por vial", B, "per_injection", W},
    {"cada aplicacion", B, "per_injection", W}, {"cada sesion", B, "per_injection", W},
    {"cada inyeccion", B, "per_injection", W}, {"cada infiltracion", B, "per_injection", W},
    {"pro injektion", B, "per_injection", W}, {"pro sitzung", B, "per_injection", W},
    {"pro spritze", B, "per_injection", W}, {"je injektion", B, "per_injection", W},
    {"je sitzung", B, "per_injection", W}, {"je spritze", B, "per_injection", W},
    {"pro anwendung", B, "per_injection", W},

    {"per treatment", B, "per_treatment", W}, {"each treatment", B, "per_treatment", W},
    {"/treatment", B, "per_treatment", W}, {"per procedure", B, "per_treatment", W},
    {"each procedure", B, "per_treatment", W}, {"/procedure", B, "per_treatment", W},
    {"per course", B, "per_treatment", W}, {"full course", B, "per_treatment", W},
    {"complete treatment", B, "per_treatment", W}, {"por tratamiento", B, "per_treatment", W},
    {"por procedimiento", B, "per_treatment", W}, {"tratamiento completo", B, "per_treatment", W},
    {"pro behandlung", B, "per_treatment", W}, {"je behandlung", B, "per_treatment", W},
    {"per protocol", B, "per_treatment", W}, {"por protocolo", B, "per_treatment", W},
    {"series of", B, "per_treatment", W}, {"course of", B, "per_treatment", W},
    {"serie de", B, "per_treatment", W},

    // Structure words.
    {"includes", Kind::kInclusion, "", W}, {"including", Kind::kInclusion, "", W},
    {"include", Kind::kInclusion, "", W}, {"incl.", Kind::kInclusion, "", W},
    {"incl", Kind::kInclusion, "", W}, {"inkl.", Kind::kInclusion, "", W},
    {"inkl", Kind::kInclusion, "", W}, {"inklusive", Kind::kInclusion, "", W},
    {"incluye", Kind::kInclusion, "", W}, {"incluyen", Kind::kInclusion, "", W},
    {"incluido", Kind::kInclusion, "", W}, {"incluidos", Kind::kInclusion, "", W},
    {"with", Kind::kInclusion, "", W}, {"con", Kind::kInclusion, "", W},
    {"mit", Kind::kInclusion, "", W}, {"plus", Kind::kInclusion, "", W},
    {"covers", Kind::kInclusion, "", W}, {"cubre", Kind::kInclusion, "", W},
    {"+", Kind::kInclusion, "", I}, {"as well as", Kind::kInclusion, "", W},
    {"along with", Kind::kInclusion, "", W},

    {"knee", Kind::kKnee, "", P}, {"rodilla", Kind::kKnee, "", P}, {"knie", Kind::kKnee, "", I},
    {"gonartros", Kind::kKnee, "", P}, {"gonarthros", Kind::kKnee, "", P},
    {"menisc", Kind::kKnee, "", P}, {"menisk", Kind::kKnee, "", P},
    {"shoulder", Kind::kOtherJoint, "", P}, {"elbow", Kind::kOtherJoint, "", P},
    {"ankle", Kind::kOtherJoint, "", P}, {"wrist", Kind::kOtherJoint, "", P},
    {"spine", Kind::kOtherJoint, "", P}, {"spinal", Kind::kOtherJoint, "", P},
    {"back pain", Kind::kOtherJoint, "", P}, {"lower back", Kind::kOtherJoint, "", P},
    {"neck", Kind::kOtherJoint, "", W}, {"hombro", Kind::kOtherJoint, "", P},
    {"codo", Kind::kOtherJoint, "", W}, {"tobillo", Kind::kOtherJoint, "", P},
    {"columna", Kind::kOtherJoint, "", P}, {"schulter", Kind::kOtherJoint, "", I},
    {"ellenbogen", Kind::kOtherJoint, "", I}, {"sprunggelenk", Kind::kOtherJoint, "", I},
    {"wirbelsaule", Kind::kOtherJoint, "", I}, {"rucken", Kind::kOtherJoint, "", P},
    {"hip", Kind::kHip, "", W}, {"hips", Kind::kHip, "", W}, {"cadera", Kind::kHip, "", P},
    {"hufte", Kind::kHip, "", P}, {"iliac", Kind::kHarvest, "", P},
    {"marrow", Kind::kHarvest, "", P}, {"medula", Kind::kHarvest, "", P},
    {"knochenmark", Kind::kHarvest, "", I}, {"beckenkamm", Kind::kHarvest, "", I},
    {"harvest", Kind::kHarvest, "", P}, {"drawn from", Kind::kHarvest, "", W},

    {"single", Kind::kSingle, "", W}, {"one", Kind::kSingle, "", W},
    {"una", Kind::kSingle, "", W}, {"un solo", Kind::kSingle, "", W},
    {"eine", Kind::kSingle, "", W}, {"einzelne", Kind::kSingle, "", P},
    {"injection", Kind::kDose, "", W}, {"shot", Kind::kDose, "", W},
    {"session", Kind::kDose, "", W}, {"vial", Kind::kDose, "", W},
    {"inyeccion", Kind::kDose, "", W}, {"aplicacion", Kind::kDose, "", W},
    {"sesion", Kind::kDose, "", W}, {"infiltracion", Kind::kDose, "", W},
    {"injektion", Kind::kDose, "", I}, {"spritze", Kind::kDose, "", I},
    {"sitzung", Kind::kDose, "", I},

    // Prices said of others or of the market, not the clinic's own (DOMAIN.md
    // §4 "Quoted third-party text"), and exchange rates.
    {"other clinics", Kind::kOthers, "", W}, {"some clinics", Kind::kOthers, "", W},
    {"many clinics", Kind::kOthers, "", W}, {"most clinics", Kind::kOthers, "", W},
    {"u.s. clinics", Kind::kOthers, "", W}, {"us clinics", Kind::kOthers, "", W},
    {"clinics charge", Kind::kOthers, "", W}, {"industry survey", Kind::kOthers, "", P},
    {"industry average", Kind::kOthers, "", P}, {"industry data", Kind::kOthers, "", W},
    {"survey", Kind::kOthers, "", P}, {"advertised", Kind::kOthers, "", W},
    {"advertises", Kind::kOthers, "", W}, {"flyer", Kind::kOthers, "", P},
    {"competitor", Kind::kOthers, "", P}, {"elsewhere", Kind::kOthers, "", W},
    {"average cost", Kind::kOthers, "", W}, {"national average", Kind::kOthers, "", W},
    {"otras clinicas", Kind::kOthers, "", W}, {"algunas clinicas", Kind::kOthers, "", W},
    {"muchas clinicas", Kind::kOthers, "", W}, {"andere kliniken", Kind::kOthers, "", W},
    {"andere praxen", Kind::kOthers, "", W}, {"anderswo", Kind::kOthers, "", W},
    {"exchange rate", Kind::kExchange, "", W}, {"tipo de cambio", Kind::kExchange, "", W},
    {"wechselkurs", Kind::kExchange, "", I}, {"converted at", Kind::kExchange, "", W},

    {"i spent", Kind::kStory, "", W}, {"i paid", Kind::kStory, "", W},
    {"i had paid", Kind::kStory, "", W}, {"i've paid", Kind::kStory, "", W},
    {"i have paid", Kind::kStory, "", W}, {"i've spent", Kind::kStory, "", W},
    {"i have spent", Kind::kStory, "", W}, {"i had spent", Kind::kStory, "", W},
    {"i'd spent", Kind::kStory, "", W}, {"we spent", Kind::kStory, "", W},
    {"we paid", Kind::kStory, "", W}, {"we had paid", Kind::kStory, "", W},
    {"cost me", Kind::kStory, "", W}, {"costed me", Kind::kStory, "", W},
    {"charged me", Kind::kStory, "", W}, {"i was charged", Kind::kStory, "", W},
    {"i was quoted", Kind::kStory, "", W}, {"quoted me", Kind::kStory, "", W},
    {"spent", Kind::kStory, "", W}, {"me costo", Kind::kStory, "", W},
    {"me cobraron", Kind::kStory, "", W}, {"habia gastado", Kind::kStory, "", W},
    {"he gastado", Kind::kStory, "", W}, {"he pagado", Kind::kStory, "", W},
    {"habia pagado", Kind::kStory, "", W}, {"gastamos", Kind::kStory, "", W},
    {"hat mich", Kind::kStory, "", W}, {"ausgegeben", Kind::kStory, "", W},
    {"wasted", Kind::kStory, "", W}, {"to the tune of", Kind::kStory, "", W},
    // Insurance terms: what a plan makes a patient pay, not what a clinic charges.
    {"deductible", Kind::kStory, "", P}, {"coinsurance", Kind::kStory, "", W},
    {"co-insurance", Kind::kStory, "", W}, {"copay", Kind::kStory, "", P},
    {"co-pay", Kind::kStory, "", P}, {"copayment", Kind::kStory, "", W},
    {"deducible", Kind::kStory, "", W}, {"copago", Kind::kStory, "", W},
    {"selbstbeteiligung", Kind::kStory, "", I},
    {"habe ich", Kind::kStory, "", W}, {"ich habe", Kind::kStory, "", W},
};

// Free / included words before or after a consultation.
constexpr std::string_view kFreeBefore[] = {
    "free", "complimentary", "no-cost", "no cost", "no charge", "gratis", "gratuita",
    "gratuito", "sin costo", "sin cargo", "kostenlos", "kostenlose", "kostenloses",
    "kostenfreie", "unverbindliche"};
constexpr std::string_view kFreeAfter[] = {
    "included", "is free", "are free", "free of charge", "at no cost", "incluida", "incluido",
    "gratis", "sin costo", "inklusive", "inbegriffen", "is credited", "se descuenta",
    "complimentary", "no charge", "kostenlos"};

// Negation of a mention is read by the shared engine (parsers/text/polarity.h);
// these are the price-only readings it does not make: verbs of avoidance
// ("avoid surgery", "postpone a knee replacement"), the "non-" prefix
// ("non-surgical"), and an item excluded from the price ("hotel not
// included", "flights are extra").
constexpr std::string_view kAvoidBefore[] = {
    "non", "avoid", "avoids", "avoiding", "evitar", "evite", "evita", "vermeiden",
    "postpone", "delay"};
constexpr std::string_view kNegationAfter[] = {
    "not included", "no incluid", "no esta incluid", "nicht enthalten", "nicht inbegriffen",
    "not part of", "excluded", "is extra", "are extra", "not covered"};
// A comparison: the mention is the yardstick, not the thing priced.
constexpr std::string_view kComparisonBefore[] = {
    "compared", "comparison", "vs", "vs.", "versus", "than", "alternative",
    "alternatives", "fraction", "comparado", "comparacion", "frente", "diferencia",
    "alternativa", "que", "vergleich", "verglichen", "gegenuber", "als", "alternative"};

size_t FindBounded(std::string_view text, std::string_view word, Match match, size_t from) {
  while (true) {
    const size_t at = text.find(word, from);
    if (at == std::string_view::npos) return at;
    const bool left_ok = match == Match::kInfix || at == 0 || !IsAlnum(text[at - 1]) ||
                         !IsAlnum(word.front());
    const size_t end = at + word.size();
    const bool right_ok = match != Match::kWord || end == text.size() || !IsAlnum(text[end]) ||
                          !IsAlnum(word.back());
    if (left_ok && right_ok) return at;
    from = at + 1;
  }
}

bool ContainsAny(std::string_view text, const std::string_view* words, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (FindBounded(text, words[i], Match::kWord, 0) != std::string_view::npos) return true;
  }
  return false;
}
template <size_t N>
bool ContainsAny(std::string_view text, const std::string_view (&words)[N]) {
  return ContainsAny(text, words, N);
}

bool IsClauseBreak(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' ||
         c == '?' || c == '|';
}

// The clause text before `pos` (at most 40 bytes) and after `pos`.
std::string_view ClauseBefore(std::string_view text, size_t pos) {
  size_t from = pos > 40 ? pos - 40 : 0;
  for (size_t k = pos; k > from; --k) {
    if (IsClauseBreak(text[k - 1])) {
      from = k;
      break;
    }
  }
  return text.substr(from, pos - from);
}
std::string_view ClauseAfter(std::string_view text, size_t pos) {
  size_t to = std::min(text.size(), pos + 30);
  for (size_t k = pos; k < to; ++k) {
    if (IsClauseBreak(text[k])) {
      to = k;
      break;
    }
  }
  return text.substr(pos, to - pos);
}

int BasisRank(std::string_view basis) {
  constexpr std::string_view kOrder[] = {"per_month", "both_knees", "per_knee",
                                         "package",   "per_injection", "per_treatment"};
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (kOrder[i] == basis) return static_cast<int>(i);
  }
  return 100;
}

bool Inside(const PricePurpose::Cue& c, size_t begin, size_t end) {
  return c.begin >= begin && c.end <= end;
}


// The lexicon as one phrase set; a match's id is its row in kLexicon.
const PhraseSet& Lexicon() {
  static const PhraseSet* const set = [] {
    std::vector<PhraseSet::Phrase> phrases;
    phrases.reserve(std::size(kLexicon));
    for (const Entry& e : kLexicon) {
      const PhraseSet::Mode mode = e.match == Match::kWord     ? PhraseSet::Mode::kWord
                                   : e.match == Match::kPrefix ? PhraseSet::Mode::kPrefix
                                                               : PhraseSet::Mode::kInfix;
      phrases.push_back({e.text, mode});
    }
    return new PhraseSet(phrases);
  }();
  return *set;
}

}  // namespace

PricePurpose::PricePurpose(std::string_view folded) : text_(folded) {
  std::vector<PhraseSet::Match> matches;
  Lexicon().FindAll(folded, &matches);
  cues_.reserve(matches.size());
  for (const PhraseSet::Match& m : matches) {
    const Entry& e = kLexicon[m.id];
    cues_.push_back(Cue{m.begin, m.end, e.kind, e.value});
  }
  std::sort(cues_.begin(), cues_.end(), [](const Cue& a, const Cue& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Drop cues nested inside a longer cue of the same kind ("knee" inside
  // "knee replacement" stays, being another kind; "consult" inside
  // "consultation" goes).
  std::vector<Cue> kept;
  kept.reserve(cues_.size());
  for (const Cue& c : cues_) {
    bool nested = false;
    for (const Cue& k : kept) {
      if (k.kind == c.kind && c.begin >= k.begin && c.end <= k.end) nested = true;
    }
    if (!nested) kept.push_back(c);
  }
  cues_ = std::move(kept);
}

PricePurpose::~PricePurpose() = default;
PricePurpose::PricePurpose(PricePurpose&&) noexcept = default;

const SentencePolarity& PricePurpose::NegationScope() const {
  if (!polarity_) polarity_ = std::make_unique<SentencePolarity>(text_);
  return *polarity_;
}

namespace {

// The memo slot of `cue` (an element of `cues`) in `memo`, sized on first use.
signed char& MemoSlot(std::vector<signed char>* memo, const std::vector<PricePurpose::Cue>& cues,
                      const PricePurpose::Cue& cue) {
  if (memo->empty()) memo->assign(cues.size(), -1);
  return (*memo)[static_cast<size_t>(&cue - cues.data())];
}

}  // namespace

bool PricePurpose::Negated(const Cue& cue) const {
  signed char& known = MemoSlot(&negated_, cues_, cue);
  if (known < 0) known = ComputeNegated(cue) ? 1 : 0;
  return known == 1;
}

bool PricePurpose::Compared(const Cue& cue) const {
  signed char& known = MemoSlot(&compared_, cues_, cue);
  if (known < 0) known = ComputeCompared(cue) ? 1 : 0;
  return known == 1;
}

bool PricePurpose::ComputeNegated(const Cue& cue) const {
  if (NegationScope().Of(cue.begin, cue.end) == Polarity::kNegated) return true;
  if (ContainsAny(ClauseBefore(text_, cue.begin), kAvoidBefore)) return true;
  std::string_view after = ClauseAfter(text_, cue.end);
  for (std::string_view w : kNegationAfter) {
    if (after.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool PricePurpose::ComputeCompared(const Cue& cue) const {
  // Said of others ("unlike clinics that charge for stem cells", "compared
  // to surgery"): the shared engine's reading; the rest is price wording.
  if (NegationScope().Of(cue.begin, cue.end) == Polarity::kOthers) return true;
  return ContainsAny(ClauseBefore(text_, cue.begin), kComparisonBefore);
}

bool PricePurpose::FreeOrIncluded(const Cue& cue) const {
  if (ContainsAny(ClauseBefore(text_, cue.begin), kFreeBefore)) return true;
  std::string_view after = ClauseAfter(text_, cue.end);
  for (std::string_view w : kFreeAfter) {
    if (FindBounded(after, w, Match::kWord, 0) != std::string_view::npos) return true;
  }
  return false;
}

bool PricePurpose::AfterInclusion(const Cue& cue, size_t begin) const {
  for (const Cue& c : cues_) {
    if (c.begin >= cue.begin) break;
    if (c.kind == Kind::kInclusion && c.begin >= begin) return true;
  }
  return false;
}

std::string_view PricePurpose::Treatment(size_t begin, size_t end, size_t anchor_begin,
                                      size_t anchor_end) const {
  // A whole level (block, heading, page title) is asked once per amount
  // under it; its answer never changes.
  const bool whole = begin == 0 && end == text_.size() && anchor_begin == std::string_view::npos &&
                     anchor_end == std::string_view::npos;
  if (!whole) return ComputeTreatment(begin, end, anchor_begin, anchor_end);
  if (!whole_treatment_known_) {
    whole_treatment_ = ComputeTreatment(begin, end, anchor_begin, anchor_end);
    whole_treatment_known_ = true;
  }
  return whole_treatment_;
}

std::string_view PricePurpose::ComputeTreatment(size_t begin, size_t end, size_t anchor_begin,
                                             size_t anchor_end) const {
  // The mentions that count are the treatment cues in range that are neither
  // negated nor a free consultation. Negation is the costly test, so each
  // step tests its cheap conditions first and asks it only of the mentions
  // that would decide the step: the same answer as filtering first, as
  // every test here is a pure function of the text.
  // A consultation set apart from the amount by a bracket or a semicolon is
  // not what the amount pays for: "£10,000 per joint (a quote follows your
  // consultation)"; "Stem cell consultation: $150" is.
  auto mention = [&](const Cue& c) {
    if (c.kind != Kind::kTreatment || !Inside(c, begin, end)) return false;
    if (c.value == kConsult && anchor_begin != std::string_view::npos) {
      const size_t from = std::min(c.end, anchor_end);
      const size_t to = std::max(c.begin, anchor_begin);
      if (to > from && text_.substr(from, to - from).find_first_of("();[]") != std::string_view::npos) {
        return false;
      }
    }
    return true;
  };
  auto counts = [&](const Cue& c) {
    return !Negated(c) && !(c.value == kConsult && FreeOrIncluded(c));  // "free consultation"
  };
  bool package = false;
  for (const Cue& c : cues_) {
    if (c.kind == Kind::kBasis && c.value == "package" && Inside(c, begin, end)) package = true;
  }
  // 2. A consultation fee.
  if (!package) {
    for (const Cue& c : cues_) {
      if (mention(c) && c.value == kConsult && !AfterInclusion(c, begin) && counts(c)) {
        return kConsult;
      }
    }
  }
  // 3. Attached to the amount: "PRP $750", "knee replacement ($30,000)", "$750 for PRP".
  // A mention after an inclusion is not: "package incl. hotel: 5.900 €".
  auto attached = [&](const Cue& c) {
    if (c.end <= anchor_begin && anchor_begin - c.end <= 3) {
      std::string_view gap = text_.substr(c.end, anchor_begin - c.end);
      if (gap.find_first_not_of(" :(-=") == std::string_view::npos) return true;
    }
    if (c.begin >= anchor_end && c.begin - anchor_end <= 5) {
      std::string_view gap = text_.substr(anchor_end, c.begin - anchor_end);
      if (gap == " for " || gap == " para " || gap == " fur ") return true;
    }
    return false;
  };
  if (anchor_begin != std::string_view::npos) {
    for (const Cue& c : cues_) {
      if (mention(c) && !AfterInclusion(c, begin) && attached(c) && counts(c)) return c.value;
    }
  }
  // 4. The head: leftmost mention that is neither a comparison nor an inclusion.
  for (const Cue& c : cues_) {
    if (mention(c) && !AfterInclusion(c, begin) && counts(c) && !Compared(c)) return c.value;
  }
  // 5. Only inclusions (or comparisons) named.
  for (const Cue& c : cues_) {
    if (mention(c) && c.value == kStem && counts(c) && !Compared(c)) return kStem;
  }
  for (const Cue& c : cues_) {
    if (mention(c) && counts(c)) return c.value;
  }
  return "";
}

std::string_view PricePurpose::Treatment() const {
  return Treatment(0, text_.size(), std::string_view::npos, std::string_view::npos);
}

std::string_view PricePurpose::Basis(size_t begin, size_t end, bool weak_monthly,
                                  size_t anchor_end) const {
  std::string_view best;
  for (const Cue& c : cues_) {
    if (!Inside(c, begin, end)) continue;
    // Written right after the amount ("$6,800 per treatment, whether one or
    // both knees"): that is the basis, whatever else the sentence says.
    if (c.kind == Kind::kBasis && anchor_end != std::string_view::npos && c.begin >= anchor_end &&
        c.begin <= anchor_end + 1) {
      return c.value;
    }
    const bool usable =
        c.kind == Kind::kBasis || (c.kind == Kind::kWeakMonthly && weak_monthly);
    if (!usable) continue;
    if (best.empty() || BasisRank(c.value) < BasisRank(best)) best = c.value;
  }
  if (!best.empty()) return best;
  // "a single PRP injection", "una sola sesión": one dose priced.
  for (size_t i = 0; i < cues_.size(); ++i) {
    if (cues_[i].kind != Kind::kSingle || !Inside(cues_[i], begin, end)) continue;
    for (size_t k = i + 1; k < cues_.size() && cues_[k].begin <= cues_[i].end + 25; ++k) {
      if (cues_[k].kind == Kind::kDose && Inside(cues_[k], begin, end)) return "per_injection";
    }
  }
  return best;
}

std::string_view PricePurpose::Basis(bool weak_monthly) const {
  return Basis(0, text_.size(), weak_monthly, std::string_view::npos);
}

bool PricePurpose::HasOthers(size_t begin, size_t end) const {
  for (const Cue& c : cues_) {
    if (c.kind == Kind::kOthers && Inside(c, begin, end)) return true;
  }
  return false;
}

PricePurpose::Joint PricePurpose::Joints(size_t begin, size_t end) const {
  bool other = false;
  bool hip = false;
  bool harvest = false;
  for (const Cue& c : cues_) {
    if (!Inside(c, begin, end)) continue;
    if (c.kind == Kind::kKnee) return Joint::kKnee;
    if (c.kind == Kind::kOtherJoint) other = true;
    if (c.kind == Kind::kHip) hip = true;
    if (c.kind == Kind::kHarvest) harvest = true;
  }
  return other || (hip && !harvest) ? Joint::kOther : Joint::kNone;
}

bool PricePurpose::IsStory() const {
  for (const Cue& c : cues_) {
    if (c.kind == Kind::kStory || c.kind == Kind::kExchange) return true;
  }
  return false;
}

}  // namespace clinicrank
