#include "parsers/extract/claim_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "parsers/extract/claim_scope.h"
#include "parsers/text/phrase_set.h"
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
// Heuristic phrase rules, DOMAIN.md §4 phrasings (EN · ES · DE). Patterns see
// folded text: lower case, no accents, ASCII quotes and dashes.
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
    {kCure, Mode::kHedged, R"(\brevi(?:erte|erten|ertir|rtiendo) (?:\w+ ){0,3}(?:desgaste|artrosis|artritis|dano|degeneracion|envejecimiento)\b)"},
    {kCure, Mode::kHedged, R"(\bheil(?:t|en|ung) (?:\w+ ){0,3}arthrose\b|\barthrose (?:\w+ ){0,2}(?:heilen|geheilt|heilbar)\b)"},
    {kCure, Mode::kHedged, R"(\berneuer(?:t|n) (?:\w+ ){0,2}knorpel\w* (?:\w+ )?(?:komplett|vollstandig)\b|\bdauerhaft (?:\w+ ){0,2}geheilt\b)"},
    // --- guarantee (traps: price, appointment, financing approval…)
    {kGuarantee, Mode::kPlain, R"(\bguarantee(?:s|d)?\b|\bguaranteeing\b|\bmoney[- ]back\b|\b(?:your|a full) refund\b|\bmoney back\b)"},
    {kGuarantee, Mode::kPlain, R"(\bgarantiza(?:d[oa]s?|mos|n|r)?\b|\bgarantia\b)"},
    {kGuarantee, Mode::kPlain, R"(\b(?:erfolgs|geld-zuruck-)?garantie\b|\bgarantiert\w*\b)"},
    {kGuarantee, Mode::kPlain, R"(\bwe promise (?:\w+ ){0,3}(?:results|relief|improvement|you will)\b)"},
    // --- success_rate
    {kSuccessRate, Mode::kPercent, R"((\d{1,3}(?:[.,]\d{1,2})?)(?: ?%| ?percent| ?prozent)?(?: ?(?:-|to|a|y|and|bis|und|hasta) ?(\d{1,3}(?:[.,]\d{1,2})?))? ?(?:%|percent\b|per cent\b|por ciento\b|prozent\b))"},
    {kSuccessRate, Mode::kRatio, R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|zwei|drei|vier|funf|sechs|sieben|acht|neun) (?:of|out of|in|de cada|von) (\d{1,3}|ten|diez|zehn) (?:\w+ ){0,2}(?:patients|people|persons|pacientes|personas|patienten|menschen|clients|individuals)\b)"},
    // --- no_risk (the phrase carries its own negation)
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:no|zero|without(?: any)?|free (?:of|from)|virtually no|almost no|little (?:or |to )?no|minimal (?:or |to )?no|nil) (?:known |serious |major |significant |harmful |adverse |negative |real )?(?:\w+ (?:and|or|&) )?(?:side[- ]effects?|risks?|complications?|adverse (?:effects|reactions|events))\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:zero|no)[- ]risk\b|\brisk[- ]free\b|\bside[- ]effect[- ]free\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\b(?:100 ?%|100 percent|completely|totally|perfectly|absolutely|entirely|fully) (?:safe|risk[- ]free|harmless)\b)"},
    {kNoRisk, Mode::kSelfNegating, R"(\bno (?:\w+ ){0,2}(?:chance|possibility|risk|danger|fear) of (?:\w+ ){0,2}rejection\b|\b(?:no|zero|without) (?:immune )?rejection\b|\b(?:cannot|can't|can not|won't|will not) (?:\w+ )?be rejected\b)"},
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
    {kRegrowsCartilage, Mode::kHedged, R"(\bregener(?:a|an|ar|amos|acion) (?:\w+ ){0,3}(?:cartilago|menisco|articulacion)\b|\b(?:nuevo|nueva) cartilago\b|\bcartilago nuevo\b|\b(?:reconstru(?:ye|yen|ir)|repara(?:r|n)?|restaura(?:r|n)?) (?:\w+ ){0,3}cartilago\b)"},
    {kRegrowsCartilage, Mode::kHedged, R"(\bknorpel\w* (?:\w+ ){0,3}(?:neu )?(?:aufbauen|aufgebaut|aufbaut|regenerier\w*|nachwachsen|wachst nach|erneuer\w*)\b|\bknorpel(?:aufbau|regeneration|neubildung|wachstum)\b|\bneue[nrs]? knorpel\w*|\b(?:baut|bauen|regeneriert|regenerieren|erneuert) (?:\w+ ){0,3}knorpel\w*)"},
    // --- avoids_surgery ("non-surgical procedure" alone is not a claim)
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:alternatives?|option) (?:\w+ ){0,2}to (?:\w+ ){0,2}(?:surgery|surgeries|replacements?|arthroplasty|operations?|tkr|tka)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bavoid(?:s|ed|ing)? (?:\w+ ){0,4}(?:surgery|surgeries|replacements?|arthroplasty|operations?|the operating room|the knife)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|put off|defer|defers|deferring) (?:\w+ ){0,4}(?:surgery|replacements?|arthroplasty)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\b(?:no|without)(?: the)? (?:need (?:for|of) )?(?:any |invasive |major )*(?:surgery|surgeries|operations?|(?:knee|joint|hip)[- ]replacements?)\b)"},
    {kAvoidsSurgery, Mode::kSelfNegating, R"(\bno longer (?:\w+ ){0,2}need(?:s|ed)? (?:\w+ ){0,3}(?:surgery|replacements?)\b|\binstead of (?:\w+ ){0,2}(?:surgery|replacements?|an operation)\b|\bsurgery[- ]free\b|\bskip (?:\w+ ){0,2}(?:surgery|replacements?)\b)"},
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
    {kLiveCells, Mode::kLiveCells, R"(\bcelulas (?:madre )?(?:mesenquimales )?(?:vivas|viables|activas|jovenes)\b|\b(?:lebend|lebensfahig|vital|jung)\w* (?:[\w-]+ )?[\w-]*zellen\b)"},
    // --- insurance_coverage (traps: consultations or imaging only)
    {kInsurance, Mode::kPlain, R"(\b(?:covered|reimbursed|paid for) (?:\w+ ){0,2}by (?:\w+ ){0,2}(?:insurance|insurers|medicare|medicaid|health plans?|insurance plans?|your plan|tricare|insurance companies)\b|\binsurance[- ]covered\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:insurance|medicare|medicaid|insurers|health plans?|insurance (?:plans|companies|carriers|providers)) (?:\w+ ){0,4}(?:covers?|will cover|may cover|pays? for|reimburses?)\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:accept|accepts|take|takes|bill|bills|file with|work with) (?:\w+ ){0,2}(?:insurance|medicare|medicaid|insurers|your plan|your health plan|ppo)\b|\bmedicare (?:is )?(?:accepted|approved)\b|\bin[- ]network\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:hsa|fsa)(?: ?(?:/|and|or) ?(?:hsa|fsa))?[- ](?:eligible|approved|accepted)\b)"},
    {kInsurance, Mode::kPlain, R"(\bcubiert[oa]s? (?:\w+ ){0,2}por (?:\w+ ){0,2}(?:seguros?|aseguradoras?|imss|isapre|eps|mutua)\b|\b(?:aceptamos|trabajamos con) (?:\w+ ){0,2}(?:seguros?|aseguradoras)\b|\bseguro (?:\w+ ){0,2}(?:cubre|paga|reembolsa)\b)"},
    {kInsurance, Mode::kPlain, R"(\b(?:krankenkassen?|kassen?|krankenversicherung|versicherung|pkv|gkv|private kasse) (?:\w+ ){0,2}(?:ubernimmt|ubernehmen|erstattet|erstatten|zahlt|bezahlt)\b|\bkassenleistung\b)"},
    // --- clinically_proven
    {kClinicallyProven, Mode::kPlain, R"(\b(?:clinically|scientifically|medically) (?:proven|validated|tested and proven|demonstrated)\b|\bproven (?:to|safe|effective|results?|treatments?|therapy|therapies|technique|procedure|method|approach|alternative|solution|option|protocol|success|outcomes?|way|benefits?|relief)\b|\bevidence[- ]based\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:cientificamente|clinicamente|medicamente) (?:comprobad|probad|demostrad|avalad)[oa]s?\b|\b(?:eficacia|efectividad) (?:comprobada|probada|demostrada)\b)"},
    {kClinicallyProven, Mode::kPlain, R"(\b(?:klinisch|wissenschaftlich|medizinisch) (?:bewiesen|erwiesen|belegt|nachgewiesen|gepruft|bestatigt)\b|\bnachweislich (?:wirksam|erfolgreich)\b)"},
    // --- superior_to_standard (cost-only comparisons are traps)
    {kSuperior, Mode::kPlain, R"(\b(?:better|more effective|superior|more successful|longer[- ]lasting|more durable|outperform(?:s|ed|ing)?|beats?|as effective as|as good as|equal(?:ly effective)? to|more powerful) (?:\w+ ){0,4}(?:cortisone|steroids?|corticosteroids?|hyaluronic(?: acid)?|gel shots?|gel injections?|viscosupplement\w*|knee replacements?|joint replacements?|replacement surgery|surgery|surgical (?:options|treatment)|prp|physical therapy|traditional (?:treatments?|medicine|care|options)|conventional (?:treatments?|medicine|care|options|therapies)|standard (?:care|treatments?|of care)|arthroscop\w*|nsaids?|pain (?:medications?|meds|pills|killers)|painkillers|opioids?)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:mejor(?:es)?|mas efectiv[oa]s?|superior(?:es)?|mas eficaz|mas duraderos?) (?:\w+ ){0,3}(?:que|a) (?:\w+ ){0,2}(?:cirugia|cortisona|esteroides?|corticoides?|corticosteroides|acido hialuronico|protesis|reemplazo|tratamientos? (?:tradicional|convencional)\w*|infiltraciones)\b)"},
    {kSuperior, Mode::kPlain, R"(\b(?:besser|wirksamer|effektiver|uberlegen|nachhaltiger) (?:\w+ ){0,3}(?:als )?(?:\w+ ){0,2}(?:kortison|cortison|hyaluronsaure|operation|op|knie-?tep|prothese|steroide?|kortisonspritzen?)\b)"},
    // --- regulatory_registration (info; presented as if it were approval)
    {kRegistration, Mode::kPlain, R"(\bfda[- ]?(?:registered|regulated|registration|inspected|licensed)\b|\bregistered with (?:the )?(?:u\.?s\.? )?fda\b|\b361 (?:\w+ ){0,2}hct\/?ps?\b|\bhct\/ps? (?:\w+ ){0,2}(?:compliant|registered)\b|\bsection 361\b)"},
    {kRegistration, Mode::kPlain, R"(\baatb\b|\b(?:cofepris|invima|minsa|anvisa|paul[- ]ehrlich[- ]institut)\b|\bpei[- ](?:registered|registriert|zugelassen|genehmigung)\b|\bclinicaltrials\.gov\b)"},
    // --- patient_funded_trial
    {kFundedTrial, Mode::kPlain, R"(\bpatient[- ](?:funded|sponsored|paid) (?:\w+ )?(?:study|studies|trial|trials|research|registry)\b|\bself[- ](?:funded|pay|paid) (?:\w+ )?(?:study|trial|research|clinical)\b|\bpay(?:ing)? to (?:participate|join|enroll)\b|\b(?:study|trial|research|registry) (?:participation |enrollment )?fees?\b|\b(?:participation|enrollment|enrolment) fee\b)"},
    {kFundedTrial, Mode::kNeedsMoney, R"(\b(?:join|enroll in|enrol in|participate in|take part in|inscribase en|participe en) (?:[\w-]+ ){0,3}(?:study|trial|registry|research (?:program|protocol)|estudio|ensayo)\b)"},
    // --- cell_count (info: dose as a selling point)
    {kCellCount, Mode::kPlain, R"(\b\d+(?:[.,]\d+)?(?: ?(?:-|to|a|bis) ?\d+(?:[.,]\d+)?)? ?(?:million|millions|millones|millionen|mio\.?|billion|mil millones|mm|m)\b (?:of )?(?:\w+ ){0,3}(?:cells|mscs?|celulas|zellen|stammzellen)\b)"},
    // --- disease vocabulary (prefilter; pattern filled in at compile time)
    {kTreatsMany, Mode::kDiseases, nullptr},
};
// clang-format on

