#include "parsers/extract/claim_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "parsers/extract/claim_scope.h"
#include "parsers/text/attribution.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/polarity.h"
#include "parsers/text/words.h"

namespace clinicrank {
namespace {

constexpr std::string_view kFdaApproved = "fda_approved";
constexpr std::string_view kCure = "cure";
constexpr std::string_view kGuarantee = "guarantee";
constexpr std::string_view kSuccessRate = "success_rate";
constexpr std::string_view kNoRisk = "no_risk";
constexpr std::string_view kRegrowsCartilage = "regrows_cartilage";
constexpr std::string_view kAvoidsSurgery = "avoids_surgery";
constexpr std::string_view kTreatsMany = "treats_many_conditions";
constexpr std::string_view kTestimonial = "testimonial";
constexpr std::string_view kLiveCells = "live_cells_birth_tissue";
constexpr std::string_view kInsurance = "insurance_coverage";
constexpr std::string_view kClinicallyProven = "clinically_proven";
constexpr std::string_view kSuperior = "superior_to_standard";
constexpr std::string_view kRegistration = "regulatory_registration";
constexpr std::string_view kFundedTrial = "patient_funded_trial";
constexpr std::string_view kCellCount = "cell_count";

// How a rule's matches are judged.
enum class Mode {
  kPlain,         // negation before or inside the phrase cancels it
  kSelfNegating,  // the phrase carries its own "no"/"without"/"sin"
  kHedged,        // like kPlain, and "may"/"researchers"/"podría" cancel it too
  kPercent,       // success_rate: "85%", "60-90 %", "79,3 por ciento"
  kRatio,         // success_rate: "8 of 10 patients", "ocho de cada diez"
  kLiveCells,     // live_cells_birth_tissue: needs a birth-tissue product
  kNeedsMoney,    // patient_funded_trial: "join our study" plus a fee
  kManyCount,     // treats_many_conditions: "more than 30 diseases"
  kDiseases,      // prefilter only: FindDiseases does the work
};

struct Rule {
  std::string_view kind;
  Mode mode;
  const char* pattern;
};

// clang-format off
// Heuristic phrase rules, DOMAIN.md §4 phrasings (EN · ES · DE, then one block
// per added language: docs/extraction.md "Languages"). Patterns see folded
// text: lower case, no accents, ASCII quotes and dashes. Japanese rules carry
// no \b: RE2's \b is ASCII-only, and Japanese has no spaces between words.
const Rule kRules[] = {
    // --- fda_approved (traps in IsTrap: devices, cord blood, Ryoncil, MACI).
    {kFdaApproved, Mode::kPlain, R"(\b(?:u\.?s\.? )?fda[- ]?(?:approved|approval|sanctioned|authori[sz]ed|compliant|certified|endorsed)\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:approved|authori[sz]ed|sanctioned|endorsed|certified|backed) by the (?:u\.?s\.? )?(?:fda|food and drug administration)\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:approved|authori[sz]ed|sanctioned|endorsed|certified) by (?:u\.?s\.? )?fda\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:the )?fda (?:has )?approved (?:our|this|the|these|its)\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:aprobad|avalad|autorizad|certificad)[oa]s? por (?:la )?(?:fda|administracion de alimentos y medicamentos)\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:aprobacion|autorizacion|aval) (?:de la )?fda\b)"},
    {kFdaApproved, Mode::kPlain, R"(\b(?:von der )?fda[- ]?(?:zugelassen\w*|genehmigt\w*|zulassung)\b)"},
    {kFdaApproved, Mode::kPlain, R"(\bvon der (?:us-?)?fda (?:\w+ )?(?:zugelassen|genehmigt)\w*)"},
    // --- cure
    {kCure, Mode::kHedged, R"(\bcur(?:e|es|ed|ing) (?:\w+ ){0,3}(?:osteoarthritis|arthritis|oa|joint pain|knee pain|knees?|joints?|joint damage|damage|degeneration|cartilage loss)\b)"},
    {kCure, Mode::kHedged, R"(\b(?:a|the|permanent|complete|real|true|definitive|lasting|only) cure\b)"},
    {kCure, Mode::kHedged, R"(\brevers(?:e|es|ed|ing|al of) (?:\w+ ){0,3}(?:osteoarthritis|arthritis|oa|damage|degeneration|aging|wear and tear|joint disease|cartilage loss|the disease|bone on bone)\b)"},
    {kCure, Mode::kHedged, R"(\bpermanent(?:ly)? (?:fix|fixes|cure|cures|solution|relief|repair|heal\w*|eliminat\w*|end\w*|restor\w*)\b)"},
    {kCure, Mode::kHedged, R"(\b(?:eliminates?|ends?) (?:\w+ ){0,3}pain (?:for good|forever|permanently|once and for all)\b)"},
    {kCure, Mode::kHedged, R"(\bpain[- ]free for life\b)"},
    {kCure, Mode::kHedged, R"(\bheal(?:s|ed|ing)? (?:\w+ ){0,2}(?:osteo)?arthritis\b)"},
    {kCure, Mode::kHedged, R"(\bcura(?:r|mos|n)? (?:\w+ ){0,2}(?:artrosis|artritis|osteoartritis|osteoartrosis|desgaste articular)\b)"},
    {kCure, Mode::kHedged, R"(\b(?:una|la) cura\b|\bcura definitiva\b|\bsolucion (?:definitiva|permanente)\b)"},
    {kCure, Mode::kHedged, R"(\brevi(?:erte|erten|erta|ertan|ertir|rtiendo) (?:\w+ ){0,3}(?:desgaste|artrosis|artritis|dano|degeneracion|envejecimiento)\b)"},
    {kCure, Mode::kHedged, R"(\bheil(?:t|en|ung) (?:\w+ ){0,3}arthrose\b|\barthrose (?:\w+ ){0,2}(?:heilen|geheilt|heilbar)\b)"},
    {kCure, Mode::kHedged, R"(\berneuer(?:t|n) (?:\w+ ){0,2}knorpel\w* (?:\w+ )?(?:komplett|vollstandig)\b|\bdauerhaft (?:\w+ ){0,2}geheilt\b)"},
    // Paraphrases (issue 12, kind 5): "no way to reverse arthritis - until
    // now", "say goodbye to arthritis", "a thing of the past", "undo the
    // damage", "get rid of arthritis for good"; "dile adios a la artrosis",
    // "olvidese de la artrosis", "elimine la artrosis".
    {kCure, Mode::kSelfNegating, R"(\b(?:no way|impossible|nothing could|nothing can|no one could|could not|couldn't|never been possible) (?:\w+ ){0,4}(?:revers\w*|undo|cure|heal|fix|stop) (?:[\w,-]+ ){0,6}until (?:now|today)\b|\b(?:no (?:habia|existia|hay) (?:forma|manera|modo)|era imposible) de (?:revertir|curar|eliminar|frenar|sanar) (?:[\w,;-]+ ){0,6}(?:hasta (?:ahora|hoy)|hoy si|ahora si)\b)"},
    {kCure, Mode::kHedged, R"(\bsay(?:s|ing)? goodbye to (?:\w+ ){0,3}(?:osteoarthritis|arthritis|oa)\b|\bsay(?:s|ing)? goodbye to (?:\w+ ){0,3}pain (?:for good|forever|once and for all|permanently)\b|\b(?:osteoarthritis|arthritis|oa|knee pain|joint pain) (?:\w+ ){0,3}(?:a thing of the past|gone for good|gone forever)\b)"},
    {kCure, Mode::kHedged, R"(\b(?:get(?:ting)? rid of|rid yourself of|eliminat(?:e|es|ing)|banish(?:es|ing)?) (?:\w+ ){0,3}(?:osteoarthritis|arthritis|oa)(?: (?:for good|forever|permanently|once and for all)| ?[.!;]| ?$)|\bundo(?:es|ing|ne)? (?:\w+ ){0,4}(?:damage|degeneration|osteoarthritis|arthritis|wear and tear|wear)\b)"},
    {kCure, Mode::kHedged, R"(\b(?:dile|diga|digale|decirle|di) adios (?:\w+ ){0,1}a (?:\w+ ){0,2}(?:artrosis|artritis|osteoartritis)\b|\bolvid(?:ese|ate|arse|e|en) (?:\w+ ){0,2}(?:artrosis|artritis|osteoartritis)\b|\belimin(?:e|a|ar|amos|an|ando) (?:\w+ ){0,3}(?:artrosis|artritis|osteoartritis)\b)"},
    // --- guarantee (traps: price, appointment, financing approval…)
    {kGuarantee, Mode::kPlain, R"(\bguarantee(?:s|d)?\b|\bguaranteeing\b|\bmoney[- ]back\b|\b(?:your|a full) refund\b|\bmoney back\b)"},
    {kGuarantee, Mode::kPlain, R"(\bgarantiza(?:d[oa]s?|mos|n|r)?\b|\bgarantia\b)"},
    {kGuarantee, Mode::kPlain, R"(\b(?:erfolgs|geld-zuruck-)?garantie\b|\bgarantiert\w*\b)"},
    {kGuarantee, Mode::kPlain, R"(\bwe promise (?:\w+ ){0,3}(?:results|relief|improvement|you will)\b)"},
    // --- success_rate
    {kSuccessRate, Mode::kPercent, R"((\d{1,3}(?:[.,]\d{1,2})?)(?: ?%| ?percent| ?prozent)?(?: ?(?:-|to|a|y|and|bis|und|hasta) ?(\d{1,3}(?:[.,]\d{1,2})?))? ?(?:%|percent\b|per cent\b|por ciento\b|prozent\b))"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|funf|sechs|sieben|acht|neun) (?:of|out of|in|de cada|von) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn) (?:\w+ ){0,3}(?:patients|people|persons|pacientes|personas|patienten|menschen|clients|individuals)\b)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|funf|sechs|sieben|acht|neun) (?:of our |unserer )?(?:patients|people|pacientes|personas|patienten) (?:out of|in|of|de cada|von) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn)\b)"},
    // --- no_risk (the phrase carries its own negation)
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:no|zero|without(?: any)?|free (?:of|from)|virtually no|almost no|little (?:or |to )?no|minimal (?:or |to )?no|nil) (?:known |serious |major |significant |harmful |adverse |negative |real )?(?:\w+ (?:and|or|&) )?(?:side[- ]effects?|risks?|complications?|adverse (?:effects|reactions|events))\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:zero|no)[- ]risk\b|\brisk[- ]free\b|\bside[- ]effect[- ]free\b)"},
    // A track record offered as safety: "we have never had an infection".
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:have|has) (?:had|seen|recorded) (?:no|zero|not a single|not one) (?:\w+ ){0,2}(?:infections?|complications?|adverse (?:events?|reactions?)|side[- ]effects?)\b|\b(?:have|has) never (?:had|seen) (?:a|an|any) (?:\w+ ){0,2}(?:infections?|complications?|adverse (?:events?|reactions?))\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:100 ?%|100 percent|completely|totally|perfectly|absolutely|entirely|fully) (?:safe|risk[- ]free|harmless)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bno (?:\w+ ){0,2}(?:chance|possibility|risk|danger|fear) of (?:\w+ ){0,2}rejection\b|\b(?:no|zero|without) (?:immune )?rejection\b|\b(?:cannot|can't|can not|won't|will not) (?:\w+ )?be rejected\b)"},
    // "nothing for your body to reject", "your body won't reject it".
    {kNoRisk, Mode::kSelfNegating, R"(\bnothing (?:\w+ ){0,3}to reject\b|\b(?:won't|will not|cannot|can't|can not|doesn't|does not|wouldn't|would not) (?:\w+ )?reject (?:it|them|the cells|your cells|its own)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bpainless\b|\b(?:virtually |nearly |completely )?pain[- ]free (?:procedure|treatment|injection|process)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bsin (?:ningun )?(?:riesgos?|efectos (?:secundarios|adversos)|complicaciones)\b|\bsin (?:\w+ ){0,2}(?:posibilidad|riesgo|peligro) de rechazo\b|\bsin rechazo\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bno (?:existe|hay) (?:ningun[oa]? )?(?:\w+ ){0,1}(?:posibilidad (?:de|alguna de) rechazo|riesgos?|rechazo|efectos secundarios|complicaciones)\b|\b(?:ni|sin) riesgo alguno\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:no hay|cero|nulo|ningun) (?:riesgos?|rechazo|efectos? secundarios?)\b|\blibre de (?:riesgos?|efectos secundarios|complicaciones)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:100 ?%|completamente|totalmente|absolutamente) segur[oa]s?\b|\bindoloro\b|\b(?:procedimiento|tratamiento|inyeccion|aplicacion)\w* (?:\w+ ){0,2}sin dolor\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:keinerlei|keine|ohne) (?:\w+ )?(?:nebenwirkungen|risiken|komplikationen|abstossungsreaktion\w*|abstossung)\b|\b(?:risikofrei|risikolos|nebenwirkungsfrei)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:100 ?%|vollig|absolut|komplett|vollkommen) (?:sicher|risikofrei|ungefahrlich)\b|\b(?:eingriff|behandlung|injektion|verfahren|therapie)\w* (?:\w+ ){0,3}schmerzfrei\b|\bschmerzfrei(?:e|er|en)? (?:eingriff|behandlung|injektion|verfahren)\b)"},
    // --- regrows_cartilage (traps: MACI, chondrocytes, surgical repair)
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:re-?grow|regrows|regrowing|regrew|regenerate|regenerates|regenerating|regenerated|regeneration of|rebuild|rebuilds|rebuilding|restore|restores|restoring|repair|repairs|repairing|replenish|replenishes|grow|grows|growing|produce|produces|thicken|thickens|renew|renews) (?:\w+ ){0,3}(?:cartilage|meniscus|menisci)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bcartilage (?:regeneration|regrowth|restoration|rebuilding|renewal|growth)\b|\bnew cartilage\b|\bcartilage (?:\w+ ){0,2}(?:grows back|regrows|regenerates|rebuilds itself)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:rebuild(?:s|ing)?|regenerat(?:e|es|ing)) (?:the |your |worn |damaged |entire )*(?:joint|knee)s?\b)"},
    // Cartilage in a list of tissues the cells regenerate: "repair and
    // regenerate body tissues such as muscle, bone, cartilage", "la
    // regeneracion de tejidos como hueso, cartilago".
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:repair\w*|regenerat\w*|regeneracion|regenerar|rebuild\w*|restor\w*|reparar) (?:[\w,]+ ){0,4}(?:tissues?|tejidos?|gewebe\w*) (?:such as|like|including|como|incluyendo|wie) (?:[\w,]+ ){0,5}(?:cartilage|cartilago|knorpel)\b)"},
    // Paraphrases: "rebuild worn joint surfaces", "lay down new cartilage
    // tissue", "repair and regenerate damaged joint tissue". Tissue in general
    // ("promote tissue repair", "body tissues") is no cartilage claim.
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:repair|repairs|repairing|rebuild|rebuilds|rebuilding|regenerate|regenerates|regenerating|restore|restores|restoring|rejuvenate|rejuvenates) (?:[\w,]+ ){0,4}(?:damaged|injured|worn|degenerated|joint|articular) (?:joint )?tissues?\b|\b(?:regener(?:a|an|ar)|repar(?:a|an|ar)|restaur(?:a|an|ar)) (?:[\w,]+ ){0,3}(?:tejidos?|el tejido) (?:danados?|lesionados?|articular(?:es)?|de la articulacion)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:rebuild|rebuilds|rebuilding|resurface|resurfaces|restore|restores|restoring) (?:the |your |worn |damaged )*joint surfaces?\b|\blay(?:s|ing)? down new (?:cartilage|joint) tissue\b)"},
    // "the formation of fresh cartilage", "new joint cartilage", "rebuilds
    // the worn surface of the joint", "el cartilago vuelve a crecer", "nuevo
    // tejido cartilaginoso" (issue 12, kind 5).
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:new|fresh)(?: (?:joint|articular|hyaline|knee|healthy|smooth))? cartilage\b|\b(?:rebuild|rebuilds|rebuilding|resurface|resurfaces|restore|restores|restoring|regenerate|regenerates|repair|repairs) (?:the |your )?(?:worn |damaged |injured |eroded )?(?:joint )?surfaces? of (?:the |your )?(?:joint|knee)s?\b|\bcartilago (?:\w+ ){0,2}(?:vuelva|vuelve|vuelvan|pueda volver|puede volver) a (?:crecer|formarse|regenerarse)\b|\b(?:nuevo|nueva) tejido cartilaginoso\b|\btejido cartilaginoso nuevo\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bregener(?:a|an|ar|amos|acion) (?:\w+ ){0,3}(?:cartilago|menisco|articulacion)\b|\b(?:nuevo|nueva) cartilago\b|\bcartilago nuevo\b|\b(?:reconstru(?:ye|yen|ir)|repara(?:r|n)?|restaura(?:r|n)?) (?:\w+ ){0,3}cartilago\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bknorpel\w* (?:\w+ ){0,3}(?:neu )?(?:aufbauen|aufgebaut|aufbaut|regenerier\w*|nachwachsen|wachst nach|erneuer\w*)\b|\bknorpel(?:aufbau|regeneration|neubildung|wachstum)\b|\bneue[nrs]? knorpel\w*|\b(?:baut|bauen|regeneriert|regenerieren|erneuert) (?:\w+ ){0,3}knorpel\w*)"},
    // --- avoids_surgery ("non-surgical procedure" alone is not a claim)
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:alternatives?|option) (?:\w+ ){0,2}to (?:\w+ ){0,4}(?:surgery|surgeries|replacements?|arthroplasty|operations?|tkr|tka)\b)"},
    // "eliminate the need for more aggressive treatments such as surgery",
    // "prevent the need for a new knee", "spare you an operation", "keep
    // your own knee".
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:eliminate|eliminates|prevent|prevents|reduce|reduces|remove|removes) (?:the )?need for (?:[\w-]+,? ){0,9}(?:surgery|surgeries|operations?|replacements?|new knee|arthroplasty)\b|\bspare(?:s)? (?:you|patients) (?:[\w-]+ ){0,4}(?:surgery|an operation|replacements?|the knife)\b|\b(?:keep|save|preserve) (?:your|their) (?:own |natural )?(?:knee|knees|joint|joints)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:preserv|conserv|salv)(?:ar|e|a|amos|an) (?:su|tu|la|sus|tus) (?:propias? )?(?:rodillas?|articulacion(?:es)?)\b|\bantes de (?:someterse a |recurrir a )?(?:una |la )?(?:protesis|cirugia|operacion)\b|\b(?:gelenk|gelenke|knie) (?:\w+ )?erhalten statt (?:ersetzen|operieren)\b|\bgelenkerhalt\w*)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bavoid(?:s|ed|ing)? (?:[\w-]+,? ){0,7}(?:surgery|surgeries|replacements?|arthroplasty|operations?|the operating room|the knife)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|put off|defer|defers|deferring) (?:[\w-]+,? ){0,8}(?:surgery|replacements?|arthroplasty)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:no|without)(?: the)? (?:need (?:for|of) )?(?:any |invasive |major )*(?:surgery|surgeries|operations?|(?:knee|joint|hip)[- ]replacements?)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bno longer (?:\w+ ){0,2}need(?:s|ed)? (?:\w+ ){0,3}(?:surgery|replacements?)\b|\binstead of (?:\w+ ){0,2}(?:surgery|replacements?|an operation)\b|\bsurgery[- ]free\b|\bskip (?:\w+ ){0,2}(?:surgery|replacements?|the scalpel|the knife|the operating room)\b)"},
    // "put the replacement on hold", "stay out of the operating room",
    // "never end up needing surgery", "buy yourself time before a
    // replacement" (issue 12, kind 5).
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bput(?:s|ting)? (?:\w+ ){0,3}(?:surgery|replacements?|operations?) on hold\b|\bstay(?:s|ing)? out of the operating (?:room|theatre|table)\b|\bnever (?:\w+ ){0,2}need(?:s|ed|ing)? (?:\w+ ){0,3}(?:surgery|replacements?|an operation)\b|\bbuy(?:s|ing)? (?:\w+ ){0,2}(?:time|years) (?:before|until) (?:\w+ ){0,2}(?:surgery|replacements?|an operation)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\balej(?:e|a|ar|an|amos) (?:\w+ ){0,2}(?:necesidad|riesgo) de (?:\w+ ){0,3}(?:protesis|cirugia|operacion|reemplazo)\b|\b(?:posterg|pospon|demor)\w* (?:\w+ ){0,3}(?:cirugia|protesis|reemplazo|operacion)\b|\b(?:no|sin) pasar por (?:el )?quirofano\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:replace|replaces|replacing|eliminate|eliminates|eliminating) (?:\w+ ){0,2}need for (?:\w+ ){0,2}(?:surgery|replacements?)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bevit(?:e|ar|a|an|amos|ando) (?:\w+ ){0,3}(?:cirugia|cirugias|operacion|protesis|reemplazo|quirofano)\b|\balternativa (?:\w+ ){0,2}(?:a la|al|a) (?:\w+ ){0,2}(?:cirugia|reemplazo|protesis|operacion)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bsin (?:necesidad de )?(?:cirugia|operacion|operar|quirofano|protesis)\b|\b(?:retrasar|retrase|posponer|aplazar|retrasa) (?:\w+ ){0,3}(?:cirugia|protesis|reemplazo)\b|\ben lugar de (?:\w+ ){0,2}(?:cirugia|protesis|reemplazo)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:op|operation|operationen|gelenkersatz|knie-?tep|tep|prothese|kunstgelenk|knieprothese) (?:\w+ ){0,3}(?:vermeiden|vermieden|vermeidet|hinauszogern|hinausgezogert|umgehen|ersparen|erspart)\b|\bohne (?:\w+ )?(?:op|operation|skalpell)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\balternative zu(?:r)? (?:\w+ ){0,2}(?:op|operation|knie-?tep|prothese|gelenkersatz)\b|\bkeine (?:op|operation) (?:\w+ )?(?:notig|erforderlich|notwendig)\b)"},
    // --- treats_many_conditions: "we treat more than 30 diseases"
    {kTreatsMany, Mode::kManyCount, R"(\b(?:more than |over |upwards of |nearly |almost |mas de |casi |uber |mehr als )?(\d{2,3})\+? (?:different |distinct |chronic |degenerative |serious )?(?:diseases|conditions|illnesses|disorders|ailments|enfermedades|padecimientos|condiciones|patologias|krankheiten|erkrankungen|krankheitsbilder)\b)"},
    // --- testimonial (phrases; blocks in testimonial context are the caller's)
    {kTestimonial, Mode::kPlain, R"(\b(?:hear|read|watch|see|listen to) (?:\w+ ){0,2}(?:from )?(?:our |real )?(?:patients?|success stories|testimonials?|patient stories|reviews)\b)"},
    {kTestimonial, Mode::kPlain, R"(\b(?:patient|client|real) (?:testimonials?|stories|success stories|reviews|experiences)\b|\bsuccess stor(?:y|ies)\b|\btestimonials?\b|\bwhat (?:our )?patients (?:are )?say(?:ing)?\b|\bpatients (?:love|rave)\b)"},
    {kTestimonial, Mode::kPlain, R"(\btestimonios?\b|\b(?:historias|casos|experiencias) (?:de )?(?:exito|pacientes|nuestros pacientes)\b|\blo que dicen (?:nuestros )?pacientes\b)"},
    {kTestimonial, Mode::kPlain, R"(\berfahrungsberichte?\b|\bpatientenstimmen\b|\bpatientenberichte?\b|\b(?:erfahrungen|stimmen) (?:unserer|von) patienten\b)"},
    {kTestimonial, Mode::kPlain, R"(\b(?:pro|professional|elite|nfl|nba|mlb|nhl|pga|olympic|world[- ]class) (?:athletes?|players?|golfers?|stars?) (?:\w+ ){0,5}(?:chose|choose|trust|trusted|treated|use|used|rely|relied|came|turned|turn)\b|\b(?:athletes|celebrities|stars) (?:like|such as)\b|\bcelebrit(?:y|ies)\b)"},
    {kTestimonial, Mode::kPlain, R"((?:\x{2605}|\x{2B50}){3,}|\b[3-5](?:[.,]\d)? ?(?:/ ?5(?:[^/\d.]|$)|out of 5\b|stars?\b|estrellas\b|sterne\b)|\b(?:five|5)[- ]star (?:reviews?|ratings?|rated)\b|\brated [3-5](?:[.,]\d)?\b)"},
    // --- live_cells_birth_tissue
    {kLiveCells, Mode::kLiveCells, R"(\b(?:live|living|viable|alive|active|young|vital|fresh|potent) (?:and \w+ )?(?:\w+ ){0,2}(?:stem cells|cells|mscs?|mesenchymal (?:stem |stromal )?cells)\b|\bcells (?:are|remain|stay) (?:alive|viable|living)\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\b(?:cells|mscs?|uc-mscs?) (?:are|remain) (?:\w+ ){0,2}(?:younger|youngest|more potent|more active|more vital|very young|young and)\b|\b(?:younger|more potent),? (?:\w+ ){0,2}(?:cells|mscs?)\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bcelulas (?:madre )?(?:mesenquimales )?(?:vivas|viables|activas|jovenes)\b|\b(?:lebend|lebensfahig|vital|jung)\w* (?:[\w-]+ )?[\w-]*zellen\b)"},
    // "our cord cells arrive alive", "stay young and active", "las celulas
    // de gelatina de Wharton llegan vivas" (issue 12, kind 5).
    {kLiveCells, Mode::kLiveCells, R"(\b(?:cells|mscs?) (?:[\w-]+ ){0,4}(?:arrive|arrives|remain|remains|stay|stays|are|is) (?:still |fully |very )?(?:alive|viable|living|young and (?:active|potent|vital)|active and (?:young|potent|vital))\b|\bcelulas (?:\w+ ){0,5}(?:llegan|permanecen|se mantienen|siguen|estan|son) (?:\w+ )?(?:vivas|viables|activas|jovenes)\b)"},
    // --- insurance_coverage (traps: consultations or imaging only)
    {kInsurance, Mode::kPlain, R"(\b(?:covered|reimbursed|paid for) (?:\w+ ){0,2}by (?:\w+ ){0,2}(?:insurance|insurers|medicare|medicaid|health plans?|insurance plans?|your plan|tricare|insurance companies)\b|\binsurance[- ]covered\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:insurance|medicare|medicaid|insurers|health plans?|insurance (?:plans|companies|carriers|providers)) (?:\w+ ){0,4}(?:covers?|will cover|may cover|pays? for|reimburses?)\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:accept|accepts|take|takes|bill|bills|file with|work with) (?:\w+ ){0,2}(?:insurance|medicare|medicaid|insurers|your plan|your health plan|ppo)\b|\bmedicare (?:is )?(?:accepted|approved)\b|\bin[- ]network\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:hsa|fsa)(?: ?(?:/|and|or) ?(?:hsa|fsa))?[- ](?:eligible|approved|accepted)\b)"},
    {kInsurance, Mode::kPlain, R"(\bcubiert[oa]s? (?:\w+ ){0,2}por (?:\w+ ){0,2}(?:seguros?|aseguradoras?|imss|isapre|eps|mutua)\b|\b(?:aceptamos|trabajamos con) (?:\w+ ){0,2}(?:seguros?|aseguradoras)\b|\bseguro (?:\w+ ){0,2}(?:cubre|paga|reembolsa)\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:krankenkassen?|kassen?|krankenversicherung|versicherung|pkv|gkv|private kasse) (?:\w+ ){0,2}(?:ubernimmt|ubernehmen|erstattet|erstatten|zahlt|bezahlt)\b|\bkassenleistung\b)"},
    // --- clinically_proven
    {kClinicallyProven, Mode::kPlain, R"(\b(?:clinically|scientifically|medically) (?:proven|validated|tested and proven|demonstrated)\b|\bproven (?:to|safe|effective|results?|treatments?|therapy|therapies|technique|procedure|method|approach|alternative|solution|option|protocol|success|outcomes?|way|benefits?|relief)\b|\bevidence[- ]based (?:medicine|treatments?|therap\w*|care|approach\w*|protocols?|procedures?|solutions?|options?|results?|regenerative|stem|orthop\w*|injections?|methods?|practice|pain)\b|\b(?:is|are|remains?) (?:\w+ )?evidence[- ]based\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:cientificamente|clinicamente|medicamente) (?:comprobad|probad|demostrad|avalad)[oa]s?\b|\b(?:eficacia|efectividad) (?:comprobada|probada|demostrada)\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:klinisch|wissenschaftlich|medizinisch) (?:bewiesen|erwiesen|belegt|nachgewiesen|gepruft|bestatigt)\b|\bnachweislich (?:wirksam|erfolgreich)\b)"},
    // --- superior_to_standard (cost-only comparisons are traps)
    {kSuperior, Mode::kPlain, R"(\b(?:better|more effective|superior|more successful|longer[- ]lasting|more durable|outperform(?:s|ed|ing)?|beats?|as effective as|as good as|equal(?:ly effective)? to|more powerful) (?:\w+ ){0,4}(?:cortisone|steroids?|corticosteroids?|hyaluronic(?: acid)?|gel shots?|gel injections?|viscosupplement\w*|knee replacements?|joint replacements?|replacement surgery|surgery|surgical (?:options|treatment)|prp|physical therapy|(?:traditional|conventional|standard) (?:treatments?|medicine|care|options|therapies|approaches|methods|procedures|surgical\w*|of care)|arthroscop\w*|nsaids?|pain (?:medications?|meds|pills|killers)|painkillers|opioids?)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:mejor(?:es)?|mas efectiv[oa]s?|superior(?:es)?|mas eficaz|mas duraderos?|ventajos[oa]s?) (?:\w+ ){0,3}(?:que|a|con respecto a|frente a|en comparacion con) (?:\w+ ){0,2}(?:cirugia|cortisona|esteroides?|corticoides?|corticosteroides|acido hialuronico|protesis|reemplazo|tratamientos? (?:tradicional|convencional)\w*|infiltraciones)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:besser|wirksamer|effektiver|uberlegen|nachhaltiger) (?:\w+ ){0,3}(?:als )?(?:\w+ ){0,2}(?:kortison|cortison|hyaluronsaure|operation|op|knie-?tep|prothese|steroide?|kortisonspritzen?)\b)"},
    // --- regulatory_registration (info; presented as if it were approval)
    {kRegistration, Mode::kPlain, R"(\bfda[- ]?(?:registered|regulated|registration|inspected|licensed)\b|\bregistered with (?:the )?(?:u\.?s\.? )?fda\b|\b361 (?:\w+ ){0,2}hct\/?ps?\b|\bhct\/ps? (?:\w+ ){0,2}(?:compliant|registered)\b|\bsection 361\b)"},
    // A regulator named with a registration or licence (DOMAIN.md §4): the
    // bare name is not a claim ("COFEPRIS regulates clinics in Mexico", "the
    // Paul-Ehrlich-Institut must approve it", "studies on ClinicalTrials.gov").
    {kRegistration, Mode::kPlain, R"(\baatb\b|\b(?:cofepris|invima|minsa|anvisa)[- ](?:licensed|licenced|registered|approved|certified|authori[sz]ed|permitted|license|licence|registration|certification|certified)\b|\b(?:licensed|licenced|registered|approved|certified|authori[sz]ed|permitted) (?:\w+ ){0,3}by (?:the )?(?:[\w(),]+ ){0,6}\(?(?:cofepris|invima|minsa|anvisa)\b|\b(?:sanitary|health|operating) (?:licen[cs]e|permit|registration)s? (?:\w+ ){0,3}\(?(?:cofepris|invima|minsa|anvisa)\b|\b(?:licencia|licencias|permiso|registro|certificacion|aprobacion|autorizacion|aval)(?: sanitari[oa]s?)? (?:\w+ ){0,2}(?:la |el )?(?:cofepris|invima|minsa|anvisa)\b|\b(?:registrad|autorizad|aprobad|certificad|avalad|licenciad)[oa]s? (?:\w+ ){0,2}(?:por|ante) (?:la |el )?(?:cofepris|invima|minsa|anvisa)\b|\bpaul[- ]ehrlich[- ]institut\w* (?:\w+ ){0,2}(?:registriert|zugelassen|genehmigt)\b|\b(?:registriert|zugelassen|genehmigt) (?:\w+ ){0,2}(?:beim|vom|durch das) (?:paul[- ]ehrlich[- ]institut|pei)\b|\bpei[- ](?:registered|registriert|zugelassen|genehmigung)\b|\b(?:registered|listed|posted) (?:\w+ ){0,2}(?:on|at|with|in) clinicaltrials\.gov\b|\bclinicaltrials\.gov[- ](?:registered|listed)\b|\baviso de (?:funcionamiento|publicidad)\b)"},
    // --- patient_funded_trial
    {kFundedTrial, Mode::kPlain, R"(\bpatient[- ](?:funded|sponsored|paid) (?:\w+ )?(?:study|studies|trial|trials|research|registry)\b|\bself[- ](?:funded|pay|paid) (?:\w+ )?(?:study|trial|research|clinical)\b|\bpay(?:ing)? to (?:participate|join|enroll)\b|\b(?:study|trial|research|registry) (?:participation |enrollment )?fees?\b|\b(?:participation|enrollment|enrolment) fee\b)"},
    {kFundedTrial, Mode::kNeedsMoney, R"(\b(?:join|enroll in|enrol in|participate in|take part in|inscribase en|participe en) (?:[\w-]+ ){0,3}(?:study|trial|registry|research (?:program|protocol)|estudio|ensayo)\b)"},
    // --- cell_count (info: dose as a selling point)
    {kCellCount, Mode::kPlain, R"(\b\d+(?:[.,]\d+)?(?: ?(?:-|to|a|bis) ?\d+(?:[.,]\d+)?)? ?(?:million|millions|millones|millionen|mio\.?|billion|mil millones|mm|m)\b (?:of )?(?:\w+ ){0,3}(?:cells|mscs?|celulas|zellen|stammzellen)\b)"},
    // --- disease vocabulary (prefilter; pattern filled in at compile time)
    {kTreatsMany, Mode::kDiseases, nullptr},
};

