// Treatment facts (parsers/extract/treatment.h): ultrasound and other guidance, cell
// sources and origin, personalized plan. Heuristic throughout; vocabulary in
// parsers/vocab/treatment_terms.cpp, negation scope in parsers/text/polarity.cpp, the
// rules in DOMAIN.md §4-§5.
//
// Each block is split into sentences; each sentence is folded once and
// scanned once for vocabulary (one RE2 pass). Only sentences with a hit pay
// for clause analysis.
#include "parsers/extract/treatment.h"

#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/text/polarity.h"
#include "parsers/text/fold.h"
#include "parsers/text/attribution.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/sentences.h"
#include "parsers/text/words.h"
#include "parsers/vocab/languages.h"
#include "parsers/vocab/treatment_terms.h"

namespace clinicrank {
namespace {

constexpr std::string_view kUltrasound = "ultrasound_guidance";
constexpr std::string_view kOtherGuidance = "other_guidance";
constexpr std::string_view kCellSources = "cell_sources";
constexpr std::string_view kOriginCue = "origin_cue";  // internal
constexpr std::string_view kPlan = "personalized_plan";

// Contract order of the enums, for stable output.
constexpr std::array<std::string_view, 9> kSourceOrder = {
    "bone_marrow", "adipose",    "peripheral_blood", "amniotic",
    "umbilical_cord", "wharton_jelly", "placental", "exosomes",
    "donor_unspecified"};
constexpr std::array<std::string_view, 3> kGuidanceOrder = {"fluoroscopy",
                                                            "mri", "ct"};

bool IsAllogeneic(std::string_view source) {
  return source == "amniotic" || source == "umbilical_cord" ||
         source == "wharton_jelly" || source == "placental" ||
         source == "exosomes" || source == "donor_unspecified";
}

bool IsAutologousSource(std::string_view source) {
  return source == "bone_marrow" || source == "adipose" ||
         source == "peripheral_blood";
}

// The clinic itself is the subject: "we", "our", Spanish first-person plural
// verbs, "all injections", "la aplicacion".
bool HasClinicSubject(std::string_view folded) {
  static const PhraseSet kSubjects{
      "we",           "our",          "ours",         "us",          "we're",       "we've",
      "nosotros",     "nosotras",     "nuestro",      "nuestra",     "nuestros",    "nuestras",
      "wir",          "unser",        "unsere",       "unserer",     "unseren",     "unserem",
      "uns",          "every injection", "each injection", "all injections", "knee injections",
      "every procedure", "the injection", "the injections", "the procedure", "las inyecciones",
      "la inyeccion", "la aplicacion", "las aplicaciones", "la infiltracion", "toda infiltracion",
      "cada inyeccion", "die injektion", "alle injektionen", "jede injektion",
      // --- pt, it, fr, tr, pl, cs, ja: "we", "our", first-person verbs, the
      // injection itself.
      "nos", "nosso", "nossa", "nossos", "nossas", "a aplicacao", "as aplicacoes", "a infiltracao",
      "a injecao", "cada aplicacao", "noi", "nostro", "nostra", "nostri", "nostre",
      "utilizziamo", "usiamo", "eseguiamo", "effettuiamo", "iniettiamo", "offriamo",
      "l'infiltrazione", "le infiltrazioni", "ogni infiltrazione", "nous", "notre", "nos",
      "utilisons", "effectuons", "injectons", "pratiquons", "realisons", "proposons",
      "l'injection", "les injections", "chaque injection", "biz", "bizim", "klinigimiz",
      "klinigimizde", "merkezimizde", "kullaniyoruz", "uyguluyoruz", "yapiyoruz", "enjeksiyon",
      "enjeksiyonlar", "nasz", "nasza", "nasze", "naszym", "naszej", "stosujemy", "wykonujemy",
      "podajemy", "uzywamy", "oferujemy", "iniekcja", "iniekcje", "zastrzyk", "nase",
      "pouzivame", "aplikace", "injekce", "当院", "当クリニック", "注射", "注入"};
  if (kSubjects.In(folded)) return true;
  for (std::string_view word : SplitWords(folded)) {
    if (word.size() >= 6 && (word.ends_with("amos") || word.ends_with("emos"))) {
      return true;  // usamos, utilizamos, ofrecemos
    }
  }
  return false;
}

// A question put to the clinic ("Do you ...", "Will my ...").
bool AddressesClinic(std::string_view folded) {
  if (HasClinicSubject(folded)) return true;
  static const PhraseSet kAddressees{"you", "your", "usted", "ustedes", "sie", "ihr", "ihre",
                                     "i",   "my",   "me",    "mi",      "mis", "yo",  "ich",
                                     "mein", "meine", "meinen",
                                     // --- pt, it, fr, tr, pl, ja
                                     "voce", "seu", "sua", "meu", "minha", "lei", "mio", "mia",
                                     "vous", "votre", "vos", "je", "mon", "siz", "sizin", "ben",
                                     "benim", "pan", "pani", "moj", "moja", "私", "あなた"};
  return kAddressees.In(folded);
}

// "contain no live cells": said of a product only by those who don't sell it.
bool HasNegativeEvaluation(std::string_view folded) {
  static const PhraseSet kCues{
      "no live",        "no living",     "not live",       "no viable",     "not viable",
      "dead",           "nonviable",     "muertas",        "tote",          "toten",
      "contain no",     "contains no",   "not contain",    "don't contain", "doesn't contain",
      "no contienen",   "no contiene",   "enthalten keine", "keine lebenden", "not stem",
      "no stem",        "lack",          "lacks",          "carecen",
      // --- pt, it, fr, tr, pl, ja
      "nao contem",     "celulas mortas", "non contiene",  "non contengono", "cellule morte",
      "ne contient",    "cellules mortes", "canli hucre icermez", "olu hucre", "martwe komorki",
      "nie zawiera",    "死細胞"};
  return kCues.In(folded);
}

// "or" between two named things: "bone marrow or fat", "o", "oder", "either".
bool HasDisjunction(std::string_view folded) {
  static const PhraseSet kWords{"or", "o", "u", "oder", "either", "both", "ambos", "ambas",
                                "tanto", "sowohl", "bzw", "and/or", "y/o", "und/oder",
                                // --- pt, it, fr, tr, pl, ja
                                "ou", "e/ou", "oppure", "soit", "veya", "ya da", "lub", "albo",
                                "または", "又は", "もしくは"};
  return kWords.In(folded);
}

// Words before the first of two named things that make them alternatives
// ("either", "both", "tanto"): HasDisjunction less the bare "or" words, which
// before the first thing are something else (Portuguese "o" is "the").
bool HasDisjunctionBefore(std::string_view folded) {
  static const PhraseSet kWords{"either", "both", "ambos", "ambas", "tanto", "sowohl",
                                // --- pt, it, fr, pl
                                "quer", "sia", "soit", "zarowno"};
  return kWords.In(folded);
}

bool HasInjectionContext(std::string_view folded) {
  static const PhraseSet kWords({"inject", "needle", "aguja", "inyec", "infiltr", "aplicac", "aplica",
       "puncion", "punctur", "injekt", "injizi", "spritz", "nadel", "punktion",
       "placement", "placed", "deliver", "guid", "guia", "procedure",
       "procedimiento", "precis", "accura",
       // --- pt, it, fr, tr, pl, cs, ja
       "injec", "injet", "agulha", "iniez", "iniett", "aiguille", "enjeksiyon", "enjekte",
       "igne", "iniekc", "wstrzyk", "zastrzyk", "igl", "podani", "injekc", "aplikac", "注射",
       "注入", "投与", "針"}, PhraseSet::Mode::kPrefix);
  return kWords.In(folded);
}

bool HasStemContext(std::string_view folded) {
  static const PhraseSet kWords({"stem", "madre", "stamm", "progenitor",
                                  "mobiliz", "moviliz", "mesenchym", "msc",
                                  // --- pt, it, fr, tr, pl, cs, ja
                                  "tronco", "estaminai", "staminal", "souche", "kok hucre",
                                  "macierzyst", "kmenov", "幹細胞"}, PhraseSet::Mode::kPrefix);
  return kWords.In(folded);
}

bool HasUsageContext(std::string_view folded) {
  static const PhraseSet kWords({"use", "using", "offer", "need", "necessar", "requir", "rely", "reli",
       "perform", "guid", "inject", "utiliz", "usa", "usamos", "ofrec",
       "necesit", "necesari", "emple", "verwend", "benutz", "einsetz",
       "eingesetzt", "nutz", "notig", "notwendig", "anbiet", "bieten",
       "injizi", "spritz", "realiz", "guia", "do", "does",
       // --- pt, it, fr, tr, pl, cs, ja
       "oferec", "empreg", "fazemos", "precis", "utilizz", "usiamo", "offr", "eseguiamo",
       "utilis", "propos", "effectu", "pratiqu", "necessit", "besoin", "kullan", "uygula",
       "gerek", "stosuj", "uzyw", "wykonuj", "wymag", "potrzeb", "pouzi", "provad", "使用",
       "用い", "使って", "行って", "実施", "必要"}, PhraseSet::Mode::kPrefix);
  return kWords.In(folded);
}

// "avoids the radiation of fluoroscopy": a comparison, not the clinic's use.
bool HasAvoidanceCue(std::string_view folded) {
  static const PhraseSet kWords({"avoid", "evita", "vermeid", "radiation", "radiacion", "strahl",
                                 // --- pt, it, fr, tr, pl, ja
                                 "evit", "radiac", "radiazion", "kacin", "radyasyon", "unik",
                                 "promieniowan", "被ばく", "被曝", "避け"},
                                PhraseSet::Mode::kPrefix);
  return kWords.In(folded);
}

enum class Answer { kNone, kYes, kNo };

// How an FAQ answer opens: "No.", "Nunca", "Nein" / "Yes,", "Sí.", "Ja".
Answer AnswerLead(std::string_view folded) {
  const std::vector<std::string_view> words = SplitWords(folded);
  if (words.empty()) return Answer::kNone;
  const std::string_view a = words[0];
  const std::string_view b = words.size() > 1 ? words[1] : std::string_view();
  // "si" / "no" must stand alone ("No.", "Si,"), not open a clause
  // ("Si usted...", "No stem cell product is...").
  const size_t at = folded.find(a);
  const size_t after = at + a.size();
  const bool alone = after >= folded.size() || folded[after] == ',' ||
                     folded[after] == '.' || folded[after] == '!' ||
                     folded[after] == ';' || folded[after] == ':' ||
                     (folded[after] == ' ' && after + 1 < folded.size() &&
                      folded[after + 1] == '-');
  if ((a == "no" && alone) || a == "nope" || a == "nein" || a == "never" ||
      a == "nunca" || a == "jamas" || (a == "not" && b == "at") ||
      ((a == "absolutely" || a == "definitely" || a == "certainly") &&
       b == "not") ||
      (a == "of" && b == "course" && words.size() > 2 && words[2] == "not") ||
      (a == "en" && b == "absoluto") || a == "keinesfalls") {
    return Answer::kNo;
  }
  if (a == "yes" || a == "yep" || (a == "si" && alone) || (a == "ja" && alone) ||
      a == "absolutely" || a == "definitely" || a == "certainly" ||
      a == "always" || a == "siempre" || a == "claro" || a == "immer" ||
      a == "selbstverstandlich" || a == "indeed" || a == "correct" ||
      (a == "of" && b == "course") || (a == "por" && b == "supuesto")) {
    return Answer::kYes;
  }
  return Answer::kNone;
}

bool EndsWithQuestionMark(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' ||
                           text.back() == '\'' || text.back() == ')')) {
    text.remove_suffix(1);
  }
  return !text.empty() && text.back() == '?';
}

