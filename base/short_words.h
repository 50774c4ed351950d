// A fixed set of short ASCII words (at most 8 bytes), each with a small
// value, looked up in a few instructions: the word is packed into a 64-bit
// integer and found by one probe, usually, in an open-addressing table.
// For hot per-token checks (tag names, stopwords) where scanning a word list
// or hashing a string per token would dominate.
#ifndef CLINICRANK_BASE_SHORT_WORDS_H_
#define CLINICRANK_BASE_SHORT_WORDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace clinicrank {

class ShortWordMap {
 public:
  static constexpr size_t kMaxWordBytes = 8;

  // REQUIRES: every word is 1-8 bytes; at most 128 words.
  ShortWordMap(std::initializer_list<std::pair<std::string_view, int>> words) {
    for (const auto& [word, value] : words) Add(word, value);
  }
  ShortWordMap() = default;

  void Add(std::string_view word, int value) {
    if (word.empty() || word.size() > kMaxWordBytes || ++size_ > kSlots / 2) {
      throw std::logic_error("ShortWordMap: word too long or table full");
    }
    const uint64_t key = Pack(word);
    size_t i = SlotOf(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & (kSlots - 1);
    slots_[i] = {key, value};
  }

  // The word's value, or `missing` when it is not in the set.
  int Find(std::string_view word, int missing = -1) const {
    if (word.empty() || word.size() > kMaxWordBytes) return missing;
    const uint64_t key = Pack(word);
    for (size_t i = SlotOf(key); slots_[i].key != 0; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i].key == key) return slots_[i].value;
    }
    return missing;
  }

 private:
  static constexpr size_t kSlots = 256;  // a power of two
  struct Slot {
    uint64_t key = 0;  // 0: empty (no non-empty word packs to 0)
    int value = 0;
  };
  static uint64_t Pack(std::string_view w) {
    uint64_t key = 0;
    std::memcpy(&key, w.data(), w.size());
    return key;
  }
  static size_t SlotOf(uint64_t key) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 56) & (kSlots - 1);
  }

  std::array<Slot, kSlots> slots_{};
  size_t size_ = 0;
};

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_SHORT_WORDS_H_
