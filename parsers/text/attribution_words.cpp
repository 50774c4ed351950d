// The attribution vocabulary (parsers/text/attribution_words.h).
// Heuristic: written from how clinic sites, medical-tourism brokers, blogs and
// news pages word these statements (issue 12 failure kinds 1 and 3).
#include "parsers/text/attribution_words.h"

namespace clinicrank {
namespace {

using P = AttributionPhrase;
constexpr PhraseSet::Mode kPrefix = PhraseSet::Mode::kPrefix;

constexpr P kOwnVoice[] = {
    {"we"},        {"we're"},      {"we've"},      {"we'll"},     {"our"},       {"ours"},
    {"us"},        {"book your"},  {"schedule your"}, {"call us"}, {"request your"},
    {"nosotros"},  {"nosotras"},   {"nuestro"},    {"nuestra"},   {"nuestros"},  {"nuestras"},
    {"agende su"}, {"reserve su"}, {"solicite su"},
    {"wir"},       {"unser", kPrefix}, {"uns"},    {"vereinbaren sie"},
};

constexpr P kEditorialVoice[] = {
    {"in this article"}, {"this article"},  {"in this guide"},  {"this guide"},
    {"in this post"},    {"this post"},     {"we'll cover"},    {"we will cover"},
    {"we'll explain"},   {"we will explain"}, {"we explain"},   {"we'll look"},
    {"we will look"},    {"we'll explore"}, {"we will explore"}, {"we'll discuss"},
    {"we will discuss"}, {"we'll break down"}, {"we'll walk"},  {"let's"},
    {"en este articulo"}, {"este articulo"}, {"en esta guia"},  {"le explicamos"},
    {"te explicamos"},   {"veremos"},
    {"in diesem artikel"}, {"dieser artikel"}, {"in diesem ratgeber"}, {"erklaren wir"},
};

constexpr P kGeneral[] = {
    // Possibility, said of cells in general.
    {"can be obtained"}, {"can be harvested"}, {"can be extracted"}, {"can be derived"},
    {"can be found"},    {"can be taken"},     {"can be sourced"},   {"can be collected"},
    {"can be isolated"}, {"can come from"},    {"may come from"},    {"can also be"},
    {"may be obtained"}, {"may be harvested"}, {"may be derived"},   {"may be taken"},
    {"are found in"},    {"is found in"},      {"are present in"},   {"reside in"},
    {"are available"},   {"are derived from"}, {"is derived from"},  {"originate from"},
    {"pueden obtenerse"}, {"puede obtenerse"}, {"pueden extraerse"}, {"se pueden obtener"},
    {"se puede obtener"}, {"pueden ser"},      {"se encuentran en"}, {"se obtienen de"},
    {"pueden provenir"}, {"provienen de"},
    {"konnen aus"},      {"kann aus"},         {"lassen sich"},      {"stammen aus"},
    {"kommen in"},       {"finden sich"},
    // Lists of alternatives and kinds.
    {"such as"},     {"for example"}, {"for instance"}, {"e.g."},     {"including"},
    {"sources include"}, {"common sources"}, {"various sources"}, {"different sources"},
    {"several sources"}, {"various tissues"}, {"different tissues"}, {"a variety of"},
    {"either"},      {"types of stem cells"}, {"kinds of stem cells"}, {"sources of stem cells"},
    {"there are"},   {"is a type of"}, {"are a type of"}, {"refers to"},
    {"por ejemplo"}, {"incluyendo"},  {"diferentes fuentes"}, {"diversas fuentes"},
    {"diversos tejidos"}, {"diferentes tejidos"}, {"tipos de celulas"}, {"fuentes de celulas"},
    {"hay"},
    {"zum beispiel"}, {"z. b."},      {"z.b."},        {"verschiedene"}, {"unterschiedliche"},
    {"es gibt"},     {"arten von"},   {"sogenannte"},
    // A third person as the patient: "the patient's own fat".
    {"the patient's"}, {"a patient's"}, {"from the patient"}, {"del paciente"},
    {"des patienten"},
    // Requirements and suitability, said of cells in general.
    {"need to be"},  {"needs to be"}, {"must be"},    {"have to be"},   {"is well suited"},
    {"are well suited"}, {"ideal source"}, {"best source"}, {"good source"}, {"eignet sich"},
    {"eignen sich"}, {"als stammzellquelle"}, {"your doctor can"}, {"your doctor may"},
    {"there is a"},  {"found in"},    {"aim to"},      {"aims to"},     {"known as"},
    {"conocidas como"}, {"conocido como"}, {"bekannt als"},
    // Comparisons between sources: "fat cells are better than marrow cells".
    {"better than"}, {"better for"},  {"similar to"},  {"superior to"},  {"mejores que"},
    {"similares a"}, {"ahnliche eigenschaften"}, {"besser als"},
};

constexpr P kTypical[] = {
    {"typically"},   {"usually"},     {"commonly"},   {"generally"},  {"normally"},
    {"often"},       {"in general"},  {"most often"}, {"most commonly"},
    {"tipicamente"}, {"generalmente"}, {"normalmente"}, {"habitualmente"}, {"comunmente"},
    {"por lo general"}, {"a menudo"},
    {"haufig"},      {"meist"},       {"meistens"},   {"in der regel"}, {"ublicherweise"},
    {"typischerweise"}, {"oft"},
};

constexpr P kResearch[] = {
    {"study"},       {"studies"},     {"studied"},     {"trial"},       {"trials"},
    {"research"},    {"researchers"}, {"investigators"}, {"published"}, {"publication"},
    {"publications"}, {"journal"},    {"meta-analysis"}, {"cohort"},    {"participants"},
    {"randomized"},  {"randomised"},  {"placebo"},     {"laboratory"},  {"in vitro"},
    {"estudio"},     {"estudios"},    {"ensayo"},      {"ensayos"},     {"investigacion"},
    {"investigaciones"}, {"investigadores"}, {"publicado"}, {"lineas de investigacion"},
    {"studie"},      {"studien"},     {"forschung"},   {"forscher"},    {"veroffentlicht"},
    {"found that"},  {"have found"},  {"has found"},   {"lab tests"},   {"compared the"},
    {"we compared"}, {"appeared to"}, {"was shown"},   {"were shown"},  {"has been shown"},
    {"have been shown"}, {"animal models"}, {"segun los resultados"}, {"los resultados de"},
    {"trabajos dirigidos"}, {"evaluation of"}, {"evidence-graded"}, {"evidence graded"},
};

constexpr P kReport[] = {
    {"according to"}, {"reported"},   {"reports"},     {"claimed"},     {"claim to"},
    {"explained"},   {"he said"},     {"she said"},    {"they said"},
    {"claims to"},   {"told"},        {"said"},        {"news"},        {"reuters"},
    {"associated press"}, {"colleagues"}, {"seminar"}, {"seminars"},
    {"segun informes"}, {"segun medios"}, {"segun datos"}, {"informo"},     {"afirmo"},      {"dijo"},        {"colegas"},
    {"laut"},        {"berichtet"},   {"berichten"},   {"sagte"},       {"kollegen"},
    // Regulators and marketing: "the FDA warned", "products marketed as".
    {"warned"},      {"marketed"},    {"advertised"},  {"ads"},         {"so-called"},
    {"so called"},   {"comercializ", kPrefix},
};

// A market, not a seller: averages, what prices "can" be or "generally
// range", other clinics or places. Country names alone are not here: a clinic
// in Panama says "in Panama" of its own price.
constexpr P kMarket[] = {
    {"on average"},  {"average cost"}, {"average price"}, {"the average"}, {"averages"},
    {"averaged"},    {"average of"},  {"anywhere from"}, {"expect to pay"}, {"should expect"},
    {"can expect"},  {"can cost"},    {"may cost"},      {"could cost"},    {"costs vary"},
    {"prices vary"}, {"price tag"},   {"back home"},     {"abroad"},        {"can range"},
    {"generally range"}, {"typically range"}, {"usually range"}, {"often range"},
    {"often between"}, {"generally cost"}, {"generally costs"}, {"out-of-pocket costs"},
    {"most clinics"}, {"many clinics"}, {"some clinics"}, {"other clinics"}, {"clinics charge"},
    {"clinics in"},  {"per country"},
    {"en promedio"}, {"precio promedio"}, {"costo promedio"}, {"promedia"}, {"puede costar"},
    {"puede superar"}, {"suele costar"}, {"suelen costar"}, {"clinicas en"},
    {"im durchschnitt"}, {"durchschnittlich"}, {"kliniken in"}, {"kostet in der regel"},
};

// A comparison with another price: says nothing of the rest of a sentence
// ("Both knees: $7,500 (save $1,500 compared to two single treatments)").
constexpr P kComparison[] = {
    {"versus"},      {"vs"},          {"compared to"},   {"compared with"}, {"frente a"},
    {"en comparacion"}, {"im vergleich"},
};

constexpr P kPast[] = {
    {"previously"},  {"no longer"},   {"used to"},     {"discontinued"}, {"stopped offering"},
    {"have stopped"}, {"paused"},     {"in the past"},  {"formerly"},
    {"ya no"},       {"dejamos de"},  {"anteriormente"},
    {"nicht mehr"},  {"fruher"},      {"eingestellt"},
};

// A "we" or "us" that is not the clinic: people in general ("stem cells in
// our body", "as we age") and the country ("in the US", "US$").
constexpr P kNotTheClinic[] = {
    {"our body"},    {"our bodies"},  {"our own body"}, {"our own bodies"}, {"our cells"},
    {"our joints"},  {"our tissues"}, {"as we age"},    {"we age"},        {"we get older"},
    {"nuestro cuerpo"}, {"nuestro organismo"}, {"nuestras celulas"}, {"envejecemos"},
    {"unser korper"}, {"unserem korper"}, {"unseres korpers"}, {"wir alter werden"},
    {"the us"},      {"us$"},         {"us dollars"},   {"us-based"},      {"us patients"},
};

}  // namespace

std::span<const AttributionPhrase> AttributionTable(AttributionCue cue) {
  switch (cue) {
    case AttributionCue::kOwnVoice: return kOwnVoice;
    case AttributionCue::kEditorialVoice: return kEditorialVoice;
    case AttributionCue::kGeneral: return kGeneral;
    case AttributionCue::kTypical: return kTypical;
    case AttributionCue::kResearch: return kResearch;
    case AttributionCue::kReport: return kReport;
    case AttributionCue::kMarket: return kMarket;
    case AttributionCue::kComparison: return kComparison;
    case AttributionCue::kPast: return kPast;
    case AttributionCue::kNotTheClinic: return kNotTheClinic;
  }
  return {};
}

}  // namespace clinicrank
