#include "parsers/extract/prices.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>

#include "parsers/extract/money_scan.h"
#include "parsers/text/polarity.h"
#include "parsers/text/page_text.h"
#include "parsers/extract/price_purpose.h"
#include "parsers/text/fold.h"
#include "parsers/text/attribution.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/sentences.h"
#include "parsers/text/words.h"

namespace clinicrank {
namespace {

using Joint = PricePurpose::Joint;

constexpr size_t kNpos = std::string_view::npos;
// Heading hops followed upwards from a block (h3 → h2 → h1).
constexpr int kMaxHeadingHops = 4;
// Amounts above this many US dollars are news (fines, funding), not fees.
constexpr double kMaxUsd = 1e6;
// Financing words ("APR", "meses sin intereses") mean a monthly instalment
// only for amounts below this (USD-equivalent).
constexpr double kMonthlyBelowUsd = 1500;
// DOMAIN.md §1: independent surveys put a unilateral stem-cell knee
// injection between about $1,150 and $12,000; the band is a little wider.
constexpr double kBandLowUsd = 1000;
constexpr double kBandHighUsd = 15000;

bool HasDigit(std::string_view s) {
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  // Full-width digits (０-９, EF BC 90..99), folded to ASCII before scanning.
  for (size_t i = s.find("\xEF\xBC"); i != std::string_view::npos; i = s.find("\xEF\xBC", i + 2)) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      return true;
    }
  }
  return false;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Folded text and its cues, owned together (PricePurpose views the string, so
// a Level never moves). The cues are found on first use: most levels are
// only folded (a heading read for "testimonials", a cell with no amount).
class Level {
 public:
  explicit Level(std::string_view text) : folded(FoldCopy(text)) {}
  // An rvalue string is taken as already folded (the caller folds it).
  explicit Level(std::string&& f) : folded(std::move(f)) {}
  Level(const Level&) = delete;
  Level& operator=(const Level&) = delete;

  const PricePurpose& cues() const {
    if (!cues_) cues_.emplace(folded);
    return *cues_;
  }

  const std::string folded;

 private:
  mutable std::optional<PricePurpose> cues_;
};

// Which currencies a page names at all.
struct CurrencySignals {
  bool pesos = false;
  bool usd = false;
  bool colombia = false;
  bool canada = false;
};

// Currency names that tell which dollar or peso a page means, matched in
// folded text ("Dólares" → "dolares", "Canadá" → "canada").
enum class CurrencySignal : uint8_t { kPesos, kUsd, kColombia, kCanada };
struct CurrencyName {
  std::string_view name;
  CurrencySignal signal;
};
constexpr CurrencyName kCurrencyNames[] = {
    {"pesos", CurrencySignal::kPesos},       {"mxn", CurrencySignal::kPesos},
    {"m.n.", CurrencySignal::kPesos},        {"usd", CurrencySignal::kUsd},
    {"dolares", CurrencySignal::kUsd},       {"dlls", CurrencySignal::kUsd},
    {"us$", CurrencySignal::kUsd},           {"colombia", CurrencySignal::kColombia},
    {"cop", CurrencySignal::kColombia},      {"col$", CurrencySignal::kColombia},
    {"canadian", CurrencySignal::kCanada},   {"canada", CurrencySignal::kCanada},
    {"cad", CurrencySignal::kCanada},        {"ca$", CurrencySignal::kCanada},
};

// Notes every currency name of a folded text in *s. A name must be followed
// by a non-alphanumeric or the end, even one that ends in "$": "US$ 4,000"
// names the currency of the page's prose, "us$4,000" is an amount that
// settles its own currency.
void ScanCurrencyNames(std::string_view folded, CurrencySignals* s) {
  static const PhraseSet* const names = [] {
    std::vector<PhraseSet::Phrase> phrases;
    for (const CurrencyName& n : kCurrencyNames) phrases.push_back({n.name});
    return new PhraseSet(phrases);
  }();
  if (!names->In(folded)) return;  // most texts name no currency: one quick pass
  std::vector<PhraseSet::Match> matches;
  names->FindAll(folded, &matches);
  for (const PhraseSet::Match& m : matches) {
    if (m.end < folded.size() && IsAlnum(folded[m.end])) continue;
    switch (kCurrencyNames[m.id].signal) {
      case CurrencySignal::kPesos: s->pesos = true; break;
      case CurrencySignal::kUsd: s->usd = true; break;
      case CurrencySignal::kColombia: s->colombia = true; break;
      case CurrencySignal::kCanada: s->canada = true; break;
    }
  }
}

// A money mention with the currency settled.
struct Amount {
  MoneyMention m;
  std::string currency;
  bool guessed = false;
  std::string why;  // page context behind a guess
};

std::string FormatAmount(double v) {
  char buf[32];
  if (v == std::floor(v)) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.2f", v);
  }
  return buf;
}

// The where/what context of one page while it is scanned.
class PageScan {
 public:
  PageScan(const Document& doc, const PageContext& ctx, PageText* text,
           std::vector<Price>* prices, std::vector<std::string>* notes)
      : doc_(doc), ctx_(ctx), text_(*text), prices_(prices), notes_(notes) {
    lang_ = ctx.lang.empty() ? doc.lang.substr(0, 2) : ctx.lang;
  }

