#include "parsers/extract/facts.h"

namespace clinicrank {

const char* TriStateName(TriState t) {
  switch (t) {
    case TriState::kYes:
      return "yes";
    case TriState::kNo:
      return "no";
    case TriState::kUnknown:
      break;
  }
  return "unknown";
}

size_t ClinicFacts::PagesRead() const {
  size_t n = 0;
  for (const PageRef& p : pages) n += p.read ? 1 : 0;
  return n;
}

}  // namespace clinicrank
