// Which vocabulary tables a page needs (parsers/vocab/languages.h).
#include "parsers/vocab/languages.h"

namespace clinicrank {

bool AddedLanguagesApply(std::string_view page_lang) {
  return page_lang != "en" && page_lang != "es" && page_lang != "de";
}

}  // namespace clinicrank
