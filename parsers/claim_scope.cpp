#include "parsers/claim_scope.h"

#include <initializer_list>
#include <string_view>

namespace clinicrank {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// A word of folded text: ASCII letters and digits, plus an apostrophe between
// letters ("can't", "don't"). Bytes >= 0x80 (kept symbols) end a word.
struct Word {
  size_t begin = 0;
  size_t end = 0;
};

// The next word starting at or after `pos` and ending at or before `limit`.
bool NextWord(std::string_view s, size_t* pos, size_t limit, Word* w) {
  size_t i = *pos;
  while (i < limit && !IsAlnum(s[i])) ++i;
  if (i >= limit) return false;
  size_t j = i;
  while (j < limit &&
         (IsAlnum(s[j]) || (s[j] == '\'' && j + 1 < limit && IsAlnum(s[j + 1]) && j > i))) {
    ++j;
  }
  w->begin = i;
  w->end = j;
  *pos = j;
  return true;
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

// Contrast words start a new clause: the negation before them does not reach
// the claim after them ("no surgery is perfect, but our results are
// guaranteed").
bool IsContrastWord(std::string_view w) {
  return OneOf(w, {"but", "however", "whereas", "although", "though", "yet", "instead", "except",
                   "pero", "sino", "aunque", "mientras", "sin embargo", "aber", "sondern", "jedoch",
                   "obwohl", "dennoch", "doch"});
}

// Words that open a subordinate clause, closed by the next comma.
bool IsSubordinator(std::string_view w) {
  return OneOf(w, {"although", "though", "while",  "whereas", "because", "since", "if",
                   "when",     "unless", "as",     "unlike",  "aunque",  "si",    "cuando",
                   "porque",   "como",   "obwohl", "wenn",    "weil",    "da",    "falls"});
}

bool IsNegation(std::string_view w) {
  if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return true;
  return OneOf(
      w, {"no",      "not",     "never",     "none",    "nothing", "nobody",  "neither", "nor",
          "cannot",  "cant",    "dont",      "doesnt",  "isnt",    "arent",   "wont",    "without",
          "unable",  "lack",    "lacks",     "lacking", "nunca",   "ni",      "jamas",   "ningun",
          "ninguna", "ninguno", "nada",      "sin",     "tampoco", "kein",    "keine",   "keinen",
          "keiner",  "keinem",  "keinerlei", "nicht",   "nie",     "niemals", "ohne",    "weder"});
}

// "not only", "no longer", "no matter": negation words that negate nothing.
bool IsFalseNegation(std::string_view s, const Word& w, size_t limit) {
  std::string_view a = s.substr(w.begin, w.end - w.begin);
  // "No, there are no side effects": an answer word, not a negation.
  if ((a == "no" || a == "nein") && w.end < s.size() &&
      (s[w.end] == ',' || s[w.end] == '!' || s[w.end] == '.')) {
    return true;
  }
  size_t pos = w.end;
  Word next;
  if (!NextWord(s, &pos, limit, &next)) return false;
  std::string_view b = s.substr(next.begin, next.end - next.begin);
  if (a == "not" && OneOf(b, {"only", "just", "merely"})) return true;
  if (a == "no" && OneOf(b, {"longer", "matter", "wonder", "doubt", "solo", "only"})) return true;
  if (a == "nicht" && b == "nur") return true;
  return false;
}

bool IsHypothetical(std::string_view s, const Word& w) {
  std::string_view word = s.substr(w.begin, w.end - w.begin);
  if (word == "si") {
    // "Sí, …" (yes) folds to "si" too.
    return !(w.end < s.size() && (s[w.end] == ',' || s[w.end] == '.' || s[w.end] == '!'));
  }
  return OneOf(word, {"if", "whether", "unless", "ob", "falls", "suppose", "imagine"});
}

bool IsHedge(std::string_view w) {
  return OneOf(w,
               {"may",          "might",        "could",          "possibly",      "potentially",
                "perhaps",      "hope",         "hopes",          "hoped",         "hoping",
                "aim",          "aims",         "studying",       "investigating", "investigate",
                "researchers",  "research",     "experimental",   "theoretically", "podria",
                "podrian",      "posiblemente", "quizas",         "quiza",         "investigadores",
                "investigando", "estudiando",   "moglicherweise", "vielleicht",    "konnte",
                "konnten",      "forscher",     "erforscht",      "untersucht"});
}

// Phrases that put the sentence in someone else's mouth, or describe claims
// to avoid (patient-education pages quote the red flags they warn about).
constexpr std::string_view kOthersCues[] = {"unlike other",
                                            "unlike many",
                                            "unlike some",
                                            "unlike most",
                                            "unlike clinics",
                                            "other clinics",
                                            "many clinics",
                                            "some clinics",
                                            "most clinics",
                                            "other providers",
                                            "some providers",
                                            "some practitioners",
                                            "clinics that",
                                            "clinics which",
                                            "clinics who",
                                            "providers that",
                                            "providers who",
                                            "anyone who",
                                            "anyone claiming",
                                            "beware",
                                            "be wary",
                                            "be careful",
                                            "be cautious",
                                            "be skeptical",
                                            "watch out",
                                            "red flag",
                                            "red flags",
                                            "warning sign",
                                            "warning signs",
                                            "claim to",
                                            "claims to",
                                            "claiming",
                                            "falsely",
                                            "fraudulent",
                                            "fda warns",
                                            "fda has warned",
                                            "ftc",
                                            "a diferencia de",
                                            "otras clinicas",
                                            "algunas clinicas",
                                            "desconfie",
                                            "cuidado con",
                                            "andere kliniken",
                                            "manche anbieter",
                                            "im gegensatz zu",
                                            "unseriose",
                                            "vorsicht",
                                            "misleading"};

bool IsHardBoundary(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?' || c == ',' ||
      c == '|') {
    return true;
  }
  if (c == '.' && (i + 1 == s.size() || s[i + 1] == ' ')) return true;
  return c == '-' && i > 0 && s[i - 1] == ' ' && i + 1 < s.size() && s[i + 1] == ' ';
}

}  // namespace