constexpr size_t kRuleCount = sizeof(kRules) / sizeof(kRules[0]);

// The rule set is compiled up front (every sentence meets it); each rule's
// own regex, which only finds positions, is compiled on its first use, so a
// run pays only for the rules its pages trigger.
class Compiled {
 public:
  Compiled() : options_(MakeOptions()) {
    set = std::make_unique<RE2::Set>(options_, RE2::UNANCHORED);
    for (size_t i = 0; i < kRuleCount; ++i) {
      if (set->Add(PatternOf(i), nullptr) < 0) ok = false;
    }
    if (!set->Compile()) ok = false;
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
          R"(\b(?:amniotic|amnion\w*|amnio|placenta\w*|placental|umbilical|cord tissue|cord blood|cord[- ]derived|cord[- ]based|cord stem cells?|(?:uc|wj|huc)[- ]?mscs?|wharton'?s?|exosom\w*|perinatal|birth[- ]tissue|donated (?:cords?|tissue|birth)|secretome|cordon umbilical|liquido amniotico|membrana amniotica|gelatina de wharton|placentari\w*|nabelschnur\w*|fruchtwasser\w*|plazenta\w*))",
          options_);
    });
    return *birth_;
  }
  // True when every pattern compiles (compiles them all).
  bool AllCompile() const {
    bool all = ok && Birth().ok();
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
    return kRules[i].pattern != nullptr ? kRules[i].pattern : DiseasePrefilterPattern();
  }

  const RE2::Options options_;
  mutable std::once_flag rule_once_[kRuleCount];
  mutable std::unique_ptr<RE2> rules_[kRuleCount];
  mutable std::once_flag birth_once_;
  mutable std::unique_ptr<RE2> birth_;
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
      {"sechs", 6}, {"sieben", 7}, {"acht", 8},  {"neun", 9}, {"zehn", 10}};
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
                                      "cartilage transplant", "cartilage transplantation"));
}

