// Own cells only (parsers/extract/own_cells.h). The cell vocabulary is the
// treatment vocabulary (parsers/vocab/treatment_terms.h); only the
// exclusivity words are new here.
#include "parsers/extract/own_cells.h"

#include <optional>
#include <string_view>

#include "parsers/text/phrase_list.h"
#include "parsers/extract/fact_kinds.h"
#include "parsers/text/polarity.h"
#include "parsers/text/sentences.h"
#include "parsers/vocab/shared_words.h"
#include "parsers/vocab/treatment_terms.h"

namespace clinicrank {
namespace {

constexpr std::string_view kExclusive[] = {
    "only",       "exclusively",    "solely",          "100%", "nothing else", "solo", "solamente",
    "unicamente", "exclusivamente", "ausschliesslich", "nur",  "allein"};
// The clinic as the speaker: "we", "our", Spanish -amos/-emos verbs are
// checked apart.
constexpr std::string_view kClinicSubject[] = {"we",      "our", "us",    "nosotros",
                                               "nuestr*", "wir", "unser*"};
constexpr std::string_view kAnchors[] = {"own*",         "autolog*", "propi*",   "korpereigen*",
                                         "eigen*",       "donor*",   "donan*",   "spender*",
                                         "allogen*",     "amniot*",  "cord*",    "cordon*",
                                         "nabelschnur*", "placent*", "wharton*", "exosom*"};

// A sentence can only be exclusive with one of these in it; cheaper to
// check than the treatment vocabulary.
constexpr std::string_view kExclusiveOrNegation[] = {"only",
                                                     "exclusively",
                                                     "solely",
                                                     "100%",
                                                     "nothing else",
                                                     "solo",
                                                     "solamente",
                                                     "unicamente",
                                                     "exclusivamente",
                                                     "ausschliesslich",
                                                     "nur",
                                                     "allein",
                                                     "no",
                                                     "not",
                                                     "never",
                                                     "don't",
                                                     "do not",
                                                     "without",
                                                     "nunca",
                                                     "ni",
                                                     "sin",
                                                     "jamas",
                                                     "kein*",
                                                     "nicht",
                                                     "nie",
                                                     "ohne"};

bool FirstPersonPluralVerb(std::string_view folded) {
  for (size_t i = 0; i + 4 <= folded.size(); ++i) {
    const std::string_view w = folded.substr(i, 4);
    const bool end = i + 4 == folded.size() || !(folded[i + 4] >= 'a' && folded[i + 4] <= 'z');
    if (end && (w == "amos" || w == "emos") && i >= 2) return true;
  }
  return false;
}

bool IsOwnHit(const TermHit& h) {
  if (h.kind == TermKind::kAutologousStrong || h.kind == TermKind::kAutologousWeak) return true;
  if (h.kind != TermKind::kCellSource) return false;
  const std::optional<CellSource> s = ParseCellSource(h.value);
  return s && IsOwnCellSource(*s);
}

bool IsDonorHit(const TermHit& h) {
  if (h.kind != TermKind::kCellSource) return false;
  const std::optional<CellSource> s = ParseCellSource(h.value);
  return s && !IsOwnCellSource(*s);
}

// The sentence is an exclusive own-cells statement.
bool IsExclusive(std::string_view folded, const std::vector<TermHit>& hits) {
  // "A trial found that marrow, fat and cord cells were not better..."
  if (HasPhrase(folded, ResearchWords())) return false;
  const SentencePolarity p(folded);
  if (p.IsQuestion() || p.HasOthersCue()) return false;
  bool own = false;
  for (const TermHit& h : hits) {
    const Polarity pol = p.Of(h.begin, h.end);
    if (IsOwnHit(h) && pol == Polarity::kAffirmed) {
      own = true;
      const Span c = p.ClauseAt(h.begin);
      if (HasPhrase(folded.substr(c.begin, c.size()), kExclusive)) return true;
    }
  }
  const bool speaks = own || HasPhrase(folded, kClinicSubject) || FirstPersonPluralVerb(folded);
  for (const TermHit& h : hits) {
    if (IsDonorHit(h) && p.Of(h.begin, h.end) == Polarity::kNegated && speaks) return true;
  }
  return false;
}

}  // namespace

TriState DecideOwnCellsOnly(const std::string& cell_origin,
                            const std::vector<std::string>& cell_sources) {
  if (cell_origin == "autologous") return TriState::kYes;
  if (cell_origin == "allogeneic" || cell_origin == "mixed") return TriState::kNo;
  bool own = false;
  for (const std::string& name : cell_sources) {
    const std::optional<CellSource> s = ParseCellSource(name);
    if (s && !IsOwnCellSource(*s)) return TriState::kNo;
    own = own || s.has_value();
  }
  return own ? TriState::kYes : TriState::kUnknown;
}

void OwnCellsExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  std::vector<TermHit> hits;
  for (size_t i = 0; i < doc.blocks.size() && !from_prose_; ++i) {
    const BlockFold& fold = text->Fold(i);
    if (!HasPhrase(fold.text(), kAnchors)) continue;
    const Block& b = doc.blocks[i];
    // A heading ("Why we don't use amniotic cells") is kept only until a
    // sentence says it.
    const bool heading = b.kind == BlockKind::kHeading;
    if (heading && !quote_.empty()) continue;
    if (!text->ClinicSpeaks(i)) continue;
    for (const Span& s : text->Sentences(i)) {
      const std::string_view folded = fold.Cut(s);
      if (!HasPhrase(folded, kAnchors) || !HasPhrase(folded, kExclusiveOrNegation)) continue;
      hits.clear();
      FindTreatmentTerms(folded, &hits);
      if (hits.empty() || !IsExclusive(folded, hits)) continue;
      quote_ = MakeQuote(std::string_view(b.text).substr(s.begin, s.size()));
      url_ = ctx.url;
      from_prose_ = !heading;
      break;
    }
  }
}

void OwnCellsExtractor::Finish(ClinicFacts* out) const {
  out->own_cells_only = DecideOwnCellsOnly(out->cell_origin, out->cell_sources);
  if (!quote_.empty()) out->evidence.push_back({"own_cells_only", quote_, url_});
}

}  // namespace clinicrank
