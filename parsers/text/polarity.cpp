// Clause structure and negation scope (parsers/text/polarity.h), and the one-call
// forms SplitClauses and MentionPolarity built on it.
//
// Heuristic (DOMAIN.md §4 "Negation and disclaimers", §5 vocabulary): the word
// lists below are English, Spanish and German, folded (no accents).
#include "parsers/text/polarity.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

namespace clinicrank {
namespace {

using Words = std::initializer_list<std::string_view>;

// Size and first byte first: almost every candidate fails there, without a
// memcmp call.
bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}
bool In(Words list, std::string_view w) {
  for (std::string_view v : list) {
    if (Same(v, w)) return true;
  }
  return false;
}
template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view v : list) {
    if (Same(v, w)) return true;
  }
  return false;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.substr(w.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view w, std::string_view prefix) {
  return w.substr(0, prefix.size()) == prefix;
}

inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Contrast conjunctions: each opens a new clause.
constexpr std::string_view kContrast[] = {
    "but",     "however", "whereas", "while",    "although", "though",
    "pero",    "sino",    "mientras", "aunque",  "aber",     "sondern",
    "jedoch",  "wahrend", "obwohl",  "dagegen",  "hingegen", "nevertheless",
    "instead", "rather",  "otherwise"};

// Words that open a subordinate clause closed by its first comma.
constexpr std::string_view kSubordinators[] = {
    "if",     "unless", "whether", "unlike", "although", "though", "while",
    "whereas", "when",  "without", "compared", "si",     "sin",    "aunque",
    "mientras", "cuando", "wenn",  "falls",   "obwohl",  "wahrend", "ohne",
    "statt",  "anstatt", "anders", "instead", "rather",  "comparado",
    "comparados", "once"};

// New subjects: after a comma or "and" they start a new clause.
constexpr std::string_view kSubjects[] = {
    "we",      "i",        "our",      "you",      "your",    "they",
    "nosotros", "nosotras", "nuestro", "nuestra",  "nuestros", "nuestras",
    "usted",   "ustedes",  "wir",      "ich",      "unser",   "unsere",
    "unserer", "unseren",  "unserem"};

constexpr std::string_view kCoordinators[] = {"and", "or",  "nor", "ni", "o",  "y",
                                 "u",   "e",   "und", "oder", "noch", "plus"};

constexpr std::string_view kRestart[] = {
    "only",  "just",       "solely", "exclusively", "solo", "solamente",
    "unicamente", "exclusivamente", "nur", "ausschliesslich", "lediglich",
    "always", "siempre",  "immer"};

// After a verbal negation these make it negate a following noun phrase
// ("is not a donor product") or not negate at all ("not only").
constexpr std::string_view kNotFollowers[] = {
    "only", "just", "merely", "simply", "solo", "solamente", "unicamente",
    "nur",  "a",    "an",     "the",    "un",   "una",       "el",
    "la",   "los",  "las",    "ein",    "eine", "einen",     "einem",
    "der",  "die",  "das",    "all",    "always", "every",   "necessarily",
    "to",   "matter", "doubt", "wonder", "less", "alle",     "jeder",
    "todo", "todos", "todas", "siempre", "immer", "bloss",   "allein"};

constexpr std::string_view kRelatives[] = {"that",  "which", "who",  "whom", "whose",
                              "where", "que",   "cual", "cuales", "donde",
                              "welche", "welcher", "welches"};

constexpr std::string_view kOthersQuantifiers[] = {
    "other",   "many",    "some",     "most",     "several",  "certain",
    "numerous", "typical", "traditional", "conventional", "competing",
    "those",   "otras",   "otros",    "muchas",   "muchos",   "algunas",
    "algunos", "ciertas", "ciertos",  "mayoria",  "demas",    "varias",
    "varios",  "andere",  "anderen",  "anderer",  "viele",    "vielen",
    "manche",  "einige",  "meisten",  "herkommliche", "other's"};
// "all"/"every" count only after a negation: "not all clinics".
constexpr std::string_view kNegatedQuantifiers[] = {"all", "every", "todas", "todos",
                                       "alle", "jede", "jeder"};

constexpr std::string_view kParties[] = {
    "clinic",   "clinics",   "provider",  "providers",  "practitioner",
    "practitioners", "doctor", "doctors",   "physician", "physicians",
    "surgeon",  "surgeons",  "center",    "centers",    "centre",
    "centres",  "practices", "companies", "company",    "competitors",
    "facilities", "offices", "chiropractors", "places", "clinicas",
    "clinica",  "centros",   "medicos",   "doctores",   "proveedores",
    "consultorios", "kliniken", "klinik", "praxen",     "arzte",
    "aerzte",   "arzten",    "anbieter",  "zentren",    "therapists",
    "companias", "empresas"};
