// The one word and phrase matcher every vocabulary uses: a compiled set of
// words and phrases, found in folded text (parsers/text/fold.h) in one
// left-to-right pass.
//
// Phrases are written as people spell them and folded when the set is built
// (lower case, accents stripped: "médula ósea" is stored as "medula osea"),
// so a table never needs its own folded copy. A space in a phrase matches one
// or more whitespace bytes of the text. Each phrase has a mode:
//  - kWord:   a whole word or phrase, bounded by non-alphanumerics or the
//             ends of the text (the rule of FindWord, parsers/text/words.h);
//  - kPrefix: starts a word and may run on ("consult" in "consultation");
//  - kInfix:  anywhere, for compounds ("fett" in "Eigenfettbehandlung").
// A phrase whose first byte is not alphanumeric ("$", "(") may start
// anywhere, whatever its mode.
//
// Built once (usually as a function-local static), then immutable:
// thread-safe for concurrent lookups.
#ifndef CLINICRANK_PARSERS_TEXT_PHRASE_SET_H_
#define CLINICRANK_PARSERS_TEXT_PHRASE_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

class PhraseSet {
 public:
  enum class Mode : uint8_t { kWord, kPrefix, kInfix };
  struct Phrase {
    std::string_view text;
    Mode mode = Mode::kWord;
  };
  // A match of phrase number `id` (its index in the list the set was built
  // from) at [begin, end) of the text.
  struct Match {
    size_t begin = 0;
    size_t end = 0;
    uint32_t id = 0;
  };

  PhraseSet() = default;
  explicit PhraseSet(std::span<const Phrase> phrases);
  PhraseSet(std::initializer_list<std::string_view> words, Mode mode = Mode::kWord);

  // Every match, ordered by begin and, at one begin, by id (overlapping and
  // nested matches included).
  void FindAll(std::string_view folded, std::vector<Match>* out) const;
  // True if any phrase matches somewhere in `folded`.
  bool In(std::string_view folded) const;
  // The first match at or after `from`: the smallest begin, the longest there.
  std::optional<Match> Find(std::string_view folded, size_t from = 0) const;
  // The longest match that begins exactly at `pos` (the caller says `pos` is
  // where a match may begin: for kWord and kPrefix phrases, a word start).
  std::optional<Match> LongestAt(std::string_view folded, size_t pos) const;
  // The id of the phrase that equals `word` exactly, if any (a token lookup:
  // modes play no part).
  std::optional<uint32_t> IdOf(std::string_view word) const;
  bool Has(std::string_view word) const { return IdOf(word).has_value(); }

  size_t size() const { return phrases_.size(); }

 private:
  // A byte trie; node 0 is the root.
  struct Trie {
    struct Node {
      uint32_t first_edge = 0;
      uint32_t edge_count = 0;
      uint32_t first_terminal = 0;
      uint32_t terminal_count = 0;
    };
    std::vector<Node> nodes;
    std::vector<uint8_t> edge_bytes;      // per node, sorted
    std::vector<uint32_t> edge_targets;   // parallel to edge_bytes
    std::vector<uint32_t> terminals;      // phrase ids, sorted per node
    std::array<uint32_t, 256> root{};     // child of the root per byte (0: none)
    bool empty() const { return nodes.size() <= 1; }
    uint32_t Child(uint32_t node, uint8_t byte) const;
  };
  struct Folded {
    std::string text;
    Mode mode;
  };

  void Build(std::vector<Folded> phrases);
  // Calls visit(end, id) for every phrase of `trie` matching at `pos`,
  // shortest first. Returns false as soon as visit does.
  template <typename Visit>
  bool Walk(const Trie& trie, std::string_view text, size_t pos, Visit&& visit) const;
  bool Accepts(uint32_t id, std::string_view text, size_t end) const;

  std::vector<Folded> phrases_;
  Trie word_start_;  // phrases that begin with an alphanumeric and are not kInfix
  Trie anywhere_;    // kInfix phrases and phrases that begin with punctuation
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_PHRASE_SET_H_
