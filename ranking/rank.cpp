#include "ranking/rank.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <set>
#include <string_view>

#include "ranking/text_match.h"

namespace clinicrank {
namespace {

const Evidence* FindEvidence(const ClinicFacts& f, std::initializer_list<std::string_view> fields) {
  for (std::string_view field : fields) {
    for (const Evidence& e : f.evidence) {
      if (e.field == field) return &e;
    }
  }
  return nullptr;
}

void SetEvidence(const Evidence* e, ChecklistItem* item) {
  if (e == nullptr) return;
  item->evidence = e->quote;
  item->url = e->url;
}

ChecklistItem MakeItem(const char* id, const char* label, double max_points) {
  ChecklistItem item;
  item.item = id;
  item.label = label;
  item.max_points = max_points;
  return item;
}

void Grade(ItemStatus status, double fraction, ChecklistItem* item) {
  item->status = status;
  item->points = item->max_points * fraction;
}

bool IsOwnCellSource(std::string_view s) {
  return s == "bone_marrow" || s == "adipose" || s == "peripheral_blood";
}

// Seed article: "Use live stem cells, not amniotic or donor tissue".
// DOMAIN.md §2: lab tests found no live stem cells in birth-tissue products.
ChecklistItem ScoreCells(const ClinicFacts& f, const Weights& w) {
  ChecklistItem item = MakeItem("own_live_cells",
                                "Uses the patient's own live cells (bone marrow or fat), not "
                                "amniotic or donor products",
                                w.own_live_cells);
  std::string origin = f.cell_origin;
  if (origin == "unknown" && !f.cell_sources.empty()) {
    bool own = false, other = false;
    for (const std::string& s : f.cell_sources) (IsOwnCellSource(s) ? own : other) = true;
    origin = own && other ? "mixed" : own ? "autologous" : "allogeneic";
  }
  SetEvidence(FindEvidence(f, {"cell_origin", "cell_sources"}), &item);
  if (origin == "autologous") {
    Grade(ItemStatus::kPass, 1, &item);
    item.note = "Only the patient's own cells.";
  } else if (origin == "allogeneic") {
    Grade(ItemStatus::kFail, 0, &item);
    item.note = "Only birth-tissue or donor products.";
  } else if (origin == "mixed") {
    Grade(ItemStatus::kFail, 0, &item);
    item.note = "Offers amniotic, cord or donor products besides the patient's own cells.";
  } else {
    Grade(ItemStatus::kUnknown, 0, &item);
    item.note = "The pages read do not say where the cells come from.";
  }
  return item;
}

ChecklistItem ScoreTriState(const char* id, const char* label, double max_points, TriState value,
                            const ClinicFacts& f) {
  ChecklistItem item = MakeItem(id, label, max_points);
  SetEvidence(FindEvidence(f, {id}), &item);
  switch (value) {
    case TriState::kYes:
      Grade(ItemStatus::kPass, 1, &item);
      item.note = "The clinic says so.";
      break;
    case TriState::kNo:
      Grade(ItemStatus::kFail, 0, &item);
      item.note = "The clinic says it does not.";
      break;
    case TriState::kUnknown:
      Grade(ItemStatus::kUnknown, 0, &item);
      item.note = "The pages read do not say.";
      break;
  }
  return item;
}

// Brings one stated price to USD per knee. Heuristic (docs/ranking.md): a
// both-knee price is halved; per injection, per treatment, package and
// unspecified prices are compared as one knee (Piuzzi 2018 priced a single
// unilateral injection); a monthly instalment is never a treatment price.
PricePoint ComparePrice(const Price& p, const Rates& rates) {
  PricePoint point;
  point.original = p;
  if (p.basis == "per_month") {
    point.note = "monthly instalment, not a treatment price";
    return point;
  }
  std::optional<double> low = ToUsd(rates, p.low, p.currency);
  std::optional<double> high = ToUsd(rates, p.high, p.currency);
  if (!low || !high) {
    point.note = "no exchange rate for " +
                 (p.currency.empty() ? std::string("an unknown currency") : p.currency);
    return point;
  }
  double factor = 1;
  if (p.basis == "both_knees") {
    factor = 0.5;
    point.note = "price for both knees, halved";
  } else if (p.basis == "per_knee") {
    point.note = "per knee";
  } else if (p.basis == "unspecified") {
    point.note = "basis not stated, compared as one knee";
  } else {
    point.note = p.basis + ", compared as one knee";
  }
  if (p.lower_bound_only) point.note += "; a \"from\" price";
  if (p.upper_bound_only) point.note += "; an \"up to\" price";
  if (p.currency_guessed) point.note += "; currency read from context";
  point.low_usd = *low * factor;
  point.high_usd = std::max(*low, *high) * factor;
  return point;
}

std::string Dollars(double usd) {
  if (!std::isfinite(usd)) return "$?";
  // "%.0f" is exact for any double; a cast to long would overflow past 2^63.
  char text[400];
  std::snprintf(text, sizeof text, "%.0f", std::fabs(std::round(usd)));  // prices are >= 0
  const std::string digits = text;
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return "$" + out;
}

std::string UsdRange(double low, double high) {
  return std::round(low) == std::round(high) ? Dollars(low) : Dollars(low) + "–" + Dollars(high);
}

// Seed article: $3,500–8,000 per knee; DOMAIN.md §1: Piuzzi 2018 range
// $1,150–12,000. Full points inside the article's band, half inside the
// study range, none outside it.
ChecklistItem ScorePrice(RankedClinic* c, const Weights& w) {
  ChecklistItem item = MakeItem("stem_cell_price",
                                "States a stem-cell price within the article's $3,500–8,000 per "
                                "knee (independent range $1,150–12,000)",
                                w.stem_cell_price);
  const PricePoint* first = nullptr;
  for (const PricePoint& p : c->stem_cell_prices) {
    if (!p.low_usd) continue;
    if (first == nullptr) first = &p;
    c->price_low_usd = std::min(c->price_low_usd.value_or(*p.low_usd), *p.low_usd);
    c->price_high_usd = std::max(c->price_high_usd.value_or(*p.high_usd), *p.high_usd);
  }
  if (first == nullptr) {
    Grade(ItemStatus::kUnknown, 0, &item);
    if (c->stem_cell_prices.empty()) {
      item.note = "No stem-cell price stated on the pages read.";
    } else {
      item.evidence = c->stem_cell_prices.front().original.quote;
      item.url = c->stem_cell_prices.front().original.url;
      item.note = "A stem-cell price is stated but cannot be compared (" +
                  c->stem_cell_prices.front().note + ").";
    }
    return item;
  }
  item.evidence = first->original.quote;
  item.url = first->original.url;
  double lo = *c->price_low_usd, hi = *c->price_high_usd;
  std::string range = UsdRange(lo, hi) + " per knee";
  if (lo >= kArticleLowUsd && hi <= kArticleHighUsd) {
    Grade(ItemStatus::kPass, 1, &item);
    item.note = range + ": within the article's $3,500–8,000.";
  } else if (lo >= kStudyLowUsd && hi <= kStudyHighUsd) {
    Grade(ItemStatus::kPass, 0.5, &item);
    item.note = range +
                ": outside the article's $3,500–8,000 but within the independent "
                "$1,150–12,000 (Piuzzi 2018); half points.";
  } else {
    Grade(ItemStatus::kFail, 0, &item);
    item.note = range + ": outside the independent range $1,150–12,000 (Piuzzi 2018).";
  }
  return item;
}

// Seed article, "What's included in the cost": evaluation and imaging,
// extraction and processing, follow-up. Read from the stem-cell price quotes
// and any "price_includes" evidence; a category named after "not included",
// "extra"... counts as excluded.
ChecklistItem ScoreIncludes(const ClinicFacts& f, const Weights& w) {
  ChecklistItem item = MakeItem("price_includes",
                                "Says what the price includes (evaluation and imaging, "
                                "processing, follow-up)",
                                w.price_includes);
  struct Source {
    const std::string* quote;
    const std::string* url;
  };
  std::vector<Source> sources;
  for (const Price& p : f.prices) {
    if (p.treatment == "stem_cell") sources.push_back({&p.quote, &p.url});
  }
  for (const Evidence& e : f.evidence) {
    if (e.field == "price_includes") sources.push_back({&e.quote, &e.url});
  }
  std::set<InclusionCategory> included, excluded;
  const Source* decisive = nullptr;
  for (const Source& s : sources) {
    InclusionScan scan = ScanInclusions(*s.quote);
    if (!scan.included.empty() && decisive == nullptr) decisive = &s;
    included.insert(scan.included.begin(), scan.included.end());
    excluded.insert(scan.excluded.begin(), scan.excluded.end());
  }
  for (InclusionCategory c : included) excluded.erase(c);
  if (decisive == nullptr && !excluded.empty()) {
    for (const Source& s : sources) {
      if (!ScanInclusions(*s.quote).excluded.empty()) {
        decisive = &s;
        break;
      }
    }
  }
  if (decisive != nullptr) {
    item.evidence = *decisive->quote;
    item.url = *decisive->url;
  }
  std::string named;
  for (InclusionCategory c : included)
    named += std::string(named.empty() ? "" : ", ") + InclusionCategoryName(c);
  std::string left_out;
  for (InclusionCategory c : excluded)
    left_out += std::string(left_out.empty() ? "" : ", ") + InclusionCategoryName(c);
  if (!included.empty()) {
    Grade(ItemStatus::kPass, included.size() / 3.0, &item);
    item.note =
        "Included: " + named + (left_out.empty() ? "" : "; not included: " + left_out) + ".";
  } else if (!excluded.empty()) {
    Grade(ItemStatus::kFail, 0, &item);
    item.note = "Not included: " + left_out + ".";
  } else {
    Grade(ItemStatus::kUnknown, 0, &item);
    item.note = sources.empty() ? "No stem-cell price stated, so nothing about what it includes."
                                : "The price quotes do not say what they include.";
  }
  return item;
}

// Seed article: "Have experience treating orthopedic conditions". Facts carry
// no such field, so this is a heuristic (docs/ranking.md): pass when any
// quote, page title or the clinic name mentions orthopedics or sports
// medicine; otherwise unknown, never fail.
ChecklistItem ScoreOrthopedic(const ClinicFacts& f, const Weights& w) {
  ChecklistItem item =
      MakeItem("orthopedic_experience", "Shows orthopedic or sports-medicine experience",
               w.orthopedic_experience);
  auto found = [&item](const std::string& text, const std::string& url) {
    if (!MentionsOrthopedics(text)) return false;
    item.evidence = text;
    item.url = url;
    return true;
  };
  bool hit = false;
  for (const Evidence& e : f.evidence) {
    if ((hit = found(e.quote, e.url))) break;
  }
  for (size_t i = 0; !hit && i < f.pages.size(); ++i) {
    hit = found(f.pages[i].title, f.pages[i].url.value_or(""));
  }
  for (size_t i = 0; !hit && i < f.claims.size(); ++i) {
    hit = found(f.claims[i].quote, f.claims[i].url);
  }
  for (size_t i = 0; !hit && i < f.prices.size(); ++i) {
    hit = found(f.prices[i].quote, f.prices[i].url);
  }
  if (!hit && f.clinic.name) hit = found(*f.clinic.name, "");
  if (hit) {
    Grade(ItemStatus::kPass, 1, &item);
    item.note = "The site mentions orthopedic or sports-medicine work (keyword match).";
  } else {
    Grade(ItemStatus::kUnknown, 0, &item);
    item.note = "Nothing on the pages read mentions orthopedic or sports-medicine experience.";
  }
  return item;
}

double SeverityWeight(Severity s, const Weights& w) {
  switch (s) {
    case Severity::kHigh:
      return w.red_flag_high;
    case Severity::kMedium:
      return w.red_flag_medium;
    case Severity::kLow:
      return w.red_flag_low;
    case Severity::kInfo:
      break;
  }
  return 0;
}

// Each kind deducts once, by severity; a figure the clinic attributes to a
// study (`cited`) and info-only kinds are listed but not deducted.
std::vector<RedFlag> CollectRedFlags(const ClinicFacts& f, const Weights& w) {
  std::vector<RedFlag> flags;
  std::set<std::string> deducted;
  for (const Claim& c : f.claims) {
    RedFlag flag;
    flag.kind = c.kind;
    flag.severity = ClaimSeverity(c.kind);
    flag.cited = c.cited;
    flag.quote = c.quote;
    flag.url = c.url;
    if (!c.cited && flag.severity != Severity::kInfo && deducted.insert(c.kind).second) {
      flag.deduction = SeverityWeight(flag.severity, w);
    }
    flags.push_back(std::move(flag));
  }
  std::stable_sort(flags.begin(), flags.end(), [](const RedFlag& a, const RedFlag& b) {
    return static_cast<int>(a.severity) > static_cast<int>(b.severity);
  });
  return flags;
}

double RoundTenth(double v) { return std::round(v * 10) / 10; }

RankedClinic ScoreClinic(const ClinicFacts& f, const Weights& w, const Rates& rates) {
  RankedClinic c;
  c.source = f.source;
  c.name = ClinicDisplayName(f);
  c.domain = f.clinic.domain;
  c.country = f.clinic.country;
  c.warnings = f.warnings;
  for (const Price& p : f.prices) {
    if (p.treatment == "stem_cell") c.stem_cell_prices.push_back(ComparePrice(p, rates));
  }
  c.checklist.push_back(ScoreCells(f, w));
  c.checklist.push_back(ScoreTriState("ultrasound_guidance", "Injects under ultrasound guidance",
                                      w.ultrasound_guidance, f.ultrasound_guidance, f));
  c.checklist.push_back(ScoreTriState("personalized_plan", "Offers a personalized treatment plan",
                                      w.personalized_plan, f.personalized_plan, f));
  c.checklist.push_back(ScorePrice(&c, w));
  c.checklist.push_back(ScoreIncludes(f, w));
  c.checklist.push_back(ScoreOrthopedic(f, w));
  double earned = 0, max = 0;
  for (const ChecklistItem& item : c.checklist) {
    earned += item.points;
    max += item.max_points;
  }
  c.checklist_score = max > 0 ? RoundTenth(100 * earned / max) : 0;
  c.red_flags = CollectRedFlags(f, w);
  for (const RedFlag& flag : c.red_flags) c.deductions += flag.deduction;
  c.score = RoundTenth(std::clamp(100 * (max > 0 ? earned / max : 0) - c.deductions, 0.0, 100.0));
  return c;
}

}  // namespace

const char* ItemStatusName(ItemStatus s) {
  switch (s) {
    case ItemStatus::kPass:
      return "pass";
    case ItemStatus::kFail:
      return "fail";
    case ItemStatus::kUnknown:
      break;
  }
  return "unknown";
}

std::string ClinicDisplayName(const ClinicFacts& f) {
  if (f.clinic.name && !f.clinic.name->empty()) return *f.clinic.name;
  if (f.clinic.domain && !f.clinic.domain->empty()) return *f.clinic.domain;
  return f.source;
}

Ranking RankClinics(const std::vector<ClinicFacts>& facts, const Weights& weights,
                    const Rates& rates) {
  Ranking ranking;
  ranking.weights = weights;
  ranking.rates_date = rates.date;
  ranking.rates_source = rates.source;
  for (const ClinicFacts& f : facts) ranking.clinics.push_back(ScoreClinic(f, weights, rates));
  std::sort(ranking.clinics.begin(), ranking.clinics.end(),
            [](const RankedClinic& a, const RankedClinic& b) {
              if (a.score != b.score) return a.score > b.score;
              if (a.name != b.name) return a.name < b.name;
              return a.source < b.source;
            });
  for (size_t i = 0; i < ranking.clinics.size(); ++i)
    ranking.clinics[i].rank = static_cast<int>(i) + 1;
  return ranking;
}

}  // namespace clinicrank