constexpr std::string_view kPluralParties[] = {
    "clinics",  "providers", "practitioners", "doctors",  "physicians",
    "surgeons", "centers",   "centres",  "practices", "companies",
    "clinicas", "centros",   "medicos",  "doctores",  "proveedores",
    "kliniken", "praxen",    "anbieter", "arzte",     "empresas"};
constexpr std::string_view kPossessives[] = {"our", "my", "nuestro", "nuestra",
                                "nuestros", "nuestras", "mi", "mis",
                                "unser", "unsere", "unserer", "unseren",
                                "unserem", "meine"};
constexpr std::string_view kInclusive[] = {"few", "pocas", "pocos", "wenigen", "only",
                              "unicas", "unicos", "one", "einer", "eine",
                              "una", "uno", "among", "entre"};

// Spanish words after which "no" is verbal ("no se utiliza", "no usamos").
constexpr std::string_view kSpanishVerbAfterNo[] = {
    "se",  "lo",  "la",  "los",  "las",  "le",   "les",  "me",   "nos",
    "es",  "son", "esta", "estan", "fue", "fueron", "ha", "han", "hemos",
    "hay", "era", "eran", "sera", "seran", "puede", "pueden", "usa", "usan",
    "utiliza", "utilizan", "ofrece", "ofrecen", "emplea", "emplean",
    "aplica", "aplican", "contiene", "contienen", "requiere", "requieren",
    "incluye", "incluyen", "necesita", "necesitan", "tiene", "tienen",
    "vende", "venden", "trabaja", "trabajan", "inyecta", "inyectan",
    "realiza", "realizan", "creemos", "longer", "use", "usamos"};

// Words that can open a negation cue or an others cue; anything else is
// rejected by one hash lookup (these checks run per token).
constexpr std::string_view kNegationStarts[] = {
    "no", "not", "never", "cannot", "nunca", "jamas", "tampoco", "nicht",
    "nie", "niemals", "nor", "neither", "ni", "weder", "dont", "doesnt",
    "isnt", "arent", "wont", "none", "zero", "ningun", "ninguna", "ninguno",
    "ningunos", "ningunas", "sin", "without", "ohne", "except", "excepto",
    "salvo", "ausser", "excluding", "statt", "anstatt", "anstelle", "sans",
    "instead", "rather", "free", "libre", "frei", "as", "en", "in"};
constexpr std::string_view kOthersStarts[] = {
    "unlike", "competitors", "competitor", "competidores", "competencia",
    "wettbewerber", "konkurrenz", "konkurrenten", "elsewhere", "others",
    "compared", "comparado", "comparados", "comparadas", "beware", "cuidado",
    "vorsicht", "anders", "a", "en", "im", "in", "watch"};

// Word classes, looked up once per token: most words of a sentence belong to
// none, and then no list below needs scanning for them.
enum WordClass : uint16_t {
  kNegationStart = 1 << 0,  // may open a negation cue
  kOthersStart = 1 << 1,    // may open an others cue
  kClauseWord = 1 << 2,     // MarkClauses looks at it (contrast, "sin embargo" ...)
  kSubject = 1 << 3,        // kSubjects
  kCoordinator = 1 << 4,    // kCoordinators
  kRestartWord = 1 << 5,    // kRestart
  kSelf = 1 << 6,           // the clinic speaking: "we", "our", "wir" ...
  kConditionWord = 1 << 7,  // may open a condition: "if", "si", "in case" ...
  kAgentPrep = 1 << 8,      // "by", "at", "por" ... before another party
};

constexpr std::string_view kSelfWords[] = {"we",      "wir",      "nosotros", "nosotras",
                                           "our",     "nuestra",  "nuestro",  "nuestros",
                                           "nuestras", "unsere",  "unser"};
constexpr std::string_view kConditionWords[] = {"if", "unless", "whether", "wenn", "falls",
                                                "ob", "si",     "in",      "en"};
constexpr std::string_view kAgentPreps[] = {"by", "at", "por", "en", "von", "bei"};

