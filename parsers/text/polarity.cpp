// Clause structure and negation scope (parsers/text/polarity.h), and the one-call
// forms SplitClauses and MentionPolarity built on it.
//
// Heuristic (DOMAIN.md §4 "Negation and disclaimers", §5 vocabulary): the word
// lists are data (parsers/text/polarity_words.cpp), folded (no accents); text
// without spaces (Japanese) is read by CjkPolarity below.
#include "parsers/text/polarity.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "parsers/text/phrase_set.h"
#include "parsers/text/polarity_words.h"

namespace clinicrank {
namespace {

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

// Classes derived from the tables (parsers/text/polarity_words.h), above the
// table's own bits: where a cue may start. Most words of a sentence have
// none, and then no check below needs to look at them.
constexpr uint64_t kNegationStart = uint64_t{1} << 32;  // may open a negation cue
constexpr uint64_t kOthersStart = uint64_t{1} << 33;    // may open an others cue
constexpr uint64_t kClauseWord = uint64_t{1} << 34;     // MarkClauses looks at it
constexpr uint64_t kConditionStart = uint64_t{1} << 35;  // may open a condition

// Token tables: every table up to the Japanese ones, which are matched over
// bytes (CjkPolarity below).
constexpr size_t kPhraseTables = static_cast<size_t>(PolarityPhrases::kUsageVerbPrefix) + 1;

// A lead byte of U+3000..U+9FFF: CJK punctuation, kana and Han characters.
inline bool IsCjkLead(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0xE3 && b <= 0xE9;
}

// The tables compiled once: every single word with its classes, and one
// phrase set per phrase table.
struct Vocabulary {
  PhraseSet words;
  std::vector<uint64_t> classes;  // by word id
  std::vector<PhraseSet> phrases;  // by PolarityPhrases, token tables only
  // Japanese: negations and the words that only look like one, in one set
  // (ids below `cjk_negations` are negations); others and self cues.
  PhraseSet cjk_negation;
  size_t cjk_negations = 0;
  PhraseSet cjk_others;
  size_t cjk_others_count = 0;
  PhraseSet cjk_compared;
  std::vector<std::string_view> negation_suffixes;

