// Name shapes and name cues. Word lists are heuristics (issue 12, kind 6),
// written from the shapes real clinic, broker and news pages take; every
// list has distractors in tests/parsers/extract/identity_names_test.cpp.
#include "parsers/extract/identity_names.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <utility>

#include "base/ascii.h"
#include "parsers/text/fold.h"
#include "parsers/text/words.h"
#include "parsers/vocab/places.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxNameBytes = 120;
constexpr size_t kMaxNameWords = 8;

using Words = std::initializer_list<std::string_view>;

bool In(std::string_view word, Words list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}
template <size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Words that join the capitalised words of a name ("Institute of Texas",
// "Centro de Regeneración", "Sports & Regenerative Medicine").
constexpr std::string_view kConnectors[] = {"of",  "and", "de", "del", "la",  "las", "los", "y",  "e",
                               "for", "fur", "und", "the", "da", "di",  "do",  "dos", "das",
                               "von", "vom", "zu",  "zur", "am", "an",  "der", "die", "den",
                               // pt, it, fr, tr, pl, cs (issue 18's languages)
                               "della", "delle", "dei", "degli", "al", "alla", "ed", "du", "des",
                               "le", "les", "et", "ve", "nad", "pod", "przy", "na", "w", "z", "i",
                               "v", "u"};

// Words that make a string a sentence or a question, not a name.
constexpr std::string_view kSentenceWords[] = {
    "is",     "are",    "was",     "were",    "be",      "been",    "has",    "have",   "had",
    "can",    "could",  "will",    "would",   "should",  "may",     "might",  "must",   "does",
    "did",    "how",    "what",    "why",     "when",    "where",   "which",  "who",    "whom",
    "your",   "you",    "we",      "our",     "us",      "my",      "it",     "its",    "this",
    "that",   "these",  "those",   "there",   "here",    "not",     "if",     "than",   "into",
    "es",     "son",    "que",     "como",    "cual",    "donde",   "cuando", "porque", "puede",
    "pueden", "su",     "sus",     "tu",      "tus",     "nuestro", "nuestra", "nuestros",
    "nuestras", "ist",  "sind",    "wie",     "was",     "warum",   "welche", "wann",   "ihr",
    "ihre",   "unser",  "unsere",  "wir",     "sie",     "kann",    "konnen", "nicht",  "mit",
    "ihnen",  "vs",     "versus",  "using",   "near",    "me"};

// Whole-name boilerplate: navigation, placeholders, summary-box and section
// headings, calls to action, legal pages.
constexpr std::string_view kBoilerplate[] = {
    "home", "homepage", "inicio", "startseite", "accueil", "menu", "main menu", "navigation",
    "search", "buscar", "suche", "blank", "untitled", "untitled document", "top of page",
    "back to top", "skip", "loading", "cargando", "laden", "please wait", "un momento",
    "espere", "bitte warten", "key takeaways", "key points", "quick facts", "at a glance",
    "summary", "overview", "resumen", "zusammenfassung", "specialty", "specialties",
    "especialidad", "especialidades", "services", "our services", "servicios", "leistungen",
    "procedure", "the procedure", "procedures", "our process", "the process", "process",
    "how it works", "treatment", "treatments", "about", "about us", "who we are", "contact",
    "contact us", "contacto", "kontakt", "impressum", "imprint", "disclaimer", "aviso legal",
    "privacy policy", "cookie policy", "cookies", "terms", "terms of use", "faq", "faqs",
    "frequently asked questions", "preguntas frecuentes", "patient guide", "patient resources",
    "resources", "blog", "news", "articles", "article", "noticias", "testimonials", "reviews",
    "testimonios", "gallery", "appointments", "appointment", "book now", "book online",
    "call now", "call us", "learn more", "read more", "leer mas", "mehr erfahren",
    "get started", "request an appointment", "request a consultation",
    "schedule a consultation", "book a consultation", "free consultation", "reservar cita",
    "pedir cita", "agendar cita", "agenda tu cita", "termin vereinbaren", "page not found",
    "not found", "error", "access denied", "just a moment", "attention required", "log in",
    "login", "sign in", "sign up", "subscribe", "newsletter", "share", "print",
    "related posts", "related articles", "recent posts", "categories", "tags", "author",
    "admin", "pricing", "prices", "precios", "preise", "cost", "costs", "locations",
    "our team", "team", "doctors", "our doctors", "physicians", "staff", "careers", "jobs",
    "sitemap", "english", "espanol", "deutsch", "logo", "site logo", "main logo", "image",
    "photo", "icon", "header", "footer", "welcome", "bienvenidos", "willkommen",
    // Agencies, products and abbreviations that head sentences but name no clinic.
    "fda", "nhs", "nice", "msc", "mscs", "bmac", "prp", "svf", "isscr", "cdc", "nih", "who",
    "aaos", "usa", "uk", "us", "eu", "covid", "covid 19", "mri", "ct", "acl", "oa", "bma",
    "amic", "irb", "ftc", "ema", "cofepris", "invima", "hct p", "hctp", "ceo", "md", "dr",
    "phd", "dna", "pdf", "usd", "eur", "gbp", "mxn", "ok", "medicare", "medicaid"};

// Boilerplate that starts a longer string: skip links, calls to action,
// bylines and datelines.
constexpr std::string_view kBoilerplatePrefixes[] = {
    "skip to", "skip navigation", "jump to", "zum hauptinhalt", "zum inhalt", "saltar al",
    "ir al contenido", "book a ", "book an ", "book your", "call ", "schedule ", "request ",
    "reserv", "agend", "loading", "cargando", "posted on", "posted by", "published",
    "updated", "last updated", "by ", "written by", "reviewed by", "medically reviewed",
    "appointments", "contact us", "follow us", "click ", "get your", "get a ", "free "};

constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "june", "july", "august",
                           "september", "october", "november", "december", "enero",
                           "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                           "septiembre", "octubre", "noviembre", "diciembre", "januar",
                           "februar", "marz", "juni", "juli", "oktober", "dezember"};