bool HasAnyWord(std::string_view folded, size_t begin, size_t end,
                std::initializer_list<std::string_view> words) {
  std::string_view part = folded.substr(begin, end - begin);
  for (std::string_view w : words) {
    if (FindWord(part, w) != std::string_view::npos) return true;
  }
  return false;
}

Span ClauseAround(std::string_view s, size_t pos) {
  size_t clause_begin = 0;
  bool subordinate = false;  // the current clause opened with "although", "si", …
  bool first_word = true;
  size_t i = 0;
  auto boundary = [&](size_t cut, size_t next_begin) -> bool {
    if (cut > pos) return true;  // the clause holding pos ends here
    clause_begin = next_begin;
    subordinate = false;
    first_word = true;
    return false;
  };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '.' && i + 1 < s.size() && s[i + 1] == ' ') {
      if (boundary(i, i + 1)) return {clause_begin, i};
      ++i;
      continue;
    }
    if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '!' ||
        c == '?' || c == '|' || c == '*') {
      if (boundary(i, i + 1)) return {clause_begin, i};
      ++i;
      continue;
    }
    if (c == '-' && i > 0 && s[i - 1] == ' ' && i + 1 < s.size() &&
        (s[i + 1] == ' ' || s[i + 1] == '-')) {
      if (boundary(i, i + 1)) return {clause_begin, i};
      ++i;
      continue;
    }
    if (c == ',') {
      if (subordinate && boundary(i, i + 1)) return {clause_begin, i};
      ++i;
      continue;
    }
    if (!IsAlnum(c)) {
      ++i;
      continue;
    }
    Word w;
    size_t p = i;
    NextWord(s, &p, s.size(), &w);
    std::string_view word = s.substr(w.begin, w.end - w.begin);
    if (IsContrastWord(word) && w.begin > clause_begin) {
      if (boundary(w.begin, w.begin)) return {clause_begin, w.begin};
    }
    if (first_word) {
      subordinate = IsSubordinator(word);
      first_word = false;
    } else if (word == "although" || word == "aunque" || word == "obwohl") {
      subordinate = true;
    }
    i = w.end;
  }
  return {clause_begin, s.size()};
}

ClaimScope JudgeClaimScope(std::string_view s, size_t begin, size_t end,
                           const ScopeOptions& options) {
  const Span clause = ClauseAround(s, begin);
  // Others: anywhere in the sentence before the phrase (the text may hold a
  // whole block: look back to the previous sentence end only).
  size_t sentence_begin = begin;
  while (sentence_begin > 1 && !((s[sentence_begin - 2] == '.' || s[sentence_begin - 2] == '!' ||
                                  s[sentence_begin - 2] == '?') &&
                                 s[sentence_begin - 1] == ' ')) {
    --sentence_begin;
  }
  if (sentence_begin <= 1) sentence_begin = 0;
  std::string_view before_sentence = s.substr(sentence_begin, begin - sentence_begin);
  for (std::string_view cue : kOthersCues) {
    if (FindWord(before_sentence, cue) != std::string_view::npos) return ClaimScope::kOthers;
  }
  // Negation or hedge before the phrase, inside its clause.
  size_t pos = clause.begin;
  Word w;
  while (NextWord(s, &pos, begin, &w)) {
    std::string_view word = s.substr(w.begin, w.end - w.begin);
    // "Unlike amniotic products, …": the clause is about what others sell.
    if (word == "unlike" ||
        (word == "diferencia" && w.begin >= 2 && s.substr(w.begin - 2, 2) == "a ") ||
        (word == "gegensatz")) {
      return ClaimScope::kOthers;
    }
    if (IsNegation(word) && !IsFalseNegation(s, w, clause.end)) return ClaimScope::kNegated;
    if (IsHypothetical(s, w)) return ClaimScope::kHedged;
    if (options.hedges_count && IsHedge(word)) return ClaimScope::kHedged;
  }
  // Negation written inside the phrase ("insurance does not cover").
  if (options.check_inside) {
    pos = begin;
    while (NextWord(s, &pos, end, &w)) {
      std::string_view word = s.substr(w.begin, w.end - w.begin);
      if (IsNegation(word) && !IsFalseNegation(s, w, clause.end)) return ClaimScope::kNegated;
    }
  }
  // Verbal negation after the phrase: "FDA approval is not…", "… ist jedoch
  // nicht möglich". Contrast adverbs right after a verb do not end this
  // scope, so it runs to the next punctuation mark.
  size_t hard_end = end;
  while (hard_end < s.size() && !IsHardBoundary(s, hard_end)) ++hard_end;
  pos = end;
  int words_after = 0;
  while (NextWord(s, &pos, hard_end, &w)) {
    std::string_view word = s.substr(w.begin, w.end - w.begin);
    if (OneOf(word, {"nicht", "keine", "keinen", "nie"})) return ClaimScope::kNegated;
    if (++words_after <= 3 &&
        (word == "not" || word == "never" ||
         (word.size() > 3 && word.substr(word.size() - 3) == "n't")) &&
        !IsFalseNegation(s, w, clause.end)) {
      return ClaimScope::kNegated;
    }
  }
  return ClaimScope::kAffirmed;
}

}  // namespace clinicrank
