// `rank --format csv`: one row per clinic, RFC 4180 (CRLF, quoted fields),
// every cell through EscapeCsvCell so none becomes a spreadsheet formula.
#include <string>
#include <vector>

#include "report/escape.h"
#include "report/format.h"
#include "report/rank_report.h"

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

std::string RankReportCsv(const Ranking& r) {
  std::vector<std::string> header = {"rank",    "name",  "source",          "domain",
                                     "country", "score", "checklist_score", "deductions"};
  const char* items[] = {"own_live_cells",  "ultrasound_guidance", "personalized_plan",
                         "stem_cell_price", "price_includes",      "orthopedic_experience"};
  for (const char* item : items) {
    header.push_back(std::string(item) + "_status");
    header.push_back(std::string(item) + "_points");
  }
  for (const char* extra :
       {"price_low_usd_per_knee", "price_high_usd_per_knee", "stated_stem_cell_prices",
        "red_flag_count", "red_flags", "rates_date"}) {
    header.push_back(extra);
  }
  std::string out;
  AppendRow(header, &out);
  for (const RankedClinic& c : r.clinics) {
    std::vector<std::string> row = {std::to_string(c.rank),
                                    c.name,
                                    c.source,
                                    c.domain.value_or(""),
                                    c.country.value_or(""),
                                    PlainNumber(c.score),
                                    PlainNumber(c.checklist_score),
                                    PlainNumber(c.deductions)};
    for (const char* id : items) {
      const ChecklistItem* found = nullptr;
      for (const ChecklistItem& item : c.checklist) {
        if (item.item == id) found = &item;
      }
      row.push_back(found ? ItemStatusName(found->status) : "");
      row.push_back(found ? PlainNumber(found->points) : "");
    }
    std::vector<std::string> prices, flags;
    for (const PricePoint& p : c.stem_cell_prices)
      prices.push_back(FormatOriginalPrice(p.original));
    for (const RedFlag& f : c.red_flags) flags.push_back(f.kind);
    row.push_back(OptionalNumber(c.price_low_usd));
    row.push_back(OptionalNumber(c.price_high_usd));
    row.push_back(Join(prices));
    row.push_back(std::to_string(c.red_flags.size()));
    row.push_back(Join(flags));
    row.push_back(r.rates_date);
    AppendRow(row, &out);
  }
  return out;
}

}  // namespace clinicrank