// Page-topic words: a name made only of these is a heading, and a name
// holding one needs an institution word or a declared source.
constexpr std::string_view kTopicWords[] = {
    "stem", "cell", "cells", "celulas", "madre", "madres", "stammzellen", "stammzelle",
    "stammzelltherapie", "stammzellentherapie", "therapy", "therapies", "terapia", "terapias",
    "therapie", "treatment", "treatments", "tratamiento", "tratamientos", "behandlung",
    "knee", "knees", "rodilla", "rodillas", "knie", "injection", "injections", "inyeccion",
    "inyecciones", "infiltracion", "infiltraciones", "regenerative", "regenerativa",
    "regenerativo", "regeneration", "regeneracion", "medicine", "medicina", "medizin",
    "pain", "dolor", "schmerz", "schmerzen", "joint", "joints", "articular", "gelenk",
    "arthritis", "osteoarthritis", "artrosis", "arthrose", "cartilage", "cartilago",
    "knorpel", "procedure", "procedures", "prp", "bmac", "msc", "mscs", "orthobiologics",
    "biologics", "orthopedics", "orthopaedics", "orthopedic", "orthopaedic", "sports",
    "cost", "costs", "price", "prices", "pricing", "precio", "precios", "kosten", "guide",
    "option", "options", "alternative", "alternatives", "benefits", "healing", "repair",
    "relief", "surgery", "research", "results", "study", "studies", "patient", "patients",
    "mesenchymal", "exosomes", "exosome", "prolotherapy", "lipogems", "amniotic", "umbilical",
    "cord", "tissue", "bone", "marrow", "fat", "adipose", "ultrasound", "guided",
    "non-surgical", "nonsurgical", "tourism", "travel", "abroad", "update", "library",
    "explained", "facts", "approach", "philosophy", "clinical", "trial", "trials",
    "advances", "new", "modern", "advanced", "best", "top", "recovery", "acl", "meniscus",
    "osteoarthritis", "hip", "shoulder", "spine", "back", "neck", "injury", "injuries",
    "medical", "health", "wellness", "care", "leading", "natural", "complete", "ultimate",
    "affordable", "safe", "effective", "latest", "innovative", "expert", "experts",
    "specialist", "specialists", "program", "programs", "without", "free", "online",
    "consultation", "evaluation", "faq", "faqs", "information", "info", "condition",
    "conditions", "services", "service", "solutions", "solution", "and", "plus", "vs",
    "preservation", "restoration", "rejuvenation", "replacement", "reconstruction",
    "resurfacing", "degeneration", "degenerative", "damage", "tear", "tears", "disease",
    "diseases", "wear", "sports", "sport", "athletes", "overview", "introduction",
    "comparison", "review", "reviews", "questions", "answers", "myths", "risks", "safety",
    "side", "effects", "success", "rate", "rates", "outcomes", "evidence", "science",
    "technology", "protocol", "protocols", "package", "packages", "destination"};

// Institution words anywhere in a name, and words that end a business name.
constexpr std::string_view kInstitutionWords[] = {
    "clinic", "clinics", "clinica", "clinicas", "klinik", "kliniken", "klinikum", "praxis",
    "praxisklinik", "center", "centers", "centre", "centres", "centro", "centros", "zentrum",
    "institute", "institutes", "instituto", "institut", "hospital", "hospitales",
    "krankenhaus", "group", "grupo", "associates", "asociados", "partners", "doctors", "md",
    "dr", "dra", "prof", "llc", "inc", "ltd", "gmbh", "pllc", "medicos", "doctores", "arzte",
    "aerzte", "orthopadie", "consultorio", "policlinica"};
constexpr std::string_view kInstitutionLastWords[] = {
    "medical", "health", "healthcare", "wellness", "regenerative", "ortho", "orthopedics",
    "orthopaedics", "biologics", "therapeutics", "spine", "medicine", "sportsmed", "rehab",
    "care", "physio", "orthopedic", "orthopaedic"};

constexpr std::string_view kPublisherWords[] = {
    "news", "times", "post", "daily", "journal", "magazine", "magazin", "gazette", "herald",
    "tribune", "insights", "today", "weekly", "report", "reports", "review", "wiki",
    "wikipedia", "diario", "periodico", "noticias", "revista", "zeitung", "nachrichten",
    "kurier", "presse", "observatorio", "encyclopedia", "glossary"};

// Legal forms dropped from a name's key (and from nothing else).
constexpr std::string_view kLegalForms[] = {"llc", "inc", "ltd", "limited", "gmbh", "pllc", "plc", "corp",
                               "sl", "sa", "ag", "pc"};

// ---------------------------------------------------------------- shapes

// Folded words of a name.
std::vector<std::string_view> FoldedWords(const std::string& folded) { return SplitWords(folded); }

