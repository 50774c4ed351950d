// Time as the crawl loop sees it: the current moment, and waiting until a
// later one. An interface so that tests can run politeness delays, retries,
// backoff and Retry-After on a fake clock, exactly and without sleeping
// (leveldb's Env, ninja's fake CommandRunner). The real clock is the
// monotonic std::chrono::steady_clock.
#ifndef CLINICRANK_CRAWLER_CLOCK_H_
#define CLINICRANK_CRAWLER_CLOCK_H_

#include <chrono>

namespace clinicrank {

class Clock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  virtual ~Clock() = default;
  virtual TimePoint Now() = 0;
  // Returns once Now() >= `deadline` (at once when it has passed).
  virtual void SleepUntil(TimePoint deadline) = 0;
};

// The process's steady clock. Never null, never deleted.
Clock* SystemClock();

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_CLOCK_H_
