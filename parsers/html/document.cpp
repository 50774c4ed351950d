#include "parsers/html/document.h"

namespace clinicrank {

const std::string& Document::Meta(const std::string& name) const {
  static const std::string kEmpty;
  for (const auto& [key, value] : meta) {
    if (key == name) return value;
  }
  return kEmpty;
}

}  // namespace clinicrank
