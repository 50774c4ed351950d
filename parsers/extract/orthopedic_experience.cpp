// Orthopedic experience of the clinic's own clinicians
// (parsers/extract/orthopedic_experience.h). Vocabulary folded (é→e, ä→a);
// English, Spanish, German. Heuristic; each rule is named in the header.
#include "parsers/extract/orthopedic_experience.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "parsers/text/phrase_list.h"
#include "parsers/text/fold.h"
#include "parsers/text/polarity.h"
#include "parsers/text/sentences.h"
#include "parsers/vocab/shared_words.h"

namespace clinicrank {
namespace {

// ---- Vocabulary --------------------------------------------------------

// Nouns that name a specialist by themselves.
constexpr std::string_view kSpecialists[] = {
    "orthopedist*",    "orthopaedist*", "ortopedista*",    "ortopeda",   "ortopedas",
    "traumatologo*",   "traumatologa*", "orthopade",       "orthopaden", "orthopadin*",
    "sportmediziner*", "unfallchirurg", "unfallchirurgen", "sportarzt*", "sportarztin*"};
// Specialties that need a clinician, service or certification beside them.
constexpr std::string_view kSpecialties[] = {
    "orthopedic*", "orthopaedic*",  "sports medicine", "sport medicine",     "sports-medicine",
    "ortopedia",   "ortopedic*",    "traumatologia",   "medicina deportiva", "medicina del deporte",
    "orthopadie",  "orthopadisch*", "unfallchirurgie", "sportmedizin*",      "sportorthopadie"};
// People (and the services they give) a specialty can qualify.
constexpr std::string_view kClinicians[] = {
    "surgeon*", "physician*",    "doctor*",       "consultant*", "specialist*",   "md",
    "m.d",      "team",          "cirujano*",     "cirujana*",   "medico*",       "medica*",
    "doctores", "especialista*", "facharzt*",     "facharztin*", "facharzte*",    "arzt",
    "arztin",   "arzte",         "chirurg",       "chirurgen",   "consultation*", "consult",
    "consulta", "consultas",     "sprechstunde*", "fellow*"};
// Credentials: board certification, fellowship, residency, specialist title.
constexpr std::string_view kCredentials[] = {
    "board-certified*",   "board certified*", "certified*",         "certification*", "fellowship*",
    "fellowship-trained", "trained",          "training",           "residency",      "diplomate*",
    "member of",          "fellow of",        "certificad*",        "certificacion*", "consejo",
    "colegiad*",          "especialidad*",    "especializad*",      "facharzt*",      "facharztin*",
    "zertifiziert*",      "weiterbildung*",   "zusatzbezeichnung*", "mitglied*",      "miembro*"};
// The clinic speaking of its own staff.
constexpr std::string_view kOwnCues[] = {"our",      "we",       "we're",    "we've",  "us",
                                         "nuestro*", "nuestra*", "nosotros", "unser*", "wir",
                                         "dr",       "dra",      "prof",     "doctora"};
// "performed by", "consultation with", "por un ortopeda", "durch einen".
constexpr std::string_view kAgents[] = {"by", "with", "por", "con", "durch", "bei", "mit", "von"};
// Someone else's doctor.
constexpr std::string_view kPossessives[] = {"my",  "your",  "his", "her",   "their",
                                             "mi",  "mis",   "tu",  "tus",   "su",
                                             "sus", "mein*", "ihr", "ihre*", "dein*"};
// Another practice: referrals, partners, affiliates.
constexpr std::string_view kOtherPractice[] = {
    "refer*",   "referral*",  "deriva*",       "remitimos",      "uberweis*",
    "partner*", "affiliate*", "other clinics", "otras clinicas", "andere praxen"};
// Professional bodies, journals: a mention of one is no credential unless
// a membership or certification is stated.
constexpr std::string_view kBodies[] = {
    "academy",  "association", "society",      "college", "journal",  "academia", "asociacion",
    "sociedad", "colegio",     "gesellschaft", "verband", "akademie", "aaos",     "acsm"};

// Cheap block prefilter.
constexpr std::string_view kAnchors[] = {"orthop*", "ortop*", "traumat*", "sport*", "unfallchir*"};

// ---- Helpers -----------------------------------------------------------

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Word positions of a folded sentence, to measure distances in words.
class WordIndex {
 public:
  explicit WordIndex(std::string_view folded) {
    for (size_t i = 0; i < folded.size(); ++i) {
      if (IsWordByte(folded[i]) && (i == 0 || !IsWordByte(folded[i - 1]))) starts_.push_back(i);
    }
  }
  // Index of the word holding byte `pos` (or the word before it).
  long At(size_t pos) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), pos);
    return static_cast<long>(it - starts_.begin()) - 1;
  }

 private:
  std::vector<size_t> starts_;
};

std::vector<Span> AllOf(std::string_view folded, Phrases phrases) {
  std::vector<Span> hits;
  FindAllPhrases(folded, phrases, &hits);
  return hits;
}