// The languages added with issue 18, one block each (docs/extraction.md
// "Languages"): a second rule set, compiled on first use and matched unless
// the page is in English, Spanish or German (AddedLanguagesApply), so that
// those pages pay nothing for it.
const Rule kLanguageRules[] = {
    // --- Portuguese (pt)
    {kFdaApproved, Mode::kPlain, R"(\baprovad[oa]s? pel[oa] (?:fda|food and drug administration)\b)"},
    {kCure, Mode::kHedged, R"(\bcura(?:r|m|mos)? (?:\w+ ){0,2}(?:artrose|artrite|osteoartrite|desgaste)\b|\bsolucao (?:definitiva|permanente)\b|\b(?:acabar|acaba|acabamos) (?:de vez )?com a dor\b)"},
    // "o que garante" is "which ensures": the third person claims only with
    // a result as its object.
    {kGuarantee, Mode::kPlain, R"(\bgarant(?:imos|id[oa]s?)\b|\bgarant(?:e|em) (?:\w+ ){0,3}(?:resultad\w*|sucesso|a cura|cura|melhora\w*|recuperac\w*)\b)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez) (?:em cada|de cada|em) (\d{1,3}|dez) (?:\w+ ){0,2}(?:pacientes|pessoas)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bsem (?:nenhum )?(?:riscos?|efeitos? colaterais|efeitos? adversos|complicacoes|rejeicao|dor)\b|\bsem (?:\w+ ){0,2}risco de rejeicao\b|\bisent[oa] de riscos?\b|\b(?:100 ?%|totalmente|completamente|absolutamente) segur[oa]s?\b|\bindolor\b|\bnao (?:ha|existe) (?:nenhum )?(?:\w+ )?(?:risco|rejeicao|efeitos? colaterais)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bregener(?:a|am|ar|amos|acao) (?:\w+ ){0,3}(?:cartilagem|cartilagens|menisco)\b|\b(?:nova|novo) cartilagem\b|\bcartilagem nova\b|\b(?:reconstro\w*|repar\w*|restaur\w*|recupera\w*) (?:\w+ ){0,3}cartilagem\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bevit(?:e|ar|a|am|amos|ando) (?:\w+ ){0,3}(?:cirurgia|cirurgias|operacao|protese|proteses|artroplastia)\b|\b(?:adiar|adia|adiam|postergar|retardar) (?:\w+ ){0,3}(?:cirurgia|protese|proteses|artroplastia)\b|\bsem (?:necessidade de )?(?:cirurgia|operacao|operar|protese)\b|\balternativa (?:\w+ ){0,2}(?:a|ao) (?:\w+ ){0,2}(?:cirurgia|protese|artroplastia)\b|\bem vez de (?:\w+ ){0,2}(?:cirurgia|protese)\b)"},
    {kTreatsMany, Mode::kManyCount, R"(\b(?:mais de |cerca de )?(\d{2,3})\+? (?:doencas|condicoes|patologias|enfermidades)\b)"},
    {kTestimonial, Mode::kPlain, R"(\bdepoimentos?\b|\b(?:historias|casos|relatos) (?:de )?(?:sucesso|pacientes|nossos pacientes)\b|\bo que (?:dizem )?nossos pacientes\b|\bantes e depois\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bcelulas (?:tronco )?(?:vivas|viaveis|ativas|jovens)\b)"},
    {kInsurance, Mode::kPlain, R"(\bcobert[oa]s? (?:\w+ ){0,2}(?:pelo|pelos|por) (?:\w+ ){0,2}(?:plano de saude|planos de saude|convenio|convenios|seguro|sus)\b|\b(?:aceitamos|atendemos) (?:\w+ ){0,2}(?:convenios?|planos de saude)\b|\b(?:plano de saude|convenio|seguro) (?:\w+ ){0,2}(?:cobre|paga|reembolsa)\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:cientificamente|clinicamente) (?:comprovad|provad|demonstrad)[oa]s?\b|\b(?:eficacia|efetividade) (?:comprovada|provada|demonstrada)\b|\bcomprovad[oa]s? cientificamente\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:melhor(?:es)?|mais eficaz(?:es)?|mais efetiv[oa]s?|superior(?:es)?|mais duradour[oa]s?) (?:\w+ ){0,3}(?:que|do que|a) (?:\w+ ){0,2}(?:cirurgia|cortisona|corticoides?|acido hialuronico|protese|infiltracoes|tratamentos? (?:tradicional|convencional)\w*)\b)"},
    {kRegistration, Mode::kPlain, R"(\b(?:aprovad|registrad|autorizad)[oa]s? (?:pela|na|pelo) (?:anvisa|infarmed)\b|\binfarmed\b)"},
    {kCellCount, Mode::kPlain, R"(\b\d+(?:[.,]\d+)? ?(?:milhoes|milhao|milioni|millions|milyon|mln|milionow) (?:de |di |d')?(?:\w+ ){0,3}(?:celulas|cellule|cellules|hucre|komorek)\b)"},

    // --- Italian (it)
    {kFdaApproved, Mode::kPlain, R"(\bapprovat[oaie] dall?a? ?fda\b|\bapprovazione (?:della )?fda\b)"},
    {kCure, Mode::kHedged, R"(\bguari(?:re|sce|scono|to|ta|gione) (?:[\w']+ ){0,3}(?:l'artrosi|artrosi|artrite|ginocchio|l'articolazione|articolazione|cartilagine|dolore)\b|\b(?:una|la) cura (?:definitiva|permanente|risolutiva)\b|\bsoluzione (?:definitiva|permanente)\b|\brisolve(?:re)? (?:\w+ ){0,2}(?:definitivamente|per sempre)\b)"},
    {kGuarantee, Mode::kPlain, R"(\bgarantit[oaie]\b|\bgaranzia\b|\bgarantiamo\b|\bgarantisc(?:e|ono) (?:\w+ ){0,3}(?:risultat\w*|successo|la guarigione|guarigione|miglioramento)\b)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:pazienti )?su (\d{1,3}|dieci) (?:\w+ ){0,2}(?:pazienti|persone|casi)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bsenza (?:alcun )?(?:rischi?|effetti collaterali|effetti indesiderati|complicanze|rigetto|dolore)\b|\b(?:privo|priva|privi|prive) di (?:rischi?|effetti collaterali|complicanze)\b|\bnessun (?:rischio|effetto collaterale|rigetto)\b|\bzero rischi\b|\b(?:100 ?%|completamente|totalmente|assolutamente) sicur[oaie]\b|\bindolore\b|\bsi evitano (?:\w+ ){0,2}(?:rigetto|reazioni allergiche)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\brigener(?:a|ano|are|arsi|azione|ando|ata) (?:[\w']+ ){0,3}(?:cartilagin\w*|menisc\w*)|\bcartilagin\w* (?:[\w']+ ){0,3}(?:rigener\w*|ricresc\w*)|\b(?:nuova|nuovo) (?:tessuto )?(?:cartilagin\w*|fibrocartilagin\w*)|\b(?:riparazione|ricostruzione|ripara\w*|ricostrui\w*) (?:[\w']+ ){0,2}cartilagin\w*)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bevit(?:are|a|ano|ando|iamo) (?:[\w']+ ){0,4}(?:protesi|intervento|interventi|chirurgia|operazione|l'intervento|l'operazione|trapianto)\b|\b(?:posticipare|rinviare|ritardare|allontanare|ritardando|posticipando|allontanando) (?:[\w']+ ){0,5}(?:protesi|protesizzazione|intervento|chirurgia|impianto protesico|l'intervento|l'impianto)\b|\bsenza (?:bisogno di |ricorrere a |ricorrere alla )?(?:chirurgia|intervento|operazione|protesi|bisturi)\b|\balternativa (?:\w+ ){0,2}(?:non chirurgica|alla chirurgia|alla protesi|all'intervento)\b)"},
    {kTreatsMany, Mode::kManyCount, R"(\b(?:oltre |piu di )?(\d{2,3})\+? (?:malattie|patologie|condizioni)\b)"},
    {kTestimonial, Mode::kPlain, R"(\btestimonianz\w*|\brecension\w*|\b(?:storie|casi) (?:di successo|dei (?:nostri )?pazienti)\b|\bprima e dopo\b|\bdicono (?:di noi )?i (?:nostri )?pazienti\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bcellule (?:staminali )?(?:vive|vitali|giovani|attive)\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:convenzionat\w*|rimborsat\w*) (?:\w+ ){0,2}(?:ssn|servizio sanitario|assicurazion\w*)\b|\bcopert\w* (?:[\w']+ ){0,2}(?:assicurazion\w*|ssn|mutua)\b|\bin convenzione (?:con )?(?:il )?ssn\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:scientificamente|clinicamente) (?:provat|dimostrat|comprovat)\w*|\b(?:provat|dimostrat|comprovat)\w* scientificamente\b|\bcome dimostrato da (?:\w+ ){0,2}studi\b|\befficacia (?:dimostrata|comprovata|provata)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:piu efficac[ei]|migliore|superiore|piu duratur[oa]) (?:\w+ ){0,3}(?:rispetto (?:a|ad|al|alla|ai|alle|agli)|di|del|della|dei|delle) (?:\w+ ){0,2}(?:chirurgia|cortison\w*|infiltrazioni|acido ialuronico|protesi|farmaci|antinfiammatori|terapie tradizionali|altre opzioni|altri trattamenti)\b|\b(?:il|la) (?:metodo|trattamento|terapia|soluzione|opzione) (?:\w+ )?piu efficace\b|\bla migliore opzione\b)"},
    {kRegistration, Mode::kPlain, R"(\b(?:autorizzat|approvat)\w* (?:\w+ ){0,2}(?:aifa|ministero della salute|centro nazionale trapianti)\b|\baifa\b)"},

    // --- French (fr)
    {kFdaApproved, Mode::kPlain, R"(\b(?:approuve|agree|autorise)\w* par la fda\b|\bapprobation (?:de la )?fda\b)"},
    {kCure, Mode::kHedged, R"(\bguer(?:ir|it|issent|ison) (?:[\w']+ ){0,3}(?:l'arthrose|arthrose|arthrite|genou|l'articulation|articulation)\b|\bguerison (?:definitive|complete)\b|\bsoign(?:er|e) definitivement\b|\bsolution (?:definitive|miracle)\b)"},
    {kGuarantee, Mode::kPlain, R"(\bgaranti(?:e|s|es|ssons)?\b|\bgarantit (?:[\w']+ ){0,3}(?:resultats?|succes|la guerison|guerison|amelioration)\b)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ?(?:/|sur) ?(\d{1,3}|dix) (?:des )?(?:\w+ ){0,2}(?:patients|personnes|cas)\b)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:de nos |des )?(?:patients|personnes|cas|patientes) sur (\d{1,3}|dix)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bsans (?:aucun )?(?:risques?|effets? secondaires|effets? indesirables|complications?|rejet|douleur)\b|\baucun (?:risque|effet secondaire|rejet)\b|\bzero risque\b|\b(?:100 ?%|totalement|completement|absolument) (?:sur|sure|surs|sures|sans danger|sans risque)\b|\bindolore\b|\brisques? (?:[\w']+ ){0,5}(?:quasi )?nuls?\b|\belimine (?:\w+ ){0,2}risques? de rejet\b|\bpas de risque (?:\w+ )?(?:de rejet|allergique)\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:regener(?:er|e|ent|ation)|repar(?:er|e|ent|ation)|reconstrui\w*|reconstruction|restaur\w*) (?:[\w']+ ){0,3}cartilage\b|\b(?:nouveau|nouvel) cartilage\b|\bcartilage (?:\w+ ){0,2}(?:repousse|se regenere)\b|\bse transforment en cellules cartilagineuses\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\beviter (?:[\w']+ ){0,5}(?:chirurgie|operation|prothese|intervention chirurgicale|traitement chirurgical|l'operation)\b|\b(?:retarder|repousser|differer) (?:[\w']+ ){0,3}(?:chirurgie|operation|prothese|pose)\b|\bsans (?:\w+ ){0,2}(?:chirurgie|operation|bistouri)\b|\balternative (?:\w+ ){0,2}(?:a la chirurgie|a la prothese|a l'operation)\b|\bau lieu (?:d'une|de la) (?:chirurgie|prothese|operation)\b)"},
    {kTreatsMany, Mode::kManyCount, R"(\b(?:plus de )?(\d{2,3})\+? (?:maladies|pathologies|affections)\b)"},
    {kTestimonial, Mode::kPlain, R"(\btemoignages?\b|\bavis (?:de nos |des )?patients\b|\bavant[ /-]+apres\b|\bhistoires? de (?:nos )?patients\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bcellules (?:souches )?(?:vivantes|viables|actives|jeunes)\b)"},
    {kInsurance, Mode::kPlain, R"(\brembours(?:e|es|ee|ees|ement) (?:\w+ ){0,3}(?:securite sociale|mutuelle|assurance maladie|caisse)\b|\bpris(?:e)? en charge (?:\w+ ){0,2}(?:securite sociale|mutuelle|assurance maladie)\b|\b(?:securite sociale|mutuelle|assurance maladie) (?:\w+ ){0,2}(?:rembourse|prend en charge|couvre)\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:scientifiquement|cliniquement) (?:prouve|demontre|valide)\w*|\b(?:prouve|demontre)\w* scientifiquement\b|\befficacite (?:prouvee|demontree)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:plus efficace|meilleur\w*|superieur\w*|plus durable) (?:\w+ ){0,3}(?:que|qu'|a) (?:[\w']+ ){0,2}(?:chirurgie|cortisone|corticoides?|infiltrations?|acide hyaluronique|prothese|traitements? classiques?)\b)"},
    {kRegistration, Mode::kPlain, R"(\b(?:autorise|agree|approuve|accorde)\w* (?:[\w']+ ){0,3}(?:ansm|l'ansm|afssaps|swissmedic)\b|\b(?:ansm|afssaps|swissmedic)\b)"},

    // --- Turkish (tr)
    {kCure, Mode::kHedged, R"(\bkalici (?:\w+ ){0,3}(?:iyilesme|cozum|tedavi)\w*|\btamamen (?:iyilesir|iyilestir\w*|gecer)\b|\bkesin (?:cozum|tedavi)\w*|\bortadan kaldir\w*|\btedavi edip iyilestir\w*)"},
    // Turkish forms only: every added language's rules run on each added
    // language's pages, and "garanti\w*" read French "garantit" and Italian
    // "garantisce" ("ensures").
    {kGuarantee, Mode::kPlain, R"(\bgaranti(?:li|lidir|liyoruz|si|sidir|miz|mizdir)?\b|\bgaranti ed\w*)"},
    {kSuccessRate, Mode::kPercent, R"(%(\d{1,3}(?:[.,]\d{1,2})?)|\byuzde (\d{1,3}(?:[.,]\d{1,2})?)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\byan etki(?:si|leri)? (?:yoktur|yok|bulunmaz|gorulmez)\b|\byan etkisiz\b|\brisksiz\b|\brisk(?:i)? (?:yoktur|yok|tasimaz)\b|\breddedilme (?:riski|ihtimali) (?:yoktur|yok)\b|\bagrisiz (?:bir )?(?:islem|tedavi|uygulama|enjeksiyon)\w*|\b(?:tamamen|yuzde yuz|%100) guvenli\w*)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bkikirda\w* (?:\w+ ){0,3}(?:onar\w*|yenile\w*|yeniden olus\w*|rejenere\w*|restorasyon\w*)|\b(?:yeni|saglikli) kikirdak\b|\bkikirdak (?:rejenerasyonu|onarimi|yenilenmesi)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bameliyatsiz\b|\b(?:ameliyat|cerrahi|protez)\w* (?:\w+ )?gerek (?:kalmadan|kalmaksizin|olmadan|duymadan)\b|\b(?:ameliyat|protez|cerrahi)\w* (?:\w+ ){0,2}(?:yerine|alternatif\w*)\b|\b(?:ameliyat|protez)\w* (?:\w+ ){0,2}(?:ertele\w*|geciktir\w*|onle\w*)\b)"},
    {kTreatsMany, Mode::kManyCount, R"(\b(\d{2,3})\+? (?:farkli )?hastalik\w*)"},
    {kTestimonial, Mode::kPlain, R"(\bhasta (?:yorum|gorus|hikaye|deneyim)\w*|\bbasari hikaye\w*|\boncesi ve sonrasi\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bcanli (?:kok )?hucre\w*)"},
    {kInsurance, Mode::kPlain, R"(\b(?:sgk|sigorta\w*) (?:\w+ ){0,2}(?:karsil\w*|oden\w*|kapsam\w*))"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:bilimsel|klinik) olarak (?:kanitlan\w*|ispatlan\w*)|\bkanita dayali\b|\bkanitlanmis\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:en etkili|daha etkili|daha basarili) (?:\w+ ){0,2}(?:tedavi|yontem|secenek)\w*)"},
    {kRegistration, Mode::kPlain, R"(\bsaglik bakanligi (?:onayli|tarafindan onaylanmis|ruhsatli)\b|\btitck\b)"},

    // --- Polish (pl)
    {kFdaApproved, Mode::kPlain, R"(\bzatwierdzon\w* przez fda\b|\bzatwierdzenie fda\b)"},
    {kCure, Mode::kHedged, R"(\bwylecz\w*|\bpelny powrot do zdrowia\b|\btrwale (?:usuwa|likwiduje) (?:\w+ ){0,2}(?:bol|zwyrodnienie)\w*)"},
    {kGuarantee, Mode::kPlain, R"(\bgwarancj\w*|\bgwarantuj\w*|\bgwarantowan\w*)"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}) na (\d{1,3}) (?:\w+ ){0,2}(?:pacjent\w*|osob\w*)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bbez (?:zadnych )?(?:skutkow ubocznych|efektow ubocznych|ryzyka|powiklan|bolu)\b|\bnie ma (?:zadnego )?ryzyka(?: \w+)?(?: odrzut\w*| odrzucenia)?\b|\bbrak (?:ryzyka|skutkow ubocznych|powiklan)\b|\b(?:calkowicie|w pelni|100 ?%) bezpieczn\w*|\bbezbolesn\w*)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\b(?:regeneracj\w*|odbudow\w*|odtwarza\w*|odtworz\w*|rekonstrukcj\w*|naprawi\w*|regeneruj\w*) (?:\w+ ){0,3}chrzast\w*|\bnow\w* chrzast\w*)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:uniknac|unikniecia|unikn\w*|unika\w*) (?:\w+ ){0,3}(?:operacj\w*|zabiegu operacyjnego|endoprotez\w*)\b|\b(?:opoznic|opozni\w*|odsunac|odsuni\w*|przesunac w czasie|odroczyc) (?:\w+ ){0,4}(?:operacj\w*|endoprotez\w*)\b|\bbez (?:koniecznosci )?(?:operacji|zabiegu operacyjnego|skalpela)\b|\balternatyw\w* (?:\w+ ){0,2}(?:dla )?(?:operacj\w*|endoprotez\w*|leczenia operacyjnego)\b)"},
    {kTreatsMany, Mode::kManyCount, R"(\b(?:ponad )?(\d{2,3})\+? (?:chorob\w*|schorzen\w*)\b)"},
    {kTestimonial, Mode::kPlain, R"(\bopini\w* (?:naszych )?pacjent\w*|\bhistori\w* (?:naszych )?pacjent\w*|\bprzed i po\b)"},
    {kLiveCells, Mode::kLiveCells, R"(\bzyw\w* komork\w*)"},
    {kInsurance, Mode::kPlain, R"(\brefund\w* (?:\w+ ){0,2}(?:nfz|ubezpieczyciel\w*)|\bnfz (?:\w+ ){0,2}(?:refunduje|pokrywa|finansuje)\b|\bw ramach nfz\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:naukowo|klinicznie) (?:udowodnion\w*|potwierdzon\w*|sprawdzon\w*)|\budowodnion\w* naukowo\b)"},
    {kSuperior, Mode::kPlain, R"(\bnajskuteczniejsz\w*|\bskuteczniejsz\w* (?:\w+ ){0,2}(?:niz|od) (?:\w+ ){0,2}(?:operacj\w*|sterydow|kwas\w* hialuronow\w*|endoprotez\w*)\b)"},
    {kRegistration, Mode::kPlain, R"(\bkomisj\w* bioetyczn\w*|\burpl\b)"},

    // --- Czech (cs)
    {kCure, Mode::kHedged, R"(\bvylec\w*)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bbez (?:rizika|vedlejsich ucinku|komplikaci)\b|\bnemusi (?:se )?bat nezadoucich reakci\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bregenerac\w* chrupav\w*|\bobnov\w* (?:\w+ ){0,2}(?:tkan\w*|chrupav\w*))"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bvyhnout se (?:\w+ ){0,2}operac\w*|\bbez operace\b|\boddal\w* (?:\w+ ){0,2}endoprotez\w*)"},
    {kClinicallyProven, Mode::kPlain, R"(\bpotvrzuje ucinnost\b|\bbylo prokazano\b)"},
    {kRegistration, Mode::kPlain, R"(\bsukl\b|\beticka komise\b)"},

    // --- Shared: "per cento", "pour cent", "procent" after a number.
    {kSuccessRate, Mode::kPercent, R"((\d{1,3}(?:[.,]\d{1,2})?)(?: ?(?:-|a|e|et|ate|i|do) ?(\d{1,3}(?:[.,]\d{1,2})?))? ?(?:por cento|per ?cento|pour ?cent|procent\w*)\b)"},

    // --- Japanese (ja): no word boundaries (RE2's \b is ASCII-only).
    {kFdaApproved, Mode::kPlain, R"(fda(?:の)?(?:承認|認可))"},
    {kCure, Mode::kHedged, R"(根本(?:的な)?治療|完治|痛みが再発しない|(?:変形性膝関節症|膝関節症|関節症|膝|ひざ)(?:の痛み)?(?:が|は|も)?(?:完全に)?治(?:る|ります|せます))"},
    {kGuarantee, Mode::kPlain, R"(効果保証|返金保証|全額返金|必ず(?:良く|改善|治))"},
    {kNoRisk, Mode::kSelfNegating, R"(副作用(?:が|の|は)?(?:ほとんど)?(?:無|な)(?:い|く|し)|副作用(?:の)?(?:心配|リスク)(?:が|は|も)?(?:ない|無い|ありません)|拒絶反応(?:が|の|は|も)?(?:ない|なく|無い|起こらない|起きない|ありません)|リスク(?:が|は)?(?:ない|ありません|ゼロ)|ノーリスク|痛み(?:が|は)?(?:ない|ありません|ほとんどない)|無痛)"},
    {kRegrowsCartilage, Mode::kHedged, R"(軟骨(?:が|の|を)?.{0,6}?(?:再生|修復|復元|再構築)|(?:すり減った|傷ついた|損傷した)軟骨が元に戻)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(手術(?:・入院)?(?:は|が|も)?不要|手術(?:を|は)?(?:せず|しない|しなくて|避け|回避)|手術以外の(?:選択肢|解決法|方法|治療)|手術の代わり|人工関節(?:置換術)?(?:を|の)?(?:回避|避け|先延ばし|遅らせ)|切らない治療|メスを使わない)"},
    {kTreatsMany, Mode::kManyCount, R"((\d{2,3})(?:種類)?(?:以上)?の(?:疾患|病気|症状))"},
    {kTestimonial, Mode::kPlain, R"(患者様?の声|患者さんの声|体験談|口コミ|ビフォーアフター|症例紹介|選手(?:も|が|の)?.{0,12}?(?:受け|治療|療法|来院|愛用|実践))"},
    {kLiveCells, Mode::kLiveCells, R"((?:生きた|活きた)(?:幹)?細胞)"},
    {kInsurance, Mode::kPlain, R"(保険(?:適用|適応|診療|が適用|が使え))"},
    {kClinicallyProven, Mode::kPlain, R"(高いエビデンス|確かなエビデンス|エビデンスに基づ|科学的(?:に)?(?:証明|実証)|臨床的に(?:証明|実証)|効果(?:が)?(?:実証|証明)され)"},
    {kSuperior, Mode::kPlain, R"((?:ヒアルロン酸|ステロイド|手術)(?:注射)?より(?:も)?(?:効果的|効果が高|優れ))"},
    {kRegistration, Mode::kPlain, R"(厚生(?:労働省|局).{0,10}?(?:認可|受理|届出|届け出|承認|許可)|第[一二三1-3]種再生医療|再生医療[(（]第[一二三1-3]種|再生医療等提供計画|特定細胞加工物製造許可|認定再生医療等委員会)"},
    {kCellCount, Mode::kPlain, R"(\d+(?:[.,]\d+)?(?:億|千万|万)個(?:以上)?(?:の(?:幹)?細胞|まで(?:増殖|培養))|細胞を\d+(?:億|千万|万)個)"},
    // --- disease vocabulary of these languages (prefilter; FindDiseases does the work)
    {kTreatsMany, Mode::kDiseases, nullptr},
};
// clang-format on