  Vocabulary() {
    std::map<std::string_view, uint64_t> word_classes;
    const auto add = [&](std::string_view word, uint64_t c) { word_classes[word] |= c; };
    constexpr uint32_t kNegationClasses = kVerbalNegationWord | kDeterminerNegationWord |
                                          kPrepositionNegationWord | kNegationWord | kNoWord;
    constexpr uint32_t kOthersClasses = kOthersWord | kOthersQuantifierWord |
                                        kNegatedQuantifierWord | kPluralPartyWord;
    constexpr uint32_t kClauseClasses = kContrastWord | kSubordinatorWord | kCoordinatorWord;
    constexpr uint32_t kConditionClasses = kConditionalWord | kIfOrYesWord;
    for (const PolarityWords& row : PolarityWordTable()) {
      uint64_t c = row.word_class;
      if (row.word_class & kNegationClasses) c |= kNegationStart;
      if (row.word_class & kOthersClasses) c |= kOthersStart;
      if (row.word_class & kClauseClasses) c |= kClauseWord;
      if (row.word_class & kConditionClasses) c |= kConditionStart;
      for (std::string_view w : row.words) add(w, c);
    }
    // A phrase's first word may start its cue.
    const auto first_words = [&](PolarityPhrases table, uint64_t c) {
      for (std::string_view phrase : PolarityPhraseTable(table)) {
        add(phrase.substr(0, phrase.find(' ')), c);
      }
    };
    first_words(PolarityPhrases::kNegationPhrase, kNegationStart);
    first_words(PolarityPhrases::kNotNegation, kNegationStart);
    first_words(PolarityPhrases::kOthersPhrase, kOthersStart);
    first_words(PolarityPhrases::kClauseOpener, kClauseWord);
    first_words(PolarityPhrases::kNotContrast, kClauseWord);
    first_words(PolarityPhrases::kSubordinateOpener, kClauseWord);
    first_words(PolarityPhrases::kCommaSubordinator, kClauseWord);
    first_words(PolarityPhrases::kConditionPhrase, kConditionStart);
    std::vector<PhraseSet::Phrase> list;
    for (const auto& [word, c] : word_classes) {
      list.push_back({word});
      classes.push_back(c);
    }
    words = PhraseSet(list);
    for (size_t t = 0; t < kPhraseTables; ++t) {
      const auto table = static_cast<PolarityPhrases>(t);
      const PhraseSet::Mode mode = table == PolarityPhrases::kUsageVerbPrefix
                                       ? PhraseSet::Mode::kPrefix
                                       : PhraseSet::Mode::kWord;
      std::vector<PhraseSet::Phrase> phrases_of;
      for (std::string_view phrase : PolarityPhraseTable(table)) phrases_of.push_back({phrase, mode});
      phrases.emplace_back(phrases_of);
    }
    const auto cjk_set = [](std::initializer_list<PolarityPhrases> tables, size_t* first_count) {
      std::vector<PhraseSet::Phrase> list;
      for (const PolarityPhrases table : tables) {
        for (std::string_view phrase : PolarityPhraseTable(table)) {
          list.push_back({phrase, PhraseSet::Mode::kInfix});
        }
        if (list.size() > 0 && *first_count == 0) *first_count = list.size();
      }
      return PhraseSet(list);
    };
    cjk_negation = cjk_set({PolarityPhrases::kCjkNegationAfter, PolarityPhrases::kCjkNotNegation},
                           &cjk_negations);
    cjk_others = cjk_set({PolarityPhrases::kCjkOthersBefore, PolarityPhrases::kCjkSelfBefore},
                         &cjk_others_count);
    negation_suffixes = PolarityPhraseTable(PolarityPhrases::kNegationSuffix);
    size_t unused = 0;
    cjk_compared = cjk_set({PolarityPhrases::kCjkComparedAfter}, &unused);
  }
};

const Vocabulary& Vocab() {
  static const Vocabulary* const vocabulary = new Vocabulary();
  return *vocabulary;
}

// A word's classes: one lookup per token. "-n't" and "kein-" are read from
// the word's form.
uint64_t ClassOf(std::string_view w) {
  const Vocabulary& v = Vocab();
  uint64_t c = 0;
  if (const auto id = v.words.IdOf(w)) c = v.classes[*id];
  if (EndsWith(w, "n't")) c |= kNegationStart | kVerbalNegationWord | kNegationWord;
  if (StartsWith(w, "kein")) {
    c |= kNegationStart;
    if (w.size() <= 6) c |= kDeterminerNegationWord;
  }
  // French "n'est", "n'utilisons": the elided "ne" of "ne ... pas".
  if (w.size() > 3 && StartsWith(w, "n'")) {
    c |= kNegationStart | kVerbalNegationWord | kNegationWord | kPlainNotWord;
  }
  // Every ending ends in "r" or "z" (polarity_words.cpp): most words skip the loop.
  if (w.size() >= 8 && (w.back() == 'r' || w.back() == 'z')) {
    for (std::string_view suffix : v.negation_suffixes) {
      if (EndsWith(w, suffix)) {
        c |= kNegationStart | kVerbalNegationWord;
        break;
      }
    }
  }
  return c;
}

// True when the mention at [begin, end) is written in, or is followed by,
// text without spaces (Japanese): its negation then follows it.
bool IsCjkMention(std::string_view s, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (IsCjkLead(s[i])) return true;
  }
  size_t i = end;
  while (i < s.size() && s[i] == ' ') ++i;
  return i < s.size() && IsCjkLead(s[i]);
}

// The end of the clause that holds byte `pos` of text without spaces: the
// next 、 。 or ASCII clause punctuation (full-width forms are folded to it).
size_t CjkClauseEnd(std::string_view s, size_t pos) {
  for (size_t i = pos; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') return i;
    if (static_cast<unsigned char>(c) == 0xE3 && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x81 ||
         static_cast<unsigned char>(s[i + 2]) == 0x82)) {
      return i;  // 、 。
    }
  }
  return s.size();
}