std::string_view FirstSentence(std::string_view text) {
  const std::vector<Span> spans = SplitSentences(text);
  if (spans.empty()) return {};
  return text.substr(spans[0].begin, spans[0].size());
}

// Number of words strictly between two byte offsets of a folded text.
size_t WordsBetween(std::string_view folded, size_t from, size_t to) {
  if (to <= from) return 0;
  return SplitWords(folded.substr(from, to - from)).size();
}

bool Within(const Span& s, size_t pos) { return pos >= s.begin && pos < s.end; }

// A finding as TreatmentExtractor::Record keys and ranks it.
struct Outcome {
  std::string_view field;
  std::string_view value;
  int priority = 0;
};
// True when Record would drop the outcome: the same field and value is held
// already at a priority it cannot beat.
using IsSettled = std::function<bool(const Outcome&)>;

// True if some finding SentenceJudge can make from `h` (see Judge) is not
// settled yet. Plan nouns, blockers and traps make none on their own.
bool HitIsOpen(const TermHit& h, const IsSettled& settled) {
  auto open = [&](std::string_view field, std::string_view value, int priority) {
    return !settled({field, value, priority});
  };
  switch (h.kind) {
    case TermKind::kUltrasoundGuided:
      return open(kUltrasound, "yes", 2) || open(kUltrasound, "no", 1);
    case TermKind::kUltrasoundWeak:
      return open(kUltrasound, "yes", 1) || open(kUltrasound, "no", 1);
    case TermKind::kUltrasoundBare:
      return open(kUltrasound, "yes", 1) || open(kUltrasound, "no", 1);
    case TermKind::kImaging:
    case TermKind::kBlind:
      return open(kUltrasound, "no", 1);
    case TermKind::kOtherGuidance:
      return open(kOtherGuidance, h.value, 1);
    case TermKind::kCellSource:
      return open(kCellSources, h.value, 1);
    case TermKind::kAutologousStrong:
      return open(kOriginCue, "strong", 1);
    case TermKind::kAutologousWeak:
      return open(kOriginCue, "weak", 1);
    case TermKind::kTailor:
      return open(kPlan, "yes", 1);
    case TermKind::kStandardPlan:
    case TermKind::kOneSizeFitsAll:
      return open(kPlan, "no", 1);
    default:
      return false;
  }
}

