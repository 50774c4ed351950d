// What the stem-cell price includes (parsers/extract/price_includes.h).
// Vocabulary: the seed article's four cost items in English, Spanish and
// German, folded (é→e, ä→a, ß→ss). Heuristic; DOMAIN.md §6 for the price
// words.
#include "parsers/extract/price_includes.h"

#include <bitset>
#include <optional>
#include <string_view>
#include <vector>

#include "parsers/text/phrase_list.h"
#include "parsers/text/fold.h"
#include "parsers/text/polarity.h"
#include "parsers/text/sentences.h"
#include "parsers/vocab/languages.h"
#include "parsers/vocab/shared_words.h"

namespace clinicrank {
namespace {

// ---- Vocabulary --------------------------------------------------------

// Cues that what follows is in the price.
constexpr std::string_view kIncludeCues[] = {
    "include",    "includes",   "included",   "including", "inclusive of",    "covers",
    "cover",      "comes with", "incluye",    "incluyen",  "incluido*",       "incluida*",
    "incluyendo", "cubre",      "comprende",  "inkl",      "inklusive",       "enthalt",
    "enthalten",  "beinhaltet", "beinhalten", "umfasst",   "einschliesslich", "inbegriffen",
    // --- pt, it, fr, tr, pl, cs, ja
    "inclui", "incluem", "incluso", "inclusos", "incluindo", "comprende", "include", "inclusa",
    "compreso", "comprend", "comprennent", "comprenant", "inclus", "incluse", "inclut",
    "incluent", "incluant", "compris", "dahil", "dahildir", "icerir",
    "w cenie", "obejmuje", "zawiera", "zahrnuje", "含む", "含まれ", "込み"};

// Extra cues whose cost items come before them ("MRI is extra").
constexpr std::string_view kExtraAfterItem[] = {"is extra",
                                                "are extra",
                                                "costs extra",
                                                "cost extra",
                                                "charged extra",
                                                "at extra cost",
                                                "at an extra cost",
                                                "at additional cost",
                                                "at an additional cost",
                                                "charged separately",
                                                "billed separately",
                                                "paid separately",
                                                "quoted separately",
                                                "priced separately",
                                                "invoiced separately",
                                                "billed to your insurance",
                                                "billed to insurance",
                                                "se cobra aparte",
                                                "se cobran aparte",
                                                "aparte",
                                                "por separado",
                                                "extra berechnet",
                                                "gesondert berechnet",
                                                "separat berechnet",
                                                "zusatzlich berechnet",
                                                "gesondert",
    // --- pt, it, fr, tr, pl, cs, ja
    "a parte", "cobrado a parte", "cobrados a parte", "a parte", "pagato a parte", "en sus",
    "en supplement", "factures separement", "ayrica ucretlendirilir", "ayrica",
    "platne osobno", "dodatkowo platne", "platne dodatkowo", "別途", "別料金"};

// Extra cues whose cost items follow them ("excluding MRI").
constexpr std::string_view kExtraBeforeItem[] = {"excluding",
                                                 "excludes",
                                                 "exclude",
                                                 "except",
                                                 "but not",
                                                 "extra cost for",
                                                 "extra charge for",
                                                 "additional fee for",
                                                 "additional cost for",
                                                 "additional charge for",
                                                 "sin incluir",
                                                 "excepto",
                                                 "salvo",
                                                 "zzgl",
                                                 "zuzuglich",
                                                 "ausgenommen",
                                                 "ausser",
    // --- pt, it, fr, tr, pl, cs, ja
    "exceto", "nao inclui", "escluso", "esclusi", "ad eccezione", "sauf", "hors",
    "non compris", "haric", "oprocz", "z wyjatkiem", "を除く"};

// A price word or an amount makes a sentence, row or heading about a price.
constexpr std::string_view kPriceWords[] = {
    "price*",  "pricing",       "cost",       "costs",    "fee",     "fees",   "package*",
    "all-in",  "all-inclusive", "invoice*",   "self-pay", "precio*", "costo*", "coste*",
    "tarifa*", "paquete*",      "honorario*", "preis*",   "kosten",  "paket*", "pauschal*",
    "gebuhr*", "honorar*",      "endpreis*",  "leistung*",
    // --- pt, it, fr, tr, pl, cs, ja
    "preco*", "valor*", "custo*", "pacote*", "prezzo*", "prezzi", "costo*", "tariff*",
    "pacchetto*", "prix", "tarif*", "cout*", "forfait*", "fiyat*", "ucret*", "paket*", "cena",
    "ceny", "koszt*", "cennik*", "pakiet*", "cena*", "費用", "料金", "価格"};

constexpr std::string_view kCurrencyMarks[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xE2\x82\xA1",
                                               "\xE0\xB8\xBF"};  // $ € £ ₡ ฿
constexpr std::string_view kCurrencyCodes[] = {"usd",     "eur",   "gbp",  "mxn",  "cop", "cad",
                                               "thb",     "crc",   "dop",  "pab",  "chf", "kyd",
                                               "dolares", "pesos", "euro", "euros",
    // --- pt, it, fr, tr, pl, cs, ja
    "brl", "reais", "try", "tl", "pln", "zl", "czk", "kc", "jpy", "円"};

// What includes is another service or not a price at all.
constexpr std::string_view kOtherSubjects[] = {
    "prp",       "platelet*", "plasma",        "plaquetas",     "acp",           "eigenblut*",
    "hyaluron*", "hialuron*", "cortison*",     "steroid*",      "consultation*", "consult",
    "consulta",  "beratung*", "erstberatung*", "sprechstunde*", "insurance",     "insurer*",
    "medicare",  "seguro*",   "aseguradora*",  "versicherung*", "krankenkasse*", "symptom*",
    "benefit*",  "candidate*",
    // --- pt, it, fr, tr, pl, cs, ja
    "plaquetas", "piastrin*", "plaquett*", "trombosit*", "osocz*", "ialuron*", "hyaluronique",
    "hyaluronik", "kortizon*", "consulta*", "consulenza", "visita", "muayene*", "konsultacj*",
    "seguro", "assicuraz*", "assurance", "mutuelle", "sigorta*", "ubezpieczen*", "nfz", "sgk",
    "ヒアルロン酸", "相談", "保険", "初診"};
// ... unless it names the stem-cell treatment too.
constexpr std::string_view kStemSubjects[] = {
    "stem*",        "cell*",   "celula*", "madre",   "stamm*",        "bmac",          "bmc",
    "marrow",       "medula",  "svf",     "adipose", "fat",           "grasa",         "eigenfett*",
    "knochenmark*", "exosom*", "cord",    "cordon",  "regenerative*", "orthobiologic*",
    // --- pt, it, fr, tr, pl, cs, ja
    "celulas", "tronco", "gordura", "cellule*", "staminal*", "midollo", "grasso", "cellules",
    "souche*", "moelle", "graisse", "hucre*", "kok hucre*", "kemik ilig*", "yag*", "komork*",
    "macierzyst*", "szpik*", "tluszcz*", "幹細胞", "脂肪", "骨髄", "再生医療"};

// Headings over lists of included or excluded items.
constexpr std::string_view kExcludedHeadings[] = {
    "not included", "what's not included", "what is not included", "not covered",
    "extras",       "additional costs",    "additional fees",      "no incluye",
    "no incluido*", "no esta incluido",    "nicht enthalten",      "nicht im preis*",
    "zusatzkosten",
    // --- pt, it, fr, tr, pl, cs, ja
    "nao incluso", "nao esta incluido", "non incluso", "non compreso", "non inclus",
    "non compris", "dahil degil", "dahil olmayanlar", "nie obejmuje", "poza cena", "含まれないもの",
    "別途費用"};
constexpr std::string_view kIncludedHeadings[] = {"included",
                                                  "what's included",
                                                  "what is included",
                                                  "whats included",
                                                  "price includes",
                                                  "the price includes",
                                                  "your fee includes",
                                                  "included in the price",
                                                  "incluye",
                                                  "que incluye",
                                                  "incluido*",
                                                  "el precio incluye",
                                                  "im preis enthalten",
                                                  "enthalten",
                                                  "inklusive",
                                                  "leistungsumfang",
    // --- pt, it, fr, tr, pl, cs, ja
    "o que esta incluido", "o preco inclui", "incluso nel prezzo", "il prezzo comprende",
    "cosa comprende", "le prix comprend", "ce qui est inclus", "fiyata dahil",
    "fiyata dahil olanlar", "w cenie", "cena obejmuje", "料金に含まれるもの", "費用に含まれるもの"};

// Cheap block prefilter: a cue of either kind may be present.
constexpr std::string_view kCueAnchors[] = {
    "inclu*",       "inkl*",        "cover*",     "comes with*", "enthalt*",     "beinhalt*",
    "umfasst*",     "einschliess*", "inbegriff*", "extra*",      "separat*",     "aparte*",
    "exclu*",       "billed to*",   "except*",    "but not*",    "zzgl*",        "zuzugl*",
    "gesondert*",   "zusatzl*",     "comprende*", "cubre*",      "sin incluir*", "salvo*",
    "ausgenommen*", "ausser*",      "berechnet*",
    kAddedLanguageRows,  // --- pt, it, fr, tr, pl, cs, ja
    "inclu*", "compre*", "compris*", "dahil*", "icerir*", "w cenie*", "obejm*", "zawier*",
    "zahrnuj*", "a parte*", "en sus*", "supplement*", "ayrica*", "haric*", "dodatkow*",
    "osobno*", "oprocz*", "含", "込み", "別途", "除く"};

// The seed article's cost items. Follow-up is matched first and masks its
// words, so "consulta de control" is a follow-up, not an evaluation.
constexpr std::string_view kFollowUp[] = {"follow-up*",
                                          "follow up*",
                                          "followup*",
                                          "check-up*",
                                          "checkup*",
                                          "check up*",
                                          "aftercare",
                                          "after-care",
                                          "review appointment*",
                                          "review visit*",
                                          "reviews",
                                          "post-treatment visit*",
                                          "post-procedure visit*",
                                          "seguimiento*",
                                          "cita de control",
                                          "citas de control",
                                          "consulta de control",
                                          "consultas de control",
                                          "controles",
                                          "revisiones",
                                          "nachsorge*",
                                          "kontrolltermin*",
                                          "nachkontroll*",
                                          "verlaufskontroll*",
                                          "kontrolluntersuchung*",
    // --- pt, it, fr, tr, pl, cs, ja
    "acompanhamento*", "consulta de retorno", "retorno*", "revisao*", "controllo*",
    "controlli", "visita di controllo", "visite di controllo", "follow up", "suivi*",
    "consultation de controle", "consultations de controle", "visite de controle",
    "visites de controle", "rendez-vous de controle",
    "kontrol*", "takip*", "wizyta kontrolna", "wizyty kontrolne", "kontrolni*", "経過観察", "術後診察",
    "フォローアップ", "定期検診"};
constexpr std::string_view kEvaluation[] = {"evaluation*",
                                            "evaluacion*",
                                            "valoracion*",
                                            "assessment*",
                                            "consultation*",
                                            "consult",
                                            "consulta",
                                            "consultas",
                                            "exam",
                                            "exams",
                                            "examination*",
                                            "exploracion*",
                                            "imaging",
                                            "mri",
                                            "mris",
                                            "x-ray*",
                                            "xray*",
                                            "x ray*",
                                            "radiograph*",
                                            "radiografia*",
                                            "resonancia*",
                                            "estudios de imagen",
                                            "imagen",
                                            "imagenes",
                                            "blood work",
                                            "bloodwork",
                                            "blood test*",
                                            "lab test*",
                                            "labs",
                                            "analisis",
                                            "diagnos*",
                                            "untersuchung*",
                                            "erstgesprach*",
                                            "beratung*",
                                            "erstberatung*",
                                            "mrt",
                                            "rontgen*",
                                            "bildgebung",
                                            "blutuntersuchung*",
    // --- pt, it, fr, tr, pl, cs, ja
    "avaliacao*", "consulta", "ressonancia*", "exames*", "valutazione*", "visita",
    "risonanza*", "radiografia", "esami*", "bilan*", "consultation*", "irm", "radiographie*",
    "examen*", "muayene*", "mr", "rontgen", "tahlil*", "konsultacj*", "rezonans*", "badani*",
    "vysetreni*", "初診", "診察", "検査", "mri検査", "レントゲン"};
constexpr std::string_view kHarvest[] = {"harvest*",
                                         "aspiration*",
                                         "aspirate",
                                         "marrow draw",
                                         "extraction",
                                         "collection",
                                         "liposuction*",
                                         "mini-liposuction*",
                                         "lipoaspiration*",
                                         "processing",
                                         "processed",
                                         "concentration",
                                         "cell culture*",
                                         "culture*",
                                         "cultivation",
                                         "obtencion",
                                         "extraccion",
                                         "lipoaspiracion",
                                         "procesamiento",
                                         "concentracion",
                                         "cultivo*",
                                         "aspirado",
                                         "entnahme*",
                                         "fettentnahme*",
                                         "knochenmarkentnahme*",
                                         "aufbereitung*",
                                         "kultivierung*",
                                         "gewinnung",
    // --- pt, it, fr, tr, pl, cs, ja
    "coleta*", "lipoaspirac*", "processamento", "cultivo*", "prelievo*", "lipoaspirazione",
    "lavorazione", "coltura*", "prelevement*", "lipoaspiration", "culture*",
    "traitement des cellules", "alim*", "hazirlan*", "pobranie*", "pobrania", "liposukcj*",
    "przygotowanie*", "odber*", "採取", "培養", "加工", "脂肪吸引"};
constexpr std::string_view kInjection[] = {"injection*",  "inyeccion*", "infiltracion*",
                                           "aplicacion*", "injektion*", "applikation*",
    // --- pt, it, fr, tr, pl, cs, ja
    "aplicac*", "injec*", "infiltrac*", "iniezion*", "infiltrazion*", "injection*",
    "infiltration*", "enjeksiyon*", "uygulama*", "iniekcj*", "podani*", "zastrzyk*", "injekc*",
    "aplikac*", "注射", "注入", "投与"};

struct ItemWords {
  CostItem item;
  Phrases words;
};
constexpr ItemWords kItems[] = {
    {CostItem::kFollowUp, kFollowUp},
    {CostItem::kEvaluationImaging, kEvaluation},
    {CostItem::kHarvestProcessing, kHarvest},
    {CostItem::kGuidedInjection, kInjection},
};

// Where the items a cue governs end: clause punctuation and contrast words.
// Conditions do not end them: "MRI if needed and a follow-up call" is one list.
constexpr std::string_view kSpanStops[] = {";",         "(",       ")",        ". ",      "!",
                                           "?",         " but ",   " pero ",   " aber ",  " sino ",
                                           " sondern ", " except", " excepto", " ausser", " while ",
                                           " whereas ", " | "};

// ---- Helpers -----------------------------------------------------------

using Items = std::bitset<kCostItemCount>;

// Cost items named in `folded`.
Items ItemsIn(std::string_view folded) {
  Items items;
  std::string masked(folded);
  std::vector<Span> hits;
  for (const ItemWords& w : kItems) {
    hits.clear();
    FindAllPhrases(masked, w.words, &hits);
    if (hits.empty()) continue;
    items.set(static_cast<size_t>(w.item));
    for (const Span& h : hits) masked.replace(h.begin, h.size(), h.size(), ' ');
  }
  return items;
}

bool HasAmount(std::string_view folded) {
  if (folded.find_first_of("0123456789") == std::string_view::npos) return false;
  for (std::string_view m : kCurrencyMarks) {
    if (folded.find(m) != std::string_view::npos) return true;
  }
  return HasPhrase(folded, kCurrencyCodes);
}

bool HasPriceCue(std::string_view folded) {
  return HasAmount(folded) || HasPhrase(folded, kPriceWords);
}

// The folded text between the cue and the next stop (after), or between the
// previous stop and the cue (before).
std::string_view AfterCue(std::string_view folded, size_t cue_end) {
  if (cue_end < folded.size() && folded[cue_end] == '.') ++cue_end;  // "inkl."
  size_t end = folded.size();
  for (std::string_view stop : kSpanStops) {
    // A colon is no stop: "includes: a, b" opens the list.
    size_t at = folded.find(stop, cue_end);
    if (at != std::string_view::npos) end = std::min(end, at);
  }
  return folded.substr(cue_end, end - cue_end);
}

std::string_view BeforeCue(std::string_view folded, size_t cue_begin) {
  size_t begin = 0;
  const std::string_view head = folded.substr(0, cue_begin);
  for (std::string_view stop : kSpanStops) {
    size_t at = head.rfind(stop);
    if (at != std::string_view::npos) begin = std::max(begin, at + stop.size());
  }
  // Before the cue a colon does end the span: "Prices: harvest is extra".
  const size_t colon = head.rfind(':');
  if (colon != std::string_view::npos) begin = std::max(begin, colon + 1);
  return head.substr(begin);
}

// "Initial consultation: includes a review of your imaging" is about the
// consultation; "risks include pain" is not about a price at all.
bool SubjectIsOtherService(std::string_view subject) {
  return (HasPhrase(subject, kOtherSubjects) || HasPhrase(subject, RiskWords())) &&
         !HasPhrase(subject, kStemSubjects);
}

enum class Side { kNone, kIncluded, kExtra };

// What a heading says about the list under it.
Side HeadingSide(std::string_view folded_heading) {
  if (HasPhrase(folded_heading, kExcludedHeadings)) return Side::kExtra;
  if (HasPhrase(folded_heading, kIncludedHeadings)) return Side::kIncluded;
  return Side::kNone;
}

// ---- One page ----------------------------------------------------------

class PageScan {
 public:
  PageScan(const Document& doc, const PageContext& ctx, PageText& text, PriceIncludesExtractor* out)
      : doc_(doc), ctx_(ctx), text_(text), out_(out), added_(AddedLanguagesApply(ctx.lang)) {}

