// GumboArena: aligned, non-overlapping blocks of any size, and a Reset that
// makes the memory reusable. (ParseHtml runs Gumbo on it in every html test.)
#include "parsers/html/gumbo_arena.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <vector>

namespace clinicrank {
namespace {

TEST_CASE("GumboArena hands out aligned, disjoint, writable blocks", "[html]") {
  GumboArena arena;
  struct Block {
    char* p;
    size_t size;
  };
  std::vector<Block> blocks;
  for (size_t size : {1u, 7u, 16u, 100u, 4096u, 300000u, 3u, 1000000u, 24u}) {
    char* p = static_cast<char*>(GumboArena::Allocate(&arena, size));
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(p) % alignof(std::max_align_t) == 0);
    std::memset(p, static_cast<int>(blocks.size()), size);
    blocks.push_back({p, size});
  }
  // Every block still holds its own fill: none overlapped another.
  for (size_t i = 0; i < blocks.size(); ++i) {
    for (size_t k = 0; k < blocks[i].size; k += 997) CHECK(blocks[i].p[k] == static_cast<char>(i));
  }
  CHECK(arena.used() >= 1000000u + 300000u);
  GumboArena::Deallocate(&arena, blocks[0].p);  // a no-op until Reset
  CHECK(blocks[1].p[0] == 1);
}

TEST_CASE("GumboArena reuses its memory after Reset", "[html]") {
  GumboArena arena;
  void* first = GumboArena::Allocate(&arena, 64);
  for (int i = 0; i < 10000; ++i) GumboArena::Allocate(&arena, 200);
  arena.Reset();
  CHECK(arena.used() == 0);
  CHECK(GumboArena::Allocate(&arena, 64) == first);
}

}  // namespace
}  // namespace clinicrank