// One finding of a block scan.
struct Found {
  std::string_view field;
  std::string value;
  int priority = 0;
};

// Everything known about one sentence while scanning it.
struct SentenceScan {
  std::string_view folded;
  const std::vector<TermHit>* hits = nullptr;
  const SentencePolarity* polarity = nullptr;
  const MentionReader* reader = nullptr;
  // An article, blog post, news or broker page (parsers/extract/page_genre.h).
  bool information_page = false;
  // The sentence is a heading: a topic, not a statement, unless the clinic
  // speaks in it ("Why we use your own marrow").
  bool heading = false;
  // FAQ handling: the answer that follows this question, if any.
  bool question = false;
  Answer answer = Answer::kNone;
  bool addressed = false;  // the question is put to the clinic
  // Educational context of the whole block (section heading + evaluation).
  bool educational_block = false;
  // Hits whose every finding is settled are not judged.
  const IsSettled* settled = nullptr;
};

class SentenceJudge {
 public:
  explicit SentenceJudge(const SentenceScan& s) : s_(s) {}

  // The polarity of a hit after applying an FAQ answer.
  Polarity Of(const TermHit& h) const {
    Polarity p = s_.polarity->Of(h.begin, h.end);
    if (s_.question &&
        (p == Polarity::kHypothetical || p == Polarity::kAffirmed)) {
      if (s_.answer == Answer::kYes && s_.addressed) return Polarity::kAffirmed;
      if (s_.answer == Answer::kNo) return Polarity::kNegated;
      return Polarity::kHypothetical;
    }
    return p;
  }