// Japanese polarity (heuristic, docs/extraction.md "Languages"): negation
// follows the predicate, in the mention's clause ("骨髄は使用しません",
// "保険適用外", "再生する訳ではありません"), unless the cue only looks like one
// (少ない, だけでなく); a cue for others (他院, 海外では, 相場) earlier in the
// sentence, not followed by the clinic itself (当院), makes it said of others.
Polarity CjkPolarity(std::string_view s, size_t begin, size_t end) {
  const Vocabulary& v = Vocab();
  // Others and self cues before the mention: the last one decides. An
  // others cue counts in the mention's clause, or as a topic set off by a
  // comma ("海外では、…"); "海外では10年の実績があり、…" closes with its clause.
  std::vector<PhraseSet::Match> cues;
  v.cjk_others.FindAll(s.substr(0, begin), &cues);
  size_t clause_begin = 0;
  for (size_t k = begin; k > 0; --k) {
    if (CjkClauseEnd(s, k - 1) == k - 1) {  // a clause mark starts at k - 1
      clause_begin = static_cast<unsigned char>(s[k - 1]) == 0xE3 ? k + 2 : k;
      break;
    }
  }
  std::erase_if(cues, [&](const PhraseSet::Match& m) {
    if (m.id >= v.cjk_others_count || m.begin >= clause_begin) return false;
    return CjkClauseEnd(s, m.end) != m.end;  // not a topic right before a comma
  });
  if (!cues.empty() && cues.back().id < v.cjk_others_count) return Polarity::kOthers;
  // A negation that ends after the mention, in its clause: it may start
  // inside the mention ("保険適用" + "外" is 適用外), but a cue wholly inside the
  // mention is the mention's own wording ("手術不要").
  const size_t clause_end = CjkClauseEnd(s, end);
  // A yardstick: "骨髄由来の幹細胞に比べて" (compared with marrow-derived cells),
  // unless a topic or case particle (は が を) between makes the mention the
  // subject ("脂肪幹細胞は骨髄由来の幹細胞に比べて").
  if (const auto c = v.cjk_compared.Find(s.substr(0, clause_end), end); c && c->begin >= end) {
    const std::string_view gap = s.substr(end, c->begin - end);
    const bool subject = gap.find("は") != std::string_view::npos ||
                         gap.find("が") != std::string_view::npos ||
                         gap.find("を") != std::string_view::npos;
    if (!subject) return Polarity::kOthers;
  }
  size_t i = end >= 6 ? end - 6 : 0;
  if (i < begin) i = begin;
  while (i < clause_end) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {  // not a character start
      ++i;
      continue;
    }
    const std::optional<PhraseSet::Match> m = v.cjk_negation.LongestAt(s, i);
    if (!m) {
      ++i;
      continue;
    }
    if (m->id < v.cjk_negations && m->end > end && m->end <= clause_end) return Polarity::kNegated;
    i = m->end;  // a negation inside the mention, or one that negates nothing
  }
  return Polarity::kAffirmed;
}

}  // namespace

SentencePolarity::SentencePolarity(std::string_view folded) : text_(folded) {
  Tokenize();
  ApplyLanguageMarkers();
  MarkClauses();
  ClassifyTokens();
}