  void Run() {
    for (size_t i = 0; i < doc_.blocks.size(); ++i) {
      const Block& b = doc_.blocks[i];
      if (!HasDigit(b.text) || !text_.ClinicSpeaks(i)) continue;
      if (b.kind == BlockKind::kTableRow) {
        if (!b.is_header_row) ScanRow(i);
      } else {
        ScanTextBlock(i);
      }
    }
    for (const std::string& raw : doc_.json_ld) {
      if (raw.find("rice") != std::string::npos) ScanJsonLd(raw);
    }
  }

 private:
  // ---- Context levels -------------------------------------------------

  // Each block is folded at most once per page, however many amounts and
  // blocks below it ask for it.
  const Level& BlockLevel(int index) {
    if (levels_.empty()) levels_.resize(doc_.blocks.size());
    std::unique_ptr<Level>& level = levels_[static_cast<size_t>(index)];
    if (!level) level = std::make_unique<Level>(doc_.blocks[index].text);
    return *level;
  }

  // Headings above block `index`, nearest first.
  std::vector<int> HeadingChain(int index) const {
    std::vector<int> chain;
    int h = doc_.blocks[index].section;
    while (h >= 0 && static_cast<int>(chain.size()) < kMaxHeadingHops) {
      chain.push_back(h);
      h = doc_.blocks[h].section;
    }
    return chain;
  }

  // The page's own subject: title, description and first h1.
  const Level& DocLevel() {
    if (!doc_level_) {
      std::string text = doc_.title + " . " + doc_.Meta("description") + " . " +
                         doc_.Meta("og:description");
      for (const Block& b : doc_.blocks) {
        if (b.kind == BlockKind::kHeading && b.heading_level == 1) {
          text += " . " + b.text;
          break;
        }
      }
      doc_level_ = std::make_unique<Level>(text);
    }
    return *doc_level_;
  }

  // The page's subject: stem cells if the title/description name them at all.
  std::string_view DocTreatment() {
    const PricePurpose& cues = DocLevel().cues();
    for (const PricePurpose::Cue& c : cues.cues()) {
      if (c.kind == PricePurpose::Kind::kTreatment && c.value == "stem_cell") return c.value;
    }
    return cues.Treatment();
  }

  // ---- Currency -------------------------------------------------------

  using Signals = CurrencySignals;

  // Which currencies the page names at all (title, description, blocks).
  // Needed only when a bare "$" or "pesos" must be read.
  const Signals& PageSignals() {
    if (!signals_) {
      signals_ = Signals();
      ScanCurrencyNames(FoldCopy(doc_.title), &*signals_);
      ScanCurrencyNames(FoldCopy(doc_.Meta("description")), &*signals_);
      for (size_t i = 0; i < doc_.blocks.size(); ++i) {
        ScanCurrencyNames(text_.Fold(i).text(), &*signals_);
      }
    }
    return *signals_;
  }

  // True when "$" could be something other than US dollars here.
  bool DollarIsAmbiguous() {
    static constexpr std::string_view kTlds[] = {"mx", "co", "ca", "au", "nz", "ar", "cl",
                                                 "do", "ky", "bs", "ag", "cr", "pa", "sg",
                                                 "hk", "br", "uy"};
    for (std::string_view t : kTlds) {
      if (ctx_.tld == t) return true;
    }
    if (!lang_.empty() && lang_ != "en") return true;
    const Signals& s = PageSignals();
    return s.pesos || s.colombia || s.canada;
  }

  std::string Why() {
    std::string why = "page context:";
    if (!lang_.empty()) why += " lang " + lang_ + ",";
    if (!ctx_.tld.empty()) why += " ." + ctx_.tld + ",";
    const Signals& s = PageSignals();
    if (s.pesos) why += " pesos,";
    if (s.colombia) why += " Colombia,";
    if (s.canada) why += " Canadian,";
    why.pop_back();
    return why;
  }