  std::string_view ClauseOf(const TermHit& h) const {
    const Span c = s_.polarity->ClauseAt(h.begin);
    return s_.folded.substr(c.begin, c.size());
  }

  // The clinic is the subject of the hit's clause, or of the sentence when
  // no other party is named in it.
  bool ClinicSpeaks(const TermHit& h) const {
    if (s_.question) return s_.addressed;
    if (HasClinicSubject(ClauseOf(h))) return true;
    return !s_.polarity->HasOthersCue() && HasClinicSubject(s_.folded);
  }

  // Research, a report or a market figure in the hit's clause (DOMAIN.md §4
  // global traps): not the clinic's practice even when negated.
  bool Educational(const TermHit& h) const {
    const Span c = s_.polarity->ClauseAt(h.begin);
    return s_.reader->HasCue(AttributionCue::kResearch, c) ||
           s_.reader->HasCue(AttributionCue::kReport, c);
  }

  // The clinic's own affirmative statement on this page (issue 12): an FAQ
  // question the clinic answers "yes", or a mention that reads as its own
  // (parsers/text/attribution.h) — in its own voice, or on its own page.
  bool Own(const TermHit& h) const {
    if (Of(h) != Polarity::kAffirmed) return false;
    if (s_.question) return true;
    const MentionReading r = s_.reader->Of(h.begin, h.end);
    if (s_.heading && !r.own_voice) return false;
    return CountsAsOwn(r, s_.information_page);
  }

  void Judge(std::vector<Found>* out) const {
    const std::vector<TermHit>& hits = *s_.hits;
    bool any_source = false;
    bool any_autologous_cue = false;
    for (const TermHit& h : hits) {
      any_source = any_source ||
                   (h.kind == TermKind::kCellSource && !(h.flags & kWeakSource));
      any_autologous_cue = any_autologous_cue ||
                           h.kind == TermKind::kAutologousStrong ||
                           h.kind == TermKind::kAutologousWeak;
    }
    const bool survey = SurveysSources();
    for (size_t i = 0; i < hits.size(); ++i) {
      const TermHit& h = hits[i];
      if (!HitIsOpen(h, *s_.settled)) continue;
      switch (h.kind) {
        case TermKind::kUltrasoundGuided:
        case TermKind::kUltrasoundWeak:
        case TermKind::kUltrasoundBare:
        case TermKind::kImaging:
          JudgeGuidance(h, ListedUnderImaging(i), out);
          break;
        case TermKind::kBlind:
          if (Own(h) && ClinicSpeaks(h)) {
            out->push_back({kUltrasound, "no", 1});
          }
          break;
        case TermKind::kOtherGuidance:
          if (Own(h) && !HasAvoidanceCue(ClauseOf(h))) {
            out->push_back({kOtherGuidance, std::string(h.value), 1});
          }
          break;
        case TermKind::kCellSource:
          if (!survey) JudgeSource(h, any_source, any_autologous_cue, out);
          break;
        case TermKind::kAutologousStrong:
        case TermKind::kAutologousWeak:
          if (!survey && Own(h)) {
            out->push_back({kOriginCue,
                            h.kind == TermKind::kAutologousStrong ? "strong"
                                                                   : "weak",
                            1});
          }
          break;
        case TermKind::kTailor:
          if (Own(h) && TailorsAPlan(i)) {
            out->push_back({kPlan, "yes", 1});
          }
          break;
        case TermKind::kStandardPlan:
        case TermKind::kOneSizeFitsAll:
          JudgeStandardPlan(h, out);
          break;
        default:
          break;
      }
    }
  }

