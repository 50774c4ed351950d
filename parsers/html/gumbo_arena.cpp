#include "parsers/html/gumbo_arena.h"

#include <algorithm>
#include <cstddef>
#include <new>

namespace clinicrank {

void* GumboArena::Allocate(void* arena, size_t size) {
  return static_cast<GumboArena*>(arena)->Take(size);
}

// Freed all at once by Reset: Gumbo's frees (of nodes, and of buffers it
// outgrew) cost nothing. Growth garbage is bounded: Gumbo doubles buffers.
void GumboArena::Deallocate(void*, void*) {}

void* GumboArena::Take(size_t size) {
  size = (size + kAlign - 1) / kAlign * kAlign;
  if (size == 0) size = kAlign;
  while (size > left_) {
    // Move on to the next retained chunk, or add one after the current.
    const size_t next = chunks_.empty() ? 0 : current_ + 1;
    if (next >= chunks_.size() || chunks_[next].bytes < size) {
      const size_t units = (std::max(size, kChunkBytes) + sizeof(std::max_align_t) - 1) /
                           sizeof(std::max_align_t);
      // Gumbo cannot report a failed allocation; bad_alloc propagates as a
      // failed malloc would end the parse anyway.
      Chunk chunk{std::unique_ptr<std::max_align_t[]>(new std::max_align_t[units]),
                  units * sizeof(std::max_align_t)};
      chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(next), std::move(chunk));
    }
    current_ = next;
    next_ = reinterpret_cast<char*>(chunks_[current_].memory.get());
    left_ = chunks_[current_].bytes;
  }
  void* p = next_;
  next_ += size;
  left_ -= size;
  used_ += size;
  return p;
}

void GumboArena::Reset() {
  size_t kept = 0;
  size_t retained = 0;
  while (kept < chunks_.size() && retained + chunks_[kept].bytes <= kRetainBytes) {
    retained += chunks_[kept].bytes;
    ++kept;
  }
  chunks_.resize(kept);
  current_ = 0;
  next_ = chunks_.empty() ? nullptr : reinterpret_cast<char*>(chunks_[0].memory.get());
  left_ = chunks_.empty() ? 0 : chunks_[0].bytes;
  used_ = 0;
}

}  // namespace clinicrank
