#include "archive/census.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "archive/site_key.h"
#include "base/timestamp.h"
#include "parsers/vocab/treatment_mentions.h"
#include "warc/warc_pages.h"
#include "warc/warc_writer.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

int CloseNothing(std::FILE*) { return 0; }

// The part files of one input, one per shard that receives a page. At most
// `max_open` stay open; a closed one is reopened to append (a .warc.gz is a
// sequence of gzip members, so appending is safe).
class ShardFiles {
 public:
  explicit ShardFiles(const RouteOptions& options) : options_(options) {}
  ~ShardFiles() { Abort(); }

  bool Write(int shard, const WarcPage& page, std::string* error) {
    Open* file = Get(shard, error);
    if (!file) return false;
    file->last_use = ++clock_;
    // The page as read (decoded body), with the header its reader needs.
    WarcCapture capture;
    capture.url = page.url;
    capture.date = page.fetched_at;
    capture.ip = page.ip;
    capture.response_head = "HTTP/1.1 " + std::to_string(page.status) + " \r\nContent-Type: " +
                            page.content_type + "\r\nContent-Length: " +
                            std::to_string(page.body.size()) + "\r\n\r\n";
    capture.payload = page.body;
    WarcRecordRef ref;
    if (!file->writer->WriteCapture(capture, nullptr, &ref)) {
      *error = PartialPath(shard) + ": write failed: " + std::strerror(errno);
      return false;
    }
    return true;
  }

  // Closes every file and gives each its final name.
  bool Commit(std::string* error) {
    if (!CloseAll(error)) return false;
    for (const int shard : touched_) {
      std::error_code ec;
      fs::rename(PartialPath(shard), FinalPath(shard), ec);
      if (ec) {
        *error = FinalPath(shard) + ": cannot rename: " + ec.message();
        return false;
      }
    }
    touched_.clear();
    return true;
  }

  // Closes and removes the partial files.
  void Abort() {
    std::string ignored;
    CloseAll(&ignored);
    for (const int shard : touched_) {
      std::error_code ec;
      fs::remove(PartialPath(shard), ec);
    }
    touched_.clear();
  }

  size_t shards_written() const { return touched_.size(); }

 private:
  struct Open {
    std::FILE* file = nullptr;
    std::unique_ptr<WarcWriter> writer;
    uint64_t last_use = 0;
  };

  std::string Dir(int shard) const { return options_.out_dir + "/" + ShardDirName(shard); }
  std::string PartialPath(int shard) const {
    return Dir(shard) + "/." + options_.part + ".warc.gz.partial";
  }
  std::string FinalPath(int shard) const { return Dir(shard) + "/" + options_.part + ".warc.gz"; }

  Open* Get(int shard, std::string* error) {
    if (auto it = open_.find(shard); it != open_.end()) return &it->second;
    if (open_.size() >= std::max<size_t>(1, options_.max_open_files) && !CloseOldest(error)) {
      return nullptr;
    }
    const bool first = touched_.insert(shard).second;
    std::error_code ec;
    fs::create_directories(Dir(shard), ec);
    std::FILE* f = std::fopen(PartialPath(shard).c_str(), first ? "wb" : "ab");
    if (!f) {
      *error = PartialPath(shard) + ": " + std::strerror(errno);
      return nullptr;
    }
    Open& file = open_[shard];
    file.file = f;
    std::fseek(f, 0, SEEK_END);
    const long end = std::ftell(f);
    file.writer = std::make_unique<WarcWriter>(f, /*gzip=*/true, end > 0 ? static_cast<uint64_t>(end) : 0);
    if (first && !file.writer->WriteWarcinfo(fs::path(FinalPath(shard)).filename().string(), UtcNow(),
                                             {{"software", "clinicrank archive route"}})) {
      *error = PartialPath(shard) + ": write failed: " + std::strerror(errno);
      return nullptr;
    }
    return &file;
  }

  bool CloseOne(std::map<int, Open>::iterator it, std::string* error) {
    const bool ok = std::fclose(it->second.file) == 0;
    if (!ok) *error = PartialPath(it->first) + ": write failed: " + std::strerror(errno);
    open_.erase(it);
    return ok;
  }

