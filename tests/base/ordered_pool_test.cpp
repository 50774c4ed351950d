// OrderedPool: results in submission order, a bounded window, errors
// rethrown in order (issue 17, `-j N`).
#include "base/ordered_pool.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace clinicrank {
namespace {

// Later tasks finish first when a task's sleep shrinks with its index.
void SleepFor(int index, int of) {
  std::this_thread::sleep_for(std::chrono::microseconds(200 * ((of - index) % 7)));
}

TEST_CASE("OrderedPool delivers in submission order whatever the finishing order", "[base]") {
  for (int threads : {1, 2, 3, 8}) {
    CAPTURE(threads);
    std::vector<int> got;
    const std::thread::id caller = std::this_thread::get_id();
    bool delivered_on_caller = true;
    OrderedPool<int> pool(threads, [&](int&& v) {
      delivered_on_caller = delivered_on_caller && std::this_thread::get_id() == caller;
      got.push_back(v);
    });
    constexpr int kTasks = 200;
    for (int i = 0; i < kTasks; ++i) {
      pool.Submit([i] {
        SleepFor(i, kTasks);
        return i * 3;
      });
    }
    pool.Finish();
    REQUIRE(got.size() == kTasks);
    for (int i = 0; i < kTasks; ++i) CHECK(got[static_cast<size_t>(i)] == i * 3);
    CHECK(delivered_on_caller);
  }
}

TEST_CASE("OrderedPool keeps at most `window` tasks submitted and undelivered", "[base]") {
  for (size_t window : {size_t{2}, size_t{5}}) {
    CAPTURE(window);
    std::atomic<int> pending{0};
    int most = 0;
    OrderedPool<int> pool(
        2, [&](int&&) { --pending; }, window);
    for (int i = 0; i < 100; ++i) {
      ++pending;
      most = std::max(most, pending.load());
      pool.Submit([i] {
        SleepFor(i, 100);
        return i;
      });
    }
    pool.Finish();
    CHECK(pending == 0);
    CHECK(most <= static_cast<int>(window) + 1);  // +1: the one being submitted
  }
}

TEST_CASE("OrderedPool uses more than one thread when asked", "[base]") {
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  OrderedPool<int> pool(2, [](int&&) {});
  for (int i = 0; i < 20; ++i) {
    pool.Submit([&] {
      int now = ++running;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      --running;
      return 0;
    });
  }
  pool.Finish();
  CHECK(most == 2);
}

TEST_CASE("OrderedPool rethrows a task's exception after the results before it", "[base]") {
  for (int threads : {1, 2}) {
    CAPTURE(threads);
    std::vector<int> got;
    auto run = [&] {
      OrderedPool<int> pool(threads, [&](int&& v) { got.push_back(v); });
      for (int i = 0; i < 50; ++i) {
        pool.Submit([i]() -> int {
          if (i == 7) throw std::runtime_error("task 7 failed");
          return i;
        });
      }
      pool.Finish();
    };
    CHECK_THROWS_WITH(run(), "task 7 failed");
    REQUIRE(got.size() == 7);
    for (int i = 0; i < 7; ++i) CHECK(got[static_cast<size_t>(i)] == i);
  }
}

TEST_CASE("UsableCpuCount is at least one", "[base]") { CHECK(UsableCpuCount() >= 1); }

}  // namespace
}  // namespace clinicrank
