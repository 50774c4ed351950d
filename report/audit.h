// The journalist's audit (issue 5): for each clinic every claim with its
// quote, URL, the page's sha256 and fetch time, a context note from
// ../shared/DOMAIN.md, and contradictions across the clinic's pages. Pure:
// BuildAudit reads facts; the writers return whole documents.
#ifndef CLINICRANK_REPORT_AUDIT_H_
#define CLINICRANK_REPORT_AUDIT_H_

#include <optional>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/claim_kinds.h"

namespace clinicrank {

struct AuditClaim {
  Claim claim;
  Severity severity = Severity::kMedium;
  std::string page_sha256;  // of the page whose url (or path) matches; "" if none does
  std::string page_path;
  std::string fetched_at;    // from a crawl; "" for files
  std::string context_note;  // ClaimContextNote(kind)
};

struct Citation {
  std::string quote;
  std::string url;
};

// Found between extracted facts (docs/ranking.md, "The audit"); never by
// re-reading quotes.
struct Contradiction {
  std::string kind;         // price_mismatch, own_cells_vs_donor, no_risk_vs_risks
  std::string description;  // our words
  std::vector<Citation> citations;
};

struct ClinicAudit {
  std::string source;
  std::string name;
  std::optional<std::string> domain;
  std::optional<std::string> country;
  std::vector<PageRef> pages;
  std::vector<AuditClaim> claims;  // high severity first, then page order
  std::vector<Contradiction> contradictions;
  std::vector<std::string> warnings;
};

struct Audit {
  std::vector<ClinicAudit> clinics;  // by name
};

Audit BuildAudit(const std::vector<ClinicFacts>& facts);

std::string AuditReportMarkdown(const Audit& audit);
std::string AuditReportJson(const Audit& audit);
std::string AuditReportHtml(const Audit& audit);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_AUDIT_H_
