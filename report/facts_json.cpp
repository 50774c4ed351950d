#include "report/facts_json.h"

#include <cmath>
#include <string>
#include <vector>

#include "report/json_util.h"

namespace clinicrank {
namespace {

// "canonical_url", only when the page has a same-site canonical apart from
// its fetched URL (issue 13 #2): an added field, absent otherwise.
void WriteCanonical(JsonWriter& w, const std::string& canonical_url) {
  if (canonical_url.empty()) return;
  WriteKey(w, "canonical_url");
  WriteString(w, canonical_url);
}

// Whole amounts print as integers (3500, not 3500.0), as a reader expects.
void Number(JsonWriter& w, double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.0e15) {
    w.Int64(static_cast<int64_t>(v));
  } else {
    w.Double(v);
  }
}

void StringArray(JsonWriter& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const std::string& v : values) WriteString(w, v);
  w.EndArray();
}

void WriteClinic(JsonWriter& w, const ClinicIdentity& c) {
  w.StartObject();
  WriteKey(w, "name");
  WriteOptionalString(w, c.name);
  WriteKey(w, "domain");
  WriteOptionalString(w, c.domain);
  WriteKey(w, "country");
  WriteOptionalString(w, c.country);
  w.EndObject();
}

void WritePages(JsonWriter& w, const std::vector<PageRef>& pages) {
  w.StartArray();
  for (const PageRef& p : pages) {
    w.StartObject();
    WriteKey(w, "url");
    WriteOptionalString(w, p.url);
    WriteKey(w, "path");
    if (p.path.empty()) {
      w.Null();
    } else {
      WriteString(w, p.path);
    }
    WriteKey(w, "title");
    WriteString(w, p.title);
    WriteKey(w, "sha256");
    WriteString(w, p.sha256);
    if (!p.fetched_at.empty()) {
      WriteKey(w, "fetched_at");
      WriteString(w, p.fetched_at);
    }
    WriteKey(w, "read");
    w.Bool(p.read);
    WriteCanonical(w, p.canonical_url);
    w.EndObject();
  }
  w.EndArray();
}

void WritePrices(JsonWriter& w, const std::vector<Price>& prices) {
  w.StartArray();
  for (const Price& p : prices) {
    w.StartObject();
    WriteKey(w, "low");
    Number(w, p.low);
    WriteKey(w, "high");
    Number(w, p.high);
    WriteKey(w, "currency");
    WriteString(w, p.currency);
    WriteKey(w, "basis");
    WriteString(w, p.basis);
    WriteKey(w, "treatment");
    WriteString(w, p.treatment);
    WriteKey(w, "quote");
    WriteString(w, p.quote);
    WriteKey(w, "url");
    WriteString(w, p.url);
    if (!p.reference.empty()) {
      WriteKey(w, "kind");
      WriteString(w, p.reference);
    }
    WriteCanonical(w, p.canonical_url);
    if (p.lower_bound_only) {
      WriteKey(w, "lower_bound_only");
      w.Bool(true);
    }
    if (p.upper_bound_only) {
      WriteKey(w, "upper_bound_only");
      w.Bool(true);
    }
    if (p.currency_guessed) {
      WriteKey(w, "currency_guessed");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteClaims(JsonWriter& w, const std::vector<Claim>& claims) {
  w.StartArray();
  for (const Claim& c : claims) {
    w.StartObject();
    WriteKey(w, "kind");
    WriteString(w, c.kind);
    if (c.value) {
      WriteKey(w, "value");
      Number(w, *c.value);
    }
    if (c.cited) {
      WriteKey(w, "cited");
      w.Bool(true);
    }
    WriteKey(w, "quote");
    WriteString(w, c.quote);
    WriteKey(w, "url");
    WriteString(w, c.url);
    WriteCanonical(w, c.canonical_url);
    w.EndObject();
  }
  w.EndArray();
}

void WriteEvidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
  w.StartArray();
  for (const Evidence& e : evidence) {
    w.StartObject();
    WriteKey(w, "field");
    WriteString(w, e.field);
    WriteKey(w, "quote");
    WriteString(w, e.quote);
    WriteKey(w, "url");
    WriteString(w, e.url);
    WriteCanonical(w, e.canonical_url);
    w.EndObject();
  }
  w.EndArray();
}

void WritePriceIncludes(JsonWriter& w, const std::vector<PriceInclusion>& items) {
  w.StartArray();
  for (const PriceInclusion& p : items) {
    WriteStringObject(w, {{"item", p.item},
                          {"status", p.included ? "included" : "extra"},
                          {"quote", p.quote},
                          {"url", p.url}});
  }
  w.EndArray();
}

void WriteDisclosures(JsonWriter& w, const std::vector<Disclosure>& items) {
  w.StartArray();
  for (const Disclosure& d : items) {
    WriteStringObject(w, {{"kind", d.kind}, {"quote", d.quote}, {"url", d.url}});
  }
  w.EndArray();
}

}  // namespace

std::string FactsToJsonLine(const ClinicFacts& f) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  WriteKey(w, "source");
  WriteString(w, f.source);
  WriteKey(w, "clinic");
  WriteClinic(w, f.clinic);
  WriteKey(w, "pages");
  WritePages(w, f.pages);
  WriteKey(w, "prices");
  WritePrices(w, f.prices);
  WriteKey(w, "reference_prices");
  WritePrices(w, f.reference_prices);
  WriteKey(w, "ultrasound_guidance");
  w.String(TriStateName(f.ultrasound_guidance));
  WriteKey(w, "other_guidance");
  StringArray(w, f.other_guidance);
  WriteKey(w, "cell_sources");
  StringArray(w, f.cell_sources);
  WriteKey(w, "cell_origin");
  WriteString(w, f.cell_origin);
  WriteKey(w, "personalized_plan");
  w.String(TriStateName(f.personalized_plan));
  WriteKey(w, "own_cells_only");
  w.String(TriStateName(f.own_cells_only));
  WriteKey(w, "price_includes");
  WritePriceIncludes(w, f.price_includes);
  WriteKey(w, "orthopedic_experience");
  w.String(TriStateName(f.orthopedic_experience));
  WriteKey(w, "risk_disclosure");
  WriteDisclosures(w, f.risk_disclosure);
  WriteKey(w, "claims");
  WriteClaims(w, f.claims);
  WriteKey(w, "evidence");
  WriteEvidence(w, f.evidence);
  WriteKey(w, "warnings");
  StringArray(w, f.warnings);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace clinicrank
