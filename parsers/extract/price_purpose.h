// What a price is for: the words around an amount that name its treatment
// (stem_cell, prp, consultation, surgery, other) and its basis (per_knee,
// both_knees, per_injection, per_treatment, package, per_month), in English,
// Spanish and German (DOMAIN.md §5, §6 "Bases"; CONTRACT.md `prices[]`).
//
// Text is read at several levels (the amount's own part of the sentence, the
// sentence, the block, the table cells and headers, the headings, the page's
// title); the caller asks each level in turn and takes the first answer.
#ifndef CLINICRANK_PARSERS_EXTRACT_PRICE_PURPOSE_H_
#define CLINICRANK_PARSERS_EXTRACT_PRICE_PURPOSE_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace clinicrank {

class SentencePolarity;

// The words of one folded text that matter for prices, found once.
class PricePurpose {
 public:
  // REQUIRES: `folded` came from Fold/FoldCopy and outlives this object.
  explicit PricePurpose(std::string_view folded);
  ~PricePurpose();
  PricePurpose(PricePurpose&&) noexcept;

  // The treatment named in [begin, end) of the text, or "" if none. `anchor`
  // is the amount's span (begin == end == npos when the level has no amount
  // of its own, e.g. a heading). Heuristic, in order:
  //  1. mentions that are negated ("no surgery", "sin cirugía", "ohne OP":
  //     the shared engine, parsers/text/polarity.h, plus avoidance verbs and
  //     exclusions such as "hotel not included") are dropped;
  //  2. a consultation fee wins ("Stem cell consultation: $150") unless it is
  //     free, included, or the text is a package;
  //  3. a mention attached to the amount ("PRP $750", "knee replacement
  //     ($30,000)") wins;
  //  4. otherwise the leftmost mention that is not a comparison ("compared
  //     to knee replacement", "cheaper than stem cells") nor an item listed
  //     after "includes / incluye / inkl." — the head of the phrase
  //     (a mention the engine reads as said of others counts as compared);
  //  5. a list that is all inclusions: stem_cell if named, else its first.
  // (Other joints are the caller's decision: see Joints.)
  std::string_view Treatment(size_t begin, size_t end, size_t anchor_begin,
                             size_t anchor_end) const;
  std::string_view Treatment() const;

  // The basis named in [begin, end), or "" if none. When several are named,
  // per_month > both_knees > per_knee > package > per_injection >
  // per_treatment. Weak financing words ("financing", "APR", "meses sin
  // intereses") mean per_month only if `weak_monthly` (a small amount).
  // A basis written right after the amount (`anchor_end`, or npos) wins.
  std::string_view Basis(size_t begin, size_t end, bool weak_monthly, size_t anchor_end) const;
  std::string_view Basis(bool weak_monthly) const;

  // Which joints [begin, end) names: the knee (whatever else), only other
  // joints ("hip", "shoulder", "Schulter"; a hip that is a marrow harvest
  // site does not count), or none.
  enum class Joint { kNone, kKnee, kOther };
  Joint Joints(size_t begin, size_t end) const;
  Joint Joints() const { return Joints(0, text_.size()); }
  // True if the text is a past-spending story ("I spent", "me costó") or an
  // exchange rate ("tipo de cambio: ₡505 por US$1"): no amount in it counts.
  bool IsStory() const;
  // True if [begin, end) speaks of others' prices or of the market ("most
  // U.S. clinics charge", "a flyer advertised").
  bool HasOthers(size_t begin, size_t end) const;
  bool HasOthers() const { return HasOthers(0, text_.size()); }

  enum class Kind : unsigned char {
    kTreatment,
    kBasis,
    kWeakMonthly,
    kInclusion,  // includes, incl., incluye, inkl., with ...
    kFree,       // free, complimentary, gratis, sin costo, kostenlos
    kKnee,
    kOtherJoint,
    kHip,        // "hip"/"cadera": another joint unless marrow is harvested there
    kHarvest,    // marrow, iliac crest, medula: makes "hip" a harvest site
    kStory,
    kOthers,     // other clinics, surveys, adverts
    kExchange,   // exchange rate, tipo de cambio, Wechselkurs
    kSingle,     // single, one, una, eine: with a dose word, one injection
    kDose,       // injection, shot, session, aplicación, Spritze
  };
  struct Cue {
    size_t begin = 0;
    size_t end = 0;
    Kind kind = Kind::kTreatment;
    std::string_view value;  // contract enum for treatment/basis cues
  };
  const std::vector<Cue>& cues() const { return cues_; }

  // The text's clause and negation structure (parsers/text/polarity.h), built on
  // first use and shared with Treatment, so a caller that also needs the
  // clauses does not build it twice.
  const SentencePolarity& NegationScope() const;

 private:
  std::string_view ComputeTreatment(size_t begin, size_t end, size_t anchor_begin,
                                    size_t anchor_end) const;
  bool Negated(const Cue& cue) const;  // memoized ComputeNegated
  bool Compared(const Cue& cue) const;  // memoized ComputeCompared
  bool ComputeNegated(const Cue& cue) const;
  bool ComputeCompared(const Cue& cue) const;
  bool FreeOrIncluded(const Cue& cue) const;
  bool AfterInclusion(const Cue& cue, size_t begin) const;

  std::string_view text_;
  std::vector<Cue> cues_;
  // Negation scope of the text's mentions, built on first use.
  mutable std::unique_ptr<SentencePolarity> polarity_;
  // Memos (the same text is asked again for every amount under it): the
  // whole text's Treatment(), and Negated/Compared per cue (-1 = not yet).
  mutable bool whole_treatment_known_ = false;
  mutable std::string_view whole_treatment_;
  mutable std::vector<signed char> negated_;
  mutable std::vector<signed char> compared_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_PRICE_PURPOSE_H_
