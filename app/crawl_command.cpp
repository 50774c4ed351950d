// clinicrank crawl URL... [--seeds FILE] [--db FILE] [--warc FILE] [--max-pages N]
//                  [--delay SECONDS] [--concurrency N] [--timeout SECONDS]
//                  [--user-agent TEXT] [--max-depth N] [--max-bytes N] [--refresh]
//
// Crawls each clinic site politely (crawler/crawler.h) into the SQLite store
// (store/store.h), committing every page as it arrives. Running it again on
// the same --db resumes: stored pages are not fetched again unless
// --refresh, and the new run is recorded as continuing the interrupted one.
// With --warc every HTTP exchange is archived as it completes
// (crawler/warc_archive.h). One crawl at a time per store (a lock on the
// file). Progress and a summary, with errors by kind, go to stderr; stdout
// stays empty. Ctrl-C stops cleanly after committing what has arrived (a
// second Ctrl-C kills at once).
// Exit status: 0 when the crawl ran (page-level errors are in the summary and
// the store's fetch_log); 1 when the store fails or is in use by another
// crawl, or no page could be fetched at all; 2 on a usage error; 130 when
// interrupted by Ctrl-C or SIGTERM (base/interrupt.h), within 2 seconds even
// inside a long parse.
#include <signal.h>
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
#include "crawler/url.h"
#include "crawler/warc_archive.h"
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

// "dns 1, http 3, robots-denied 2", or "" when nothing went wrong.
std::string ErrorsByKind(const CrawlProgress& p) {
  std::string out;
  for (const auto& [kind, count] : p.errors_by_kind) {
    if (!out.empty()) out += ", ";
    out += std::string(StatusKindName(kind)) + " " + std::to_string(count);
  }
  return out;
}

std::string DescribeRun(const CrawlCommandOptions& o, const std::vector<std::string>& seeds) {
  std::string args = "crawl";
  for (const std::string& seed : seeds) args += " " + seed;
  args += " --max-pages " + std::to_string(o.crawl.max_pages) + " --max-depth " +
          std::to_string(o.crawl.max_depth) + " --delay " + std::to_string(o.crawl.delay_seconds) +
          " --concurrency " + std::to_string(o.crawl.concurrency);
  if (o.crawl.refresh) args += " --refresh";
  return args;
}

// The warcinfo fields of a crawl's WARC file: who wrote it, how, and with
// which options (IIPC WARC 1.1 section 6.5 and its annex of field names).
std::vector<std::pair<std::string, std::string>> WarcInfoFields(const CrawlCommandOptions& o,
                                                                const std::string& args,
                                                                int64_t run_id) {
  char options[256];
  std::snprintf(options, sizeof options,
                "max-pages=%d max-depth=%d delay=%gs concurrency=%d timeout=%gs max-bytes=%zu%s",
                o.crawl.max_pages, o.crawl.max_depth, o.crawl.delay_seconds, o.crawl.concurrency,
                o.crawl.timeout_seconds, o.crawl.max_bytes, o.crawl.refresh ? " refresh" : "");
  return {
      {"software", std::string("clinicrank/") + CLINICRANK_VERSION},
      {"format", "WARC File Format 1.1"},
      {"conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"},
      {"description", "clinicrank crawl of stem-cell clinic websites (run " +
                          std::to_string(run_id) + ")"},
      {"http-header-user-agent", o.crawl.user_agent},
      {"robots", "obey"},
      {"clinicrank-run", std::to_string(run_id)},
      {"clinicrank-command", args},
      {"clinicrank-options", options},
      {"clinicrank-store", o.db},
  };
}

// What makes two runs the same crawl: the seeds and --refresh, not the pace
// or limits (DescribeRun: "crawl SEEDS --max-pages … [--refresh]").
std::string CrawlIdentity(const std::string& args) {
  const bool refresh = args.find(" --refresh") != std::string::npos;
  return args.substr(0, args.find(" --max-pages")) + (refresh ? " --refresh" : "");
}

