// BuildAudit: claims joined to their pages, context notes, and
// contradictions between extracted facts (never re-reading quotes).
#include "report/audit.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "parsers/extract/fact_kinds.h"
#include "ranking/rank.h"
#include "report/format.h"

namespace clinicrank {
namespace {

const PageRef* FindPage(const ClinicFacts& f, const std::string& url) {
  if (url.empty()) return nullptr;
  for (const PageRef& p : f.pages) {
    if ((p.url && *p.url == url) ||
        (!p.path.empty() && (p.path == url || "file://" + p.path == url))) {
      return &p;
    }
  }
  return nullptr;
}

AuditClaim MakeAuditClaim(const ClinicFacts& f, const Claim& c) {
  AuditClaim a;
  a.claim = c;
  const ClaimKind kind = ParseClaimKind(c.kind);
  a.severity = ClaimSeverity(kind);
  a.context_note = ClaimContextNote(kind);
  if (const PageRef* page = FindPage(f, c.url)) {
    a.page_sha256 = page->sha256;
    a.page_path = page->path;
    a.fetched_at = page->fetched_at;
  }
  return a;
}

// The same basis and currency stated as different amounts on different pages.
// A "from X" price agrees with any range starting at X; tiers on one page
// never conflict.
void FindPriceMismatches(const ClinicFacts& f, std::vector<Contradiction>* out) {
  std::map<std::pair<std::string, std::string>, std::vector<const Price*>> groups;
  for (const Price& p : f.prices) {
    if (ParseTreatment(p.treatment) == Treatment::kStemCell &&
        ParsePriceBasis(p.basis) != PriceBasis::kPerMonth)
      groups[{p.basis, p.currency}].push_back(&p);
  }
  for (const auto& [key, prices] : groups) {
    for (size_t i = 0; i < prices.size(); ++i) {
      for (size_t j = i + 1; j < prices.size(); ++j) {
        const Price& a = *prices[i];
        const Price& b = *prices[j];
        bool same = (a.low == b.low && a.high == b.high) ||
                    ((a.lower_bound_only || b.lower_bound_only) && a.low == b.low);
        if (same || a.url == b.url) continue;
        Contradiction c;
        c.kind = "price_mismatch";
        c.description = "Different stem-cell prices for the same basis on different pages: " +
                        FormatOriginalPrice(a) + " vs " + FormatOriginalPrice(b) + ".";
        c.citations = {{a.quote, a.url}, {b.quote, b.url}};
        out->push_back(std::move(c));
      }
    }
  }
}

const Evidence* FindEvidence(const ClinicFacts& f, const char* field) {
  for (const Evidence& e : f.evidence) {
    if (e.field == field) return &e;
  }
  return nullptr;
}

std::vector<const Claim*> ClaimsOf(const ClinicFacts& f, ClaimKind kind) {
  std::vector<const Claim*> out;
  for (const Claim& c : f.claims) {
    if (ParseClaimKind(c.kind) == kind) out.push_back(&c);
  }
  return out;
}

// The clinic's exclusive own-cells statement (evidence "own_cells_only")
// beside birth-tissue or donor products it names (own_cells_only no) or a
// live-cells claim for them.
void FindOwnCellsConflict(const ClinicFacts& f, std::vector<Contradiction>* out) {
  const Evidence* exclusive = FindEvidence(f, "own_cells_only");
  if (exclusive == nullptr) return;
  std::vector<Citation> donor;
  std::string donor_sources;
  if (f.own_cells_only == TriState::kNo) {
    for (const std::string& name : f.cell_sources) {
      const std::optional<CellSource> s = ParseCellSource(name);
      if (s && !IsOwnCellSource(*s)) donor_sources += (donor_sources.empty() ? "" : ", ") + name;
    }
    if (const Evidence* origin = FindEvidence(f, "cell_origin")) {
      donor.push_back({origin->quote, origin->url});
    }
  }
  for (const Claim* c : ClaimsOf(f, ClaimKind::kLiveCellsBirthTissue)) {
    donor.push_back({c->quote, c->url});
  }
  if (donor.empty()) return;
  Contradiction c;
  c.kind = "own_cells_vs_donor";
  c.description =
      "The site says it uses only the patient's own cells, but also names "
      "birth-tissue or donor products" +
      (donor_sources.empty() ? std::string() : " (" + donor_sources + ")") + ".";
  c.citations.push_back({exclusive->quote, exclusive->url});
  for (size_t i = 0; i < donor.size() && i < 2; ++i) c.citations.push_back(donor[i]);
  out->push_back(std::move(c));
}

// A no_risk claim beside the clinic's own statement of risks
// (risk_disclosure kind "risks").
void FindRiskConflict(const ClinicFacts& f, std::vector<Contradiction>* out) {
  const std::vector<const Claim*> no_risk = ClaimsOf(f, ClaimKind::kNoRisk);
  if (no_risk.empty()) return;
  for (const Disclosure& d : f.risk_disclosure) {
    if (ParseDisclosureKind(d.kind) != DisclosureKind::kRisks) continue;
    Contradiction c;
    c.kind = "no_risk_vs_risks";
    c.description = "The site claims no risk or side effects, yet elsewhere states risks.";
    c.citations.push_back({no_risk.front()->quote, no_risk.front()->url});
    c.citations.push_back({d.quote, d.url});
    out->push_back(std::move(c));
    return;
  }
}

ClinicAudit AuditClinic(const ClinicFacts& f) {
  ClinicAudit a;
  a.source = f.source;
  a.name = ClinicDisplayName(f);
  a.domain = f.clinic.domain;
  a.country = f.clinic.country;
  a.pages = f.pages;
  a.warnings = f.warnings;
  for (const Claim& c : f.claims) a.claims.push_back(MakeAuditClaim(f, c));
  std::stable_sort(a.claims.begin(), a.claims.end(), [](const AuditClaim& x, const AuditClaim& y) {
    return static_cast<int>(x.severity) > static_cast<int>(y.severity);
  });
  FindPriceMismatches(f, &a.contradictions);
  FindOwnCellsConflict(f, &a.contradictions);
  FindRiskConflict(f, &a.contradictions);
  return a;
}

}  // namespace

Audit BuildAudit(const std::vector<ClinicFacts>& facts) {
  Audit audit;
  for (const ClinicFacts& f : facts) audit.clinics.push_back(AuditClinic(f));
  std::stable_sort(audit.clinics.begin(), audit.clinics.end(),
                   [](const ClinicAudit& a, const ClinicAudit& b) {
                     return std::tie(a.name, a.source) < std::tie(b.name, b.source);
                   });
  return audit;
}

}  // namespace clinicrank
