// BuildAudit: facts and claims joined to the pages they were read from (with
// context and provenance), context notes and contradictions between
// extracted facts (never re-reading quotes).
#include "report/audit.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

#include "parsers/extract/fact_kinds.h"
#include "parsers/extract/page_context.h"
#include "ranking/rank.h"
#include "report/format.h"
#include "report/quote_context.h"

namespace clinicrank {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The clinic's reading of an evidence field, as extract reports it.
std::string FieldValue(const ClinicFacts& f, const std::string& field) {
  if (field == "ultrasound_guidance") return TriStateName(f.ultrasound_guidance);
  if (field == "personalized_plan") return TriStateName(f.personalized_plan);
  if (field == "other_guidance") return Join(f.other_guidance);
  if (field == "cell_sources") return Join(f.cell_sources);
  if (field == "cell_origin") return f.cell_origin;
  return "";
}

std::string PriceValue(const Price& p) {
  return FormatOriginalPrice(p) + " (" + p.treatment + ")";
}

// Finds, for each quote, the page it was read from and its context there.
class QuoteLocator {
 public:
  QuoteLocator(const ClinicFacts& f, const std::vector<AuditPage>& pages)
      : facts_(f), pages_(pages), sentences_(pages.size()) {}

  const PageProvenance& Provenance(size_t i) const { return provenance_[i]; }

  void Init() {
    for (size_t i = 0; i < facts_.pages.size(); ++i) {
      PageProvenance p;
      if (i < pages_.size()) {
        p = pages_[i].provenance;
        if (p.sha256.empty()) p.sha256 = facts_.pages[i].sha256;
        if (p.path.empty()) p.path = facts_.pages[i].path;
      } else {  // facts alone: what the page reference says
        p.sha256 = facts_.pages[i].sha256;
        p.path = facts_.pages[i].path;
        p.fetched_at = facts_.pages[i].fetched_at;
      }
      provenance_.push_back(std::move(p));
    }
  }

  FactSource Locate(const std::string& url, const std::string& quote) {
    FactSource source;
    source.quote = quote;
    std::vector<size_t> candidates;
    for (size_t i = 0; i < facts_.pages.size(); ++i) {
      if (Matches(i, url)) candidates.push_back(i);
    }
    if (candidates.empty()) return source;
    size_t chosen = candidates.front();
    for (size_t i : candidates) {
      if (i >= pages_.size()) break;
      const QuoteContext context = Sentences(i).Find(quote);
      if (context.found) {
        chosen = i;
        source.context_before = context.before;
        source.context_after = context.after;
        break;
      }
    }
    source.page_found = true;
    source.page = provenance_[chosen];
    source.canonical_url = SameSiteCanonical(chosen);
    return source;
  }

 private:
  bool Matches(size_t i, const std::string& url) const {
    if (url.empty()) return false;
    const PageRef& ref = facts_.pages[i];
    const PageProvenance& p = provenance_[i];
    return (ref.url && *ref.url == url) || url == p.final_url || url == p.fetched_url ||
           (!ref.path.empty() && (url == ref.path || url == "file://" + ref.path));
  }

  const PageSentences& Sentences(size_t i) {
    if (!sentences_[i]) {
      sentences_[i] = std::make_unique<PageSentences>(pages_[i].bytes, pages_[i].content_type);
    }
    return *sentences_[i];
  }

  // The URL the page declares for itself, when it is not the fetched one and
  // is on the same site (host without "www."); "" otherwise.
  std::string SameSiteCanonical(size_t i) const {
    const PageRef& ref = facts_.pages[i];
    const PageProvenance& p = provenance_[i];
    const std::string& fetched = !p.final_url.empty() ? p.final_url : p.fetched_url;
    if (!ref.url || fetched.empty() || *ref.url == fetched || *ref.url == p.fetched_url) return "";
    const std::string host = HostOfUrl(fetched);
    return !host.empty() && HostOfUrl(*ref.url) == host ? *ref.url : "";
  }

  const ClinicFacts& facts_;
  const std::vector<AuditPage>& pages_;
  std::vector<std::unique_ptr<PageSentences>> sentences_;
  std::vector<PageProvenance> provenance_;
};

AuditClaim MakeAuditClaim(const Claim& c, QuoteLocator* locator) {
  AuditClaim a;
  a.claim = c;
  const ClaimKind kind = ParseClaimKind(c.kind);
  a.severity = ClaimSeverity(kind);
  a.context_note = ClaimContextNote(kind);
  a.source = locator->Locate(c.url, c.quote);
  if (a.source.page_found) {
    a.page_sha256 = a.source.page.sha256;
    a.page_path = a.source.page.path;
    a.fetched_at = a.source.page.fetched_at;
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

}  // namespace

ClinicAudit AuditClinic(const ClinicFacts& f, const std::vector<AuditPage>& pages) {
  ClinicAudit a;
  a.source = f.source;
  a.name = ClinicDisplayName(f);
  a.domain = f.clinic.domain;
  a.country = f.clinic.country;
  a.pages = f.pages;
  a.warnings = f.warnings;
  QuoteLocator locator(f, pages);
  locator.Init();
  for (size_t i = 0; i < f.pages.size(); ++i) a.provenance.push_back(locator.Provenance(i));
  for (const Price& p : f.prices) a.facts.push_back({"price", PriceValue(p), locator.Locate(p.url, p.quote)});
  for (const Evidence& e : f.evidence) {
    a.facts.push_back({e.field, FieldValue(f, e.field), locator.Locate(e.url, e.quote)});
  }
  for (const Claim& c : f.claims) a.claims.push_back(MakeAuditClaim(c, &locator));
  std::stable_sort(a.claims.begin(), a.claims.end(), [](const AuditClaim& x, const AuditClaim& y) {
    return static_cast<int>(x.severity) > static_cast<int>(y.severity);
  });
  FindPriceMismatches(f, &a.contradictions);
  FindOwnCellsConflict(f, &a.contradictions);
  FindRiskConflict(f, &a.contradictions);
  return a;
}

Audit AssembleAudit(AuditHeader header, std::vector<ClinicAudit> clinics) {
  Audit audit;
  audit.header = std::move(header);
  audit.clinics = std::move(clinics);
  std::stable_sort(audit.clinics.begin(), audit.clinics.end(),
                   [](const ClinicAudit& a, const ClinicAudit& b) {
                     return std::tie(a.name, a.source) < std::tie(b.name, b.source);
                   });
  return audit;
}

Audit BuildAudit(const std::vector<ClinicFacts>& facts) {
  std::vector<ClinicAudit> clinics;
  for (const ClinicFacts& f : facts) clinics.push_back(AuditClinic(f, {}));
  return AssembleAudit({}, std::move(clinics));
}

}  // namespace clinicrank
