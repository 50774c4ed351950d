// ExtractFromWarc: web-archive input for extract (CONTRACT.md `extract
// --warc`): the pages of each site grouped wherever they sit in the input, in
// memory up to a bound or through a spill file (`--by-site`, issue 17),
// optionally only for sites with a page that mentions the treatment
// (`--relevant-only`).
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include "app/clinic_sources.h"
#include "archive/census.h"
#include "archive/site_key.h"
#include "archive/site_spill.h"
#include "base/ordered_pool.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "parsers/vocab/treatment_mentions.h"
#include "warc/warc_pages.h"

namespace clinicrank {
namespace {

using Pool = OrderedPool<ClinicFacts>;

// Bound on the page bytes held over all sites whose records are still
// arriving (a crawl interleaves sites). Past it, the site started longest ago
// is extracted early.
constexpr size_t kMaxOpenBytes = size_t{512} << 20;

void Warn(const std::string& message) { std::cerr << "clinicrank: warning: " << message << "\n"; }

// One clinic from a site's pages, in URL order (as from the store, so that a
// crawl's WARC and its store give the same facts); of two captures of one
// URL the later is read.
ClinicFacts ExtractSitePages(SitePages& batch) {
  std::stable_sort(batch.pages.begin(), batch.pages.end(),
                   [](const WarcPage& a, const WarcPage& b) { return a.url < b.url; });
  std::vector<PageInput> inputs;
  inputs.reserve(batch.pages.size());
  for (size_t i = 0; i < batch.pages.size(); ++i) {
    const WarcPage& p = batch.pages[i];
    if (i + 1 < batch.pages.size() && batch.pages[i + 1].url == p.url) continue;
    PageInput in;
    in.bytes = p.body;
    in.url = p.url;
    in.content_type = p.content_type;
    in.fetched_at = p.fetched_at;
    inputs.push_back(std::move(in));
  }
  ClinicFacts facts = ExtractClinic(batch.site, inputs);
  facts.warnings.insert(facts.warnings.begin(), batch.warnings.begin(), batch.warnings.end());
  return facts;
}

// Groups pages by site, wherever their records sit in the input, and hands
// each site to the pool as one clinic once the input ends (or early, past
// kMaxOpenBytes).
class SiteBatches {
 public:
  SiteBatches(Pool* pool, bool relevant_only) : pool_(pool), relevant_only_(relevant_only) {}

  void Add(WarcPage&& page, const std::string& site) {
    if (!open_.count(site)) {
      if (done_.count(site)) {
        Warn(site + " has more pages after it was emitted; they form a second clinic");
      }
      order_.push_back(site);
      open_[site].pages = std::make_shared<SitePages>();
      open_[site].pages->site = site;
    }
    Open& batch = open_[site];
    if (relevant_only_ && !batch.mentions) {
      batch.mentions = TreatmentMentionMatcher().Matches(page.body);
    }
    const SiteLimits limits;
    if (page.body.size() > limits.max_page_bytes) {
      Warn(PageTooBigNote(page.url, page.body.size(), limits));
      return;
    }
    if (batch.pages->pages.size() >= limits.max_pages ||
        batch.bytes + page.body.size() > limits.max_bytes) {
      if (!batch.capped) batch.pages->warnings.push_back(SiteCapWarning(site, limits));
      batch.capped = true;
      return;
    }
    batch.bytes += page.body.size();
    total_bytes_ += page.body.size();
    batch.pages->pages.push_back(std::move(page));
    while (total_bytes_ > kMaxOpenBytes && order_.size() > 1) Flush(order_.front());
  }

  void FlushAll() {
    while (!order_.empty()) Flush(order_.front());
  }

 private:
  struct Open {
    std::shared_ptr<SitePages> pages;
    size_t bytes = 0;
    bool mentions = false;
    bool capped = false;
  };