  // Settles the currency of a mention; false when it cannot be a price.
  bool Resolve(const MoneyMention& m, std::string_view column_currency, Amount* out) {
    out->m = m;
    CurrencyCue cue = m.cue;
    if (cue == CurrencyCue::kNone) {
      if (column_currency.size() == 3) {
        out->currency = std::string(column_currency);
        return true;
      }
      cue = CurrencyCue::kBareDollar;  // a "Price" column: the page's dollar
      out->guessed = true;
    }
    switch (cue) {
      case CurrencyCue::kExplicit:
        out->currency = m.currency;
        return true;
      case CurrencyCue::kPesoWord:
        out->currency = ctx_.tld == "co" || PageSignals().colombia ? "COP"
                        : ctx_.tld == "ar"                         ? "ARS"
                        : ctx_.tld == "cl"                         ? "CLP"
                        : ctx_.tld == "do"                         ? "DOP"
                                                                   : "MXN";
        out->guessed = ctx_.tld != "mx" && ctx_.tld != "co";
        break;
      case CurrencyCue::kDollarWord:
      case CurrencyCue::kBareDollar:
        out->currency = DollarCurrency(m, cue);
        out->guessed = out->guessed || DollarIsAmbiguous();
        break;
      case CurrencyCue::kBareYen:
        // "¥" is the yen and the yuan: yuan on a Chinese page.
        out->currency = lang_ == "zh" || ctx_.tld == "cn" ? "CNY" : "JPY";
        out->guessed = lang_ != "ja" && lang_ != "zh" && ctx_.tld != "jp" && ctx_.tld != "cn";
        break;
      case CurrencyCue::kNone:
        return false;
    }
    if (out->guessed) out->why = Why();
    return true;
  }

  // DOMAIN.md §6: a bare "$" is USD on most pages, including Mexican tourism
  // pages; MXN needs a peso context and an amount in the tens of thousands
  // (or a page that prices only in pesos); COP a Colombian page and amounts in
  // the hundreds of thousands; CAD/AUD/NZD a Canadian/Australian/NZ page.
  std::string DollarCurrency(const MoneyMention& m, CurrencyCue cue) {
    const std::string_view tld = ctx_.tld;
    if (tld == "ca" || (cue == CurrencyCue::kBareDollar && PageSignals().canada)) return "CAD";
    if (tld == "au") return "AUD";
    if (tld == "nz") return "NZD";
    // A bare "$" on a Brazilian page is the real (R$ split by markup).
    if (tld == "br" || doc_.lang.starts_with("pt-br")) return "BRL";
    if (cue == CurrencyCue::kDollarWord) return "USD";
    const Signals& s = PageSignals();
    const bool spanish = lang_ == "es";
    if ((tld == "co" || (spanish && s.colombia)) && (m.low >= 50000 || m.dot_thousands)) {
      return "COP";
    }
    const bool mexico = tld == "mx" || (spanish && s.pesos) || s.pesos;
    if (mexico && ((s.pesos && !s.usd) || m.low >= 10000)) return "MXN";
    return "USD";
  }

  // ---- Emitting -------------------------------------------------------

  // Drops discounts, exchange rates, zero and absurd amounts.
  static bool Plausible(const Amount& a) {
    if (a.m.discount || a.m.exchange_rate || a.m.low <= 0 || a.m.high <= 0) return false;
    const double rate = ApproxUsdPerUnit(a.currency);
    return rate == 0 || a.m.high * rate <= kMaxUsd;
  }

  static double Usd(const Amount& a) {
    const double rate = ApproxUsdPerUnit(a.currency);
    return rate == 0 ? a.m.low : a.m.low * rate;
  }

  void Emit(const Amount& a, std::string_view treatment, std::string_view basis,
            std::string_view quote_text, std::string_view raw, std::string_view reference = "") {
    Price p;
    p.reference = std::string(reference);
    p.low = a.m.low;
    p.high = a.m.high;
    p.currency = a.currency;
    p.basis = basis.empty() ? "unspecified" : std::string(basis);
    p.treatment = treatment.empty() ? "other" : std::string(treatment);
    p.lower_bound_only = a.m.lower_bound_only;
    p.upper_bound_only = a.m.upper_bound_only;
    p.currency_guessed = a.guessed;
    p.quote = MakeQuote(quote_text);
    p.url = ctx_.url;
    std::string note;
    if (a.guessed) {
      note = ctx_.url + ": \"" + MakeQuote(raw, 60) + "\" read as " + a.currency + " (" + a.why +
             ")";
    }
    prices_->push_back(std::move(p));
    notes_->push_back(std::move(note));
  }

  // First non-empty treatment along the levels; then "other joints" (the
  // first level that names a joint decides whether it is the knee).
  // A whole level is probed through its Level, so its cues are found only
  // if the levels before it leave the question open.
  struct Probe {
    const PricePurpose* cues;
    size_t begin;
    size_t end;
    size_t anchor_begin;
    size_t anchor_end;
    const Level* level = nullptr;  // set instead of `cues` by Whole()
    const PricePurpose& Cues() const { return level != nullptr ? level->cues() : *cues; }
  };
  std::string_view DecideTreatment(const std::vector<Probe>& probes, bool use_doc) {
    std::string_view t;
    for (const Probe& p : probes) {
      t = p.Cues().Treatment(p.begin, p.end, p.anchor_begin, p.anchor_end);
      if (!t.empty()) break;
    }
    if (t.empty() && use_doc) t = DocTreatment();
    if (t == "stem_cell") {
      for (const Probe& p : probes) {
        const Joint j = p.Cues().Joints(p.begin, p.end);
        if (j == Joint::kKnee) break;
        if (j == Joint::kOther) return "other";
      }
    }
    return t;
  }