 private:
  // A survey of where cells can come from, not the clinic's choice (issue 12,
  // kind 3): without the clinic's own voice, a sentence that offers two
  // sources as alternatives ("from bone marrow or from fat", "the body's own
  // or donor cells", "both autologous and allogeneic cells").
  bool SurveysSources() const {
    const std::vector<TermHit>& hits = *s_.hits;
    std::string_view first;
    size_t first_end = 0;
    bool alternatives = false;
    for (const TermHit& h : hits) {
      std::string_view value;
      if (h.kind == TermKind::kCellSource && !(h.flags & kWeakSource)) {
        value = h.value;
      } else if (h.kind == TermKind::kAutologousStrong || h.kind == TermKind::kAutologousWeak) {
        value = "own";
      } else {
        continue;
      }
      if (first.empty()) {
        first = value;
        first_end = h.end;
      } else if (value != first &&
                 (HasDisjunction(s_.folded.substr(first_end, h.begin - first_end)) ||
                  HasDisjunctionBefore(s_.folded.substr(0, first_end)))) {
        alternatives = true;
      }
    }
    return alternatives && !s_.reader->OwnVoiceIn(Span{0, s_.folded.size()});
  }

  // "under image guidance (ultrasound or fluoroscopy)", "image-guided:
  // ultrasound, fluoroscopy": hit `i` is one of the modalities listed right
  // after an imaging-guidance phrase, with only punctuation, other
  // modalities and "or"/"and" between them.
  bool ListedUnderImaging(size_t i) const {
    const std::vector<TermHit>& hits = *s_.hits;
    if (hits[i].kind != TermKind::kUltrasoundBare) return false;
    for (size_t j = i; j-- > 0;) {
      const TermHit& g = hits[j];
      if (g.kind == TermKind::kOtherGuidance || g.kind == TermKind::kUltrasoundBare) continue;
      if (g.kind != TermKind::kImaging || g.end > hits[i].begin) return false;
      std::string gap(s_.folded.substr(g.end, hits[i].begin - g.end));
      for (size_t k = j + 1; k < i; ++k) {  // blank out the other modalities
        const TermHit& m = hits[k];
        if (m.begin >= g.end && m.end <= hits[i].begin) {
          gap.replace(m.begin - g.end, m.end - m.begin, m.end - m.begin, ' ');
        }
      }
      if (gap.size() > 48) return false;
      for (std::string_view w : SplitWords(gap)) {
        if (w != "or" && w != "and" && w != "such" && w != "as" && w != "either" &&
            w != "o" && w != "y" && w != "oder" && w != "und" && w != "ou" && w != "e") {
          return false;
        }
      }
      return gap.find_first_of("(:,") != std::string::npos || !SplitWords(gap).empty();
    }
    return false;
  }

  void JudgeGuidance(const TermHit& h, bool listed_under_imaging, std::vector<Found>* out) const {
    const Polarity p = Of(h);
    if (Educational(h)) return;
    if (p == Polarity::kAffirmed) {
      if (!Own(h)) return;
      if (listed_under_imaging && HasInjectionContext(s_.folded)) {
        out->push_back({kUltrasound, "yes", 1});
        return;
      }
      if (h.kind == TermKind::kUltrasoundGuided) {
        out->push_back({kUltrasound, "yes", 2});
      } else if (h.kind == TermKind::kUltrasoundWeak &&
                 HasInjectionContext(s_.folded)) {
        out->push_back({kUltrasound, "yes", 1});
      }
      return;
    }
    // "We inject without imaging", "we don't use ultrasound", an FAQ "Do you
    // use ultrasound guidance?" answered "No".
    if (p == Polarity::kNegated && ClinicSpeaks(h) &&
        (HasUsageContext(ClauseOf(h)) || s_.question)) {
      out->push_back({kUltrasound, "no", 1});
    }
  }

  void JudgeSource(const TermHit& h, bool any_source, bool any_autologous_cue,
                   std::vector<Found>* out) const {
    if (!Own(h)) return;
    if ((h.flags & kNeedsStem) && !HasStemContext(s_.folded)) return;
    if ((h.flags & kWeakSource) && (any_source || any_autologous_cue)) return;
    if (IsAllogeneic(h.value)) {
      // Explanations that birth-tissue products hold no live cells come from
      // clinics that do not sell them (DOMAIN.md §2, §4).
      if (HasNegativeEvaluation(s_.folded)) return;
      if (s_.educational_block && !HasClinicSubject(s_.folded)) return;
    }
    out->push_back({kCellSources, std::string(h.value), 1});
  }

