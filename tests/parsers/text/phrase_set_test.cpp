// PhraseSet (parsers/text/phrase_set.h): the one matcher behind every
// vocabulary. Modes, folding of the phrases, whitespace runs, ordering.
#include "parsers/text/phrase_set.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parsers/text/words.h"

namespace clinicrank {
namespace {

using Mode = PhraseSet::Mode;

std::vector<std::string> Found(const PhraseSet& set, std::string_view text) {
  std::vector<PhraseSet::Match> matches;
  set.FindAll(text, &matches);
  std::vector<std::string> out;
  for (const auto& m : matches) out.emplace_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

TEST_CASE("PhraseSet: word mode needs a boundary at both ends", "[text][contract]") {
  const PhraseSet set{"cell", "stem cell", "knee"};
  struct Case {
    const char* text;
    bool found;
  } cases[] = {
      {"stem cell therapy", true},  {"cells", false},       {"the knee.", true},
      {"kneecap", false},           {"(knee)", true},       {"knee-deep", true},
      {"stem  cell", true},         {"stemcell", false},    {"", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(set.In(c.text) == c.found);
  }
}

TEST_CASE("PhraseSet: prefix and infix modes", "[text][contract]") {
  const PhraseSet::Phrase phrases[] = {{"consult", Mode::kPrefix}, {"fett", Mode::kInfix}};
  const PhraseSet set{std::span<const PhraseSet::Phrase>(phrases)};
  CHECK(set.In("free consultation"));
  CHECK_FALSE(set.In("preconsult"));
  CHECK(set.In("eigenfettbehandlung"));
  CHECK(set.In("fett"));
  CHECK_FALSE(set.In("fet"));
}

TEST_CASE("PhraseSet: phrases are folded when the set is built", "[text][contract]") {
  const PhraseSet set{"Médula Ósea", "Knöchel"};
  CHECK(set.In("celulas de medula osea"));
  CHECK(set.In("am knochel"));
  CHECK(set.Has("medula osea"));
}

TEST_CASE("PhraseSet: FindAll orders by begin, then by phrase order", "[text][contract]") {
  const PhraseSet set{"stem cell therapy", "stem", "stem cell", "cell"};
  CHECK(Found(set, "stem cell therapy") ==
        std::vector<std::string>{"stem cell therapy", "stem", "stem cell", "cell"});
  std::vector<PhraseSet::Match> m;
  set.FindAll("a stem cell", &m);
  REQUIRE(m.size() == 3);
  CHECK(m[0].id == 1);
  CHECK(m[1].id == 2);
  CHECK(m[2].id == 3);
}

TEST_CASE("PhraseSet: Find and LongestAt take the longest at the first begin", "[text][contract]") {
  const PhraseSet set{"no", "no surgery", "surgery"};
  const auto m = set.Find("with no surgery at all");
  REQUIRE(m);
  CHECK(m->begin == 5);
  CHECK(m->end == 15);
  CHECK(set.Find("with no surgery", 8)->begin == 8);
  CHECK_FALSE(set.Find("nothing here"));
  const auto at = set.LongestAt("no surgery", 0);
  REQUIRE(at);
  CHECK(at->end == 10);
  CHECK_FALSE(set.LongestAt("a no", 0));
}

TEST_CASE("PhraseSet: IdOf is an exact token lookup", "[text][contract]") {
  const PhraseSet set{"we", "our", "nosotros"};
  CHECK(set.IdOf("our") == 1u);
  CHECK_FALSE(set.IdOf("ours"));
  CHECK_FALSE(set.IdOf("o"));
  CHECK_FALSE(set.IdOf(""));
}

TEST_CASE("PhraseSet: punctuation-led phrases match anywhere", "[text][contract]") {
  const PhraseSet set{"$", "us$"};
  CHECK(set.In("us$4,000"));
  CHECK(set.In("a4$"));
  CHECK(Found(set, "us$5") == std::vector<std::string>{"us$", "$"});
}

// The word rule is FindWord's: every phrase FindWord finds, the set finds.
TEST_CASE("PhraseSet: agrees with FindWord on words", "[text][contract]") {
  const char* words[] = {"ct", "mri", "x-ray", "pain", "a"};
  const char* texts[] = {"ct scan", "the mri.", "an x-ray", "painful", "a b", "ba", "(a)", "mrict"};
  for (const char* w : words) {
    const PhraseSet set{w};
    for (const char* t : texts) {
      CAPTURE(w, t);
      CHECK(set.In(t) == ContainsWord(t, w));
    }
  }
}

}  // namespace
}  // namespace clinicrank