  static Probe Whole(const Level& level) {
    return {nullptr, 0, level.folded.size(), kNpos, kNpos, &level};
  }

  void AddHeadings(int index, std::vector<Probe>* probes) {
    for (int h : HeadingChain(index)) {
      const Level& level = BlockLevel(h);
      probes->push_back(Whole(level));
    }
  }

  std::string_view HeadingBasis(int index) {
    for (int h : HeadingChain(index)) {
      std::string_view b = BlockLevel(h).cues().Basis(false);
      if (!b.empty()) return b;
    }
    return "";
  }

  // ---- Text blocks ------------------------------------------------------

  struct Sentence {
    std::string_view text;  // original
    FoldedText folded;
    std::vector<Amount> amounts;
    std::unique_ptr<PricePurpose> cues;
    // Follows a sentence about other clinics' prices and still speaks of
    // them ("That's nearly $9,000 for ...").
    bool about_others = false;
  };

  static bool OriginalStory(std::string_view s) {
    static constexpr std::string_view kWords[] = {"pagué", "Pagué", "gasté", "Gasté", "invertí",
                                                  "Invertí", "me costó", "Me costó"};
    for (std::string_view w : kWords) {
      if (s.find(w) != kNpos) return true;
    }
    return false;
  }

  // Where the gap between two amounts splits the sentence into their parts:
  // the end of the first amount's clause when the next amount lies in a
  // later one (shared engine: ; ( ) | dashes, "but / while / pero / aber",
  // a new subject), else the first price separator in the gap.
  static size_t SplitPoint(const SentencePolarity& clauses, std::string_view f, size_t from,
                           size_t to) {
    const Span clause = clauses.ClauseAt(from);
    if (clause.end > from && clause.end <= to) return clause.end;
    std::string_view gap = f.substr(from, to - from);
    static constexpr std::string_view kSeparators[] = {
        " / ", " vs", " versus", " compared", " frente a", " en comparacion", " im vergleich",
        " and ", " y ", " und ", " or ", " o ",
        " oder ", ",", "+", ". "};
    for (std::string_view sep : kSeparators) {
      const size_t at = gap.find(sep);
      if (at == kNpos) continue;
      return from + at;
    }
    size_t mid = from + gap.size() / 2;
    while (mid < to && f[mid] != ' ') ++mid;
    return mid;
  }

  // True when the block is little more than its amounts ("US$ 11,900",
  // "Only $2,950 per injection"): its subject is around it.
  static bool IsBarePrice(const std::vector<Sentence>& sentences) {
    size_t words = 0;
    for (const Sentence& s : sentences) {
      const std::string& f = s.folded.text;
      size_t pos = 0;
      for (const Amount& a : s.amounts) {
        words += CountWords(std::string_view(f).substr(pos, a.m.begin - pos));
        pos = a.m.end;
      }
      words += CountWords(std::string_view(f).substr(pos));
    }
    return words <= 3;
  }

  static size_t CountWords(std::string_view s) {
    size_t n = 0;
    bool in = false;
    for (char c : s) {
      const bool letter = c >= 'a' && c <= 'z';
      if (letter && !in) ++n;
      in = letter;
    }
    return n;
  }

  static bool SpeaksForItself(std::string_view folded) {
    static constexpr std::string_view kWords[] = {"our", "we", "us", "nuestro", "nuestra",
                                                  "nuestros", "nosotros", "unser", "unsere",
                                                  "wir", "uns"};
    for (std::string_view w : kWords) {
      if (ContainsWord(folded, w)) return true;
    }
    return false;
  }

  void ScanTextBlock(size_t index) {
    const Block& b = doc_.blocks[index];
    std::vector<Sentence> sentences;
    size_t total = 0;
    bool about_others = false;
    for (const Span& span : text_.Sentences(index)) {
      std::string_view text = std::string_view(b.text).substr(span.begin, span.size());
      if (!HasDigit(text)) continue;
      Sentence s;
      s.text = text;
      s.folded = Fold(text);
      for (const MoneyMention& m : ScanMoney(s.folded.text)) {
        Amount a;
        if (Resolve(m, "", &a) && Plausible(a)) s.amounts.push_back(std::move(a));
      }
      if (s.amounts.empty()) continue;
      s.cues = std::make_unique<PricePurpose>(s.folded.text);
      if (s.cues->IsStory() || OriginalStory(text)) continue;
      // After a sentence about other clinics' prices, "That's nearly $9,000
      // for ..." still speaks of them, unless the clinic speaks of itself.
      const bool others = s.cues->HasOthers();
      s.about_others = about_others && !others && !SpeaksForItself(s.folded.text);
      about_others = about_others || others;
      total += s.amounts.size();
      sentences.push_back(std::move(s));
    }
    if (sentences.empty()) return;
    // Each sentence's cues view its folded text, and moving a short string
    // moves its bytes (they live inside the object): rebuild the cues where
    // the sentences now stay (a use after scope found by fuzz_extract).
    for (Sentence& s : sentences) s.cues = std::make_unique<PricePurpose>(s.folded.text);
    const bool bare = IsBarePrice(sentences);
    for (const Sentence& s : sentences) EmitSentence(index, s, total, bare);
  }