void SentencePolarity::ApplyLanguageMarkers() {
  // Words spelled alike in Spanish and in Portuguese or Italian, read by the
  // sentence's language: Portuguese "no" / "na" contract "in the" ("no
  // joelho"; its negation is "nao"); Italian "si" is reflexive ("si
  // ottengono"), not the Spanish "if". A marker word (or a Portuguese
  // "-cao" / "-coes" noun) tells the language.
  if (!markers_) return;
  bool portuguese = portuguese_noun_;
  bool italian = false;
  for (const Token& t : tokens_) {
    if (!t.word) continue;
    const std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (w == "com" && t.begin > 0 && text_[t.begin - 1] == '.') continue;  // "clinic.com"
    if (t.word_class & kPortugueseMarkerWord) portuguese = true;
    if (t.word_class & kItalianMarkerWord) italian = true;
  }
  if (!portuguese && !italian) return;
  constexpr uint64_t kNoClasses = kNoWord | kNegationWord | kPlainNotWord | kNegationStart |
                                  kVerbalNegationWord | kDeterminerNegationWord;
  constexpr uint64_t kSiClasses = kIfOrYesWord | kSubordinatorWord | kConditionStart |
                                  kConditionalWord | kClauseWord;
  for (Token& t : tokens_) {
    if (!t.word) continue;
    const std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (portuguese && w == "no") t.word_class &= ~kNoClasses;
    if (portuguese && w == "mas") t.word_class |= kContrastWord | kButWord | kClauseWord;
    if (italian && w == "si") t.word_class &= ~kSiClasses;
  }
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
      if (t.word_class & (kPortugueseMarkerWord | kItalianMarkerWord)) markers_ = true;
      if (j - i > 4) {
        const std::string_view w = s.substr(i, j - i);
        if (EndsWith(w, "cao") || EndsWith(w, "coes")) markers_ = portuguese_noun_ = true;
      }
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
    if (t.word && !Is(i, kClauseWord)) {
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
      if (PhraseAt(i, PolarityPhrases::kClauseOpener) > 0) {
        new_clause_here = true;  // "sin embargo", "..., which is why we use ..."
      } else if (Is(i, kContrastWord)) {
        // "instead of" / "rather than" are negation cues, not conjunctions.
        if (PhraseAt(i, PolarityPhrases::kNotContrast) == 0) new_clause_here = true;
      } else if (Is(i, kCoordinatorWord) && Is(i + 1, kSubjectWord) && !at_clause_start) {
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
        subordinate_open =
            Is(i, kSubordinatorWord) || PhraseAt(i, PolarityPhrases::kSubordinateOpener) > 0;
        // "Si, usamos ..." is the answer yes, not "if".
        if (Is(i, kIfOrYesWord) && IsPunct(i + 1, ',')) subordinate_open = false;
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
          const bool subject = Is(n, kSubjectWord);
          const bool subordinator = PhraseAt(n, PolarityPhrases::kCommaSubordinator) > 0;
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
  if (!Is(i, kNegationStart)) return 0;
  // A prefix glued by a hyphen negates its own word only: "non-surgical";
  // so does "non" before an adjective in -al, -ive, -ic, -ous ("non surgical",
  // "non invasive", "non chirurgical"), unlike "non e", "non usiamo".
  if (tokens_[i].end < text_.size() && text_[tokens_[i].end] == '-') return 0;
  if (Text(i) == "non" && i + 1 < tokens_.size() && tokens_[i + 1].word) {
    const std::string_view next = Text(i + 1);
    if (EndsWith(next, "al") || EndsWith(next, "ive") || EndsWith(next, "ic") ||
        EndsWith(next, "ous")) {
      return 0;
    }
  }
  const size_t n = i + 1;
  // "not only", "no matter", "nicht nur", "no solo", "not all clinics",
  // "no more than", "not to mention".
  if (Is(i, kNegationWord) &&
      (Is(n, kNegationCancelWord) || PhraseAt(n, PolarityPhrases::kCancelAfterNegation) > 0)) {
    return 0;
  }
  if (Is(i, kNoWord)) {
    // "No, we ..." / "No." is an answer, not a determiner.
    if (n >= tokens_.size() || !tokens_[n].word) return 0;
    const std::string_view next = Text(n);
    *kind = Is(n, kVerbAfterNoWord) ||
                    (next.size() > 5 && (EndsWith(next, "amos") ||
                                         EndsWith(next, "emos") ||
                                         EndsWith(next, "imos")))
                ? CueKind::kVerbal
                : CueKind::kDeterminer;
    return 1;
  }
  if (Is(i, kVerbalNegationWord)) {
    *kind = CueKind::kVerbal;
    return 1;
  }
  if (Is(i, kDeterminerNegationWord)) {
    *kind = CueKind::kDeterminer;
    return 1;
  }
  *kind = CueKind::kPreposition;
  if (PhraseAt(i, PolarityPhrases::kNotNegation) > 0) return 0;  // "sin embargo"
  if (Is(i, kPrepositionNegationWord)) return 1;
  return PhraseAt(i, PolarityPhrases::kNegationPhrase);
}

bool SentencePolarity::IsRestartAt(size_t i) const { return Is(i, kRestartWord); }

bool SentencePolarity::IsSubjectAt(size_t i) const { return Is(i, kSubjectWord); }

bool SentencePolarity::Is(size_t i, uint64_t word_class) const {
  return i < tokens_.size() && tokens_[i].word && (tokens_[i].word_class & word_class) != 0;
}

size_t SentencePolarity::PhraseAt(size_t i, PolarityPhrases table) const {
  if (i >= tokens_.size() || !tokens_[i].word) return 0;
  const auto match =
      Vocab().phrases[static_cast<size_t>(table)].LongestAt(text_, tokens_[i].begin);
  if (!match) return 0;
  size_t k = i;
  while (k < tokens_.size() && tokens_[k].end <= match->end) ++k;
  return k - i;
}

size_t SentencePolarity::ComputeOthersCue(size_t i) const {
  if (!Is(i, kOthersStart)) return 0;
  if (Is(i, kOthersWord)) return 1;
  if (const size_t len = PhraseAt(i, PolarityPhrases::kOthersPhrase); len > 0) return len;
  // Quantifier + party within a short noun phrase: "many stem cell clinics",
  // "otras clinicas", "viele Praxen"; "not all clinics".
  bool quantifier = Is(i, kOthersQuantifierWord);
  if (!quantifier && Is(i, kNegatedQuantifierWord) && i > 0 && Is(i - 1, kPlainNotWord)) {
    quantifier = true;
  }
  if (quantifier) {
    for (size_t k = i + 1; k < tokens_.size() && k <= i + 4; ++k) {
      if (!tokens_[k].word) {
        if (Text(k) == "-") continue;  // "stem-cell clinics"
        break;
      }
      if (Is(k, kPossessiveWord)) break;
      if (Is(k, kPartyWord)) return k - i + 1;
    }
  }
  // Plural party + relative pronoun: "clinics that use amniotic", unless we
  // are among them ("one of the few clinics that ...", "our clinics that").
  if (Is(i, kPluralPartyWord) && Is(i + 1, kRelativeWord)) {
    const size_t from = i >= 4 ? i - 4 : 0;
    for (size_t k = from; k < i; ++k) {
      if (Is(k, kPossessiveWord | kInclusiveWord)) return 0;
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
  if (PhraseAt(NextWord(open), PolarityPhrases::kRhetoricalOpener) > 0) return false;
  return true;
}

bool SentencePolarity::IsConditional(size_t first) const {
  for (size_t i = ClauseStart(first); i < first; ++i) {
    if (!Is(i, kConditionStart)) continue;
    if (Is(i, kConditionalWord)) return true;
    if (Is(i, kIfOrYesWord) && !IsPunct(i + 1, ',')) return true;
    if (PhraseAt(i, PolarityPhrases::kConditionPhrase) > 0) return true;
  }
  return false;
}

bool SentencePolarity::IsOthers(size_t first) const {
  // A cue holds until the clinic itself becomes the subject again, which
  // covers a missing comma and German word order ("Im Gegensatz zu anderen
  // Praxen arbeiten wir ...").
  // A clause that is nothing but an others cue and a comma ("In contrast,
  // bone marrow harvesting is painful": a subordinate opener closed by its
  // comma) speaks of the clause after it.
  const size_t start = ClauseStart(first);
  bool others = false;
  if (start >= 2 && IsPunct(start - 1, ',')) {
    const size_t cue = ClauseStart(start - 2);
    others = OthersCueAt(cue) == start - 1 - cue;
  }
  for (size_t i = start; i < first; ++i) {
    if (OthersCueAt(i) > 0) {
      others = true;
    } else if (Is(i, kSelfWord)) {
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
    if (Is(i, kAgentPrepWord) && OthersCueAt(i + 1) > 0) {
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
              if (IsPunct(k, ',') && words <= 3 && Is(k + 1, kCoordinatorWord)) {
                list = true;
              }
              break;
            }
            if (Is(k, kCoordinatorWord)) {
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
      const bool without = Is(i, kWithoutWord);
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

bool SentencePolarity::ListContinuesAfter(size_t comma) const {
  size_t words = 0;
  for (size_t k = comma + 1; k < tokens_.size() && words <= 3; ++k) {
    if (!tokens_[k].word) {
      if (Text(k) == "-") continue;
      return words >= 1 && IsPunct(k, ',') && Is(k + 1, kCoordinatorWord);
    }
    if (Is(k, kCoordinatorWord)) return words >= 1 && words <= 2;
    ++words;
  }
  return false;
}

bool SentencePolarity::IsNegatedAfter(size_t last) const {
  const int clause = tokens_[last].clause;
  int segment = tokens_[last].segment;
  // The mention is itself a later item of a list ("cord blood, amniotic
  // fluid, and exosomes"): a ", and" after it goes on with the list.
  size_t start = last;
  while (start > 0 && tokens_[start - 1].segment == segment) --start;
  bool in_list = start > 0 && IsPunct(start - 1, ',') && tokens_[start - 1].clause == clause;
  for (size_t i = last + 1; i < tokens_.size() && tokens_[i].clause == clause; ++i) {
    if (tokens_[i].segment != segment) {
      // A coordinated list reaches past its commas: "umbilical cord,
      // placental and amniotic products are not used".
      const bool list = IsPunct(i - 1, ',') &&
                        (ListContinuesAfter(i - 1) || (in_list && Is(i, kCoordinatorWord)));
      if (!list) break;
      in_list = true;
      segment = tokens_[i].segment;
    }
    if (!tokens_[i].word) continue;
    if (Is(i, kRelativeWord)) return false;  // "... that is not expanded"
    if (Is(i, kCoordinatorWord | kButWord)) {
      CueKind k;
      if (NegationCueAt(i + 1, &k) > 0) return false;  // "and not amniotic"
      continue;
    }
    CueKind kind;
    const size_t len = NegationCueAt(i, &kind);
    if (len == 0) continue;
    if (kind != CueKind::kVerbal) return false;  // "with no donor tissue"
    size_t n = i + len;
    while (Is(n, kLinkingWord)) ++n;
    return !Is(n, kNotFollowerWord);
  }
  return false;
}

bool SentencePolarity::IsFrenchNeFrame(size_t first, size_t last) const {
  // The second half of the frame is French only, so an Italian "ne" (a
  // pronoun) never completes it.
  static constexpr std::string_view kClosers[] = {"pas",  "aucun", "aucune", "rien",
                                                  "jamais", "plus", "guere", "nullement"};
  const int clause = tokens_[first].clause;
  bool ne = false;
  for (size_t k = first, words = 0; k > 0 && words < 3;) {
    --k;
    if (tokens_[k].clause != clause || !tokens_[k].word) break;
    if (Text(k) == "ne") {
      ne = true;
      break;
    }
    ++words;
  }
  if (!ne) return false;
  for (size_t i = last + 1, words = 0; i < tokens_.size() && words < 3; ++i) {
    if (tokens_[i].clause != clause || !tokens_[i].word) break;
    for (std::string_view closer : kClosers) {
      if (Text(i) == closer) return true;
    }
    ++words;
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
      CueKind kind;
      if (NegationCueAt(i, &kind) > 0 && kind == CueKind::kVerbal) {
        negation = true;
      }
      if (Is(i, kAnaphorWord)) anaphor = true;
      if (PhraseAt(i, PolarityPhrases::kUsageVerbPrefix) > 0) usage = true;
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
  if (IsCjkMention(text_, begin, end)) {
    if (const Polarity p = CjkPolarity(text_, begin, end); p != Polarity::kAffirmed) return p;
  }
  if (IsNegatedBefore(first) || IsNegatedAfter(last) || IsFrenchNeFrame(first, last) ||
      IsRejectedLater(last)) {
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
