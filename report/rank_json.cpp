// `rank --format json`: CONTRACT.md's shape, every contract field present,
// extra fields added beside them.
#include "report/json_util.h"
#include "report/rank_report.h"
#include "report/text_sink.h"

namespace clinicrank {
namespace {

void WriteChecklistItem(JsonWriter& w, const ChecklistItem& item) {
  w.StartObject();
  WriteKey(w, "item");
  WriteString(w, item.item);
  WriteKey(w, "status");
  w.String(ItemStatusName(item.status));
  WriteKey(w, "points");
  w.Double(item.points);
  WriteKey(w, "max_points");
  w.Double(item.max_points);
  WriteKey(w, "evidence");
  WriteString(w, item.evidence);
  WriteKey(w, "url");
  WriteString(w, item.url);
  WriteKey(w, "label");
  WriteString(w, item.label);
  WriteKey(w, "note");
  WriteString(w, item.note);
  w.EndObject();
}

void WriteRedFlag(JsonWriter& w, const RedFlag& flag) {
  w.StartObject();
  WriteKey(w, "kind");
  WriteString(w, flag.kind);
  WriteKey(w, "quote");
  WriteString(w, flag.quote);
  WriteKey(w, "url");
  WriteString(w, flag.url);
  WriteKey(w, "severity");
  w.String(SeverityName(flag.severity));
  WriteKey(w, "deduction");
  w.Double(flag.deduction);
  WriteKey(w, "cited");
  w.Bool(flag.cited);
  WriteKey(w, "label");
  w.String(ClaimLabel(flag.type));
  WriteKey(w, "why");
  WriteString(w, flag.why);
  w.EndObject();
}

void WriteSkipped(JsonWriter& w, const std::vector<SkippedClinic>& clinics) {
  w.StartArray();
  for (const SkippedClinic& s : clinics) {
    WriteStringObject(w, {{"source", s.source}, {"name", s.name}, {"reason", s.reason}});
  }
  w.EndArray();
}

void WritePrice(JsonWriter& w, const PricePoint& p) {
  w.StartObject();
  WriteKey(w, "low");
  w.Double(p.original.low);
  WriteKey(w, "high");
  w.Double(p.original.high);
  WriteKey(w, "currency");
  WriteString(w, p.original.currency);
  WriteKey(w, "basis");
  WriteString(w, p.original.basis);
  WriteKey(w, "quote");
  WriteString(w, p.original.quote);
  WriteKey(w, "url");
  WriteString(w, p.original.url);
  WriteKey(w, "low_usd_per_knee");
  WriteOptionalNumber(w, p.low_usd);
  WriteKey(w, "high_usd_per_knee");
  WriteOptionalNumber(w, p.high_usd);
  WriteKey(w, "note");
  WriteString(w, p.note);
  w.EndObject();
}

void WriteClinic(JsonWriter& w, const RankedClinic& c) {
  w.StartObject();
  WriteKey(w, "rank");
  w.Int(c.rank);
  WriteKey(w, "source");
  WriteString(w, c.source);
  WriteKey(w, "name");
  WriteString(w, c.name);
  WriteKey(w, "score");
  w.Double(c.score);
  WriteKey(w, "checklist");
  w.StartArray();
  for (const ChecklistItem& item : c.checklist) WriteChecklistItem(w, item);
  w.EndArray();
  WriteKey(w, "red_flags");
  w.StartArray();
  for (const RedFlag& flag : c.red_flags) WriteRedFlag(w, flag);
  w.EndArray();
  WriteKey(w, "notes");
  w.StartArray();
  for (const RedFlag& flag : c.notes) WriteRedFlag(w, flag);
  w.EndArray();
  WriteKey(w, "pages_read");
  w.Uint64(c.pages_read);
  WriteKey(w, "pages_total");
  w.Uint64(c.pages_total);
  WriteKey(w, "domain");
  WriteOptionalString(w, c.domain);
  WriteKey(w, "country");
  WriteOptionalString(w, c.country);
  WriteKey(w, "checklist_score");
  w.Double(c.checklist_score);
  WriteKey(w, "deductions");
  w.Double(c.deductions);
  WriteKey(w, "price_usd_per_knee");
  w.StartObject();
  WriteKey(w, "low");
  WriteOptionalNumber(w, c.price_low_usd);
  WriteKey(w, "high");
  WriteOptionalNumber(w, c.price_high_usd);
  w.EndObject();
  WriteKey(w, "stem_cell_prices");
  w.StartArray();
  for (const PricePoint& p : c.stem_cell_prices) WritePrice(w, p);
  w.EndArray();
  WriteKey(w, "warnings");
  w.StartArray();
  for (const std::string& warning : c.warnings) WriteString(w, warning);
  w.EndArray();
  w.EndObject();
}

void WriteWeights(JsonWriter& w, const Weights& weights) {
  w.StartObject();
  for (const WeightKey& k : WeightKeys()) {
    WriteKey(w, k.key);
    w.Double(weights.*k.member);
  }
  w.EndObject();
}

}  // namespace

void WriteRankReportJson(const Ranking& ranking, TextSink* sink) {
  // {"clinics":[ one object per clinic, written as it is read back ],
  // then the rest of the document.
  *sink += "{\"clinics\":[";
  bool first = true;
  ranking.ForEachClinic([&first, sink](const RankedClinic& c) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetMaxDecimalPlaces(2);
    WriteClinic(w, c);
    if (!first) *sink += ",";
    first = false;
    *sink += InertJson(buffer);
  });
  *sink += "],";
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetMaxDecimalPlaces(2);
  w.StartObject();
  WriteKey(w, "rates");
  w.StartObject();
  WriteKey(w, "date");
  if (ranking.rates_date.empty()) {
    w.Null();
  } else {
    WriteString(w, ranking.rates_date);
  }
  WriteKey(w, "source");
  WriteString(w, ranking.rates_source);
  w.EndObject();
  WriteKey(w, "weights");
  WriteWeights(w, ranking.weights);
  WriteKey(w, "filters");
  WriteString(w, ranking.filter);
  WriteKey(w, "notices");
  w.StartArray();
  for (const std::string& n : ranking.notices) WriteString(w, n);
  w.EndArray();
  WriteKey(w, "unreadable");
  WriteSkipped(w, ranking.unreadable);
  WriteKey(w, "filtered_out");
  WriteSkipped(w, ranking.filtered_out);
  WriteKey(w, "reference_usd_per_knee");
  w.StartObject();
  WriteKey(w, "article");
  w.StartArray();
  w.Double(kArticleLowUsd);
  w.Double(kArticleHighUsd);
  w.EndArray();
  WriteKey(w, "study_range");
  w.StartArray();
  w.Double(kStudyLowUsd);
  w.Double(kStudyHighUsd);
  w.EndArray();
  WriteKey(w, "study_mean");
  w.Double(kStudyMeanUsd);
  w.EndObject();
  w.EndObject();
  *sink += FinishJson(buffer).substr(1);  // the tail's own "{" is the document's
}

std::string RankReportJson(const Ranking& ranking) {
  std::string out;
  StringSink sink(&out);
  WriteRankReportJson(ranking, &sink);
  return out;
}

}  // namespace clinicrank
