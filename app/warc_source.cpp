// ExtractFromWarc: web-archive input for extract (CONTRACT.md `extract
// --warc`), streamed by consecutive site or grouped by site through a spill
// file (`--by-site`, issue 17), optionally only for sites with a page that
// mentions the treatment (`--relevant-only`).
#include <iostream>
#include <memory>

#include "app/clinic_sources.h"
#include "archive/census.h"
#include "archive/site_key.h"
#include "archive/site_spill.h"
#include "base/ordered_pool.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "parsers/vocab/treatment_mentions.h"
#include "warc/warc_reader.h"

namespace clinicrank {
namespace {

using Pool = OrderedPool<ClinicFacts>;

ClinicFacts ExtractSitePages(const SitePages& batch) {
  std::vector<PageInput> inputs;
  inputs.reserve(batch.pages.size());
  for (const WarcPage& p : batch.pages) {
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

void Warn(const std::string& message) { std::cerr << "clinicrank: warning: " << message << "\n"; }

// Streaming: consecutive records of one site form one clinic, handed to the
// pool as soon as the next site starts.
class SiteBatch {
 public:
  SiteBatch(Pool* pool, bool relevant_only) : pool_(pool), relevant_only_(relevant_only) {}

  void Add(WarcPage&& page, const std::string& site) {
    if (site != batch_->site) {
      Flush();
      batch_->site = site;
    }
    if (relevant_only_ && !mentions_) mentions_ = TreatmentMentionMatcher().Matches(page.body);
    switch (cap_.Offer(page.body.size())) {
      case SiteCap::Verdict::kTake:
        batch_->pages.push_back(std::move(page));
        break;
      case SiteCap::Verdict::kClose:
        batch_->warnings.push_back(SiteCapWarning(site, SiteLimits{}));
        break;
      case SiteCap::Verdict::kClosed:
        break;
      case SiteCap::Verdict::kPageTooBig:
        Warn(PageTooBigNote(page.url, page.body.size(), SiteLimits{}));
        break;
    }
  }

  void Flush() {
    const bool wanted = !relevant_only_ || mentions_;
    if (wanted && !(batch_->pages.empty() && batch_->warnings.empty())) {
      pool_->Submit([batch = std::move(batch_)] { return ExtractSitePages(*batch); });
    }
    batch_ = std::make_shared<SitePages>();
    cap_ = SiteCap();
    mentions_ = false;
  }

 private:
  Pool* pool_;
  const bool relevant_only_;
  std::shared_ptr<SitePages> batch_ = std::make_shared<SitePages>();
  SiteCap cap_;
  bool mentions_ = false;
};

// Reads every page of every file, in order, into `add`; reader warnings are
// printed with the file name.
template <typename Add>
bool ReadAll(const std::vector<std::string>& files, Add add, std::string* error) {
  for (const std::string& path : files) {
    auto in = OpenWarcInput(path, error);
    if (!in) return false;
    WarcReader reader(in.get());
    WarcPage page;
    while (reader.Next(&page)) {
      const std::string site = SiteOf(page.url);
      if (site.empty()) {
        Warn(path + ": " + page.url + ": WARC record with an unparsable URL skipped");
        continue;
      }
      if (!add(std::move(page), site)) return false;
    }
    for (const std::string& w : reader.warnings()) Warn(path + ": " + w);
    if (std::ferror(in.get())) {
      *error = path + ": read error";
      return false;
    }
  }
  return true;
}

bool ExtractStreaming(const WarcExtractOptions& o, Pool* pool, std::string* error) {
  SiteBatch batch(pool, o.relevant_only);
  const bool ok = ReadAll(
      o.files,
      [&](WarcPage&& page, const std::string& site) {
        batch.Add(std::move(page), site);
        return true;
      },
      error);
  if (ok) batch.Flush();
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

bool ExtractFromWarc(const WarcExtractOptions& options,
                     const std::function<void(ClinicFacts&&)>& sink, std::string* error) {
  // Every file is checked before any output, so a typo fails the run cleanly.
  for (const std::string& path : options.files) {
    if (!OpenWarcInput(path, error)) return false;
  }
  Pool pool(options.jobs, [&sink](ClinicFacts&& facts) {
    PrintWarnings(facts);
    sink(std::move(facts));
  });
  const bool ok = options.by_site ? ExtractBySite(options, &pool, error)
                                  : ExtractStreaming(options, &pool, error);
  pool.Finish();
  return ok;
}

}  // namespace clinicrank
