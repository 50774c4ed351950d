#include "parsers/vocab/treatment_mentions.h"

#include <iconv.h>
#ifdef CLINICRANK_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <set>

namespace clinicrank {
namespace {

// One row per spelling; see MentionTerm for ' ' and '*'. Languages beyond
// the three the extractors read (DOMAIN.md §5) are here because a census
// counts clinics everywhere; their pages still go through the full extract.
constexpr MentionTerm kTerms[] = {
    {"en", "stem cell", true, false},  // stem cells, stem-cell, stemcell
    {"en", "bmac", true, true},        // bone marrow aspirate concentrate
    {"en", "bone marrow aspirat", true, false},
    {"en", "bone marrow concentrat", true, false},
    {"en", "mesenchymal", true, false},
    {"en", "stromal vascular fraction", true, false},
    {"en", "orthobiologic", true, false},
    {"en", "exosome", true, false},
    {"es", "células madre", true, false},
    {"es", "célula madre", true, false},
    {"es", "células troncales", true, false},  // Mexico
    {"pt", "células tronco", true, false},     // células-tronco (Brazil)
    {"pt", "célula tronco", true, false},
    {"pt", "células estaminais", true, false},  // Portugal
    {"de", "stammzell", false, false},  // Stammzellen, Eigenfett-Stammzelltherapie, Fettstammzellen
    {"it", "cellule staminali", true, false},
    {"it", "cellula staminale", true, false},
    {"fr", "cellules souches", true, false},
    {"fr", "cellule souche", true, false},
    {"nl", "stamcel", true, false},
    {"tr", "kök hücre", true, false},
    {"pl", "komór* macierzyst", true, false},  // komórki macierzyste, komórkami macierzystymi
    {"cs", "kmenov* buň", true, false},        // kmenové buňky
    {"ru", "стволов* клет", false, false},     // стволовые клетки
    {"uk", "стовбуров* клітин", false, false},
    {"el", "βλαστοκύτταρ", false, false},
    {"ja", "幹細胞", false, false},
    {"zh", "干细胞", false, false},
    {"zh", "幹細胞", false, false},  // traditional script (Taiwan, Hong Kong)
    {"ko", "줄기세포", false, false},
    {"th", "สเต็มเซลล์", false, false},
    {"vi", "tế bào gốc", true, false},
    {"id", "sel punca", true, false},
    {"ar", "جذعية", false, false},  // الخلايا الجذعية
    {"he", "תאי גזע", false, false},
    {"hi", "स्टेम सेल", false, false},
};

// Legacy charsets pages in a language are still served in (glibc iconv
// names). Latin-1/windows-1252 is always tried for letters it holds.
struct LanguageCharsets {
  std::string_view language;
  std::initializer_list<const char*> charsets;
};
const LanguageCharsets kCharsetsByLanguage[] = {
    {"tr", {"CP1254"}},
    {"pl", {"CP1250", "ISO-8859-2"}},
    {"cs", {"CP1250", "ISO-8859-2"}},
    {"ru", {"CP1251", "KOI8-R"}},
    {"uk", {"CP1251", "KOI8-U"}},
    {"el", {"CP1253", "ISO-8859-7"}},
    {"ja", {"SHIFT_JIS", "EUC-JP"}},
    {"zh", {"GB18030", "BIG5"}},
    {"ko", {"EUC-KR"}},
    {"th", {"TIS-620"}},
    {"ar", {"CP1256"}},
    {"he", {"CP1255"}},
};

std::vector<char32_t> DecodeUtf8(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    }
    out.push_back(c);
    i += static_cast<size_t>(n);
  }
  return out;
}