  // A tailoring word bound to a plan noun in the same clause: "personalized
  // treatment plan", "plan de tratamiento personalizado", "the dose is
  // tailored to", "we customize each protocol" — but not "personalized
  // quote" or "personal coordinator".
  bool TailorsAPlan(size_t i) const {
    const std::vector<TermHit>& hits = *s_.hits;
    const TermHit& t = hits[i];
    const Span clause = s_.polarity->ClauseAt(t.begin);
    for (size_t k = i + 1; k < hits.size(); ++k) {
      const TermHit& h = hits[k];
      if (!Within(clause, h.begin)) break;
      if (WordsBetween(s_.folded, t.end, h.begin) > 3) break;
      if (h.kind == TermKind::kPlanBlocker) break;
      if (h.kind == TermKind::kPlanNoun) return true;
    }
    for (size_t k = i; k-- > 0;) {
      const TermHit& h = hits[k];
      if (!Within(clause, h.begin)) break;
      if (WordsBetween(s_.folded, h.end, t.begin) > 4) break;
      if (h.kind == TermKind::kPlanBlocker) break;
      if (h.kind == TermKind::kPlanNoun) return true;
    }
    return false;
  }

  // "We use one standard protocol for every patient" is a no; so is a
  // clinic calling its own protocol one-size-fits-all. Dismissing
  // one-size-fits-all ("we don't believe in ...") is neither.
  void JudgeStandardPlan(const TermHit& h, std::vector<Found>* out) const {
    if (!Own(h)) return;
    const std::string_view phrase = s_.folded.substr(h.begin, h.end - h.begin);
    static const PhraseSet kUniversal{"every", "all",   "each", "any",
                                      "todos", "todas", "cada", "alle",
                                      // --- it, fr, tr, pl, ja
                                      "tutti", "ogni", "ciascun", "tous", "chaque", "toutes",
                                      "wszyscy", "kazdy", "全て", "すべて"};
    const bool universal = h.kind == TermKind::kStandardPlan && kUniversal.In(phrase);
    if (universal || ClinicSpeaks(h)) out->push_back({kPlan, "no", 1});
  }

  const SentenceScan& s_;
};

// True if a heading above `block` (its section, that heading's section, ...)
// negates or rejects a birth-tissue / donor source.
bool HeadingsRefuseDonorTissue(const Document& doc, const Block& block, bool added_languages) {
  std::vector<TermHit> hits;
  int s = block.section;
  for (int depth = 0; depth < 6 && s >= 0 && static_cast<size_t>(s) < doc.blocks.size();
       ++depth) {
    const Block& heading = doc.blocks[static_cast<size_t>(s)];
    const std::string folded = FoldCopy(heading.text);
    hits.clear();
    FindTreatmentTerms(folded, &hits, added_languages);
    if (!hits.empty()) {
      const SentencePolarity polarity(folded);
      for (const TermHit& h : hits) {
        if (h.kind == TermKind::kCellSource && IsAllogeneic(h.value) &&
            polarity.Of(h.begin, h.end) == Polarity::kNegated) {
          return true;
        }
      }
    }
    if (heading.section >= s) break;  // malformed: sections must go upward
    s = heading.section;
  }
  return false;
}

// State shared by the block scans of one page.
struct PageScan {
  const Document& doc;
  PageText& text;
  bool information_page = false;
  IsSettled settled;
  // HeadingsRefuseDonorTissue by section index (-1: not computed yet); it
  // depends only on the section, which many blocks share.
  std::vector<signed char> refuses_by_section;
  // The page needs the tables of the languages added with issue 18.
  bool added_languages = true;

  bool HeadingsRefuse(const Block& block) {
    if (block.section < 0 || static_cast<size_t>(block.section) >= refuses_by_section.size()) {
      return HeadingsRefuseDonorTissue(doc, block, added_languages);
    }
    signed char& memo = refuses_by_section[static_cast<size_t>(block.section)];
    if (memo < 0) memo = HeadingsRefuseDonorTissue(doc, block, added_languages) ? 1 : 0;
    return memo == 1;
  }
};