// The run this one resumes: the latest run, when it did not complete and
// crawled the same seeds the same way. 0 when there is none.
int64_t ResumedRun(PageStore* store, const std::string& args) {
  std::vector<RunInfo> runs;
  if (!store->ListRuns(&runs).ok() || runs.empty()) return 0;
  const RunInfo& last = runs.back();
  return last.outcome != "completed" && CrawlIdentity(last.args) == CrawlIdentity(args) ? last.id
                                                                                         : 0;
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
  // A seed that is not a web address is a usage error before the store is
  // touched: no run is recorded for a command that never crawled.
  for (const std::string& seed : seeds) {
    const std::optional<std::string> url = NormalizeUrl(seed);
    if (!url || !SplitUrl(*url)) {
      std::cerr << "clinicrank crawl: not an http(s) URL: \"" << seed << "\"\n"
                   "Run 'clinicrank crawl --help' for usage.\n";
      return kExitUsage;
    }
  }
  o.crawl.user_agent = o.user_agent.empty() ? DefaultUserAgent() : o.user_agent;
  Status status;
  auto store = PageStore::Open(o.db, PageStore::Mode::kReadWrite, &status);
  if (store) status = store->LockForCrawl();
  if (!store || !status.ok()) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return kExitFailure;
  }
  const std::string args = DescribeRun(o, seeds);
  const int64_t resumes = ResumedRun(store.get(), args);
  int64_t run_id = 0;
  if (status = store->BeginRun(args, &run_id, resumes); !status.ok()) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return kExitFailure;
  }
  if (resumes > 0) {
    std::cerr << "crawl run " << run_id << " resumes run " << resumes
              << " (interrupted): together they are one crawl\n";
  }
  std::unique_ptr<WarcArchive> archive;
  if (!o.warc.empty()) {
    archive = WarcArchive::Open(o.warc, WarcInfoFields(o, args, run_id), store.get(), &status);
    if (!archive) {
      store->FinishRun(run_id, "failed");
      std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
      return status.kind == StatusKind::kUsage ? kExitUsage : kExitFailure;
    }
    if (archive->trimmed() > 0) {
      std::cerr << "removed " << archive->trimmed() << " byte(s) of a record cut short at the end of "
                << o.warc << " (an earlier crawl was stopped while writing it)\n";
    }
    if (archive->appended()) std::cerr << "appending to the existing WARC file " << o.warc << "\n";
    o.crawl.archive = archive.get();
  }
  InstallInterruptHandlers(kInterruptGraceSeconds);
  CrawlProgress summary;
  {
    CurlFetcher fetcher;
    StderrProgress progress;
    status =
        Crawl(seeds, o.crawl, &fetcher, store.get(), run_id, &progress, InterruptFlag(), &summary);
  }
  if (archive) {
    if (Status s = archive->Close(); !s.ok() && status.ok()) status = s;
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
  if (const std::string kinds = ErrorsByKind(summary); !kinds.empty()) {
    std::fprintf(stderr, "crawl run %lld problems by kind: %s (details: the store's fetch_log)\n",
                 static_cast<long long>(run_id), kinds.c_str());
  }
  if (!status.ok()) {
    std::cerr << "clinicrank crawl: " << status.ToString() << "\n";
    return status.kind == StatusKind::kUsage ? kExitUsage : kExitFailure;
  }
  if (archive) {
    std::cerr << "crawl run " << run_id << ": " << archive->responses() << " response(s) and "
              << archive->revisits() << " revisit(s) archived in " << o.warc
              << " (with their requests)\n";
  }
  if (interrupted) {
    std::cerr << "clinicrank crawl: interrupted; what had arrived is stored. Run the same command "
                 "again to resume\n";
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
      "`diff` read. Each URL is one clinic: its origin plus the other origins of its\n"
      "registrable domain (www., the bare domain, book., ...). A site is one origin (scheme,\n"
      "host, port): each obeys its own robots.txt, gets one request at a time, --delay apart,\n"
      "and up to --max-pages pages; pricing/treatment/FAQ/about pages come first.\n"
      "Every page is committed as it arrives: run the same command again to resume.\n"
      "Exit status: 0 done, 1 failed, 2 usage error, 130 interrupted (Ctrl-C).");
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
                  "also archive every request and response of this run, as received, in a WARC/1.1\n"
                  "file (gzip if it ends in .gz): pages, redirects, errors, robots.txt; identical\n"
                  "refetches as revisit records. An existing WARC file is appended to. The store\n"
                  "records each page's record id and offset; `clinicrank index FILE` makes a CDXJ\n"
                  "index and `clinicrank extract --warc FILE` reads the pages back");
  sub->add_option("--max-pages", o->crawl.max_pages,
                  "HTML pages to store per site (per origin: www.clinic.example and\n"
                  "clinic.example get this many each)")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  sub->add_option("--max-depth", o->crawl.max_depth, "links to follow away from the seed")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  sub->add_option("--delay", o->crawl.delay_seconds,
                  "seconds from the end of one request to a site to the start of the next\n"
                  "(robots.txt included; its Crawl-delay can raise it)")
      ->capture_default_str()
      ->check(kFiniteNumber)
      ->check(CLI::Range(0.0, 3600.0));
  sub->add_option("--concurrency", o->crawl.concurrency,
                  "requests in flight at once, each to a different site")
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
