#include "parsers/extract/claims.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <vector>

#include "parsers/vocab/diseases.h"
#include "parsers/extract/claim_rules.h"
#include "parsers/text/fold.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/sentences.h"
#include "parsers/text/words.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxDiseasesKept = 64;

// Substrings found in one pass over the text: only positions whose byte
// starts some needle are compared (every block's context is checked against
// some twenty words).
std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

bool EndsWithQuestion(std::string_view text) {
  text = TrimRight(text);
  // Allow a closing quote or bracket after the "?".
  while (!text.empty() && (text.back() == '"' || text.back() == ')' || text.back() == '\'')) {
    text.remove_suffix(1);
  }
  return !text.empty() && text.back() == '?';
}

bool IsNavigation(const Block& b) {
  // Heuristic: class/id words of menus and consent banners.
  static const PhraseSet kMenuWords(
      {"nav", "menu", "breadcrumb", "cookie", "cmplz", "consent"}, PhraseSet::Mode::kInfix);
  if (kMenuWords.In(b.context)) return true;
  if (b.kind == BlockKind::kTableRow) return false;
  // A run of short links joined by "|" ("Home | Pricing | Testimonials").
  size_t pipes = 0;
  size_t longest = 0;
  size_t current = 0;
  for (char c : b.text) {
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

bool IsTestimonialContext(const Block& b) {
  if (b.context.find("testimon") != std::string::npos) return true;
  // "Medically reviewed by Dr. …" bylines are not reviews.
  static const PhraseSet kBylineWords({"reviewed", "medical-review", "fact-check", "byline"},
                                          PhraseSet::Mode::kInfix);
  if (kBylineWords.In(b.context)) return false;
  static const PhraseSet kReviewWords({"testimon", "review", "patient-stor", "success-stor",
                                       "erfahrung", "patientenstimm", "resena", "bewertung",
                                       "opiniones", "rating", "stars"},
                                      PhraseSet::Mode::kInfix);
  return kReviewWords.In(b.context);
}

bool StartsWithQuoteMark(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9E",
                                                "\xC2\xAB", "\xE2\x80\x98", "'"};
  for (std::string_view m : kMarks) {
    if (text.substr(0, m.size()) == m) return true;
  }
  return false;
}

bool IsFirstPerson(std::string_view folded) {
  static const PhraseSet kWords{"i", "i'm", "i've", "my", "me", "mi", "yo", "me", "ich", "mein", "meine",
                          "mir", "mich"};
  return kWords.In(folded);
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// Patient speech worth quoting: a sentence or more, not an attribution line
// ("— Linda K., 61, Longmont") or a bare name.
bool LooksLikeSpeech(std::string_view text, std::string_view folded) {
  if (text.substr(0, 1) == "-" || text.substr(0, 3) == "\xE2\x80\x94" ||
      text.substr(0, 3) == "\xE2\x80\x93") {
    return false;
  }
  if (folded.find("\xE2\x98\x85") != std::string_view::npos) return true;  // ★ rating
  return CountWords(text) >= 5;
}

bool IsTestimonialHeading(std::string_view folded) {
  static const PhraseSet kWords{"testimonials", "testimonial", "patient stories", "success stories",
                          "what patients say", "what our patients say", "reviews", "testimonios",
                          "opiniones", "erfahrungsberichte", "patientenstimmen"};
  return kWords.In(folded);
}

// A quotation attributed to someone other than a patient ("…," the agency
// said).
bool IsAttributed(std::string_view folded) {
  static const PhraseSet kWords{"said", "says", "warns", "warned", "according to", "reported", "stated", "wrote",
                  "dijo", "segun", "afirmo", "sagte", "laut", "agency", "fda", "ftc"};
  return kWords.In(folded);
}

bool StartsWithYes(std::string_view folded) {
  static constexpr std::string_view kYes[] = {
      "yes", "si,",        "si.",       "si ",   "si!",        "ja,",       "ja.",
      "ja ", "absolutely", "of course", "claro", "definitely", "certainly", "correct"};
  for (std::string_view y : kYes) {
    if (folded.substr(0, y.size()) == y) return true;
  }
  return false;
}

// The FAQ question a block answers: its section heading, or the block just
// before it, when that ends in "?".
const Block* QuestionFor(const Document& doc, size_t index) {
  const Block& b = doc.blocks[index];
  if (b.section >= 0 && static_cast<size_t>(b.section) < doc.blocks.size()) {
    const Block& h = doc.blocks[static_cast<size_t>(b.section)];
    if (EndsWithQuestion(h.text)) return &h;
  }
  if (index > 0 && EndsWithQuestion(doc.blocks[index - 1].text) &&
      doc.blocks[index - 1].text.size() < 300) {
    return &doc.blocks[index - 1];
  }
  return nullptr;
}

// Sentences that only describe who should not be treated, or risk factors,
// do not market the treatment for those diseases.
bool IsCandidacyText(std::string_view folded) {
  static const PhraseSet kWords{"candidate", "candidates", "contraindicated", "contraindication",
                          "contraindications", "history of", "tell your", "risk factor",
                          "risk factors", "smokers", "exclusion", "excluded", "candidato",
                          "candidatos", "contraindicado", "kontraindikation"};
  return kWords.In(folded);
}

bool HasTreatCue(std::string_view folded) {
  static const PhraseSet kWords{"treat",          "treats",       "treated",       "treating",       "treatment for",
               "treatments for", "therapy for",  "therapies for", "stem cells for", "conditions",
               "help with",      "helps with",   "tratamos",      "tratamiento",    "terapia para",
               "tratar",         "enfermedades", "behandeln",     "behandlung",     "therapie bei",
               "erkrankungen"};
  return kWords.In(folded);
}

}  // namespace

void ClaimExtractor::AddClaim(Claim claim) {
  std::string key = claim.kind;
  key += '\x1f';
  key += claim.quote;
  if (!seen_.insert(std::move(key)).second) return;
  claims_.push_back(std::move(claim));
}

void ClaimExtractor::DropClaim(std::string_view kind, const std::string& quote,
                               const std::string& url) {
  claims_.erase(std::remove_if(claims_.begin(), claims_.end(),
                               [&](const Claim& c) {
                                 return c.kind == kind && c.quote == quote && c.url == url;
                               }),
                claims_.end());
}

void ClaimExtractor::AddSentence(std::string_view folded, std::string_view quote_text,
                                 const SentenceContext& sc, bool condition_list,
                                 const PageContext& ctx) {
  SentenceClaims found = MatchClaimSentence(folded, sc);
  if (found.hits.empty() && found.diseases.empty()) return;
  const std::string quote = MakeQuote(quote_text);
  bool many_here = false;
  for (const ClaimHit& hit : found.hits) {
    Claim claim;
    claim.kind = std::string(hit.kind);
    claim.value = hit.value;
    claim.cited = hit.cited;
    claim.quote = quote;
    claim.url = ctx.url;
    if (hit.kind == "treats_many_conditions") many_here = true;
    AddClaim(std::move(claim));
  }
  if (many_here || found.diseases.empty()) return;
  if (!condition_list && !HasTreatCue(folded)) return;
  if (IsCandidacyText(folded)) return;
  for (const DiseaseMention& d : found.diseases) {
    if (diseases_.size() >= kMaxDiseasesKept) break;
    diseases_.push_back(
        {static_cast<int>(d.disease_class), std::string(d.name), quote, ctx.url, block_counter_});
  }
}

void ClaimExtractor::AddBlock(const Document& doc, size_t index, const PageContext& ctx,
                              PageText* text) {
  const Block& b = doc.blocks[index];
  if (b.text.empty() || IsNavigation(b)) return;
  if (b.kind == BlockKind::kHeading && EndsWithQuestion(b.text)) return;  // an FAQ question
  ++block_counter_;
  const BlockFold& fold = text->Fold(index);
  const std::string_view folded_block = fold.text();

  // Testimonials: patient speech is evidence-by-anecdote; quote each one.
  const Block* heading = b.section >= 0 && static_cast<size_t>(b.section) < doc.blocks.size()
                             ? &doc.blocks[static_cast<size_t>(b.section)]
                             : nullptr;
  const std::string_view folded_heading =
      heading != nullptr ? FoldedHeading(b.section, heading->text) : std::string_view();
  const bool quote_mark = StartsWithQuoteMark(b.text);
  const bool testimonial = IsTestimonialContext(b) ||
                           ((b.quoted || quote_mark) && IsFirstPerson(folded_block)) ||
                           (b.kind != BlockKind::kHeading && quote_mark &&
                            IsTestimonialHeading(folded_heading) && !IsAttributed(folded_block));
  if (testimonial) {
    if (b.kind != BlockKind::kHeading && LooksLikeSpeech(b.text, folded_block)) {
      AddClaim({"testimonial", std::nullopt, false, MakeQuote(b.text), ctx.url});
      // The section heading ("Patient stories") is then no claim of its own.
      if (heading != nullptr) DropClaim("testimonial", MakeQuote(heading->text), ctx.url);
    }
    return;
  }
  SentenceContext context;
  context.block = folded_block;
  context.heading = folded_heading;
  context.third_party = b.quoted;
  const bool condition_list = b.kind != BlockKind::kParagraph;

  // An FAQ answer opening with "Yes" affirms its question.
  if (const Block* q = QuestionFor(doc, index); q != nullptr && StartsWithYes(folded_block)) {
    std::string_view question = TrimRight(q->text);
    if (!question.empty() && question.back() == '?') question.remove_suffix(1);
    const std::vector<Span> answer = SplitSentences(b.text);
    std::string_view first =
        answer.empty() ? std::string_view(b.text)
                       : std::string_view(b.text).substr(answer[0].begin, answer[0].size());
    SentenceContext alone;
    alone.third_party = context.third_party;
    // Only when the answer says nothing by itself ("Yes." / "Yes, we do.").
    const std::string_view folded_first = answer.empty() ? folded_block : fold.Cut(answer[0]);
    if (MatchClaimSentence(folded_first, alone).hits.empty()) {
      std::string qa(question);
      qa += ". ";
      qa += first;
      AddSentence(FoldCopy(qa), qa, context, false, ctx);
    }
  }

  if (!ClaimRulesMayMatch(folded_block)) return;
  if (b.kind == BlockKind::kTableRow) {
    AddSentence(folded_block, b.text, context, condition_list, ctx);
    return;
  }
  for (const Span& span : text->Sentences(index)) {
    std::string_view sentence = std::string_view(b.text).substr(span.begin, span.size());
    if (EndsWithQuestion(sentence)) continue;  // judge answers, not questions
    AddSentence(fold.Cut(span), sentence, context, condition_list, ctx);
  }
}

std::string_view ClaimExtractor::FoldedHeading(int section, std::string_view text) {
  if (section != heading_section_) {
    heading_section_ = section;
    heading_fold_ = FoldCopy(text);
  }
  return heading_fold_;
}

void ClaimExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  PageText text(doc);
  AddPage(doc, ctx, &text);
}

void ClaimExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  heading_section_ = -1;  // the cache is per page
  for (size_t i = 0; i < doc.blocks.size(); ++i) AddBlock(doc, i, ctx, text);
}

void ClaimExtractor::Finish(ClinicFacts* out) const {
  out->claims.insert(out->claims.end(), claims_.begin(), claims_.end());
  const bool flagged = std::any_of(claims_.begin(), claims_.end(), [](const Claim& c) {
    return c.kind == "treats_many_conditions";
  });
  if (flagged || diseases_.empty()) return;
  // Clinic level: disease names spread over list items, headings or pages.
  std::vector<DiseaseMention> all;
  std::set<int> blocks;
  for (const DiseaseSeen& d : diseases_) {
    all.push_back({d.name, static_cast<DiseaseClass>(d.disease_class), 0, 0});
    blocks.insert(d.block);
  }
  if (blocks.size() < 2 || !IsManyConditions(all)) return;
  std::string quote;
  std::set<std::string> used;
  for (const DiseaseSeen& d : diseases_) {
    if (used.size() >= 6 || !used.insert(d.quote).second) continue;
    if (!quote.empty()) quote += " \xE2\x80\xA6 ";  // " … "
    quote += d.quote;
  }
  Claim claim;
  claim.kind = "treats_many_conditions";
  claim.quote = MakeQuote(quote);
  claim.url = diseases_.front().url;
  out->claims.push_back(std::move(claim));
}

}  // namespace clinicrank
