// Generated websites for tests and benches that need many clinics (issue 17):
// stem-cell clinics in the languages the project reads, each with a home,
// pricing, FAQ and contact page (the contact page never names the treatment),
// and unrelated sites (news, shops, recipes, sports medicine) whose pages
// carry distractors such as "cell phone", "solar cells" or "knee injury".
// Every site is a pure function of its index, so two runs (or two processes)
// build the same bytes. Also compiled into bench/ programs.
#ifndef CLINICRANK_TESTS_TESTING_SYNTH_SITES_H_
#define CLINICRANK_TESTS_TESTING_SYNTH_SITES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace clinicrank::testing {

struct SynthPage {
  std::string url;   // "https://clinic-00042.example/pricing"
  std::string file;  // "pricing.html"
  std::string html;
};

struct SynthSite {
  std::string name;  // "clinic-00042" or "site-00042": a directory name
  std::string site;  // "https://clinic-00042.example": scheme and host
  bool clinic = false;
  std::vector<SynthPage> pages;
};

struct SynthOptions {
  // Bytes added to each page as real sites carry them: 2/5 inline CSS and
  // script in the head, 3/5 menus, wrapper divs and icons in the body (most
  // of a page's bytes are not text). Default: none.
  size_t padding_bytes = 0;
  // A prefix for host names, so two generated sets can be told apart.
  // Default: "" ("clinic-00042.example").
  std::string host_prefix;
};

// A stem-cell clinic: language, prices, guidance, cell source, claims and
// page count vary with `index`.
SynthSite MakeClinicSite(int index, const SynthOptions& options = {});
// A site that never mentions the treatment.
SynthSite MakeUnrelatedSite(int index, const SynthOptions& options = {});

// Writes every page as DIR/NAME/FILE and returns DIR/NAME (one clinic PATH).
// Throws std::runtime_error when a file cannot be written.
std::string WriteSiteDir(const SynthSite& site, const std::string& dir);

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_SYNTH_SITES_H_
