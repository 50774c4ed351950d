// Red-flag marketing claims (../shared/DOMAIN.md §4): every claim with its
// quote. Negated and third-party statements ("not FDA approved", "the FDA
// warns…") are not claims.
//
// Block rules (heuristic, DOMAIN.md §3–4):
//  - FAQ questions (headings or sentences ending in "?") are not judged; the
//    answer is. An answer that opens with "Yes" affirms its question ("Is it
//    covered by insurance?" "Yes, …" is an insurance_coverage claim).
//  - Testimonials: every block in a testimonial/review context, and quoted
//    first-person patient speech, is one `testimonial` claim quoting that
//    block (one claim per distinct testimonial, so a journalist sees each).
//    Patient speech is not also searched for other kinds.
//  - Other quoted text (<blockquote>, <q>: news, FDA warnings, study titles)
//    is not the clinic's claim, except success figures, kept as `cited`.
//  - Navigation menus and cookie banners are skipped.
//  - treats_many_conditions: from one sentence naming two or more unrelated
//    disease classes (or five diseases), or, once per clinic, from disease
//    lists spread over several blocks or pages.
#ifndef CLINICRANK_PARSERS_EXTRACT_CLAIMS_H_
#define CLINICRANK_PARSERS_EXTRACT_CLAIMS_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/claim_rules.h"
#include "parsers/html/document.h"
#include "parsers/extract/facts.h"
#include "parsers/extract/page_context.h"
#include "parsers/text/page_text.h"

namespace clinicrank {

class ClaimExtractor {
 public:
  void AddPage(const Document& doc, const PageContext& ctx);
  // The same, reading blocks through `text`, which other extractors of the
  // page share (ExtractClinic does).
  void AddPage(const Document& doc, const PageContext& ctx, PageText* text);
  // Appends the clinic's claims (the same quote and kind once).
  void Finish(ClinicFacts* out) const;

 private:
  // A disease named in a condition list, kept until Finish decides whether
  // the clinic markets one product for many unrelated diseases.
  struct DiseaseSeen {
    int disease_class = 0;  // DiseaseClass
    std::string name;
    std::string quote;
    std::string url;
    int block = 0;  // a clinic-wide block counter, to require several blocks
  };

  void AddBlock(const Document& doc, size_t index, const PageContext& ctx, PageText* text);
  void AddSentence(std::string_view folded, std::string_view quote_text,
                   const SentenceContext& context, bool condition_list, const PageContext& ctx);
  // The folded text of section heading `section` of the current page: the
  // blocks of a section share one fold.
  void AddClaim(Claim claim);
  // Removes a claim added earlier; its key stays in seen_, so it stays out.
  void DropClaim(std::string_view kind, const std::string& quote, const std::string& url);

  std::vector<Claim> claims_;
  std::set<std::string> seen_;  // kind + "\x1f" + quote
  std::vector<DiseaseSeen> diseases_;
  int block_counter_ = 0;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_CLAIMS_H_