bool IsTrap(std::string_view kind, ClaimScopeJudge& judge, size_t b, size_t e) {
  const std::string_view s = judge.text();
  if (kind == kFdaApproved) {
    // Real approvals pages mention (DOMAIN.md §2): cord-blood HPCs, Ryoncil,
    // MACI; devices are cleared, not approved treatments.
    if (ContainsAnyWord(
            s, WORD_LIST("cord blood", "ryoncil", "maci", "gvhd", "graft-versus-host",
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
                                     "hope", "hopes", "buscando", "busca", "suche", "hoffnung"));
  }
  if (kind == kGuarantee) {
    return ContainsAnyWord(
        s, WORD_LIST("price", "prices", "pricing", "lowest", "price match", "appointment",
                     "appointments", "scheduling", "privacy", "confidential", "confidentiality",
                     "availability", "financing", "credit", "loan", "approval", "quality",
                     "sterility", "cancel", "cancellation", "deposit", "reschedule", "parking",
                     "response", "precio", "precios", "cita", "citas", "privacidad", "calidad",
                     "financiamiento", "credito", "preis", "preise", "termin", "termine",
                     "datenschutz", "qualitat", "ratenzahlung", "best-price", "rate lock"));
  }
  if (kind == kNoRisk) {
    return ContainsAnyWord(s, WORD_LIST("consultation", "consultations", "consult", "evaluation",
                                        "screening", "obligation", "consulta", "valoracion",
                                        "beratung", "general anesthesia", "downtime")) &&
           !ContainsAnyWord(s, WORD_LIST("side effects", "side effect", "rejection", "efectos"));
  }
  if (kind == kRegrowsCartilage) return IsSurgicalContext(s);
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
                            "surgery", "fisioterapia", "physiotherapie", "plasma"));
  }
  if (kind == kSuperior) {
    std::string_view m = s.substr(b, e - b);
    if (ContainsAnyWord(
            m, WORD_LIST("before", "after", "value", "deal", "price", "cost", "costs", "cheaper",
                         "affordable", "precio", "costo", "preis", "kosten"))) {
      return true;
    }
    // An efficacy comparison needs its comparator word.
    return !ContainsAnyWord(
        m, WORD_LIST("than", "to", "as", "outperform", "outperforms", "outperformed",
                     "outperforming", "beat", "beats", "que", "a", "als", "uberlegen"));
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
                  "orthopadische", "gelenk", "gelenke"));
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
                                 "back to",
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
                                 "unserer patienten"};
  return kCues.In(s);
}

