// The extract pipeline for one clinic: decode → parse → every extractor →
// merged ClinicFacts. Pure: the caller loads the bytes.
#ifndef CLINICRANK_PARSERS_EXTRACT_CLINIC_H_
#define CLINICRANK_PARSERS_EXTRACT_CLINIC_H_

#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "parsers/html/page.h"

namespace clinicrank {

// `source` is the PATH (or site) the clinic was named by. Pages that cannot be
// read become warnings; the rest are still used. Never fails.
ClinicFacts ExtractClinic(const std::string& source, const std::vector<PageInput>& pages);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_CLINIC_H_
