#include "parsers/vocab/diseases.h"

#include <re2/re2.h>

#include <iterator>
#include <memory>
#include <string>

namespace clinicrank {
namespace {

struct Term {
  const char* pattern;  // RE2, folded text, no capturing groups
  const char* name;
  DiseaseClass disease_class;
};

using DC = DiseaseClass;

// Heuristic vocabulary (DOMAIN.md §2 FTC Henderson list, §4
// treats_many_conditions). Ambiguous abbreviations (MS, ALS, ED) are matched
// only as items of a comma/"and" list; see ListOnly below.
constexpr Term kTerms[] = {
    {R"(multiple sclerosis|esclerosis multiple|multiple sklerose)", "multiple sclerosis",
     DC::kNeurological},
    {R"(ms)", "multiple sclerosis", DC::kNeurological},
    {R"(parkinson(?:'s|s)?(?: disease)?|parkinson-krankheit|morbus parkinson)", "parkinson's",
     DC::kNeurological},
    {R"(alzheimer(?:'s|s)?(?: disease)?)", "alzheimer's", DC::kNeurological},
    {R"(dementia|demencia|demenz)", "dementia", DC::kNeurological},
    {R"(amyotrophic lateral sclerosis|esclerosis lateral amiotrofica|lou gehrig(?:'s)?(?: disease)?)",
     "als", DC::kNeurological},
    {R"(als)", "als", DC::kNeurological},
    {R"(strokes?|ictus|accidente cerebrovascular|schlaganfall)", "stroke", DC::kNeurological},
    {R"(autism|autistic|autism spectrum disorder|autismo|autismus)", "autism", DC::kNeurological},
    {R"(cerebral palsy|paralisis cerebral|zerebralparese)", "cerebral palsy", DC::kNeurological},
    {R"(spinal cord injur(?:y|ies)|lesion(?:es)? (?:de la )?medula(?:r)?(?: espinal)?|lesion medular|querschnittslahmung)",
     "spinal cord injury", DC::kNeurological},
    {R"(traumatic brain injur(?:y|ies)|tbi)", "traumatic brain injury", DC::kNeurological},
    {R"(epilepsy|epilepsia|epilepsie)", "epilepsy", DC::kNeurological},
    {R"(huntington(?:'s)?(?: disease)?)", "huntington's", DC::kNeurological},
    {R"(neuropath(?:y|ies)|neuropatia|neuropathie)", "neuropathy", DC::kNeurological},
    {R"(heart failure|heart disease|cardiomyopathy|congestive heart failure|coronary artery disease|insuficiencia cardiaca|enfermedad(?:es)? cardiacas?|cardiopatias?|herzinsuffizienz|herzschwache|herzerkrankung(?:en)?)",
     "heart disease", DC::kCardiac},
    {R"(copd|epoc|emphysema|enfisema|pulmonary fibrosis|fibrosis pulmonar|lungenfibrose|lung disease|enfermedad(?:es)? pulmonar(?:es)?|lungenerkrankung(?:en)?|asthma|asma)",
     "lung disease", DC::kPulmonary},
    {R"(diabetes|diabetic(?: foot)?(?: ulcers?)?|type [12] diabetes)", "diabetes", DC::kMetabolic},
    {R"(kidney disease|chronic kidney disease|renal failure|kidney failure|ckd|insuficiencia renal|enfermedad renal|niereninsuffizienz|nierenerkrankung(?:en)?)",
     "kidney disease", DC::kMetabolic},
    {R"(liver disease|cirrhosis|cirrosis|leberzirrhose|hepatitis)", "liver disease",
     DC::kMetabolic},
    {R"(lupus)", "lupus", DC::kAutoimmune},
    {R"(crohn(?:'s|s)?(?: disease)?|morbus crohn|enfermedad de crohn)", "crohn's", DC::kAutoimmune},
    {R"(ulcerative colitis|colitis ulcerosa|colitis)", "colitis", DC::kAutoimmune},
    {R"(psoriasis)", "psoriasis", DC::kAutoimmune},
    {R"(hashimoto(?:'s)?|scleroderma|esclerodermia|sjogren(?:'s)?)", "autoimmune disease",
     DC::kAutoimmune},
    {R"(autoimmune (?:diseases?|disorders?|conditions?)|enfermedades autoinmunes|autoimmunerkrankung(?:en)?)",
     "autoimmune disease", DC::kAutoimmune},
    {R"(erectile dysfunction|disfuncion erectil|erektile dysfunktion|erektionsstorung(?:en)?|impotence|impotencia)",
     "erectile dysfunction", DC::kUrologic},
    {R"(ed)", "erectile dysfunction", DC::kUrologic},
    {R"(peyronie(?:'s|s)?(?: disease)?|incontinence|incontinencia|interstitial cystitis)",
     "urologic disease", DC::kUrologic},
    {R"(macular degeneration|degeneracion macular|makuladegeneration|retinitis pigmentosa|glaucoma|glaukom|vision loss|blindness|ceguera|optic nerve (?:damage|atrophy))",
     "eye disease", DC::kEye},
    {R"(long covid|post-covid(?: syndrome)?|hiv|chronic fatigue(?: syndrome)?|lyme disease|fatiga cronica)",
     "other systemic disease", DC::kOther},
};

// The languages added with issue 18 (docs/extraction.md "Languages"), matched
// on pages where they apply (parsers/vocab/languages.h).
constexpr Term kLanguageTerms[] = {
    // --- Portuguese (pt), Italian (it), French (fr), Turkish (tr), Polish (pl).
    {R"(esclerose multipla|sclerosi multipla|sclerose en plaques|multipl skleroz|stwardnieni\w* rozsian\w*)",
     "multiple sclerosis", DC::kNeurological},
    {R"(doenca de alzheimer|malattia di alzheimer|maladie d'alzheimer|alzheimer hastaligi|choroba alzheimera|alzheimera)",
     "alzheimer's", DC::kNeurological},
    {R"(demencia|demenza|demence|demans|demencj\w*)", "dementia", DC::kNeurological},
    {R"(autisme|autismo|otizm\w*|autyzm\w*)", "autism", DC::kNeurological},
    {R"(paralisia cerebral|paralisi cerebrale|paralysie cerebrale|serebral palsi|mozgowe porazenie dzieciece)",
     "cerebral palsy", DC::kNeurological},
    {R"(les(?:ao|oes) medular(?:es)?|lesion\w* (?:del )?midollo spinale|lesions? de la moelle epiniere|omurilik yaralanma\w*|uraz\w* rdzenia kregowego)",
     "spinal cord injury", DC::kNeurological},
    {R"(acidente vascular cerebral|avc|ictus cerebrale|accident vasculaire cerebral|inme|udar\w*)",
     "stroke", DC::kNeurological},
    {R"(doencas? cardiacas?|insuficiencia cardiaca|malattie cardiache|insufficienza cardiaca|maladies? cardiaques?|insuffisance cardiaque|kalp (?:hastalig\w*|yetmezlig\w*)|choroby serca|niewydolnosc serca)",
     "heart disease", DC::kCardiac},
    {R"(dpoc|bpco|koah|pochp|doenca pulmonar|malattie polmonari|fibrose pulmonaire|akciger hastalig\w*)",
     "lung disease", DC::kPulmonary},
    {R"(diabete|seker hastalig\w*|diyabet|cukrzyc\w*)", "diabetes", DC::kMetabolic},
    {R"(doenca renal|insufficienza renale|insuffisance renale|bobrek yetmezlig\w*|niewydolnosc nerek)",
     "kidney disease", DC::kMetabolic},
    {R"(doenca de crohn|morbo di crohn|maladie de crohn|choroba lesniowskiego-crohna)", "crohn's",
     DC::kAutoimmune},
    {R"(doencas autoimunes|malattie autoimmuni|maladies auto-immunes|otoimmun hastalik\w*|choroby autoimmunologiczne)",
     "autoimmune disease", DC::kAutoimmune},
    {R"(disfuncao eretil|disfunzione erettile|dysfonction erectile|erektil disfonksiyon|zaburzeni\w* erekcji)",
     "erectile dysfunction", DC::kUrologic},
    {R"(degeneracao macular|degenerazione maculare|degenerescence maculaire|makula dejenerasyonu|zwyrodnieni\w* plamki)",
     "eye disease", DC::kEye},
    // --- Japanese (ja): matched without word boundaries.
    {R"(多発性硬化症)", "multiple sclerosis", DC::kNeurological},
    {R"(パーキンソン病)", "parkinson's", DC::kNeurological},
    {R"(アルツハイマー(?:病|型認知症)?|認知症)", "dementia", DC::kNeurological},
    {R"(脳梗塞|脳卒中|脳出血)", "stroke", DC::kNeurological},
    {R"(自閉症|自閉スペクトラム症)", "autism", DC::kNeurological},
    {R"(脊髄損傷)", "spinal cord injury", DC::kNeurological},
    {R"(心不全|心筋梗塞|心臓病)", "heart disease", DC::kCardiac},
    {R"(肺線維症|慢性閉塞性肺疾患)", "lung disease", DC::kPulmonary},
    {R"(糖尿病)", "diabetes", DC::kMetabolic},
    {R"(肝硬変|肝臓病|腎不全|腎臓病)", "liver disease", DC::kMetabolic},
    {R"(クローン病|潰瘍性大腸炎)", "crohn's", DC::kAutoimmune},
    {R"(勃起不全)", "erectile dysfunction", DC::kUrologic},
    {R"(加齢黄斑変性|網膜色素変性症)", "eye disease", DC::kEye},
};

constexpr size_t kBaseTermCount = std::size(kTerms);
constexpr size_t kTermCount = kBaseTermCount + std::size(kLanguageTerms);

// Term i of kTerms followed by kLanguageTerms.
const Term& TermAt(size_t i) {
  return i < kBaseTermCount ? kTerms[i] : kLanguageTerms[i - kBaseTermCount];
}

bool IsListOnly(std::string_view pattern) {
  return pattern == "ms" || pattern == "als" || pattern == "ed";
}

// An ambiguous abbreviation counts only as a list item: "we treat arthritis,
// MS, autism" but not "Ms. Smith" or German "besser als".
bool LooksLikeListItem(std::string_view s, size_t begin, size_t end) {
  auto trimmed_before = [&]() -> std::string_view {
    size_t i = begin;
    while (i > 0 && s[i - 1] == ' ') --i;
    return s.substr(0, i);
  };
  std::string_view before = trimmed_before();
  size_t after = end;
  while (after < s.size() && s[after] == ' ') ++after;
  const bool comma_before = !before.empty() && (before.back() == ',' || before.back() == '/');
  const bool and_before = before.size() >= 4 && (before.substr(before.size() - 4) == " and" ||
                                                 before.substr(before.size() - 3) == " or");
  const bool comma_after =
      after < s.size() && (s[after] == ',' || s[after] == '/' || s[after] == ';');
  const bool and_after = s.substr(after, 4) == "and " || s.substr(after, 3) == "or ";
  if (end < s.size() && s[end] == '.') return false;  // "Ms." as a title
  return ((comma_before || and_before) && (comma_after || and_after || after >= s.size())) ||
         (comma_after && (comma_before || and_before || begin == 0));
}

struct Compiled {
  size_t count = 0;          // terms [0, count) of TermAt
  std::unique_ptr<RE2> any;  // those terms, as one alternation
  std::unique_ptr<RE2> each[kTermCount];
};

bool HasNonAscii(std::string_view pattern) {
  for (const char c : pattern) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// Terms in letters are bounded by \b; terms holding CJK characters cannot be
// (RE2's \b is ASCII-only, and Japanese has no spaces), so they stand apart.
// The alternation of terms [from, to) of TermAt.
std::string AlternationOf(size_t from, size_t to) {
  std::string bounded;
  std::string unbounded;
  for (size_t i = from; i < to; ++i) {
    std::string& group = HasNonAscii(TermAt(i).pattern) ? unbounded : bounded;
    if (!group.empty()) group += '|';
    group += TermAt(i).pattern;
  }
  std::string all;
  if (!bounded.empty()) all = R"(\b(?:)" + bounded + R"()\b)";
  if (!unbounded.empty()) all += (all.empty() ? "(?:" : "|(?:") + unbounded + ")";
  return all;
}

Compiled* Compile(size_t count) {
  auto* c = new Compiled;
  c->count = count;
  RE2::Options options;
  options.set_log_errors(false);
  c->any = std::make_unique<RE2>(AlternationOf(0, count), options);
  for (size_t i = 0; i < count; ++i) {
    c->each[i] = std::make_unique<RE2>(TermAt(i).pattern, options);
  }
  return c;
}

// kTerms alone, or with kLanguageTerms; each compiled on first use.
const Compiled& GetCompiled(bool added_languages) {
  if (added_languages) {
    static const Compiled* const all = Compile(kTermCount);
    return *all;
  }
  static const Compiled* const base = Compile(kBaseTermCount);
  return *base;
}

}  // namespace

const char* DiseasePrefilterPattern() {
  static const std::string* pattern = new std::string(AlternationOf(0, kBaseTermCount));
  return pattern->c_str();
}

const char* DiseaseLanguagePrefilterPattern() {
  static const std::string* pattern = new std::string(AlternationOf(kBaseTermCount, kTermCount));
  return pattern->c_str();
}

std::vector<DiseaseMention> FindDiseases(std::string_view folded, bool added_languages) {
  std::vector<DiseaseMention> out;
  const Compiled& c = GetCompiled(added_languages);
  re2::StringPiece input(folded.data(), folded.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= folded.size() &&
         c.any->Match(input, pos, folded.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t begin = static_cast<size_t>(match.data() - folded.data());
    const size_t end = begin + match.size();
    pos = end > begin ? end : begin + 1;
    for (size_t i = 0; i < c.count; ++i) {
      if (!RE2::FullMatch(match, *c.each[i])) continue;
      const Term& term = TermAt(i);
      if (IsListOnly(term.pattern) && !LooksLikeListItem(folded, begin, end)) break;
      out.push_back({term.name, term.disease_class, begin, end});
      break;
    }
  }
  return out;
}

}  // namespace clinicrank
