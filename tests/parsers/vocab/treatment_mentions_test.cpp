// The relevance prefilter for web-archive pages (issue 17): treatment
// mentions in many languages, charsets, cases and HTML spellings, and the
// look-alikes it must pass over.
#include "parsers/vocab/treatment_mentions.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace clinicrank {
namespace {

struct Case {
  const char* what;
  std::string bytes;
};

// [heuristic] Mentions as pages write them; legacy-charset bytes are literal.
const std::vector<Case> kMentions = {
    {"English", "<p>Stem cell therapy for knees</p>"},
    {"upper case", "STEM CELLS"},
    {"hyphen", "our stem-cell injection"},
    {"no separator", "StemCell Institute"},
    {"nbsp entity", "stem&nbsp;cells"},
    {"nbsp UTF-8",
     "stem\xC2\xA0"
     "cells"},
    {"acronym", "Our (BMAC) procedure"},
    {"bone marrow", "bone marrow aspirate concentrate"},
    {"mesenchymal", "Mesenchymal signalling cells"},
    {"SVF", "stromal vascular fraction"},
    {"Spanish UTF-8", "terapia con células madre"},
    {"Spanish upper", "CÉLULAS MADRE"},
    {"Spanish unaccented", "celulas madre"},
    {"Spanish Latin-1",
     "c\xE9"
     "lulas madre"},
    {"Spanish named entity", "c&eacute;lulas madre"},
    {"Spanish upper entity", "C&Eacute;LULAS MADRE"},
    {"Spanish decimal entity", "c&#233;lulas madre"},
    {"Spanish hex entity", "c&#xE9;lulas madre"},
    {"Mexican", "células troncales"},
    {"German", "Stammzellen aus Eigenfett"},
    {"German compound", "Eigenfett-Stammzelltherapie"},
    {"German inner compound", "Fettstammzellen"},
    {"Portuguese", "células-tronco"},
    {"European Portuguese", "Células Estaminais"},
    {"Italian", "cellule staminali"},
    {"French", "cellules souches"},
    {"French hyphen", "cellules-souches"},
    {"Dutch", "stamceltherapie"},
    {"Turkish UTF-8", "kök hücre tedavisi"},
    {"Turkish upper", "KÖK HÜCRE"},
    {"Turkish windows-1254", "\x6B\xF6\x6B\x20\x68\xFC\x63\x72\x65"},
    {"Polish", "komórki macierzyste"},
    {"Polish inflected", "leczenie komórkami macierzystymi"},
    {"Polish windows-1250",
     "\x4B\x4F\x4D\xD3\x52\x4B\x49\x20\x4D\x41\x43\x49\x45\x52\x5A\x59\x53\x54\x45"},
    {"Czech", "kmenové buňky"},
    {"Russian", "лечение стволовыми клетками"},
    {"Russian capitalised", "Стволовые клетки"},
    {"Russian windows-1251", "\xF1\xF2\xE2\xEE\xEB\xEE\xE2\xFB\xE5\x20\xEA\xEB\xE5\xF2\xEA\xE8"},
    {"Russian KOI8-R", "\xF3\xD4\xD7\xCF\xCC\xCF\xD7\xD9\xC5\x20\xEB\xCC\xC5\xD4\xCB\xC9"},
    {"Ukrainian", "стовбурові клітини"},
    {"Greek", "θεραπεία με βλαστοκύτταρα"},
    {"Greek upper", "ΒΛΑΣΤΟΚΎΤΤΑΡΑ"},
    {"Greek windows-1253", "\xE2\xEB\xE1\xF3\xF4\xEF\xEA\xFD\xF4\xF4\xE1\xF1\xE1"},
    {"Japanese", "幹細胞治療"},
    {"Japanese Shift_JIS", "\x8A\xB2\x8D\xD7\x96\x45"},
    {"Japanese EUC-JP", "\xB4\xB4\xBA\xD9\xCB\xA6"},
    {"Chinese Big5", "\xB7\x46\xB2\xD3\xAD\x4D"},
    {"Chinese simplified", "干细胞"},
    {"Chinese GB18030", "\xB8\xC9\xCF\xB8\xB0\xFB"},
    {"Korean", "줄기세포 치료"},
    {"Korean EUC-KR", "\xC1\xD9\xB1\xE2\xBC\xBC\xC6\xF7"},
    {"Thai", "สเต็มเซลล์"},
    {"Thai TIS-620", "\xCA\xE0\xB5\xE7\xC1\xE0\xAB\xC5\xC5\xEC"},
    {"Vietnamese", "tế bào gốc"},
    {"Indonesian", "terapi sel punca"},
    {"Arabic", "الخلايا الجذعية"},
    {"Arabic windows-1256", "\xCE\xE1\xC7\xED\xC7\x20\xCC\xD0\xDA\xED\xC9"},
    {"Hebrew", "תאי גזע"},
    {"Hebrew windows-1255", "\xFA\xE0\xE9\x20\xE2\xE6\xF2"},
    {"Hindi", "स्टेम सेल थेरेपी"},
    {"deep in a page", std::string(200000, 'x') + " stem cells"},
};

// [heuristic] Look-alikes: cells, stems, marrow and knees that are not the
// treatment, and the acronym inside other words or base64.
const std::vector<Case> kDistractors = {
    {"immune system", "immune system cells attack"},
    {"solar", "Solar cells on the roof"},
    {"phone", "better cell reception"},
    {"prison", "the prison cell block"},
    {"plant stem", "cut the rose stem at an angle"},
    {"stem the flow", "stem the flow of water"},
    {"base64", "data:image/png;base64,iVBORw0KGgoBMACxyz"},
    {"longer word", "BMACHINE"},
    {"mesenchyme", "the mesenchyme of the embryo"},
    {"marrow bones", "roast the marrow bones"},
    {"knee injury", "knee injury sidelines the striker"},
    {"Spanish cells", "celdas solares y el celular"},
    {"Spanish mother", "Feliz día de la madre"},
    {"Portuguese trunk", "o tronco da árvore"},
    {"French strain", "une nouvelle souche du virus"},
    {"Italian stamina", "stamina e cellule"},
    {"German lineage", "Stammkunden und Zellstoff"},
    {"Russian cells", "клетки кожи"},
    {"Japanese cell", "細胞"},
    {"Japanese executive", "幹部"},
    {"empty", ""},
};

// Both engines: Hyperscan (when built with it) and RE2 must agree.
const MatchEngine kEngines[] = {MatchEngine::kBest, MatchEngine::kRe2};

TEST_CASE("the prefilter finds the treatment however a page spells it", "[vocab][heuristic]") {
  for (const MatchEngine engine : kEngines) {
    const MentionMatcher matcher(TreatmentMentionTerms(), engine);
    REQUIRE(matcher.ok());
    for (const Case& c : kMentions) {
      CAPTURE(matcher.engine_name(), c.what, c.bytes.substr(0, 80));
      CHECK(matcher.Matches(c.bytes));
    }
  }
  CHECK(TreatmentMentionMatcher().Matches("stem cells"));
}

TEST_CASE("the prefilter passes over look-alikes", "[vocab][heuristic]") {
  for (const MatchEngine engine : kEngines) {
    const MentionMatcher matcher(TreatmentMentionTerms(), engine);
    for (const Case& c : kDistractors) {
      CAPTURE(matcher.engine_name(), c.what, c.bytes);
      CHECK_FALSE(matcher.Matches(c.bytes));
      CHECK(matcher.MatchingTerms(c.bytes).empty());
    }
  }
}

TEST_CASE("every row of the term table finds its own term", "[vocab][heuristic]") {
  const auto terms = TreatmentMentionTerms();
  for (const MatchEngine engine : kEngines) {
    const MentionMatcher matcher(terms, engine);
    for (size_t i = 0; i < terms.size(); ++i) {
      std::string text;
      for (const char c : terms[i].term) {
        if (c != '*') text += c;
      }
      text = "<p>" + text + "</p>";
      CAPTURE(matcher.engine_name(), i, terms[i].language, text);
      const std::vector<int> rows = matcher.MatchingTerms(text);
      CHECK(std::find(rows.begin(), rows.end(), static_cast<int>(i)) != rows.end());
    }
  }
}

TEST_CASE("a matcher over a custom table matches only its rows", "[vocab]") {
  const MentionTerm rows[] = {{"es", "rodilla", true, true}, {"ru", "колено", false, false}};
  for (const MatchEngine engine : kEngines) {
    const MentionMatcher matcher(rows, engine);
    CAPTURE(matcher.engine_name());
    REQUIRE(matcher.ok());
    CHECK(matcher.MatchingTerms("dolor de RODILLA") == std::vector<int>{0});
    CHECK(matcher.MatchingTerms("\xCA\xEE\xEB\xE5\xED\xEE") ==
          std::vector<int>{1});  // windows-1251
    CHECK(matcher.MatchingTerms("rodilla y колено") == std::vector<int>{0, 1});
    CHECK_FALSE(matcher.Matches("rodillas"));  // word_end
    CHECK_FALSE(matcher.Matches("stem cells"));
  }
}

}  // namespace
}  // namespace clinicrank
