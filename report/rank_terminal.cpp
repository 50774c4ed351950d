// The compact terminal table (report/rank_report.h, RankReportTerminal): a
// short opening, one aligned line per clinic with the six seed checklist
// marks, a legend and a hint for the full report. Columns are measured in
// display cells (a CJK character takes two); page text loses its control
// characters so a hostile clinic name cannot move the cursor or recolour the
// terminal.
#include <algorithm>
#include <string>
#include <vector>

#include "report/format.h"
#include "report/opening.h"
#include "report/rank_report.h"
#include "report/text_sink.h"

namespace clinicrank {
namespace {

// Decodes one UTF-8 code point at s[i]; sets *len (1 for an invalid byte).
uint32_t CodePoint(std::string_view s, size_t i, size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  const size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = n == 1 ? b : b & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  *len = n;
  return cp;
}

bool IsWide(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool IsControl(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// `text` without control or bidi-override characters, cut to `max_cells`
// display cells ("…" when cut); *cells gets the width of the result.
std::string Fit(std::string_view text, size_t max_cells, size_t* cells) {
  std::string out;
  size_t used = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    const uint32_t cp = CodePoint(text, i, &len);
    const std::string_view bytes = text.substr(i, len);
    i += len;
    if (IsControl(cp)) continue;
    const size_t w = IsWide(cp) ? 2 : 1;
    if (used + w > max_cells || (used + w == max_cells && i < text.size())) {
      if (used + 1 <= max_cells) {
        out += "…";
        ++used;
      }
      break;
    }
    out += cp == 0xFFFD && len == 1 ? std::string_view("?") : bytes;
    used += w;
  }
  *cells = used;
  return out;
}

std::string Pad(const std::string& s, size_t cells, size_t width, bool right) {
  const std::string spaces(width > cells ? width - cells : 0, ' ');
  return right ? spaces + s : s + spaces;
}

std::string Cell(std::string_view text, size_t width, bool right = false) {
  size_t cells = 0;
  const std::string fitted = Fit(text, width, &cells);
  return Pad(fitted, cells, width, right);
}

// Wraps plain text at `width` cells, on spaces.
std::string Wrap(std::string_view text, size_t width) {
  std::string out, line;
  size_t line_cells = 0;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    size_t cells = 0;
    const std::string w = Fit(word, 10000, &cells);
    if (line_cells > 0 && line_cells + 1 + cells > width) {
      out += line + "\n";
      line.clear();
      line_cells = 0;
    }
    if (line_cells > 0) {
      line += ' ';
      ++line_cells;
    }
    line += w;
    line_cells += cells;
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

struct Columns {
  size_t rank = 3, name = 30, score = 5, mark = 5, price = 14, flags = 5, pages = 5;
};

std::string HeaderLine(const Columns& c) {
  std::string out =
      Cell("#", c.rank, true) + "  " + Cell("Clinic", c.name) + " " + Cell("Score", c.score, true);
  for (const CheckSpec& spec : Checklist()) {
    if (spec.seed) out += " " + Cell(spec.abbrev, c.mark, true);
  }
  out += "  " + Cell("USD/knee", c.price) + " " + Cell("Flags", c.flags, true) + " " +
         Cell("Pages", c.pages, true);
  return out;
}

std::string ClinicLine(const RankedClinic& r, const Columns& c) {
  std::string out = Cell(std::to_string(r.rank), c.rank, true) + "  " + Cell(r.name, c.name) + " " +
                    Cell(FormatNumber(r.score, 1), c.score, true);
  for (size_t i = 0; i < r.checklist.size(); ++i) {
    if (Checklist()[i].seed) out += " " + Cell(StatusMark(r.checklist[i].status), c.mark, true);
  }
  out += "  " + Cell(FormatClinicPriceUsd(r), c.price) + " " +
         Cell(RedFlagCount(r), c.flags, true) + " " + Cell(PagesRead(r), c.pages, true);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Legend() {
  std::string out = "Marks: ✔ pass  ◐ partial (half points)  ✘ fail  ? not stated.  Columns:";
  for (const CheckSpec& spec : Checklist()) {
    // "Plan = Plan" says nothing: only abbreviations are spelled out.
    if (spec.seed && std::string_view(spec.abbrev) != spec.column) {
      out += std::string(" ") + spec.abbrev + " = " + spec.column + ";";
    }
  }
  out.back() = '.';
  // The lines that are not the article's (risks told) are in the full report.
  out += " Risks told: in the full report.";
  return out;
}

void AppendSkipped(const char* heading, const std::vector<SkippedClinic>& clinics, size_t width,
                   TextSink* out) {
  if (clinics.empty()) return;
  *out += std::string("\n") + heading + ":\n";
  for (const SkippedClinic& s : clinics) {
    size_t cells = 0;
    *out += "  " + Fit(s.name + " (" + s.source + "): " + s.reason, width - 2, &cells) + "\n";
  }
}

}  // namespace

void WriteRankReportTerminal(const Ranking& r, const TerminalOptions& options, TextSink* sink) {
  const size_t width = static_cast<size_t>(std::clamp(options.width, 60, 240));
  const ReportOpening o = BuildOpening(r);
  std::string out = o.title + "\n\n";
  out += Wrap(o.measures + " " + o.not_measured, width) + "\n";
  for (const SourcedFact& f : o.facts) out += Wrap("* " + f.text + " (" + f.source + ")", width);
  out += "\n" + Wrap(o.rates, width);
  for (const std::string& w : o.warnings) out += Wrap("WARNING: " + w, width);
  out += Wrap(o.pages + " " + o.filters, width) + "\n";

  Columns c;
  const size_t fixed =
      c.rank + 2 + 1 + c.score + 6 * (c.mark + 1) + 2 + c.price + 1 + c.flags + 1 + c.pages;
  c.name = std::clamp<size_t>(width > fixed ? width - fixed : 16, 16, 40);
  if (r.ClinicCount() == 0) {
    out += "No clinics to rank.\n";
    *sink += out;
  } else {
    out += HeaderLine(c) + "\n";
    *sink += out;
    r.ForEachClinic([&](const RankedClinic& clinic) { *sink += ClinicLine(clinic, c) + "\n"; });
    *sink += "\n" + Wrap(Legend(), width);
  }
  AppendSkipped("Not ranked: no readable pages", r.unreadable, width, sink);
  AppendSkipped("Left out by the filters", r.filtered_out, width, sink);
  if (!options.full_report_hint.empty()) {
    *sink += "\nThe full report, with the quote and page behind every mark:\n  " +
             options.full_report_hint + "\n";
  }
}

std::string RankReportTerminal(const Ranking& r, const TerminalOptions& options) {
  std::string out;
  StringSink sink(&out);
  WriteRankReportTerminal(r, options, &sink);
  return out;
}

}  // namespace clinicrank
