#include "tests/testing/clinic_site.h"

#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "tests/testing/extract_pages.h"

namespace clinicrank::testing {
namespace {

std::string Paragraphs(std::initializer_list<const std::string*> texts) {
  std::string out;
  for (const std::string* t : texts) {
    if (!t->empty()) out += "<p>" + *t + "</p>\n";
  }
  return out;
}

}  // namespace

ClinicFacts ClinicSite::Extract() const {
  const std::string base = "https://" + domain + "/";
  std::string json_ld =
      "{\"@context\":\"https://schema.org\",\"@type\":\"MedicalClinic\",\"name\":\"" + name + "\"";
  if (!country.empty()) {
    json_ld += ",\"address\":{\"@type\":\"PostalAddress\",\"addressCountry\":\"" + country + "\"}";
  }
  json_ld += "}";
  std::string home = "<script type=\"application/ld+json\">" + json_ld + "</script>\n<h1>" + name +
                     "</h1>\n" + Paragraphs({&cells, &guidance, &plan, &team, &risks});
  for (const std::string& e : extra) home += e + "\n";
  const std::string pricing = "<h1>Pricing</h1>\n" + Paragraphs({&price, &includes});
  return ExtractPages(base, {{base, home, name}, {base + "pricing", pricing, "Pricing | " + name}});
}

ClinicFacts UnreadableClinic(const std::string& source) {
  PageInput empty;
  empty.bytes = "";
  empty.path = source + "/index.html";
  return ExtractClinic(source, {empty});
}

Rates TestRates() {
  Rates r;
  r.date = "2026-11-01";
  r.per_usd = {{"MXN", 20.0}, {"EUR", 0.5}};
  return r;
}

}  // namespace clinicrank::testing