uint16_t ClassOf(std::string_view w) {
  static const auto* const kClasses = [] {
    auto* m = new std::unordered_map<std::string_view, uint16_t>();
    const auto add = [&](std::string_view word, uint16_t c) { (*m)[word] |= c; };
    for (std::string_view v : kNegationStarts) add(v, kNegationStart);
    for (std::string_view v : kOthersStarts) add(v, kOthersStart);
    for (std::string_view v : kOthersQuantifiers) add(v, kOthersStart);
    for (std::string_view v : kNegatedQuantifiers) add(v, kOthersStart);
    for (std::string_view v : kPluralParties) add(v, kOthersStart);
    for (std::string_view v : kContrast) add(v, kClauseWord);
    for (std::string_view v : kSubordinators) add(v, kClauseWord);
    for (std::string_view v : {"sin", "en", "which", "that", "this", "that's", "por", "deshalb",
                               "darum", "daher", "in", "as", "a", "im", "si", "unlike", "if",
                               "unless", "without", "whereas", "ohne", "wenn", "falls"}) {
      add(v, kClauseWord);
    }
    for (std::string_view v : kSubjects) add(v, kSubject);
    for (std::string_view v : kCoordinators) add(v, kCoordinator | kClauseWord);
    for (std::string_view v : kRestart) add(v, kRestartWord);
    for (std::string_view v : kSelfWords) add(v, kSelf);
    for (std::string_view v : kConditionWords) add(v, kConditionWord);
    for (std::string_view v : kAgentPreps) add(v, kAgentPrep);
    return m;
  }();
  uint16_t c = 0;
  if (const auto it = kClasses->find(w); it != kClasses->end()) c = it->second;
  if (EndsWith(w, "n't") || StartsWith(w, "kein")) c |= kNegationStart;
  return c;
}

}  // namespace

SentencePolarity::SentencePolarity(std::string_view folded) : text_(folded) {
  Tokenize();
  MarkClauses();
  ClassifyTokens();
}

void SentencePolarity::ClassifyTokens() {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!tokens_[i].word) continue;
    CueKind kind = CueKind::kVerbal;
    const size_t len = ComputeNegationCue(i, &kind);
    tokens_[i].cue_len = static_cast<uint8_t>(len);
    tokens_[i].cue_kind = static_cast<uint8_t>(kind);
    tokens_[i].others_len = static_cast<uint8_t>(ComputeOthersCue(i));
  }
}

size_t SentencePolarity::NegationCueAt(size_t i, CueKind* kind) const {
  if (i >= tokens_.size() || tokens_[i].cue_len == 0) return 0;
  *kind = static_cast<CueKind>(tokens_[i].cue_kind);
  return tokens_[i].cue_len;
}

size_t SentencePolarity::OthersCueAt(size_t i) const {
  return i < tokens_.size() ? tokens_[i].others_len : 0;
}

std::string_view SentencePolarity::Text(size_t i) const {
  if (i >= tokens_.size()) return {};
  return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
}

bool SentencePolarity::IsWord(size_t i, std::string_view w) const {
  return i < tokens_.size() && tokens_[i].word && Text(i) == w;
}

bool SentencePolarity::IsPunct(size_t i, char c) const {
  return i < tokens_.size() && !tokens_[i].word &&
         tokens_[i].end - tokens_[i].begin == 1 && text_[tokens_[i].begin] == c;
}

size_t SentencePolarity::NextWord(size_t i) const {
  while (i < tokens_.size() && !tokens_[i].word) ++i;
  return i;
}

void SentencePolarity::Tokenize() {
  const std::string_view s = text_;
  tokens_.reserve(s.size() / 5 + 4);
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsWordByte(c)) {
      size_t j = i + 1;
      while (j < s.size()) {
        if (IsWordByte(s[j])) {
          ++j;
        } else if (s[j] == '\'' && j + 1 < s.size() && IsWordByte(s[j + 1])) {
          j += 2;  // don't, wharton's
        } else {
          break;
        }
      }
      Token t{i, j, true, 0, 0};
      t.word_class = ClassOf(s.substr(i, j - i));
      tokens_.push_back(t);
      i = j;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else {
      size_t len = 1;
      const auto b = static_cast<unsigned char>(c);
      if (b >= 0xF0) {
        len = 4;
      } else if (b >= 0xE0) {
        len = 3;
      } else if (b >= 0xC0) {
        len = 2;
      }
      len = std::min(len, s.size() - i);
      tokens_.push_back(Token{i, i + len, false, 0, 0});
      const std::string_view punct = s.substr(i, len);
      if (punct == "?" || punct == "\xC2\xBF") question_ = true;
      i += len;
    }
  }
}

