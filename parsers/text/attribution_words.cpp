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
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"nos"},       {"nosso"},      {"nossa"},      {"nossos"},    {"nossas"},    {"agende sua"},
    {"noi"},       {"nostro"},     {"nostra"},     {"nostri"},    {"nostre"},    {"prenota"},
    {"nous"},      {"notre"},      {"nos"},        {"prenez rendez-vous"},
    {"biz"},       {"bizim"},      {"klinigimiz", kPrefix}, {"merkezimiz", kPrefix},
    {"nasz", kPrefix}, {"zapraszamy"}, {"umow sie"},
    {"nase", kPrefix},
    {"当院", kPrefix}, {"当クリニック", kPrefix}, {"私たち", kPrefix},
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
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"neste artigo"}, {"este artigo"}, {"in questo articolo"}, {"questo articolo"},
    {"dans cet article"}, {"cet article"}, {"bu yazida"}, {"bu makalede"},
    {"w tym artykule"}, {"v tomto clanku"}, {"この記事では", kPrefix}, {"本記事では", kPrefix},
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
    {"it is possible to"}, {"es posible"}, {"ist moglich"}, {"popular among"}, {"populares entre"},
    {"beliebt bei"}, {"tales como"},  {"como por ejemplo"},
    {"conocidas como"}, {"conocido como"}, {"bekannt als"},
    // "Exosomes are tiny vesicles that cells release": what a thing is.
    {"are tiny"},    {"are small"},   {"are microscopic"}, {"is a kind of"}, {"are a kind of"},
    {"is a class of"}, {"are a class of"}, {"son pequenas"}, {"son diminutas"},
    {"sind winzige"}, {"sind kleine"},
    // Definitions of terms: "cells from a donor are called allogeneic".
    {"is called"},   {"are called"},  {"is defined as"}, {"are defined as"}, {"means that"},
    {"the term"},    {"se llaman"},   {"se denominan"}, {"se denomina"},  {"se define como"},
    {"el termino"},  {"nennt man"},   {"bezeichnet man"},
    // Comparisons between sources: "fat cells are better than marrow cells".
    {"better than"}, {"better for"},  {"similar to"},  {"superior to"},  {"mejores que"},
    {"similares a"}, {"ahnliche eigenschaften"}, {"besser als"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"pode ser obtid", kPrefix}, {"podem ser obtid", kPrefix}, {"por exemplo"},
    {"como por exemplo"}, {"tipos de celulas"}, {"fontes de celulas"},
    {"possono essere"}, {"puo essere"}, {"ad esempio"}, {"per esempio"}, {"tipi di cellule"},
    {"peuvent etre"}, {"peut etre"}, {"par exemple"}, {"types de cellules"},
    {"elde edilebilir"}, {"ornegin"}, {"gibi"},
    {"moga byc"}, {"moze byc"}, {"na przyklad"}, {"np."}, {"rodzaje komorek"},
    {"napriklad"}, {"mohou byt"},
    {"例えば", kPrefix}, {"などの", kPrefix}, {"から採取できる", kPrefix}, {"とは", kPrefix},
};

constexpr P kTypical[] = {
    {"typically"},   {"usually"},     {"commonly"},   {"generally"},  {"normally"},
    {"often"},       {"in general"},  {"most often"}, {"most commonly"},
    {"tipicamente"}, {"generalmente"}, {"normalmente"}, {"habitualmente"}, {"comunmente"},
    {"por lo general"}, {"a menudo"},
    {"haufig"},      {"meist"},       {"meistens"},   {"in der regel"}, {"ublicherweise"},
    {"typischerweise"}, {"oft"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"geralmente"}, {"normalmente"}, {"habitualmente"}, {"em geral"},
    {"generalmente"}, {"solitamente"}, {"di solito"}, {"in genere"},
    {"generalement"}, {"habituellement"}, {"en general"}, {"souvent"},
    {"genellikle"}, {"cogunlukla"}, {"zazwyczaj"}, {"zwykle"}, {"czesto"},
    {"obvykle"}, {"casto"}, {"一般的に", kPrefix}, {"通常", kPrefix}, {"多くの場合", kPrefix},
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
    {"trabajos dirigidos"}, {"systematic review"}, {"systematic reviews"}, {"reviews suggest"},
    {"mean efficacy"}, {"eficacia media"}, {"evaluation of"}, {"evidence-graded"}, {"evidence graded"},
    {"were recorded"}, {"were observed"}, {"was observed"}, {"follow-up period"},
    {"safety and efficacy"}, {"seguridad y eficacia"}, {"sicherheit und wirksamkeit"},
    {"se registraron"}, {"se observaron"}, {"wurden beobachtet"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"estudo"},      {"estudos"},     {"pesquisa"},    {"pesquisas"},   {"pesquisadores"},
    {"ensaio clinico"}, {"publicado"},
    {"studi clinici"}, {"studio clinico"}, {"ricerca"},  {"ricercatori"}, {"pubblicato"},
    {"etude"},       {"etudes"},      {"chercheurs"},  {"essai clinique"}, {"essais cliniques"},
    {"publie"},      {"calisma"},     {"calismalar"},  {"calismalarda"}, {"arastirma"},
    {"arastirmalar"}, {"badania kliniczne"}, {"badaniach"}, {"naukowcy"}, {"badacze"},
    {"metaanaliz", kPrefix}, {"meta-analiz", kPrefix}, {"studie"}, {"vyzkum"},
    {"研究", kPrefix},  {"論文", kPrefix},  {"臨床試験", kPrefix}, {"治験", kPrefix},
};

