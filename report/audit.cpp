// BuildAudit: claims joined to their pages, context notes and contradiction
// heuristics.
#include "report/audit.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "ranking/rank.h"
#include "ranking/text_match.h"
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
  a.severity = ClaimSeverity(c.kind);
  a.context_note = ClaimContextNote(c.kind);
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
    if (p.treatment == "stem_cell" && p.basis != "per_month")
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

bool IsOwnSource(const std::string& s) {
  return s == "bone_marrow" || s == "adipose" || s == "peripheral_blood";
}

// "Only your own cells" beside birth-tissue or donor products.
void FindOwnCellsConflict(const ClinicFacts& f, std::vector<Contradiction>* out) {
  std::vector<Citation> exclusive, donor;
  for (const Evidence& e : f.evidence) {
    if (ClaimsOwnCellsOnly(e.quote)) exclusive.push_back({e.quote, e.url});
  }
  for (const Claim& c : f.claims) {
    if (ClaimsOwnCellsOnly(c.quote)) exclusive.push_back({c.quote, c.url});
    if (c.kind == "live_cells_birth_tissue") donor.push_back({c.quote, c.url});
  }
  std::string donor_sources;
  for (const std::string& s : f.cell_sources) {
    if (!IsOwnSource(s)) donor_sources += (donor_sources.empty() ? "" : ", ") + s;
  }
  if (!donor_sources.empty()) {
    for (const Evidence& e : f.evidence) {
      if (e.field == "cell_sources" && !ClaimsOwnCellsOnly(e.quote))
        donor.push_back({e.quote, e.url});
    }
  }
  if (exclusive.empty() || (donor_sources.empty() && donor.empty())) return;
  Contradiction c;
  c.kind = "own_cells_vs_donor";
  c.description =
      "The site says it uses only the patient's own cells, but also names "
      "birth-tissue or donor products" +
      (donor_sources.empty() ? std::string() : " (" + donor_sources + ")") + ".";
  c.citations.push_back(exclusive.front());
  for (size_t i = 0; i < donor.size() && i < 2; ++i) c.citations.push_back(donor[i]);
  out->push_back(std::move(c));
}

// A no_risk claim beside text that lists risks or side effects.
void FindRiskConflict(const ClinicFacts& f, std::vector<Contradiction>* out) {
  const Claim* no_risk = nullptr;
  for (const Claim& c : f.claims) {
    if (c.kind == "no_risk") {
      no_risk = &c;
      break;
    }
  }
  if (no_risk == nullptr) return;
  std::vector<Citation> risks;
  for (const Evidence& e : f.evidence) {
    if (ListsRisks(e.quote)) risks.push_back({e.quote, e.url});
  }
  for (const Claim& c : f.claims) {
    if (c.kind != "no_risk" && ListsRisks(c.quote)) risks.push_back({c.quote, c.url});
  }
  if (risks.empty()) return;
  Contradiction c;
  c.kind = "no_risk_vs_risks";
  c.description = "The site claims no risk or side effects, yet elsewhere lists risks.";
  c.citations.push_back({no_risk->quote, no_risk->url});
  c.citations.push_back(risks.front());
  out->push_back(std::move(c));
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
