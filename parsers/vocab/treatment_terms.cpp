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
    {"(micro_?fragmented|microfragmented|nano|micro) (fat|adipose\\w*)|mfat|nanofat|microfat|lipogems|lipoaspirat\\w*|lipoaspiracion\\w*|lipoaspiration|mini liposuction|micro liposuction|microliposuction|small liposuction|liposuccion (menor|pequena)|mini liposuccion|minilipo\\w*", K::kCellSource, "adipose", kNoFlag},
    {"adsc\\w*|ad_msc\\w*|admsc\\w*|asc\\w* (derived|from fat)|tejido graso|grasa\\w*|celulas (madre )?de grasa|eigenfett\\w*|\\w*fettgewebe\\w*|nanofett\\w*|mikrofett\\w*|fettstammzell\\w*|fettzell\\w*|fettentnahme\\w*|fettgewebs\\w*|fett_?abgeleitet\\w*", K::kCellSource, "adipose", kNoFlag},
    {"peripheral blood stem cells?|pbsc\\w*|pb_msc\\w*|blood_?derived (stem|progenitor) cells?|celulas madre de sangre periferica|blutstammzell\\w*", K::kCellSource, "peripheral_blood", kNoFlag},
    {"peripheral blood|sangre periferica|periphere(n|m)? blut\\w*", K::kCellSource, "peripheral_blood", kNeedsStem},
    // "the amniotic sac of donated placentas" is amniotic tissue only.
    {"amnio\\w* (sac|membranes?|fluid|tissue) (of|from) (the )?(donated |donor )?placent\\w*", K::kCellSource, "amniotic", kNoFlag},
    {"amnio\\w*|chorion\\w*|fruchtwasser\\w*|fruchtblase\\w*", K::kCellSource, "amniotic", kNoFlag},
    {"wharton'?s? jelly|wharton_?sulze|whartonsche sulze|gelatina de wharton|wj_msc\\w*|wjmsc\\w*|wj (derived|mscs?)", K::kCellSource, "wharton_jelly", kNoFlag},
    {"cordon umbilical|cordones umbilicales|sangre (de|del) cordon( umbilical)?|umbilical\\w*|nabelschnur\\w*|uc_msc\\w*|ucmsc\\w*|huc_msc\\w*|hucmsc\\w*|cord (tissue|blood|cells?|products?|derived|msc\\w*|stem cells?|booster\\w*|allograft\\w*)|perinatal\\w*|birth tissues?", K::kCellSource, "umbilical_cord", kNoFlag},
    {"placent\\w*|plazent\\w*", K::kCellSource, "placental", kNoFlag},
    {"exosom\\w*|extracellular vesicles?|secretome\\w*|secretoma|sekretom\\w*|conditioned (media|medium)|vesiculas extracelulares|extrazellulare vesikel", K::kCellSource, "exosomes", kNoFlag},
    {"allogen\\w*|allograft\\w*|alogenic\\w*|alogenas|alogenos|aloinjerto\\w*|donor( derived)?|donors|donante\\w*|off the shelf|spender\\w*|fremdgewebe\\w*|fremdzell\\w*|fremdspende\\w*", K::kCellSource, "donor_unspecified", kNoFlag},
    {"culture expanded|expanded in (a |the |our )?(culture|lab\\w*)|culture_?expanded|expandid[ao]s en (el )?laboratorio|in kultur vermehrt\\w*", K::kCellSource, "donor_unspecified", kWeakDonor},

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
  }

  void Find(std::string_view folded, std::vector<TermHit>* hits) const {
    if (!all_->ok() || !MayContainTerm(folded)) return;
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
  }

  bool ok() const { return all_->ok(); }

 private:
  std::unique_ptr<RE2> all_;
  std::unique_ptr<RE2::Set> set_;
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