constexpr P kReport[] = {
    {"according to"}, {"reported"},   {"reports"},     {"claimed"},     {"claim to"},
    {"explained"},   {"he said"},     {"she said"},    {"they said"},   {"have stated"},
    {"has stated"},  {"stated that"},
    {"claims to"},   {"told"},        {"said"},        {"news"},        {"reuters"},
    {"associated press"}, {"colleagues"}, {"seminar"}, {"seminars"},
    {"advertise"},   {"advertises"},  {"advertising"}, {"promoted"},    {"touted"},
    {"touts"},       {"publicitan"},  {"anuncian"},    {"werben"},      {"wirbt"},
    {"segun informes"}, {"segun medios"}, {"segun datos"}, {"informo"},     {"afirmo"},      {"dijo"},        {"colegas"},
    {"laut"},        {"berichtet"},   {"berichten"},   {"sagte"},       {"kollegen"},
    // Regulators and marketing: "the FDA warned", "products marketed as".
    {"warned"},      {"marketed"},    {"advertised"},  {"ads"},         {"so-called"},
    {"so called"},   {"comercializ", kPrefix},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"de acordo com"}, {"segundo o"}, {"segundo a"}, {"afirma"},     {"disse"},
    {"explica"},     {"secondo"},     {"ha detto"},    {"spiega"},      {"afferma"},
    {"selon"},       {"d'apres"},     {"a declare"},   {"explique"},
    {"gore"},        {"dedi"},        {"belirtti"},    {"wedlug"},      {"powiedzial"},
    {"tlumaczy"},    {"podle"},       {"rekl"},        {"によると", kPrefix}, {"によれば", kPrefix},
    {"と述べ", kPrefix},
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
    {"typically ranges"}, {"generally ranges"}, {"usually ranges"}, {"often ranges"},
    {"costs range"}, {"prices range"}, {"prices typically range"},
    {"most clinics"}, {"many clinics"}, {"some clinics"}, {"other clinics"}, {"clinics charge"},
    {"clinics in"},  {"per country"}, {"depending on the clinic"}, {"depending on the provider"},
    {"from clinic to clinic"}, {"one clinic to another"}, {"going rate"}, {"national average"},
    {"en promedio"}, {"precio promedio"}, {"costo promedio"}, {"promedia"}, {"puede costar"},
    {"puede superar"}, {"suele costar"}, {"suelen costar"}, {"clinicas en"},
    {"precios varian"}, {"costos varian"}, {"segun el centro"}, {"segun la clinica"},
    {"de una clinica a otra"},
    {"im durchschnitt"}, {"durchschnittlich"}, {"kliniken in"}, {"kostet in der regel"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"em media"},    {"custo medio"}, {"preco medio"}, {"valor medio"}, {"pode custar"},
    {"in media"},    {"costo medio"}, {"prezzo medio"}, {"mediamente"}, {"puo costare"},
    {"all'estero"},  {"en moyenne"},  {"prix moyen"},  {"cout moyen"},  {"peut couter"},
    {"ortalama"},    {"ortalama fiyat"}, {"srednio"},  {"sredni koszt"}, {"srednia cena"},
    {"wedlug szacunkow"}, {"prumerne"},
    {"相場", kPrefix}, {"一般的な費用", kPrefix}, {"目安", kPrefix}, {"他院", kPrefix},
    {"je nach klinik"}, {"je nach anbieter"}, {"preise variieren"},
};

