#include "report/json_util.h"

namespace clinicrank {

std::string FinishJson(const rapidjson::StringBuffer& buffer) {
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
  out += '\n';
  return out;
}

}  // namespace clinicrank
