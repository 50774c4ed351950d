// The languages the vocabularies read (docs/extraction.md "Languages"), and
// which tables a page needs. English, Spanish and German came first; the
// languages added with issue 18 (Portuguese, Italian, French, Turkish,
// Polish, Czech, Japanese) have tables of their own in treatment_terms.cpp
// and claim_rules.cpp, compiled on first use and matched only on pages that
// may be written in them, so that English, Spanish and German pages pay
// nothing for them.
#ifndef CLINICRANK_PARSERS_VOCAB_LANGUAGES_H_
#define CLINICRANK_PARSERS_VOCAB_LANGUAGES_H_

#include <string_view>

namespace clinicrank {

// True when the tables of the languages added with issue 18 apply to a page
// in `page_lang` (PageContext::lang, a primary subtag): any language but
// English, Spanish and German, and an unknown one (""). A page's language is
// declared or voted from its text (parsers/extract/page_context.h), so a page
// written in Portuguese under a template's lang="en" still gets them.
bool AddedLanguagesApply(std::string_view page_lang);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_LANGUAGES_H_
