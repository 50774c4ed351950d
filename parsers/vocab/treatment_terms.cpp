// Treatment vocabulary tables (parsers/vocab/treatment_terms.h). Heuristic: the
// words come from DOMAIN.md §5 plus the ways clinic sites commonly phrase
// them. Patterns are written over folded text; in a pattern a space stands
// for "one or more spaces or hyphens" and '_' for "an optional space or
// hyphen", so "ultrasound guided" also matches "ultrasound-guided".
#include "parsers/vocab/treatment_terms.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

struct Entry {
  const char* pattern;
  TermKind kind;
  const char* value;
  uint8_t flags;
};

using K = TermKind;

// Order matters only when one span fully matches two patterns: the first
// wins. Traps come first.
constexpr Entry kEntries[] = {
    // --- Traps: phrases that contain a term but are not that fact.
    {"diagnostic (ultrasound|sonograph\\w*|mri|imaging)( (exam\\w*|scan\\w*|evaluation|assessment|study))?", K::kTrap, "", kNoFlag},
    {"(ultrasound|sonograph\\w*) (exam\\w*|scan\\w*|evaluation|assessment|diagnos\\w*|report|findings|screening)", K::kTrap, "", kNoFlag},
    {"therapeutic ultrasound|ultrasound (therapy|treatment|physiotherapy)|ultrasound assisted \\w+", K::kTrap, "", kNoFlag},
    {"ultrasonic\\w*( cavitation| processing| device)?", K::kTrap, "", kNoFlag},
    {"(ecografia|ultrasonido) (diagnostic\\w*|de diagnostico)|terapia (de|con) ultrasonido\\w*", K::kTrap, "", kNoFlag},
    {"ultraschall(untersuchung|diagnostik|therapie)\\w*", K::kTrap, "", kNoFlag},
    {"bone marrow (edema|oedema|lesion\\w*|transplant\\w*|biopsy|cancer\\w*|disease\\w*)", K::kTrap, "", kNoFlag},
    {"(spinal|vocal) cords?|medula espinal|ruckenmark\\w*", K::kTrap, "", kNoFlag},
    {"donor sites?|(organ|blood|egg|sperm) donors?|sitio donante|zona donante", K::kTrap, "", kNoFlag},
    {"(infrapatellar |hoffa'?s )?fat pads?|body fat|low fat|fat loss|grasa corporal|korperfett", K::kTrap, "", kNoFlag},
    {"(x_rays?|rayos x|rontgen(bild\\w*|aufnahme\\w*)?)", K::kTrap, "", kNoFlag},
    {"(double|single|triple) blind\\w*|blinded|blind (stud\\w*|trials?)|landmark (stud\\w*|trials?|paper|research|decision|case)", K::kTrap, "", kNoFlag},
    {"a medida que", K::kTrap, "", kNoFlag},
    // Fat as body composition, not a harvest: "visceral adiposity".
    {"(visceral|abdominal|central) (adipos\\w*|fat)|adiposity|adiposidad|adipositas", K::kTrap, "", kNoFlag},
    // Tissues cells turn into, not tissues they come from: "differentiate
    // into bone, cartilage, muscle and fat".
    {"(into|como|such as|like|wie|including) (bone|hueso|knochen|cartilage|cartilago|knorpel|muscle|musculo|muskel)[^.;:]{0,90}(fat|adipos\\w*|grasa\\w*|fett\\w*)( cells?| tissue)?", K::kTrap, "", kNoFlag},
    // People who give, not products: "mothers sign up to be donors".
    {"(sign|signed|signing) up (to be|as) (a )?donors?|(to|can|may) become (a )?donors?|(living|registered|potential|willing) donors?", K::kTrap, "", kNoFlag},

    // --- Ultrasound guidance (yes).
    {"(ultrasound|sonograph\\w*|sonographic(ally)?) (guid\\w*|controlled|directed)", K::kUltrasoundGuided, "", kNoFlag},
    {"us-guided|sonographically guided", K::kUltrasoundGuided, "", kNoFlag},
    {"guided (by|with|under|using) (real time |live |direct |continuous )?(musculoskeletal |msk )?(ultrasound|sonograph\\w*)", K::kUltrasoundGuided, "", kNoFlag},
    {"under (the )?(real time |live |direct |continuous |dynamic |high resolution )?(musculoskeletal |msk )?(ultrasound|sonograph\\w*)( (guidance|visuali[sz]ation|control|imaging|vision))?", K::kUltrasoundGuided, "", kNoFlag},
    {"(real time|live|dynamic) (musculoskeletal |msk )?ultrasound( (guidance|imaging|visuali[sz]ation))?", K::kUltrasoundGuided, "", kNoFlag},
    {"(musculoskeletal|msk) ultrasound guid\\w*", K::kUltrasoundGuided, "", kNoFlag},
    {"image guided (using|with|by|under) (real time |live )?ultrasound", K::kUltrasoundGuided, "", kNoFlag},
    {"eco_?guiad\\w*|ecodirigid\\w*", K::kUltrasoundGuided, "", kNoFlag},
    {"guiad[oa]s? (por|con|mediante|bajo) (ecografia|ultrasonido\\w*|ecografo|ultrasonografia|ecografica)", K::kUltrasoundGuided, "", kNoFlag},
    {"guiad[oa]s? ecograficamente|guia (ecografica|ultrasonografica|por ecografia|por ultrasonido|de ultrasonido)", K::kUltrasoundGuided, "", kNoFlag},
    {"bajo (control|guia|vision|visualizacion) (ecografic[oa]|ultrasonografic[oa]|por ecografia|por ultrasonido|de ultrasonido)", K::kUltrasoundGuided, "", kNoFlag},
    {"bajo (ecografia|ultrasonido)|control ecografico", K::kUltrasoundGuided, "", kNoFlag},
    {"ultraschall_?(gesteuert|gefuhrt|kontrolliert|gezielt)\\w*", K::kUltrasoundGuided, "", kNoFlag},
    {"unter (ultraschall|sonographie|sonografie)\\w*|ultraschallkontrolle|ultraschallsicht", K::kUltrasoundGuided, "", kNoFlag},
    {"(sonographisch|sonografisch) (gesteuert|gefuhrt|kontrolliert)\\w*", K::kUltrasoundGuided, "", kNoFlag},
    // Weak: guidance only when the sentence is about an injection.
    {"(with|using|via|through|by) (the help of )?(an? )?(real time |live |high resolution )?(musculoskeletal |msk )?(ultrasound|sonograph\\w*)( (imaging|guidance|machine|probe))?", K::kUltrasoundWeak, "", kNeedsInjection},
    {"(ultrasound|sonograph\\w*) (imaging )?(is used )?(to|that) (guide|guides|see|visuali[sz]e|watch|confirm|place|target|direct|position|track|follow)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"(con|mediante|por) (la ayuda de )?(ecografia|ultrasonido|ecografo|ultrasonografia)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"(mit|per|mittels) (hilfe (des|von) )?(ultraschall|sonographie|sonografie)\\w*", K::kUltrasoundWeak, "", kNeedsInjection},
    {"(use|uses|used|rely on|relies on|usamos|utilizamos|empleamos|verwenden|nutzen) (real time |live |high resolution )?(musculoskeletal |msk )?(ultrasound|sonography|ecografia|ultrasonido|ultraschall)( (imaging|guidance))?", K::kUltrasoundWeak, "", kNeedsInjection},
    // Bare mentions: meaningful only when negated ("we don't use ultrasound").
    {"ultrasound\\w*|sonograph\\w*|sonografi\\w*|ecografi\\w*|ecografo|ultrasonido\\w*|ultrasonograf\\w*|ultraschall\\w*", K::kUltrasoundBare, "", kNoFlag},

    // --- Other guidance.
    {"fluoroscop\\w*|c arm|radioscop\\w*|durchleuchtung\\w*|bildwandler\\w*", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"(live|real time|continuous) x_ray\\w*( (guidance|imaging|control))?", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"x_ray (guid\\w*|controlled)|(guided by|under|using) (live )?x_rays?( guidance)?", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"rayos x en tiempo real|(guiad[oa]s? por|bajo|con control de) rayos x", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"rontgen_?(gesteuert|kontrolle|kontrolliert|durchleuchtung)\\w*|unter rontgen\\w*", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"(mri|mr) (guid\\w*|controlled)|(guided by|under) (an )?mri( guidance)?|mrt_?gesteuert\\w*|guiad[oa]s? por (resonancia|rm|irm)\\w*", K::kOtherGuidance, "mri", kNoFlag},
    {"(ct|cat scan) (guid\\w*|controlled)|(guided by|under) (a )?ct( guidance)?|ct_?gesteuert\\w*|guiad[oa]s? por (tomografia|tac|tc)\\w*", K::kOtherGuidance, "ct", kNoFlag},

    // --- Imaging of unknown modality, and blind injection.
    {"image guided|image guidance|imaging guid\\w*|imaging|bildgebung\\w*|bildgesteuert\\w*|bildgebende\\w*( kontrolle)?|guiad[oa]s? por imagen|guia (por|de) imagen\\w*", K::kImaging, "", kNoFlag},
    {"blind\\w*|(anatomical|anatomic|surface|bony) landmarks?|landmark\\w*|by (feel|touch|palpation)|palpation guided|a ciegas|referencias anatomicas|puntos de referencia( anatomicos)?|palpacion|anatomische(n)? (landmarken|orientierungspunkte)", K::kBlind, "", kNoFlag},

    // --- Cell sources (DOMAIN.md §5).
    {"bone marrow( (aspirate|concentrate|derived|stem cells?|cells?|aspiration|msc\\w*))*|marrow\\w*", K::kCellSource, "bone_marrow", kNoFlag},
    {"bmac|bmc|bma|cbma|bm_msc\\w*|bmsc\\w*|bmmsc\\w*|(posterior )?iliac crest|(posterior )?superior iliac|medula osea|aspirado medular|cresta iliaca|knochenmark\\w*|beckenkamm\\w*", K::kCellSource, "bone_marrow", kNoFlag},
    {"adipos\\w*|svf|stromal vascular fraction|fraccion vascular estromal|fraccion estromal vascular", K::kCellSource, "adipose", kNoFlag},
    {"fat (derived|tissue|stem cells?|grafts?|grafting|harvest\\w*|sample|transfer|injection\\w*)|(own|abdominal|belly|harvested|processed|autologous) fat|fat from (your|the) \\w+", K::kCellSource, "adipose", kNoFlag},
    // Fat as what is harvested: "we harvest a small amount of fat", "fat is
    // taken from your belly" has its own row above.
    {"(harvest\\w*|extract\\w*|collect\\w*|remov\\w*|draw\\w*|tak(e|es|en|ing)) (a |an |the |your |their |either |some |small |little |tiny |amount |quantity |of |own |patient'?s )*fat", K::kCellSource, "adipose", kNoFlag},
    {"(micro_?fragmented|microfragmented|nano|micro) (fat|adipose\\w*)|mfat|nanofat|microfat|lipogems|lipoaspirat\\w*|lipoaspiracion\\w*|lipoaspiration|mini liposuction|micro liposuction|microliposuction|small liposuction|liposuccion (menor|pequena)|mini liposuccion|minilipo\\w*", K::kCellSource, "adipose", kNoFlag},
    {"adsc\\w*|ad_msc\\w*|admsc\\w*|asc\\w* (derived|from fat)|tejido graso|grasa\\w*|celulas (madre )?de grasa|eigenfett\\w*|\\w*fettgewebe\\w*|nanofett\\w*|mikrofett\\w*|fettstammzell\\w*|fettzell\\w*|fettentnahme\\w*|fettgewebs\\w*|fett_?abgeleitet\\w*", K::kCellSource, "adipose", kNoFlag},
    {"peripheral blood stem cells?|pbsc\\w*|pb_msc\\w*|blood_?derived (stem|progenitor) cells?|celulas madre de sangre periferica|blutstammzell\\w*", K::kCellSource, "peripheral_blood", kNoFlag},
    {"peripheral blood|sangre periferica|periphere(n|m)? blut\\w*", K::kCellSource, "peripheral_blood", kNeedsStem},
    // "the amniotic sac of donated placentas" is amniotic tissue only.
    {"amnio\\w*( (sac|membranes?|fluid|tissue|grafts?|allografts?))?( (grafts?|allografts?|products?|injections?))?( (is|are|was|were|being|processed|collected|harvested|obtained|recovered|derived|taken|prepared|sourced|made|removed|separated|isolated|peeled|carefully|and))* (of|from) (the )?(donated |donor |screened |healthy )?placent\\w*( tissues?)?", K::kCellSource, "amniotic", kNoFlag},
    {"amnio\\w*|chorion\\w*|fruchtwasser\\w*|fruchtblase\\w*", K::kCellSource, "amniotic", kNoFlag},
    {"wharton'?s? jelly|wharton_?sulze|whartonsche sulze|gelatina de wharton|wj_msc\\w*|wjmsc\\w*|wj (derived|mscs?)", K::kCellSource, "wharton_jelly", kNoFlag},
    {"cordon umbilical|cordones umbilicales|sangre (de|del) cordon( umbilical)?|umbilical\\w*|nabelschnur\\w*|uc_msc\\w*|ucmsc\\w*|huc_msc\\w*|hucmsc\\w*|cord (tissue|blood|cells?|products?|derived|msc\\w*|stem cells?|booster\\w*|allograft\\w*)|perinatal\\w*|birth tissues?", K::kCellSource, "umbilical_cord", kNoFlag},
    {"placent\\w*|plazent\\w*", K::kCellSource, "placental", kNoFlag},
    // Exosomes as what another product holds or releases ("Wharton's jelly,
    // rich in exosomes", "cord cells release exosomes"): a product only when
    // nothing else is named (kind 4).
    {"(rich in|releas\\w*|secret(e|es|ed|ing)|produc(e|es|ed|ing)|naturally contains?|also contains?|liberan?|liberando|secretan?|producen?|ric[oa]s? en|setzen \\w+ frei) (\\w+ ){0,2}(exosom\\w*|extracellular vesicles?|vesiculas extracelulares|extrazellulare vesikel)", K::kCellSource, "exosomes", kWeakSource},
    {"exosom\\w*|extracellular vesicles?|secretome\\w*|secretoma|sekretom\\w*|conditioned (media|medium)|vesiculas extracelulares|extrazellulare vesikel", K::kCellSource, "exosomes", kNoFlag},
    {"allogen\\w*|allograft\\w*|alogenic\\w*|alogenas|alogenos|aloinjerto\\w*|donor( derived)?|donors|donante\\w*|off the shelf|spender\\w*|fremdgewebe\\w*|fremdzell\\w*|fremdspende\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"culture expanded|expanded in (a |the |our )?(culture|lab\\w*)|culture_?expanded|expandid[ao]s en (el )?laboratorio|in kultur vermehrt\\w*", K::kCellSource, "donor_unspecified", kWeakSource},

    // --- Origin cues.
    {"autolog\\w*|korpereigen\\w*|eigenzell\\w*", K::kAutologousStrong, "", kNoFlag},
    // Weak cues name no tissue, so that "your own bone marrow" still yields
    // the source term.
    {"(the )?body'?s own( (healing|cells|tissue|resources|components|material))?|(your|their|his or her|the patient'?s|a patient'?s|patient'?s) own( body'?s)? (stem cells?|cells|tissue|body)|own (stem cells|cells|tissue)|(sus|tus) propias celulas|(su|tu) propio (cuerpo|organismo)|del propio paciente|del mismo paciente|propias celulas|(ihre|ihren|ihrem|ihrer|eigene|eigenen|eigenem) (eigene\\w* )?(zellen|stammzellen|gewebe|korper)", K::kAutologousWeak, "", kNoFlag},

    // --- Personalized plan.
    {"personali[sz]ed|customi[sz]ed|individuali[sz]ed|tailored|tailor made|tailor|tailors|bespoke|patient specific|custom|custom made|made to measure", K::kTailor, "", kNoFlag},
    {"personali[sz]e|customi[sz]e|individuali[sz]e|specific to (you|your|each|every|the individual)|(designed|built|created|written|planned) (around|for) (you|your (knee|needs|goals|case)|each patient|every patient|the individual)", K::kTailor, "", kNoFlag},
    {"personalizad\\w*|individualizad\\w*|personalizamos|individualizamos|a (la )?medida|adaptad[oa]s? a (cada|su|sus|tu|tus|las necesidades)|disenad[oa]s? (para|a) (usted|cada paciente|su caso)", K::kTailor, "", kNoFlag},
    {"individuell\\w*|massgeschneidert\\w*|personalisiert\\w*|(zugeschnitten|abgestimmt) auf|auf sie (zugeschnitten|abgestimmt)", K::kTailor, "", kNoFlag},
    {"(treatment|care|therapy|injection|rehab\\w*) plans?|plans?|planning|protocols?|treatments?|therap(y|ies)|programs?|programmes?|regimens?|doses?|dosing|dosages?", K::kPlanNoun, "", kNoFlag},
    {"plan(es)? de tratamiento|plan(es)?|protocolos?|tratamientos?|terapias?|programas?|dosis|dosificacion|pautas?|esquemas?", K::kPlanNoun, "", kNoFlag},
    {"(therapie|behandlung|dosis|dosierung|protokoll|konzept|plan)\\w*", K::kPlanNoun, "", kNoFlag},
    {"quotes?|price\\w*|cost\\w*|estimates?|coordinators?|concierge|attention|service|experience|support|assistant|presupuesto\\w*|cotizacion\\w*|coordinador\\w*|atencion|angebot\\w*|kostenvoranschlag\\w*|betreuung|ansprechpartner\\w*", K::kPlanBlocker, "", kNoFlag},
    {"one size fits all|talla unica para todos|einheitsbehandlung\\w*|schema f", K::kOneSizeFitsAll, "", kNoFlag},
    {"(the same|one standard|a standard|the standard|a single|one single|a uniform|an identical|the identical|a fixed|one fixed|a standardi[sz]ed|the standardi[sz]ed)( standard| proven)? (protocol|dose|treatment|plan|regimen|injection schedule|dose and schedule) (for|to) (every|all|each|any)( (patient|patients|knee|knees|case|cases))?", K::kStandardPlan, "", kNoFlag},
    {"(every|each|all) patients? (receives?|gets?|follows?) (the )?(same|identical|one|a single|a standard)", K::kStandardPlan, "", kNoFlag},
    {"(one|a single) standard protocol|standard protocol for", K::kStandardPlan, "", kNoFlag},
    {"(el|un) mismo (protocolo|tratamiento|plan|esquema|dosis) (para|a) (todos|todas|cada)|protocolo (unico|estandar) para (todos|cada)|todos los pacientes reciben (el mismo|la misma)", K::kStandardPlan, "", kNoFlag},
    {"(das gleiche|dasselbe|die gleiche|dieselbe|ein einheitliches|einheitliche\\w*) (protokoll|behandlung|therapie|dosis|schema)\\w*( fur alle)?|standardprotokoll\\w* fur alle", K::kStandardPlan, "", kNoFlag},
    {"alle patient\\w* (erhalten|bekommen) (das gleiche|dasselbe|die gleiche|dieselbe|ein einheitliches)", K::kStandardPlan, "", kNoFlag},
};

// Context traps (issue 12, kind 4): phrases in which a source or origin word
// means something else. They matter only where such a word was found, so
// they run as a second, smaller pass over those sentences alone (most of a
// page pays nothing for them): a source or origin hit inside a trap's span is
// dropped; a trap that names another topic for the sentence drops them all.
struct ContextTrap {
  const char* pattern;
  bool other_topic;  // the whole sentence is about something else
};

constexpr ContextTrap kContextTraps[] = {
    // Surgery with donor tendon, ligament, meniscus or bone, not donor cells
    // (issue 12, kind 4): "ACL allograft reconstruction", "a tendon
    // allograft", "reconstruction of the ligament with an allograft".
    {"(acl|pcl|mcl|cruciate|ligament\\w*|tendon\\w*|menisc\\w*|osteochondral|bone|cartilage|hamstring|patellar) (\\w+ ){0,2}allograft\\w*( (reconstruction|transplant\\w*|tendons?|ligaments?))?", false},
    {"allograft\\w* (tendons?|ligaments?|reconstruction|transplant\\w*|bone|menisc\\w*|osteochondral\\w*)", false},
    {"(reconstruct\\w*|ligament\\w*|tendon\\w*|menisc\\w*) ([\\w,]+ ){0,6}allograft\\w*|allograft\\w* ([\\w,]+ ){0,4}(tendon\\w*|ligament\\w*|reconstruct\\w*|hamstring|menisc\\w*)", false},
    {"(reconstruccion|ligamento\\w*|tendon\\w*|menisco\\w*) ([\\w,]+ ){0,6}aloinjerto\\w*|aloinjerto\\w* (de )?(tendon\\w*|hueso|menisco\\w*|ligamento\\w*|osteocondral\\w*)", false},
    // Rhetoric about the body's own healing, not a harvest (kind 4): "PRP
    // signals your own cells to repair", "harnesses the body's own healing
    // power", "estimula tus propias celulas".
    {"(signal\\w*|prompt\\w*|stimulat\\w*|trigger\\w*|activat\\w*|recruit\\w*|harness\\w*|mobili[sz]\\w*|encourag\\w*|awaken\\w*|boost\\w*|jump_?start\\w*|kick_?start\\w*|enhanc\\w*|amplif\\w*|unlock\\w*|tap\\w* into|call\\w* on|wak\\w* up) (\\w+ ){0,2}(your|the|a|their|the patient'?s|a patient'?s)( body'?s)? own( \\w+)? (stem cells|cells?|tissues?|healing|repair\\w*|regenerat\\w*)", false},
    {"(the |your |a patient'?s |the patient'?s )?body'?s own (natural )?(healing|repair|regenerat\\w*|restorative|recovery|growth|anti_?inflammatory)\\w* (process\\w*|response\\w*|power\\w*|abilit\\w*|capacit\\w*|mechanism\\w*|system\\w*|potential|signals?|cascade\\w*)", false},
    {"(estimul|activ|promuev|promov|desencaden|potenci|aprovech|despiert|impuls|moviliz|reclut)\\w* (\\w+ ){0,2}(tus|sus|las|los|la|el|su|tu) propi[oa]s? (\\w+ )?(celulas|tejidos?|mecanismos?|capacidad\\w*|cuerpo|organismo)|(mecanismos?|capacidad\\w*|procesos?|respuesta) (\\w+ ){0,3}del propio (cuerpo|organismo)", false},
    // Transplants for blood diseases, not a knee treatment: "allogeneic and
    // autologous stem cell transplants for leukemia".
    {"((stem cell|hematopoietic|haematopoietic|cord blood|bone marrow) )?transplant\\w* (\\w+ ){0,3}(for|in|to treat|against) (\\w+ ){0,4}(leuk\\w*|lymphoma\\w*|myeloma|sickle|cancers?|blood (disorders?|conditions?|diseases?))|(hematopoietic|haematopoietic|cord blood) transplant\\w*", true},
    // Blood products and the body as a place, not a harvest: "the body's
    // own blood" (PRP), "cells in your own body".
    {"(the |your |their |a patient'?s |the patient'?s )?(body'?s|bodies'?) own (blood|platelets|plasma)|(your|their|his or her|the patient'?s|a patient'?s) own (blood|platelets|plasma)|in (your|their|the patient'?s|a patient'?s|the) own body", false},
    // Autologous products that are not stem-cell sources (kind 4): cultured
    // cartilage cells (ACI, MACI), blood, serum and platelet products.
    {"autolog\\w* (chondrocyte\\w*|cartilage cells?|conditioned (serum|plasma)|serum|blood|whole blood|prp|platelet\\w*( rich plasma)?|plasma|protein solution|tendon\\w*|tenocyte\\w*|bone grafts?|acs|aps|chondrozyt\\w*|blut\\w*|knorpelzell\\w*|condrocitos|plasma|sangre|suero|plaquetas)|(condrocitos|plasma|sangre|suero|prp|plaquetas) (\\w+ )?autolog\\w*|chondrocyte implantation", false},
    // Cosmetic exosome products on a clinic's menu, not the knee treatment:
    // "HydraFacial with exosome booster", "exosome hair restoration".
    {"(hydrafacial|facials?|hair|scalp|skin|microneedling|aesthetic\\w*|cosmetic\\w*|dermal|faciales?|capilar\\w*|piel|haar\\w*|haut\\w*) (\\w+ ){0,3}exosom\\w*|exosom\\w* (\\w+ ){0,2}(facials?|hair|scalp|skin|serums?|microneedling|aesthetic\\w*|cosmetic\\w*|facial(es)?|capilar\\w*|piel|haar\\w*|haut\\w*)", false},
};

std::string ToRegex(const char* pattern) {
  std::string out;
  for (const char* p = pattern; *p != '\0'; ++p) {
    if (*p == ' ') {
      out += "[ -]+";
    } else if (*p == '_') {
      out += "[ -]?";
    } else {
      out += *p;
    }
  }
  return out;
}

// Prefilter. Every entry that can matter (all but plan nouns, blockers and
// traps, which count only beside another term) contains a word starting with
// one of these, or (German compounds) the infix "fett". Sentences without
// any skip the regex: most of a page says nothing about treatment.
constexpr std::string_view kTriggerPrefixes[] = {
    // guidance
    "ultra", "sono", "eco", "guid", "guia", "fluo", "arm", "radios", "durch",
    "bild", "ray", "ront", "mri", "mr", "mrt", "reson", "rm", "irm", "ct",
    "cat", "tomog", "tac", "tc", "imag", "blind", "landm", "feel", "touch",
    "palp", "cieg", "refer", "punto", "anatom", "orient",
    // cell sources
    "bone", "marrow", "bm", "bma", "iliac", "medul", "aspir", "crest", "knoch",
    "becken", "adip", "svf", "strom", "fracc", "fat", "microfr", "nanof",
    "mfat", "microf", "lipo", "minilipo", "adsc", "ad", "admsc", "asc",
    "gras", "fett", "eigenf", "periph", "pbsc", "pb", "blood", "sangre",
    "blut", "amni", "chor", "fruch", "whart", "wj", "gelat", "cord", "umbil",
    "nabel", "uc", "huc", "perin", "birth", "placen", "plazen", "exos",
    "extrac", "extraz", "secret", "sekret", "condit", "vesic", "allo",
    "alog", "aloi", "donor", "donan", "shelf", "spend", "fremd", "cultur",
    "expan", "kultur",
    // origin
    "auto", "korper", "eigen", "own", "propi", "mismo",
    // plan
    "person", "custom", "indiv", "tailor", "bespok", "specif", "made",
    "desig", "built", "creat", "writt", "planned", "medid", "adapt", "disen",
    "massg", "zugesch", "abgest", "size", "talla", "einheit", "schema",
    "same", "ident", "unif", "stand", "fixed", "single", "mism", "unic",
    "estand", "glei", "dasselbe", "dieselbe"};

bool MayContainTerm(std::string_view folded) {
  static const PhraseSet* const triggers = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (std::string_view p : kTriggerPrefixes) phrases.push_back({p, PhraseSet::Mode::kPrefix});
    phrases.push_back({"fett", PhraseSet::Mode::kInfix});
    return new PhraseSet(phrases);
  }();
  return triggers->In(folded);
}

