// One site's queue of URLs to fetch: de-duplicated, ordered by how likely a
// page is to state the facts clinicrank ranks on, and guarded against
// crawler traps.
//
// Priority (heuristic; DOMAIN.md's checklist items): words in the URL or the
// anchor text, English and Spanish. 0 pricing/cost/fees/precio/costo,
// 1 knee/rodilla/stem cell/células madre/treatment/tratamiento, 2 FAQ/
// preguntas, 3 about/nosotros, 4 anything else, 5 blog archives, tags,
// login and cart pages. Ties go to the shallower page, then to the one found
// first.
//
// Traps (URLs refused): longer than max_url_length, more than
// max_path_segments segments, one segment repeated 3+ times (/a/b/a/b/a),
// more than max_query_variants query strings on one path, calendar-like
// URLs (date query keys such as month=/date=, or numeric segments under
// /calendar/ or /events/). Session ids are stripped earlier (crawler/url.h).
#ifndef CLINICRANK_CRAWLER_FRONTIER_H_
#define CLINICRANK_CRAWLER_FRONTIER_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace clinicrank {

struct FrontierOptions {
  int max_depth = 5;             // Default: 5 links from the seed.
  int max_query_variants = 5;    // Default: 5 query strings per path.
  size_t max_url_length = 2048;  // Default: 2048 bytes.
  int max_path_segments = 15;    // Default: 15.
  size_t max_queued = 20000;     // Default: 20000 URLs waiting.
};

struct FrontierEntry {
  std::string url;
  int depth = 0;
  int priority = 4;
  uint64_t order = 0;
};

enum class FrontierAdd { kAdded, kDuplicate, kTooDeep, kTrap, kFull };

class Frontier {
 public:
  explicit Frontier(FrontierOptions options = {}) : options_(options) {}

  // REQUIRES: `url` is normalized and in the site's scope.
  FrontierAdd Add(const std::string& url, int depth, std::string_view anchor_text = {});
  // Records a URL as known without queueing it (already stored, a redirect
  // target, a canonical URL), so later links to it are duplicates.
  void MarkSeen(const std::string& url) { seen_.insert(url); }
  bool Seen(const std::string& url) const { return seen_.count(url) > 0; }
  std::optional<FrontierEntry> Pop();
  size_t size() const { return queue_.size(); }
  bool empty() const { return queue_.empty(); }

 private:
  struct Later {
    bool operator()(const FrontierEntry& a, const FrontierEntry& b) const {
      if (a.priority != b.priority) return a.priority > b.priority;
      if (a.depth != b.depth) return a.depth > b.depth;
      return a.order > b.order;
    }
  };

  FrontierOptions options_;
  std::priority_queue<FrontierEntry, std::vector<FrontierEntry>, Later> queue_;
  std::unordered_set<std::string> seen_;
  std::map<std::string, int> query_variants_;  // path → distinct queries seen
  uint64_t next_order_ = 0;
};

// 0 (wanted first) to 5; see the file comment.
int LinkPriority(std::string_view url, std::string_view anchor_text);

// Why `url` looks like a crawler trap ("calendar", "repeated segments", …),
// or "" when it does not. Query-variant counting needs state and lives in
// Frontier::Add.
std::string TrapReason(std::string_view url, const FrontierOptions& options);

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_FRONTIER_H_