  void EmitSentence(size_t index, const Sentence& s, size_t block_total, bool bare) {
    const std::string& f = s.folded.text;
    const size_t n = s.amounts.size();
    for (size_t i = 0; i < n; ++i) {
      const MoneyMention& m = s.amounts[i].m;
      // The clauses come from the cues' negation scope (built once, and only
      // when the sentence has several amounts to split).
      const size_t seg_begin =
          i == 0 ? 0 : SplitPoint(s.cues->NegationScope(), f, s.amounts[i - 1].m.end, m.begin);
      const size_t seg_end = i + 1 == n ? f.size()
                                        : SplitPoint(s.cues->NegationScope(), f, m.end,
                                                     s.amounts[i + 1].m.begin);
      // Whose amount it is. A lone amount in a clause where the clinic names
      // its own price is read in that clause alone: "Our price is $4,800;
      // most clinics charge far more" compares, it does not quote others.
      Span own{seg_begin, seg_end};
      if (n == 1) {
        const Span clause = s.cues->NegationScope().ClauseAt(m.begin);
        if (SpeaksForItself(std::string_view(f).substr(clause.begin, clause.size()))) own = clause;
      }
      // "Most clinics charge $8,000; ours is $5,000": only the clinic's own
      // is its price; the rest are references.
      std::string_view reference =
          s.about_others || (s.cues->HasOthers() &&
                             (s.cues->HasOthers(own.begin, own.end) ||
                              !SpeaksForItself(std::string_view(f).substr(own.begin, own.size()))))
              ? "others"
              : Reference(s, m, own);
      std::vector<Probe> probes = {{s.cues.get(), seg_begin, seg_end, m.begin, m.end}};
      if (n > 1) probes.push_back({s.cues.get(), 0, f.size(), m.begin, m.end});
      const Level& block = BlockLevel(static_cast<int>(index));
      probes.push_back(Whole(block));
      AddNeighbourIntro(index, &probes);
      AddCard(index, &probes);
      AddHeadings(static_cast<int>(index), &probes);
      if (bare) AddBareNeighbours(index, &probes);
      const std::string_view treatment = DecideTreatment(probes, true);

      const bool weak = Usd(s.amounts[i]) < kMonthlyBelowUsd;
      std::string_view basis = s.cues->Basis(seg_begin, seg_end, weak, m.end);
      if (basis.empty() && n == 1) basis = s.cues->Basis(weak);
      if (basis.empty() && block_total == 1) basis = block.cues().Basis(weak);
      if (basis.empty()) basis = CardBasis(index);
      if (basis.empty()) basis = HeadingBasis(static_cast<int>(index));

      Emit(s.amounts[i], treatment, basis, s.text, RawText(s, m), reference);
    }
  }

  // Why a prose amount is only a reference (issue 12, kind 1), or "" for the
  // clinic's own price: a market or country figure in its own part of the
  // sentence ("$15,000 back home"), or a sentence that reads as general
  // information, research or the past (parsers/text/attribution.h); on an
  // information page, any amount the clinic does not state in its own voice.
  // (A clinic's own "typically costs $X per injection" stays its price.)
  std::string_view Reference(const Sentence& s, const MoneyMention& m, Span segment) {
    const MentionReader reader(s.folded.text, s.cues->NegationScope());
    if (reader.HasCueOutsideAsides(AttributionCue::kMarket, segment, m.begin) ||
        reader.HasCueOutsideAsides(AttributionCue::kComparison, segment, m.begin)) {
      return "market";
    }
    // Another country's market in the amount's own part, where the clinic
    // does not speak ("US$4,900 here, against US$12,000 in the US").
    if (reader.HasCueOutsideAsides(AttributionCue::kPlace, segment, m.begin) &&
        !reader.OwnVoiceIn(segment)) {
      return "market";
    }
    const MentionReading r = reader.Of(m.begin, m.end);
    switch (r.attribution) {
      case Attribution::kOthers: return "others";
      case Attribution::kResearch: return "research";
      case Attribution::kPast: return "past";
      // A market or general word elsewhere in the sentence says nothing of
      // this amount ("usually covered by insurance; self-pay is $125"), nor
      // does a list ("including the harvest and follow-up").
      case Attribution::kMarket:
        if (!r.own_voice) return "market";
        break;
      case Attribution::kGeneral:
      case Attribution::kOwn:
      case Attribution::kNegated:
      case Attribution::kHypothetical:
        break;
    }
    if (ctx_.information_page && !r.own_voice) return "general";
    return "";
  }

  static std::string_view RawText(const Sentence& s, const MoneyMention& m) {
    const auto& origin = s.folded.origin;
    const size_t b = origin[m.begin];
    const size_t e = m.end < origin.size() ? origin[m.end] : s.text.size();
    return s.text.substr(b, e - b);
  }

