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
#include <iterator>
#include <memory>
#include <optional>
#include <span>
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
    // Ultrasound that measures an outcome, not one that guides a needle:
    // "cartilage thickness, as measured by ultrasound", "ultrasound showed".
    {"(measured|assessed|monitored|evaluated|documented|tracked|followed up) (by|on|with|using|via) (an |a )?(ultrasound|sonograph\\w*)( (scan\\w*|imaging))?|(ultrasound|sonograph\\w*)( scans?| images?)? (showed|shows|revealed|reveals|demonstrated|measured)", K::kTrap, "", kNoFlag},
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
    {"personali[sz](e|es|ing)|customi[sz](e|es|ing)|individuali[sz](e|es|ing)|specific to (you|your|each|every|the individual)|(designed|built|created|written|planned) (around|for) (you|your (knee|needs|goals|case)|each patient|every patient|the individual)|(based on|according to|adapted to|matched to|to match|tailored to) (your|each patient'?s|every patient'?s|the patient'?s) (individual |specific |unique |own )?(needs|condition|goals|case|anatomy|mri|imaging|diagnosis)", K::kTailor, "", kNoFlag},
    {"personalizad\\w*|individualizad\\w*|personalizamos|individualizamos|a (la )?medida|adaptad[oa]s? a (cada|su|sus|tu|tus|las necesidades)|disenad[oa]s? (para|a) (usted|cada paciente|su caso)", K::kTailor, "", kNoFlag},
    {"individuell\\w*|massgeschneidert\\w*|personalisiert\\w*|(zugeschnitten|abgestimmt) auf|auf sie (zugeschnitten|abgestimmt)", K::kTailor, "", kNoFlag},
    {"(treatment|care|therapy|injection|rehab\\w*) plans?|plans?|planning|protocols?|treatments?|therap(y|ies)|programs?|programmes?|regimens?|doses?|dosing|dosages?|approach(es)?", K::kPlanNoun, "", kNoFlag},
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

