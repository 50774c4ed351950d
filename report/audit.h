// The journalist's audit (issues 5, 16): a document that stands alone. A
// header says which tool, command, crawl runs, time and rates table made it;
// for each clinic every fact (prices, injection guidance, cell sources,
// personalized plan) and every red-flag claim comes with its quote and a
// sentence of context either side, and the evidence of where it was read:
// the URL fetched and the final URL after redirects, HTTP status, fetch
// time, the page's SHA-256 and - for a crawl archived with --warc - the WARC
// file, record id and offset. A page's own canonical URL is shown only when
// it is on the fetched URL's site, and never in place of it (issue 13 #2).
// Contradictions across the clinic's pages and context notes from
// ../shared/DOMAIN.md follow. Pure: BuildAudit reads facts and pages; the
// writers (md, html, json, csv) return whole documents.
#ifndef CLINICRANK_REPORT_AUDIT_H_
#define CLINICRANK_REPORT_AUDIT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/facts.h"
#include "ranking/claim_kinds.h"

namespace clinicrank {

// Where a page came from, as the loader knew it (app/: the crawl store, or a
// file). Empty strings and -1 for what is unknown.
struct PageProvenance {
  std::string fetched_url;  // the URL the crawler asked for
  std::string final_url;    // after redirects
  int http_status = 0;
  std::string fetched_at;  // ISO 8601 UTC
  std::string ip;
  int64_t run_id = 0;
  std::string sha256;  // of the body as stored
  std::string path;    // a file read from disk
  std::string warc_file;
  std::string warc_record_id;
  int64_t warc_offset = -1;
  std::string warc_refers_to;  // a revisit record's original
};

// A page as the audit reads it: its bytes (to find a quote's context) and
// provenance. REQUIRES: `bytes` outlives the BuildAudit call.
struct AuditPage {
  std::string_view bytes;
  std::string content_type;
  PageProvenance provenance;
};

// Where one quote was read.
struct FactSource {
  std::string quote;
  std::string context_before;  // the sentence before the quote on its page
  std::string context_after;   // the sentence after
  bool page_found = false;     // a page of the clinic holds this quote
  PageProvenance page;
  std::string canonical_url;  // the page's own canonical, only when on the same site
};

// A fact of the checklist, as read.
struct AuditFact {
  std::string field;  // price, ultrasound_guidance, other_guidance, cell_sources, ...
  std::string value;  // our reading, e.g. "USD 4,500 per knee (stem_cell)"
  FactSource source;
};

struct AuditClaim {
  Claim claim;
  Severity severity = Severity::kMedium;
  std::string page_sha256;  // of the page the quote was read from; "" if none matches
  std::string page_path;
  std::string fetched_at;    // from a crawl; "" for files
  std::string context_note;  // ClaimContextNote(kind)
  FactSource source;
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
  std::vector<PageProvenance> provenance;  // beside `pages`, same order ({} when unknown)
  std::vector<AuditFact> facts;    // prices, then guidance, cells, plan evidence
  std::vector<AuditClaim> claims;  // high severity first, then page order
  std::vector<Contradiction> contradictions;
  std::vector<std::string> warnings;
};

// What made the audit, printed at its top.
struct AuditHeader {
  std::string tool_version;          // "clinicrank 0.1.0"
  std::string command;               // the command line
  std::vector<int64_t> run_ids;      // the crawl runs read; empty for files
  std::string generated_at;          // ISO 8601 UTC
  std::string rates_date;            // of the currency table; "" when none
};

struct Audit {
  AuditHeader header;
  std::vector<ClinicAudit> clinics;  // by name
};

// One clinic. `pages` are its loaded pages in the order extraction read them
// (so pages[i] is facts.pages[i]); empty when only the facts are known.
ClinicAudit AuditClinic(const ClinicFacts& facts, const std::vector<AuditPage>& pages);
// Sorts clinics by name and adds the header.
Audit AssembleAudit(AuditHeader header, std::vector<ClinicAudit> clinics);
// Facts alone, no pages: AuditClinic of each, no header.
Audit BuildAudit(const std::vector<ClinicFacts>& facts);

std::string AuditReportMarkdown(const Audit& audit);
std::string AuditReportJson(const Audit& audit);
std::string AuditReportHtml(const Audit& audit);
// One row per fact and claim, RFC 4180, every page-supplied cell neutralised
// against spreadsheet formulas (report/escape.h EscapeCsvCell); the header's
// fields repeat on every row so a row copied out still says where it is from.
std::string AuditReportCsv(const Audit& audit);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_AUDIT_H_
