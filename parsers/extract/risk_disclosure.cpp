// Risk and approval disclosures (parsers/extract/risk_disclosure.h).
// Vocabulary folded; English, Spanish, German. Heuristic.
#include "parsers/extract/risk_disclosure.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "parsers/text/phrase_list.h"
#include "parsers/text/fold.h"
#include "parsers/text/polarity.h"
#include "parsers/text/sentences.h"
#include "parsers/vocab/languages.h"
#include "parsers/vocab/shared_words.h"

namespace clinicrank {
namespace {

using Strength = RiskDisclosureExtractor::Strength;
constexpr Strength kHeading = RiskDisclosureExtractor::kHeading;
constexpr Strength kAside = RiskDisclosureExtractor::kAside;
constexpr Strength kAboutTreatment = RiskDisclosureExtractor::kAboutTreatment;

// ---- Vocabulary --------------------------------------------------------

constexpr std::string_view kHarms[] = {
    "infection*",  "bleeding",    "bruising",          "bruise*",          "swelling",
    "soreness",    "hematoma*",   "nerve injur*",      "nerve irritation", "nerve damage",
    "flare*",      "allergic",    "blood clot*",       "infeccion*",       "sangrado",
    "hemorragia*", "moreton*",    "dolor transitorio", "infektion*",       "blutung*",
    "bluterguss*", "schwellung*", "nervenverletzung*",
    // --- pt, it, fr, tr, pl, cs, ja
    "infeccao", "infeccoes", "sangramento", "hematoma", "inchaco", "dor temporaria",
    "infezione*", "sanguinamento", "gonfiore", "ematoma", "saignement*", "gonflement*",
    "hematome*", "enfeksiyon*", "kanama*", "sislik", "morarma", "infekcj*", "krwawieni*",
    "obrzek*", "krwiak*", "感染", "出血", "腫れ", "内出血"};
// A risk that exists: "risks include", "carries some risk", "rare but possible".
constexpr std::string_view kExistence[] = {
    "include*", "including", "carries",        "carry",    "possible",  "potential", "may",
    "can",      "rare",      "rarely",         "uncommon", "common",    "there are", "tiene",
    "tienen",   "incluyen",  "posible*",       "pueden",   "puede",     "hay",       "infrecuente*",
    "raro*",    "raramente", "konnen",         "kann",     "mogliche*", "moglich",   "gibt",
    "selten",   "bestehen",  "einschliesslich",
    // --- pt, it, fr, tr, pl, cs, ja
    "inclui*", "incluem", "possive*", "pode*", "podem", "raro*", "raramente", "comuns",
    "existem", "apresenta*", "comporta", "comportano", "esistono", "ci sono", "presenta",
    "presentano", "comporte", "comportent", "presente", "presentent", "il existe", "il y a",
    "entrain*", "istnieje", "istnieja", "niesie", "nese", "existuji",
    "includ*", "possibil*", "puo", "possono", "rari", "rara*", "rare*", "peut", "peuvent",
    "possible*", "inclu*", "olabilir", "nadir*", "mumkun", "moga", "moze", "rzadko", "mozliwe",
    "obejmuj*", "ある", "あります", "可能性", "まれ"};
// Denials the negation reader may miss.
constexpr std::string_view kDenials[] = {"no risk*",
                                         "zero risk",
                                         "risk-free",
                                         "risk free",
                                         "without risk*",
                                         "no side effect*",
                                         "without side effect*",
                                         "free of side effect*",
                                         "sin riesgo*",
                                         "sin efectos",
                                         "ningun riesgo",
                                         "ohne risiko*",
                                         "risikofrei",
                                         "risikolos",
                                         "keine nebenwirkung*",
                                         "keinerlei",
    // --- pt, it, fr, tr, pl, cs, ja
    "sem risco*", "sem nenhum risco", "sem efeitos colaterais", "isento de risco*",
    "senza rischi*", "nessun rischio", "senza effetti collaterali", "sans risque*",
    "aucun risque", "sans effets secondaires", "risksiz", "yan etkisi yok*", "bez ryzyka",
    "bez skutkow ubocznych", "nie ma ryzyka", "bez rizika", "リスクなし", "副作用なし", "副作用はありません"};
// Benefit talk just before a harm or risk word: "reduces swelling", "lowers
// the risk of surgery", "minimal risk".
constexpr std::string_view kBenefits[] = {
    "reduc*", "relie*",  "decreas*",  "less",    "lower*",   "low",    "minimal", "calm*",
    "fight*", "avoid*",  "prevent*",  "alivi*",  "disminu*", "menos",  "evita*",  "bajo",
    "minimo", "lindern", "reduzier*", "weniger", "vermeid*", "gering*",
    // --- pt, it, fr, tr, pl, cs, ja
    "reduz*", "diminu*", "alivi*", "menor*", "ridu*", "dimin*", "allevi*", "minor*", "redui*",
    "minimi*",
    "soulag*", "moindre*", "azalt*", "hafiflet*", "zmniejsz*", "lagodz*", "mniejsz*", "軽減",
    "減ら", "少な"};

constexpr std::string_view kApprovals[] = {
    "approved",    "approval",   "authorized", "authorised", "recommended",
    "aprobado*",   "aprobada*",  "aprobo",     "aprobacion", "autorizado*",
    "autorizada*", "zugelassen", "zulassung",  "genehmigt",
    // --- pt, it, fr, tr, pl, cs, ja
    "aprovad*", "autorizad*", "approvat*", "autorizzat*", "approuve*", "autorise*", "onayli",
    "onaylan*", "zatwierdzon*", "dopuszczon*", "承認", "認可"};
constexpr std::string_view kRegulators[] = {"fda",
                                            "food and drug administration",
                                            "health canada",
                                            "nice",
                                            "ema",
                                            "european medicines agency",
                                            "cofepris",
                                            "invima",
                                            "anvisa",
                                            "paul-ehrlich*",
                                            "pei",
                                            "bfarm",
                                            "aemps",
                                            "mhra",
                                            "tga",
    // --- pt, it, fr, tr, pl, cs, ja
    "infarmed", "aifa", "ansm", "swissmedic", "titck", "saglik bakanligi", "urpl",
    "sukl", "厚生労働省", "厚生局", "pmda"};
constexpr std::string_view kUnproven[] = {"investigational", "experimental", "experimentell*",
                                          "unproven",        "no probado",   "nicht erwiesen",
    // --- pt, it, fr, tr, pl, cs, ja
    "experimental", "nao comprovad*", "sperimentale", "non provat*", "experimental",
    "non prouve*", "non valide*", "deneysel", "kanitlanmamis", "eksperymentaln*",
    "nieudowodnion*", "experimentalni", "研究段階", "未承認"};

// The treatment (or the clinic) as the subject of a disclosure.
constexpr std::string_view kTreatmentWords[] = {
    "treatment*",  "therap*",   "stem cell*",   "bmac",      "procedure*",    "injection*",
    "our",         "we",        "tratamiento*", "terapia*",  "celulas madre", "procedimiento*",
    "behandlung*", "therapie*", "stammzell*",   "eingriff*", "wir",           "unser*",
    "nuestr*",
    // --- pt, it, fr, tr, pl, cs, ja
    "tratamento*", "terapia*", "celulas-tronco", "procedimento*", "aplicac*", "nosso*",
    "trattament*", "cellule staminali", "procedur*", "infiltrazion*", "nostr*", "traitement*",
    "therapie*", "cellules souches", "intervention*", "notre", "nous", "tedavi*", "kok hucre*",
    "islem*", "biz", "leczeni*", "terapi*", "komork*", "zabieg*", "nasz*", "治療", "幹細胞", "注射",
    "当院"};

constexpr std::string_view kAnchors[] = {"risk*",
                                         "side effect*",
                                         "side-effect*",
                                         "complica*",
                                         "adverse*",
                                         "riesg*",
                                         "efecto*",
                                         "nebenwirk*",
                                         "komplikat*",
                                         "risik*",
                                         "infect*",
                                         "infecc*",
                                         "infek*",
                                         "bleed*",
                                         "sangr*",
                                         "blutung*",
                                         "bruis*",
                                         "swell*",
                                         "hemato*",
                                         "flare*",
                                         "sorene*",
                                         "approv*",
                                         "aprob*",
                                         "zugelass*",
                                         "zulass*",
                                         "authori*",
                                         "autoriz*",
                                         "genehm*",
                                         "recommended*",
                                         "experiment*",
                                         "investigational*",
                                         "unproven*",
                                         "no probado*",
                                         "nicht erwiesen*",
                                         "bluterg*",
                                         "schwell*",
                                         "moreton*",
                                         "nerve*",
                                         "dolor*",
    kAddedLanguageRows,  // --- pt, it, fr, tr, pl, cs, ja
    "risc*", "rischi*", "risque*", "ryzyk*", "rizik*", "efeito*", "effett*", "effet*",
    "yan etki*", "skutk*", "dzialani*", "komplikasyon*", "powikl*", "infez*", "saign*",
    "kanama*", "krwaw*", "aprov*", "autoris*", "onay*", "zatwierdz*", "sperimental*",
    "deneysel*", "eksperyment*", "リスク", "副作用", "合併症", "感染", "出血", "承認", "認可"};

// ---- Rules -------------------------------------------------------------

// Affirmed, and not the object of a benefit word earlier in its clause
// ("reduces pain, swelling and stiffness", "to minimize the possibility of
// side effects"): the look-back stops where the clause starts, so "it
// reduces pain, but risks include infection" still states a risk.
bool Stated(std::string_view folded, const SentencePolarity& p, const Span& s) {
  if (p.Of(s.begin, s.end) != Polarity::kAffirmed) return false;
  const size_t from = std::max(s.begin > 64 ? s.begin - 64 : 0, p.ClauseAt(s.begin).begin);
  return !HasPhrase(folded.substr(from, s.begin - from), kBenefits);
}

bool AnyStated(std::string_view folded, Phrases list, const SentencePolarity& p) {
  std::vector<Span> hits;
  FindAllPhrases(folded, list, &hits);
  for (const Span& h : hits) {
    if (Stated(folded, p, h)) return true;
  }
  return false;
}

// "Risks include infection", "carries some risk of bleeding", "Infection and
// bleeding are rare but possible"; under a risk heading, any named harm.
bool StatesRisks(std::string_view folded, const SentencePolarity& p, bool risk_heading) {
  if (HasPhrase(folded, kDenials)) return false;
  const bool harm = AnyStated(folded, kHarms, p);
  if (AnyStated(folded, RiskWords(), p)) return harm || HasPhrase(folded, kExistence);
  if (!harm) return false;
  return risk_heading || HasPhrase(folded, kExistence);
}

bool AnyNegated(std::string_view folded, Phrases list, const SentencePolarity& p) {
  std::vector<Span> hits;
  FindAllPhrases(folded, list, &hits);
  for (const Span& h : hits) {
    if (p.Of(h.begin, h.end) == Polarity::kNegated) return true;
  }
  return false;
}

// "not FDA-approved", "no ha aprobado la FDA", "nicht zugelassen (PEI)",
// "still experimental".
bool StatesNotApproved(std::string_view folded, const SentencePolarity& p) {
  if (HasPhrase(folded, kRegulators) && AnyNegated(folded, kApprovals, p)) return true;
  return !p.IsQuestion() && AnyStated(folded, kUnproven, p);
}

// A question about approval ("Is it FDA approved?") answered "No".
bool AsksApproval(std::string_view folded) {
  return HasPhrase(folded, kRegulators) && HasPhrase(folded, kApprovals);
}

bool AnswersNo(std::string_view folded_answer) {
  constexpr std::string_view kNo[] = {"no.", "no,", "no!", "nein.", "nein,", "no -"};
  for (std::string_view n : kNo) {
    if (folded_answer.starts_with(n)) return true;
  }
  return folded_answer == "no" || folded_answer == "nein";
}

bool UnderRiskHeading(const Document& doc, PageText& text, const Block& b) {
  int s = b.section;
  for (int depth = 0; depth < 2 && s >= 0 && static_cast<size_t>(s) < doc.blocks.size(); ++depth) {
    const size_t h = static_cast<size_t>(s);
    const std::string_view folded = text.Fold(h).text();
    if (HasPhrase(folded, RiskWords()) && !HasPhrase(folded, kDenials)) return true;
    if (doc.blocks[h].section >= s) break;
    s = doc.blocks[h].section;
  }
  return false;
}

// The first sentence of the block after `index`, folded ("" if none).
std::string NextAnswer(const Document& doc, PageText& text, size_t index) {
  if (index + 1 >= doc.blocks.size() || doc.blocks[index + 1].kind == BlockKind::kHeading)
    return "";
  const std::vector<Span>& s = text.Sentences(index + 1);
  return s.empty() ? "" : std::string(text.Fold(index + 1).Cut(s[0]));
}

}  // namespace

void RiskDisclosureExtractor::AddPage(const Document& doc, const PageContext& ctx, PageText* text) {
  const bool added = AddedLanguagesApply(ctx.lang);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (Settled(DisclosureKind::kRisks) && Settled(DisclosureKind::kNotApproved)) return;
    const Block& b = doc.blocks[i];
    const bool heading = b.kind == BlockKind::kHeading;
    auto strength = [&](std::string_view folded) {
      if (heading) return kHeading;
      return HasPhrase(folded, kTreatmentWords) ? kAboutTreatment : kAside;
    };
    const BlockFold& fold = text->Fold(i);
    if (!HasPhrase(fold.text(), kAnchors, added)) continue;
    if (!text->ClinicSpeaks(i)) continue;
    const std::vector<Span>& sentences = text->Sentences(i);
    std::optional<bool> risk_heading;
    for (size_t k = 0; k < sentences.size(); ++k) {
      const std::string_view folded = fold.Cut(sentences[k]);
      if (!HasPhrase(folded, kAnchors, added)) continue;
      const std::string_view raw =
          std::string_view(b.text).substr(sentences[k].begin, sentences[k].size());
      const bool listed = b.kind == BlockKind::kListItem && b.text.size() <= 300;
      // Only sentences that could hold a disclosure pay for clause analysis.
      const bool maybe_risk = !Settled(DisclosureKind::kRisks) &&
                              (HasPhrase(folded, RiskWords()) || HasPhrase(folded, kHarms));
      const bool maybe_approval =
          !Settled(DisclosureKind::kNotApproved) &&
          ((HasPhrase(folded, kApprovals) && HasPhrase(folded, kRegulators)) ||
           HasPhrase(folded, kUnproven));
      if (!maybe_risk && !maybe_approval) continue;
      const SentencePolarity p(folded);
      if (!Settled(DisclosureKind::kRisks)) {
        if (!risk_heading) risk_heading = UnderRiskHeading(doc, *text, b);
        if (!p.IsQuestion() && StatesRisks(folded, p, *risk_heading)) {
          std::string quote(listed ? std::string_view(b.text) : raw);
          if (*risk_heading && b.section >= 0) {
            quote = doc.blocks[static_cast<size_t>(b.section)].text + ": " + quote;
          }
          Record(DisclosureKind::kRisks, MakeQuote(quote), ctx.url, strength(folded));
        }
      }
      if (Settled(DisclosureKind::kNotApproved)) continue;
      if (StatesNotApproved(folded, p)) {
        Record(DisclosureKind::kNotApproved, MakeQuote(raw), ctx.url, strength(folded));
      } else if (p.IsQuestion() && AsksApproval(folded)) {
        const bool last = k + 1 == sentences.size();
        const std::string answer =
            last ? NextAnswer(doc, *text, i) : std::string(fold.Cut(sentences[k + 1]));
        if (AnswersNo(answer)) {
          const std::string next =
              last ? doc.blocks[i + 1].text
                   : std::string(b.text.substr(sentences[k + 1].begin, sentences[k + 1].size()));
          Record(DisclosureKind::kNotApproved, MakeQuote(std::string(raw) + " " + next), ctx.url,
                 kAboutTreatment);
        }
      }
    }
  }
}

void RiskDisclosureExtractor::Record(DisclosureKind kind, std::string_view quote,
                                     const std::string& url, Strength strength) {
  Found& f = found_[static_cast<size_t>(kind)];
  if (quote.empty() || strength <= f.strength) return;
  f = {std::string(quote), url, strength};
}

void RiskDisclosureExtractor::Finish(ClinicFacts* out) const {
  out->risk_disclosure.clear();
  for (DisclosureKind kind : {DisclosureKind::kRisks, DisclosureKind::kNotApproved}) {
    const Found& f = found_[static_cast<size_t>(kind)];
    if (f.strength > 0) out->risk_disclosure.push_back({DisclosureKindName(kind), f.quote, f.url});
  }
}

}  // namespace clinicrank
