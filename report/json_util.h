// Helpers for the JSON reports, written with RapidJSON's Writer.
#ifndef CLINICRANK_REPORT_JSON_UTIL_H_
#define CLINICRANK_REPORT_JSON_UTIL_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace clinicrank {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

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

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_JSON_UTIL_H_