  // The block before, when it introduces this one ("Stem cell therapy:").
  void AddNeighbourIntro(size_t index, std::vector<Probe>* probes) {
    if (index == 0) return;
    const Block& prev = doc_.blocks[index - 1];
    if (prev.kind == BlockKind::kHeading || prev.section != doc_.blocks[index].section) return;
    if (!prev.text.empty() && prev.text.back() == ':') {
      const Level& level = BlockLevel(static_cast<int>(index - 1));
      probes->push_back(Whole(level));
    }
  }

  // A pricing card laid out as sibling blocks ("30 million cells" | "US$4,500"
  // | "per knee"): the item's own label and notes are the other blocks of its
  // card, nearest first (issue 12, kind 2). The section heading, the page
  // title and the clinic's topic come after them.
  static constexpr size_t kCardReach = 6;
  void AddCard(size_t index, std::vector<Probe>* probes) {
    for (size_t k : CardBlocks(index)) probes->push_back(Whole(BlockLevel(static_cast<int>(k))));
  }
  std::string_view CardBasis(size_t index) {
    for (size_t k : CardBlocks(index)) {
      const std::string_view b = BlockLevel(static_cast<int>(k)).cues().Basis(false);
      if (!b.empty()) return b;
    }
    return "";
  }
  std::vector<size_t> CardBlocks(size_t index) const {
    std::vector<size_t> out;
    const int card = doc_.blocks[index].card;
    if (card < 0) return out;
    for (size_t d = 1; d <= kCardReach; ++d) {
      for (const size_t k : {index - d, index + d}) {
        if (k < doc_.blocks.size() && doc_.blocks[k].card == card) out.push_back(k);
      }
    }
    return out;
  }

  // A price card's description: the next block, then the one before.
  void AddBareNeighbours(size_t index, std::vector<Probe>* probes) {
    const int section = doc_.blocks[index].section;
    for (size_t k : {index + 1, index - 1}) {
      if (k >= doc_.blocks.size()) continue;
      const Block& nb = doc_.blocks[k];
      if (nb.kind == BlockKind::kHeading || nb.section != section) continue;
      const Level& level = BlockLevel(static_cast<int>(k));
      probes->push_back(Whole(level));
    }
  }

  // ---- Table rows -------------------------------------------------------

  static bool IsPriceHeader(std::string_view folded) {
    static constexpr std::string_view kWords[] = {
        "price", "cost", "fee", "rate", "precio", "costo", "tarifa", "importe", "preis",
        "kosten", "gebuhr", "honorar", "betrag", "usd", "eur", "mxn", "$"};
    for (std::string_view w : kWords) {
      if (folded.find(w) != kNpos) return true;
    }
    return false;
  }

  // A bare number in a price column must look like an amount: the cell is
  // little more than the number, and the number is not a year.
  static bool BareNumberOk(std::string_view cell, const MoneyMention& m) {
    if (m.cue != CurrencyCue::kNone) return true;
    if (m.low < 10) return false;
    const std::string_view written = cell.substr(m.begin, m.end - m.begin);
    if (m.low >= 1900 && m.low <= 2100 && written.find_first_of(".,' ") == kNpos) return false;
    return CountWords(cell.substr(0, m.begin)) + CountWords(cell.substr(m.end)) <= 3;
  }

  void ScanRow(size_t index) {
    const Block& b = doc_.blocks[index];
    std::vector<std::unique_ptr<Level>> cells;
    cells.reserve(b.cells.size());
    for (const std::string& c : b.cells) cells.push_back(std::make_unique<Level>(c));
    for (size_t j = 0; j < b.cells.size(); ++j) {
      if (!HasDigit(b.cells[j])) continue;
      std::unique_ptr<Level> header;
      if (j < b.header_cells.size()) header = std::make_unique<Level>(b.header_cells[j]);
      ScanCell(index, j, cells, header.get());
    }
  }

