// ExtractFromDb: being written (issue 6). Until then it fails honestly.
#include <string>

#include "app/clinic_sources.h"

namespace clinicrank {

bool ExtractFromDb(const std::string& db_path, const std::function<void(ClinicFacts&&)>&,
                   std::string* error) {
  if (error) *error = "reading a crawl store (" + db_path + ") is not implemented yet (issue 6)";
  return false;
}

}  // namespace clinicrank