// True when `folded` holds a character outside ASCII that is not
// punctuation: a letter of another script. Enough for names, whose
// punctuation is ASCII or the few marks checked here.
bool HasNonAsciiLetters(std::string_view folded) {
  for (size_t i = 0; i < folded.size(); ++i) {
    const auto c = static_cast<unsigned char>(folded[i]);
    if (c < 0x80) continue;
    const std::string_view rest = folded.substr(i);
    // General punctuation (U+2000-206F), CJK punctuation (U+3000-303F),
    // full-width forms' ASCII punctuation are not letters.
    if (rest.starts_with("\xE2\x80") || rest.starts_with("\xE3\x80")) {
      i += 2;
      continue;
    }
    return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsInstitutionWord(std::string_view w) {
  return In(w, kInstitutionWords) || (w.size() > 7 && (EndsWith(w, "zentrum") ||
                                                       EndsWith(w, "klinik") ||
                                                       EndsWith(w, "praxis")));
}

bool HasInstitution(const std::vector<std::string_view>& words) {
  for (std::string_view w : words) {
    if (IsInstitutionWord(w)) return true;
  }
  return !words.empty() && words.size() > 1 && In(words.back(), kInstitutionLastWords);
}

// True when a word of the name is neither a connector, a topic word, an
// institution word, a place nor a number: the word that makes a brand
// ("Thameside" in "Thameside Orthobiologics", "Mayo" in "Mayo Clinic").
bool HasDistinctiveWord(const std::string& folded, const std::vector<std::string_view>& words) {
  std::vector<PlaceMention> places;
  FindPlaces(folded, &places);
  for (std::string_view w : words) {
    if (In(w, kConnectors) || In(w, kTopicWords) || IsInstitutionWord(w) ||
        In(w, kInstitutionLastWords) || w.size() < 3 ||
        std::all_of(w.begin(), w.end(), [](char c) { return IsDigit(c); })) {
      continue;
    }
    const size_t at = static_cast<size_t>(w.data() - folded.data());
    const bool in_place = std::any_of(places.begin(), places.end(), [&](const PlaceMention& m) {
      return at >= m.begin && at < m.end;
    });
    if (!in_place) return true;
  }
  return false;
}

// True when every word that is not a connector is a topic word.
bool OnlyTopic(const std::vector<std::string_view>& words) {
  bool any = false;
  for (std::string_view w : words) {
    if (In(w, kConnectors)) continue;
    if (!In(w, kTopicWords)) return false;
    any = true;
  }
  return any;
}

// Raw words split at ASCII spaces.
std::vector<std::string_view> RawWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// A lower-case letter starts the word (ASCII only: accented capitals are
// rare at a word start and lower-case accented starts rarer still).
bool StartsLower(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return true;
    if ((c >= 'A' && c <= 'Z') || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return false;
}

bool IsBoilerplate(const std::string& folded) {
  // Punctuation dropped, spaces single: "Skip Navigation!" → "skip navigation".
  std::string plain;
  for (char c : folded) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      plain.push_back(c);
    } else if (!plain.empty() && plain.back() != ' ') {
      plain.push_back(' ');
    }
  }
  while (!plain.empty() && plain.back() == ' ') plain.pop_back();
  if (In(plain, kBoilerplate)) return true;
  for (std::string_view prefix : kBoilerplatePrefixes) {
    if (std::string_view(folded).starts_with(prefix) || std::string_view(plain).starts_with(prefix)) {
      return true;
    }
  }
  return false;
}

bool EndsLikeSentence(std::string_view s) {
  if (s.empty()) return false;
  if (EndsWith(s, "\xE2\x80\xA6") || EndsWith(s, "...")) return true;  // "Loading…"
  const char last = s.back();
  if (last == '?' || last == '!' || last == ':' || last == ';' || last == ',') return true;
  if (last != '.') return false;
  // "Inc.", "Ltd.", "S.A.", "Co.": abbreviations, not a full stop.
  size_t start = s.rfind(' ');
  start = start == std::string_view::npos ? 0 : start + 1;
  return s.size() - start > 5;
}

// True when the name is only places: "Tijuana", "Nashville, TN",
// "Medellín, Colombia".
bool IsPlaceName(std::string_view name) {
  const std::string folded = FoldCopy(name);
  std::vector<PlaceMention> places;
  FindPlaces(folded, &places);
  if (places.empty()) return false;
  std::string rest;
  size_t at = 0;
  for (const PlaceMention& m : places) {
    rest.append(folded, at, m.begin - at);
    at = m.end;
  }
  rest.append(folded, at);
  for (std::string_view w : SplitWords(rest)) {
    // A state or province code after the city ("tn", "on").
    if (w.size() == 2) {
      const std::string code{static_cast<char>(w[0] - 'a' + 'A'), static_cast<char>(w[1] - 'a' + 'A')};
      if (!CountryOfRegionCode(code).empty()) continue;
    }
    return false;
  }
  return true;
}

std::string_view StripPossessive(std::string_view s) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (EndsWith(s, suffix)) return s.substr(0, s.size() - suffix.size());
  }
  return s;
}

}  // namespace