  void ScanCell(size_t index, size_t j, const std::vector<std::unique_ptr<Level>>& cells,
                const Level* header) {
    const Block& b = doc_.blocks[index];
    const std::string& f = cells[j]->folded;
    MoneyScanOptions options;
    std::string column_currency;
    if (header != nullptr && IsPriceHeader(header->folded)) {
      options.bare_numbers = j > 0;
      column_currency = CurrencyNamedIn(header->folded);
    }
    std::vector<Amount> amounts;
    for (const MoneyMention& m : ScanMoney(f, options)) {
      Amount a;
      if (BareNumberOk(f, m) && Resolve(m, column_currency, &a) && Plausible(a)) {
        amounts.push_back(std::move(a));
      }
    }
    if (amounts.empty() || cells[j]->cues().IsStory() || cells[j]->cues().HasOthers()) return;
    const size_t n = amounts.size();
    const PricePurpose& cell = cells[j]->cues();
    for (size_t i = 0; i < n; ++i) {
      const MoneyMention& m = amounts[i].m;
      const size_t seg_begin =
          i == 0 ? 0 : SplitPoint(cell.NegationScope(), f, amounts[i - 1].m.end, m.begin);
      const size_t seg_end = i + 1 == n ? f.size()
                                        : SplitPoint(cell.NegationScope(), f, m.end,
                                                     amounts[i + 1].m.begin);
      std::vector<Probe> probes = {{&cell, seg_begin, seg_end, m.begin, m.end},
                                   {&cell, 0, f.size(), m.begin, m.end}};
      if (j > 0) probes.push_back(Whole(*cells[0]));
      if (header != nullptr) probes.push_back(Whole(*header));
      for (size_t k = 1; k < cells.size(); ++k) {
        if (k != j) probes.push_back(Whole(*cells[k]));
      }
      AddHeadings(static_cast<int>(index), &probes);
      const std::string_view treatment = DecideTreatment(probes, true);

      const bool weak = Usd(amounts[i]) < kMonthlyBelowUsd;
      std::string_view basis = cell.Basis(seg_begin, seg_end, weak, m.end);
      if (basis.empty() && n == 1) basis = cell.Basis(weak);
      if (basis.empty() && header != nullptr) basis = header->cues().Basis(false);
      if (basis.empty() && j > 0) basis = cells[0]->cues().Basis(false);
      if (basis.empty()) basis = HeadingBasis(static_cast<int>(index));

      const std::string_view raw = std::string_view(b.cells[j]);
      Emit(amounts[i], treatment, basis, b.text, raw, TableReference(index, header));
    }
  }

  // A table that surveys a market ("Average cost by country", a column
  // "Typical price", rows of other clinics) holds references, not the
  // clinic's prices (issue 12, kind 1). Read from the price column's header
  // and the headings above the table; on an information page, every table.
  std::string_view TableReference(size_t index, const Level* header) {
    if (ctx_.information_page) return "general";
    const auto market = [](const Level& level) {
      return MarketWords().In(level.folded);
    };
    if (header != nullptr && market(*header)) return "market";
    for (int h : HeadingChain(static_cast<int>(index))) {
      if (market(BlockLevel(h))) return "market";
    }
    return "";
  }

  // Market and comparison words of the attribution vocabulary, plus words
  // that title a survey table.
  static const PhraseSet& MarketWords() {
    static const PhraseSet* const set = [] {
      std::vector<PhraseSet::Phrase> phrases;
      for (const AttributionCue cue : {AttributionCue::kMarket, AttributionCue::kComparison}) {
        for (const AttributionPhrase& p : AttributionTable(cue)) phrases.push_back({p.text, p.mode});
      }
      for (std::string_view w : {"average", "averages", "typical", "estimated", "by country",
                                 "per country", "promedio", "tipico", "por pais", "durchschnitt",
                                 "durchschnittlich", "ublich", "nach land"}) {
        phrases.push_back({w});
      }
      return new PhraseSet(phrases);
    }();
    return *set;
  }

  // ---- JSON-LD ------------------------------------------------------------

  static std::string StringOf(const rapidjson::Value& obj, const char* key) {
    if (!obj.IsObject()) return "";
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return "";
    if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
    if (it->value.IsObject()) return StringOf(it->value, "name") + " " + StringOf(it->value, "description");
    return "";
  }

  static std::optional<double> NumberOf(const rapidjson::Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return std::nullopt;
    if (it->value.IsNumber()) return it->value.GetDouble();
    if (!it->value.IsString()) return std::nullopt;
    std::string s(it->value.GetString(), it->value.GetStringLength());
    std::string digits;
    for (char c : s) {
      if ((c >= '0' && c <= '9') || c == '.' || c == ',') digits.push_back(c);
    }
    double v = 0;
    bool dots = false;
    if (digits.empty() || !ParseAmount(digits, &v, &dots)) return std::nullopt;
    return v;
  }

  void ScanJsonLd(const std::string& raw) {
    rapidjson::Document d;
    d.Parse(raw.c_str(), raw.size());
    if (d.HasParseError()) return;  // identity already warns
    std::vector<std::string> context;
    WalkJson(d, "", &context, 0);
  }

  void WalkJson(const rapidjson::Value& v, std::string currency, std::vector<std::string>* context,
                int depth) {
    if (depth > 12) return;
    if (v.IsArray()) {
      for (const auto& item : v.GetArray()) WalkJson(item, currency, context, depth + 1);
      return;
    }
    if (!v.IsObject()) return;
    std::string own = StringOf(v, "name") + " . " + StringOf(v, "description") + " . " +
                      StringOf(v, "itemOffered") + " . " + StringOf(v, "category");
    const std::string unit = StringOf(v, "unitText");
    const std::string cur = StringOf(v, "priceCurrency");
    if (!cur.empty()) currency = cur;
    context->push_back(own);
    JsonOffer(v, currency, *context, unit);
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      if (it->value.IsObject() || it->value.IsArray()) {
        WalkJson(it->value, currency, context, depth + 1);
      }
    }
    context->pop_back();
  }