constexpr size_t kBaseRuleCount = std::size(kRules);
constexpr size_t kRuleCount = kBaseRuleCount + std::size(kLanguageRules);

// Rule i of kRules followed by kLanguageRules.
const Rule& RuleAt(size_t i) {
  return i < kBaseRuleCount ? kRules[i] : kLanguageRules[i - kBaseRuleCount];
}

// The rule set of kRules is compiled up front (every sentence meets it), the
// one of kLanguageRules on first use; each rule's own regex, which only finds
// positions, is compiled on its first use, so a run pays only for the rules
// its pages trigger.
class Compiled {
 public:
  Compiled() : options_(MakeOptions()) {
    set = std::make_unique<RE2::Set>(options_, RE2::UNANCHORED);
    for (size_t i = 0; i < kBaseRuleCount; ++i) {
      if (set->Add(PatternOf(i), nullptr) < 0) ok = false;
    }
    if (!set->Compile()) ok = false;
  }
  // The set of kLanguageRules; its match indexes count from 0.
  const RE2::Set& LanguageSet() const {
    std::call_once(language_once_, [&] {
      language_set_ = std::make_unique<RE2::Set>(options_, RE2::UNANCHORED);
      for (size_t i = kBaseRuleCount; i < kRuleCount; ++i) {
        if (language_set_->Add(PatternOf(i), nullptr) < 0) language_ok_ = false;
      }
      if (!language_set_->Compile()) language_ok_ = false;
    });
    return *language_set_;
  }
  const RE2& Rule(size_t i) const {
    std::call_once(rule_once_[i],
                   [&] { rules_[i] = std::make_unique<RE2>(PatternOf(i), options_); });
    return *rules_[i];
  }
  // Birth-tissue and exosome products.
  const RE2& Birth() const {
    std::call_once(birth_once_, [&] {
      birth_ = std::make_unique<RE2>(
          R"(\b(?:amniotic|amnion\w*|amnio|placenta\w*|placental|umbilical|cord[- ]tissue|cord[- ]blood|cord[- ]derived|cord[- ]based|cord (?:stem )?cells?|newborn tissues?|(?:uc|wj|huc)[- ]?mscs?|wharton'?s?|exosom\w*|perinatal|birth[- ]tissue|donated (?:cords?|tissue|birth)|secretome|cordon umbilical|liquido amniotico|membrana amniotica|gelatina de wharton|placentari\w*|nabelschnur\w*|fruchtwasser\w*|plazenta\w*|cordao umbilical|cordone ombelicale|cordon ombilical|gobek kordon\w*|pepowin\w*|plasenta\w*|amniyo\w*|owodni\w*|lozysk\w*)|臍帯|さい帯|羊膜|羊水|胎盤|ワルトン)",
          options_);
    });
    return *birth_;
  }
  // True when every pattern compiles (compiles them all).
  bool AllCompile() const {
    LanguageSet();
    bool all = ok && language_ok_ && Birth().ok();
    for (size_t i = 0; i < kRuleCount; ++i) all = all && Rule(i).ok();
    return all;
  }