// Scans one block; appends (finding, quote) pairs, leaving out findings the
// page scan reports settled.
void ScanBlock(PageScan& page, size_t index,
               std::vector<std::pair<Found, std::string>>* out) {
  const Document& doc = page.doc;
  const Block& block = doc.blocks[index];
  if (!page.text.ClinicSpeaks(index)) return;
  const std::string_view text = block.text;
  // Most blocks say nothing about treatment: one prefilter pass over the
  // whole block spares splitting and scanning its sentences.
  const BlockFold& fold = page.text.Fold(index);
  if (!MayHaveTreatmentTerms(fold.text(), page.added_languages)) return;
  const std::vector<Span>& sentences = page.text.Sentences(index);
  if (sentences.empty()) return;

  // An FAQ question in a heading (or a block that is one question): its
  // answer is the next block.
  const bool heading_question =
      block.kind == BlockKind::kHeading && EndsWithQuestionMark(text);
  // Computed only when a sentence needs them (most blocks never do).
  std::string_view next_block_answer;  // its first sentence: the Yes / No
  std::string_view next_block_text;    // all of it, for the quote
  bool next_block_done = false;
  auto load_next_block = [&] {
    if (next_block_done) return;
    next_block_done = true;
    if (index + 1 < doc.blocks.size() &&
        doc.blocks[index + 1].kind != BlockKind::kHeading) {
      next_block_text = doc.blocks[index + 1].text;
      next_block_answer = FirstSentence(next_block_text);
    }
  };
  // Educational text about birth-tissue or donor products: a block that
  // says such products lack live cells, or a section under a heading that
  // refuses them ("Why we don't use amniotic 'stem cells'").
  int educational_block = -1;  // unknown yet
  auto is_educational_block = [&] {
    if (educational_block < 0) {
      educational_block = HasNegativeEvaluation(fold.text()) || page.HeadingsRefuse(block);
    }
    return educational_block == 1;
  };

  std::vector<TermHit> hits;
  std::vector<Found> found;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::string_view sentence =
        text.substr(sentences[k].begin, sentences[k].size());
    const std::string_view folded = fold.Cut(sentences[k]);
    hits.clear();
    FindTreatmentTerms(folded, &hits, page.added_languages);
    // Skip the clause analysis unless some hit could still add a finding.
    const bool open = std::any_of(hits.begin(), hits.end(), [&](const TermHit& h) {
      return HitIsOpen(h, page.settled);
    });
    if (!open) continue;
    const SentencePolarity polarity(folded);
    const MentionReader reader(folded, polarity);

    SentenceScan scan;
    scan.folded = folded;
    scan.hits = &hits;
    scan.polarity = &polarity;
    scan.reader = &reader;
    scan.information_page = page.information_page;
    scan.heading = block.kind == BlockKind::kHeading;
    scan.settled = &page.settled;
    scan.educational_block =
        std::any_of(hits.begin(), hits.end(),
                    [](const TermHit& h) {
                      return h.kind == TermKind::kCellSource && IsAllogeneic(h.value);
                    }) &&
        is_educational_block();
    std::string_view answer;
    std::string_view answer_quote;
    if (heading_question) {
      scan.question = true;
      load_next_block();
      answer = next_block_answer;
      answer_quote = next_block_text;
    } else if (polarity.IsQuestion()) {
      scan.question = true;
      if (k + 1 < sentences.size()) {
        answer = text.substr(sentences[k + 1].begin, sentences[k + 1].size());
        answer_quote = answer;
      } else if (EndsWithQuestionMark(text)) {
        load_next_block();
        answer = next_block_answer;
        answer_quote = next_block_text;
      }
    }
    if (scan.question) {
      scan.answer = AnswerLead(FoldCopy(answer));
      scan.addressed = AddressesClinic(folded);
    }

    found.clear();
    SentenceJudge(scan).Judge(&found);
    std::erase_if(found, [&](const Found& f) {
      return page.settled({f.field, f.value, f.priority});
    });
    if (found.empty()) continue;

    std::string quote_text(sentence);
    if (scan.question) {
      if (scan.answer != Answer::kNone) {
        quote_text = heading_question ? std::string(text) : quote_text;
        quote_text += " ";
        quote_text += answer_quote;
      }
    } else if ((block.kind == BlockKind::kListItem ||
                block.kind == BlockKind::kTableRow) &&
               text.size() <= 300) {
      quote_text = std::string(text);
    }
    const std::string quote = MakeQuote(quote_text);
    for (Found& f : found) out->emplace_back(std::move(f), quote);
  }
}

}  // namespace

void TreatmentExtractor::Record(Mention m) {
  for (Mention& have : mentions_) {
    if (have.field == m.field && have.value == m.value) {
      if (m.priority > have.priority) have = std::move(m);
      return;
    }
  }
  mentions_.push_back(std::move(m));
}