void SentencePolarity::MarkClauses() {
  int clause = 0;
  int segment = 0;
  bool subordinate_open = false;  // the clause opened with "if/unlike/..."
  bool at_clause_start = true;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    if (t.word && (t.word_class & kClauseWord) == 0) {
      // No contrast, subordinator or coordinator: nothing starts here.
      t.clause = clause;
      t.segment = segment;
      if (at_clause_start) subordinate_open = false;
      at_clause_start = false;
      continue;
    }
    const std::string_view w = Text(i);
    bool new_clause_here = false;
    if (t.word) {
      if (In(kContrast, w)) {
        // "instead of" / "rather than" are negation cues, not conjunctions.
        const bool prep = (w == "instead" && IsWord(i + 1, "of")) ||
                          (w == "rather" && IsWord(i + 1, "than"));
        if (!prep) new_clause_here = true;
      } else if (w == "sin" && IsWord(i + 1, "embargo")) {
        new_clause_here = true;
      } else if (w == "en" && IsWord(i + 1, "cambio")) {
        new_clause_here = true;
      } else if ((w == "which" || w == "that" || w == "this") &&
                 IsWord(i + 1, "is") && IsWord(i + 2, "why")) {
        new_clause_here = true;  // "..., which is why we use ..."
      } else if (w == "that's" && IsWord(i + 1, "why")) {
        new_clause_here = true;
      } else if (w == "por" && (IsWord(i + 1, "eso") || IsWord(i + 1, "ello"))) {
        new_clause_here = true;
      } else if (w == "deshalb" || w == "darum" || w == "daher") {
        new_clause_here = true;
      } else if ((t.word_class & kCoordinator) != 0 && i + 1 < tokens_.size() &&
                 tokens_[i + 1].word && (tokens_[i + 1].word_class & kSubject) != 0 &&
                 !at_clause_start) {
        new_clause_here = true;  // "... and we use ..."
      }
    } else if (w == "\xC2\xBF" || w == "\xC2\xA1") {  // ¿ ¡
      new_clause_here = true;
    }
    if (new_clause_here && !at_clause_start) {
      ++clause;
      ++segment;
      subordinate_open = false;
    }
    t.clause = clause;
    t.segment = segment;
    if (t.word) {
      if (at_clause_start || new_clause_here) {
        subordinate_open = In(kSubordinators, w) ||
                           (w == "in" && (IsWord(i + 1, "contrast") ||
                                          IsWord(i + 1, "case"))) ||
                           (w == "as" && IsWord(i + 1, "opposed")) ||
                           (w == "a" && IsWord(i + 1, "diferencia")) ||
                           (w == "en" && (IsWord(i + 1, "lugar") ||
                                          IsWord(i + 1, "vez") ||
                                          IsWord(i + 1, "caso") ||
                                          IsWord(i + 1, "comparacion"))) ||
                           (w == "im" && (IsWord(i + 1, "gegensatz") ||
                                          IsWord(i + 1, "vergleich")));
        // "Si, usamos ..." is the answer yes, not "if".
        if (w == "si" && IsPunct(i + 1, ',')) subordinate_open = false;
      }
      at_clause_start = false;
      continue;
    }
    // Punctuation.
    bool boundary_after = false;
    if (w.size() == 1) {
      switch (w[0]) {
        case ';': case ':': case '(': case ')': case '[': case ']':
        case '?': case '!': case '|': case '{': case '}':
          boundary_after = true;
          break;
        case '-': {
          const bool spaced = t.begin > 0 && text_[t.begin - 1] == ' ' &&
                              t.end < text_.size() && text_[t.end] == ' ';
          if (spaced || IsPunct(i + 1, '-')) boundary_after = true;
          break;
        }
        case '.': {
          // A period inside a split sentence ends a clause only after a real
          // word ("...knee. Then"), not in "e.g." or "Dr.".
          const bool word_before = i > 0 && tokens_[i - 1].word &&
                                   tokens_[i - 1].end - tokens_[i - 1].begin >= 3;
          if (word_before && t.end < text_.size() && text_[t.end] == ' ') {
            boundary_after = true;
          }
          break;
        }
        case ',': {
          ++segment;
          const size_t n = i + 1;
          const bool subject = n < tokens_.size() && tokens_[n].word &&
                               (tokens_[n].word_class & kSubject) != 0;
          const bool subordinator =
              n < tokens_.size() && tokens_[n].word &&
              (Text(n) == "unlike" || Text(n) == "if" || Text(n) == "unless" ||
               Text(n) == "without" || Text(n) == "whereas" ||
               Text(n) == "sin" || Text(n) == "si" || Text(n) == "ohne" ||
               Text(n) == "wenn" || Text(n) == "falls" ||
               (Text(n) == "a" && IsWord(n + 1, "diferencia")) ||
               (Text(n) == "im" && IsWord(n + 1, "gegensatz")));
          if (subordinate_open || subject || subordinator) {
            boundary_after = true;
          }
          break;
        }
        default:
          break;
      }
    }
    if (boundary_after) {
      ++clause;
      ++segment;
      subordinate_open = false;
      at_clause_start = true;
    }
  }
}