  bool ok = true;
  std::unique_ptr<RE2::Set> set;

 private:
  static RE2::Options MakeOptions() {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    return options;
  }
  static const char* PatternOf(size_t i) {
    if (RuleAt(i).pattern != nullptr) return RuleAt(i).pattern;
    return i < kBaseRuleCount ? DiseasePrefilterPattern() : DiseaseLanguagePrefilterPattern();
  }

  const RE2::Options options_;
  mutable std::once_flag rule_once_[kRuleCount];
  mutable std::unique_ptr<RE2> rules_[kRuleCount];
  mutable std::once_flag birth_once_;
  mutable std::unique_ptr<RE2> birth_;
  mutable std::once_flag language_once_;
  mutable std::unique_ptr<RE2::Set> language_set_;
  mutable bool language_ok_ = true;
};

const Compiled& GetCompiled() {
  static const Compiled* compiled = new Compiled();
  return *compiled;
}

// --- small text helpers -----------------------------------------------------

bool Contains(std::string_view s, std::string_view needle) {
  return s.find(needle) != std::string_view::npos;
}

bool ContainsAnyWord(std::string_view s, const PhraseSet& words) { return words.In(s); }

// The word list of one call site, built on first use.
#define WORD_LIST(...)                                             \
  ([]() -> const PhraseSet& {                                       \
    static const PhraseSet* const list = new PhraseSet{__VA_ARGS__}; \
    return *list;                                                  \
  }())

