// `rank --format csv`: one row per ranked clinic, RFC 4180 (CRLF, quoted
// fields), every cell through EscapeCsvCell so none becomes a spreadsheet
// formula. The checklist columns come from the checklist table.
#include <string>
#include <vector>

#include "report/escape.h"
#include "report/format.h"
#include "report/rank_report.h"
#include "report/text_sink.h"

namespace clinicrank {
namespace {

void AppendRow(const std::vector<std::string>& cells, std::string* out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) *out += ',';
    *out += EscapeCsvCell(cells[i]);
  }
  *out += "\r\n";
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string OptionalNumber(const std::optional<double>& v) { return v ? PlainNumber(*v) : ""; }

}  // namespace

void WriteRankReportCsv(const Ranking& r, TextSink* sink) {
  std::vector<std::string> header = {"rank",    "name",  "source",          "domain",
                                     "country", "score", "checklist_score", "deductions"};
  for (const CheckSpec& spec : Checklist()) {
    header.push_back(std::string(spec.key) + "_status");
    header.push_back(std::string(spec.key) + "_points");
  }
  for (const char* extra :
       {"price_low_usd_per_knee", "price_high_usd_per_knee", "stated_stem_cell_prices",
        "red_flag_count", "red_flags", "rates_date", "notes", "pages_read", "pages_total"}) {
    header.push_back(extra);
  }
  std::string out;
  AppendRow(header, &out);
  *sink += out;
  r.ForEachClinic([&r, sink](const RankedClinic& c) {
    std::vector<std::string> row = {std::to_string(c.rank),
                                    c.name,
                                    c.source,
                                    c.domain.value_or(""),
                                    c.country.value_or(""),
                                    PlainNumber(c.score),
                                    PlainNumber(c.checklist_score),
                                    PlainNumber(c.deductions)};
    for (const ChecklistItem& item : c.checklist) {
      row.push_back(ItemStatusName(item.status));
      row.push_back(PlainNumber(item.points));
    }
    std::vector<std::string> prices, flags, notes;
    for (const PricePoint& p : c.stem_cell_prices)
      prices.push_back(FormatOriginalPrice(p.original));
    for (const RedFlag& f : c.red_flags) flags.push_back(f.kind);
    for (const RedFlag& f : c.notes) notes.push_back(f.kind);
    row.push_back(OptionalNumber(c.price_low_usd));
    row.push_back(OptionalNumber(c.price_high_usd));
    row.push_back(Join(prices));
    row.push_back(std::to_string(c.red_flags.size()));
    row.push_back(Join(flags));
    row.push_back(r.rates_date);
    row.push_back(Join(notes));
    row.push_back(std::to_string(c.pages_read));
    row.push_back(std::to_string(c.pages_total));
    std::string line;
    AppendRow(row, &line);
    *sink += line;
  });
}

std::string RankReportCsv(const Ranking& r) {
  std::string out;
  StringSink sink(&out);
  WriteRankReportCsv(r, &sink);
  return out;
}

}  // namespace clinicrank