  void Run() {
    heading_side_.assign(doc_.blocks.size(), -1);
    for (size_t i = 0; i < doc_.blocks.size(); ++i) {
      const Block& b = doc_.blocks[i];
      const bool listish = b.kind == BlockKind::kListItem || b.kind == BlockKind::kTableRow;
      if (listish) {
        ScanListItem(i);
      } else {
        lead_side_ = Side::kNone;
      }
      const std::string_view folded = text_.Fold(i).text();
      if (!HasPhrase(folded, kCueAnchors, added_) || !text_.ClinicSpeaks(i)) continue;
      ScanSentences(i);
    }
  }

 private:
  // A list item under an "Included" heading or after an "includes:" lead.
  void ScanListItem(size_t index) {
    const Block& b = doc_.blocks[index];
    Side side = lead_side_;
    std::string_view lead = lead_text_;
    if (side == Side::kNone && b.section >= 0 &&
        static_cast<size_t>(b.section) < doc_.blocks.size()) {
      const size_t h = static_cast<size_t>(b.section);
      side = ListSide(h);
      lead = doc_.blocks[h].text;
    }
    if (side == Side::kNone || !text_.ClinicSpeaks(index)) return;
    const Items items = ItemsIn(text_.Fold(index).text());
    const std::string quote = MakeQuote(std::string(lead) + " " + b.text);
    Record(items, side == Side::kIncluded, quote);
  }

