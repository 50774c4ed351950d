#include "report/price_chart.h"

#include <algorithm>
#include <cmath>

#include "report/escape.h"
#include "report/format.h"

namespace clinicrank {
namespace {

// Geometry of one layout, in SVG user units (the SVG scales to its box).
struct Layout {
  double width;
  double plot_left;  // where the price axis starts
  double right;      // margin right of the axis
  double top;        // first row
  double row_height;
  double bar_offset;  // bar top within a row
  double axis_height;
  bool labels_above;  // clinic names above the bars (narrow) or left of them
  size_t name_chars;  // names are cut to this many characters
};

constexpr Layout kWideLayout = {1000, 280, 30, 56, 26, 5, 40, false, 28};
constexpr Layout kNarrowLayout = {340, 8, 14, 70, 40, 20, 40, true, 30};
// The axis ends at the highest stated price rounded up to $5,000, but never
// past this: a price beyond it (a typo on the page, a rate typed the wrong
// way round) is drawn to the edge with its amount in the label, and the
// other clinics' bars stay readable.
constexpr double kMaxAxisUsd = 100000;
constexpr double kMaxTicks = 12;

struct Scale {
  const Layout& l;
  double max_usd;
  double X(double usd) const {
    const double at = std::isnan(usd) ? 0.0 : std::clamp(usd, 0.0, max_usd);
    return l.plot_left + at / max_usd * (l.width - l.plot_left - l.right);
  }
};

std::string Num(double v) { return PlainNumber(std::round(v * 10) / 10); }

std::string Rect(double x, double y, double w, double h, const char* fill, const char* extra = "") {
  return "<rect x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" width=\"" + Num(std::max(w, 0.0)) +
         "\" height=\"" + Num(h) + "\" fill=\"" + fill + "\"" + extra + "/>";
}

std::string Text(double x, double y, const std::string& escaped, const char* extra = "") {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\"" + extra + ">" + escaped + "</text>";
}

void AppendLegend(const Layout& l, std::string* out) {
  const double x = l.plot_left;
  if (!l.labels_above) {
    *out += Rect(x, 10, 14, 12, "#cfead6") + Text(x + 20, 21, "Article: $3,500–8,000 per knee");
    *out += Rect(x + 250, 10, 14, 12, "#e6e9ef") +
            Text(x + 270, 21, "Independent study range: $1,150–12,000 (Piuzzi 2018)");
    *out += Text(x, 40,
                 "Dashed line: study mean $5,156 · bars: each clinic's stated "
                 "stem-cell price, USD per knee",
                 " class=\"small\"");
    return;
  }
  *out += Rect(x, 6, 14, 12, "#cfead6") + Text(x + 20, 17, "Article: $3,500–8,000 per knee");
  *out += Rect(x, 24, 14, 12, "#e6e9ef") + Text(x + 20, 35, "Study: $1,150–12,000 (Piuzzi 2018)");
  *out += Text(x, 53, "Dashed: study mean $5,156 · USD per knee", " class=\"small\"");
}

void AppendBands(const Scale& s, double plot_bottom, std::string* out) {
  const Layout& l = s.l;
  double h = plot_bottom - l.top + 6;
  *out += Rect(s.X(kStudyLowUsd), l.top - 6, s.X(kStudyHighUsd) - s.X(kStudyLowUsd), h, "#e6e9ef");
  *out += Rect(s.X(kArticleLowUsd), l.top - 6, s.X(kArticleHighUsd) - s.X(kArticleLowUsd), h,
               "#cfead6");
  double mean = s.X(kStudyMeanUsd);
  *out += "<line x1=\"" + Num(mean) + "\" y1=\"" + Num(l.top - 6) + "\" x2=\"" + Num(mean) +
          "\" y2=\"" + Num(plot_bottom) + "\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>";
  AppendLegend(l, out);
}

// The smallest round step that keeps the axis within kMaxTicks ticks.
double TickStep(double max_usd) {
  for (double step : {2000.0, 5000.0, 10000.0, 20000.0, 25000.0, 50000.0}) {
    if (max_usd / step <= kMaxTicks) return step;
  }
  return max_usd / kMaxTicks;
}

void AppendAxis(const Scale& s, double plot_bottom, std::string* out) {
  const Layout& l = s.l;
  double step = TickStep(s.max_usd);
  if (l.labels_above) step *= 2;  // fewer, wider labels
  for (double v = 0; v <= s.max_usd + 1; v += step) {
    double x = s.X(v);
    *out += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(plot_bottom) + "\" x2=\"" + Num(x) +
            "\" y2=\"" + Num(plot_bottom + 5) + "\" stroke=\"#333\"/>";
    const char* anchor = v == 0 && l.labels_above                     ? " text-anchor=\"start\""
                         : v + step > s.max_usd + 1 && l.labels_above ? " text-anchor=\"end\""
                                                                      : " text-anchor=\"middle\"";
    *out += Text(x, plot_bottom + 20, EscapeHtmlText(FormatUsd(v)), anchor);
  }
  *out += "<line x1=\"" + Num(l.plot_left) + "\" y1=\"" + Num(plot_bottom) + "\" x2=\"" +
          Num(l.width - l.right) + "\" y2=\"" + Num(plot_bottom) + "\" stroke=\"#333\"/>";
}

void AppendClinicRow(const Scale& s, const RankedClinic& c, double y, std::string* out) {
  const Layout& l = s.l;
  const std::string label = std::to_string(c.rank) + ". " + TruncateUtf8(c.name, l.name_chars);
  const double text_y = l.labels_above ? y + 13 : y + 15;
  if (l.labels_above) {
    *out += Text(l.plot_left, text_y, EscapeHtmlText(label));
  } else {
    *out += Text(l.plot_left - 8, text_y, EscapeHtmlText(label), " text-anchor=\"end\"");
  }
  const double bar_y = y + l.bar_offset;
  if (!c.price_low_usd || !c.price_high_usd) {
    const char* why = c.stem_cell_prices.empty() ? "no stem-cell price stated"
                                                 : "price stated but not comparable";
    *out += l.labels_above
                ? Text(l.width - l.right, text_y, why, " class=\"muted\" text-anchor=\"end\"")
                : Text(l.plot_left + 6, text_y, why, " class=\"muted\"");
    return;
  }
  double lo = s.X(*c.price_low_usd), hi = s.X(*c.price_high_usd);
  bool inside = *c.price_low_usd >= kArticleLowUsd && *c.price_high_usd <= kArticleHighUsd;
  bool plausible = *c.price_low_usd >= kStudyLowUsd && *c.price_high_usd <= kStudyHighUsd;
  const char* fill = inside ? "#1b7f3b" : plausible ? "#c26a00" : "#b3261e";
  if (hi - lo < 6) {
    *out += "<circle cx=\"" + Num((lo + hi) / 2) + "\" cy=\"" + Num(bar_y + 6) +
            "\" r=\"6\" fill=\"" + fill + "\"/>";
  } else {
    *out += Rect(lo, bar_y, hi - lo, 12, fill, " rx=\"3\"");
  }
  std::string value = EscapeHtmlText(FormatUsdRange(*c.price_low_usd, *c.price_high_usd));
  if (l.labels_above) {
    *out += Text(l.width - l.right, text_y, value, " class=\"small\" text-anchor=\"end\"");
  } else {
    *out += Text(std::min(hi + 10, l.width - l.right - 80), y + 15, value, " class=\"small\"");
  }
}

}  // namespace

void WritePriceChartSvg(const Ranking& r, ChartLayout layout, TextSink* sink) {
  const Layout& l = layout == ChartLayout::kWide ? kWideLayout : kNarrowLayout;
  const double max_high = std::max(15000.0, r.max_price_high_usd.value_or(0));
  Scale s{l, std::min(std::ceil(max_high / 5000) * 5000, kMaxAxisUsd)};
  const size_t count = r.ClinicCount();
  double rows = static_cast<double>(std::max<size_t>(count, 1));
  double plot_bottom = l.top + rows * l.row_height;
  double height = plot_bottom + l.axis_height;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " +
                    Num(l.width) + " " + Num(height) +
                    "\" width=\"100%\" aria-label=\"Stated "
                    "stem-cell prices in USD per knee against the article's and the study's "
                    "ranges\">";
  out +=
      "<style>text{font:13px system-ui,sans-serif;fill:#1d1d1f}.small{font-size:12px}"
      ".muted{fill:#6b6b6b;font-style:italic}</style>";
  AppendBands(s, plot_bottom, &out);
  *sink += out;
  size_t i = 0;
  r.ForEachClinic([&](const RankedClinic& c) {
    std::string row;
    AppendClinicRow(s, c, l.top + static_cast<double>(i++) * l.row_height, &row);
    *sink += row;
  });
  out.clear();
  if (count == 0) out += Text(l.plot_left + 6, l.top + 15, "no clinics", " class=\"muted\"");
  AppendAxis(s, plot_bottom, &out);
  out += "</svg>";
  *sink += out;
}

std::string PriceChartSvg(const Ranking& r, ChartLayout layout) {
  std::string out;
  StringSink sink(&out);
  WritePriceChartSvg(r, layout, &sink);
  return out;
}

}  // namespace clinicrank
