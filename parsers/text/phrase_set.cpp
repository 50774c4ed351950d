// The shared word and phrase matcher (parsers/text/phrase_set.h): two byte
// tries, one tried only at word starts and one (usually tiny) tried
// everywhere, so the common case — a byte inside a word — costs one table
// load.
#include "parsers/text/phrase_set.h"

#include <algorithm>
#include <map>
#include <memory>

#include "parsers/text/fold.h"
#include "parsers/text/utf8.h"

namespace clinicrank {
namespace {

using text_internal::IsAsciiAlnum;

inline bool IsAlnum(char c) { return IsAsciiAlnum(static_cast<unsigned char>(c)); }

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Folds a phrase and collapses its whitespace to single spaces.
std::string FoldPhrase(std::string_view text) {
  const std::string folded = FoldCopy(text);
  std::string out;
  out.reserve(folded.size());
  for (const char c : folded) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A pointer trie, flattened into PhraseSet::Trie once built.
struct BuildNode {
  std::map<uint8_t, std::unique_ptr<BuildNode>> children;
  std::vector<uint32_t> terminals;
};

}  // namespace

PhraseSet::PhraseSet(std::span<const Phrase> phrases) {
  std::vector<Folded> folded;
  folded.reserve(phrases.size());
  for (const Phrase& p : phrases) folded.push_back(Folded{FoldPhrase(p.text), p.mode});
  Build(std::move(folded));
}

PhraseSet::PhraseSet(std::initializer_list<std::string_view> words, Mode mode) {
  std::vector<Folded> folded;
  folded.reserve(words.size());
  for (std::string_view w : words) folded.push_back(Folded{FoldPhrase(w), mode});
  Build(std::move(folded));
}

void PhraseSet::Build(std::vector<Folded> phrases) {
  phrases_ = std::move(phrases);
  BuildNode word_root;
  BuildNode any_root;
  for (uint32_t id = 0; id < phrases_.size(); ++id) {
    const Folded& p = phrases_[id];
    if (p.text.empty()) continue;
    const bool anywhere = p.mode == Mode::kInfix || !IsAlnum(p.text.front());
    BuildNode* node = anywhere ? &any_root : &word_root;
    for (const char c : p.text) {
      auto& child = node->children[static_cast<uint8_t>(c)];
      if (!child) child = std::make_unique<BuildNode>();
      node = child.get();
    }
    node->terminals.push_back(id);
  }
  const auto flatten = [](const BuildNode& root, Trie* trie) {
    // Breadth-first, so each node's edges are contiguous.
    std::vector<const BuildNode*> order = {&root};
    trie->nodes.assign(1, Trie::Node{});
    for (size_t k = 0; k < order.size(); ++k) {
      const BuildNode* b = order[k];
      Trie::Node& n = trie->nodes[k];
      n.first_terminal = static_cast<uint32_t>(trie->terminals.size());
      n.terminal_count = static_cast<uint32_t>(b->terminals.size());
      trie->terminals.insert(trie->terminals.end(), b->terminals.begin(), b->terminals.end());
      n.first_edge = static_cast<uint32_t>(trie->edge_bytes.size());
      n.edge_count = static_cast<uint32_t>(b->children.size());
      for (const auto& [byte, child] : b->children) {
        const auto target = static_cast<uint32_t>(order.size());
        trie->edge_bytes.push_back(byte);
        trie->edge_targets.push_back(target);
        if (k == 0) trie->root[byte] = target;
        order.push_back(child.get());
        trie->nodes.push_back(Trie::Node{});
      }
    }
  };
  flatten(word_root, &word_start_);
  flatten(any_root, &anywhere_);
}

uint32_t PhraseSet::Trie::Child(uint32_t node, uint8_t byte) const {
  const Node& n = nodes[node];
  const uint8_t* first = edge_bytes.data() + n.first_edge;
  const uint8_t* last = first + n.edge_count;
  const uint8_t* it = n.edge_count <= 8 ? std::find(first, last, byte)
                                        : std::lower_bound(first, last, byte);
  if (it == last || *it != byte) return 0;
  return edge_targets[static_cast<size_t>(it - edge_bytes.data())];
}

bool PhraseSet::Accepts(uint32_t id, std::string_view text, size_t end) const {
  const Folded& p = phrases_[id];
  if (p.mode != Mode::kWord) return true;
  return end == text.size() || !IsAlnum(text[end]) || !IsAlnum(p.text.back());
}

template <typename Visit>
bool PhraseSet::Walk(const Trie& trie, std::string_view text, size_t pos, Visit&& visit) const {
  if (pos >= text.size()) return true;
  uint32_t node = trie.root[static_cast<uint8_t>(text[pos])];
  size_t i = pos + 1;
  while (node != 0) {
    const Trie::Node& n = trie.nodes[node];
    for (uint32_t t = 0; t < n.terminal_count; ++t) {
      const uint32_t id = trie.terminals[n.first_terminal + t];
      if (Accepts(id, text, i) && !visit(i, id)) return false;
    }
    if (i >= text.size() || n.edge_count == 0) break;
    if (IsSpace(text[i])) {
      node = trie.Child(node, ' ');
      while (i < text.size() && IsSpace(text[i])) ++i;
    } else {
      node = trie.Child(node, static_cast<uint8_t>(text[i]));
      ++i;
    }
  }
  return true;
}

void PhraseSet::FindAll(std::string_view folded, std::vector<Match>* out) const {
  const bool any = !anywhere_.empty();
  for (size_t i = 0; i < folded.size(); ++i) {
    const size_t first = out->size();
    const auto add = [&](size_t end, uint32_t id) {
      out->push_back(Match{i, end, id});
      return true;
    };
    if (i == 0 || !IsAlnum(folded[i - 1])) Walk(word_start_, folded, i, add);
    if (any) Walk(anywhere_, folded, i, add);
    if (out->size() - first > 1) {
      std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                [](const Match& a, const Match& b) { return a.id < b.id; });
    }
  }
}

std::optional<PhraseSet::Match> PhraseSet::LongestAt(std::string_view folded, size_t pos) const {
  std::optional<Match> best;
  const auto keep = [&](size_t end, uint32_t id) {
    if (!best || end > best->end) best = Match{pos, end, id};
    return true;
  };
  Walk(word_start_, folded, pos, keep);
  Walk(anywhere_, folded, pos, keep);
  return best;
}

std::optional<PhraseSet::Match> PhraseSet::Find(std::string_view folded, size_t from) const {
  const bool any = !anywhere_.empty();
  for (size_t i = from; i < folded.size(); ++i) {
    std::optional<Match> best;
    const auto keep = [&](size_t end, uint32_t id) {
      if (!best || end > best->end) best = Match{i, end, id};
      return true;
    };
    if (i == 0 || !IsAlnum(folded[i - 1])) Walk(word_start_, folded, i, keep);
    if (any) Walk(anywhere_, folded, i, keep);
    if (best) return best;
  }
  return std::nullopt;
}

bool PhraseSet::In(std::string_view folded) const {
  const bool any = !anywhere_.empty();
  const auto stop = [](size_t, uint32_t) { return false; };
  for (size_t i = 0; i < folded.size(); ++i) {
    if ((i == 0 || !IsAlnum(folded[i - 1])) && !Walk(word_start_, folded, i, stop)) return true;
    if (any && !Walk(anywhere_, folded, i, stop)) return true;
  }
  return false;
}

std::optional<uint32_t> PhraseSet::IdOf(std::string_view word) const {
  for (const Trie* trie : {&word_start_, &anywhere_}) {
    if (word.empty()) break;
    uint32_t node = trie->root[static_cast<uint8_t>(word[0])];
    for (size_t i = 1; node != 0 && i < word.size(); ++i) {
      node = trie->Child(node, static_cast<uint8_t>(word[i]));
    }
    if (node == 0) continue;
    const Trie::Node& n = trie->nodes[node];
    if (n.terminal_count > 0) return trie->terminals[n.first_terminal];
  }
  return std::nullopt;
}

}  // namespace clinicrank
