// Reading the `extract` output back (report/facts_json.h): what `rank
// --facts` takes, and how a spilled ranking reads its clinics back.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cmath>
#include <string>
#include <vector>

#include "report/facts_json.h"

namespace clinicrank {
namespace {

using rapidjson::Value;

// Bounds no extract output comes near; past them a line is refused, so a
// hand-edited or hostile file cannot make ranking hold millions of entries
// or print 300-digit prices.
constexpr size_t kMaxEntries = 20000;    // per array (extract caps a site at 2,000 pages)
constexpr double kMaxAmount = 1e12;      // a price in any currency
constexpr double kMaxClaimValue = 1e15;  // a percent, or a cell count

// Reads one object's fields; the first mismatch sets `error` and every
// later call is a no-op, so a reader is a list of calls and one check.
class FieldReader {
 public:
  FieldReader(const Value& object, std::string where, std::string* error)
      : object_(object), where_(std::move(where)), error_(error) {}

  bool ok() const { return error_->empty(); }

  const Value* Find(const char* key) const {
    const auto it = object_.FindMember(key);
    return it == object_.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
  }

  void String(const char* key, std::string* out) {
    if (!ok()) return;
    const Value* v = Find(key);
    if (v == nullptr) return;
    if (!v->IsString()) return Fail(key, "a string");
    out->assign(v->GetString(), v->GetStringLength());
  }

  void OptionalString(const char* key, std::optional<std::string>* out) {
    if (!ok()) return;
    if (Find(key) == nullptr) return out->reset();
    std::string s;
    String(key, &s);
    *out = std::move(s);
  }

  void Number(const char* key, double* out) {
    if (!ok()) return;
    const Value* v = Find(key);
    if (v == nullptr) return;
    if (!v->IsNumber() || !std::isfinite(v->GetDouble())) return Fail(key, "a number");
    *out = v->GetDouble();
  }

  void Bool(const char* key, bool* out) {
    if (!ok()) return;
    const Value* v = Find(key);
    if (v == nullptr) return;
    if (!v->IsBool()) return Fail(key, "true or false");
    *out = v->GetBool();
  }

  void Tri(const char* key, TriState* out) {
    std::string s;
    String(key, &s);
    if (!ok() || s.empty()) return;
    if (s == "yes") {
      *out = TriState::kYes;
    } else if (s == "no") {
      *out = TriState::kNo;
    } else if (s == "unknown") {
      *out = TriState::kUnknown;
    } else {
      Fail(key, "\"yes\", \"no\" or \"unknown\"");
    }
  }

  void Strings(const char* key, std::vector<std::string>* out) {
    Array(key, [&](const Value& v, const std::string&) {
      if (!v.IsString()) return Fail(key, "an array of strings");
      out->emplace_back(v.GetString(), v.GetStringLength());
    });
  }

  // Calls `each` with every element of the array under `key` and the
  // element's place ("prices[3]") for nested errors.
  template <typename Each>
  void Array(const char* key, Each each) {
    if (!ok()) return;
    const Value* v = Find(key);
    if (v == nullptr) return;
    if (!v->IsArray()) return Fail(key, "an array");
    if (v->Size() > kMaxEntries) {
      return Fail(key, "an array of at most 20000 entries (more than extract ever writes)");
    }
    size_t i = 0;
    for (const Value& element : v->GetArray()) {
      each(element, where_ + key + "[" + std::to_string(i++) + "]");
      if (!ok()) return;
    }
  }

  // Reads each object of the array under `key` into a new T with
  // `fill(reader, item)`, appending it to `out`.
  template <typename T, typename Fill>
  void Objects(const char* key, std::vector<T>* out, Fill fill) {
    Array(key, [&](const Value& v, const std::string& where) {
      if (!v.IsObject()) return Fail(key, "an array of objects");
      FieldReader reader(v, where + ".", error_);
      T item;
      fill(reader, item);
      out->push_back(std::move(item));
    });
  }

  void Fail(const char* key, const char* expected) {
    if (ok()) *error_ = "\"" + where_ + key + "\" is not " + expected;
  }

