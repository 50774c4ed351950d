// Does a page mention the treatment at all? A relevance prefilter for web
// archives (issue 17): one multi-pattern pass (Hyperscan when the build found
// it, else RE2::Set) over a page's raw bytes, before any charset decoding or
// HTML parse, so that the few pages a clinic census wants are found among
// millions at hundreds of MB/s per core (bench/prefilter_bench.cpp). Only
// pages that pass are worth the full extract path.
//
// The terms are a data table, one row per spelling: "stem cell", "BMAC",
// "células madre", "Stammzell…", "幹細胞", …. Adding a language is adding
// rows (and, for a script outside Latin-1, the legacy charsets its pages are
// written in; see kCharsetsByLanguage in the .cpp). From each row the matcher
// builds a byte pattern that also finds
//  - upper and lower case (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic);
//  - the term's accented letters as UTF-8, as one Latin-1/windows-1252 byte,
//    as HTML entities (&eacute; &#233; &#xE9;) and without the accent
//    ("celulas madre");
//  - its letters in the language's legacy charsets (Shift_JIS, EUC-JP,
//    GB18030, Big5, EUC-KR, windows-1250/1251/1253/1254, KOI8-R, …);
//  - any separator where the row has a space: none, spaces, hyphens,
//    underscores, &nbsp; ("stem cells", "stem-cell", "stemcell").
// Matching is a superset test: a false positive costs one extract, a false
// negative loses a clinic, so the patterns lean to recall. Heuristic
// (DOMAIN.md §5 names the treatment's words).
//
// Thread-safety: a MentionMatcher is immutable once built; Matches may be
// called from any number of threads.
#ifndef CLINICRANK_PARSERS_VOCAB_TREATMENT_MENTIONS_H_
#define CLINICRANK_PARSERS_VOCAB_TREATMENT_MENTIONS_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

struct MentionTerm {
  std::string_view language;  // ISO 639-1 code: which charsets to try
  // Lower-case UTF-8. ' ' stands for any separator (or none); '*' for up to
  // 16 more bytes of the same word ("komór*" finds komórki, komórek, ...).
  std::string_view term;
  // The term must not follow an ASCII letter or digit ("stem cell" is not
  // in "immune system cells"; "bmac" not inside base64).
  bool word_start = false;
  bool word_end = false;  // nor be followed by one ("bmac", not "bmachine")
};

// The project's table of treatment mentions.
std::span<const MentionTerm> TreatmentMentionTerms();

enum class MatchEngine {
  kBest,  // Hyperscan when the build found it (about 4x RE2 here), else RE2
  kRe2,   // RE2::Set (Latin-1 mode, DFA only)
};

class MentionMatcher {
 public:
  explicit MentionMatcher(std::span<const MentionTerm> terms,
                          MatchEngine engine = MatchEngine::kBest);
  ~MentionMatcher();
  MentionMatcher(const MentionMatcher&) = delete;
  MentionMatcher& operator=(const MentionMatcher&) = delete;

  // False if a pattern failed to compile (a bad table row); Matches is then
  // true for every input, so nothing is lost.
  bool ok() const;
  // "hyperscan" or "re2".
  std::string_view engine_name() const;
  // True when `bytes` (a raw page, any charset) holds a term. Also true when
  // the DFA runs out of memory on a hostile input (recall first).
  bool Matches(std::string_view bytes) const;
  // Which rows match `bytes`, by index into the table, ascending (for tests
  // and tools).
  std::vector<int> MatchingTerms(std::string_view bytes) const;

 private:
  class Engine;
  std::unique_ptr<Engine> engine_;
};

// The matcher for TreatmentMentionTerms(), built on first use.
const MentionMatcher& TreatmentMentionMatcher();

// The byte pattern (RE2 syntax, Latin-1 mode, case-insensitive) one row
// compiles to; exposed for tests.
std::string MentionPattern(const MentionTerm& term);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_VOCAB_TREATMENT_MENTIONS_H_