size_t SentencePolarity::ClauseStart(size_t i) const {
  const int clause = tokens_[i].clause;
  while (i > 0 && tokens_[i - 1].clause == clause) --i;
  return i;
}

Span SentencePolarity::ClauseAt(size_t pos) const {
  size_t i = 0;
  while (i < tokens_.size() && tokens_[i].end <= pos) ++i;
  if (i >= tokens_.size()) return Span{pos, pos};
  const int clause = tokens_[i].clause;
  size_t first = i;
  while (first > 0 && tokens_[first - 1].clause == clause) --first;
  size_t last = i;
  while (last + 1 < tokens_.size() && tokens_[last + 1].clause == clause) ++last;
  return Span{tokens_[first].begin, tokens_[last].end};
}

bool SentencePolarity::HasOthersCue() const {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (OthersCueAt(i) > 0) return true;
  }
  return false;
}

std::vector<Span> SentencePolarity::Clauses() const {
  std::vector<Span> out;
  size_t i = 0;
  while (i < tokens_.size()) {
    const int clause = tokens_[i].clause;
    size_t first = std::string_view::npos;
    size_t last = 0;
    for (; i < tokens_.size() && tokens_[i].clause == clause; ++i) {
      const std::string_view w = Text(i);
      const bool separator =
          !tokens_[i].word && w.size() == 1 &&
          std::string_view(";:()[]?!|{},.-").find(w[0]) != std::string_view::npos;
      if (separator) continue;
      if (first == std::string_view::npos) first = tokens_[i].begin;
      last = tokens_[i].end;
    }
    if (first != std::string_view::npos) out.push_back(Span{first, last});
  }
  return out;
}

size_t SentencePolarity::ComputeNegationCue(size_t i, CueKind* kind) const {
  if (i >= tokens_.size() || !tokens_[i].word) return 0;
  const std::string_view w = Text(i);
  if ((tokens_[i].word_class & kNegationStart) == 0) return 0;
  const size_t n = i + 1;
  const std::string_view next =
      (n < tokens_.size() && tokens_[n].word) ? Text(n) : std::string_view();
  // "not only", "no matter", "nicht nur", "no solo", "not all clinics".
  const bool neg_word = w == "not" || w == "no" || w == "nicht" ||
                        EndsWith(w, "n't") || w == "never" || w == "nunca";
  if (neg_word && !next.empty() &&
      In({"only", "just", "merely", "simply", "solo", "solamente",
          "unicamente", "nur", "matter", "doubt", "wonder", "less", "all",
          "every", "alle", "todas", "todos", "bloss", "allein"},
         next)) {
    return 0;
  }
  if (neg_word && next == "more" && IsWord(n + 1, "than")) return 0;
  if (neg_word && next == "to" && IsWord(n + 1, "mention")) return 0;
  if (w == "no") {
    // "No, we ..." / "No." is an answer, not a determiner.
    if (next.empty()) return 0;
    *kind = In(kSpanishVerbAfterNo, next) ||
                    (next.size() > 5 && (EndsWith(next, "amos") ||
                                         EndsWith(next, "emos") ||
                                         EndsWith(next, "imos")))
                ? CueKind::kVerbal
                : CueKind::kDeterminer;
    return 1;
  }
  if (In({"not", "never", "cannot", "nunca", "jamas", "tampoco", "nicht",
          "nie", "niemals", "nor", "neither", "ni", "weder", "dont",
          "doesnt", "isnt", "arent", "wont"},
         w) ||
      EndsWith(w, "n't")) {
    *kind = CueKind::kVerbal;
    return 1;
  }
  if (In({"none", "zero", "ningun", "ninguna", "ninguno", "ningunos",
          "ningunas"},
         w) ||
      (StartsWith(w, "kein") && w.size() <= 6)) {
    *kind = CueKind::kDeterminer;
    return 1;
  }
  *kind = CueKind::kPreposition;
  if (w == "sin") return next == "embargo" ? 0 : 1;
  if (In({"without", "ohne", "except", "excepto", "salvo", "ausser",
          "excluding", "statt", "anstatt", "anstelle", "sans"},
         w)) {
    return 1;
  }
  if ((w == "instead" && next == "of") || (w == "rather" && next == "than") ||
      (w == "free" && (next == "of" || next == "from")) ||
      (w == "libre" && next == "de") || (w == "frei" && next == "von")) {
    return 2;
  }
  if (w == "as" && next == "opposed" && IsWord(n + 1, "to")) return 3;
  if (w == "en" && (next == "lugar" || next == "vez") && IsWord(n + 1, "de")) {
    return 3;
  }
  if (w == "in" && next == "place" && IsWord(n + 1, "of")) return 3;
  return 0;
}