bool HasCitationCue(std::string_view s) {
  return ContainsAnyWord(
      s, WORD_LIST("study", "studies", "published", "journal", "research", "researchers", "trial",
                   "trials", "according to", "meta-analysis", "et al", "literature", "pubmed",
                   "university", "review", "estudio", "estudios", "investigacion", "publicado",
                   "publicada", "revista", "segun", "studie", "studien", "laut", "veroffentlicht",
                   "forschung"));
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
      "online",       "free",       "private",   "confidential", "customized",    "humidity"};
  if (ContainsAnyWord(near_before, kMoney) || ContainsAnyWord(near_after, kMoney)) return true;
  // Prevalence: "25% of adults have knee pain".
  const Span clause = judge.ClauseAt(b);
  std::string_view c = s.substr(clause.begin, clause.end - clause.begin);
  if (ContainsAnyWord(
          near_after,
          WORD_LIST("of adults", "of americans", "of people", "of the population", "of men",
                    "of women", "of seniors", "of those", "of us", "de los adultos",
                    "de la poblacion", "de las personas", "der erwachsenen", "der bevolkerung",
                    "der menschen", "of all", "of knee replacements", "of cases"))) {
    return true;
  }
  const bool prevalence_verb = ContainsAnyWord(
      c, WORD_LIST("suffer", "suffers", "affects", "affect", "affected", "prevalence", "develop",
                   "will develop", "have knee", "have arthritis", "have osteoarthritis", "padece",
                   "padecen", "sufre", "sufren", "leiden", "betroffen", "diagnosed", "over the age",
                   "mayores de"));
  const bool strong_outcome = ContainsAnyWord(
      c, WORD_LIST("improve", "improved", "improvement", "success", "satisfied", "reduction",
                   "relief", "less pain", "better", "mejoria", "mejoraron", "exito", "erfolg",
                   "verbesserung", "zufrieden", "reduccion"));
  return prevalence_verb && !strong_outcome;
}