  void ScanSentences(size_t index) {
    const Block& b = doc_.blocks[index];
    const BlockFold& fold = text_.Fold(index);
    const std::vector<Span>& sentences = text_.Sentences(index);
    for (size_t k = 0; k < sentences.size(); ++k) {
      const std::string_view folded = fold.Cut(sentences[k]);
      if (!HasPhrase(folded, kCueAnchors, added_)) continue;
      const std::string_view raw =
          std::string_view(b.text).substr(sentences[k].begin, sentences[k].size());
      ScanSentence(index, folded, raw, k + 1 == sentences.size());
    }
  }

  void ScanSentence(size_t index, std::string_view folded, std::string_view raw, bool last) {
    const Block& b = doc_.blocks[index];
    std::optional<SentencePolarity> polarity;
    auto of = [&](const Span& s) {
      if (!polarity) polarity.emplace(folded);
      return polarity->Of(s.begin, s.end);
    };
    const bool row = b.kind == BlockKind::kTableRow;
    const std::string quote = MakeQuote(row && b.text.size() <= 300 ? b.text : raw);
    for (size_t from = 0; from < folded.size();) {
      Span inc = FindPhrase(folded, kIncludeCues, from);
      Span after = FindPhrase(folded, kExtraAfterItem, from);
      Span before = FindPhrase(folded, kExtraBeforeItem, from);
      const Span* cue = &inc;
      for (const Span* s : {&after, &before}) {
        if (s->begin < cue->begin) cue = s;
      }
      if (cue->begin == std::string_view::npos) return;
      from = cue->end;
      const Polarity p = of(*cue);
      if (p == Polarity::kOthers || p == Polarity::kHypothetical) continue;
      if (!AboutPrice(index, folded, cue == &after)) continue;
      Items items;
      bool included = true;
      if (cue == &inc) {
        included = p != Polarity::kNegated;
        if (included &&
            SubjectIsOtherService(row ? RowSubject(index) : folded.substr(0, cue->begin))) {
          continue;
        }
        items = ItemsIn(AfterCue(folded, cue->end));
        // Nothing after the cue: the items stand before it, as in a negation
        // ("... is not included") and in languages that put the verb last
        // ("... dahildir", "…が含まれます").
        if (items.none()) items = ItemsIn(BeforeCue(folded, cue->begin));
        // "Package price covers ... and includes:" opens a list.
        if (included && last && raw.ends_with(':')) {
          lead_side_ = Side::kIncluded;
          lead_text_ = std::string(raw);
        }
      } else {
        // "MRI is not extra" / "not charged separately": included after all.
        included = p == Polarity::kNegated;
        items = cue == &after ? ItemsIn(BeforeCue(folded, cue->begin))
                              : ItemsIn(AfterCue(folded, cue->end));
      }
      Record(items, included, quote);
    }
  }

