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

bool StartsWithYes(std::string_view folded) {
  static constexpr std::string_view kYes[] = {
      "yes", "si,",        "si.",       "si ",   "si!",        "ja,",       "ja.",
      "ja ", "absolutely", "of course", "claro", "definitely", "certainly", "correct"};
  for (std::string_view y : kYes) {
    if (folded.substr(0, y.size()) == y) return true;
  }
  return false;
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
  const BlockRole& role = text->Role(index);
  if (b.text.empty() || role.speaker == Speaker::kNavigation) return;
  if (b.kind == BlockKind::kHeading && role.shape == BlockShape::kFaqQuestion) return;
  ++block_counter_;
  const BlockFold& fold = text->Fold(index);
  const std::string_view folded_block = fold.text();

  const Block* heading = b.section >= 0 && static_cast<size_t>(b.section) < doc.blocks.size()
                             ? &doc.blocks[static_cast<size_t>(b.section)]
                             : nullptr;
  const std::string_view folded_heading =
      heading != nullptr ? text->Fold(static_cast<size_t>(b.section)).text() : std::string_view();
  // Testimonials: patient speech is evidence-by-anecdote; quote each one.
  if (role.speaker == Speaker::kPatient) {
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
  context.third_party = role.speaker == Speaker::kQuoted;
  const bool condition_list = b.kind != BlockKind::kParagraph;

  // An FAQ answer opening with "Yes" affirms its question.
  if (role.question >= 0 && StartsWithYes(folded_block)) {
    std::string_view question = TrimRight(doc.blocks[static_cast<size_t>(role.question)].text);
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

void ClaimExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  PageText text(doc);
  AddPage(doc, ctx, &text);
}

void ClaimExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
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
