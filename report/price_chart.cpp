#include "report/price_chart.h"

#include <algorithm>
#include <cmath>

#include "report/escape.h"
#include "report/format.h"

namespace clinicrank {
namespace {

constexpr double kWidth = 1000;
constexpr double kLabelWidth = 280;
constexpr double kRight = 30;
constexpr double kTop = 56;
constexpr double kRowHeight = 26;
constexpr double kAxisHeight = 40;
// The axis ends at the highest stated price rounded up to $5,000, but never
// past this: a price beyond it (a typo on the page, a rate typed the wrong
// way round) is drawn to the edge with its amount in the label, and the
// other clinics' bars stay readable.
constexpr double kMaxAxisUsd = 100000;
constexpr double kMaxTicks = 12;

struct Scale {
  double max_usd;
  double X(double usd) const {
    const double at = std::isnan(usd) ? 0.0 : std::clamp(usd, 0.0, max_usd);
    return kLabelWidth + at / max_usd * (kWidth - kLabelWidth - kRight);
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

void AppendBands(const Scale& s, double plot_bottom, std::string* out) {
  double h = plot_bottom - kTop + 6;
  *out += Rect(s.X(kStudyLowUsd), kTop - 6, s.X(kStudyHighUsd) - s.X(kStudyLowUsd), h, "#e6e9ef");
  *out +=
      Rect(s.X(kArticleLowUsd), kTop - 6, s.X(kArticleHighUsd) - s.X(kArticleLowUsd), h, "#cfead6");
  double mean = s.X(kStudyMeanUsd);
  *out += "<line x1=\"" + Num(mean) + "\" y1=\"" + Num(kTop - 6) + "\" x2=\"" + Num(mean) +
          "\" y2=\"" + Num(plot_bottom) + "\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>";
  // Legend.
  *out += Rect(kLabelWidth, 10, 14, 12, "#cfead6") +
          Text(kLabelWidth + 20, 21, "Article: $3,500–8,000 per knee");
  *out += Rect(kLabelWidth + 250, 10, 14, 12, "#e6e9ef") +
          Text(kLabelWidth + 270, 21, "Independent study range: $1,150–12,000 (Piuzzi 2018)");
  *out += Text(kLabelWidth, 40,
               "Dashed line: study mean $5,156 · bars: each clinic's stated "
               "stem-cell price, USD per knee",
               " class=\"small\"");
}

// The smallest round step that keeps the axis within kMaxTicks ticks.
double TickStep(double max_usd) {
  for (double step : {2000.0, 5000.0, 10000.0, 20000.0, 25000.0, 50000.0}) {
    if (max_usd / step <= kMaxTicks) return step;
  }
  return max_usd / kMaxTicks;
}

void AppendAxis(const Scale& s, double plot_bottom, std::string* out) {
  const double step = TickStep(s.max_usd);
  for (double v = 0; v <= s.max_usd + 1; v += step) {
    double x = s.X(v);
    *out += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(plot_bottom) + "\" x2=\"" + Num(x) +
            "\" y2=\"" + Num(plot_bottom + 5) + "\" stroke=\"#333\"/>";
    *out += Text(x, plot_bottom + 20, EscapeHtmlText(FormatUsd(v)), " text-anchor=\"middle\"");
  }
  *out += "<line x1=\"" + Num(kLabelWidth) + "\" y1=\"" + Num(plot_bottom) + "\" x2=\"" +
          Num(kWidth - kRight) + "\" y2=\"" + Num(plot_bottom) + "\" stroke=\"#333\"/>";
}

void AppendClinicRow(const Scale& s, const RankedClinic& c, double y, std::string* out) {
  std::string label = std::to_string(c.rank) + ". " + TruncateUtf8(c.name, 28);
  *out += Text(kLabelWidth - 8, y + 15, EscapeHtmlText(label), " text-anchor=\"end\"");
  if (!c.price_low_usd || !c.price_high_usd) {
    *out += Text(kLabelWidth + 6, y + 15,
                 c.stem_cell_prices.empty() ? "no stem-cell price stated"
                                            : "price stated but not comparable",
                 " class=\"muted\"");
    return;
  }
  double lo = s.X(*c.price_low_usd), hi = s.X(*c.price_high_usd);
  bool inside = *c.price_low_usd >= kArticleLowUsd && *c.price_high_usd <= kArticleHighUsd;
  bool plausible = *c.price_low_usd >= kStudyLowUsd && *c.price_high_usd <= kStudyHighUsd;
  const char* fill = inside ? "#1b7f3b" : plausible ? "#c26a00" : "#b3261e";
  if (hi - lo < 6) {
    *out += "<circle cx=\"" + Num((lo + hi) / 2) + "\" cy=\"" + Num(y + 11) + "\" r=\"6\" fill=\"" +
            fill + "\"/>";
  } else {
    *out += Rect(lo, y + 5, hi - lo, 12, fill, " rx=\"3\"");
  }
  std::string value = FormatUsdRange(*c.price_low_usd, *c.price_high_usd);
  *out += Text(std::min(hi + 10, kWidth - kRight - 80), y + 15, EscapeHtmlText(value),
               " class=\"small\"");
}

}  // namespace

std::string PriceChartSvg(const Ranking& r) {
  double max_high = 15000;
  for (const RankedClinic& c : r.clinics) {
    if (c.price_high_usd && std::isfinite(*c.price_high_usd)) {
      max_high = std::max(max_high, *c.price_high_usd);
    }
  }
  Scale s{std::min(std::ceil(max_high / 5000) * 5000, kMaxAxisUsd)};
  double rows = static_cast<double>(std::max<size_t>(r.clinics.size(), 1));
  double plot_bottom = kTop + rows * kRowHeight;
  double height = plot_bottom + kAxisHeight;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " +
                    Num(kWidth) + " " + Num(height) +
                    "\" width=\"100%\" aria-label=\"Stated "
                    "stem-cell prices in USD per knee against the article's and the study's "
                    "ranges\">";
  out +=
      "<style>text{font:13px system-ui,sans-serif;fill:#1d1d1f}.small{font-size:12px}"
      ".muted{fill:#6b6b6b;font-style:italic}</style>";
  AppendBands(s, plot_bottom, &out);
  for (size_t i = 0; i < r.clinics.size(); ++i) {
    AppendClinicRow(s, r.clinics[i], kTop + static_cast<double>(i) * kRowHeight, &out);
  }
  if (r.clinics.empty()) out += Text(kLabelWidth + 6, kTop + 15, "no clinics", " class=\"muted\"");
  AppendAxis(s, plot_bottom, &out);
  out += "</svg>";
  return out;
}

}  // namespace clinicrank