// Up to `n` words after byte `pos` (as one view, for trap words).
std::string_view WordsAfter(std::string_view s, size_t pos, int n) {
  size_t i = pos;
  int words = 0;
  bool in_word = false;
  while (i < s.size()) {
    const bool alnum = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9');
    if (alnum && !in_word && ++words > n) break;
    in_word = alnum;
    ++i;
  }
  return s.substr(pos, i - pos);
}

// Up to `n` words before byte `pos`.
std::string_view WordsBefore(std::string_view s, size_t pos, int n) {
  size_t i = pos;
  int words = 0;
  bool in_word = false;
  while (i > 0) {
    const char c = s[i - 1];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum && !in_word && ++words > n) break;
    in_word = alnum;
    --i;
  }
  return s.substr(i, pos - i);
}

double ParseNumber(std::string_view digits) {
  std::string s(digits);
  std::replace(s.begin(), s.end(), ',', '.');
  return std::strtod(s.c_str(), nullptr);
}

double ParseSmallNumber(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"one", 1},   {"two", 2},    {"three", 3}, {"four", 4}, {"five", 5},  {"six", 6},
      {"seven", 7}, {"eight", 8},  {"nine", 9},  {"ten", 10}, {"uno", 1},   {"dos", 2},
      {"tres", 3},  {"cuatro", 4}, {"cinco", 5}, {"seis", 6}, {"siete", 7}, {"ocho", 8},
      {"nueve", 9}, {"diez", 10},  {"zwei", 2},  {"drei", 3}, {"vier", 4},  {"funf", 5},
      {"sechs", 6}, {"sieben", 7}, {"acht", 8},  {"neun", 9}, {"zehn", 10},
      // --- pt, it, fr
      {"um", 1},    {"dois", 2},   {"quatro", 4}, {"sete", 7}, {"oito", 8},  {"nove", 9},
      {"dez", 10},  {"due", 2},    {"tre", 3},    {"quattro", 4}, {"cinque", 5}, {"sei", 6},
      {"sette", 7}, {"otto", 8},   {"dieci", 10}, {"un", 1},   {"deux", 2},  {"trois", 3},
      {"quatre", 4}, {"cinq", 5},  {"sept", 7},   {"huit", 8}, {"neuf", 9},  {"dix", 10}};
  for (const auto& [word, value] : kWords) {
    if (w == word) return value;
  }
  return ParseNumber(w);
}