bool Overlaps(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

// Everything the rules need to know about one sentence, looked up once.
struct SentenceCues {
  explicit SentenceCues(std::string_view f)
      : folded(f),
        words(f),
        clinicians(AllOf(f, kClinicians)),
        credentials(AllOf(f, kCredentials)),
        agents(AllOf(f, kAgents)),
        possessives(AllOf(f, kPossessives)),
        bodies(AllOf(f, kBodies)),
        own(HasPhrase(f, kOwnCues)),
        other_practice(HasPhrase(f, kOtherPractice)),
        educational(HasPhrase(f, ResearchWords())) {}

  // Some hit of `list` (not overlapping `h`) lies `before` words before the
  // mention, or `after` words after it.
  bool Near(const std::vector<Span>& list, const Span& h, long before, long after) const {
    const long first = words.At(h.begin), last = words.At(h.end - 1);
    for (const Span& s : list) {
      if (Overlaps(s, h)) continue;
      const long w = words.At(s.begin);
      if ((w < first && first - w <= before) || (w > last && w - last <= after)) return true;
    }
    return false;
  }

  std::string_view folded;
  WordIndex words;
  std::vector<Span> clinicians, credentials, agents, possessives, bodies;
  bool own, other_practice, educational;
};

// The text of every link to another site, folded (a practice's name in a
// link is that practice, not the clinic).
std::vector<std::string> ExternalLinkTexts(const Document& doc, std::string_view page_url) {
  std::vector<std::string> out;
  const std::string host = HostOfUrl(page_url);
  size_t seen = 0;
  for (const Link& link : doc.links) {
    if (++seen > 2000) break;
    const std::string link_host = HostOfUrl(link.href);
    if (link_host.empty() || link_host == host || link.text.empty()) continue;
    out.push_back(FoldCopy(link.text));
  }
  return out;
}

// 2: a certification or training; 1: a staff mention; 0: does not count.
int Judge(const SentenceCues& s, const Span& h, bool specialist, bool listed) {
  const bool credential = s.Near(s.credentials, h, 8, 0);
  const bool clinician = specialist || s.Near(s.clinicians, h, 4, 4);
  if (!clinician && !credential) return 0;
  if (s.Near(s.possessives, h, 2, 0)) return 0;
  if (s.other_practice) return 0;
  const bool membership = credential;
  if (s.Near(s.bodies, h, 4, 0) && !membership) return 0;
  if (s.educational && !credential) return 0;
  if (credential) return 2;
  const bool own = s.own || s.Near(s.agents, h, 3, 0) || listed;
  return own ? 1 : 0;
}

}  // namespace

void OrthopedicExperienceExtractor::AddPage(const Document& doc, const PageContext& ctx,
                                            PageText* text) {
  std::optional<std::vector<std::string>> external;
  for (size_t i = 0; i < doc.blocks.size() && priority_ < 2; ++i) {
    const Block& b = doc.blocks[i];
    const BlockFold& fold = text->Fold(i);
    if (!HasPhrase(fold.text(), kAnchors)) continue;
    if (!text->ClinicSpeaks(i)) continue;
    const bool listed = b.kind == BlockKind::kTableRow || b.kind == BlockKind::kListItem;
    for (const Span& sentence : text->Sentences(i)) {
      const std::string_view folded = fold.Cut(sentence);
      if (!HasPhrase(folded, kAnchors)) continue;
      std::vector<std::pair<Span, bool>> hits;
      for (const Span& h : AllOf(folded, kSpecialists)) hits.emplace_back(h, true);
      for (const Span& h : AllOf(folded, kSpecialties)) hits.emplace_back(h, false);
      if (hits.empty()) continue;
      const SentenceCues cues(folded);
      std::optional<SentencePolarity> polarity;
      for (const auto& [h, specialist] : hits) {
        int priority = Judge(cues, h, specialist, listed);
        if (priority <= priority_) continue;
        if (!polarity) polarity.emplace(folded);
        if (polarity->Of(h.begin, h.end) != Polarity::kAffirmed) continue;
        if (!external) external = ExternalLinkTexts(doc, ctx.url);
        const std::string_view mention = folded.substr(h.begin, h.size());
        const bool linked = std::any_of(external->begin(), external->end(), [&](const auto& t) {
          return t.find(mention) != std::string::npos && folded.find(t) != std::string_view::npos;
        });
        if (linked) continue;
        const std::string_view raw =
            std::string_view(b.text).substr(sentence.begin, sentence.size());
        Record(MakeQuote(listed && b.text.size() <= 300 ? std::string_view(b.text) : raw), ctx.url,
               priority);
      }
    }
  }
}

void OrthopedicExperienceExtractor::Record(std::string quote, const std::string& url,
                                           int priority) {
  if (priority <= priority_) return;
  quote_ = std::move(quote);
  url_ = url;
  priority_ = priority;
}

void OrthopedicExperienceExtractor::Finish(ClinicFacts* out) const {
  if (priority_ == 0) {
    out->orthopedic_experience = TriState::kUnknown;
    return;
  }
  out->orthopedic_experience = TriState::kYes;
  out->evidence.push_back({"orthopedic_experience", quote_, url_});
}

}  // namespace clinicrank
