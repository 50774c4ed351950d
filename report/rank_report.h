// The `rank` report in its formats (../shared/CONTRACT.md, issue 5, issue
// 14): Markdown, JSON (the contract's shape, with extra fields), CSV (one
// row per clinic), a self-contained HTML page, and a compact aligned table
// for a terminal. Every page-derived string is escaped for its context
// (report/escape.h). The
// per-clinic parts are separate functions (one clinic in, text out), and
// each document has a Write… form that streams it into a TextSink one clinic
// at a time, reading a spilled ranking back as it goes (issue 17): the
// report of 100,000 clinics is never held whole.
#ifndef CLINICRANK_REPORT_RANK_REPORT_H_
#define CLINICRANK_REPORT_RANK_REPORT_H_

#include <string>

#include "ranking/rank.h"
#include "report/text_sink.h"

namespace clinicrank {

std::string RankReportMarkdown(const Ranking& ranking);
std::string RankReportJson(const Ranking& ranking);
// RFC 4180: CRLF line ends, a header row, formula-looking cells neutralized.
std::string RankReportCsv(const Ranking& ranking);
// One file: inline CSS and SVG, no scripts, no external requests. Reads on
// a 390 px phone: the summary becomes one card per clinic, the chart has a
// narrow layout.
std::string RankReportHtml(const Ranking& ranking);

void WriteRankReportMarkdown(const Ranking& ranking, TextSink* sink);
void WriteRankReportJson(const Ranking& ranking, TextSink* sink);
void WriteRankReportCsv(const Ranking& ranking, TextSink* sink);
void WriteRankReportHtml(const Ranking& ranking, TextSink* sink);

struct TerminalOptions {
  // Characters per line. Default: 100. Clinic names are shortened to fit.
  int width = 100;
  // The command to suggest for the full report, e.g. "clinicrank rank
  // sample_pages/* -o report.html". Default: none.
  std::string full_report_hint;
};
// A short opening, then an aligned table (rank, clinic, score, the six seed
// checklist marks, price range, red-flag count, pages) and a legend. Plain
// text: page text is stripped of control characters.
std::string RankReportTerminal(const Ranking& ranking, const TerminalOptions& options);
void WriteRankReportTerminal(const Ranking& ranking, const TerminalOptions& options,
                             TextSink* sink);

// One clinic's section of the Markdown and HTML reports.
std::string RankClinicMarkdown(const RankedClinic& clinic);
std::string RankClinicHtml(const RankedClinic& clinic);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_RANK_REPORT_H_
