// A clinic website written as HTML for ranking, report and audit tests, and
// read the way the tool reads one: ExtractClinic (issue 14: no hand-written
// facts that no extractor would produce). Every field is one paragraph of
// the site; a test swaps or empties a paragraph to change one fact.
#ifndef CLINICRANK_TESTS_TESTING_CLINIC_SITE_H_
#define CLINICRANK_TESTS_TESTING_CLINIC_SITE_H_

#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/rates.h"

namespace clinicrank::testing {

struct ClinicSite {
  std::string name = "Good Knee Clinic";
  std::string domain = "good.example";
  std::string country = "US";  // JSON-LD addressCountry; "" for none
  // Each a paragraph of the home page; "" leaves it out.
  std::string cells = "We use only your own bone marrow, harvested from the hip.";
  std::string guidance = "Every knee injection is ultrasound-guided.";
  std::string plan = "Your physician writes a personalized treatment plan based on your MRI.";
  std::string team = "Dr. Ruiz is a board-certified orthopedic surgeon.";
  std::string risks =
      "Risks include infection, bleeding and swelling. The treatment is not FDA approved.";
  // Each a paragraph of the pricing page.
  std::string price = "Stem cell therapy is $5,000 per knee.";
  std::string includes =
      "The price includes the evaluation and MRI review, the harvest and processing, the "
      "injection and two follow-up visits.";
  // More paragraphs (claims, testimonials), raw HTML, on the home page.
  std::vector<std::string> extra;

  // The clinic's facts: ExtractClinic over https://DOMAIN/ and
  // https://DOMAIN/pricing.
  ClinicFacts Extract() const;
};

// A clinic whose every checklist item passes.
inline ClinicFacts GoodClinic(const std::string& name) {
  ClinicSite site;
  site.name = name;
  return site.Extract();
}

// A PATH whose pages could not be read: ExtractClinic over an empty file.
ClinicFacts UnreadableClinic(const std::string& source);

// A fixed table for tests: MXN 20 and EUR 0.5 per USD, dated 2026-11-01.
Rates TestRates();

// A stated stem-cell price per knee in USD, for tests that vary the amount.
inline Price StemCellPrice(double low, double high) {
  Price p;
  p.low = low;
  p.high = high;
  p.currency = "USD";
  p.basis = "per_knee";
  p.treatment = "stem_cell";
  p.quote = "Stem cell therapy, per knee";
  return p;
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_CLINIC_SITE_H_