// True when byte `pos` sits inside a quotation in the sentence: scare quotes
// around claims the page warns about ('the injection is "FDA approved"'), or
// a quoted study title. Folding maps typographic quotes to '"'.
bool InsideInlineQuote(std::string_view s, size_t pos) {
  return std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(pos), '"') % 2 == 1;
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
      "korpereigen", "korpereigene", "eigenen",     "knochenmark", "fettgewebe", "bmac"};
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
                          "payment", "costo", "precio", "pago", "dolares", "kosten", "gebuhr"));
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
  const Rule& rule = kRules[i];
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
        if (InsideInlineQuote(s, m.begin) && !cited) return false;
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
    if (InsideInlineQuote(s, m.begin)) return false;
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
                              "behandelt", "address", "conditions treated"));
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

bool ClaimRulesMayMatch(std::string_view folded) {
  return GetCompiled().set->Match(re2::StringPiece(folded.data(), folded.size()), nullptr);
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
  if (!c.set->Match(re2::StringPiece(s.data(), s.size()), &matched)) return out;
  std::sort(matched.begin(), matched.end());
  bool diseases = false;
  ClaimScopeJudge judge(s);  // one engine per sentence, built on first use
  for (int i : matched) {
    const size_t index = static_cast<size_t>(i);
    if (kRules[index].mode == Mode::kDiseases) diseases = true;
    RunRule(c, index, judge, context, &out);
  }
  if (diseases && !context.third_party) {
    for (const DiseaseMention& d : FindDiseases(s)) {
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
