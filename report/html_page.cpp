#include "report/html_page.h"

#include "report/escape.h"

namespace clinicrank {
namespace {

constexpr std::string_view kStyle = R"css(
:root{--pass:#1b7f3b;--partial:#9a5b00;--fail:#b3261e;--unknown:#6b6b6b;--high:#b3261e;--medium:#c26a00;--low:#8a7a00;--info:#6b6b6b}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#f6f7f9;margin:0;padding:24px 32px 48px;max-width:1240px}
h1{font-size:26px;margin:0 0 8px}h2{font-size:20px;margin:32px 0 12px}h3{font-size:17px;margin:0}
p.intro{max-width:900px;color:#333}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d9dce1;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}
.summary{font-size:13px}
.summary th,.summary td{padding:5px 6px}
.summary td:nth-child(2){min-width:150px}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{font-weight:600;white-space:nowrap}
.pass{color:var(--pass)}.partial{color:var(--partial)}.fail{color:var(--fail)}.unknown{color:var(--unknown)}
.sev{display:inline-block;border-radius:3px;padding:0 6px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}
.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.scorebar{display:inline-block;height:10px;background:#2f6fde;border-radius:2px;vertical-align:middle;margin-left:6px}
.card{background:#fff;border:1px solid #d9dce1;border-radius:8px;padding:16px 20px;margin:16px 0}
.card header{display:flex;justify-content:space-between;align-items:baseline;gap:16px;margin-bottom:8px}
.score{font-size:22px;font-weight:700}
.meta{color:#555;font-size:13px;overflow-wrap:anywhere}
q{font-style:italic;color:#222}
.note{color:#555;font-size:13px}
ul{margin:6px 0;padding-left:20px}li{margin:4px 0}
a{color:#1a56c4;overflow-wrap:anywhere}
.removed{color:#b3261e;font-size:12px}
.chart{background:#fff;border:1px solid #d9dce1;border-radius:8px;padding:8px}
.chart-narrow{display:none}
.opening{max-width:900px}.opening p{margin:8px 0}
.facts li{margin:6px 0}
.warning{background:#fff4e5;border-left:4px solid var(--partial);padding:6px 10px}
.why{color:#444;font-size:13px}
/* A phone (390 px): the summary becomes one card per clinic, each cell a
   labelled line; the narrow chart replaces the wide one so its labels stay
   readable (at least 11 px). */
@media (max-width:640px){
body{padding:12px 12px 32px;font-size:15px}
h1{font-size:22px}
.summary thead{display:none}
.summary,.summary tbody,.summary tr,.summary td{display:block;width:100%}
.summary tr{border:1px solid #d9dce1;border-radius:8px;margin:0 0 12px;padding:6px 10px;background:#fff}
.summary td{border:none;padding:3px 0;display:flex;justify-content:space-between;gap:12px;text-align:right}
.summary td::before{content:attr(data-label);font-weight:600;color:#333;text-align:left}
.summary td.rank,.summary td.name{display:block;text-align:left}
.summary td.name{font-size:17px;font-weight:600}
.summary td.name::before{content:none}
.summary td.rank::before{content:"#"}
.summary td.num{white-space:normal}
.summary td:nth-child(2){min-width:0}
.scorebar{display:none}
.chart-wide{display:none}.chart-narrow{display:block}
.card{padding:12px}
.checklist,.checklist tbody,.checklist tr,.checklist td{display:block;width:100%}
.checklist thead{display:none}
.checklist tr{border-top:1px solid #d9dce1;padding:6px 0}
.checklist td{border:none;padding:2px 0;text-align:left}
}
)css";

}  // namespace

std::string HtmlPageStart(std::string_view title) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  out += EscapeHtmlText(title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

std::string HtmlPageEnd() { return "</body>\n</html>\n"; }

std::string HtmlLink(std::string_view url, std::string_view label) {
  if (url.empty()) return "";
  std::string text = EscapeHtmlText(label.empty() ? url : label);
  if (!IsSafeHref(url)) {
    return "<span class=\"removed\">" + EscapeHtmlText(url) + " (link removed)</span>";
  }
  return "<a href=\"" + SafeHrefAttribute(url) + "\" rel=\"noopener noreferrer nofollow\">" + text +
         "</a>";
}

std::string HtmlQuote(std::string_view quote, std::string_view url) {
  if (quote.empty()) return "";
  std::string out = "<q>" + EscapeHtmlText(quote) + "</q>";
  if (!url.empty()) out += " <span class=\"meta\">— " + HtmlLink(url) + "</span>";
  return out;
}

}  // namespace clinicrank