// --- per-kind traps (DOMAIN.md §4 "traps" column) ----------------------------

bool IsSurgicalContext(std::string_view s) {
  for (size_t pos = FindWord(s, "surgical"); pos != std::string_view::npos;
       pos = FindWord(s, "surgical", pos + 1)) {
    const bool non = pos >= 4 && (s.substr(pos - 4, 4) == "non-" || s.substr(pos - 4, 4) == "non ");
    if (!non) return true;
  }
  return ContainsAnyWord(s, WORD_LIST("surgically", "maci", "chondrocyte", "chondrocytes",
                                      "microfracture", "osteochondral", "mosaicplasty",
                                      "cartilage transplant", "cartilage transplantation",
                                      // --- pt, it, fr, tr, pl, ja
                                      "condrocitos", "condrociti", "microfratura",
                                      "microfrattura", "implante de condrocitos",
                                      "trapianto di cartilagine", "greffe de cartilage",
                                      "mikrokirik", "chondrocyty", "軟骨細胞移植", "自家培養軟骨",
                                      "regeneration surgery", "repair surgery", "cartilage surgery",
                                      "amic", "scaffold", "membrane implant"));
}

bool IsTrap(std::string_view kind, ClaimScopeJudge& judge, size_t b, size_t e) {
  const std::string_view s = judge.text();
  if (kind == kFdaApproved) {
    // Real approvals pages mention (DOMAIN.md §2): cord-blood HPCs, Ryoncil,
    // MACI; devices are cleared, not approved treatments.
    if (ContainsAnyWord(
            s, WORD_LIST("cord blood", "ryoncil", "maci", "gvhd", "graft-versus-host", "transplant",
                         "transplants", "blood conditions", "trasplante", "trasplantes",
                         "graft versus host", "hematopoietic", "blood-forming", "blood forming",
                         "blood disorders", "blood cancers", "chondrocytes", "sangre de cordon"))) {
      return true;
    }
    if (ContainsAnyWord(WordsBefore(s, b, 3),
                        WORD_LIST("pending", "seeking", "awaiting", "applied for", "toward",
                                  "towards", "pursuing", "require", "requires", "required"))) {
      return true;
    }
    return ContainsAnyWord(
        WordsAfter(s, e, 4),
        WORD_LIST("centrifuge", "centrifuges", "device", "devices", "system", "systems", "machine",
                  "machines", "equipment", "kit", "kits", "separator", "needle", "needles", "lab",
                  "labs", "laboratory", "laboratories", "facility", "facilities", "processing",
                  "technology", "instrument", "instruments", "medication", "medications", "drug",
                  "drugs", "anesthetic", "lidocaine", "dispositivo", "dispositivos", "equipo",
                  "equipos", "centrifuga", "laboratorio", "gerat", "gerate", "zentrifuge", "labor",
                  "trial", "trials", "study", "studies", "process", "pathway"));
  }
  if (kind == kCure) {
    // "searching for a cure", "the hope of a cure".
    return ContainsAnyWord(WordsBefore(s, b, 3),
                           WORD_LIST("search", "searching", "looking", "seek", "seeking", "quest",
                                     "hope", "hopes", "buscando", "busca", "suche", "hoffnung",
                                     // --- pt, it, fr, tr, pl
                                     "procura", "esperanca", "ricerca", "speranza", "recherche",
                                     "espoir", "umut", "nadzieja", "poszukiwanie"));
  }
  if (kind == kGuarantee) {
    return ContainsAnyWord(
        s, WORD_LIST("price", "prices", "pricing", "lowest", "price match", "appointment",
                     "appointments", "scheduling", "privacy", "confidential", "confidentiality",
                     "availability", "financing", "credit", "loan", "approval", "quality",
                     "sterility", "cancel", "cancellation", "deposit", "reschedule", "parking",
                     "response", "precio", "precios", "cita", "citas", "privacidad", "calidad",
                     "financiamiento", "credito", "preis", "preise", "termin", "termine",
                     "datenschutz", "qualitat", "ratenzahlung", "best-price", "rate lock",
                     // --- pt, it, fr, tr, pl, ja
                     "preco", "precos", "prezzo", "prezzi", "prix", "tarif", "fiyat", "cena",
                     "ceny", "rendez-vous", "appuntamento", "consulta", "privacidade", "privacy",
                     "mutuelle", "assurance", "seguro", "assicurazione", "sigorta",
                     "ubezpieczenie", "precisione", "precision", "precisao", "価格", "料金",
                     "予約", "保険"));
  }
  if (kind == kNoRisk) {
    return ContainsAnyWord(s, WORD_LIST("consultation", "consultations", "consult", "evaluation",
                                        "screening", "obligation", "consulta", "valoracion",
                                        "beratung", "general anesthesia", "downtime",
                                        // --- pt, it, fr, tr, pl, ja
                                        "avaliacao", "consulenza", "valutazione", "muayene",
                                        "konsultacja", "相談", "カウンセリング")) &&
           !ContainsAnyWord(s, WORD_LIST("side effects", "side effect", "rejection", "efectos",
                                         "efeitos", "effetti", "effets", "yan etki", "skutkow",
                                         "副作用", "拒絶"));
  }
  if (kind == kRegrowsCartilage) {
    // A name, not a statement: "our Cartilage Regeneration Clinic", "the
    // International Cartilage Regeneration Society".
    return IsSurgicalContext(s) ||
           ContainsAnyWord(WordsAfter(s, e, 2),
                           WORD_LIST("clinic", "clinics", "society", "centre", "center", "unit",
                                     "institute", "program", "programme", "department", "service",
                                     "team", "clinica", "centro", "unidad", "zentrum", "klinik"));
  }
  if (kind == kAvoidsSurgery) {
    // What patients want, not what the treatment does: "athletes seeking to
    // avoid surgery", "patients hoping to avoid a replacement".
    return ContainsAnyWord(WordsBefore(s, b, 3),
                           WORD_LIST("seeking", "seek", "want", "wants", "wanting", "hoping", "hope",
                                     "looking", "wish", "wishes", "prefer", "desire", "desean",
                                     "buscan", "quieren", "prefieren", "mochten", "wollen"));
  }
  if (kind == kInsurance) {
    // Coverage of consultations or imaging only, or of another product named
    // in the same clause ("plans reimburse PRP", "knee replacement is covered").
    const Span clause = judge.ClauseAt(b);
    std::string_view c = s.substr(clause.begin, clause.end - clause.begin);
    return ContainsAnyWord(
               s, WORD_LIST("consultation", "consultations", "consult", "office visit",
                            "office visits", "evaluation", "imaging", "mri", "x-ray", "x-rays",
                            "diagnostic", "diagnostics", "carecredit", "consulta", "consultas",
                            "resonancia", "beratung", "diagnostik")) ||
           ContainsAnyWord(
               c, WORD_LIST("prp", "physiotherapy", "physio", "physical therapy", "hyaluronic",
                            "cortisone", "steroid", "knee replacement", "joint replacement",
                            "surgery", "fisioterapia", "physiotherapie", "plasma",
                            // --- pt, it, fr, tr, pl, ja
                            "protese", "protesi", "prothese", "protez", "endoproteza",
                            "przeszczep", "transplant", "trapianto", "hialuronico",
                            "ialuronico", "hyaluronique", "hyaluronik", "hialuronowy",
                            "人工関節", "ヒアルロン酸", "transplants", "trasplante",
                            "trasplantes"));
  }
  if (kind == kSuperior) {
    std::string_view m = s.substr(b, e - b);
    if (ContainsAnyWord(
            m, WORD_LIST("before", "after", "value", "deal", "price", "cost", "costs", "cheaper",
                         "affordable", "precio", "costo", "preis", "kosten",
                         // --- pt, it, fr, tr, pl, ja
                         "preco", "custo", "prezzo", "prix", "cout", "fiyat", "cena", "koszt",
                         "価格", "費用"))) {
      return true;
    }
    // An efficacy comparison needs its comparator word.
    return !ContainsAnyWord(
        m, WORD_LIST("than", "to", "as", "outperform", "outperforms", "outperformed",
                     "outperforming", "beat", "beats", "que", "a", "als", "uberlegen",
                     // --- pt, it, fr, tr, pl, ja
                     "do que", "rispetto", "di", "del", "della", "piu efficace",
                     "la migliore opzione", "qu'", "daha", "en etkili", "niz", "od",
                     "najskuteczniejsza", "najskuteczniejsze", "najskuteczniejszy", "より"));
  }
  if (kind == kClinicallyProven) {
    return ContainsAnyWord(s, WORD_LIST("guideline", "guidelines", "track record"));
  }
  if (kind == kTestimonial) {
    // "Read reviews before choosing any clinic" is advice, not evidence.
    return ContainsAnyWord(s, WORD_LIST("any clinic", "a clinic", "a provider", "be sure to"));
  }
  if (kind == kFundedTrial) {
    return ContainsAnyWord(
        s, WORD_LIST("free of charge", "no cost", "at no charge", "free", "gratis", "sin costo",
                     "kostenlos", "paid to you", "compensated"));
  }
  if (kind == kTreatsMany) {
    return ContainsAnyWord(
        WordsAfter(s, e, 6),
        WORD_LIST("orthopedic", "orthopaedic", "musculoskeletal", "joint", "joints", "sports",
                  "spine", "knee", "ortopedicas", "ortopedicos", "musculoesqueleticas", "rodilla",
                  "orthopadische", "gelenk", "gelenke",
                  // --- pt, it, fr, tr, pl, ja
                  "ortopedic", "ortopediche", "articolari", "joelho", "ginocchio",
                  "orthopediques", "articulaires", "genou", "ortopedik", "eklem", "diz",
                  "ortopedyczn", "stawow", "kolana", "整形外科", "関節", "膝"));
  }
  return false;
}