std::string EncodeUtf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// The upper-case partner of a lower-case letter of Latin-1, Latin
// Extended-A, Greek or Cyrillic; `c` itself otherwise.
char32_t UpperOf(char32_t c) {
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 0x20;
  if (c == 0xFF) return 0x178;
  if (c == 0x131) return 'I';
  const bool odd = (c & 1) != 0;
  if (c >= 0x100 && c <= 0x137 && odd) return c - 1;
  if (c >= 0x139 && c <= 0x148 && !odd) return c - 1;
  if (c >= 0x14A && c <= 0x177 && odd) return c - 1;
  if (c >= 0x179 && c <= 0x17E && !odd) return c - 1;
  if (c == 0x3C2) return 0x3A3;  // final sigma
  if (c >= 0x3B1 && c <= 0x3C9) return c - 0x20;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 0x25;
  if (c == 0x3CC) return 0x38C;
  if (c >= 0x3CD && c <= 0x3CE) return c - 0x3F;
  if (c >= 0x430 && c <= 0x44F) return c - 0x20;
  if (c >= 0x450 && c <= 0x45F) return c - 0x50;
  if (c == 0x491) return 0x490;
  return c;
}

// The unaccented ASCII letter(s) people type instead ("celulas"), or "".
std::string AsciiFoldOf(char32_t c) {
  static constexpr char kLatin1[] = "aaaaaaaceeeeiiiidnooooo_ouuuuy_y";  // U+00E0..U+00FF
  // U+0100..U+017F, 16 a row.
  static constexpr char kLatinA[] =
      "aaaaaaccccccccdd"
      "ddeeeeeeeeeegggg"
      "gggghhhhiiiiiiii"
      "iiiijjkkklllllll"
      "lllnnnnnnnnnoooo"
      "oooorrrrrrssssss"
      "ssttttttuuuuuuuu"
      "uuuuwwyyyzzzzzzs";
  static_assert(sizeof kLatin1 == 33 && sizeof kLatinA == 129);
  if (c == 0xDF) return "ss";
  if (c >= 0xC0 && c <= 0xDE) c += 0x20;
  if (c >= 0xE0 && c <= 0xFF) {
    const char a = kLatin1[c - 0xE0];
    return a == '_' ? "" : std::string(1, a);
  }
  if (c >= 0x100 && c <= 0x17F) return std::string(1, kLatinA[c - 0x100]);
  return "";
}

// HTML named entities for Latin-1 letters (matched case-insensitively).
const char* EntityNameOf(char32_t c) {
  static const char* const kNames[] = {
      "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig", "ccedil",
      "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc", "iuml",
      "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",  nullptr,
      "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn", "yuml"};
  if (c >= 0xC0 && c <= 0xDE) c += 0x20;
  return c >= 0xE0 && c <= 0xFF ? kNames[c - 0xE0] : nullptr;
}

// `c` in a stateless legacy charset, or "" when it has no such character.
std::string EncodeIn(char32_t c, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return "";
  std::string in = EncodeUtf8(c);
  char out[16];
  char* src = in.data();
  size_t src_left = in.size();
  char* dst = out;
  size_t dst_left = sizeof out;
  const size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || src_left != 0) return "";
  return std::string(out, static_cast<size_t>(dst - out));
}

std::string EscapeBytes(std::string_view bytes) {
  std::string out;
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      out += ch;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", b);
      out += hex;
    }
  }
  return out;
}

// Every byte spelling of one non-ASCII letter, as an RE2 alternation.
std::string LetterAlternatives(char32_t c, std::string_view language) {
  std::set<std::string> spellings;
  for (const char32_t v : {c, UpperOf(c)}) {
    spellings.insert(EncodeUtf8(v));
    if (v >= 0xA0 && v <= 0xFF) spellings.insert(std::string(1, static_cast<char>(v)));
    spellings.insert("&#" + std::to_string(static_cast<uint32_t>(v)) + ";");
    char hex[16];
    std::snprintf(hex, sizeof hex, "&#x%x;", static_cast<unsigned>(v));
    spellings.insert(hex);
    for (const LanguageCharsets& lc : kCharsetsByLanguage) {
      if (lc.language != language) continue;
      for (const char* charset : lc.charsets) {
        if (std::string legacy = EncodeIn(v, charset); !legacy.empty()) spellings.insert(legacy);
      }
    }
  }
  if (const char* name = EntityNameOf(c)) spellings.insert(std::string("&") + name + ";");
  if (std::string folded = AsciiFoldOf(c); !folded.empty()) spellings.insert(folded);
  std::string out = "(?:";
  for (const std::string& s : spellings) {
    if (out.size() > 3) out += '|';
    out += EscapeBytes(s);
  }
  return out + ")";
}

