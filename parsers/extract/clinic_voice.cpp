// Whose voice a block is in, and phrase lookup (parsers/extract/clinic_voice.h).
#include "parsers/extract/clinic_voice.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "parsers/text/fold.h"
#include "parsers/text/words.h"

namespace clinicrank {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Class/id words of testimonial and review widgets. "reviewed" / byline
// words mark a medical-review line, not a review.
constexpr std::string_view kReviewContext[] = {
    "testimon*",     "review",          "reviews",      "resena*", "opinion*",
    "erfahrung*",    "patientenstimm*", "kundenstimm*", "rating*", "stars",
    "patient-stor*", "success-stor*",   "stories"};
constexpr std::string_view kBylineContext[] = {"reviewed*", "medical-review*", "byline*",
                                               "fact-check*"};

constexpr std::string_view kTestimonialHeadings[] = {"testimonial*",
                                                     "patient stories",
                                                     "patient story",
                                                     "success stories",
                                                     "what patients say",
                                                     "what our patients say",
                                                     "patients say",
                                                     "real patients",
                                                     "client stories",
                                                     "reviews",
                                                     "testimonio*",
                                                     "opiniones",
                                                     "historias de pacientes",
                                                     "erfahrungsbericht*",
                                                     "patientenstimmen",
                                                     "das sagen unsere"};

constexpr std::string_view kFirstPerson[] = {"i",  "i'm", "i've", "my",    "me",  "mi",
                                             "yo", "ich", "mein", "meine", "mir", "mich"};

constexpr std::string_view kQuoteMarks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9E",
                                            "\xC2\xAB", "\xE2\x80\x98", "'"};

constexpr std::string_view kMenuContext[] = {"nav*",    "menu*",  "breadcrumb*",
                                             "cookie*", "cmplz*", "consent*"};

bool StartsWithQuoteMark(std::string_view text) {
  return std::any_of(std::begin(kQuoteMarks), std::end(kQuoteMarks),
                     [&](std::string_view m) { return text.starts_with(m); });
}

// The block sits in the heading's container: its ancestors' class/id words
// include all of the heading's. A footer after a "What patients say"
// section is that heading's "section" in document order, but not inside it.
bool InsideContainerOf(const Block& heading, const Block& block) {
  std::string_view words = heading.context;
  while (!words.empty()) {
    const size_t space = words.find(' ');
    const std::string_view word = words.substr(0, space);
    if (!word.empty() && !ContainsWord(block.context, word)) return false;
    if (space == std::string_view::npos) break;
    words.remove_prefix(space + 1);
  }
  return true;
}

bool UnderTestimonialHeading(const Document& doc, const Block& block) {
  int s = block.section;
  for (int depth = 0; depth < 4 && s >= 0 && static_cast<size_t>(s) < doc.blocks.size(); ++depth) {
    const Block& heading = doc.blocks[static_cast<size_t>(s)];
    if (HasPhrase(FoldCopy(heading.text), kTestimonialHeadings)) {
      return InsideContainerOf(heading, block);
    }
    if (heading.section >= s) break;  // malformed: sections point upward
    s = heading.section;
  }
  return false;
}

// Does `phrase` match at `pos` of `folded` with word boundaries?
size_t MatchAt(std::string_view folded, size_t pos, std::string_view phrase) {
  const bool prefix = phrase.ends_with('*');
  if (prefix) phrase.remove_suffix(1);
  if (phrase.empty() || folded.compare(pos, phrase.size(), phrase) != 0) return 0;
  if (pos > 0 && IsWordByte(folded[pos - 1]) && IsWordByte(phrase.front())) return 0;
  const size_t end = pos + phrase.size();
  if (!prefix && end < folded.size() && IsWordByte(folded[end]) && IsWordByte(phrase.back())) {
    return 0;
  }
  if (prefix) {
    size_t e = end;
    while (e < folded.size() && IsWordByte(folded[e])) ++e;
    return e - pos;
  }
  return phrase.size();
}

}  // namespace

bool IsOthersVoice(const Document& doc, size_t index) {
  const Block& b = doc.blocks[index];
  if (b.quoted) return true;
  if (!b.context.empty() && HasPhrase(b.context, kReviewContext) &&
      !HasPhrase(b.context, kBylineContext)) {
    return true;
  }
  if (UnderTestimonialHeading(doc, b)) return true;
  if (StartsWithQuoteMark(b.text)) {
    const std::string folded = FoldCopy(b.text.substr(0, 400));
    if (HasPhrase(folded, kFirstPerson)) return true;
  }
  return false;
}

bool IsNavigation(const Block& block) {
  if (!block.context.empty() && HasPhrase(block.context, kMenuContext)) return true;
  if (block.kind == BlockKind::kTableRow) return false;
  size_t separators = 0, longest = 0, current = 0;
  const std::string_view text = block.text;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool pipe = text[i] == '|';
    const bool dot = text.compare(i, 2, "\xC2\xB7") == 0;  // ·
    if (pipe || dot) {
      ++separators;
      longest = std::max(longest, current);
      current = 0;
      i += dot ? 1 : 0;
    } else {
      ++current;
    }
  }
  longest = std::max(longest, current);
  return separators >= 2 && longest <= 40;
}

// One pass over the word starts of `folded`: at each, only the phrases whose
// first byte matches are compared. (Finding each phrase with its own
// string::find pass made the dense bench corpus about a quarter slower.)
Span FindPhrase(std::string_view folded, Phrases phrases, size_t from) {
  uint64_t first[4] = {0, 0, 0, 0};
  for (std::string_view p : phrases) {
    if (p.empty()) continue;
    const auto c = static_cast<unsigned char>(p.front());
    first[c >> 6] |= uint64_t{1} << (c & 63);
  }
  bool prev_word = from > 0 && IsWordByte(folded[from - 1]);
  for (size_t pos = from; pos < folded.size(); ++pos) {
    const char c = folded[pos];
    const bool word = IsWordByte(c);
    const bool start = !(prev_word && word);
    prev_word = word;
    const auto u = static_cast<unsigned char>(c);
    if (!start || !(first[u >> 6] >> (u & 63) & 1)) continue;
    size_t best = 0;
    for (std::string_view phrase : phrases) {
      if (phrase.empty() || phrase.front() != c) continue;
      best = std::max(best, MatchAt(folded, pos, phrase));
    }
    if (best > 0) return {pos, pos + best};
  }
  return {std::string_view::npos, std::string_view::npos};
}

bool HasPhrase(std::string_view folded, Phrases phrases) {
  return FindPhrase(folded, phrases).begin != std::string_view::npos;
}

void FindAllPhrases(std::string_view folded, Phrases phrases, std::vector<Span>* out) {
  for (size_t from = 0; from < folded.size();) {
    const Span hit = FindPhrase(folded, phrases, from);
    if (hit.begin == std::string_view::npos) return;
    out->push_back(hit);
    from = hit.end;
  }
}

}  // namespace clinicrank
