// OrderedPool: runs tasks on worker threads and hands their results back in
// the order the tasks were submitted, on the submitting thread, with a bounded
// number in flight. This is how `extract -j N` and `rank -j N` use every core
// while their output stays byte-identical to `-j 1`: a clinic is one task, and
// the caller prints each clinic's facts as `deliver` receives them.
//
// Memory stays bounded: Submit blocks (delivering finished results meanwhile)
// while `window` tasks are submitted but not yet delivered, so a slow task at
// the head holds back at most window - 1 finished ones.
//
// With one thread no worker is started: Submit runs the task and delivers its
// result at once, exactly the sequential program.
//
// Thread-safety: Submit and Finish must be called from one thread (the one
// that receives `deliver` calls). Tasks run concurrently and must not share
// mutable state. A task that throws has its exception rethrown from the
// Submit or Finish call that would have delivered its result; tasks after it
// are discarded.
#ifndef CLINICRANK_BASE_ORDERED_POOL_H_
#define CLINICRANK_BASE_ORDERED_POOL_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace clinicrank {

// The number of CPUs this process may run on (its affinity mask, so `taskset`
// and container CPU sets are honoured); at least 1.
int UsableCpuCount();

template <typename Result>
class OrderedPool {
 public:
  using Task = std::function<Result()>;
  using Deliver = std::function<void(Result&&)>;

  // `threads` < 1 is taken as 1. `window` < threads is raised to `threads`.
  // Default window: four tasks per thread, so uneven task sizes still keep
  // every thread busy.
  OrderedPool(int threads, Deliver deliver, size_t window = 0)
      : threads_(std::max(1, threads)),
        window_(std::max<size_t>(window == 0 ? 4 * static_cast<size_t>(threads_) : window,
                                 static_cast<size_t>(threads_))),
        deliver_(std::move(deliver)) {
    if (threads_ == 1) return;
    workers_.reserve(static_cast<size_t>(threads_));
    for (int i = 0; i < threads_; ++i) workers_.emplace_back([this] { WorkLoop(); });
  }
  ~OrderedPool() { Stop(); }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void Submit(Task task) {
    if (threads_ == 1) {
      deliver_(task());
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    while (next_seq_ - next_deliver_ >= window_) DeliverOne(&lock);
    queue_.emplace_back(next_seq_++, std::move(task));
    work_ready_.notify_one();
  }

  // Waits for every submitted task and delivers the remaining results.
  void Finish() {
    if (threads_ == 1) return;
    std::unique_lock<std::mutex> lock(mu_);
    while (next_deliver_ < next_seq_) DeliverOne(&lock);
  }

  int threads() const { return threads_; }

 private:
  struct Done {
    std::optional<Result> result;
    std::exception_ptr error;
  };

  // Waits for the next result in order and delivers it with the lock released.
  void DeliverOne(std::unique_lock<std::mutex>* lock) {
    result_ready_.wait(*lock, [this] { return done_.count(next_deliver_) > 0; });
    auto node = done_.extract(next_deliver_);
    ++next_deliver_;
    lock->unlock();
    if (node.mapped().error) {
      Stop();
      std::rethrow_exception(node.mapped().error);
    }
    deliver_(std::move(*node.mapped().result));
    lock->lock();
  }

  void WorkLoop() {
    for (;;) {
      std::pair<uint64_t, Task> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      Done done;
      try {
        done.result.emplace(job.second());
      } catch (...) {
        done.error = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(job.first, std::move(done));
      result_ready_.notify_one();
    }
  }

  // Discards queued tasks, lets running ones finish, joins the workers.
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
      queue_.clear();
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) {
      if (t.joinable()) t.join();
    }
  }

  const int threads_;
  const size_t window_;
  const Deliver deliver_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<std::pair<uint64_t, Task>> queue_;
  std::map<uint64_t, Done> done_;
  uint64_t next_seq_ = 0;
  uint64_t next_deliver_ = 0;
  bool stopping_ = false;
};

}  // namespace clinicrank

#endif  // CLINICRANK_BASE_ORDERED_POOL_H_
