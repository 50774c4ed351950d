// The text layer for the languages added with issue 18 (docs/extraction.md
// "Languages"): CJK sentence ends, full-width folding, and the polarity
// engine's reading of Japanese, Portuguese, Italian, French, Turkish and
// Polish negation and of others' statements.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text/fold.h"
#include "parsers/text/phrase_list.h"
#include "parsers/text/phrase_set.h"
#include "parsers/text/polarity.h"
#include "parsers/text/sentences.h"

namespace clinicrank {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

TEST_CASE("SplitSentences ends a sentence at 。！？ with no space after",
          "[text][lang][contract]") {
  CHECK(Sentences("膝の痛みに。当院では脂肪を使います！ご相談は？") ==
        std::vector<std::string>{"膝の痛みに。", "当院では脂肪を使います！", "ご相談は？"});
  CHECK(Sentences("「再生医療です。」次の文。") ==
        std::vector<std::string>{"「再生医療です。」", "次の文。"});
  // A full stop in Latin text still needs a space and a capital.
  CHECK(Sentences("PRP 1回55,000円。Dr. Sato recommends it. OK") ==
        std::vector<std::string>{"PRP 1回55,000円。", "Dr. Sato recommends it.", "OK"});
}

TEST_CASE("Fold maps full-width digits, 〜, ～ and ￥", "[text][lang][contract]") {
  CHECK(FoldCopy("１２０万円") == "120万円");
  CHECK(FoldCopy("３〜５万円") == "3~5万円");
  CHECK(FoldCopy("３～５万円") == "3~5万円");
  CHECK(FoldCopy("￥５５，０００") ==
        "\xC2\xA5"
        "55,000");
  CHECK(FoldCopy("Kök hücre, kemik iliği, yağ dokusu") == "kok hucre, kemik iligi, yag dokusu");
  CHECK(FoldCopy("komórki z tkanki tłuszczowej") == "komorki z tkanki tluszczowej");
}

// Words and CJK terms in one set: a CJK term matches inside a run of CJK
// characters, a word only at a word start, and a kInfix word inside a word.
TEST_CASE("PhraseSet matches CJK terms anywhere beside words", "[text][lang][contract]") {
  const std::vector<PhraseSet::Phrase> phrases = {
      {"own", PhraseSet::Mode::kPrefix}, {"脂肪"}, {"当院"}};
  const PhraseSet set(phrases);
  CHECK(set.In(FoldCopy("患者様ご自身の脂肪から採取")));
  CHECK(set.In(FoldCopy("当院では")));
  CHECK(set.In("we use your own cells"));
  CHECK_FALSE(set.In("unknown sources"));  // "own" inside a word
  CHECK_FALSE(set.In("骨髄から採取"));
  const auto m = set.Find(FoldCopy("PRP注射と脂肪由来"));
  REQUIRE(m);
  CHECK(m->id == 1);
  std::vector<PhraseSet::Match> all;
  set.FindAll(FoldCopy("当院の脂肪治療, own fat"), &all);
  CHECK(all.size() == 3);
  const std::vector<PhraseSet::Phrase> infixes = {{"fett", PhraseSet::Mode::kInfix}, {"脂肪"}};
  const PhraseSet infix(infixes);
  CHECK(infix.In("eigenfettgewebe"));
  CHECK(infix.In(FoldCopy("自己脂肪")));
  CHECK_FALSE(infix.In("fat tissue"));
}

// A list's rows after kAddedLanguageRows are read only when asked for.
TEST_CASE("HasPhrase skips the added languages' rows for en, es and de pages",
          "[text][lang][contract]") {
  static constexpr std::string_view kRows[] = {"risk*", kAddedLanguageRows, "risco*", "リスク"};
  CHECK(HasPhrase("low risks", kRows, false));
  CHECK(HasPhrase("sem riscos", kRows, true));
  CHECK_FALSE(HasPhrase("sem riscos", kRows, false));
  CHECK(HasPhrase(FoldCopy("感染のリスク"), kRows));
  CHECK(FindPhrase("um risco baixo", kRows).begin == 3);
  CHECK(FindPhrase("um risco baixo", kRows).end == 8);
}

struct Case {
  const char* sentence;
  const char* mention;  // folded, found in the folded sentence
  Polarity want;
};

TEST_CASE("MentionPolarity in the added languages", "[text][lang][heuristic]") {
  const Case cases[] = {
      // Japanese: negation after the predicate, in the mention's clause.
      {"当院では骨髄は使用しません。", "骨髄", Polarity::kNegated},
      {"骨髄は使わず、脂肪由来幹細胞を用います。", "骨髄", Polarity::kNegated},
      {"骨髄は使わず、脂肪由来幹細胞を用います。", "脂肪", Polarity::kAffirmed},
      {"再生医療は保険適用外です。", "保険適用", Polarity::kNegated},
      {"拒絶反応が少ない治療です。", "拒絶反応", Polarity::kAffirmed},
      {"PRPだけでなく幹細胞も扱います。", "prp", Polarity::kAffirmed},
      {"手術・入院不要", "手術・入院不要", Polarity::kAffirmed},
      {"他院では臍帯由来の細胞を使うこともあります。", "臍帯", Polarity::kOthers},
      {"脂肪幹細胞は骨髄由来の幹細胞に比べて採取が容易です。", "骨髄", Polarity::kOthers},
      {"脂肪幹細胞は骨髄由来の幹細胞に比べて採取が容易です。", "脂肪", Polarity::kAffirmed},
      // Portuguese: "no" is "in the", "nao" negates.
      {"Todas as aplicacoes no joelho sao guiadas por ultrassom.", "ultrassom",
       Polarity::kAffirmed},
      {"Nao usamos celulas de doadores.", "doadores", Polarity::kNegated},
      {"Sem necessidade de cirurgia.", "cirurgia", Polarity::kNegated},
      // Italian: "si" is reflexive; "non" and "senza" negate.
      {"Le cellule si ottengono dal grasso addominale.", "grasso", Polarity::kAffirmed},
      {"Non usiamo cellule da donatore.", "donatore", Polarity::kNegated},
      {"A differenza di altre cliniche, usiamo il midollo osseo.", "midollo", Polarity::kAffirmed},
      {"Altre cliniche usano il cordone ombelicale.", "cordone", Polarity::kOthers},
      // French: "n'" forms, "ne ... que" is "only".
      {"Nous n'utilisons pas de cellules de donneur.", "donneur", Polarity::kNegated},
      {"Nous n'utilisons que vos propres cellules.", "propres cellules", Polarity::kAffirmed},
      {"Une prise en charge non chirurgicale.", "chirurgicale", Polarity::kNegated},
      // Turkish: negation follows ("kullanmiyoruz", "degildir").
      {"Donor hucreleri kullanmiyoruz.", "donor", Polarity::kNegated},
      {"Kesin cozum mevcut degildir.", "kesin cozum", Polarity::kNegated},
      {"Hastanin kendi yag dokusu kullanilir.", "yag dokusu", Polarity::kAffirmed},
      // Polish.
      {"Nie uzywamy komorek od dawcow.", "dawcow", Polarity::kNegated},
      {"Bez operacji i bez bolu.", "operacji", Polarity::kNegated},
      // English is read as before: a hyphenated "non-" negates its own word.
      {"Non-surgical alternative to knee replacement.", "alternative", Polarity::kAffirmed},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence, c.mention);
    const std::string folded = FoldCopy(c.sentence);
    const size_t at = folded.find(c.mention);
    REQUIRE(at != std::string::npos);
    CHECK(MentionPolarity(folded, at, at + std::string_view(c.mention).size()) == c.want);
  }
}

}  // namespace
}  // namespace clinicrank