 private:
  const Value& object_;
  std::string where_;  // "pages[2]." for a nested object
  std::string* error_;
};

bool RequireObject(const Value& v, const std::string& where, std::string* error) {
  if (v.IsObject()) return true;
  if (error->empty()) *error = "\"" + where + "\" is not an object";
  return false;
}

void ReadPrice(FieldReader& r, Price& p) {
  r.Number("low", &p.low);
  r.Number("high", &p.high);
  r.String("currency", &p.currency);
  r.String("basis", &p.basis);
  r.String("treatment", &p.treatment);
  r.String("quote", &p.quote);
  r.String("url", &p.url);
  r.String("kind", &p.reference);
  r.String("canonical_url", &p.canonical_url);
  r.Bool("lower_bound_only", &p.lower_bound_only);
  r.Bool("upper_bound_only", &p.upper_bound_only);
  r.Bool("currency_guessed", &p.currency_guessed);
  if (r.ok() && !(p.low >= 0 && p.low <= p.high && p.high <= kMaxAmount)) {
    r.Fail("low", "a price from 0 up to \"high\" (at most 1e12)");
  }
}

void ReadClaim(FieldReader& r, Claim& c) {
  r.String("kind", &c.kind);
  if (r.Find("value") != nullptr) {
    double value = 0;
    r.Number("value", &value);
    if (!(value >= 0 && value <= kMaxClaimValue)) r.Fail("value", "a number from 0 to 1e15");
    c.value = value;
  }
  r.Bool("cited", &c.cited);
  r.String("quote", &c.quote);
  r.String("url", &c.url);
  r.String("canonical_url", &c.canonical_url);
}

void ReadFacts(const Value& root, ClinicFacts* f, std::string* error) {
  if (!RequireObject(root, "(line)", error)) return;
  FieldReader r(root, "", error);
  if (r.Find("source") == nullptr) {
    *error = "no \"source\": not a line of clinicrank extract output";
    return;
  }
  r.String("source", &f->source);
  if (r.ok() && f->source.empty()) r.Fail("source", "a non-empty string");
  if (const Value* clinic = r.Find("clinic"); clinic && RequireObject(*clinic, "clinic", error)) {
    FieldReader c(*clinic, "clinic.", error);
    c.OptionalString("name", &f->clinic.name);
    c.OptionalString("domain", &f->clinic.domain);
    c.OptionalString("country", &f->clinic.country);
  }
  r.Objects("pages", &f->pages, [](FieldReader& p, PageRef& page) {
    p.OptionalString("url", &page.url);
    p.String("path", &page.path);
    p.String("title", &page.title);
    p.String("sha256", &page.sha256);
    p.String("fetched_at", &page.fetched_at);
    p.Bool("read", &page.read);
    p.String("canonical_url", &page.canonical_url);
  });
  r.Objects("prices", &f->prices, ReadPrice);
  r.Objects("reference_prices", &f->reference_prices, ReadPrice);
  r.Tri("ultrasound_guidance", &f->ultrasound_guidance);
  r.Strings("other_guidance", &f->other_guidance);
  r.Strings("cell_sources", &f->cell_sources);
  r.String("cell_origin", &f->cell_origin);
  r.Tri("personalized_plan", &f->personalized_plan);
  r.Tri("own_cells_only", &f->own_cells_only);
  r.Objects("price_includes", &f->price_includes, [](FieldReader& p, PriceInclusion& item) {
    std::string status;
    p.String("item", &item.item);
    p.String("status", &status);
    p.String("quote", &item.quote);
    p.String("url", &item.url);
    if (status != "included" && status != "extra") p.Fail("status", "\"included\" or \"extra\"");
    item.included = status == "included";
  });
  r.Tri("orthopedic_experience", &f->orthopedic_experience);
  r.Objects("risk_disclosure", &f->risk_disclosure, [](FieldReader& p, Disclosure& d) {
    p.String("kind", &d.kind);
    p.String("quote", &d.quote);
    p.String("url", &d.url);
  });
  r.Objects("claims", &f->claims, ReadClaim);
  r.Objects("evidence", &f->evidence, [](FieldReader& p, Evidence& e) {
    p.String("field", &e.field);
    p.String("quote", &e.quote);
    p.String("url", &e.url);
    p.String("canonical_url", &e.canonical_url);
  });
  r.Strings("warnings", &f->warnings);
}

}  // namespace

bool FactsFromJsonLine(std::string_view line, ClinicFacts* facts, std::string* error) {
  *facts = ClinicFacts();
  error->clear();
  rapidjson::Document doc;
  // Iterative: a hostile line of a million nested brackets cannot exhaust
  // the stack. Encoding validated: the reports assume UTF-8.
  // Full precision: a price read back is the price written, to the last bit.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
            rapidjson::kParseFullPrecisionFlag>(line.data(), line.size());
  if (doc.HasParseError()) {
    *error = std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
             " (at byte " + std::to_string(doc.GetErrorOffset()) + ")";
    return false;
  }
  ReadFacts(doc, facts, error);
  return error->empty();
}

}  // namespace clinicrank
