// `rank --format html`: one self-contained page — summary table, price chart
// (report/price_chart.h) and a card per clinic with its evidence quotes and
// links. Every page-derived string is escaped (report/escape.h); the page
// carries no script and a CSP that would block one.
#include <string>

#include "report/escape.h"
#include "report/format.h"
#include "report/html_page.h"
#include "report/price_chart.h"
#include "report/rank_report.h"

namespace clinicrank {
namespace {

std::string StatusSpan(ItemStatus s) {
  return std::string("<span class=\"status ") + ItemStatusName(s) + "\">" +
         EscapeHtmlText(StatusBadge(s)) + "</span>";
}

std::string StatusCell(const RankedClinic& c, const char* id) {
  for (const ChecklistItem& item : c.checklist) {
    if (item.item == id) return "<td>" + StatusSpan(item.status) + "</td>";
  }
  return "<td></td>";
}

std::string ClinicAnchor(const RankedClinic& c) { return "clinic-" + std::to_string(c.rank); }

void AppendSummary(const Ranking& r, std::string* out) {
  *out +=
      "<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>Rank</th><th>Clinic</th>"
      "<th>Score</th><th>Own cells</th><th>Ultrasound</th><th>Plan</th><th>Price</th>"
      "<th>What's included</th><th>Orthopedic</th><th>Stem-cell price, USD per knee</th>"
      "<th>Red flags</th></tr></thead>\n<tbody>\n";
  for (const RankedClinic& c : r.clinics) {
    *out += "<tr><td class=\"num\">" + std::to_string(c.rank) + "</td><td><a href=\"#" +
            ClinicAnchor(c) + "\">" + EscapeHtmlText(c.name) + "</a></td><td class=\"num\">" +
            FormatNumber(c.score, 1) +
            "<span class=\"scorebar\" style=\"width:" + PlainNumber(std::max(c.score * 0.6, 1.0)) +
            "px\"></span></td>" + StatusCell(c, "own_live_cells") +
            StatusCell(c, "ultrasound_guidance") + StatusCell(c, "personalized_plan") +
            StatusCell(c, "stem_cell_price") + StatusCell(c, "price_includes") +
            StatusCell(c, "orthopedic_experience") + "<td class=\"num\">" +
            EscapeHtmlText(FormatClinicPriceUsd(c)) + "</td><td class=\"num\">" +
            std::to_string(c.red_flags.size()) + "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n";
}

void AppendChecklist(const RankedClinic& c, std::string* out) {
  *out +=
      "<table>\n<thead><tr><th>Checklist item</th><th>Status</th><th>Points</th>"
      "<th>Evidence</th></tr></thead>\n<tbody>\n";
  for (const ChecklistItem& item : c.checklist) {
    std::string evidence = HtmlQuote(item.evidence, item.url);
    if (!item.note.empty()) {
      evidence += (evidence.empty() ? "" : "<br>") + std::string("<span class=\"note\">") +
                  EscapeHtmlText(item.note) + "</span>";
    }
    *out += "<tr><td>" + EscapeHtmlText(item.label) + "</td><td>" + StatusSpan(item.status) +
            "</td><td class=\"num\">" + FormatNumber(item.points, 1) + " / " +
            FormatNumber(item.max_points, 1) + "</td><td>" + evidence + "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n";
}

void AppendPrices(const RankedClinic& c, std::string* out) {
  if (c.stem_cell_prices.empty()) return;
  *out += "<h4>Stated stem-cell prices</h4>\n<ul>\n";
  for (const PricePoint& p : c.stem_cell_prices) {
    std::string compared = p.low_usd ? FormatUsdRange(*p.low_usd, *p.high_usd) + " per knee"
                                     : std::string("not compared");
    *out += "<li><strong>" + EscapeHtmlText(FormatOriginalPrice(p.original)) + "</strong> → " +
            EscapeHtmlText(compared) + " <span class=\"note\">(" + EscapeHtmlText(p.note) +
            ")</span><br>" + HtmlQuote(p.original.quote, p.original.url) + "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendRedFlags(const RankedClinic& c, std::string* out) {
  if (c.red_flags.empty()) return;
  *out += "<h4>Red flags</h4>\n<ul>\n";
  for (const RedFlag& f : c.red_flags) {
    const char* sev = SeverityName(f.severity);
    *out += std::string("<li><span class=\"sev sev-") + sev + "\">" + sev + "</span> <strong>" +
            EscapeHtmlText(ClaimLabel(f.kind)) + "</strong> <span class=\"note\">(" +
            EscapeHtmlText(f.kind) + ", " + EscapeHtmlText(FormatDeduction(f.deduction)) +
            (f.cited ? ", cited from a study: not deducted" : "") + ")</span><br>" +
            HtmlQuote(f.quote, f.url) + "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendCard(const RankedClinic& c, std::string* out) {
  *out += "<section class=\"card\" id=\"" + ClinicAnchor(c) + "\">\n<header><h3>" +
          std::to_string(c.rank) + ". " + EscapeHtmlText(c.name) + "</h3><span class=\"score\">" +
          FormatNumber(c.score, 1) + " / 100</span></header>\n";
  *out += "<p class=\"meta\">Source: " + EscapeHtmlText(c.source);
  if (c.domain) *out += " · Domain: " + EscapeHtmlText(*c.domain);
  if (c.country) *out += " · Country: " + EscapeHtmlText(*c.country);
  *out += " · Checklist " + FormatNumber(c.checklist_score, 1) + ", red-flag deductions " +
          EscapeHtmlText(FormatDeduction(c.deductions)) + "</p>\n";
  AppendChecklist(c, out);
  AppendPrices(c, out);
  AppendRedFlags(c, out);
  if (!c.warnings.empty()) {
    *out += "<h4>Warnings while reading the pages</h4>\n<ul>\n";
    for (const std::string& w : c.warnings) *out += "<li>" + EscapeHtmlText(w) + "</li>\n";
    *out += "</ul>\n";
  }
  *out += "</section>\n";
}

}  // namespace

std::string RankReportHtml(const Ranking& r) {
  std::string out = HtmlPageStart("Stem-cell knee clinics, ranked");
  out +=
      "<h1>Stem-cell knee clinics, ranked</h1>\n<p class=\"intro\">Scores run from 0 to 100: "
      "the seed article's checklist (own live cells, ultrasound guidance, a personalized plan, "
      "a stated price and what it includes, orthopedic experience) minus deductions for "
      "red-flag claims. <em>Unknown</em> means the pages read do not say: it earns no points "
      "but is not a fail. ";
  out += EscapeHtmlText(RatesSentence(r)) + "</p>\n";
  if (r.clinics.empty()) {
    out += "<p>No clinics to rank.</p>\n" + HtmlPageEnd();
    return out;
  }
  AppendSummary(r, &out);
  out += "<h2>Stated stem-cell prices</h2>\n<div class=\"chart\">" + PriceChartSvg(r) +
         "</div>\n<p class=\"note\">Green: within the article's $3,500–8,000 per knee; amber: "
         "outside it but within the independent $1,150–12,000; red: outside both. Prices for "
         "both knees are halved; other bases are compared as one knee.</p>\n";
  out += "<h2>Clinics</h2>\n";
  for (const RankedClinic& c : r.clinics) AppendCard(c, &out);
  out += HtmlPageEnd();
  return out;
}

}  // namespace clinicrank
