#include "report/json_util.h"

#include <cmath>

#include "base/utf8.h"

namespace clinicrank {

bool JsonWriter::String(const char* s, rapidjson::SizeType n, bool copy) {
  const std::string_view text(s, n);
  if (IsValidUtf8(text)) return Base::String(s, n, copy);
  const std::string repaired = ToValidUtf8(text);
  return Base::String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()), true);
}

bool JsonWriter::Key(const char* s, rapidjson::SizeType n, bool copy) {
  const std::string_view text(s, n);
  if (IsValidUtf8(text)) return Base::Key(s, n, copy);
  const std::string repaired = ToValidUtf8(text);
  return Base::Key(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()), true);
}

bool JsonWriter::Double(double d) { return std::isfinite(d) ? Base::Double(d) : Base::Null(); }

std::string InertJson(const rapidjson::StringBuffer& buffer) {
  std::string_view in(buffer.GetString(), buffer.GetSize());
  std::string out;
  out.reserve(in.size() + 1);
  for (char c : in) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FinishJson(const rapidjson::StringBuffer& buffer) { return InertJson(buffer) + "\n"; }

}  // namespace clinicrank
