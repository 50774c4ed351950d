// Clinic names from what pages say about their owner (issue 12, kind 6):
// the <title> split at its separators, the copyright line, the logo's alt
// text, phrases that name the speaker ("At X, we…", "Welcome to X",
// "X is a clinic…") and words that spell the site's domain ("MSK Doctors" on
// mskdoctors.example). Also the shape rules every name source shares:
// boilerplate ("Skip to content", "Loading…", "Key Takeaways"), calls to
// action, dates, phone numbers, sentences and article titles are not names.
// Heuristics, not a grammar; see docs in identity.cpp for how they vote.
#ifndef CLINICRANK_PARSERS_EXTRACT_IDENTITY_NAMES_H_
#define CLINICRANK_PARSERS_EXTRACT_IDENTITY_NAMES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// Whitespace collapsed and trimmed, a few HTML entities decoded (JSON-LD and
// meta content are written by CMSs that escape twice), trademark signs
// dropped, cut to 120 bytes on a UTF-8 boundary.
std::string CleanName(std::string_view raw);

// The comparison key of a name: folded (fold.h), letters and digits only,
// single spaces, a leading "the" and a trailing legal form ("LLC", "Inc.",
// "GmbH", "S.A. de C.V.") dropped. "The Northwind Ortho, LLC" and
// "northwind ortho" share the key "northwind ortho".
std::string NameKey(std::string_view name);

// True when `name` can be a clinic's name at all: 1-8 words, not
// boilerplate or a call to action, not only a place ("Austin", "Nashville,
// TN"), not a date, phone number or sentence
// (no "is", "how", "our", no final "?" or "…"), not an article title
// ("A Non-Surgical Option for…"), not only topic words ("Stem Cell Therapy",
// "Cartilage Regeneration").
bool LooksLikeName(std::string_view name);

// LooksLikeName for a name the site declares in markup (JSON-LD name,
// og:site_name): a topic-only or place name ("Stem Cell Center of Tijuana"
// minus its institution word, "Cord") is still the site's own word for itself.
bool LooksLikeDeclaredName(std::string_view name);

// True when the name says what kind of business it is: "Clinic", "Clínica",
// "Klinik", "Praxis", "Center", "Institute", "Hospital", "Dr.", "MD",
// "LLC", or ends in "Medical", "Health", "Wellness", "Regenerative",
// "Orthopedics" ("Caring Medical", "Alpha Regenerative").
bool HasInstitutionWord(std::string_view name);

// True when the name holds a topic word ("Therapy", "Knee", "Stem Cell")
// and no institution word: "Toronto Stem Cell Therapy" may be a brand or a
// page topic, and only a declared source (og:site_name, JSON-LD, logo) or
// the domain can tell.
bool IsTopicLike(std::string_view name);

// True when the name is a publisher's ("Daily News", "Health Insights",
// "Diario de…", "Kurier"): news and information sites are not clinics.
bool IsPublisherName(std::string_view name);

// A <title> split at the separators sites put between page and brand
// (" | ", " - ", " – ", " — ", ": ", " · ", " • ", " » ", " ~ ", " :: ",
// " / "), each part cleaned, empty parts dropped.
std::vector<std::string> TitleSegments(std::string_view title);

// Heuristic: how much a title segment looks like a brand rather than a page
// topic: + for an institution word, − for topic words ("Pricing", "Knee
// Injections"), a place ("Nashville, TN") or length.
int BrandScore(std::string_view segment);

// The name without a trailing legal form: "Northwind Ortho, LLC" →
// "Northwind Ortho", "Regenera Baja S.A. de C.V." → "Regenera Baja".
std::string StripLegalForm(std::string_view name);

// The holder named by a copyright line ("© 2025 Northwind Ortho LLC. All
// rights reserved." → "Northwind Ortho"), legal form dropped, or "" when
// `text` has no copyright mark or the holder is not name-shaped. Web
// agencies ("Site by X") are cut off.
std::string CopyrightHolder(std::string_view text);

// The name in a logo's alt text ("Northwind Ortho logo" → "Northwind
// Ortho"), or "" when what is left is not name-shaped ("Logo", "logo-white").
std::string NameFromLogoAlt(std::string_view alt);

// The brand part of a host: the label before the public suffix, lower-case,
// letters, digits and inner hyphens ("www.msk-doctors.co.uk" →
// "msk-doctors", "us-uk.bookimed.com" → "bookimed"); "" when it has fewer
// than 4 letters. Test hosts under ".example" skip that label
// ("alpha.example.mx" → "alpha").
std::string DomainKey(std::string_view host);

// True when the name spells the domain key, ignoring case, spaces,
// hyphens, punctuation, accents, a leading "the"/"Dr." and a trailing
// institution word: "Centeno-Schultz Clinic" ↔ "centenoschultz", "Dr. Trevor
// Turner" ↔ "drtrevorturner", "MSK Doctors" ↔ "msk-doctors"; a key's first
// part counts when the rest is a short tag ("ANOVA" ↔ "anova-irm").
bool NameMatchesDomain(std::string_view name, std::string_view domain_key);

enum class NameCue : uint8_t {
  kFirstPerson,  // the speaker names itself: "At X, we…", "Welcome to X", "our team at X"
  kThirdPerson,  // a sentence about X as its subject: "X is a…", "X offers…"
  kDomain,       // capitalised words that spell the site's domain
};

struct NameMention {
  std::string name;
  NameCue cue = NameCue::kThirdPerson;
  size_t begin = 0;  // byte range of the name in the text
  size_t end = 0;
};

// The names one block of visible text gives its speaker, by the phrases
// above, in English, Spanish and German. `domain_key` may be "". Names are
// cleaned and checked with LooksLikeName; third-person subjects must also
// carry an institution word, be written as a brand (ALL CAPS, CamelCase) or
// spell the domain. Work is linear in the text.
void FindNameMentions(std::string_view text, std::string_view domain_key,
                      std::vector<NameMention>* out);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_IDENTITY_NAMES_H_