class Vocabulary {
 public:
  Vocabulary() {
    RE2::Options options;
    options.set_longest_match(true);
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    set_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
    std::string all = "\\b(?:";
    bool first = true;
    for (const Entry& e : kEntries) {
      const std::string re = ToRegex(e.pattern);
      if (!first) all += "|";
      first = false;
      all += "(?:" + re + ")";
      set_->Add(re, nullptr);
    }
    set_->Compile();
    all += ")\\b";
    all_ = std::make_unique<RE2>(all, options);
    std::string context;
    std::string topic;
    for (const ContextTrap& t : kContextTraps) {
      std::string& into = t.other_topic ? topic : context;
      into += (into.empty() ? "" : "|") + ("(?:" + ToRegex(t.pattern) + ")");
    }
    context_ = std::make_unique<RE2>("\\b(?:" + context + ")\\b", options);
    topic_ = std::make_unique<RE2>("\\b(?:" + topic + ")\\b", options);
  }

  void Find(std::string_view folded, std::vector<TermHit>* hits) const {
    if (!all_->ok() || !MayContainTerm(folded)) return;
    const size_t first = hits->size();
    re2::StringPiece input(folded.data(), folded.size());
    re2::StringPiece match;
    std::vector<int> matched;
    size_t pos = 0;
    while (pos <= folded.size() &&
           all_->Match(input, pos, folded.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = static_cast<size_t>(match.data() - folded.data());
      const size_t end = begin + match.size();
      if (end == begin) {  // cannot happen with these patterns; be safe
        pos = begin + 1;
        continue;
      }
      // Which entry matched: the first whose pattern spans the whole match.
      matched.clear();
      if (set_->Match(match, &matched) && !matched.empty()) {
        const Entry& e = kEntries[*std::min_element(matched.begin(), matched.end())];
        hits->push_back(TermHit{begin, end, e.kind, e.value, e.flags});
      }
      pos = end;
    }
    DropContextTraps(folded, first, hits);
  }

  bool ok() const { return all_->ok() && context_->ok() && topic_->ok(); }

 private:
  static bool SourceOrOrigin(const TermHit& h) {
    return h.kind == TermKind::kCellSource || h.kind == TermKind::kAutologousStrong ||
           h.kind == TermKind::kAutologousWeak;
  }

  // The second pass (kContextTraps), on sentences with a source or origin
  // hit only.
  void DropContextTraps(std::string_view folded, size_t first, std::vector<TermHit>* hits) const {
    const auto from = hits->begin() + static_cast<std::ptrdiff_t>(first);
    if (std::none_of(from, hits->end(), SourceOrOrigin)) return;
    re2::StringPiece input(folded.data(), folded.size());
    if (RE2::PartialMatch(input, *topic_)) {
      hits->erase(std::remove_if(from, hits->end(), SourceOrOrigin), hits->end());
      return;
    }
    std::vector<std::pair<size_t, size_t>> spans;
    re2::StringPiece match;
    size_t pos = 0;
    while (pos <= folded.size() &&
           context_->Match(input, pos, folded.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = static_cast<size_t>(match.data() - folded.data());
      const size_t end = begin + match.size();
      spans.emplace_back(begin, end);
      pos = end > begin ? end : begin + 1;
    }
    if (spans.empty()) return;
    const auto trapped = [&](const TermHit& h) {
      return SourceOrOrigin(h) && std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
               return h.begin >= s.first && h.end <= s.second;
             });
    };
    hits->erase(std::remove_if(from, hits->end(), trapped), hits->end());
  }

  std::unique_ptr<RE2> all_;
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<RE2> context_;  // kContextTraps that drop the hits they span
  std::unique_ptr<RE2> topic_;    // kContextTraps that name another topic
};

const Vocabulary& GetVocabulary() {
  static const Vocabulary* const vocabulary = new Vocabulary();
  return *vocabulary;
}

}  // namespace

void FindTreatmentTerms(std::string_view folded, std::vector<TermHit>* hits) {
  GetVocabulary().Find(folded, hits);
}

bool MayHaveTreatmentTerms(std::string_view folded) { return MayContainTerm(folded); }

}  // namespace clinicrank
