// Block roles (parsers/text/block_roles.h). Heuristic: the class/id words are
// those WordPress, Elementor and review widgets use; the text cues are
// English, Spanish and German.
#include "parsers/text/block_roles.h"

#include <algorithm>

#include "parsers/text/phrase_set.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxQuestionBytes = 300;

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// Class/id words of menus and consent banners (infixes: "site-nav", "cmplz-").
bool IsMenuContext(std::string_view context) {
  static const PhraseSet kWords({"nav", "menu", "breadcrumb", "cookie", "cmplz", "consent"},
                                PhraseSet::Mode::kInfix);
  return kWords.In(context);
}

// A run of short links joined by "|" ("Home | Pricing | Testimonials"). A
// run with digits is a price line or a card ("One knee | $4,500"), not a menu.
bool IsLinkRun(std::string_view text) {
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  size_t pipes = 0;
  size_t longest = 0;
  size_t current = 0;
  for (const char c : text) {
    if (c == '|') {
      ++pipes;
      longest = std::max(longest, current);
      current = 0;
    } else {
      ++current;
    }
  }
  longest = std::max(longest, current);
  return pipes >= 2 && longest <= 40;
}

// Class/id words of testimonial and review widgets, as word starts
// ("review-card", not "preview"). "Medically reviewed by Dr. ..." bylines
// are not reviews.
bool IsTestimonialContext(std::string_view context) {
  static const PhraseSet kTestimonial({"testimon"}, PhraseSet::Mode::kPrefix);
  static const PhraseSet kByline({"reviewed", "medical-review", "fact-check", "byline"},
                                 PhraseSet::Mode::kInfix);
  static const PhraseSet kMarkers(
      {"review", "patient-stor", "success-stor", "erfahrung", "kundenstimm", "patientenstimm",
       "resena", "opinion", "bewertung", "rating", "stars"},
      PhraseSet::Mode::kPrefix);
  if (kTestimonial.In(context)) return true;
  if (kByline.In(context)) return false;
  return kMarkers.In(context);
}

bool StartsWithQuoteMark(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9E",
                                                "\xC2\xAB", "\xE2\x80\x98", "'"};
  return std::any_of(std::begin(kMarks), std::end(kMarks),
                     [&](std::string_view m) { return text.starts_with(m); });
}

bool IsFirstPerson(std::string_view folded) {
  static const PhraseSet kWords{"i",  "i'm", "i've", "my",  "me",   "mi",    "yo",
                                "ich", "mein", "meine", "mir", "mich"};
  return kWords.In(folded);
}

}  // namespace

bool IsTestimonialHeading(std::string_view folded) {
  static const PhraseSet kWords{"testimonials",      "testimonial",        "patient stories",
                                "success stories",   "what patients say",  "what our patients say",
                                "reviews",           "testimonios",        "opiniones",
                                "erfahrungsberichte", "patientenstimmen"};
  return kWords.In(folded);
}

namespace {

// A quotation attributed to someone other than a patient ("…," the agency
// said).
bool IsAttributed(std::string_view folded) {
  static const PhraseSet kWords{"said",  "says",   "warns",  "warned", "according to", "reported",
                                "stated", "wrote", "dijo",   "segun",  "afirmo",       "sagte",
                                "laut",  "agency", "fda",    "ftc"};
  return kWords.In(folded);
}

Speaker DecideSpeaker(const Block& b, std::string_view folded, bool under_testimonials) {
  if (!b.context.empty() && IsMenuContext(b.context)) return Speaker::kNavigation;
  if (b.kind != BlockKind::kTableRow && IsLinkRun(b.text)) return Speaker::kNavigation;
  // Patient speech: a testimonial widget, quoted first-person speech, or
  // what stands under a "What patients say" heading (unless it is a quote
  // attributed to someone else: "…," the agency said).
  if ((!b.context.empty() && IsTestimonialContext(b.context)) ||
      ((b.quoted || StartsWithQuoteMark(b.text)) && IsFirstPerson(folded)) ||
      (under_testimonials && b.kind != BlockKind::kHeading && !IsAttributed(folded))) {
    return Speaker::kPatient;
  }
  return b.quoted ? Speaker::kQuoted : Speaker::kClinic;
}

// The FAQ question a block answers: the block just before it, or else its
// section heading, when that ends in "?"; -1 if none.
int QuestionFor(const Document& doc, size_t index) {
  if (index > 0 && EndsWithQuestion(doc.blocks[index - 1].text) &&
      doc.blocks[index - 1].text.size() < kMaxQuestionBytes) {
    return static_cast<int>(index - 1);
  }
  const Block& b = doc.blocks[index];
  if (b.section >= 0 && static_cast<size_t>(b.section) < doc.blocks.size() &&
      EndsWithQuestion(doc.blocks[static_cast<size_t>(b.section)].text)) {
    return b.section;
  }
  return -1;
}

}  // namespace

bool EndsWithQuestion(std::string_view text) {
  text = TrimRight(text);
  // Allow a closing quote or bracket after the "?".
  while (!text.empty() && (text.back() == '"' || text.back() == ')' || text.back() == '\'')) {
    text.remove_suffix(1);
  }
  return !text.empty() && text.back() == '?';
}

BlockRole DecideBlockRole(const Document& doc, size_t index, std::string_view folded,
                          bool under_testimonials) {
  const Block& b = doc.blocks[index];
  BlockRole role;
  role.speaker = DecideSpeaker(b, folded, under_testimonials);
  switch (b.kind) {
    case BlockKind::kHeading: role.shape = BlockShape::kHeading; break;
    case BlockKind::kTableRow: role.shape = BlockShape::kTableRow; break;
    case BlockKind::kListItem: role.shape = BlockShape::kListItem; break;
    case BlockKind::kParagraph:
      role.shape = b.card >= 0 ? BlockShape::kCard : BlockShape::kParagraph;
      break;
  }
  const bool question =
      EndsWithQuestion(b.text) &&
      (b.kind == BlockKind::kHeading || b.text.size() < kMaxQuestionBytes);
  if (question && b.kind != BlockKind::kTableRow) {
    role.shape = BlockShape::kFaqQuestion;
    return role;
  }
  role.question = QuestionFor(doc, index);
  if (role.question >= 0 && b.kind != BlockKind::kHeading && b.kind != BlockKind::kTableRow) {
    role.shape = BlockShape::kFaqAnswer;
  }
  return role;
}

}  // namespace clinicrank