// --- success_rate --------------------------------------------------------------

// Words that make a percentage an outcome of the treatment.
bool HasOutcomeCue(std::string_view s) {
  static const PhraseSet kCues = {"success",
                                 "successful",
                                 "improve",
                                 "improved",
                                 "improvement",
                                 "improvements",
                                 "improves",
                                 "satisfied",
                                 "satisfaction",
                                 "relief",
                                 "reduction",
                                 "reduced",
                                 "reduce",
                                 "less pain",
                                 "better",
                                 "effective",
                                 "efficacy",
                                 "results",
                                 "respond",
                                 "responded",
                                 "response",
                                 "benefit",
                                 "benefited",
                                 "returned to",
                                 "return to",
                                 "back to",
                                 "do it again",
                                 "would repeat",
                                 "avoided",
                                 "avoid",
                                 "good to excellent",
                                 "outcome",
                                 "outcomes",
                                 "recommend",
                                 "felt",
                                 "mobility",
                                 "function",
                                 "pain",
                                 "of patients",
                                 "of our patients",
                                 "exito",
                                 "mejoria",
                                 "mejora",
                                 "mejoraron",
                                 "mejoran",
                                 "satisfechos",
                                 "satisfaccion",
                                 "alivio",
                                 "reduccion",
                                 "eficacia",
                                 "efectividad",
                                 "resultados",
                                 "dolor",
                                 "de los pacientes",
                                 "de nuestros pacientes",
                                 "vuelven a",
                                 "lo volverian",
                                 "repetirian",
                                 "erfolg",
                                 "erfolgsquote",
                                 "erfolgsrate",
                                 "verbesserung",
                                 "zufrieden",
                                 "linderung",
                                 "schmerzen",
                                 "schmerzreduktion",
                                 "wirksam",
                                 "besser",
                                 "der patienten",
                                 "unserer patienten",
                                 // --- pt, it, fr, tr, pl, cs, ja
                                 "sucesso", "melhora", "melhoria", "melhoraram", "satisfeitos",
                                 "eficacia", "dos pacientes", "successo", "miglioramento",
                                 "migliorano", "soddisfatti", "efficacia", "dei pazienti", "succes",
                                 "amelioration", "satisfaits", "efficacite", "des patients",
                                 "reussite", "taux de reussite", "nos patients",
                                 "basari", "basari orani", "iyilesme", "memnun", "etkili",
                                 "hastalarin", "sukces", "skutecznosc", "poprawa", "poprawe",
                                 "zadowolonych", "pacjentow", "ucinnost", "zlepseni", "pacientu",
                                 "dor", "dolore", "douleur", "agri", "agrida", "bol", "ulga",
                                 "zmniejszyl", "zmniejszenie", "痛み",
                                 "改善", "満足", "有効", "成功", "効果", "軽減", "患者"};
  return kCues.In(s);
}

bool HasCitationCue(std::string_view s) {
  return ContainsAnyWord(
      s, WORD_LIST("study", "studies", "published", "journal", "research", "researchers", "trial",
                   "trials", "according to", "meta-analysis", "et al", "literature", "pubmed",
                   "university", "review", "estudio", "estudios", "investigacion", "publicado",
                   "publicada", "revista", "segun", "studie", "studien", "laut", "veroffentlicht",
                   "forschung",
                   // --- pt, it, fr, tr, pl, cs, ja
                   "estudo", "estudos", "pesquisa", "segundo", "studio", "studi", "secondo",
                   "ricerca", "etude", "etudes", "selon", "d'apres", "calisma", "calismalar",
                   "arastirma", "gore", "badanie", "badania", "wedlug", "podle", "研究", "論文",
                   "報告"));
}

// Non-outcome percentages near the number (DOMAIN.md §4 success_rate traps).
bool IsPercentTrap(ClaimScopeJudge& judge, size_t b, size_t e, double value) {
  const std::string_view s = judge.text();
  if (value <= 0 || value > 100) return true;  // "0% APR", "2000% more cells"
  if (b > 0) {
    const char p = s[b - 1];
    if ((p >= '0' && p <= '9') || p == '$' || p == '.' || p == ',') return true;
  }
  std::string_view near_before = WordsBefore(s, b, 4);
  std::string_view near_after = WordsAfter(s, e, 4);
  static const PhraseSet kMoney = {
      "off",          "discount",   "discounts", "descuento",    "rabatt",        "save",
      "saving",       "savings",    "ahorra",    "ahorre",       "ahorro",        "sparen",
      "apr",          "interest",   "intereses", "zinsen",       "financing",     "financiamiento",
      "finanzierung", "deposit",    "deposito",  "anticipo",     "anzahlung",     "down payment",
      "tax",          "iva",        "mwst",      "fee",          "fees",          "cost",
      "costs",        "price",      "precio",    "preis",        "viability",     "viable",
      "viabilidad",   "vitalitat",  "purity",    "pureza",       "concentration", "alive",
      "cells",        "celulas",    "zellen",    "natural",      "safe",          "organic",
      "own",          "autologous", "pure",      "guaranteed",   "covered",       "financed",
      "online",       "free",       "private",   "confidential", "customized",    "humidity",
      // --- pt, it, fr, tr, pl, ja
      "desconto", "juros", "sconto", "interessi", "remise", "interets", "indirim", "faiz",
      "kdv", "rabat", "odsetki", "vat", "tva", "割引", "オフ", "金利", "税"};
  if (ContainsAnyWord(near_before, kMoney) || ContainsAnyWord(near_after, kMoney)) return true;
  // Prevalence: "25% of adults have knee pain".
  const Span clause = judge.ClauseAt(b);
  std::string_view c = s.substr(clause.begin, clause.end - clause.begin);
  if (ContainsAnyWord(
          near_after,
          WORD_LIST("of adults", "of americans", "of people", "of the population", "of men",
                    "of women", "of seniors", "of those", "of us", "de los adultos",
                    "de la poblacion", "de las personas", "der erwachsenen", "der bevolkerung",
                    "der menschen", "of all", "of knee replacements",
                    // --- pt, it, fr, tr, pl
                    "da populacao", "della popolazione", "de la population", "nufusun",
                    "populacji", "das pessoas", "dos adultos", "delle persone", "degli adulti",
                    "des personnes", "des adultes", "kisilerin", "osob", "doroslych"))) {
    return true;
  }
  const bool prevalence_verb = ContainsAnyWord(
      c, WORD_LIST("suffer", "suffers", "affects", "affect", "affected", "prevalence", "develop",
                   "will develop", "have knee", "have arthritis", "have osteoarthritis", "padece",
                   "padecen", "sufre", "sufren", "leiden", "betroffen", "diagnosed", "over the age",
                   "mayores de",
                   // --- pt, it, fr, tr, pl, ja
                   "afeta", "afetam", "sofrem", "colpisce", "colpiscono", "soffrono", "touche",
                   "atteint", "souffrent", "etkiler", "dotyka", "cierpi", "罹患", "患者数"));
  const bool strong_outcome = ContainsAnyWord(
      c, WORD_LIST("improve", "improved", "improvement", "success", "satisfied", "reduction",
                   "relief", "less pain", "better", "mejoria", "mejoraron", "exito", "erfolg",
                   "verbesserung", "zufrieden", "reduccion", "results", "resultados"));
  // "in 85 percent of cases" is a success rate when results are the topic.
  if (ContainsAnyWord(near_after, WORD_LIST("of cases", "de los casos")) && !strong_outcome) {
    return true;
  }
  return prevalence_verb && !strong_outcome;
}

// True when byte `pos` sits inside a quotation in the sentence: scare quotes
// around claims the page warns about ('the injection is "FDA approved"'), or
// a quoted study title. Folding maps typographic quotes to '"'.
bool InsideInlineQuote(std::string_view s, size_t pos) {
  return std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(pos), '"') % 2 == 1;
}