std::string CleanName(std::string_view raw) {
  std::string s;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (IsAsciiSpace(c)) {
      if (!s.empty() && s.back() != ' ') s.push_back(' ');
      continue;
    }
    const std::string_view rest = raw.substr(i);
    // ® ™ ℠: part of the logo, not of the name.
    if (rest.starts_with("\xC2\xAE")) {
      ++i;
      continue;
    }
    if (rest.starts_with("\xE2\x84\xA2") || rest.starts_with("\xE2\x84\xA0")) {
      i += 2;
      continue;
    }
    if (c == '&') {
      bool decoded = false;
      for (auto [entity, text] : {std::pair<std::string_view, std::string_view>{"&amp;", "&"},
                                  {"&#039;", "'"}, {"&#39;", "'"}, {"&apos;", "'"},
                                  {"&quot;", "\""}, {"&nbsp;", " "}, {"&#038;", "&"},
                                  {"&ndash;", "\xE2\x80\x93"}, {"&mdash;", "\xE2\x80\x94"},
                                  {"&reg;", ""}, {"&trade;", ""}}) {
        if (rest.starts_with(entity)) {
          if (text == " ") {
            if (!s.empty() && s.back() != ' ') s.push_back(' ');
          } else {
            s.append(text);
          }
          i += entity.size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    s.push_back(c);
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (s.size() > kMaxNameBytes) {
    size_t end = kMaxNameBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  return s;
}

std::string NameKey(std::string_view name) {
  const std::string folded = FoldCopy(name);
  std::vector<std::string_view> words = SplitWords(folded);
  // A name in another script ("さくら膝クリニック"): no [a-z0-9] words; its
  // folded text, spaces trimmed, is its key.
  if (words.empty()) return std::string(TrimAsciiSpace(folded));
  size_t first = 0;
  // "The", "Dr.", "Prof. Dr. med.": the same clinic or doctor with or without.
  while (words.size() - first > 1 &&
         In(words[first], {"the", "dr", "dra", "prof", "med", "mr", "mrs", "ms"})) {
    ++first;
  }
  // Trailing legal forms: "LLC", "Inc.", "S.A. de C.V." (five one-letter
  // words once folded), "S.L.", "SA de CV".
  auto tail_is = [&](Words tail) {
    if (words.size() - first <= tail.size()) return false;
    return std::equal(tail.begin(), tail.end(), words.end() - static_cast<long>(tail.size()));
  };
  for (bool cut = true; cut;) {
    cut = false;
    for (Words tail : {Words{"s", "a", "de", "c", "v"}, Words{"sa", "de", "cv"}, Words{"s", "l"},
                       Words{"s", "a"}, Words{"p", "c"}, Words{"p", "a"}}) {
      if (tail_is(tail)) {
        words.resize(words.size() - tail.size());
        cut = true;
        break;
      }
    }
    if (!cut && words.size() - first > 1 && In(words.back(), kLegalForms)) {
      words.pop_back();
      cut = true;
    }
  }
  std::string key;
  for (size_t k = first; k < words.size(); ++k) {
    if (!key.empty()) key.push_back(' ');
    key.append(words[k]);
  }
  return key;
}

namespace {

// LooksLikeName; `declared` skips the topic and place rules.
bool NameShaped(std::string_view name, bool declared) {
  name = TrimAsciiSpace(name);
  if (name.size() < 2 || name.size() > kMaxNameBytes) return false;
  if (EndsLikeSentence(name)) return false;
  const std::string folded = FoldCopy(name);
  const std::vector<std::string_view> words = FoldedWords(folded);
  if (words.size() > kMaxNameWords) return false;
  // No [a-z0-9] word at all: only a name in another script (Japanese,
  // Chinese, Cyrillic, Greek, Thai...) can be one.
  if (words.empty() && !HasNonAsciiLetters(folded)) return false;
  size_t digits = 0;
  for (char c : folded) digits += IsDigit(c) ? 1 : 0;
  if (digits >= 4) return false;  // phone numbers, dates, years
  if (IsBoilerplate(folded)) return false;
  bool month = false;
  for (std::string_view w : words) {
    if (In(w, kSentenceWords)) return false;
    month = month || In(w, kMonths);
  }
  if (month && digits > 0) return false;  // "17 March", "April 5th"
  if (words.size() > 1 && (words[0] == "a" || words[0] == "an")) return false;
  if (!declared && (OnlyTopic(words) || IsPlaceName(name))) return false;
  // "Stem cells for knees", "fasten recovery": a name capitalises its words.
  const std::vector<std::string_view> raw = RawWords(name);
  if (raw.size() > 1) {
    for (size_t k = 0; k < raw.size(); ++k) {
      const std::string folded_word = FoldCopy(raw[k]);
      if (In(folded_word, kConnectors) || In(folded_word, {"med", "med.", "y", "e"})) continue;
      if (StartsLower(raw[k])) return false;
    }
  }
  return true;
}

}  // namespace

bool LooksLikeName(std::string_view name) { return NameShaped(name, false); }

bool LooksLikeDeclaredName(std::string_view name) { return NameShaped(name, true); }

bool HasInstitutionWord(std::string_view name) {
  const std::string folded = FoldCopy(name);
  return HasInstitution(FoldedWords(folded));
}

bool IsTopicLike(std::string_view name) {
  const std::string folded = FoldCopy(name);
  const std::vector<std::string_view> words = FoldedWords(folded);
  if (words.empty()) return false;  // another script: the topic tables are Latin
  return !HasDistinctiveWord(folded, words);
}

bool IsPublisherName(std::string_view name) {
  const std::string folded = FoldCopy(name);
  for (std::string_view w : FoldedWords(folded)) {
    if (In(w, kPublisherWords)) return true;
  }
  return false;
}

std::vector<std::string> TitleSegments(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " \xC2\xB7 ",
      " \xE2\x80\xA2 ", " \xC2\xBB ", " ~ ", " :: ", " / "};
  std::vector<std::string> segments;
  size_t start = 0, i = 0;
  while (i < title.size()) {
    size_t matched = 0;
    for (std::string_view sep : kSeparators) {
      if (title.substr(i).starts_with(sep)) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    segments.push_back(CleanName(title.substr(start, i - start)));
    i += matched;
    start = i;
  }
  segments.push_back(CleanName(title.substr(start)));
  std::vector<std::string> nonempty;
  for (std::string& s : segments) {
    if (!s.empty()) nonempty.push_back(std::move(s));
  }
  return nonempty;
}

int BrandScore(std::string_view segment) {
  const std::string folded = FoldCopy(segment);
  const std::vector<std::string_view> words = FoldedWords(folded);
  int score = 0;
  if (!HasDistinctiveWord(folded, words)) {
    score = -3;  // "Stem Cell Clinic in Tijuana", "Knee Injections"
  } else if (HasInstitution(words)) {
    score = 2;
  }
  // "Nashville, TN", "Portland, Maine": a place, not a name.
  if (segment.find(", ") != std::string_view::npos) score -= 2;
  if (segment.size() > 60) score -= 2;
  return score;
}

std::string StripLegalForm(std::string_view name) {
  // Word by word from the end: "Northwind Ortho, LLC", "Regenera Baja S.A. de C.V.".
  static constexpr std::string_view kTails[] = {
      ", llc", " llc", ", inc.", ", inc", " inc.", " inc", " ltd.", " ltd", ", ltd", " limited",
      " gmbh", " pllc", ", pllc", " plc", " s.a. de c.v.", " s.a. de c.v", " sa de cv",
      " s. a. de c. v.", " s.l.", " s.l", " s.a.", " s.a", " p.c.", " p.a.", " corp.", " corp"};
  std::string out(TrimAsciiSpace(name));
  for (bool cut = true; cut;) {
    cut = false;
    const std::string lower = AsciiLower(out);
    for (std::string_view tail : kTails) {
      if (lower.size() > tail.size() + 2 && std::string_view(lower).ends_with(tail)) {
        out.resize(out.size() - tail.size());
        while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
        cut = true;
        break;
      }
    }
  }
  return out;
}

std::string CopyrightHolder(std::string_view text) {
  // The mark: "©", "(c)", "Copyright" (any case).
  size_t at = text.find("\xC2\xA9");
  size_t skip = 2;
  if (at == std::string_view::npos) {
    const std::string lower = AsciiLower(text.substr(0, std::min<size_t>(text.size(), 4096)));
    at = lower.find("copyright");
    skip = 9;
    if (at == std::string_view::npos) {
      at = lower.find("(c) ");
      skip = 3;
    }
    if (at == std::string_view::npos) return "";
  }
  // "Photo © Getty Images": a picture credit, not the site's owner.
  const std::string lead = AsciiLower(text.substr(at > 24 ? at - 24 : 0, at > 24 ? 24 : at));
  for (std::string_view credit : {"photo", "image", "foto", "bild", "credit", "picture"}) {
    if (lead.find(credit) != std::string::npos) return "";
  }
  std::string_view rest = text.substr(at + skip);
  // Marks, years, "by" and punctuation before the holder.
  for (bool moved = true; moved && !rest.empty();) {
    moved = false;
    const size_t before = rest.size();
    rest = TrimAsciiSpace(rest);
    for (std::string_view lead : {std::string_view("\xC2\xA9"), std::string_view("(c)"),
                                  std::string_view("(C)"), std::string_view("Copyright"),
                                  std::string_view("copyright"), std::string_view("by "),
                                  std::string_view("By "), std::string_view(","),
                                  std::string_view("-"), std::string_view("\xE2\x80\x93"),
                                  std::string_view(":")}) {
      if (rest.starts_with(lead)) rest.remove_prefix(lead.size());
    }
    while (!rest.empty() && IsDigit(rest.front())) rest.remove_prefix(1);
    moved = rest.size() != before;
  }
  // The holder runs to the first stop.
  size_t end = rest.size();
  const std::string lower = AsciiLower(rest.substr(0, std::min<size_t>(rest.size(), 400)));
  for (std::string_view stop :
       {std::string_view(" | "), std::string_view("|"),
        std::string_view(" - "), std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 "),
        std::string_view(" \xE2\x80\xA2"), std::string_view(" \xC2\xB7"), std::string_view(", all"),
        std::string_view(" all rights"), std::string_view("all rights"), std::string_view(" todos los"),
        std::string_view(", todos"), std::string_view(" alle rechte"), std::string_view(", alle"),
        std::string_view(" derechos"), std::string_view(" privacy"), std::string_view(" site by"),
        std::string_view(" designed by"), std::string_view(" powered by"), std::string_view(" website by"),
        std::string_view(" web design"), std::string_view(" developed by"), std::string_view(" made by"),
        std::string_view(" terms"), std::string_view(" impressum"), std::string_view(" datenschutz")}) {
    const size_t pos = lower.find(stop);
    if (pos != std::string::npos && pos < end) end = pos;
  }
  // A full stop ends the holder, unless it closes an abbreviation ("Dr.",
  // "St.", "Inc.", "S.A.").
  for (size_t pos = lower.find(". "); pos != std::string::npos && pos < end;
       pos = lower.find(". ", pos + 1)) {
    size_t word = lower.rfind(' ', pos);
    word = word == std::string::npos ? 0 : word + 1;
    const std::string_view before = std::string_view(lower).substr(word, pos - word);
    if (In(before, {"dr", "dra", "prof", "med", "st", "inc", "co", "ltd", "corp", "mr", "mrs", "ms"}) ||
        before.size() == 1 || before.find('.') != std::string_view::npos) {
      continue;
    }
    end = pos;
    break;
  }
  std::string_view holder = TrimAsciiSpace(rest.substr(0, end));
  // A year after the holder ("© Northwind Ortho 2025").
  while (!holder.empty() && (IsDigit(holder.back()) || holder.back() == '-' || holder.back() == ' ' ||
                             holder.back() == ',' || holder.back() == '.')) {
    if (holder.back() == '.' && holder.size() >= 4 && !IsDigit(holder[holder.size() - 2])) break;
    holder.remove_suffix(1);
  }
  std::string name = StripLegalForm(CleanName(holder));
  return LooksLikeName(name) ? name : "";
}

std::string NameFromLogoAlt(std::string_view alt) {
  std::string cleaned = CleanName(alt);
  // Drop the words "logo"/"Logo"/"LOGO" and a leading "Logo of".
  std::string out;
  for (std::string_view w : RawWords(cleaned)) {
    const std::string lower = AsciiLower(w);
    if (lower == "logo" || lower == "logo:" || lower == "logotipo" || (lower == "of" && out.empty())) {
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  while (!out.empty() && (out.back() == '-' || out.back() == ' ' || out.back() == '|')) out.pop_back();
  // File-name alts ("logo-white", "header_logo") are not names.
  if (out.find('_') != std::string::npos) return "";
  if (out.find(' ') == std::string::npos && out.find('-') != std::string::npos) return "";
  return LooksLikeName(out) ? out : "";
}

std::string DomainKey(std::string_view host) {
  static constexpr std::string_view kSecondLevel[] = {
      "co", "com", "org", "net", "ac", "gov", "gob", "edu", "or", "ne", "go", "nhs"};
  std::vector<std::string_view> labels;
  size_t i = 0;
  while (i <= host.size()) {
    size_t dot = host.find('.', i);
    if (dot == std::string_view::npos) dot = host.size();
    if (dot > i) labels.push_back(host.substr(i, dot - i));
    i = dot + 1;
  }
  if (labels.size() < 2) return "";
  labels.pop_back();  // the top-level domain
  // "co.uk", "com.mx", "co.th": a second-level public suffix under a ccTLD.
  if (labels.size() >= 2 && std::find(std::begin(kSecondLevel), std::end(kSecondLevel),
                                      labels.back()) != std::end(kSecondLevel)) {
    labels.pop_back();
  }
  if (labels.size() >= 2 && labels.back() == "example") labels.pop_back();
  if (labels.empty()) return "";
  std::string key;
  size_t letters = 0;
  for (char c : labels.back()) {
    const char lower = AsciiLower(c);
    if (IsAsciiAlnum(lower)) {
      key.push_back(lower);
      ++letters;
    } else if (lower == '-' && !key.empty() && key.back() != '-') {
      key.push_back('-');
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return letters >= 4 ? key : "";
}

namespace {

// Letters and digits of a folded string, for comparing with a domain key.
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : FoldCopy(s)) {
    if (IsAsciiAlnum(c)) out.push_back(c);
  }
  return out;
}

// The spellings a domain key stands for: the whole key without hyphens
// ("the-stem-cell-institute" → "thestemcellinstitute"), and its first part
// when the rest is a short tag ("anova-irm" → "anova").
std::vector<std::string> KeySpellings(std::string_view key) {
  std::vector<std::string> out;
  std::string whole;
  for (char c : key) {
    if (c != '-') whole.push_back(c);
  }
  if (whole.size() >= 4) out.push_back(whole);
  // "the-stem-cell-institute" is spelled "the Stem Cell Institute" in running
  // text, and names drop "the".
  if (whole.starts_with("the") && whole.size() >= 7) out.push_back(whole.substr(3));
  const size_t dash = key.find('-');
  if (dash != std::string_view::npos && dash >= 4 && whole.size() - dash <= 4) {
    out.emplace_back(key.substr(0, dash));
  }
  return out;
}

}  // namespace

bool NameMatchesDomain(std::string_view name, std::string_view domain_key) {
  if (domain_key.empty()) return false;
  const std::vector<std::string> spellings = KeySpellings(domain_key);
  const std::string folded = FoldCopy(name);
  std::vector<std::string_view> words = SplitWords(folded);
  // Try the name with and without a leading "the"/"dr"/"prof" and a
  // trailing institution word.
  for (int drop_front = 0; drop_front < 2; ++drop_front) {
    for (int drop_back = 0; drop_back < 2; ++drop_back) {
      size_t b = 0, e = words.size();
      while (drop_front && b + 1 < e &&
             (In(words[b], {"the", "dr", "dra", "prof", "med", "el", "la", "die", "de", "del"}) ||
              IsInstitutionWord(words[b]))) {
        ++b;  // "Clínica Solara" on solara.example, "Centro de X" on x.example
      }
      if (drop_back && e > b + 1 && (IsInstitutionWord(words[e - 1]) || In(words[e - 1], kLegalForms))) --e;
      std::string squashed;
      for (size_t k = b; k < e; ++k) {
        for (char c : words[k]) {
          if (IsAsciiAlnum(c)) squashed.push_back(c);
        }
      }
      if (std::find(spellings.begin(), spellings.end(), squashed) != spellings.end()) return true;
    }
  }
  return false;
}

// ------------------------------------------------------------- the cues

namespace {

struct Token {
  size_t begin = 0;
  size_t end = 0;
  bool upper = false;     // starts with a capital letter
  bool all_caps = false;  // two or more letters, all capitals ("MSK", "CELLAXYS")
  bool camel = false;     // a capital after the first letter ("PlacidWay", "ProgenCell")
};

// UTF-8 code point length from its first byte.
size_t CodePointLength(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// True when the code point at text[i] is part of a word: ASCII letters and
// digits, and non-ASCII letters (Latin-1 and beyond), but not the
// punctuation blocks (NBSP, ©, ®, «, », ·, general punctuation, ™, emoji).
bool IsWordCodePoint(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return IsAsciiAlnum(static_cast<char>(c));
  if (c == 0xC2) return false;
  if (c == 0xE2 || c >= 0xF0) return false;
  return c >= 0xC3;
}

bool IsUpperAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 'A' && c <= 'Z') return true;
  // À-Þ (not ×).
  if (c == 0xC3 && i + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[i + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

// Words of a text with their capitalisation. Inner hyphens and apostrophes
// stay in the word ("Centeno-Schultz", "Turner’s").
void Tokenize(std::string_view text, std::vector<Token>* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordCodePoint(text, i)) {
      i += CodePointLength(static_cast<unsigned char>(text[i]));
      continue;
    }
    Token t;
    t.begin = i;
    t.upper = IsUpperAt(text, i);
    size_t letters = 0, capitals = 0;
    bool inner_capital = false;
    while (i < text.size()) {
      if (IsWordCodePoint(text, i)) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          ++letters;
          if (c <= 'Z') {
            ++capitals;
            if (i > t.begin) inner_capital = true;
          }
        }
        i += CodePointLength(c);
        continue;
      }
      // Joiners inside a word: '-', '\'', ’ between word characters.
      size_t joiner = 0;
      if (text[i] == '-' || text[i] == '\'') joiner = 1;
      if (text.substr(i).starts_with("\xE2\x80\x99")) joiner = 3;
      if (joiner > 0 && i + joiner < text.size() && IsWordCodePoint(text, i + joiner)) {
        i += joiner;
        continue;
      }
      break;
    }
    t.end = std::min(i, text.size());
    t.all_caps = letters >= 2 && capitals == letters;
    t.camel = t.upper && inner_capital && !t.all_caps;
    out->push_back(t);
  }
}

class Cues {
 public:
  // REQUIRES: `tokens` is empty; it is a buffer reused across calls.
  Cues(std::string_view text, std::string_view domain_key, std::vector<Token>* tokens,
       std::vector<NameMention>* out)
      : text_(text), key_(domain_key), spellings_(KeySpellings(domain_key)), out_(out),
        tokens_(*tokens) {
    Tokenize(text, &tokens_);
  }

  void Run() {
    for (size_t t = 0; t < tokens_.size(); ++t) {
      // Every first-person trigger starts with one of these letters: "at",
      // "welcome", "bienvenidos", "willkommen", "en", "bei".
      const char first = AsciiLower(text_[tokens_[t].begin]);
      if (first == 'a' || first == 'w' || first == 'b' || first == 'e') FirstPerson(t);
      if (tokens_[t].upper && ClauseStart(t)) ThirdPerson(t);
      if (!spellings_.empty()) DomainSpelling(t);
    }
  }

 private:
  std::string_view Word(size_t t) const {
    return text_.substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
  }
  // Case-insensitive ASCII comparison with a lower-case word.
  bool Is(size_t t, std::string_view word) const {
    if (t >= tokens_.size()) return false;
    const std::string_view w = Word(t);
    if (w.size() != word.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (AsciiLower(w[k]) != word[k]) return false;
    }
    return true;
  }
  bool IsAny(size_t t, Words words) const {
    for (std::string_view w : words) {
      if (Is(t, w)) return true;
    }
    return false;
  }
  template <size_t N>
  bool IsAny(size_t t, const std::string_view (&words)[N]) const {
    for (std::string_view w : words) {
      if (Is(t, w)) return true;
    }
    return false;
  }
  std::string_view Gap(size_t a, size_t b) const {
    return text_.substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end);
  }
  bool SpaceGap(size_t a, size_t b) const {
    for (char c : Gap(a, b)) {
      if (!IsAsciiSpace(c)) return false;
    }
    return true;
  }
  // Only spaces and one "&" (or "+") between the words.
  bool AmpGap(size_t a, size_t b) const {
    int marks = 0;
    for (char c : Gap(a, b)) {
      if (c == '&' || c == '+') {
        ++marks;
      } else if (!IsAsciiSpace(c)) {
        return false;
      }
    }
    return marks == 1;
  }
  bool Capital(size_t t) const { return t < tokens_.size() && tokens_[t].upper; }

  // The first word of a sentence or clause: the block's first word, or one
  // after ". ", "! ", "? ", ": ", "; ", ", ".
  bool ClauseStart(size_t t) const {
    if (t == 0) return true;
    for (char c : Gap(t - 1, t)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',') return true;
    }
    return false;
  }

  // The capitalised words of a name starting at token `t` (after an
  // optional honorific: "Dr.", "Dra.", "Prof.", "Dr. med."); returns the
  // last token, or nullopt.
  std::optional<size_t> NameRun(size_t t) const {
    size_t first = t;
    if (IsAny(first, {"dr", "dra", "prof", "mr", "mrs", "ms"}) && Capital(first) &&
        first + 1 < tokens_.size()) {
      ++first;
      if (Is(first, "med") && first + 1 < tokens_.size()) ++first;
    }
    if (!Capital(first)) return std::nullopt;
    size_t last = first, count = 1;
    while (count < kMaxNameWords && last + 1 < tokens_.size()) {
      const size_t next = last + 1;
      // "Praxis Dr. Lindqvist": an honorific's full stop does not end the name.
      const bool honorific_gap = IsAny(last, {"dr", "dra", "prof", "med", "st"}) &&
                                 Gap(last, next) == ". ";
      if ((SpaceGap(last, next) || AmpGap(last, next) || honorific_gap) && Capital(next)) {
        last = next;
        ++count;
        continue;
      }
      if (SpaceGap(last, next) && IsAny(next, kConnectors) && next + 1 < tokens_.size() &&
          SpaceGap(next, next + 1) && Capital(next + 1) && !Capital(next)) {
        last = next + 1;
        count += 2;
        continue;
      }
      break;
    }
    return last;
  }

  // The next token after `t` within the same sentence, skipping a comma.
  std::optional<size_t> After(size_t t) const {
    if (t + 1 >= tokens_.size()) return std::nullopt;
    for (char c : Gap(t, t + 1)) {
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') return std::nullopt;
    }
    return t + 1;
  }

  // True if one of `words` follows `t` within `window` tokens of the same
  // sentence.
  bool FollowedBy(size_t t, Words words, size_t window) const {
    size_t at = t;
    for (size_t k = 0; k < window; ++k) {
      const std::optional<size_t> next = After(at);
      if (!next) return false;
      if (IsAny(*next, words)) return true;
      at = *next;
    }
    return false;
  }

  void Emit(size_t first, size_t last, NameCue cue) {
    // "the" opens many names in running text and is not part of them.
    if (Is(first, "the") && first < last) ++first;
    const size_t begin = tokens_[first].begin;
    size_t end = tokens_[last].end;
    std::string_view raw = StripPossessive(text_.substr(begin, end - begin));
    end = begin + raw.size();
    std::string name = CleanName(raw);
    if (!LooksLikeName(name)) return;
    if (cue == NameCue::kThirdPerson && !HasInstitutionWord(name) &&
        !NameMatchesDomain(name, key_)) {
      // Only a word written as a brand ("CELLAXYS", "PlacidWay") names a
      // business without saying what kind it is.
      bool brand = false;
      for (size_t k = first; k <= last; ++k) brand = brand || tokens_[k].all_caps || tokens_[k].camel;
      if (!brand || first != last) return;
    }
    out_->push_back({std::move(name), cue, begin, end});
  }

  // The name that follows a trigger at `t` (an optional article skipped).
  std::optional<std::pair<size_t, size_t>> NameAfter(size_t t, Words articles) const {
    if (t >= tokens_.size()) return std::nullopt;
    size_t s = t;
    if (IsAny(s, articles)) ++s;
    const std::optional<size_t> last = NameRun(s);
    if (!last) return std::nullopt;
    return std::make_pair(s, *last);
  }

  void FirstPerson(size_t t) {
    if (!Is(t, "at") || t + 1 >= tokens_.size() || !SpaceGap(t, t + 1)) return FirstPersonOther(t);
    // "here at X", "our team at X", "our doctors at X".
    if (t > 0 && (Is(t - 1, "here") ||
                  (t > 1 && Is(t - 2, "our") &&
                   IsAny(t - 1, {"team", "staff", "doctors", "physicians", "specialists",
                                 "experts", "surgeons", "providers", "clinicians"})))) {
      if (auto name = NameAfter(t + 1, {"the"})) Emit(name->first, name->second, NameCue::kFirstPerson);
      return;
    }
    // "At X, we…", "At X our team…"
    if (auto name = NameAfter(t + 1, {"the"})) {
      if (FollowedBy(name->second, {"we", "our", "us"}, 4)) {
        Emit(name->first, name->second, NameCue::kFirstPerson);
      }
    }
  }

  void FirstPersonOther(size_t t) {
    // "Welcome to X", "Bienvenidos a X", "Willkommen in der X".
    if ((Is(t, "welcome") && Is(t + 1, "to")) ||
        (IsAny(t, {"bienvenido", "bienvenidos", "bienvenida", "bienvenidas"}) && IsAny(t + 1, {"a", "al"})) ||
        (Is(t, "willkommen") && IsAny(t + 1, {"in", "bei", "im", "zur", "zum"}))) {
      if (auto name = NameAfter(t + 2, {"the", "la", "el", "der", "dem", "den", "die"})) {
        Emit(name->first, name->second, NameCue::kFirstPerson);
      }
      return;
    }
    // "En X ofrecemos…", "Bei X setzen wir…": the subject that follows is "we".
    if (Capital(t) && ClauseStart(t) && IsAny(t, {"en", "bei"})) {
      if (auto name = NameAfter(t + 1, {"la", "el", "der", "dem", "den", "die"})) {
        if (FollowedBy(name->second,
                       {"nosotros", "somos", "ofrecemos", "contamos", "creemos", "trabajamos",
                        "utilizamos", "usamos", "tenemos", "brindamos", "realizamos", "nuestro",
                        "nuestra", "nuestros", "nuestras", "wir", "unser", "unsere", "unserem",
                        "unseren"},
                       3)) {
          Emit(name->first, name->second, NameCue::kFirstPerson);
        }
      }
    }
  }

  // "X is a…", "The X Centre (XYZ) is a member…", "X offers…" at a clause start.
  void ThirdPerson(size_t t) {
    size_t s = t;
    if (Is(s, "the") && Capital(s) && s + 1 < tokens_.size() && SpaceGap(s, s + 1)) ++s;
    if (IsAny(s, {"at", "welcome", "en", "bei", "in", "this", "our", "we", "it"})) return;
    const std::optional<size_t> last = NameRun(s);
    if (!last) return;
    size_t verb = *last + 1;
    // A parenthesised abbreviation: "Centre (OSCTC) is".
    if (verb < tokens_.size() && Gap(*last, verb).find('(') != std::string_view::npos &&
        verb + 1 < tokens_.size() && Gap(verb, verb + 1).find(')') != std::string_view::npos) {
      ++verb;
    } else if (verb < tokens_.size() && !SpaceGap(*last, verb)) {
      return;
    }
    if (IsAny(verb, {"is", "has", "offers", "treats", "performs", "provides", "uses",
                     "specializes", "specialises", "explains", "operates", "was", "es", "ofrece",
                     "cuenta", "realiza", "utiliza", "ist", "bietet", "behandelt"})) {
      Emit(t, *last, NameCue::kThirdPerson);
    }
  }

  // Capitalised words that spell the domain key exactly ("Regenexx",
  // "MSK Doctors", "Dr. Trevor Turner", "the Stem Cell Institute"); a
  // following institution word joins the name ("Centeno-Schultz Clinic").
  void DomainSpelling(size_t t) {
    for (const std::string& spelling : spellings_) {
      if (DomainSpellingAt(t, spelling)) return;
    }
  }

  bool DomainSpellingAt(size_t t, std::string_view key) {
    const std::string_view w = Word(t);
    if (w.empty() || AsciiLower(w[0]) != key[0]) return false;
    std::string acc;
    bool capital = false;
    for (size_t u = t; u < tokens_.size() && u < t + kMaxNameWords; ++u) {
      if (u > t) {
        for (char c : Gap(u - 1, u)) {
          if (!(IsAsciiSpace(c) || c == '.' || c == '&' || c == ',' || c == '-')) return false;
        }
      }
      acc += Squash(Word(u));
      capital = capital || tokens_[u].upper;
      if (!key.starts_with(acc)) return false;
      if (acc.size() < key.size()) continue;
      // The whole key, and the word ends there ("Regenexx", not "Regenexxing").
      if (!capital) return false;
      size_t last = u;
      if (u + 1 < tokens_.size() && SpaceGap(u, u + 1) && Capital(u + 1) &&
          IsInstitutionWord(FoldCopy(Word(u + 1)))) {
        last = u + 1;
      }
      size_t first = t;
      while (first > 0 && IsAny(first - 1, {"dr", "dra", "prof", "med"}) && first + 3 > t) --first;
      if (first < t && !Capital(first)) first = t;
      // A leading institution word: "Clínica Solara" on solara.example.
      if (first == t && t > 0 && SpaceGap(t - 1, t) && Capital(t - 1) &&
          IsInstitutionWord(FoldCopy(Word(t - 1)))) {
        --first;
      }
      Emit(first, last, NameCue::kDomain);
      return true;
    }
    return false;
  }

  std::string_view text_;
  std::string key_;
  std::vector<std::string> spellings_;
  std::vector<NameMention>* out_;
  std::vector<Token>& tokens_;
};

}  // namespace

void FindNameMentions(std::string_view text, std::string_view domain_key,
                      std::vector<NameMention>* out) {
  thread_local std::vector<Token> tokens;
  tokens.clear();
  Cues(text, domain_key, &tokens, out).Run();
}

}  // namespace clinicrank
