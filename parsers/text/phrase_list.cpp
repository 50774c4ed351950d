// Phrase lists compiled on first use (parsers/text/phrase_list.h).
#include "parsers/text/phrase_list.h"

#include <map>
#include <memory>
#include <mutex>

#include "parsers/text/utf8.h"

namespace clinicrank {
namespace {

// A match ends where its phrase ends; a prefix match ("harvest*") where its
// word does.
size_t MatchEnd(const PhraseSet& set, std::string_view folded, const PhraseSet::Match& m,
                Phrases phrases) {
  size_t end = m.end;
  if (phrases[m.id].ends_with('*')) {
    while (end < folded.size() &&
           text_internal::IsAsciiAlnum(static_cast<unsigned char>(folded[end]))) {
      ++end;
    }
  }
  (void)set;
  return end;
}

}  // namespace

const PhraseSet& CompiledPhrases(Phrases phrases) {
  static std::mutex mutex;
  static auto* const compiled = new std::map<const std::string_view*, std::unique_ptr<PhraseSet>>();
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = (*compiled)[phrases.data()];
  if (!slot) {
    std::vector<PhraseSet::Phrase> list;
    list.reserve(phrases.size());
    for (std::string_view p : phrases) {
      if (p.ends_with('*')) {
        list.push_back({p.substr(0, p.size() - 1), PhraseSet::Mode::kPrefix});
      } else {
        list.push_back({p, PhraseSet::Mode::kWord});
      }
    }
    slot = std::make_unique<PhraseSet>(list);
  }
  return *slot;
}

Span FindPhrase(std::string_view folded, Phrases phrases, size_t from) {
  const PhraseSet& set = CompiledPhrases(phrases);
  const auto m = set.Find(folded, from);
  if (!m) return {std::string_view::npos, std::string_view::npos};
  return {m->begin, MatchEnd(set, folded, *m, phrases)};
}

bool HasPhrase(std::string_view folded, Phrases phrases) {
  return CompiledPhrases(phrases).In(folded);
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
