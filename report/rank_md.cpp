// `rank --format md`: the opening (report/opening.h), a ranked summary table
// whose columns come from the checklist table, clinics that were not ranked,
// then one section per clinic with its checklist, stated prices, red flags
// (each with why it matters) and notes. Page text is escaped with
// EscapeMarkdown; links only for http(s)/relative URLs.
#include <string>

#include "report/escape.h"
#include "report/format.h"
#include "report/opening.h"
#include "report/rank_report.h"
#include "report/text_sink.h"

namespace clinicrank {
namespace {

std::string Quote(const std::string& quote, const std::string& url) {
  if (quote.empty()) return "";
  std::string out = "“" + EscapeMarkdown(quote) + "”";
  if (!url.empty()) out += " (" + MarkdownLink("source", url) + ")";
  return out;
}

void AppendOpening(const Ranking& r, TextSink* out) {
  const ReportOpening o = BuildOpening(r);
  *out += "# " + o.title + "\n\n";
  *out += "**What the score is.** " + o.measures + "\n\n";
  *out += "**What it is not.** " + o.not_measured + " Two facts to read first:\n\n";
  for (const SourcedFact& f : o.facts) {
    *out += "- " + f.text + " — " + MarkdownLink(f.source, f.url) + "\n";
  }
  *out += "\n" + o.statuses + " See docs/ranking.md for every rule.\n\n";
  *out +=
      "Price reference, USD per knee: the article's $3,500–8,000; an independent secret-shopper "
      "study (Piuzzi et al., J Knee Surg 2018) found a mean of $5,156 and a range of "
      "$1,150–12,000. " +
      o.rates + "\n\n";
  for (const std::string& w : o.warnings) *out += "> **Warning:** " + EscapeMarkdown(w) + "\n\n";
  *out += o.pages + " " + EscapeMarkdown(o.filters) + "\n\n";
}

void AppendSummary(const Ranking& r, TextSink* out) {
  std::string header = "| Rank | Clinic | Score |";
  std::string rule = "|---:|---|---:|";
  for (const CheckSpec& spec : Checklist()) {
    header += std::string(" ") + spec.column + " |";
    rule += ":---:|";
  }
  *out += header + " Stem-cell price (USD per knee) | Red flags | Pages |\n" + rule +
          "---|---:|---:|\n";
  r.ForEachClinic([out](const RankedClinic& c) {
    *out += "| " + std::to_string(c.rank) + " | " + EscapeMarkdown(c.name) + " | " +
            FormatNumber(c.score, 1) + " |";
    for (const ChecklistItem& item : c.checklist) *out += " " + StatusBadge(item.status) + " |";
    *out += " " + FormatClinicPriceUsd(c) + " | " + RedFlagCount(c) + " | " + PagesRead(c) + " |\n";
  });
}

void AppendSkipped(const char* heading, const std::vector<SkippedClinic>& clinics,
                   TextSink* out) {
  if (clinics.empty()) return;
  *out += std::string("\n**") + heading + "**:\n\n";
  for (const SkippedClinic& s : clinics) {
    *out += "- " + EscapeMarkdown(s.name) + " (" + EscapeMarkdown(s.source) +
            "): " + EscapeMarkdown(s.reason) + "\n";
  }
}

void AppendChecklist(const RankedClinic& c, std::string* out) {
  *out += "| Checklist item | Status | Points | Evidence |\n|---|---|---:|---|\n";
  for (const ChecklistItem& item : c.checklist) {
    std::string evidence = Quote(item.evidence, item.url);
    if (!item.note.empty()) evidence += (evidence.empty() ? "" : " — ") + EscapeMarkdown(item.note);
    *out += "| " + EscapeMarkdown(item.label) + " | " + StatusBadge(item.status) + " | " +
            FormatNumber(item.points, 1) + " / " + FormatNumber(item.max_points, 1) + " | " +
            evidence + " |\n";
  }
}

void AppendPrices(const RankedClinic& c, std::string* out) {
  if (c.stem_cell_prices.empty()) return;
  *out += "\n**Stated stem-cell prices** (as stated → compared):\n\n";
  for (const PricePoint& p : c.stem_cell_prices) {
    std::string compared = p.low_usd ? FormatUsdRange(*p.low_usd, *p.high_usd) + " per knee"
                                     : std::string("not compared");
    *out += "- " + EscapeMarkdown(FormatOriginalPrice(p.original)) + " → " + compared + " (" +
            EscapeMarkdown(p.note) + "): " + Quote(p.original.quote, p.original.url) + "\n";
  }
}

void AppendFlags(const char* heading, const std::vector<RedFlag>& flags, std::string* out) {
  if (flags.empty()) return;
  *out += std::string("\n**") + heading + "**:\n\n";
  for (const RedFlag& f : flags) {
    std::string points = f.severity == Severity::kInfo ? "not deducted"
                         : f.cited                     ? "cited from a study, not deducted"
                                                       : FormatDeduction(f.deduction);
    *out += "- **" + std::string(ClaimLabel(f.type)) + "** (" + SeverityName(f.severity) + ", " +
            points + "): " + Quote(f.quote, f.url) + "  \n  *Why it matters:* " + f.why + "\n";
  }
}

}  // namespace

std::string RankClinicMarkdown(const RankedClinic& c) {
  std::string out = "\n## " + std::to_string(c.rank) + ". " + EscapeMarkdown(c.name) + " — " +
                    FormatNumber(c.score, 1) + " / 100\n\n";
  out += "Source: " + EscapeMarkdown(c.source);
  if (c.domain) out += " · Domain: " + EscapeMarkdown(*c.domain);
  if (c.country) out += " · Country: " + EscapeMarkdown(*c.country);
  out += " · Pages read: " + PagesRead(c);
  out += "  \nChecklist " + FormatNumber(c.checklist_score, 1) + ", red-flag deductions " +
         FormatDeduction(c.deductions) + ".\n\n";
  AppendChecklist(c, &out);
  AppendPrices(c, &out);
  AppendFlags("Red flags", c.red_flags, &out);
  AppendFlags("Notes (not red flags)", c.notes, &out);
  if (!c.warnings.empty()) {
    out += "\n**Warnings while reading the pages**:\n\n";
    for (const std::string& w : c.warnings) out += "- " + EscapeMarkdown(w) + "\n";
  }
  return out;
}

void WriteRankReportMarkdown(const Ranking& r, TextSink* out) {
  AppendOpening(r, out);
  if (r.ClinicCount() == 0) {
    *out += "No clinics to rank.\n";
  } else {
    AppendSummary(r, out);
  }
  AppendSkipped("Not ranked: no readable pages", r.unreadable, out);
  AppendSkipped("Left out by the filters", r.filtered_out, out);
  r.ForEachClinic([out](const RankedClinic& c) { *out += RankClinicMarkdown(c); });
}

std::string RankReportMarkdown(const Ranking& r) {
  std::string out;
  StringSink sink(&out);
  WriteRankReportMarkdown(r, &sink);
  return out;
}

}  // namespace clinicrank
