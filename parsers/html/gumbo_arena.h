// A bump allocator for one Gumbo parse. Gumbo allocates every node, string
// and buffer through GumboOptions::allocator and frees them one by one in
// gumbo_destroy_output; our Gumbo tree lives only while html.cpp walks it, so
// all of it can be released at once instead. Saves the malloc/free pair per
// allocation (about a tenth of Gumbo's time on clinic pages).
#ifndef CLINICRANK_PARSERS_HTML_GUMBO_ARENA_H_
#define CLINICRANK_PARSERS_HTML_GUMBO_ARENA_H_

#include <cstddef>
#include <memory>
#include <vector>

namespace clinicrank {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // GumboAllocatorFunction / GumboDeallocatorFunction; userdata is the arena.
  static void* Allocate(void* arena, size_t size);
  static void Deallocate(void* arena, void* ptr);

  // Forgets every allocation. Up to kRetainBytes of chunks stay mapped for
  // the next parse (a page's tree is typically well under that), so the
  // memory is not returned to the system and faulted in again per page.
  void Reset();
  // Bytes handed out since the last Reset (growth garbage included).
  size_t used() const { return used_; }

 private:
  static constexpr size_t kChunkBytes = 256 * 1024;
  static constexpr size_t kRetainBytes = 4 * 1024 * 1024;
  static constexpr size_t kAlign = alignof(std::max_align_t);

  struct Chunk {
    std::unique_ptr<std::max_align_t[]> memory;
    size_t bytes = 0;
  };
  void* Take(size_t size);

  std::vector<Chunk> chunks_;
  size_t current_ = 0;  // index of the chunk being filled
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t used_ = 0;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_GUMBO_ARENA_H_