bool SentencePolarity::IsRestartAt(size_t i) const {
  return i < tokens_.size() && tokens_[i].word && (tokens_[i].word_class & kRestartWord) != 0;
}

bool SentencePolarity::IsSubjectAt(size_t i) const {
  return i < tokens_.size() && tokens_[i].word && (tokens_[i].word_class & kSubject) != 0;
}

size_t SentencePolarity::ComputeOthersCue(size_t i) const {
  if (i >= tokens_.size() || !tokens_[i].word) return 0;
  const std::string_view w = Text(i);
  if ((tokens_[i].word_class & kOthersStart) == 0) return 0;
  const std::string_view next = Text(i + 1);
  if (In({"unlike", "competitors", "competitor", "competidores",
          "competencia", "wettbewerber", "konkurrenz", "konkurrenten",
          "elsewhere", "others"},
         w)) {
    return 1;
  }
  if ((w == "compared" && (next == "to" || next == "with")) ||
      ((w == "comparado" || w == "comparados" || w == "comparadas") &&
       next == "con") ||
      (w == "beware" && next == "of") || (w == "cuidado" && next == "con") ||
      (w == "vorsicht" && next == "vor") || (w == "anders" && next == "als")) {
    return 2;
  }
  if ((w == "a" && next == "diferencia" && IsWord(i + 2, "de")) ||
      (w == "en" && (next == "contraste" || next == "comparacion") &&
       IsWord(i + 2, "con")) ||
      (w == "im" && next == "gegensatz" && IsWord(i + 2, "zu")) ||
      (w == "im" && next == "vergleich" && IsWord(i + 2, "zu")) ||
      (w == "in" && next == "contrast" && IsWord(i + 2, "to")) ||
      (w == "watch" && next == "out" && IsWord(i + 2, "for"))) {
    return 3;
  }
  // Quantifier + party within a short noun phrase: "many stem cell clinics",
  // "otras clinicas", "viele Praxen"; "not all clinics".
  bool quantifier = In(kOthersQuantifiers, w);
  if (!quantifier && In(kNegatedQuantifiers, w) && i > 0 &&
      In({"not", "no", "nicht"}, Text(i - 1))) {
    quantifier = true;
  }
  if (quantifier) {
    for (size_t k = i + 1; k < tokens_.size() && k <= i + 4; ++k) {
      if (!tokens_[k].word) {
        if (Text(k) == "-") continue;  // "stem-cell clinics"
        break;
      }
      const std::string_view t = Text(k);
      if (In(kPossessives, t)) break;
      if (In(kParties, t)) return k - i + 1;
    }
  }
  // Plural party + relative pronoun: "clinics that use amniotic", unless we
  // are among them ("one of the few clinics that ...", "our clinics that").
  if (In(kPluralParties, w) && In(kRelatives, next)) {
    const size_t from = i >= 4 ? i - 4 : 0;
    for (size_t k = from; k < i; ++k) {
      if (In(kPossessives, Text(k)) || In(kInclusive, Text(k))) return 0;
    }
    return 2;
  }
  return 0;
}