  // What the heading at `h` says of the list under it, memoized: every
  // item of a list asks about the same heading.
  Side ListSide(size_t h) {
    signed char& memo = heading_side_[h];
    if (memo < 0) {
      Side side = HeadingSide(text_.Fold(h).text());
      if (side != Side::kNone && !PriceNear(h)) side = Side::kNone;
      memo = static_cast<signed char>(side);
    }
    return static_cast<Side>(memo);
  }

  std::string_view RowSubject(size_t index) {
    const Block& b = doc_.blocks[index];
    if (b.cells.empty()) return {};
    row_subject_ = FoldCopy(b.cells.front());
    return row_subject_;
  }

  // The sentence, its block or a section heading above it is about a
  // price; an extra cue naming a charge ("billed", "charged") is by itself.
  bool AboutPrice(size_t index, std::string_view folded_sentence, bool charge_cue) {
    if (charge_cue || HasPriceCue(folded_sentence)) return true;
    if (HasPriceCue(text_.Fold(index).text())) return true;
    return PriceInHeadings(index);
  }

  bool PriceInHeadings(size_t index) {
    int s = doc_.blocks[index].section;
    for (int depth = 0; depth < 4 && s >= 0 && static_cast<size_t>(s) < doc_.blocks.size();
         ++depth) {
      const size_t h = static_cast<size_t>(s);
      if (HasPriceCue(text_.Fold(h).text())) return true;
      if (doc_.blocks[h].section >= s) break;
      s = doc_.blocks[h].section;
    }
    return false;
  }

