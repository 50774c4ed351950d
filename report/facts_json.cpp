#include "report/facts_json.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace clinicrank {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void OptionalString(JsonWriter& w, const std::optional<std::string>& s) {
  if (s) {
    String(w, *s);
  } else {
    w.Null();
  }
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
  for (const std::string& v : values) String(w, v);
  w.EndArray();
}

void Key(JsonWriter& w, const char* key) { w.Key(key); }

void WriteClinic(JsonWriter& w, const ClinicIdentity& c) {
  w.StartObject();
  Key(w, "name");
  OptionalString(w, c.name);
  Key(w, "domain");
  OptionalString(w, c.domain);
  Key(w, "country");
  OptionalString(w, c.country);
  w.EndObject();
}

void WritePages(JsonWriter& w, const std::vector<PageRef>& pages) {
  w.StartArray();
  for (const PageRef& p : pages) {
    w.StartObject();
    Key(w, "url");
    OptionalString(w, p.url);
    Key(w, "path");
    if (p.path.empty()) {
      w.Null();
    } else {
      String(w, p.path);
    }
    Key(w, "title");
    String(w, p.title);
    Key(w, "sha256");
    String(w, p.sha256);
    if (!p.fetched_at.empty()) {
      Key(w, "fetched_at");
      String(w, p.fetched_at);
    }
    w.EndObject();
  }
  w.EndArray();
}

void WritePrices(JsonWriter& w, const std::vector<Price>& prices) {
  w.StartArray();
  for (const Price& p : prices) {
    w.StartObject();
    Key(w, "low");
    Number(w, p.low);
    Key(w, "high");
    Number(w, p.high);
    Key(w, "currency");
    String(w, p.currency);
    Key(w, "basis");
    String(w, p.basis);
    Key(w, "treatment");
    String(w, p.treatment);
    Key(w, "quote");
    String(w, p.quote);
    Key(w, "url");
    String(w, p.url);
    if (p.lower_bound_only) {
      Key(w, "lower_bound_only");
      w.Bool(true);
    }
    if (p.upper_bound_only) {
      Key(w, "upper_bound_only");
      w.Bool(true);
    }
    if (p.currency_guessed) {
      Key(w, "currency_guessed");
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
    Key(w, "kind");
    String(w, c.kind);
    if (c.value) {
      Key(w, "value");
      Number(w, *c.value);
    }
    if (c.cited) {
      Key(w, "cited");
      w.Bool(true);
    }
    Key(w, "quote");
    String(w, c.quote);
    Key(w, "url");
    String(w, c.url);
    w.EndObject();
  }
  w.EndArray();
}

void WriteEvidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
  w.StartArray();
  for (const Evidence& e : evidence) {
    w.StartObject();
    Key(w, "field");
    String(w, e.field);
    Key(w, "quote");
    String(w, e.quote);
    Key(w, "url");
    String(w, e.url);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string FactsToJsonLine(const ClinicFacts& f) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Key(w, "source");
  String(w, f.source);
  Key(w, "clinic");
  WriteClinic(w, f.clinic);
  Key(w, "pages");
  WritePages(w, f.pages);
  Key(w, "prices");
  WritePrices(w, f.prices);
  Key(w, "ultrasound_guidance");
  w.String(TriStateName(f.ultrasound_guidance));
  Key(w, "other_guidance");
  StringArray(w, f.other_guidance);
  Key(w, "cell_sources");
  StringArray(w, f.cell_sources);
  Key(w, "cell_origin");
  String(w, f.cell_origin);
  Key(w, "personalized_plan");
  w.String(TriStateName(f.personalized_plan));
  Key(w, "claims");
  WriteClaims(w, f.claims);
  Key(w, "evidence");
  WriteEvidence(w, f.evidence);
  Key(w, "warnings");
  StringArray(w, f.warnings);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace clinicrank