// A space, hyphen, underscore or no-break space (raw or as an entity), or none.
constexpr char kSeparator[] = R"((?:[\s_\-]|&nbsp;|&#160;|&#xa0;|\xc2\xa0|\xa0){0,3})";
// The rest of a word: up to 16 bytes that are not a space or markup.
constexpr char kWordRest[] = R"([^\s<>"]{0,16})";

}  // namespace

std::span<const MentionTerm> TreatmentMentionTerms() { return kTerms; }

std::string MentionPattern(const MentionTerm& term) {
  std::string pattern;
  if (term.word_start) pattern += "\\b";
  for (const char32_t c : DecodeUtf8(term.term)) {
    if (c == ' ') {
      pattern += kSeparator;
    } else if (c == '*') {
      pattern += kWordRest;
    } else if (c < 0x80) {
      pattern += EscapeBytes(std::string(1, static_cast<char>(c)));
    } else {
      pattern += LetterAlternatives(c, term.language);
    }
  }
  if (term.word_end) pattern += "\\b";
  return pattern;
}

namespace {

RE2::Options Re2Options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);  // bytes, whatever the charset
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

#ifdef CLINICRANK_HAVE_HYPERSCAN
// Hyperscan needs scratch space per thread; one per thread serves every
// matcher. hs_alloc_scratch grows it to fit a database but costs far more
// than a scan of a page, so each thread remembers which databases (by a
// serial number, never reused) its scratch already fits.
struct ThreadScratch {
  ~ThreadScratch() {
    if (scratch) hs_free_scratch(scratch);
  }
  hs_scratch_t* scratch = nullptr;
  std::vector<uint64_t> fitted;
};

hs_scratch_t* ScratchFor(const hs_database_t* db, uint64_t serial) {
  thread_local ThreadScratch tls;
  if (std::find(tls.fitted.begin(), tls.fitted.end(), serial) != tls.fitted.end()) {
    return tls.scratch;
  }
  if (hs_alloc_scratch(db, &tls.scratch) != HS_SUCCESS) return nullptr;
  tls.fitted.push_back(serial);
  return tls.scratch;
}

std::atomic<uint64_t> next_database_serial{1};

// hs_scan takes an unsigned length; records are capped far below this.
constexpr size_t kMaxHyperscanBytes = 1u << 31;

int StopAtFirst(unsigned, unsigned long long, unsigned long long, unsigned, void*) { return 1; }

int CollectId(unsigned id, unsigned long long, unsigned long long, unsigned, void* rows) {
  static_cast<std::vector<int>*>(rows)->push_back(static_cast<int>(id));
  return 0;
}
#endif

}  // namespace

// The compiled patterns: a Hyperscan database when built with Hyperscan and
// asked for the best engine, else an RE2::Set.
class MentionMatcher::Engine {
 public:
  Engine(std::span<const MentionTerm> terms, MatchEngine engine) {
#ifdef CLINICRANK_HAVE_HYPERSCAN
    if (engine == MatchEngine::kBest) {
      CompileHyperscan(terms);
      return;
    }
#endif
    (void)engine;
    CompileRe2(terms);
  }
  ~Engine() {
#ifdef CLINICRANK_HAVE_HYPERSCAN
    if (db_) hs_free_database(db_);
#endif
  }

  bool ok = false;
  const char* name = "re2";