  void Flush(const std::string site) {
    order_.erase(std::find(order_.begin(), order_.end(), site));
    Open batch = std::move(open_[site]);
    open_.erase(site);
    done_.insert(site);
    total_bytes_ -= batch.bytes;
    if (relevant_only_ && !batch.mentions) return;
    pool_->Submit([pages = std::move(batch.pages)] { return ExtractSitePages(*pages); });
  }

  Pool* pool_;
  const bool relevant_only_;
  std::map<std::string, Open> open_;
  std::vector<std::string> order_;  // open sites, by first appearance
  std::set<std::string> done_;
  size_t total_bytes_ = 0;
};

// Reads every page of every file, in order, into `add`; reader warnings are
// printed with the file name.
template <typename Add>
bool ReadAll(const std::vector<std::string>& files, Add add, std::string* error) {
  RevisitCache revisits;  // the files are one input: a revisit may point to an earlier file
  for (const std::string& path : files) {
    auto in = OpenWarcInput(path, error);
    if (!in) return false;
    const std::string label = path == "-" ? "stdin" : path;
    WarcPageReader reader(in.get(), WarcReaderOptions(), &revisits);
    WarcPage page;
    while (reader.Next(&page)) {
      const std::string site = SiteOf(page.url);
      if (site.empty()) {
        Warn(label + ": offset " + std::to_string(page.offset) +
             ": WARC record with an unparsable URL skipped");
        continue;
      }
      if (!add(std::move(page), site)) return false;
    }
    const std::vector<std::string> warnings = reader.warnings();
    for (const std::string& w : warnings) Warn(label + ": " + w);
    if (std::ferror(in.get())) {
      *error = label + ": read error";
      return false;
    }
    if (reader.records_read() == 0 && !warnings.empty()) {
      *error = label + ": no readable WARC record";
      return false;
    }
  }
  return true;
}

bool ExtractGrouped(const WarcExtractOptions& o, Pool* pool, std::string* error) {
  SiteBatches batches(pool, o.relevant_only);
  const bool ok = ReadAll(
      o.files,
      [&](WarcPage&& page, const std::string& site) {
        batches.Add(std::move(page), site);
        return true;
      },
      error);
  if (ok) batches.FlushAll();
  return ok;
}

bool ExtractBySite(const WarcExtractOptions& o, Pool* pool, std::string* error) {
  std::unique_ptr<SiteSpill> spill = SiteSpill::Create("", SiteLimits{}, error);
  if (!spill) return false;
  const MentionMatcher& matcher = TreatmentMentionMatcher();
  std::vector<std::string> notes;
  const bool ok = ReadAll(
      o.files,
      [&](WarcPage&& page, const std::string& site) {
        const bool mentions =
            o.relevant_only && !spill->relevant(site) && matcher.Matches(page.body);
        notes.clear();
        const bool added = spill->Add(site, page, mentions, &notes, error);
        for (const std::string& note : notes) Warn(note);
        return added;
      },
      error);
  if (!ok) return false;
  for (const std::string& site : spill->Sites(o.relevant_only)) {
    auto batch = std::make_shared<SitePages>();
    if (!spill->Load(site, batch.get(), error)) return false;
    pool->Submit([batch] { return ExtractSitePages(*batch); });
  }
  return true;
}

}  // namespace

bool ExtractFromWarc(const WarcExtractOptions& options, const ClinicFactsSink& sink,
                     std::string* error) {
  // Every regular file is checked before any output, so a typo fails the run
  // cleanly (stdin and pipes are read once, so only when their turn comes).
  for (const std::string& path : options.files) {
    struct stat st;
    if (path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)) continue;
    if (!OpenWarcInput(path, error)) return false;
  }
  Pool pool(options.jobs, [&sink](ClinicFacts&& facts) {
    PrintWarnings(facts);
    sink(std::move(facts));
  });
  const bool ok = options.by_site ? ExtractBySite(options, &pool, error)
                                  : ExtractGrouped(options, &pool, error);
  pool.Finish();
  return ok;
}

}  // namespace clinicrank
