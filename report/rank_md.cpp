// `rank --format md`: a ranked summary table, then one section per clinic
// with its checklist, stated prices and red flags. Page text is escaped with
// EscapeMarkdown; links only for http(s)/relative URLs.
#include <string>

#include "report/escape.h"
#include "report/format.h"
#include "report/rank_report.h"

namespace clinicrank {
namespace {

const ChecklistItem* FindItem(const RankedClinic& c, const char* id) {
  for (const ChecklistItem& item : c.checklist) {
    if (item.item == id) return &item;
  }
  return nullptr;
}

std::string ItemCell(const RankedClinic& c, const char* id) {
  const ChecklistItem* item = FindItem(c, id);
  return item ? ItemStatusName(item->status) : "";
}

std::string Quote(const std::string& quote, const std::string& url) {
  if (quote.empty()) return "";
  std::string out = "“" + EscapeMarkdown(quote) + "”";
  if (!url.empty()) out += " (" + MarkdownLink("source", url) + ")";
  return out;
}

void AppendSummary(const Ranking& r, std::string* out) {
  *out +=
      "| Rank | Clinic | Score | Own cells | Ultrasound | Plan | Stem-cell price (USD per knee) "
      "| Red flags |\n|---:|---|---:|---|---|---|---|---:|\n";
  for (const RankedClinic& c : r.clinics) {
    *out += "| " + std::to_string(c.rank) + " | " + EscapeMarkdown(c.name) + " | " +
            FormatNumber(c.score, 1) + " | " + ItemCell(c, "own_live_cells") + " | " +
            ItemCell(c, "ultrasound_guidance") + " | " + ItemCell(c, "personalized_plan") + " | " +
            FormatClinicPriceUsd(c) + " | " + std::to_string(c.red_flags.size()) + " |\n";
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

void AppendRedFlags(const RankedClinic& c, std::string* out) {
  if (c.red_flags.empty()) return;
  *out += "\n**Red flags**:\n\n";
  for (const RedFlag& f : c.red_flags) {
    *out += "- **" + std::string(SeverityName(f.severity)) + "** " + EscapeMarkdown(f.kind) + " (" +
            ClaimLabel(f.kind) + "; " + FormatDeduction(f.deduction) +
            (f.cited ? "; cited from a study, not deducted" : "") + "): " + Quote(f.quote, f.url) +
            "\n";
  }
}

void AppendClinic(const RankedClinic& c, std::string* out) {
  *out += "\n## " + std::to_string(c.rank) + ". " + EscapeMarkdown(c.name) + " — " +
          FormatNumber(c.score, 1) + " / 100\n\n";
  *out += "Source: " + EscapeMarkdown(c.source);
  if (c.domain) *out += " · Domain: " + EscapeMarkdown(*c.domain);
  if (c.country) *out += " · Country: " + EscapeMarkdown(*c.country);
  *out += "  \nChecklist " + FormatNumber(c.checklist_score, 1) + ", red-flag deductions " +
          FormatDeduction(c.deductions) + ".\n\n";
  AppendChecklist(c, out);
  AppendPrices(c, out);
  AppendRedFlags(c, out);
  if (!c.warnings.empty()) {
    *out += "\n**Warnings while reading the pages**:\n\n";
    for (const std::string& w : c.warnings) *out += "- " + EscapeMarkdown(w) + "\n";
  }
}

}  // namespace

std::string RankReportMarkdown(const Ranking& r) {
  std::string out = "# Stem-cell knee clinics, ranked\n\n";
  out +=
      "Scores run from 0 to 100: the seed article's checklist (own live cells, ultrasound "
      "guidance, a personalized plan, a stated price and what it includes, orthopedic "
      "experience) minus deductions for red-flag claims. `unknown` means the pages read do not "
      "say; it earns no points but is not a fail. See docs/ranking.md.\n\n";
  out +=
      "Price reference, USD per knee: the article's $3,500–8,000; an independent secret-shopper "
      "study (Piuzzi et al., J Knee Surg 2018) found a mean of $5,156 and a range of "
      "$1,150–12,000. " +
      RatesSentence(r) + "\n\n";
  if (r.clinics.empty()) {
    out += "No clinics to rank.\n";
    return out;
  }
  AppendSummary(r, &out);
  for (const RankedClinic& c : r.clinics) AppendClinic(c, &out);
  return out;
}

}  // namespace clinicrank
