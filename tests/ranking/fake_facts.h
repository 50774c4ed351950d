// Hand-built ClinicFacts for ranking and report tests: a clinic that passes
// every checklist item, to be degraded field by field.
#ifndef CLINICRANK_TESTS_RANKING_FAKE_FACTS_H_
#define CLINICRANK_TESTS_RANKING_FAKE_FACTS_H_

#include <string>

#include "parsers/extract/facts.h"
#include "ranking/rates.h"

namespace clinicrank::testing {

inline Price StemCellPrice(double low, double high, std::string currency = "USD",
                           std::string basis = "per_knee", std::string url = "") {
  Price p;
  p.low = low;
  p.high = high;
  p.currency = std::move(currency);
  p.basis = std::move(basis);
  p.treatment = "stem_cell";
  p.quote = "Stem cell therapy: " + std::to_string(static_cast<long>(low)) + " per knee";
  p.url = url;
  return p;
}

inline ClinicFacts GoodClinic(const std::string& name) {
  ClinicFacts f;
  f.source = "sample_pages/" + name;
  f.clinic.name = name;
  f.clinic.domain = "good.example";
  f.clinic.country = "US";
  PageRef page;
  page.url = "https://good.example/";
  page.path = "sample_pages/good/index.html";
  page.title = "Orthopedic and Sports Medicine Center";
  page.sha256 = "abc123";
  f.pages.push_back(page);
  Price p = StemCellPrice(5000, 5000, "USD", "per_knee", "https://good.example/pricing");
  p.quote =
      "Stem cell therapy $5,000 per knee, including evaluation, MRI, bone marrow "
      "harvest and processing, and two follow-up visits.";
  f.prices.push_back(p);
  f.ultrasound_guidance = TriState::kYes;
  f.cell_sources = {"bone_marrow"};
  f.cell_origin = "autologous";
  f.personalized_plan = TriState::kYes;
  f.evidence.push_back(
      {"ultrasound_guidance", "All injections are ultrasound-guided.", "https://good.example/"});
  f.evidence.push_back({"cell_sources", "We use your own bone marrow.", "https://good.example/"});
  f.evidence.push_back(
      {"personalized_plan", "Your personalized treatment plan.", "https://good.example/"});
  return f;
}

inline Rates TestRates() {
  Rates r;
  r.date = "2026-11-01";
  r.per_usd = {{"MXN", 20.0}, {"EUR", 0.5}};
  return r;
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_RANKING_FAKE_FACTS_H_