bool TreatmentExtractor::Settled(std::string_view field, std::string_view value,
                                 int priority) const {
  // Finish reads ultrasound and plan `no` only when there is no `yes`.
  if ((field == kUltrasound || field == kPlan) && value == "no" && Settled(field, "yes", 0)) {
    return true;
  }
  for (const Mention& m : mentions_) {
    if (m.field == field && m.value == value) return m.priority >= priority;
  }
  return false;
}

void TreatmentExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  PageText text(doc);
  AddPage(doc, ctx, &text);
}

void TreatmentExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  // A finding Record would drop needs no analysis: a clinic repeats its
  // ultrasound and cell-source statements across sections and pages.
  PageScan page{doc, *text, ctx.information_page,
                [this](const Outcome& o) { return Settled(o.field, o.value, o.priority); },
                std::vector<signed char>(doc.blocks.size(), -1),
                AddedLanguagesApply(ctx.lang)};
  std::vector<std::pair<Found, std::string>> found;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    found.clear();
    ScanBlock(page, i, &found);
    for (auto& [f, quote] : found) {
      Record(Mention{std::string(f.field), std::move(f.value), quote, ctx.url,
                     f.priority});
    }
  }
}

void TreatmentExtractor::Finish(ClinicFacts* out) const {
  auto find = [this](std::string_view field,
                     std::string_view value) -> const Mention* {
    for (const Mention& m : mentions_) {
      if (m.field == field && m.value == value) return &m;
    }
    return nullptr;
  };
  auto evidence = [out](std::string_view field, const Mention* m) {
    if (m != nullptr) {
      out->evidence.push_back(Evidence{std::string(field), m->quote, m->url});
    }
  };

  // Ultrasound: yes anywhere beats no (a page saying "we use ultrasound"
  // outweighs one about blind injections); the losing quote is dropped.
  if (const Mention* yes = find(kUltrasound, "yes")) {
    out->ultrasound_guidance = TriState::kYes;
    evidence(kUltrasound, yes);
  } else if (const Mention* no = find(kUltrasound, "no")) {
    out->ultrasound_guidance = TriState::kNo;
    evidence(kUltrasound, no);
  } else {
    out->ultrasound_guidance = TriState::kUnknown;
  }

  out->other_guidance.clear();
  for (std::string_view g : kGuidanceOrder) {
    if (const Mention* m = find(kOtherGuidance, g)) {
      out->other_guidance.emplace_back(g);
      evidence(kOtherGuidance, m);
    }
  }

  // Cell sources. "donor"/"allogeneic" counts as donor_unspecified only when
  // no birth tissue or exosome product is named (DOMAIN.md §5).
  bool named_allogeneic = false;
  for (std::string_view s : kSourceOrder) {
    if (s != "donor_unspecified" && IsAllogeneic(s) && find(kCellSources, s)) {
      named_allogeneic = true;
    }
  }
  out->cell_sources.clear();
  bool autologous = false;
  bool allogeneic = false;
  const Mention* first_auto = nullptr;
  const Mention* first_allo = nullptr;
  for (std::string_view s : kSourceOrder) {
    const Mention* m = find(kCellSources, s);
    if (m == nullptr) continue;
    if (s == "donor_unspecified" && named_allogeneic) continue;
    out->cell_sources.emplace_back(s);
    evidence(kCellSources, m);
    if (IsAutologousSource(s)) {
      autologous = true;
      if (first_auto == nullptr) first_auto = m;
    } else {
      allogeneic = true;
      if (first_allo == nullptr) first_allo = m;
    }
  }

  // Origin. An explicit "autologous" counts as an autologous source; a weak
  // "your own cells" decides only when no source is named at all.
  const Mention* strong = find(kOriginCue, "strong");
  const Mention* weak = find(kOriginCue, "weak");
  if (strong != nullptr && !autologous) {
    autologous = true;
    first_auto = strong;
  }
  if (autologous && allogeneic) {
    out->cell_origin = "mixed";
    evidence("cell_origin", first_allo);
  } else if (autologous) {
    out->cell_origin = "autologous";
    evidence("cell_origin", strong != nullptr ? strong : first_auto);
  } else if (allogeneic) {
    out->cell_origin = "allogeneic";
    evidence("cell_origin", first_allo);
  } else if (weak != nullptr) {
    out->cell_origin = "autologous";
    evidence("cell_origin", weak);
  } else {
    out->cell_origin = "unknown";
  }

  // Plan: a stated personalized plan beats a standard-protocol statement.
  if (const Mention* yes = find(kPlan, "yes")) {
    out->personalized_plan = TriState::kYes;
    evidence(kPlan, yes);
  } else if (const Mention* no = find(kPlan, "no")) {
    out->personalized_plan = TriState::kNo;
    evidence(kPlan, no);
  } else {
    out->personalized_plan = TriState::kUnknown;
  }
}

}  // namespace clinicrank
