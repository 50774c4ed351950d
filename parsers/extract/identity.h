// Clinic identity across a clinic's pages (issue 12, kind 6): name, domain
// and country, each voted from every signal the pages give, with the quote
// or field that decided name and country in ClinicFacts::evidence (fields
// "clinic_name" and "country").
//
// Name signals: JSON-LD MedicalClinic/Organization/Physician names, then,
// summed, og:site_name, a JSON-LD WebSite name, the logo's alt text, the
// copyright holder, the brand segment of the <title>s, "At X, we…" /
// "Welcome to X" phrases, "X is a clinic…" subjects and words that spell the
// domain; the domain also backs a candidate that spells it. Boilerplate,
// headings, sentences and article titles are never names, and a page with
// no clinic signal (news, information) gets none.
// Domain: canonical / og:url / crawl URL host, "www." dropped.
// Country: JSON-LD address and telephone, phone numbers, the ccTLD, postal
// addresses, a stated location, gazetteer places, "£"/NHS.
// Unknown fields stay empty (null in JSON): nothing is made up.
#ifndef CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_
#define CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/html/document.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

class IdentityExtractor {
 public:
  // `text` is the page's shared PageText (folds, sentences, block roles).
  // REQUIRES: text was built from `doc`.
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // The same with a PageText of its own.
  void AddPage(const Document& doc, const PageContext& ctx);
  // Fills out->clinic and its evidence; may append warnings (e.g. a broken
  // JSON-LD block).
  void Finish(ClinicFacts* out) const;

 private:
  enum class NameSource : uint8_t {
    kJsonLd, kSiteName, kWebSite, kLogo, kCopyright, kTitle, kFirstPerson, kThirdPerson, kDomain,
    kDomainBonus,  // the domain backing a name that spells it
  };
  struct NameVote {
    std::string name;
    NameSource source;
    int weight;
    std::string quote;  // what decided it: a field and value, or the sentence
    std::string url;
    bool merged = false;  // a shorter form of `name` (MergeIntoLongerNames)
  };
  struct CountryVote {
    std::string country;
    int weight;
    std::string quote;
    std::string url;
  };
  struct Title {
    std::string title;
    std::string url;
    bool headline = false;  // the page repeats it as a heading: an article's headline
  };

  void AddJsonLd(const Document& doc, const PageContext& ctx);
  void AddDeclaredNames(const Document& doc, const PageContext& ctx);
  // `phone_countries`: countries of the page's phones already counted.
  // `read_names` / `read_places`: look for name / place cues in the text.
  void AddBlocks(const Document& doc, const PageContext& ctx, PageText* text,
                 std::set<std::string>* phone_countries, bool read_names, bool read_places);
  void AddName(std::string name, NameSource source, int weight, std::string quote,
               const std::string& url);
  void AddCountry(const std::string& country, int weight, std::string quote, const std::string& url);
  // The name from JSON-LD and the summed sources, with its evidence; "" when none.
  std::string DecideName(Evidence* evidence) const;
  // True when the site reads as a publisher (news markup, a news host,
  // reporting phrases) and never as a provider of care.
  bool IsPublisher() const;
  // Whether a vote may count (see identity.cpp, "Weights").
  bool CountsForName(const NameVote& v, bool declared, const std::string& domain_key) const;
  std::string DecideCountry(Evidence* evidence) const;
  void TitleVotes(std::vector<NameVote>* votes) const;
  static void MergeIntoLongerNames(std::vector<NameVote>* votes);

  std::vector<NameVote> jsonld_names_;  // ranked by source: the top weight alone decides
  std::vector<NameVote> names_;         // summed by name key
  std::vector<std::string> hosts_;
  std::vector<CountryVote> countries_;
  std::map<std::string, int> heaviest_country_vote_;  // country → its heaviest vote so far
  std::vector<std::string> warnings_;
  // Every page's <title>, in page order: the brand is the segment that
  // repeats across them ("Pricing | Alpha", "FAQ | Alpha").
  std::vector<Title> titles_;
  bool clinic_voice_ = false;   // a page speaks as a provider ("our patients", "book a consultation")
  bool medical_jsonld_ = false;  // a JSON-LD MedicalClinic, Physician, Hospital...
  bool news_jsonld_ = false;     // a JSON-LD NewsArticle or NewsMediaOrganization
  int publisher_cues_ = 0;       // blocks with reporting or editorial phrases, capped
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_IDENTITY_H_
