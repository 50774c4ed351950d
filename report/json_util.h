// Helpers for the JSON reports, written with RapidJSON's Writer.
#ifndef CLINICRANK_REPORT_JSON_UTIL_H_
#define CLINICRANK_REPORT_JSON_UTIL_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <initializer_list>
#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace clinicrank {

// RapidJSON's Writer with the two guarantees every JSON output needs, kept
// in this one place:
//  - strings and keys are valid UTF-8: invalid bytes (a raw byte in a
//    WARC-Target-URI, a charset label, a damaged store) become U+FFFD, so one
//    bad page never spoils a whole report for a strict reader;
//  - a non-finite number is written as null (RapidJSON would write nothing
//    and leave `"key":,` behind).
class JsonWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using Base = rapidjson::Writer<rapidjson::StringBuffer>;
  explicit JsonWriter(rapidjson::StringBuffer& buffer) : Base(buffer) {}

  bool String(const char* s, rapidjson::SizeType n, bool copy = false);
  bool String(const char* s) { return String(std::string_view(s)); }
  bool String(std::string_view s) {
    return String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy = false);
  bool Key(const char* s) { return Key(std::string_view(s)); }
  bool Key(std::string_view s) {
    return Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  bool Double(double d);
};

inline void WriteString(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

inline void WriteKey(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

inline void WriteOptionalString(JsonWriter& w, const std::optional<std::string>& s) {
  if (s) {
    WriteString(w, *s);
  } else {
    w.Null();
  }
}

inline void WriteOptionalNumber(JsonWriter& w, const std::optional<double>& v) {
  if (v) {
    w.Double(*v);
  } else {
    w.Null();
  }
}

// One JSON object of string members, in order: {"kind": "...", "quote": ...}.
inline void WriteStringObject(
    JsonWriter& w, std::initializer_list<std::pair<std::string_view, std::string_view>> members) {
  w.StartObject();
  for (const auto& [key, value] : members) {
    WriteKey(w, key);
    WriteString(w, value);
  }
  w.EndObject();
}

// The finished document plus a newline, with < > & inside strings written as
// \u003c \u003e \u0026 (they can only occur inside strings), so the JSON is
// inert even if someone pastes it into an HTML page.
std::string FinishJson(const rapidjson::StringBuffer& buffer);
// The same without the newline: a piece of a document written in parts.
std::string InertJson(const rapidjson::StringBuffer& buffer);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_JSON_UTIL_H_
