// clinicrank rank PATH... | --db FILE | --facts FILE... [--format table|md|json|csv|html] [-o FILE]
//                          [--weights FILE] [--rates FILE]
//                          [--country CC[,CC]] [--max-price USD] [--own-cells-only]
// Scores every clinic against the checklist (docs/ranking.md) and prints the
// ranked report. Where it goes decides its form: `-o FILE` by the file's
// extension, a terminal gets a compact table, a pipe gets Markdown;
// --format always wins.
//
// Memory stays bounded however many clinics come in (issue 17): each clinic
// is scored as it arrives and only its sort key stays in memory; its facts
// wait in a temporary file (app/facts_spill.h) and the report is written
// one clinic at a time in rank order.
#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/facts_input.h"
#include "app/facts_spill.h"
#include "ranking/filters.h"
#include "ranking/rank.h"
#include "ranking/rank_builder.h"
#include "ranking/rates.h"
#include "ranking/weights.h"
#include "report/output_file.h"
#include "report/rank_report.h"

namespace clinicrank {
namespace {

struct RankOptionsCli {
  std::vector<std::string> paths;
  std::string db;
  std::vector<std::string> facts;  // --facts FILE...: extract output
  std::string format;  // "" = decide from -o or the terminal
  std::string output;
  int jobs = 0;  // 0: the number of cores
  std::string weights;
  std::string rates;
  std::string countries;
  double max_price = 0;  // 0 = not given
  bool own_cells_only = false;
  int64_t run = 0;
};

// Option files are small: a rates table of every currency is a few KB, a
// weights file a few hundred bytes.
constexpr size_t kMaxWeightsFileBytes = 64u << 10;

// Warns about rates in --rates FILE far from the shipped table's (a rate
// typed as USD per unit, say): they would be used, but loudly.
void WarnAboutOutliers(const std::string& path, const Rates& rates) {
  std::string text, error;
  Rates shipped;
  if (!ReadSmallFile(DefaultRatesPath(), kMaxRatesFileBytes, &text, &error) ||
      !ParseRates(text, &shipped, &error)) {
    return;
  }
  for (const std::string& line : RateOutliers(rates, shipped)) {
    std::cerr << "clinicrank: warning: --rates " << path << ": " << line << "\n";
  }
}

// Loads the rates table: --rates FILE must work (exit 1 otherwise); the
// shipped default may be missing, and then only USD prices are compared.
int LoadRates(const RankOptionsCli& o, Rates* rates) {
  std::string path = o.rates.empty() ? DefaultRatesPath() : o.rates;
  std::string text, error;
  if (!ReadSmallFile(path, kMaxRatesFileBytes, &text, &error)) {
    if (!o.rates.empty()) {
      std::cerr << "clinicrank: error: --rates " << error << "\n";
      return kExitFailure;
    }
    std::cerr << "clinicrank: warning: rates table " << error
              << "; only USD prices will be compared (pass --rates FILE)\n";
    return kExitOk;
  }
  if (!ParseRates(text, rates, &error)) {
    std::cerr << "clinicrank: error: " << path << ": " << error << "\n";
    return o.rates.empty() ? kExitFailure : kExitUsage;
  }
  if (!o.rates.empty()) WarnAboutOutliers(o.rates, *rates);
  return kExitOk;
}

int LoadWeights(const RankOptionsCli& o, Weights* weights) {
  if (o.weights.empty()) return kExitOk;
  std::string text, error;
  if (!ReadSmallFile(o.weights, kMaxWeightsFileBytes, &text, &error)) {
    std::cerr << "clinicrank: error: --weights " << error << "\n";
    return kExitFailure;
  }
  if (!ParseWeights(text, weights, &error)) {
    std::cerr << "clinicrank: error: --weights " << o.weights << ": " << error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

std::string TodayUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// A table more than a year old compares prices with stale rates: say so on
// stderr and in the report.
std::vector<std::string> RatesNotices(const Rates& rates) {
  const std::optional<long> age = RatesAgeDays(rates, TodayUtc());
  if (!age || *age <= kRatesMaxAgeDays) return {};
  const std::string notice = "the exchange-rate table is dated " + rates.date + ", " +
                             std::to_string(*age / 365) +
                             " year(s) ago: converted prices may be off; update data/rates.json "
                             "or pass --rates FILE";
  std::cerr << "clinicrank: warning: " << notice << "\n";
  return {notice};
}

int BuildFilter(const RankOptionsCli& o, RankFilter* filter) {
  if (!o.countries.empty()) {
    std::string error;
    if (!ParseCountryList(o.countries, &filter->countries, &error)) {
      std::cerr << "clinicrank: error: " << error << "\n";
      return kExitUsage;
    }
  }
  if (o.max_price > 0) filter->max_price_usd = o.max_price;
  filter->own_cells_only = o.own_cells_only;
  return kExitOk;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// --format, else the extension of -o, else a table on a terminal and
// Markdown in a pipe.
std::string ChooseFormat(const RankOptionsCli& o) {
  if (!o.format.empty()) return o.format;
  if (!o.output.empty() && o.output != "-") {
    const size_t dot = o.output.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : Lower(o.output.substr(dot + 1));
    if (ext == "html" || ext == "htm") return "html";
    if (ext == "json") return "json";
    if (ext == "csv") return "csv";
    if (ext != "md" && ext != "markdown") {
      std::cerr << "clinicrank: note: writing Markdown to " << o.output
                << " (the extension .html, .md, .json or .csv, or --format, picks the format)\n";
    }
    return "md";
  }
  return ::isatty(STDOUT_FILENO) ? "table" : "md";
}

int TerminalWidth() {
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n > 0) return n;
  }
  return 100;
}

// The command that writes the full report: this one, with its inputs and
// filters, and -o. Inputs longer than a line become PATH... / FILE....
std::string FullReportHint(const RankOptionsCli& o) {
  const auto join = [](const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + ShellWord(w);
    return out;
  };
  std::string inputs;
  if (!o.db.empty()) {
    inputs = join({"--db", o.db});
    if (o.run > 0) inputs += " --run " + std::to_string(o.run);
  } else if (!o.facts.empty()) {
    for (const std::string& f : o.facts) {
      if (f == "-") return "the same command with -o report.html   (or -o report.md, .json, .csv)";
    }
    inputs = "--facts " + join(o.facts);
    if (inputs.size() > 160) inputs = "--facts FILE...";
  } else {
    inputs = join(o.paths);
    if (inputs.size() > 160) inputs = "PATH...";
  }
  std::vector<std::string> options;
  if (!o.countries.empty()) options.insert(options.end(), {"--country", o.countries});
  if (o.max_price > 0) {
    char price[32];
    std::snprintf(price, sizeof price, "%g", o.max_price);
    options.insert(options.end(), {"--max-price", price});
  }
  if (o.own_cells_only) options.push_back("--own-cells-only");
  if (!o.weights.empty()) options.insert(options.end(), {"--weights", o.weights});
  if (!o.rates.empty()) options.insert(options.end(), {"--rates", o.rates});
  const std::string rest = options.empty() ? "" : " " + join(options);
  return "clinicrank rank " + inputs + rest + " -o report.html   (or -o report.md, .json, .csv)";
}

void WriteReport(const Ranking& ranking, const std::string& format, const RankOptionsCli& o,
                 TextSink* sink) {
  if (format == "json") return WriteRankReportJson(ranking, sink);
  if (format == "csv") return WriteRankReportCsv(ranking, sink);
  if (format == "html") return WriteRankReportHtml(ranking, sink);
  if (format == "table") {
    TerminalOptions t;
    t.width = o.output.empty() || o.output == "-" ? TerminalWidth() : 100;
    t.full_report_hint = FullReportHint(o);
    return WriteRankReportTerminal(ranking, t, sink);
  }
  WriteRankReportMarkdown(ranking, sink);
}

// Progress on a terminal's stderr for long runs: a full line at most every
// two seconds (never a line rewritten in place, so a warning printed
// meanwhile cannot run into it); silent in a pipe or a log, and for runs
// that end within two seconds.
class RankProgress {
 public:
  RankProgress() : tty_(::isatty(STDERR_FILENO) == 1), next_(Clock::now() + kEvery) {}

  void Read(size_t clinics) {
    if (Due()) std::cerr << "clinicrank: read " << clinics << " clinics\n";
  }
  void Write(size_t place, size_t pass, size_t clinics) {
    if (!Due()) return;
    std::cerr << "clinicrank: writing the report: clinic " << place << " of " << clinics;
    if (pass > 1) std::cerr << " (list " << pass << ")";
    std::cerr << "\n";
  }

 private:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kEvery{2};
  bool Due() {
    if (!tty_) return false;
    const Clock::time_point now = Clock::now();
    if (now < next_) return false;
    next_ = now + kEvery;
    return true;
  }
  bool tty_;
  Clock::time_point next_;
};

// Where each clinic's facts wait: a file in $TMPDIR, else in /tmp, else (no
// writable folder) memory, with a warning: a small run still works.
std::shared_ptr<FactsShelf> MakeShelf() {
  std::string error;
  const std::string dir = FileFactsShelf::DefaultDir();
  if (auto shelf = FileFactsShelf::Create(dir, &error)) return shelf;
  std::string why = error;
  if (dir != "/tmp") {
    if (auto shelf = FileFactsShelf::Create("/tmp", &error)) {
      std::cerr << "clinicrank: warning: " << why << "; using /tmp\n";
      return shelf;
    }
    why += "; " + error;
  }
  std::cerr << "clinicrank: warning: " << why
            << "; keeping every clinic in memory (set TMPDIR to a writable folder for large "
               "runs)\n";
  return std::make_shared<MemoryFactsShelf>();
}

// Feeds every clinic of the chosen input to `sink`; the exit status.
int ReadClinics(const RankOptionsCli& o, const ClinicFactsSink& sink) {
  if (!o.facts.empty()) {
    FactsInputOptions in;
    in.files = o.facts;
    FactsInputCounts counts;
    std::string error;
    if (!ReadFactsLines(in, sink, &counts, &error)) {
      std::cerr << "clinicrank: error: --facts " << error << "\n";
      return kExitFailure;
    }
    const std::string where =
        o.facts.size() > 1 ? "the given files" : o.facts[0] == "-" ? "standard input" : o.facts[0];
    if (counts.clinics == 0 && counts.skipped > 0) {
      std::cerr << "clinicrank: error: --facts: no line of 'clinicrank extract' output in "
                << where << "\n";
      return kExitFailure;
    }
    if (counts.clinics == 0) {
      std::cerr << "clinicrank: warning: --facts: " << where
                << " holds no clinic; the report lists none\n";
    }
    return kExitOk;
  }
  return StreamClinicFacts(o.paths, o.db, JobsOrCores(o.jobs), sink, o.run);
}

int RunRank(const RankOptionsCli& o) {
  const int inputs = !o.paths.empty() + !o.db.empty() + !o.facts.empty();
  if (inputs != 1) {
    std::cerr << "clinicrank rank: give clinic PATHs, --db FILE or --facts FILE (one of them)\n"
                 "Run 'clinicrank rank --help' for usage.\n";
    return kExitUsage;
  }
  if (o.run > 0 && o.db.empty()) {
    std::cerr << "clinicrank rank: --run needs --db\n";
    return kExitUsage;
  }
  if (!o.facts.empty() && o.jobs > 0) {
    std::cerr << "clinicrank: warning: -j does not apply to --facts (the clinics are already "
                 "extracted)\n";
  }
  bool usage = false;
  if (std::string error = CheckFactsFiles(o.facts, &usage); !error.empty()) {
    std::cerr << "clinicrank: error: --facts " << error << "\n";
    return usage ? kExitUsage : kExitFailure;
  }
  RankOptions options;
  Rates rates;
  if (int status = BuildFilter(o, &options.filter); status != kExitOk) return status;
  if (int status = LoadWeights(o, &options.weights); status != kExitOk) return status;
  if (int status = LoadRates(o, &rates); status != kExitOk) return status;
  options.notices = RatesNotices(rates);

  // The output opens first: a path that cannot be written fails now, not
  // after the whole input was read. A file is replaced only when the whole
  // report was written (report/output_file.h).
  std::cout.flush();
  const bool to_stdout = o.output.empty() || o.output == "-";
  OutputFile file;
  std::string error;
  if (!file.Open(to_stdout ? "/dev/stdout" : o.output, &error)) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitFailure;
  }

  std::shared_ptr<FactsShelf> shelf = MakeShelf();
  RankBuilder builder(options, rates, shelf);
  RankProgress progress;
  size_t read = 0;
  const ClinicFactsSink add = [&](ClinicFacts&& f) {
    builder.Add(f);
    progress.Read(++read);
  };
  if (int status = ReadClinics(o, add); status != kExitOk) return status;
  if (!shelf->error().empty()) {
    std::cerr << "clinicrank: error: " << shelf->error() << " (set TMPDIR to a folder with room)\n";
    return kExitFailure;
  }

  const size_t ranked = builder.ranked();
  if (const size_t repeats = builder.RepeatedSources(); repeats > 0) {
    std::cerr << "clinicrank: warning: " << repeats
              << " ranked clinic(s) repeat the source of another (the same input given twice?); "
                 "each is ranked\n";
  }
  ReadBackHooks hooks;
  hooks.cancelled = [&file] { return file.failed(); };  // the rest would go nowhere
  hooks.progress = [&](size_t place, size_t pass) { progress.Write(place, pass, ranked); };
  const Ranking ranking = builder.Finish(std::move(hooks));
  OutputFileSink sink(&file);
  WriteReport(ranking, ChooseFormat(o), o, &sink);
  if (ranking.spilled && !ranking.spilled->error().empty()) {
    std::cerr << "clinicrank: error: " << ranking.spilled->error()
              << (to_stdout ? "; the report above is incomplete\n"
                            : "; " + o.output + " was not written\n");
    return kExitFailure;  // `file` is abandoned: an existing report stays as it was
  }
  if (!file.Commit(&error)) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command AddRankCommand(CLI::App& app) {
  auto o = std::make_shared<RankOptionsCli>();
  CLI::App* sub = app.add_subcommand(
      "rank",
      "Score clinics against the seed article's checklist and print them ranked, best first.\n"
      "A PATH is one clinic: an HTML file, or a directory whose .html/.htm files are its pages.\n"
      "The score says what a clinic's website tells a patient; it does not measure medical\n"
      "quality (no stem-cell product is FDA-approved for knee osteoarthritis).");
  sub->add_option("PATH", o->paths, "Clinic file or directory (e.g. sample_pages/*)");
  sub->add_option("--db", o->db,
                             "Rank the sites of a crawl store instead of PATHs (not with --facts)");
  sub->add_option(
      "--facts", o->facts,
      "Rank clinics already extracted: files of 'clinicrank extract' output\n"
      "(JSON Lines, plain or gzip; - for standard input): the files after it, up to the\n"
      "next option. Not with PATHs or --db; -j does not apply")
      ->type_name("FILE");
  // PATHs, --db and --facts exclude one another: RunRank says so, after
  // CLI11 has named any unknown option (a typo's value would otherwise land
  // in PATH and be reported as "PATH excludes --facts").
  sub->add_option("--run", o->run,
                  "With --db: rank the store as it stood after this crawl run (default: the latest\n"
                  "complete crawl; a resumed run and the run it resumed are one crawl)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--format", o->format,
                  "table, md, json, csv or html (default: from the -o extension; a table on a\n"
                  "terminal, Markdown in a pipe)")
      ->check(CLI::IsMember({"table", "md", "json", "csv", "html"}));
  AddJobsOption(sub, &o->jobs);
  sub->add_option("-o,--output", o->output,
                  "Write the report to FILE (atomically); .html, .md, .json or .csv picks the "
                  "format");
  sub->add_option("--weights", o->weights,
                  "A JSON file of checklist weights to override, e.g. one holding\n"
                  "{\"ultrasound_guidance\": 30} (keys below)")
      ->option_text("FILE");
  sub->add_option("--rates", o->rates,
                  "Exchange-rate table, a JSON file (default: the shipped data/rates.json)")
      ->option_text("FILE");
  sub->add_option("--country", o->countries,
                  "Keep clinics in these countries (ISO 3166 codes, comma-separated: MX,US)");
  sub->add_option("--max-price", o->max_price,
                  "Keep clinics with a stem-cell price from at most USD per knee (converted)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            char* end = nullptr;
            const double v = std::strtod(value.c_str(), &end);
            if (end == value.c_str() || *end != '\0' || !std::isfinite(v) || v <= 0 || v > 1e7) {
              return "must be a positive amount of US dollars per knee, e.g. 6000";
            }
            return "";
          },
          "USD"));
  sub->add_flag("--own-cells-only", o->own_cells_only,
                "Keep clinics that use only the patient's own cells");
  sub->footer(
      "Examples:\n"
      "  clinicrank rank sample_pages/*                      table on a terminal\n"
      "  clinicrank rank sample_pages/* -o report.html        the full report, for a browser\n"
      "  clinicrank rank sample_pages/* --country MX,CO --max-price 6000 --own-cells-only\n"
      "  clinicrank rank --db clinics.db --format json --weights my-weights.json\n"
      "  clinicrank extract sample_pages/* > facts.jsonl; clinicrank rank --facts facts.jsonl\n"
      "Weight keys: own_live_cells ultrasound_guidance personalized_plan stem_cell_price\n"
      "price_includes orthopedic_experience risk_disclosure (default 0) red_flag_high\n"
      "red_flag_medium red_flag_low.\n"
      "Any number of clinics: each is scored as it arrives and waits in a temporary file in\n"
      "$TMPDIR (default /tmp) until the report is written, so memory stays small.\n"
      "Exit status: 0 success, 1 runtime failure (incl. a --weights, --rates or --facts file\n"
      "that cannot be read), 2 usage error (such a file with invalid content, a bad --country\n"
      "or --max-price value, a PATH that is a folder of clinic folders, or a clinic folder or\n"
      "web page given to --facts), 130 interrupted (Ctrl-C).");
  return {sub, [o]() { return RunRank(*o); }};
}

}  // namespace clinicrank
