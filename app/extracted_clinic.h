// One clinic as a worker thread hands it back to the thread that prints or
// ranks it: its facts and, when the caller reads pages (the audit), the pages
// with their provenance and whatever owns their bytes. Internal to app/.
#ifndef CLINICRANK_APP_EXTRACTED_CLINIC_H_
#define CLINICRANK_APP_EXTRACTED_CLINIC_H_

#include <memory>
#include <vector>

#include "app/clinic_sources.h"
#include "parsers/extract/facts.h"
#include "report/audit.h"

namespace clinicrank {

struct ExtractedClinic {
  ClinicFacts facts;
  std::vector<AuditPage> pages;         // empty unless the caller reads pages
  std::shared_ptr<const void> owner;    // keeps the bytes `pages` view alive
};

// A ClinicPagesSink for callers that want facts only.
inline ClinicPagesSink FactsOnly(const ClinicFactsSink& sink) {
  return [&sink](ClinicFacts&& facts, const std::vector<AuditPage>&) { sink(std::move(facts)); };
}

}  // namespace clinicrank

#endif  // CLINICRANK_APP_EXTRACTED_CLINIC_H_
