// The language phrase tables (issue 18; docs/extraction.md "Languages"): one
// table per language, each row a phrase written the way clinic sites in that
// language write it, read as one paragraph of a page in that language, and
// the one fact it must (or must not) yield. Rows whose `want` is empty are
// distractors: PRP, hyaluronic acid, consultations, negations, other clinics.
#ifndef CLINICRANK_TESTS_PARSERS_EXTRACT_LANG_TABLE_H_
#define CLINICRANK_TESTS_PARSERS_EXTRACT_LANG_TABLE_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "parsers/extract/claims.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/extract/prices.h"
#include "parsers/extract/treatment.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"
#include "tests/testing/blocks.h"

namespace clinicrank::testing {

// The fact a row checks.
enum class LangField {
  kPrices,      // every price: "low[-high] CUR basis treatment", joined by "; "
  kUltrasound,  // ultrasound_guidance: yes / no / unknown
  kOther,       // other_guidance, joined by ","
  kSources,     // cell_sources, joined by ","
  kOrigin,      // cell_origin
  kPlan,        // personalized_plan: yes / no / unknown
  kClaims,      // claim kinds, sorted and de-duplicated, joined by ","
};

struct LangRow {
  LangField field;
  std::string text;
  std::string want;
  std::string heading = "";  // a heading the paragraph sits under, if any
};

struct LangTable {
  std::string lang;  // PageContext::lang and <html lang>
  std::string tld;   // PageContext::tld
  std::vector<LangRow> rows;
};

inline std::string LangJoin(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

inline std::string LangAmount(double v) {
  char buf[32];
  if (v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f", v);
  }
  return buf;
}

// The facts of one row's page.
inline ClinicFacts LangFacts(const LangTable& table, const LangRow& row) {
  Document doc;
  doc.lang = table.lang;
  int section = -1;
  if (!row.heading.empty()) {
    doc.blocks.push_back(Heading(row.heading, 2));
    section = 0;
  }
  doc.blocks.push_back(Para(row.text, section));
  PageContext ctx;
  ctx.url = "https://clinica.example/page";
  ctx.lang = table.lang;
  ctx.tld = table.tld;
  PageText text(doc);
  PriceExtractor prices;
  TreatmentExtractor treatment;
  ClaimExtractor claims;
  prices.AddPage(doc, ctx, &text);
  treatment.AddPage(doc, ctx, &text);
  claims.AddPage(doc, ctx, &text);
  ClinicFacts facts;
  prices.Finish(&facts);
  treatment.Finish(&facts);
  claims.Finish(&facts);
  return facts;
}

inline std::string LangGet(const ClinicFacts& f, LangField field) {
  switch (field) {
    case LangField::kPrices: {
      std::vector<std::string> prices;
      for (const Price& p : f.prices) {
        std::string amount = LangAmount(p.low);
        if (p.high != p.low) amount += "-" + LangAmount(p.high);
        prices.push_back(amount + " " + p.currency + " " + p.basis + " " + p.treatment);
      }
      return LangJoin(prices, "; ");
    }
    case LangField::kUltrasound:
      return TriStateName(f.ultrasound_guidance);
    case LangField::kOther:
      return LangJoin(f.other_guidance, ",");
    case LangField::kSources:
      return LangJoin(f.cell_sources, ",");
    case LangField::kOrigin:
      return f.cell_origin;
    case LangField::kPlan:
      return TriStateName(f.personalized_plan);
    case LangField::kClaims: {
      std::set<std::string> kinds;
      for (const Claim& c : f.claims) kinds.insert(c.kind);
      return LangJoin(std::vector<std::string>(kinds.begin(), kinds.end()), ",");
    }
  }
  return "?";
}

// A row that expects nothing to be read: a distractor.
inline bool IsDistractor(const LangRow& row) { return row.want.empty() || row.want == "unknown"; }

// Runs every row through the price, treatment and claim extractors as a
// one-paragraph page and CHECKs the field; also CHECKs that the table has at
// least `min_rows` rows, a fifth of them at least distractors.
inline void RunLangTable(const LangTable& table, size_t min_rows = 40) {
  CAPTURE(table.lang);
  CHECK(table.rows.size() >= min_rows);
  const auto distractors = std::count_if(table.rows.begin(), table.rows.end(), IsDistractor);
  CHECK(static_cast<size_t>(distractors) * 5 >= table.rows.size());
  for (const LangRow& row : table.rows) {
    CAPTURE(row.text);
    CAPTURE(row.heading);
    const ClinicFacts facts = LangFacts(table, row);
    CHECK(LangGet(facts, row.field) == row.want);
  }
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_PARSERS_EXTRACT_LANG_TABLE_H_
