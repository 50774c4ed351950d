// clinicrank crawl URL... [--seeds FILE] [--db FILE] [--max-pages N]
//                  [--delay SECONDS] [--concurrency N] [--timeout SECONDS]
//                  [--user-agent TEXT] [--max-depth N] [--max-bytes N] [--refresh]
//
// Crawls each clinic site politely (crawler/crawler.h) into the SQLite store
// (store/store.h), committing every page as it arrives. Running it again on
// the same --db resumes: stored pages are not fetched again unless
// --refresh. Progress and a summary go to stderr; stdout stays empty.
// Ctrl-C stops cleanly within 2 seconds (a second Ctrl-C ends it at once).
// Exit status: 0 when the crawl ran (page-level errors are in the summary and
// the store's fetch_log); 1 when the store fails, no page could be fetched
// at all; 2 on a usage error; 130 when interrupted (base/interrupt.h).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "base/interrupt.h"
#include "base/timestamp.h"
#include "crawler/crawler.h"
#include "crawler/curl_fetcher.h"
#include "report/output_file.h"
#include "store/store.h"
#include "warc/warc_writer.h"

namespace clinicrank {
namespace {

struct CrawlCommandOptions {
  std::vector<std::string> urls;
  std::string seeds_file;
  std::string db = "clinicrank.db";
  std::string warc;
  CrawlOptions crawl;
  std::string user_agent;
};

// A seeds file holds one site per line: 16 MiB is some 300,000 sites.
constexpr size_t kMaxSeedsFileBytes = 16u << 20;
// Seconds a crawl has after Ctrl-C to record itself as interrupted.
constexpr unsigned kInterruptGraceSeconds = 2;

// CLI::Range lets NaN through (every comparison with NaN is false): numeric
// options also pass this.
const CLI::Validator kFiniteNumber(
    [](std::string& text) -> std::string {
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      if (end == text.c_str() || *end != '\0' || !std::isfinite(v)) {
        return "not a finite number: " + text;
      }
      return "";
    },
    "", "FINITE");

std::string DefaultUserAgent() {
  return std::string("clinicrank/") + CLINICRANK_VERSION +
         " (+https://github.com/clinicrank/clinicrank)";
}

// One URL per line; blank lines and lines starting with '#' are skipped.
bool ReadSeeds(const std::string& path, std::vector<std::string>* seeds, std::string* error) {
  std::string text;
  if (!ReadSmallFile(path, kMaxSeedsFileBytes, &text, error)) return false;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    const size_t end = line.find_last_not_of(" \t\r");
    seeds->push_back(line.substr(start, end - start + 1));
  }
  return true;
}

std::string HumanBytes(size_t bytes) {
  char text[32];
  if (bytes >= 1024 * 1024) {
    std::snprintf(text, sizeof(text), "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  } else {
    std::snprintf(text, sizeof(text), "%.1f KB", static_cast<double>(bytes) / 1024.0);
  }
  return text;
}

// Progress on stderr: on a terminal one line rewritten in place (errors
// scroll above it); otherwise one plain line per request, for logs.
class StderrProgress : public CrawlObserver {
 public:
  StderrProgress() : tty_(isatty(STDERR_FILENO) == 1) {}
  ~StderrProgress() override {
    if (tty_ && drawn_) std::cerr << "\r\033[K" << std::flush;
  }

  void OnEvent(const CrawlEvent& event, const CrawlProgress& p) override {
    const std::string line = Describe(event);
    if (!tty_) {
      std::cerr << line << "\n";
      return;
    }
    if (event.kind != StatusKind::kOk && event.kind != StatusKind::kSkipped) {
      std::cerr << "\r\033[K" << line << "\n";
    }
    const double rate = p.elapsed_seconds > 0 ? p.pages_stored / p.elapsed_seconds : 0;
    char status[160];
    std::snprintf(status, sizeof(status),
                  "sites %d/%d | pages %d (+%d resumed) | queued %d | errors %d | %.1f pages/s",
                  p.sites_done, p.sites_total, p.pages_stored, p.pages_resumed, p.queued, p.errors,
                  rate);
    std::cerr << "\r\033[K" << status << std::flush;
    drawn_ = true;
  }

 private:
  static std::string Describe(const CrawlEvent& e) {
    std::string line;
    const bool read_ok = e.kind == StatusKind::kSkipped && e.http_status >= 200 &&
                         e.http_status < 300 &&
                         (e.detail == "robots.txt" || e.detail.starts_with("sitemap"));
    if (read_ok) return "read " + e.url + " (" + e.detail + ")";
    if (e.kind == StatusKind::kOk) {
      line = "fetched " + std::to_string(e.http_status) + " " + e.url + " (" + HumanBytes(e.bytes) +
             ")";
      if (!e.detail.empty()) line += " -> " + e.detail;
    } else {
      line = std::string(StatusKindName(e.kind)) + " " + e.url;
      if (e.http_status) line += " [" + std::to_string(e.http_status) + "]";
      if (!e.detail.empty()) line += ": " + e.detail;
    }
    return line;
  }

  bool tty_;
  bool drawn_ = false;
};

std::string DescribeRun(const CrawlCommandOptions& o, const std::vector<std::string>& seeds) {
  std::string args = "crawl";
  for (const std::string& seed : seeds) args += " " + seed;
  args += " --max-pages " + std::to_string(o.crawl.max_pages) + " --max-depth " +
          std::to_string(o.crawl.max_depth) + " --delay " + std::to_string(o.crawl.delay_seconds) +
          " --concurrency " + std::to_string(o.crawl.concurrency);
  if (o.crawl.refresh) args += " --refresh";
  return args;
}

// Writes the HTML pages this run stored to a WARC file (gzip when the name
// ends in .gz), through a temporary file renamed into place, so a failed or
// interrupted export never leaves half a file under the requested name.
Status ExportRunToWarc(PageStore* store, int64_t run_id, const std::string& path, int* written) {
  std::vector<SiteInfo> sites;
  if (Status s = store->ListSites(&sites); !s.ok()) return s;
  // A regular file is replaced atomically, a device or FIFO written through
  // (report/output_file.h); either way, never a fixed temporary name.
  OutputFile file;
  std::string error;
  if (!file.Open(path, &error)) return Status{StatusKind::kStore, "WARC file " + error};
  const bool gzip = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  WarcWriter writer(file.stream(), gzip);
  bool ok = writer.WriteInfo(DefaultUserAgent(), UtcNow());
  for (const SiteInfo& site : sites) {
    std::vector<PageRecord> pages;
    if (Status s = store->LatestPages(site.id, run_id, /*with_bodies=*/true, &pages); !s.ok()) {
      return s;
    }
    for (const PageRecord& page : pages) {
      if (page.run_id != run_id || page.body.empty()) continue;
      WarcResponse response{page.final_url.empty() ? page.url : page.final_url, page.fetched_at,
                            page.status, page.headers, page.body};
      ok = ok && writer.WriteResponse(response);
      ++*written;
    }
  }
  if (!ok) {  // `file` removes its temporary file
    const int err = errno;
    return Status{StatusKind::kStore, "WARC file " + path + ": cannot write: " +
                                          std::strerror(err != 0 ? err : EIO)};
  }
  if (!file.Commit(&error)) return Status{StatusKind::kStore, "WARC file " + error};
  return Status{};
}

int RunCrawl(CrawlCommandOptions& o) {
  std::vector<std::string> seeds = o.urls;
  std::string seeds_error;
  if (!o.seeds_file.empty() && !ReadSeeds(o.seeds_file, &seeds, &seeds_error)) {
    std::cerr << "clinicrank crawl: cannot read seeds file " << seeds_error << "\n";
    return kExitFailure;
  }
  if (seeds.empty()) {
    std::cerr << "clinicrank crawl: give at least one URL or --seeds FILE\n"
                 "Run 'clinicrank crawl --help' for usage.\n";
    return kExitUsage;
  }
  o.crawl.user_agent = o.user_agent.empty() ? DefaultUserAgent() : o.user_agent;
  Status status;
  auto store = PageStore::Open(o.db, PageStore::Mode::kReadWrite, &status);
  if (!store) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return kExitFailure;
  }
  int64_t run_id = 0;
  if (status = store->BeginRun(DescribeRun(o, seeds), &run_id); !status.ok()) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return kExitFailure;
  }
  InstallInterruptHandlers(kInterruptGraceSeconds);
  CrawlProgress summary;
  {
    CurlFetcher fetcher;
    StderrProgress progress;
    status =
        Crawl(seeds, o.crawl, &fetcher, store.get(), run_id, &progress, InterruptFlag(), &summary);
  }
  const bool interrupted = Interrupted();
  if (interrupted) CancelInterruptWatchdog();  // stopped in time: record it
  const char* outcome = !status.ok() ? "failed" : interrupted ? "interrupted" : "completed";
  if (Status s = store->FinishRun(run_id, outcome); !s.ok() && status.ok()) status = s;
  std::fprintf(stderr,
               "crawl run %lld %s: %d site(s), %d page(s) stored, %d already stored, "
               "%d request(s), %d error(s), %d skipped, %.1f s -> %s\n",
               static_cast<long long>(run_id), outcome, summary.sites_total, summary.pages_stored,
               summary.pages_resumed, summary.requests, summary.errors, summary.skipped,
               summary.elapsed_seconds, o.db.c_str());
  if (!status.ok()) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return status.kind == StatusKind::kUsage ? kExitUsage : kExitFailure;
  }
  if (!o.warc.empty()) {
    int written = 0;
    if (Status s = ExportRunToWarc(store.get(), run_id, o.warc, &written); !s.ok()) {
      std::cerr << "clinicrank crawl: " << s.ToString() << "\n";
      return kExitFailure;
    }
    std::cerr << "crawl run " << run_id << ": " << written << " page(s) written to " << o.warc
              << "\n";
  }
  if (interrupted) {
    std::cerr << "clinicrank crawl: interrupted; run the same command again to resume\n";
    return kExitInterrupted;
  }
  if (summary.pages_stored == 0 && summary.pages_resumed == 0) {
    std::cerr << "clinicrank crawl: no page could be fetched (see the errors above)\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command AddCrawlCommand(CLI::App& app) {
  auto o = std::make_shared<CrawlCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "crawl",
      "Crawl clinic websites politely into a SQLite store that `rank --db`, `audit --db` and\n"
      "`diff` read. Each URL is one clinic site (its host with and without www.). robots.txt\n"
      "is obeyed, one request per site at a time, pricing/treatment/FAQ/about pages first.\n"
      "Every page is committed as it arrives: run the same command again to resume.");
  sub->footer(
      "Examples:\n"
      "  clinicrank crawl https://clinic.example/ --db clinics.db\n"
      "  clinicrank crawl --seeds clinics.txt --db clinics.db --max-pages 30 --delay 2\n"
      "  clinicrank rank --db clinics.db");
  sub->add_option("URL", o->urls, "clinic site(s) to crawl (a bare host gets https://)");
  sub->add_option("--seeds", o->seeds_file, "file with one URL per line ('#' starts a comment)")
      ->check(CLI::ExistingFile);
  sub->add_option("--db", o->db, "SQLite store to write (created if missing)")
      ->capture_default_str();
  sub->add_option("--warc", o->warc,
                  "also write the pages this run fetched to a WARC file (gzip if it ends in .gz);\n"
                  "`clinicrank extract --warc FILE` reads it back");
  sub->add_option("--max-pages", o->crawl.max_pages, "HTML pages to store per site")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  sub->add_option("--max-depth", o->crawl.max_depth, "links to follow away from the seed")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  sub->add_option("--delay", o->crawl.delay_seconds,
                  "seconds between requests to one site (robots.txt Crawl-delay can raise it)")
      ->capture_default_str()
      ->check(kFiniteNumber)
      ->check(CLI::Range(0.0, 3600.0));
  sub->add_option("--concurrency", o->crawl.concurrency, "sites crawled at the same time")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  sub->add_option("--timeout", o->crawl.timeout_seconds,
                  "seconds before one request is abandoned (also caps connect time)")
      ->capture_default_str()
      ->check(kFiniteNumber)
      ->check(CLI::Range(0.1, 3600.0));
  sub->add_option("--max-bytes", o->crawl.max_bytes,
                  "largest response body kept, decoded; bigger ones are aborted")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1024}, size_t{1} << 30));
  sub->add_option("--user-agent", o->user_agent,
                  "User-Agent header; its first word is the robots.txt token\n"
                  "(default: clinicrank/<version> (+https://github.com/clinicrank/clinicrank))");
  sub->add_flag("--refresh", o->crawl.refresh, "fetch pages again even if already stored");
  return {sub, [o] { return RunCrawl(*o); }};
}

}  // namespace clinicrank
