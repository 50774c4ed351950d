// clinicrank rank PATH... | --db FILE [--format md|json|csv|html] [-o FILE]
//                          [--weights FILE] [--rates FILE]
// Scores every clinic against the seed article's checklist (docs/ranking.md)
// and prints the ranked report.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/clinic_sources.h"
#include "app/commands.h"
#include "app/report_output.h"
#include "report/output_file.h"
#include "ranking/rank.h"
#include "ranking/rates.h"
#include "ranking/weights.h"
#include "report/rank_report.h"

namespace clinicrank {
namespace {

struct RankOptions {
  std::vector<std::string> paths;
  std::string db;
  std::string format = "md";
  std::string output;
  std::string weights;
  std::string rates;
};

// Option files are small: a rates table of every currency is a few KB, a
// weights file a few hundred bytes.
constexpr size_t kMaxRatesFileBytes = 1u << 20;
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
int LoadRates(const RankOptions& o, Rates* rates) {
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

int LoadWeights(const RankOptions& o, Weights* weights) {
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

std::string Render(const Ranking& ranking, const std::string& format) {
  if (format == "json") return RankReportJson(ranking);
  if (format == "csv") return RankReportCsv(ranking);
  if (format == "html") return RankReportHtml(ranking);
  return RankReportMarkdown(ranking);
}

int RunRank(const RankOptions& o) {
  if (o.paths.empty() == o.db.empty()) {
    std::cerr << "clinicrank rank: give clinic PATHs or --db FILE\n"
                 "Run 'clinicrank rank --help' for usage.\n";
    return kExitUsage;
  }
  Weights weights;
  Rates rates;
  if (int status = LoadWeights(o, &weights); status != kExitOk) return status;
  if (int status = LoadRates(o, &rates); status != kExitOk) return status;
  std::vector<ClinicFacts> facts;
  if (int status = CollectClinicFacts(o.paths, o.db, &facts); status != kExitOk) return status;
  std::string report = Render(RankClinics(facts, weights, rates), o.format);
  return EmitReport(report, o.output);
}

}  // namespace

Command AddRankCommand(CLI::App& app) {
  auto o = std::make_shared<RankOptions>();
  CLI::App* sub = app.add_subcommand(
      "rank",
      "Score clinics against the seed article's checklist and print them ranked, best first.\n"
      "A PATH is one clinic: an HTML file, or a directory whose .html/.htm files are its pages.");
  auto* paths = sub->add_option("PATH", o->paths, "Clinic file or directory (e.g. sample_pages/*)");
  auto* db = sub->add_option("--db", o->db, "Rank the sites of a crawl store instead of PATHs");
  paths->excludes(db);
  db->excludes(paths);
  sub->add_option("--format", o->format, "Report format (default: md)")
      ->check(CLI::IsMember({"md", "json", "csv", "html"}));
  sub->add_option("-o,--output", o->output,
                  "Write the report to FILE (atomically: a temp file beside it, then rename)");
  sub->add_option("--weights", o->weights,
                  "JSON object overriding checklist weights, e.g. {\"ultrasound_guidance\": 30}");
  sub->add_option("--rates", o->rates,
                  "Exchange-rate table (default: the shipped data/rates.json)");
  sub->footer(
      "Examples:\n"
      "  clinicrank rank sample_pages/*\n"
      "  clinicrank rank sample_pages/* --format html -o report.html\n"
      "  clinicrank rank --db clinics.db --format json --weights my-weights.json\n"
      "Weight keys: own_live_cells ultrasound_guidance personalized_plan stem_cell_price\n"
      "price_includes orthopedic_experience red_flag_high red_flag_medium red_flag_low.\n"
      "Exit status: 0 success, 1 runtime failure, 2 usage error (incl. a bad --weights file).");
  return {sub, [o]() { return RunRank(*o); }};
}

}  // namespace clinicrank