// The languages added with issue 18, one block each (docs/extraction.md
// "Languages"). Compiled with kEntries on first use, and matched only on pages
// where they apply (parsers/vocab/languages.h), so that English, Spanish and
// German pages pay nothing for them.
constexpr Entry kLanguageEntries[] = {
    // --- Portuguese (pt). Brazilian and European spellings, folded.
    {"(ultrassom|ultrassonografia|ecografia) (diagnostic\\w*|de diagnostico)|exames? de (ultrassom|ultrassonografia|imagem)|medula espinhal|gordura corporal|(perda|queima) de gordura|doadores? de (sangue|orgaos)|polpa (dental|de dente)", K::kTrap, "", kNoFlag},
    {"guiad[oa]s? (por|com|pelo|pela) (o |a )?(ultrassom|ultrassonografia|ultra som|ecografia)|guia (ultrassonografic[oa]|ecografic[oa]|por ultrassom|de ultrassom|por ultrassonografia)", K::kUltrasoundGuided, "", kNoFlag},
    {"(sob|com) (controle|orientacao|visualizacao|guia) (ultrassonografic[oa]|ecografic[oa]|por ultrassom|do ultrassom|de ultrassom)|(ultrassom|ultrassonografia) em tempo real|sob (ultrassom|ultrassonografia)", K::kUltrasoundGuided, "", kNoFlag},
    {"(com|atraves d[oa]|por meio d[eoa]|usando|utilizando) (o |a )?(auxilio d[oe] |ajuda d[oe] |apoio d[oe] )?(ultrassom|ultrassonografia|ecografia|aparelho de ultrassom)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"ultrassom\\w*|ultrassonograf\\w*|ultra som", K::kUltrasoundBare, "", kNoFlag},
    {"(guiad[oa]s? por|sob) raios? x|radioscopia", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"guiad[oa]s? por imagem|guia (por|de) imagem|(sob|com) (auxilio|controle) de imagem", K::kImaging, "", kNoFlag},
    {"as cegas|referencias anatomicas|palpacao", K::kBlind, "", kNoFlag},
    {"medula ossea|aspirado (de )?medula( ossea)?|crista iliaca", K::kCellSource, "bone_marrow", kNoFlag},
    {"gordura\\w*( (abdominal|micro_?fragmentada|microfragmentada|da barriga|do abdomen|do abdome))?|tecido gorduroso|celulas (tronco )?de gordura|microfragmentacao", K::kCellSource, "adipose", kNoFlag},
    {"sangue periferico", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"cordao umbilical|sangue do cordao( umbilical)?", K::kCellSource, "umbilical_cord", kNoFlag},
    {"geleia de wharton", K::kCellSource, "wharton_jelly", kNoFlag},
    {"exossom\\w*", K::kCellSource, "exosomes", kNoFlag},
    {"doador\\w*|de doadores?", K::kCellSource, "donor_unspecified", kNoFlag},
    {"(do|da) proprio (paciente|corpo|organismo)|(suas|seus|as) propri[ao]s (celulas|tecidos?)|celulas do proprio paciente|(seu|sua) proprio (corpo|organismo)|proprio corpo", K::kAutologousWeak, "", kNoFlag},
    {"sob medida|adaptad[oa]s? (a|ao|as|aos) (cada|sua|seu|suas|seus|necessidades)", K::kTailor, "", kNoFlag},
    {"planos? de tratamento|planos?|tratamentos?|doses?|dosagem|esquemas?", K::kPlanNoun, "", kNoFlag},
    {"orcamento\\w*|cotacao|coordenador\\w*|atendimento|avaliac\\w*", K::kPlanBlocker, "", kNoFlag},
    {"(o )?mesmo (protocolo|tratamento|plano|esquema) para (todos|todas|cada)( (os|as) pacientes)?", K::kStandardPlan, "", kNoFlag},

    // --- Italian (it).
    {"(ecografia|ecografico) diagnostic\\w*|esame ecografico|ecografia di controllo|midollo spinale|grasso corporeo|perdita di grasso|donatori di (sangue|organi)", K::kTrap, "", kNoFlag},
    {"eco_?guidat\\w*|guida ecografica|sotto (guida|controllo) (ecografic[oa]|ultrasonografic[oa])|controllo ecografico|guidat[aeio] (da|con|dalla|sotto) (l'|la )?(ecografia|ecografo|ultrasuoni)|guida (ad )?ultrasuoni|sotto ecografia|ecografia in tempo reale", K::kUltrasoundGuided, "", kNoFlag},
    {"(con|mediante|tramite|attraverso) (l'|la |il )?(ausilio (di|della|dell') ?|aiuto (di|della|dell') ?)?(ecografia|ecografo|ultrasuoni|sonda ecografica)|sonda ecografica", K::kUltrasoundWeak, "", kNeedsInjection},
    {"ultrasuon\\w*|ecograf\\w*", K::kUltrasoundBare, "", kNoFlag},
    {"amplificatore di brillanza|scopia", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"guida (per |di )?immagin\\w*|guidat[aeio] (da|per) immagin\\w*", K::kImaging, "", kNoFlag},
    {"alla cieca|punti di repere|repere anatomic\\w*|palpazione", K::kBlind, "", kNoFlag},
    {"midollo osseo|(tessuto|aspirato|concentrato|sangue) midollare( osseo)?|aspirato di midollo( osseo)?", K::kCellSource, "bone_marrow", kNoFlag},
    {"adipocit\\w*|grasso( (addominale|autologo|micro_?frammentato|microframmentato))?|micro_?frammenti di grasso|lipofilling|lipotransfer|frazione vascolare stromale", K::kCellSource, "adipose", kNoFlag},
    {"sangue periferico", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"cordone ombelicale|sangue (del )?cordone( ombelicale)?|sangue cordonale|ombelical\\w*", K::kCellSource, "umbilical_cord", kNoFlag},
    {"gelatina di wharton", K::kCellSource, "wharton_jelly", kNoFlag},
    {"esosom\\w*|vescicole extracellulari", K::kCellSource, "exosomes", kNoFlag},
    {"donator\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"cellule (staminali )?(dello stesso|del) paziente|(sue|proprie) cellule|(dallo stesso|dal) paziente stesso|dallo stesso paziente|(proprio|suo) (corpo|organismo)", K::kAutologousWeak, "", kNoFlag},
    {"personalizzat\\w*|individualizzat\\w*|su misura|calibrat[aoie] su( (ogni|ciascun|singol)\\w*)?", K::kTailor, "", kNoFlag},
    {"piani? (terapeutic[oi]|di trattamento|di cura)|piano|protocoll[oi]|trattament[oi]|terapi[ae]|programm[ai]|dos[ei]|dosaggio", K::kPlanNoun, "", kNoFlag},
    {"preventiv\\w*|valutazione|consulenza|assistenza|coordinat\\w*", K::kPlanBlocker, "", kNoFlag},
    {"(lo )?stesso (protocollo|trattamento|piano) per (tutti|ogni|ciascun)\\w*", K::kStandardPlan, "", kNoFlag},

    // --- French (fr).
    {"echographie (diagnostique|de reperage|de controle)|examen echographique|moelle epiniere|graisse corporelle|perte de graisse|donneurs? de (sang|organes)|sous arthr?oscopie|(de maniere )?echoguid\\w* ou non", K::kTrap, "", kNoFlag},
    {"echoguid\\w*|sous (controle|guidage) echographique|guidage echographique|sous echographie|guide\\w* (par|sous) (l')?(echographie|ultrasons?)", K::kUltrasoundGuided, "", kNoFlag},
    {"(a l'aide d'une|avec une|par une|grace a une|a l'aide de l') (echographie|echographe|sonde echographique)|(par|avec) echographie", K::kUltrasoundWeak, "", kNeedsInjection},
    {"echograph\\w*|ultrasons?", K::kUltrasoundBare, "", kNoFlag},
    {"sous (radioscopie|scopie|amplificateur de brillance|radiographie)|amplificateur de brillance|guidage radiologique|controle radiologique", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"guidage par (l')?imagerie|sous imagerie|guide\\w* par (l')?imagerie|imagerie", K::kImaging, "", kNoFlag},
    {"a l'aveugle|reperes anatomiques|palpation", K::kBlind, "", kNoFlag},
    {"moelle osseuse|aspirat\\w* (de )?moelle( osseuse)?|concentre\\w* de moelle( osseuse)?|crete iliaque|os iliaque", K::kCellSource, "bone_marrow", kNoFlag},
    {"tissu adipeux|adipeu\\w*|graisse( (abdominale|autologue|du ventre|micro_?fragmentee|microfragmentee))?|lipoaspiration|micro_?graisse|nano_?graisse|fraction vasculaire stromale", K::kCellSource, "adipose", kNoFlag},
    {"sang peripherique", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"cordon ombilical|sang (du |de )?cordon( ombilical)?|ombilica\\w*", K::kCellSource, "umbilical_cord", kNoFlag},
    {"gelee de wharton", K::kCellSource, "wharton_jelly", kNoFlag},
    {"vesicules extracellulaires", K::kCellSource, "exosomes", kNoFlag},
    {"donneur\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"(ses|vos|leurs|nos|les) propres cellules( souches)?( du patient)?|propres cellules|(du|issu du|issue du|issues du) patient lui_?meme|(de votre|de son|du) propre (corps|organisme)", K::kAutologousWeak, "", kNoFlag},
    {"personnalise\\w*|individualise\\w*|sur mesure|adapte\\w* a (chaque|votre|vos|son|ses|ta|tes)", K::kTailor, "", kNoFlag},
    {"plans? de (traitement|soins?)|protocoles?|traitements?|therapies?|programmes?|posologie|prise en charge", K::kPlanNoun, "", kNoFlag},
    {"devis|coordinat\\w*|accompagnement|bilan|evaluation", K::kPlanBlocker, "", kNoFlag},
    {"(le )?meme (protocole|traitement) pour (tous|toutes|chaque)( les patients)?", K::kStandardPlan, "", kNoFlag},

    // --- Turkish (tr). Suffixes stay on the word (\\w*).
    {"(ultrason|usg) (muayene\\w*|tetkik\\w*|ile tani\\w*)|tanisal ultrason\\w*|omurilik\\w*|vucut yag\\w*|yag yak\\w*|kan bagis\\w*", K::kTrap, "", kNoFlag},
    {"(ultrason|usg|ultrasonografi) (esliginde|rehberliginde|kilavuzlugunda|altinda)|ultrason (esligi|rehberligi)\\w*", K::kUltrasoundGuided, "", kNoFlag},
    {"(ultrason|usg|ultrasonografi) (ile|kullanilarak|kullanarak|yardimiyla)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"ultrason\\w*|usg", K::kUltrasoundBare, "", kNoFlag},
    {"floroskop\\w*|skopi (esliginde|altinda)|c kollu", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"goruntu(leme)? (esliginde|rehberliginde|altinda)", K::kImaging, "", kNoFlag},
    {"korlemesine|kor olarak", K::kBlind, "", kNoFlag},
    {"kemik ilig\\w*|kemik ilik\\w*", K::kCellSource, "bone_marrow", kNoFlag},
    {"yag doku\\w*|yag hucre\\w*|yag (enjeksiyon|injeksiyon)\\w*|yagdan elde edilen|stromal vaskuler fraksiyon\\w*|(karin|bel) bolgesinden alinan yag\\w*", K::kCellSource, "adipose", kNoFlag},
    {"periferik kan\\w*", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"gobek kordon\\w*|kordon kan\\w*|gobek bag\\w*", K::kCellSource, "umbilical_cord", kNoFlag},
    {"wharton jel\\w*", K::kCellSource, "wharton_jelly", kNoFlag},
    {"amniyo\\w*", K::kCellSource, "amniotic", kNoFlag},
    {"plasenta\\w*", K::kCellSource, "placental", kNoFlag},
    {"eksozom\\w*", K::kCellSource, "exosomes", kNoFlag},
    {"donor\\w*|verici\\w*|allojen\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"otolog\\w*", K::kAutologousStrong, "", kNoFlag},
    {"(hastanin|kisinin) kendi\\w*|kendi (hucre\\w*|kok hucre\\w*)|kisinin kendisine ait", K::kAutologousWeak, "", kNoFlag},
    {"kisiye (ozel|ozgu)|bireysel\\w*|kisisel\\w*|hastaya ozel", K::kTailor, "", kNoFlag},
    {"tedavi plan\\w*|plan\\w*|protokol\\w*|tedavi\\w*|program\\w*|doz\\w*", K::kPlanNoun, "", kNoFlag},
    {"fiyat\\w*|teklif\\w*|danisman\\w*|koordinator\\w*", K::kPlanBlocker, "", kNoFlag},

    // --- Polish (pl). Case endings stay on the word (\\w*).
    {"(badanie|badania|diagnostyka) (usg|ultrasonograficzn\\w*)|usg diagnostyczn\\w*|rdzen\\w* kregow\\w*|masa tluszczow\\w*|spalani\\w* tluszczu|dawc\\w* (krwi|narzadow)", K::kTrap, "", kNoFlag},
    {"pod kontrola (usg|ultrasonografii|ultrasonografu|ultrasonograficzna|ultradzwiekow)|pod (usg|ultrasonografem)|(z|pod) kontrola usg|pod nawigacja usg|ultrasonograficznie (prowadzon|kontrolowan)\\w*|prowadzon\\w* pod usg", K::kUltrasoundGuided, "", kNoFlag},
    {"(przy|za) pomocy (usg|ultrasonografu|ultrasonografii)|(z uzyciem|z wykorzystaniem) (usg|ultrasonografu)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"usg|ultrasonograf\\w*|ultradzwiek\\w*", K::kUltrasoundBare, "", kNoFlag},
    {"fluoroskop\\w*|pod kontrola (rtg|fluoroskopii|skopii)|rentgenoskop\\w*", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"pod kontrola obrazow\\w*", K::kImaging, "", kNoFlag},
    {"na slepo|na wyczucie|punkty anatomiczne", K::kBlind, "", kNoFlag},
    {"szpik\\w*( kostn\\w*)?|grzebien\\w* biodrow\\w*|grzebienia biodrowego|talerz\\w* biodrow\\w*", K::kCellSource, "bone_marrow", kNoFlag},
    {"tkan\\w* tluszczow\\w*|tluszcz\\w*|liposukc\\w*|frakcj\\w* zrebowo_?naczyniow\\w*", K::kCellSource, "adipose", kNoFlag},
    {"krew obwodow\\w*|krwi obwodowej", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"sznur\\w* pepowinow\\w*|pepowin\\w*|krew pepowinow\\w*|krwi pepowinowej", K::kCellSource, "umbilical_cord", kNoFlag},
    {"galaret\\w* whartona", K::kCellSource, "wharton_jelly", kNoFlag},
    {"owodni\\w*|plyn\\w* owodniow\\w*", K::kCellSource, "amniotic", kNoFlag},
    {"z lozyska|lozyskow\\w*", K::kCellSource, "placental", kNoFlag},
    {"egzosom\\w*", K::kCellSource, "exosomes", kNoFlag},
    {"dawc\\w*|od dawcow", K::kCellSource, "donor_unspecified", kNoFlag},
    {"wlasn\\w* komor\\w*( pacjenta)?|z wlasnego organizmu|bezposrednio od pacjenta|komorek pacjenta", K::kAutologousWeak, "", kNoFlag},
    {"indywidualn\\w*|spersonalizowan\\w*|indywidualnie dobran\\w*|dobran\\w* indywidualnie|na miare", K::kTailor, "", kNoFlag},
    {"plan\\w* leczenia|protokol\\w*|leczeni\\w*|terapi\\w*|dawk\\w*", K::kPlanNoun, "", kNoFlag},
    {"wycen\\w*|konsultacj\\w*|kwalifikacj\\w*|koordynator\\w*|opiek\\w*", K::kPlanBlocker, "", kNoFlag},

    // --- Czech (cs): sources, guidance and origin.
    {"ultrazvukov\\w* vysetreni\\w*|vysetreni ultrazvukem", K::kTrap, "", kNoFlag},
    {"pod (ultrazvukovou|uz|sonografickou) (kontrolou|navigaci)|pod ultrazvukem", K::kUltrasoundGuided, "", kNoFlag},
    {"ultrazvuk\\w*", K::kUltrasoundBare, "", kNoFlag},
    {"kostni dren\\w*|kostni drene", K::kCellSource, "bone_marrow", kNoFlag},
    {"tukov\\w* tkan\\w*", K::kCellSource, "adipose", kNoFlag},
    {"periferni krev\\w*", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"pupecnik\\w*", K::kCellSource, "umbilical_cord", kNoFlag},
    {"darc(e|i|u|ovi)|alogenn\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"vlastni\\w* (kmenov\\w* )?bunk\\w*|vlastnich bunek", K::kAutologousWeak, "", kNoFlag},

    // --- Japanese (ja). Text without spaces: these patterns contain CJK
    // characters and are matched without word boundaries (see Vocabulary).
    {"(?:超音波|エコー)(?:検査|診断)|体脂肪|内臓脂肪|脂肪燃焼|脂肪肝|低脂肪|脂肪酸|脂肪体|骨髄(?:炎|浮腫|移植|バンク)|自己(?:負担|資金|判断|流|紹介|管理|責任|満足|免疫|血)", K::kTrap, "", kNoFlag},
    {"(?:超音波|エコー)(?:ガイド|誘導)下?|(?:超音波|エコー)下", K::kUltrasoundGuided, "", kNoFlag},
    {"(?:超音波|エコー)(?:画像)?(?:で確認しながら|を確認しながら|を見ながら|で見ながら|を用いて|を使って|を使用して|で)", K::kUltrasoundWeak, "", kNeedsInjection},
    {"超音波|エコー", K::kUltrasoundBare, "", kNoFlag},
    {"(?:x線|エックス線)?透視(?:下|ガイド下)?", K::kOtherGuidance, "fluoroscopy", kNoFlag},
    {"mri(?:ガイド|誘導)下?", K::kOtherGuidance, "mri", kNoFlag},
    {"ct(?:ガイド|誘導)下?", K::kOtherGuidance, "ct", kNoFlag},
    {"画像(?:ガイド|誘導)下?", K::kImaging, "", kNoFlag},
    {"ブラインド|盲目的", K::kBlind, "", kNoFlag},
    {"骨髄(?:由来|液|穿刺|幹細胞|細胞)?|腸骨", K::kCellSource, "bone_marrow", kNoFlag},
    {"(?:皮下)?脂肪(?:由来|組織|幹細胞|細胞)?|脂肪吸引", K::kCellSource, "adipose", kNoFlag},
    {"末梢血幹細胞", K::kCellSource, "peripheral_blood", kNoFlag},
    {"末梢血", K::kCellSource, "peripheral_blood", kNeedsStem},
    {"臍帯(?:血|由来)?|さい帯(?:血)?|へその緒", K::kCellSource, "umbilical_cord", kNoFlag},
    {"(?:ワルトン|ウォートン)(?:ジェリー|ゼリー)", K::kCellSource, "wharton_jelly", kNoFlag},
    {"羊膜|羊水", K::kCellSource, "amniotic", kNoFlag},
    {"胎盤", K::kCellSource, "placental", kNoFlag},
    {"エクソソーム|(?:幹細胞)?培養上清(?:液)?", K::kCellSource, "exosomes", kNoFlag},
    {"他家(?:細胞|幹細胞)?|同種(?:細胞|幹細胞)?|ドナー", K::kCellSource, "donor_unspecified", kNoFlag},
    {"自家|自己", K::kAutologousStrong, "", kNoFlag},
    {"(?:患者様?|患者さん|ご?自身|あなた)(?:ご?自身)?の(?:細胞|組織|幹細胞|体|身体)|自分の(?:細胞|組織|体)", K::kAutologousWeak, "", kNoFlag},
    {"オーダーメ[イー]ド|テーラーメイド|(?:お一人おひとり|一人ひとり|患者様?ごと|患者さんごと)(?:の.{0,16}?)?に合わせ|個別(?:化)?", K::kTailor, "", kNoFlag},
    {"治療計画|治療プラン|計画|プラン|プログラム|治療|投与量|プロトコル", K::kPlanNoun, "", kNoFlag},
    {"見積|カウンセリング|相談|診察", K::kPlanBlocker, "", kNoFlag},
    {"(?:全て|すべて)の(?:患者|方)(?:様)?に(?:同じ|同一)", K::kStandardPlan, "", kNoFlag},
};

bool HasNonAscii(std::string_view pattern) {
  return std::any_of(pattern.begin(), pattern.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}
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
    // A graft beside surgical cartilage repair ("cartilage restoration
    // (MACI, OATS, allograft)").
    {"(maci|oats|osteochondral\\w*|mosaicplasty|cartilage restoration|cartilage transplant\\w*)[\\w\\s,()/]{0,40}allograft\\w*|allograft\\w*[\\w\\s,()/]{0,40}(maci|oats|osteochondral\\w*|mosaicplasty)", false},
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

// Words that start the terms of kLanguageEntries, for the prefilter of pages
// that need them.
constexpr std::string_view kLanguageTriggerPrefixes[] = {
    // Words English, Spanish and German text also starts with ("autolog",
    // "personaliz", "guiad", "donor", "plan", "terapi") are left out: a
    // sentence in an added language holds another of its words.
    // --- Portuguese (pt)
    "gordur", "doador", "proprio", "propria", "exoss", "cegas", "raio", "mesmo", "ultrass",
    "ultra som", "sob", "ossea", "crista", "tecido", "cordao", "geleia", "sangue",
    "microfragmentac", "imagem", "palpacao",
    // --- Italian (it)
    "midoll", "grasso", "ombelical", "esosom", "donator", "proprie", "stesso", "misura",
    "calibrat", "cieca", "repere", "immagin", "amplificat", "scopia", "frazion", "ecoguid",
    "guida", "guidat", "sotto", "controllo", "ecograf", "ultrasuon", "sonda", "adipocit",
    "lipofill", "lipotransf", "cordone", "vescicol", "personalizz", "individualizz", "piano",
    "cellule", "palpaz", "gelatina di",
    // --- French (fr)
    "echo", "moelle", "crete", "graisse", "micrograiss", "nanograiss", "vasculair", "ombilic",
    "gelee", "donneur", "propre", "mesure", "aveugle", "reperes", "radiologiq", "meme",
    "amplificat", "sous", "guidage", "adipeu", "imagerie", "scopie", "personnalis",
    "adapte a", "adaptee a", "adaptes a", "adaptees a", "iliaq", "peripheriq", "vesicul",
    // --- Turkish (tr)
    "ultrason", "usg", "goruntu", "floroskop", "skopi", "kemik", "yag", "periferik", "gobek",
    "kordon", "amniyo", "plasenta", "eksozom", "donord", "donorl", "donoru", "verici",
    "allojen", "otolog", "kendi", "hastanin", "kisinin", "kisiye", "bireysel", "kisisel",
    "hastaya", "korlemes", "kollu", "kor olarak", "vaskuler", "wharton jel",
    // --- Polish (pl)
    "pod", "przy", "ultrasonograf", "ultradzwiek", "fluoroskop", "liposukc", "rtg",
    "rentgenoskop", "obrazow", "szpik", "grzebien", "talerz", "tkank", "tkan", "tluszcz",
    "frakcj", "krew", "krwi", "sznur", "pepowin", "galaret", "owodni", "plyn", "lozysk",
    "egzosom", "dawc", "wlasn", "bezposrednio", "komor", "indywidualn", "spersonaliz",
    "dobran", "miare", "slepo", "wyczuc", "punkty", "kontrola",
    // --- Czech (cs)
    "ultrazvuk", "kostni", "tukov", "periferni", "pupecnik", "darc", "alogenn", "vlastni"};

// Japanese (and other text without spaces): the first characters of its
// terms, found anywhere.
constexpr std::string_view kTriggerInfixes[] = {
    "超音波", "エコー", "透視", "画像", "ブラインド", "盲目", "骨髄", "腸骨", "脂肪", "末梢血",
    "臍帯", "さい帯", "へその緒", "ワルトン", "ウォートン", "羊膜", "羊水", "胎盤", "エクソソーム",
    "培養上清", "他家", "同種", "ドナー", "自家", "自己", "自身", "自分", "患者", "あなた",
    "オーダーメ", "テーラーメイド", "一人ひとり", "おひとり", "個別", "全て", "すべて",
    "ガイド", "誘導"};

// Which tables a folded text needs: none, kEntries only, or both.
enum class Tables { kNone, kBase, kWithLanguages };

Tables TablesFor(std::string_view folded, bool added_languages) {
  const auto build = [](bool languages) {
    std::vector<PhraseSet::Phrase> phrases;
    for (std::string_view p : kTriggerPrefixes) phrases.push_back({p, PhraseSet::Mode::kPrefix});
    phrases.push_back({"fett", PhraseSet::Mode::kInfix});
    if (languages) {
      for (std::string_view p : kLanguageTriggerPrefixes) {
        phrases.push_back({p, PhraseSet::Mode::kPrefix});
      }
      for (std::string_view p : kTriggerInfixes) phrases.push_back({p, PhraseSet::Mode::kInfix});
    }
    return new PhraseSet(phrases);
  };
  if (added_languages) {
    static const PhraseSet* const all = build(true);
    return all->In(folded) ? Tables::kWithLanguages : Tables::kNone;
  }
  static const PhraseSet* const base = build(false);
  return base->In(folded) ? Tables::kBase : Tables::kNone;
}

// One table compiled: an alternation that finds terms leftmost-longest, and a
// set that tells which entry a match is.
class Compiled {
 public:
  explicit Compiled(std::span<const Entry* const> entries) : entries_(entries.begin(), entries.end()) {
    RE2::Options options;
    options.set_longest_match(true);
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    set_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
    // Two alternations in one pattern: terms written in letters, bounded by
    // \\b; and terms holding CJK characters, which RE2's ASCII \\b cannot
    // bound (a Japanese term follows and precedes other characters with no
    // space), matched anywhere. Leftmost-longest runs across both.
    std::string bounded;
    std::string unbounded;
    for (const Entry* e : entries_) {
      const std::string re = ToRegex(e->pattern);
      std::string& group = HasNonAscii(e->pattern) ? unbounded : bounded;
      if (!group.empty()) group += "|";
      group += "(?:" + re + ")";
      set_->Add(re, nullptr);
    }
    set_->Compile();
    std::string all = "\\b(?:" + bounded + ")\\b";
    if (!unbounded.empty()) all += "|(?:" + unbounded + ")";
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
    if (!all_->ok()) return;
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
        const Entry& e = *entries_[static_cast<size_t>(*std::min_element(matched.begin(), matched.end()))];
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

  std::vector<const Entry*> entries_;
  std::unique_ptr<RE2> all_;
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<RE2> context_;  // kContextTraps that drop the hits they span
  std::unique_ptr<RE2> topic_;    // kContextTraps that name another topic
};

// kEntries alone, and kEntries with kLanguageEntries, each compiled on first use.
const Compiled& CompiledFor(Tables tables) {
  static const auto entries = [](bool languages) {
    std::vector<const Entry*> list;
    for (const Entry& e : kEntries) list.push_back(&e);
    if (languages) {
      for (const Entry& e : kLanguageEntries) list.push_back(&e);
    }
    return list;
  };
  if (tables == Tables::kWithLanguages) {
    static const Compiled* const with_languages = new Compiled(entries(true));
    return *with_languages;
  }
  static const Compiled* const base = new Compiled(entries(false));
  return *base;
}

}  // namespace

void FindTreatmentTerms(std::string_view folded, std::vector<TermHit>* hits,
                        bool added_languages) {
  const Tables tables = TablesFor(folded, added_languages);
  if (tables != Tables::kNone) CompiledFor(tables).Find(folded, hits);
}

bool MayHaveTreatmentTerms(std::string_view folded, bool added_languages) {
  return TablesFor(folded, added_languages) != Tables::kNone;
}

}  // namespace clinicrank
