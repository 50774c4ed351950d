// The rank report's price chart: an inline SVG with one row per clinic
// showing its stated stem-cell range in USD per knee, against the seed
// article's $3,500–8,000 band and the independent $1,150–12,000 range
// (Piuzzi 2018, mean $5,156). No scripts, fonts or external references.
#ifndef CLINICRANK_REPORT_PRICE_CHART_H_
#define CLINICRANK_REPORT_PRICE_CHART_H_

#include <string>

#include "ranking/rank.h"
#include "report/text_sink.h"

namespace clinicrank {

// kWide: labels left of the bars, 1000 units wide (a desktop page).
// kNarrow: each clinic's label above its bar, 340 units wide, so that on a
// 390 px phone the text renders at 12 px or more.
enum class ChartLayout { kWide, kNarrow };

// "<svg …>…</svg>"; clinic names are escaped and shortened to fit.
std::string PriceChartSvg(const Ranking& ranking, ChartLayout layout = ChartLayout::kWide);
// The same written piece by piece, one clinic's row at a time.
void WritePriceChartSvg(const Ranking& ranking, ChartLayout layout, TextSink* sink);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_PRICE_CHART_H_