bool SentencePolarity::InQuestion(size_t first, size_t last) const {
  // The question runs from an opening "¿" (or the previous ? ! or sentence
  // start) to a closing "?".
  size_t close = last + 1;
  while (close < tokens_.size() && !IsPunct(close, '?') &&
         !IsPunct(close, '!') && !IsPunct(close, '.')) {
    ++close;
  }
  bool closed_by_q = IsPunct(close, '?');
  size_t open = first;
  bool opened_by_inv = false;
  while (open > 0) {
    const std::string_view w = Text(open - 1);
    if (w == "\xC2\xBF") {
      opened_by_inv = true;
      break;
    }
    if (IsPunct(open - 1, '?') || IsPunct(open - 1, '!')) break;
    --open;
  }
  if (!closed_by_q && !opened_by_inv) return false;
  // Rhetorical openers state a fact: "Did you know we use ...?"
  const size_t w0 = NextWord(open);
  if (w0 < tokens_.size()) {
    const std::string_view a = Text(w0);
    if ((a == "did" && IsWord(w0 + 1, "you") && IsWord(w0 + 2, "know")) ||
        a == "sabia" || a == "sabias" || a == "wussten" || a == "wusstest") {
      return false;
    }
  }
  return true;
}

bool SentencePolarity::IsConditional(size_t first) const {
  for (size_t i = ClauseStart(first); i < first; ++i) {
    if (!tokens_[i].word || (tokens_[i].word_class & kConditionWord) == 0) continue;
    const std::string_view w = Text(i);
    if (In({"if", "unless", "whether", "wenn", "falls", "ob"}, w)) return true;
    if (w == "si" && !IsPunct(i + 1, ',')) return true;
    if ((w == "in" && IsWord(i + 1, "case")) ||
        (w == "en" && IsWord(i + 1, "caso"))) {
      return true;
    }
  }
  return false;
}

bool SentencePolarity::IsOthers(size_t first) const {
  // A cue holds until the clinic itself becomes the subject again, which
  // covers a missing comma and German word order ("Im Gegensatz zu anderen
  // Praxen arbeiten wir ...").
  bool others = false;
  for (size_t i = ClauseStart(first); i < first; ++i) {
    if (OthersCueAt(i) > 0) {
      others = true;
    } else if (tokens_[i].word && (tokens_[i].word_class & kSelf) != 0) {
      others = false;
    }
  }
  if (others) return true;
  // "... sold by many clinics", "... en otras clinicas": the whole clause,
  // so that a list ("amniotic, cord and placental products are sold by some
  // clinics") is covered.
  const int clause = tokens_[first].clause;
  for (size_t i = first + 1; i < tokens_.size() && tokens_[i].clause == clause;
       ++i) {
    if (tokens_[i].word && (tokens_[i].word_class & kAgentPrep) != 0 &&
        OthersCueAt(i + 1) > 0) {
      return true;
    }
  }
  return false;
}

bool SentencePolarity::IsNegatedBefore(size_t first) const {
  bool active = false;
  bool parallel = false;  // "no X, no Y, ..." repeats the cue per item
  CueKind kind = CueKind::kVerbal;
  int cue_segment = -1;
  size_t i = ClauseStart(first);
  while (i < first) {
    if (IsPunct(i, ',')) {
      if (active) {
        const size_t n = i + 1;
        CueKind next_kind;
        if (NegationCueAt(n, &next_kind) > 0) {
          parallel = true;
        } else if (parallel || IsRestartAt(n) || IsSubjectAt(n)) {
          active = false;
        } else if (n < tokens_.size() && tokens_[n].word &&
                   ((EndsWith(Text(n), "ing") && Text(n) != "including" &&
                     Text(n).size() > 4) ||
                    EndsWith(Text(n), "ando") || EndsWith(Text(n), "iendo"))) {
          active = false;  // ", using ultrasound": a new predicate
        } else if (kind != CueKind::kVerbal) {
          // A determiner or preposition negates one noun phrase; it reaches
          // past a comma only in a coordinated list ("no amniotic, placental
          // or cord tissue").
          size_t words = 0;
          bool list = false;
          for (size_t k = n; k < tokens_.size() && words <= 3; ++k) {
            if (!tokens_[k].word) {
              if (Text(k) == "-") continue;
              if (IsPunct(k, ',') && words <= 3 && k + 1 < tokens_.size() &&
                  tokens_[k + 1].word && In(kCoordinators, Text(k + 1))) {
                list = true;
              }
              break;
            }
            if (In(kCoordinators, Text(k))) {
              list = words <= 2;
              break;
            }
            ++words;
          }
          if (!list) active = false;
        }
      }
      ++i;
      continue;
    }
    if (IsRestartAt(i)) {
      active = false;
      parallel = false;
      ++i;
      continue;
    }
    CueKind k;
    const size_t len = NegationCueAt(i, &k);
    if (len > 0) {
      const std::string_view w = Text(i);
      const bool without = w == "without" || w == "sin" || w == "ohne";
      if (active && without && tokens_[i].segment == cue_segment) {
        active = false;  // "never ... without ultrasound": double negation
      } else {
        active = true;
        kind = k;
        cue_segment = tokens_[i].segment;
      }
      i += len;
      continue;
    }
    ++i;
  }
  return active;
}