  void JsonOffer(const rapidjson::Value& v, const std::string& currency,
                 const std::vector<std::string>& context, const std::string& unit) {
    std::optional<double> low = NumberOf(v, "lowPrice");
    std::optional<double> high = NumberOf(v, "highPrice");
    const std::optional<double> price = NumberOf(v, "price");
    if (!low) low = NumberOf(v, "minPrice");
    if (!high) high = NumberOf(v, "maxPrice");
    if (price && !low) low = price;
    if (price && !high) high = price;
    if (!low && !high) return;
    if (!low) low = high;
    if (!high) high = low;
    if (currency.size() != 3) return;  // no currency: not a price we can state
    Amount a;
    a.m.low = std::min(*low, *high);
    a.m.high = std::max(*low, *high);
    a.m.is_range = a.m.low != a.m.high;
    a.m.lower_bound_only = v.HasMember("lowPrice") && !v.HasMember("highPrice") && !price;
    a.currency = currency;
    for (char& c : a.currency) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!Plausible(a)) return;

    std::string text;  // nearest object first
    for (auto it = context.rbegin(); it != context.rend(); ++it) text += *it + " . ";
    const Level level(text);
    const std::string_view treatment = DecideTreatment({Whole(level)}, true);
    std::string_view basis;
    const Level unit_level(unit.empty() ? std::string() : FoldCopy("per " + unit));
    const bool weak = Usd(a) < kMonthlyBelowUsd;
    basis = unit_level.cues().Basis(weak);
    if (basis.empty()) basis = level.cues().Basis(weak);

    std::string name = MakeQuote(context.empty() ? "" : context.back(), 200);
    std::string quote = "JSON-LD offer";
    if (!name.empty() && name != ". . ." ) quote += " \"" + name + "\"";
    quote += ": " + FormatAmount(a.m.low);
    if (a.m.high != a.m.low) quote += "-" + FormatAmount(a.m.high);
    quote += " " + a.currency;
    if (!unit.empty()) quote += " per " + unit;
    Emit(a, treatment, basis, quote, quote);
  }

  const Document& doc_;
  const PageContext& ctx_;
  PageText& text_;
  std::vector<Price>* prices_;
  std::vector<std::string>* notes_;
  std::string lang_;
  std::vector<std::unique_ptr<Level>> levels_;  // by block index, built on use
  std::unique_ptr<Level> doc_level_;
  std::optional<Signals> signals_;
};

}  // namespace

void PriceExtractor::AddPage(const Document& doc, const PageContext& ctx) {
  PageText text(doc);
  AddPage(doc, ctx, &text);
}

void PriceExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  PageScan scan(doc, ctx, text, &prices_, &guess_notes_);
  scan.Run();
}

void PriceExtractor::Finish(ClinicFacts* out) const {
  using Key = std::tuple<double, double, std::string, std::string, std::string>;
  std::map<Key, bool> seen;
  // The same amount with a stated basis makes an "unspecified" copy of it
  // redundant (a JSON-LD offer repeating the "$5k per knee" of the text).
  std::map<std::tuple<double, double, std::string, std::string>, bool> specified;
  for (const Price& p : prices_) {
    if (p.basis != "unspecified") specified[{p.low, p.high, p.currency, p.treatment}] = true;
  }
  for (size_t i = 0; i < prices_.size(); ++i) {
    const Price& p = prices_[i];
    if (!seen.emplace(Key{p.low, p.high, p.currency, p.basis, p.treatment + p.reference}, true)
             .second) {
      continue;
    }
    if (p.basis == "unspecified" && specified.count({p.low, p.high, p.currency, p.treatment})) {
      continue;
    }
    // The cost of surgery stays a price whoever states it: the contract lists
    // knee replacement "quoted for comparison" with treatment surgery.
    if (!p.reference.empty() && p.treatment != "surgery") {
      out->reference_prices.push_back(p);
      continue;
    }
    out->prices.push_back(p);
    out->prices.back().reference.clear();
    if (!guess_notes_[i].empty()) out->warnings.push_back(guess_notes_[i]);
    const double rate = ApproxUsdPerUnit(p.currency);
    if (p.treatment != "stem_cell" || p.basis == "per_month" || rate == 0) continue;
    const double high_band = p.basis == "both_knees" ? 2 * kBandHighUsd : kBandHighUsd;
    if (p.low * rate < kBandLowUsd || p.high * rate > high_band) {
      std::string amount = FormatAmount(p.low) + " " + p.currency;
      if (p.high != p.low) amount = FormatAmount(p.low) + "-" + FormatAmount(p.high) + " " + p.currency;
      out->warnings.push_back(p.url + ": stem-cell price " + amount + " (about " +
                              FormatAmount(std::round(p.low * rate)) +
                              " USD) is outside the plausible band of $1,000-15,000 "
                              "(DOMAIN.md section 1): \"" + MakeQuote(p.quote, 120) + "\"");
    }
  }
  out->warnings.insert(out->warnings.end(), warnings_.begin(), warnings_.end());
}

}  // namespace clinicrank