// A comparison with another price: says nothing of the rest of a sentence
// ("Both knees: $7,500 (save $1,500 compared to two single treatments)").
constexpr P kComparison[] = {
    {"versus"},      {"vs"},          {"compared to"},   {"compared with"}, {"frente a"},
    {"en comparacion"}, {"im vergleich"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"comparado com"}, {"em comparacao com"}, {"rispetto a"}, {"in confronto a"},
    {"par rapport a"}, {"compare a"}, {"karsilastirildiginda"}, {"w porownaniu z"},
    {"に比べ", kPrefix}, {"と比較", kPrefix},
};

constexpr P kPast[] = {
    {"previously"},  {"no longer"},   {"used to"},     {"discontinued"}, {"stopped offering"},
    {"have stopped"}, {"paused"},     {"in the past"},  {"formerly"},     {"former"},
    {"previous price"}, {"old price"},
    {"ya no"},       {"dejamos de"},  {"anteriormente"}, {"precio anterior"}, {"antiguo precio"},
    {"nicht mehr"},  {"fruher"},      {"eingestellt"},   {"ehemalig", kPrefix}, {"alter preis"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"nao mais"},    {"ja nao"},      {"non piu"},     {"in passato"},  {"ne plus"},
    {"auparavant"},  {"artik"},       {"juz nie"},     {"wczesniej"},   {"以前は", kPrefix},
};

// Another market named by place or by kind of seller: the countries that
// clinic and broker pages compare prices with, "private clinics", "US
// patients". Weak (parsers/text/attribution.h): a clinic names its own
// country too ("our price is among the lowest in the US").
constexpr P kPlace[] = {
    {"the us"},      {"the u.s"},     {"the u.s."},    {"the usa"},      {"the united states"},
    {"in america"},  {"american clinics"}, {"american patients"}, {"us patients"},
    {"u.s. patients"}, {"us clinics"}, {"u.s. clinics"}, {"the uk"},      {"britain"},
    {"private clinics"}, {"private practices"}, {"your home country"},
    {"estados unidos"}, {"ee.uu."},   {"ee. uu."},     {"eeuu"},         {"norteamerica"},
    {"clinicas privadas"}, {"su pais"}, {"den usa"},   {"amerika"},      {"privatkliniken"},
};

// A "we" or "us" that is not the clinic: people in general ("stem cells in
// our body", "as we age") and the country ("in the US", "US$").
constexpr P kNotTheClinic[] = {
    {"our body"},    {"our bodies"},  {"our own body"}, {"our own bodies"}, {"our cells"},
    {"our joints"},  {"our tissues"}, {"as we age"},    {"we age"},        {"we get older"},
    {"nuestro cuerpo"}, {"nuestro organismo"}, {"nuestras celulas"}, {"envejecemos"},
    {"unser korper"}, {"unserem korper"}, {"unseres korpers"}, {"wir alter werden"},
    {"the us"},      {"us$"},         {"us dollars"},   {"us-based"},      {"us patients"},
    {""},  // --- pt, it, fr, tr, pl, cs, ja (docs/extraction.md "Languages")
    {"nosso corpo"}, {"nosso organismo"}, {"nossas celulas"}, {"il nostro corpo"},
    {"il nostro organismo"}, {"notre corps"}, {"notre organisme"}, {"vucudumuz"},
    {"nasz organizm"}, {"naszego organizmu"}, {"nase telo"}, {"私たちの体", kPrefix},
};

std::span<const AttributionPhrase> AllRows(AttributionCue cue) {
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
    case AttributionCue::kPlace: return kPlace;
    case AttributionCue::kNotTheClinic: return kNotTheClinic;
  }
  return {};
}

}  // namespace

std::span<const AttributionPhrase> AttributionTable(AttributionCue cue, bool added_languages) {
  const std::span<const AttributionPhrase> rows = AllRows(cue);
  if (added_languages) return rows;
  size_t n = 0;
  while (n < rows.size() && !rows[n].text.empty()) ++n;
  return rows.first(n);
}

}  // namespace clinicrank