  // True on a match; an engine failure (out of memory, no scratch) is a
  // match too, so nothing is lost.
  bool Matches(std::string_view bytes) const {
#ifdef CLINICRANK_HAVE_HYPERSCAN
    if (db_) {
      hs_scratch_t* scratch = ScratchFor(db_, serial_);
      if (!scratch || bytes.size() > kMaxHyperscanBytes) return true;
      const hs_error_t rc = hs_scan(db_, bytes.data(), static_cast<unsigned>(bytes.size()), 0,
                                    scratch, StopAtFirst, nullptr);
      return rc != HS_SUCCESS;  // HS_SCAN_TERMINATED: a match
    }
#endif
    RE2::Set::ErrorInfo error{};
    // With no vector to fill, the DFA stops at the first match.
    if (set_->Match(re2::StringPiece(bytes.data(), bytes.size()), nullptr, &error)) return true;
    return error.kind != RE2::Set::kNoError;
  }

  std::vector<int> MatchingTerms(std::string_view bytes) const {
    std::vector<int> rows;
#ifdef CLINICRANK_HAVE_HYPERSCAN
    if (db_) {
      hs_scratch_t* scratch = ScratchFor(db_, serial_);
      if (scratch && bytes.size() <= kMaxHyperscanBytes) {
        hs_scan(db_, bytes.data(), static_cast<unsigned>(bytes.size()), 0, scratch, CollectId,
                &rows);
      }
      std::sort(rows.begin(), rows.end());
      return rows;
    }
#endif
    set_->Match(re2::StringPiece(bytes.data(), bytes.size()), &rows);
    std::sort(rows.begin(), rows.end());
    return rows;
  }

 private:
  void CompileRe2(std::span<const MentionTerm> terms) {
    set_ = std::make_unique<RE2::Set>(Re2Options(), RE2::UNANCHORED);
    ok = true;
    for (const MentionTerm& term : terms) {
      if (set_->Add(MentionPattern(term), nullptr) < 0) ok = false;
    }
    ok = set_->Compile() && ok;
  }

#ifdef CLINICRANK_HAVE_HYPERSCAN
  // Byte mode (no UTF-8 flag), ASCII case folding: the patterns spell out
  // every other case themselves. Each row reports at most once.
  void CompileHyperscan(std::span<const MentionTerm> terms) {
    name = "hyperscan";
    std::vector<std::string> patterns;
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < terms.size(); ++i) patterns.push_back(MentionPattern(terms[i]));
    for (size_t i = 0; i < patterns.size(); ++i) {
      expressions.push_back(patterns[i].c_str());
      flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db_,
                         &error) != HS_SUCCESS) {
      hs_free_compile_error(error);
      db_ = nullptr;
      CompileRe2(terms);  // still a working matcher; ok says whether it compiled
      name = "re2";
      return;
    }
    ok = ScratchFor(db_, serial_) != nullptr;
  }
  hs_database_t* db_ = nullptr;
  const uint64_t serial_ = next_database_serial++;
#endif
  std::unique_ptr<RE2::Set> set_;
};

MentionMatcher::MentionMatcher(std::span<const MentionTerm> terms, MatchEngine engine)
    : engine_(std::make_unique<Engine>(terms, engine)) {}

MentionMatcher::~MentionMatcher() = default;

bool MentionMatcher::ok() const { return engine_->ok; }

std::string_view MentionMatcher::engine_name() const { return engine_->name; }

bool MentionMatcher::Matches(std::string_view bytes) const {
  return !engine_->ok || engine_->Matches(bytes);
}

std::vector<int> MentionMatcher::MatchingTerms(std::string_view bytes) const {
  return engine_->ok ? engine_->MatchingTerms(bytes) : std::vector<int>{};
}

const MentionMatcher& TreatmentMentionMatcher() {
  static const MentionMatcher* const matcher = new MentionMatcher(TreatmentMentionTerms());
  return *matcher;
}

}  // namespace clinicrank
