// The words of every rank report's opening (report/opening.h).
#include "report/opening.h"

#include "report/format.h"

namespace clinicrank {
namespace {

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string PagesSentence(const Ranking& r) {
  const size_t read = r.pages_read, total = r.pages_total;
  std::string out = Plural(r.ClinicCount(), "clinic", "clinics") + " ranked from " +
                    Plural(read, "page", "pages") + " of their own websites";
  if (read != total) out += " (" + std::to_string(total - read) + " more could not be read)";
  out += "; the Pages column gives each clinic's count.";
  if (!r.unreadable.empty()) {
    out += " " + Plural(r.unreadable.size(), "clinic has", "clinics have") +
           " no readable pages and " + (r.unreadable.size() == 1 ? "is" : "are") +
           " listed after the ranking, unranked.";
  }
  return out;
}

// "Custom weights: ultrasound_guidance 30 (default 20)." when a --weights
// file changed any, so a reader knows the order is not the default one.
std::string WeightsSentence(const Weights& w) {
  const Weights defaults;
  std::string changed;
  for (const WeightKey& k : WeightKeys()) {
    if (w.*k.member == defaults.*k.member) continue;
    changed += std::string(changed.empty() ? "" : ", ") + k.key + " " +
               FormatNumber(w.*k.member, 1) + " (default " + FormatNumber(defaults.*k.member, 1) +
               ")";
  }
  return changed.empty() ? "" : " Custom weights: " + changed + ".";
}

std::string FiltersSentence(const Ranking& r) {
  if (r.filter.empty()) return "No filters applied." + WeightsSentence(r.weights);
  return "Filters applied: " + r.filter + ". " +
         Plural(r.filtered_out.size(), "clinic was", "clinics were") +
         " left out (listed at "
         "the end)." +
         WeightsSentence(r.weights);
}

}  // namespace

ReportOpening BuildOpening(const Ranking& r) {
  ReportOpening o;
  o.title = "Stem-cell knee clinics, ranked";
  o.measures =
      "The score (0–100) measures what each clinic's own website tells a patient, checked "
      "against the checklist of a published article on choosing a clinic: the patient's own "
      "live cells, ultrasound-guided injection, a personalized plan, a stated price and what it "
      "includes, and orthopedic training — minus points for red-flag claims.";
  o.not_measured =
      "It does not measure medical quality, safety or whether the treatment works. A high score "
      "is not a recommendation to have the treatment.";
  o.facts = {
      {"No stem-cell product is approved by the US FDA for knee osteoarthritis or any other "
       "orthopedic condition.",
       "FDA, Important Patient and Consumer Information About Regenerative Medicine Therapies, "
       "June 2021",
       "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/"
       "important-patient-and-consumer-information-about-regenerative-medicine-therapies"},
      {"The largest randomized trial (480 patients) found bone marrow, fat and umbilical-cord "
       "cell injections no better than a steroid shot at 12 months.",
       "Mautner et al., Nature Medicine, 2023",
       "https://www.nature.com/articles/s41591-023-02632-w"},
  };
  o.statuses =
      "Each checklist line is pass, partial (half points), fail, or unknown: the pages read do "
      "not say, which earns no points but is not a fail.";
  o.rates = RatesSentence(r);
  o.warnings = r.notices;
  o.pages = PagesSentence(r);
  o.filters = FiltersSentence(r);
  return o;
}

}  // namespace clinicrank