  // A heading over an "Included" list is about a price when it, a heading
  // above it, or one of the few blocks before it names a price.
  bool PriceNear(size_t heading) {
    if (HasPriceCue(text_.Fold(heading).text()) || PriceInHeadings(heading)) return true;
    for (size_t k = 1; k <= 6 && k <= heading; ++k) {
      if (HasPriceCue(text_.Fold(heading - k).text())) return true;
    }
    return false;
  }

  void Record(Items items, bool included, const std::string& quote) {
    for (const ItemWords& w : kItems) {
      if (items.test(static_cast<size_t>(w.item))) out_->Record(w.item, included, quote, ctx_.url);
    }
  }

  const Document& doc_;
  const PageContext& ctx_;
  PageText& text_;
  PriceIncludesExtractor* out_;
  const bool added_;              // the page may be in a language added with issue 18
  Side lead_side_ = Side::kNone;  // set by an "includes:" lead-in paragraph
  std::string lead_text_;
  std::string row_subject_;
  std::vector<signed char> heading_side_;  // ListSide by heading index; -1 = not yet
};

}  // namespace

void PriceIncludesExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  PageScan(doc, ctx, *text, this).Run();
}

void PriceIncludesExtractor::Record(CostItem item, bool included, std::string_view quote,
                                    const std::string& url) {
  Found& f = found_[static_cast<size_t>(item)][included ? 1 : 0];
  if (f.found) return;
  f = {true, std::string(quote), url};
}

void PriceIncludesExtractor::Finish(ClinicFacts* out) const {
  out->price_includes.clear();
  for (int side : {1, 0}) {
    for (int i = 0; i < kCostItemCount; ++i) {
      const Found& f = found_[static_cast<size_t>(i)][static_cast<size_t>(side)];
      if (!f.found) continue;
      out->price_includes.push_back(
          {CostItemName(static_cast<CostItem>(i)), side == 1, f.quote, f.url});
    }
  }
}

}  // namespace clinicrank