bool SentencePolarity::IsNegatedAfter(size_t last) const {
  const int clause = tokens_[last].clause;
  const int segment = tokens_[last].segment;
  for (size_t i = last + 1; i < tokens_.size() &&
                            tokens_[i].clause == clause &&
                            tokens_[i].segment == segment;
       ++i) {
    if (!tokens_[i].word) continue;
    const std::string_view w = Text(i);
    if (In(kRelatives, w)) return false;  // "... that is not expanded"
    if (In(kCoordinators, w) || In({"but", "pero", "aber"}, w)) {
      CueKind k;
      if (NegationCueAt(i + 1, &k) > 0) return false;  // "and not amniotic"
      continue;
    }
    CueKind kind;
    const size_t len = NegationCueAt(i, &kind);
    if (len == 0) continue;
    if (kind != CueKind::kVerbal) return false;  // "with no donor tissue"
    size_t n = i + len;
    while (n < tokens_.size() && tokens_[n].word &&
           In({"be", "been", "being", "is", "are", "was", "were", "se",
               "currently", "routinely", "ever", "actually", "really",
               "wird", "werden", "bei", "uns", "hier"},
              Text(n))) {
      ++n;
    }
    if (n < tokens_.size() && tokens_[n].word && In(kNotFollowers, Text(n))) {
      return false;
    }
    return true;
  }
  return false;
}

bool SentencePolarity::IsRejectedLater(size_t last) const {
  // "Cord products are donor products, and we don't offer them": a later
  // clause of the sentence refuses the mention through a plural anaphor and
  // a verb of offering or using.
  const int clause = tokens_[last].clause;
  size_t i = last + 1;
  while (i < tokens_.size() && tokens_[i].clause == clause) ++i;
  while (i < tokens_.size()) {
    const int c = tokens_[i].clause;
    bool negation = false;
    bool anaphor = false;
    bool usage = false;
    for (; i < tokens_.size() && tokens_[i].clause == c; ++i) {
      if (!tokens_[i].word) continue;
      const std::string_view w = Text(i);
      CueKind kind;
      if (NegationCueAt(i, &kind) > 0 && kind == CueKind::kVerbal) {
        negation = true;
      }
      if (In({"them", "these", "those", "they", "los", "las", "ellos",
              "ellas", "sie", "diese", "solche"},
             w)) {
        anaphor = true;
      }
      for (std::string_view verb :
           {"offer", "use", "sell", "provide", "carry", "stock", "recommend",
            "inject", "administer", "ofrec", "usa", "usamos", "utiliz", "vend",
            "recomend", "aplic", "emple", "anbiet", "bieten", "verwend",
            "einsetz", "nutz", "benutz"}) {
        if (StartsWith(w, verb)) usage = true;
      }
    }
    if (anaphor) return negation && usage;
  }
  return false;
}

Polarity SentencePolarity::Of(size_t begin, size_t end) const {
  if (end <= begin) return Polarity::kAffirmed;  // no mention
  // Tokens overlapping the mention.
  size_t first = tokens_.size();
  size_t last = 0;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].end <= begin) continue;
    if (tokens_[i].begin >= end) break;
    if (first == tokens_.size()) first = i;
    last = i;
  }
  if (first == tokens_.size()) return Polarity::kAffirmed;
  if (InQuestion(first, last) || IsConditional(first)) {
    return Polarity::kHypothetical;
  }
  if (IsOthers(first)) return Polarity::kOthers;
  if (IsNegatedBefore(first) || IsNegatedAfter(last) || IsRejectedLater(last)) {
    return Polarity::kNegated;
  }
  return Polarity::kAffirmed;
}

// One-call forms.

std::vector<Span> SplitClauses(std::string_view folded_sentence) {
  return SentencePolarity(folded_sentence).Clauses();
}

Polarity MentionPolarity(std::string_view folded, size_t begin, size_t end) {
  return SentencePolarity(folded).Of(begin, end);
}

}  // namespace clinicrank