// A quoted claim is the clinic's own only in its own voice: 'our therapy is
// "FDA approved"', a quoted slogan 'we get "95% success"'. Without it the
// quotes mark a mention, not a claim ('beware of "FDA approved" products').
// Rare, so the sentence's polarity is built only here.
bool QuotedMentionOnly(std::string_view s, size_t pos) {
  if (!InsideInlineQuote(s, pos)) return false;
  const SentencePolarity polarity(s);
  const MentionReader reader(s, polarity);
  return !reader.OwnVoiceIn(polarity.ClauseAt(pos));
}

struct RuleMatch {
  size_t begin = 0;
  size_t end = 0;
  re2::StringPiece groups[3];
};

// Every non-overlapping match of rule `i` in `s`, passed to `fn` until it
// returns true (found an affirmed claim).
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view s, Fn fn) {
  re2::StringPiece input(s.data(), s.size());
  const int n = std::min(re.NumberOfCapturingGroups() + 1, 3);
  RuleMatch m;
  size_t pos = 0;
  while (pos <= s.size() && re.Match(input, pos, s.size(), RE2::UNANCHORED, m.groups, n)) {
    m.begin = static_cast<size_t>(m.groups[0].data() - s.data());
    m.end = m.begin + m.groups[0].size();
    pos = m.end > m.begin ? m.end : m.begin + 1;
    if (fn(m)) return;
  }
}

ScopeOptions OptionsFor(Mode mode) {
  ScopeOptions o;
  o.hedges_count = mode == Mode::kHedged || mode == Mode::kLiveCells;
  o.check_inside = mode != Mode::kSelfNegating;
  return o;
}

bool Affirmed(ClaimScopeJudge& judge, size_t b, size_t e, Mode mode) {
  return judge.Judge(b, e, OptionsFor(mode)) == ClaimScope::kAffirmed;
}

// Words that tie a "live cells" phrase to the patient's own tissue, when
// affirmed ("sin necesidad de extraer médula ósea" does not count).
bool HasAutologousCue(ClaimScopeJudge& judge) {
  const std::string_view c = judge.text();
  static constexpr std::string_view kCues[] = {
      "your own",    "autologous",   "bone marrow", "marrow",      "adipose",    "fat",
      "own cells",   "autologas",    "propias",     "propio",      "medula",     "tejido adiposo",
      "korpereigen", "korpereigene", "eigenen",     "knochenmark", "fettgewebe", "bmac",
      // --- pt, it, fr, tr, pl, ja
      "autologo", "autologa", "medula ossea", "gordura", "autologhe", "midollo", "grasso",
      "autologue", "moelle", "graisse", "otolog", "kemik iligi", "yag dokusu", "autologiczne",
      "szpik", "tluszczowej", "自己", "自家", "脂肪", "骨髄"};
  ScopeOptions options;
  options.check_inside = false;
  for (std::string_view cue : kCues) {
    for (size_t pos = FindWord(c, cue); pos != std::string_view::npos;
         pos = FindWord(c, cue, pos + 1)) {
      if (judge.Judge(pos, pos + cue.size(), options) == ClaimScope::kAffirmed) {
        return true;
      }
    }
  }
  return false;
}

// An affirmed birth-tissue product named in [from, to) of the judge's text.
bool HasAffirmedBirthProduct(const RE2& birth, ClaimScopeJudge& judge, size_t from, size_t to) {
  bool found = false;
  ForEachMatch(birth, judge.text().substr(0, to), [&](const RuleMatch& m) {
    if (m.begin < from) return false;
    found = judge.Judge(m.begin, m.end, ScopeOptions()) == ClaimScope::kAffirmed;
    return found;
  });
  return found;
}

bool HasAffirmedBirthProduct(const RE2& birth, ClaimScopeJudge& judge) {
  return HasAffirmedBirthProduct(birth, judge, 0, judge.text().size());
}

bool LiveCellsClaim(const Compiled& c, ClaimScopeJudge& judge, const RuleMatch& m,
                    const SentenceContext& context) {
  const std::string_view s = judge.text();
  if (m.begin >= 4 && s.substr(m.begin - 4, 4) == "non-") return false;
  if (!Affirmed(judge, m.begin, m.end, Mode::kLiveCells)) return false;
  const Span clause = judge.ClauseAt(m.begin);
  if (HasAffirmedBirthProduct(c.Birth(), judge, clause.begin, clause.end)) return true;
  if (HasAutologousCue(judge)) return false;
  if (HasAffirmedBirthProduct(c.Birth(), judge)) return true;
  if (context.block.empty() && context.heading.empty()) return false;
  // The block and its heading name the product the sentence is about; a
  // question there ("Why umbilical cord cells?") names it too, so it is read
  // as a statement, not as a hypothetical.
  std::string topic(context.block);
  if (!context.heading.empty()) {
    topic += ". ";
    topic += context.heading;
  }
  for (size_t q = topic.find('?'); q != std::string::npos; q = topic.find('?', q + 1)) {
    topic[q] = '.';
  }
  for (size_t q = topic.find("\xC2\xBF"); q != std::string::npos; q = topic.find("\xC2\xBF", q)) {
    topic.replace(q, 2, "  ");
  }
  ClaimScopeJudge around(topic);
  return !HasAutologousCue(around) && HasAffirmedBirthProduct(c.Birth(), around);
}

bool HasMoneyCue(std::string_view s) {
  return Contains(s, "$") || Contains(s, "\xE2\x82\xAC") || Contains(s, "\xC2\xA3") ||
         ContainsAnyWord(
             s, WORD_LIST("usd", "eur", "dollars", "fee", "fees", "cost", "costs", "price", "pay",
                          "payment", "costo", "precio", "pago", "dolares", "kosten", "gebuhr",
                          // --- pt, it, fr, tr, pl, ja
                          "custo", "preco", "prezzo", "prix", "cout", "fiyat", "ucret", "koszt",
                          "cena", "費用", "料金", "円"));
}

void AddHit(SentenceClaims* out, ClaimHit hit) {
  for (ClaimHit& h : out->hits) {
    if (h.kind != hit.kind) continue;
    // One success_rate per sentence: the highest figure.
    if (hit.value && (!h.value || *hit.value > *h.value)) h = hit;
    return;
  }
  out->hits.push_back(hit);
}

void RunRule(const Compiled& c, size_t i, ClaimScopeJudge& judge, const SentenceContext& context,
             SentenceClaims* out) {
  const std::string_view s = judge.text();
  const Rule& rule = RuleAt(i);
  const RE2& re = c.Rule(i);
  switch (rule.mode) {
    case Mode::kDiseases:
      return;  // handled by FindDiseases
    case Mode::kPercent:
      ForEachMatch(re, s, [&](const RuleMatch& m) {
        const re2::StringPiece& high = m.groups[2].data() != nullptr ? m.groups[2] : m.groups[1];
        const double value = ParseNumber(std::string_view(high.data(), high.size()));
        if (IsPercentTrap(judge, m.begin, m.end, value)) return false;
        if (!HasOutcomeCue(s)) return false;
        const ClaimScope scope = judge.Judge(m.begin, m.end, ScopeOptions());
        if (scope == ClaimScope::kNegated || scope == ClaimScope::kOthers) return false;
        const bool cited = context.third_party || HasCitationCue(s);
        if (QuotedMentionOnly(s, m.begin) && !cited) return false;
        AddHit(out, {kSuccessRate, value, cited});
        return false;  // keep looking: the highest figure wins
      });
      return;
    case Mode::kRatio:
      ForEachMatch(re, s, [&](const RuleMatch& m) {
        const double a = ParseSmallNumber(std::string_view(m.groups[1].data(), m.groups[1].size()));
        const double b = ParseSmallNumber(std::string_view(m.groups[2].data(), m.groups[2].size()));
        if (b <= 0 || a > b || a <= 0) return false;
        if (!HasOutcomeCue(s.substr(m.end)) && !HasOutcomeCue(s.substr(0, m.begin))) return false;
        if (judge.Judge(m.begin, m.end, ScopeOptions()) != ClaimScope::kAffirmed) {
          return false;
        }
        const double value = static_cast<double>(static_cast<int>(a / b * 1000 + 0.5)) / 10;
        AddHit(out, {kSuccessRate, value, context.third_party || HasCitationCue(s)});
        return false;
      });
      return;
    default:
      break;
  }
  if (context.third_party) return;  // only quoted success figures count
  ForEachMatch(re, s, [&](const RuleMatch& m) {
    if (QuotedMentionOnly(s, m.begin)) return false;
    bool ok = false;
    switch (rule.mode) {
      case Mode::kLiveCells:
        ok = LiveCellsClaim(c, judge, m, context);
        break;
      case Mode::kNeedsMoney:
        ok = HasMoneyCue(s) && !IsTrap(rule.kind, judge, m.begin, m.end) &&
             Affirmed(judge, m.begin, m.end, Mode::kPlain);
        break;
      case Mode::kManyCount:
        ok = !IsTrap(rule.kind, judge, m.begin, m.end) &&
             Affirmed(judge, m.begin, m.end, Mode::kPlain) &&
             ContainsAnyWord(
                 s, WORD_LIST("treat", "treats", "treated", "treating", "treatable", "help",
                              "helps", "tratamos", "tratar", "trata", "tratan", "behandeln",
                              "behandelt", "address", "conditions treated",
                              // --- pt, it, fr, tr, pl, ja
                              "tratamento", "trattiamo", "trattare", "curiamo", "traitons",
                              "traiter", "soignons", "tedavi", "tedavisinde", "leczymy",
                              "leczenie", "治療"));
        break;
      default:
        ok =
            !IsTrap(rule.kind, judge, m.begin, m.end) && Affirmed(judge, m.begin, m.end, rule.mode);
        break;
    }
    if (ok) AddHit(out, {rule.kind, std::nullopt, false});
    return ok;
  });
}

}  // namespace

bool ClaimRulesCompiled() { return GetCompiled().AllCompile(); }

bool ClaimRulesMayMatch(std::string_view folded, bool added_languages) {
  const Compiled& c = GetCompiled();
  const re2::StringPiece text(folded.data(), folded.size());
  return c.set->Match(text, nullptr) || (added_languages && c.LanguageSet().Match(text, nullptr));
}

bool IsManyConditions(const std::vector<DiseaseMention>& diseases) {
  std::set<DiseaseClass> classes;
  std::set<std::string_view> names;
  for (const DiseaseMention& d : diseases) {
    classes.insert(d.disease_class);
    names.insert(d.name);
  }
  return classes.size() >= 2 || names.size() >= 5;
}

SentenceClaims MatchClaimSentence(std::string_view s, const SentenceContext& context) {
  SentenceClaims out;
  const Compiled& c = GetCompiled();
  std::vector<int> matched;
  const re2::StringPiece text(s.data(), s.size());
  c.set->Match(text, &matched);
  if (context.added_languages) {
    std::vector<int> more;
    if (c.LanguageSet().Match(text, &more)) {
      for (const int i : more) matched.push_back(i + static_cast<int>(kBaseRuleCount));
    }
  }
  if (matched.empty()) return out;
  std::sort(matched.begin(), matched.end());
  bool diseases = false;
  ClaimScopeJudge judge(s);  // one engine per sentence, built on first use
  for (int i : matched) {
    const size_t index = static_cast<size_t>(i);
    if (RuleAt(index).mode == Mode::kDiseases) diseases = true;
    RunRule(c, index, judge, context, &out);
  }
  if (diseases && !context.third_party) {
    for (const DiseaseMention& d : FindDiseases(s, context.added_languages)) {
      ScopeOptions options;
      options.hedges_count = true;
      options.check_inside = false;
      if (judge.Judge(d.begin, d.end, options) == ClaimScope::kAffirmed) {
        out.diseases.push_back(d);
      }
    }
    if (IsManyConditions(out.diseases)) AddHit(&out, {kTreatsMany, std::nullopt, false});
  }
  return out;
}

}  // namespace clinicrank
