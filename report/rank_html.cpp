// `rank --format html`: one self-contained page — the opening, a summary
// table (columns from the checklist table; one card per clinic on a narrow
// screen), the price chart (report/price_chart.h, wide and narrow layouts)
// and a card per clinic with its evidence quotes and links. Every
// page-derived string is escaped (report/escape.h); the page carries no
// script and a CSP that would block one.
#include <string>

#include "report/escape.h"
#include "report/format.h"
#include "report/html_page.h"
#include "report/opening.h"
#include "report/price_chart.h"
#include "report/rank_report.h"
#include "report/text_sink.h"

namespace clinicrank {
namespace {

std::string StatusSpan(ItemStatus s) {
  return std::string("<span class=\"status ") + ItemStatusName(s) + "\">" +
         EscapeHtmlText(StatusBadge(s)) + "</span>";
}

std::string ClinicAnchor(const RankedClinic& c) { return "clinic-" + std::to_string(c.rank); }

// A summary cell; `label` names the column on a phone, where rows become cards.
std::string Cell(const char* label, const std::string& html, const char* cls = "") {
  return std::string("<td") + (*cls ? std::string(" class=\"") + cls + "\"" : "") +
         " data-label=\"" + EscapeHtmlAttribute(label) + "\">" + html + "</td>";
}

void AppendOpening(const Ranking& r, TextSink* out) {
  const ReportOpening o = BuildOpening(r);
  *out += "<h1>" + EscapeHtmlText(o.title) + "</h1>\n<div class=\"opening\">\n";
  *out += "<p><strong>What the score is.</strong> " + EscapeHtmlText(o.measures) + "</p>\n";
  *out += "<p><strong>What it is not.</strong> " + EscapeHtmlText(o.not_measured) +
          " Two facts to read first:</p>\n<ul class=\"facts\">\n";
  for (const SourcedFact& f : o.facts) {
    *out += "<li>" + EscapeHtmlText(f.text) + " <span class=\"note\">— " +
            HtmlLink(f.url, f.source) + "</span></li>\n";
  }
  *out += "</ul>\n<p class=\"note\">" + EscapeHtmlText(o.statuses) + " " + EscapeHtmlText(o.rates) +
          "</p>\n";
  for (const std::string& w : o.warnings) {
    *out += "<p class=\"warning\"><strong>Warning:</strong> " + EscapeHtmlText(w) + "</p>\n";
  }
  *out += "<p class=\"note\">" + EscapeHtmlText(o.pages) + " " + EscapeHtmlText(o.filters) +
          "</p>\n</div>\n";
}

void AppendSummary(const Ranking& r, TextSink* out) {
  *out +=
      "<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>Rank</th><th>Clinic</th>"
      "<th>Score</th>";
  for (const CheckSpec& spec : Checklist()) *out += "<th>" + EscapeHtmlText(spec.column) + "</th>";
  *out +=
      "<th>Stem-cell price, USD per knee</th><th>Red flags</th><th>Pages</th></tr></thead>\n"
      "<tbody>\n";
  r.ForEachClinic([out](const RankedClinic& c) {
    *out +=
        "<tr>" + Cell("Rank", std::to_string(c.rank), "num rank") +
        Cell("Clinic", "<a href=\"#" + ClinicAnchor(c) + "\">" + EscapeHtmlText(c.name) + "</a>",
             "name") +
        Cell("Score",
             FormatNumber(c.score, 1) + "<span class=\"scorebar\" style=\"width:" +
                 PlainNumber(std::max(c.score * 0.4, 1.0)) + "px\"></span>",
             "num");
    for (size_t i = 0; i < c.checklist.size(); ++i) {
      *out += Cell(Checklist()[i].column, StatusSpan(c.checklist[i].status));
    }
    *out += Cell("Price, USD per knee", EscapeHtmlText(FormatClinicPriceUsd(c)), "num") +
            Cell("Red flags", RedFlagCount(c), "num") + Cell("Pages", PagesRead(c), "num") +
            "</tr>\n";
  });
  *out += "</tbody>\n</table>\n";
}

void AppendSkipped(const char* heading, const std::vector<SkippedClinic>& clinics,
                   TextSink* out) {
  if (clinics.empty()) return;
  *out += std::string("<h2>") + heading + "</h2>\n<ul>\n";
  for (const SkippedClinic& s : clinics) {
    *out += "<li><strong>" + EscapeHtmlText(s.name) + "</strong> <span class=\"note\">(" +
            EscapeHtmlText(s.source) + ")</span>: " + EscapeHtmlText(s.reason) + "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendChecklist(const RankedClinic& c, std::string* out) {
  *out +=
      "<table class=\"checklist\">\n<thead><tr><th>Checklist item</th><th>Status</th>"
      "<th>Points</th><th>Evidence</th></tr></thead>\n<tbody>\n";
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

void AppendFlags(const char* heading, const std::vector<RedFlag>& flags, std::string* out) {
  if (flags.empty()) return;
  *out += std::string("<h4>") + heading + "</h4>\n<ul>\n";
  for (const RedFlag& f : flags) {
    const char* sev = SeverityName(f.severity);
    const std::string points = f.severity == Severity::kInfo ? "not deducted"
                               : f.cited                     ? "cited from a study: not deducted"
                                                             : FormatDeduction(f.deduction);
    *out += std::string("<li><span class=\"sev sev-") + sev + "\">" + sev + "</span> <strong>" +
            EscapeHtmlText(ClaimLabel(f.type)) + "</strong> <span class=\"note\">(" +
            EscapeHtmlText(points) + ")</span><br>" + HtmlQuote(f.quote, f.url) +
            "<br><span class=\"why\">Why it matters: " + EscapeHtmlText(f.why) + "</span></li>\n";
  }
  *out += "</ul>\n";
}

}  // namespace

std::string RankClinicHtml(const RankedClinic& c) {
  std::string out = "<section class=\"card\" id=\"" + ClinicAnchor(c) + "\">\n<header><h3>" +
                    std::to_string(c.rank) + ". " + EscapeHtmlText(c.name) +
                    "</h3><span class=\"score\">" + FormatNumber(c.score, 1) +
                    " / 100</span></header>\n";
  out += "<p class=\"meta\">Source: " + EscapeHtmlText(c.source);
  if (c.domain) out += " · Domain: " + EscapeHtmlText(*c.domain);
  if (c.country) out += " · Country: " + EscapeHtmlText(*c.country);
  out += " · Pages read: " + PagesRead(c) + " · Checklist " + FormatNumber(c.checklist_score, 1) +
         ", red-flag deductions " + EscapeHtmlText(FormatDeduction(c.deductions)) + "</p>\n";
  AppendChecklist(c, &out);
  AppendPrices(c, &out);
  AppendFlags("Red flags", c.red_flags, &out);
  AppendFlags("Notes (not red flags)", c.notes, &out);
  if (!c.warnings.empty()) {
    out += "<h4>Warnings while reading the pages</h4>\n<ul>\n";
    for (const std::string& w : c.warnings) out += "<li>" + EscapeHtmlText(w) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

void WriteRankReportHtml(const Ranking& r, TextSink* out) {
  *out += HtmlPageStart("Stem-cell knee clinics, ranked");
  AppendOpening(r, out);
  if (r.ClinicCount() == 0) {
    *out += "<p>No clinics to rank.</p>\n";
  } else {
    AppendSummary(r, out);
    *out += "<h2>Stated stem-cell prices</h2>\n<div class=\"chart chart-wide\">";
    WritePriceChartSvg(r, ChartLayout::kWide, out);
    *out += "</div>\n<div class=\"chart chart-narrow\">";
    WritePriceChartSvg(r, ChartLayout::kNarrow, out);
    *out +=
        "</div>\n<p class=\"note\">Green: within the article's $3,500–8,000 per knee; amber: "
        "outside it but within the independent $1,150–12,000; red: outside both. Prices for "
        "both knees are halved; other bases are compared as one knee.</p>\n";
  }
  AppendSkipped("Not ranked: no readable pages", r.unreadable, out);
  AppendSkipped("Left out by the filters", r.filtered_out, out);
  if (r.ClinicCount() != 0) *out += "<h2>Clinics</h2>\n";
  r.ForEachClinic([out](const RankedClinic& c) { *out += RankClinicHtml(c); });
  *out += HtmlPageEnd();
}

std::string RankReportHtml(const Ranking& r) {
  std::string out;
  StringSink sink(&out);
  WriteRankReportHtml(r, &sink);
  return out;
}

}  // namespace clinicrank