  bool CloseOldest(std::string* error) {
    auto oldest = std::min_element(open_.begin(), open_.end(), [](const auto& a, const auto& b) {
      return a.second.last_use < b.second.last_use;
    });
    return CloseOne(oldest, error);
  }

  bool CloseAll(std::string* error) {
    bool ok = true;
    while (!open_.empty()) ok = CloseOne(open_.begin(), error) && ok;
    return ok;
  }

  const RouteOptions& options_;
  std::map<int, Open> open_;
  std::set<int> touched_;
  uint64_t clock_ = 0;
};

// Reads every page of `reader`, counting it, and calls visit(page, site)
// for those whose URL names a site; stops when visit returns false.
template <typename Visit>
bool ForEachSitePage(WarcPageReader* reader, StageCounts* counts, Visit visit) {
  WarcPage page;
  while (reader->Next(&page)) {
    ++counts->pages;
    counts->bytes += page.body.size();
    const std::string site = SiteOf(page.url);
    if (site.empty()) {
      ++counts->unparsable;
    } else if (!visit(page, site)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::unique_ptr<std::FILE, int (*)(std::FILE*)> OpenWarcInput(const std::string& path,
                                                              std::string* error) {
  using Handle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
  if (path == "-") return Handle(stdin, CloseNothing);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *error = path + ": " + std::strerror(errno);
    return Handle(nullptr, CloseNothing);
  }
  const bool stream = S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode);  // <(zcat …), a pipe
  if (!S_ISREG(st.st_mode) && !stream) {
    *error = path + ": not a regular file";
    return Handle(nullptr, CloseNothing);
  }
  Handle file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (file && stream) return file;  // read as it comes, like stdin: no look ahead
  if (!file) {
    *error = path + ": " + std::strerror(errno);
    return Handle(nullptr, CloseNothing);
  }
  char head[5] = {};
  const size_t n = std::fread(head, 1, sizeof head, file.get());
  const bool gzip = n >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                    static_cast<unsigned char>(head[1]) == 0x8b;
  const bool plain = n == 5 && std::memcmp(head, "WARC/", 5) == 0;
  if (n > 0 && !gzip && !plain) {
    *error = path + ": not a WARC file (neither gzip nor a WARC/ version line at the start)";
    return Handle(nullptr, CloseNothing);
  }
  std::rewind(file.get());
  return file;
}

std::string ShardDirName(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%05d", index);
  return name;
}

void ListRelevantSites(WarcPageReader* reader, const MentionMatcher& matcher,
                       std::set<std::string>* sites, StageCounts* counts) {
  ForEachSitePage(reader, counts, [&](const WarcPage& page, const std::string& site) {
    if (sites->count(site) == 0 && matcher.Matches(page.body)) {
      sites->insert(site);
      ++counts->matched;
    }
    return true;
  });
}

bool RouteSites(WarcPageReader* reader, const std::unordered_set<std::string>& sites,
                const RouteOptions& options, StageCounts* counts, std::string* error) {
  ShardFiles files(options);
  std::unordered_map<std::string, SiteCap> caps;
  const SiteCap fresh(options.limits);
  const bool ok =
      ForEachSitePage(reader, counts, [&](const WarcPage& page, const std::string& site) {
        if (sites.count(site) == 0) return true;
        switch (caps.try_emplace(site, fresh).first->second.Offer(page.body.size())) {
          case SiteCap::Verdict::kTake:
            break;
          case SiteCap::Verdict::kClose:  // routed: the shard must see where the site closes
            counts->warnings.push_back(SiteCapWarning(site, options.limits) + " (in this file)");
            break;
          case SiteCap::Verdict::kClosed:
            return true;
          case SiteCap::Verdict::kPageTooBig:
            counts->warnings.push_back(PageTooBigNote(page.url, page.body.size(), options.limits));
            return true;
        }
        ++counts->matched;
        return files.Write(ShardOf(site, options.shards), page, error);
      });
  if (!ok || !files.Commit(error)) {
    files.Abort();
    return false;
  }
  return true;
}

}  // namespace clinicrank
