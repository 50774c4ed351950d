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

}  // namespace clinicrank
