// The `rank` report in its four formats (../shared/CONTRACT.md, issue 5):
// Markdown (default), JSON (the contract's shape, with extra fields), CSV
// (one row per clinic) and a self-contained HTML page. Each returns the whole
// document; callers write it. Every page-derived string is escaped for its
// context (report/escape.h).
#ifndef CLINICRANK_REPORT_RANK_REPORT_H_
#define CLINICRANK_REPORT_RANK_REPORT_H_

#include <string>

#include "ranking/rank.h"

namespace clinicrank {

std::string RankReportMarkdown(const Ranking& ranking);
std::string RankReportJson(const Ranking& ranking);
// RFC 4180: CRLF line ends, a header row, formula-looking cells neutralized.
std::string RankReportCsv(const Ranking& ranking);
// One file: inline CSS and SVG, no scripts, no external requests.
std::string RankReportHtml(const Ranking& ranking);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_RANK_REPORT_H_
