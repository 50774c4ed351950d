// parsers/text/text.h: folding, sentence splitting, quoting, whole-word search,
// clause splitting and mention polarity (DOMAIN.md §4 "Negation and
// disclaimers", §5 vocabulary).
#include "parsers/text/fold.h"
#include "parsers/text/sentences.h"
#include "parsers/text/words.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parsers/text/polarity.h"

namespace clinicrank {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) {
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

const char* PolarityName(Polarity p) {
  switch (p) {
    case Polarity::kAffirmed: return "affirmed";
    case Polarity::kNegated: return "negated";
    case Polarity::kOthers: return "others";
    case Polarity::kHypothetical: return "hypothetical";
  }
  return "?";
}

// The polarity of the first whole-word occurrence of `term` (folded) in the
// folded sentence.
std::string PolarityOf(const std::string& sentence, const std::string& term) {
  const std::string folded = FoldCopy(sentence);
  const std::string t = FoldCopy(term);
  const size_t at = FindWord(folded, t);
  if (at == std::string::npos) return "term not found";
  return PolarityName(MentionPolarity(folded, at, at + t.size()));
}

TEST_CASE("Fold lower-cases, strips accents and maps typography", "[text][contract]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"Células Madre", "celulas madre"},
      {"MÉDULA ÓSEA", "medula osea"},
      {"Señora Núñez", "senora nunez"},
      {"Über Fußball", "uber fussball"},
      {"körpereigene Stammzellen", "korpereigene stammzellen"},
      {"naïve façade Åsa Øre", "naive facade asa ore"},
      {"Œuvre Łódź", "oeuvre lodz"},
      {"don\xE2\x80\x99t \xE2\x80\x98x\xE2\x80\x99", "don't 'x'"},
      {"\xE2\x80\x9CQuoted\xE2\x80\x9D", "\"quoted\""},
      {"3,500\xE2\x80\x93" "8,000", "3,500-8,000"},
      {"bone marrow\xE2\x80\x94not amniotic", "bone marrow-not amniotic"},
      {"5\xC2\xA0" "000 \xE2\x82\xAC", "5 000 \xE2\x82\xAC"},
      {"1\xE2\x80\xAF" "800", "1 800"},
      {"\xC2\xA3" "10,000 \xE0\xB8\xBF" "90,000 \xE2\x82\xA1" "2", "\xC2\xA3" "10,000 \xE0\xB8\xBF" "90,000 \xE2\x82\xA1" "2"},
      {"\xC2\xBF" "Usan c\xC3\xA9lulas?", "\xC2\xBF" "usan celulas?"},
      {"e\xCC\x81" "cograf\xC3\xAD" "a", "ecografia"},  // decomposed é
      {"ultra\xC2\xADschall", "ultraschall"},            // soft hyphen
      {"wait\xE2\x80\xA6", "wait..."},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(FoldCopy(c.in) == c.out);
    const FoldedText f = Fold(c.in);
    CHECK(f.text == c.out);
    CHECK(f.origin.size() == f.text.size());
  }
}

TEST_CASE("Fold maps every folded byte back to its source", "[text][contract]") {
  const std::string in = "Cél. MADRE \xE2\x80\x94 Stra\xC3\x9F" "e";
  const FoldedText f = Fold(in);
  REQUIRE(f.text == "cel. madre - strasse");
  CHECK(f.origin[0] == 0);
  CHECK(f.origin[1] == 1);   // é starts at byte 1
  CHECK(f.origin[2] == 3);   // l
  CHECK(f.origin[11] == 12);  // the em dash starts at byte 12
  // ß expands to "ss": both bytes point at it.
  const size_t ss = f.text.find("ss");
  CHECK(f.origin[ss] == f.origin[ss + 1]);
  CHECK(in.substr(f.origin[ss], 2) == "\xC3\x9F");
  for (size_t i = 1; i < f.origin.size(); ++i) CHECK(f.origin[i] >= f.origin[i - 1]);
}

TEST_CASE("Fold passes invalid UTF-8 bytes through", "[text][contract]") {
  const std::string in = "a\xFF" "b\xC3";
  const FoldedText f = Fold(in);
  CHECK(f.text == in);
  CHECK(f.origin.size() == in.size());
}

TEST_CASE("SplitSentences splits at sentence ends only", "[text][contract]") {
  struct Case {
    std::string in;
    std::vector<std::string> out;
  };
  const std::vector<Case> cases = {
      {"We use BMAC. It is your own marrow.", {"We use BMAC.", "It is your own marrow."}},
      {"Dr. Smith uses ultrasound. Dra. López también.",
       {"Dr. Smith uses ultrasound.", "Dra. López también."}},
      {"Our office on St. Mary's Rd. is open. Call us.",
       {"Our office on St. Mary's Rd. is open.", "Call us."}},
      {"Cells, e.g. BMAC, are drawn. Then injected.",
       {"Cells, e.g. BMAC, are drawn.", "Then injected."}},
      {"Licensed in the U.S. and Mexico. Book now.",
       {"Licensed in the U.S. and Mexico.", "Book now."}},
      {"Recovery takes 3.5 days on average. Most walk out.",
       {"Recovery takes 3.5 days on average.", "Most walk out."}},
      {"Really? Yes! We do.", {"Really?", "Yes!", "We do."}},
      {"¿Usan células de cordón? No. Solo médula ósea.",
       {"¿Usan células de cordón?", "No.", "Solo médula ósea."}},
      {"¡Llame hoy! ¿Tiene dudas? Escríbanos.",
       {"¡Llame hoy!", "¿Tiene dudas?", "Escríbanos."}},
      {"He said \"it works.\" Then he left.", {"He said \"it works.\"", "Then he left."}},
      {"Costs vary (see pricing). Ask us.", {"Costs vary (see pricing).", "Ask us."}},
      {"Results vary... Some improve.", {"Results vary...", "Some improve."}},
      {"Wait\xE2\x80\xA6 There is more.", {"Wait\xE2\x80\xA6", "There is more."}},
      {"See item No. 5 below. Thanks.", {"See item No. 5 below.", "Thanks."}},
      {"J. R. Doe, M.D. treats knees.", {"J. R. Doe, M.D. treats knees."}},
      {"z. B. Knochenmark. Dann Injektion.", {"z. B. Knochenmark.", "Dann Injektion."}},
      {"We use ultrasound. 90% improve.", {"We use ultrasound.", "90% improve."}},
      {"no period at the end", {"no period at the end"}},
      {"lower case. after a period stays", {"lower case. after a period stays"}},
      {"  padded.   Spaces.  ", {"padded.", "Spaces."}},
      {"Email info@clinic.com. Thanks.", {"Email info@clinic.com.", "Thanks."}},
      // A currency abbreviation before its amount does not end a sentence.
      {"Knee injection: Rs. 1,50,000 per knee. Call us.",
       {"Knee injection: Rs. 1,50,000 per knee.", "Call us."}},
      {"Stem cells in Panama: B/. 6,500. Book now.",
       {"Stem cells in Panama: B/. 6,500.", "Book now."}},
      {"Precio en Lima: S/. 9,000 por rodilla.", {"Precio en Lima: S/. 9,000 por rodilla."}},
      {"Costo: Bs. 35.000 por sesión. Llame hoy.",
       {"Costo: Bs. 35.000 por sesión.", "Llame hoy."}},
      {"Preis: SFr. 4'500 pro Knie.", {"Preis: SFr. 4'500 pro Knie."}},
      {"Harga Rp. 50.000.000 per lutut.", {"Harga Rp. 50.000.000 per lutut."}},
      // ... but does end one before a capitalised word, and a word that merely
      // ends in the same letters is not an abbreviation.
      {"We accept Rs. Call for prices.", {"We accept Rs.", "Call for prices."}},
      {"See the FAQs. 90% improve.", {"See the FAQs.", "90% improve."}},
      {"Compare labs. 3 clinics replied.", {"Compare labs.", "3 clinics replied."}},
      {"", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(Sentences(c.in) == c.out);
  }
}

TEST_CASE("MakeQuote collapses whitespace and cuts on a UTF-8 boundary", "[text][contract]") {
  CHECK(MakeQuote("  We   use\n\tBMAC.  ") == "We use BMAC.");
  CHECK(MakeQuote("a\xC2\xA0\xC2\xA0" "b") == "a b");
  CHECK(MakeQuote("") == "");
  const std::string long_text(500, 'x');
  const std::string q = MakeQuote(long_text, 300);
  CHECK(q.size() <= 300);
  CHECK(q.substr(q.size() - 3) == "\xE2\x80\xA6");
  // Multi-byte characters are never split.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xC3\xA9";
  const std::string qa = MakeQuote(accents, 101);
  CHECK(qa.size() <= 101);
  CHECK(qa.substr(qa.size() - 3) == "\xE2\x80\xA6");
  CHECK((qa.size() - 3) % 2 == 0);
  // Prefers a word boundary.
  const std::string words = "alpha beta gamma delta epsilon zeta eta theta";
  const std::string qw = MakeQuote(words, 20);
  CHECK(qw == "alpha beta gamma\xE2\x80\xA6");
}

TEST_CASE("FindWord and ContainsWord match whole words", "[text][contract]") {
  CHECK(ContainsWord("ultrasound-guided injection", "ultrasound"));
  CHECK(ContainsWord("we use bmac.", "bmac"));
  CHECK_FALSE(ContainsWord("ultrasounds", "ultrasound"));
  CHECK_FALSE(ContainsWord("nonultrasound", "ultrasound"));
  CHECK(ContainsWord("bone marrow aspirate", "bone marrow"));
  CHECK_FALSE(ContainsWord("bone marrows", "bone marrow"));
  CHECK(ContainsWord("(svf)", "svf"));
  CHECK_FALSE(ContainsWord("", "svf"));
  CHECK_FALSE(ContainsWord("svf", ""));
  CHECK(FindWord("cord, cord blood", "cord blood") == 6);
  CHECK(FindWord("svfx svf", "svf") == 5);
  CHECK(FindWord("svf svf", "svf", 1) == 4);
  CHECK(FindWord("abc", "svf") == std::string::npos);
  // A term ending in punctuation needs no boundary after it.
  CHECK(FindWord("see u.s.a.", "u.s.") == 4);
}

TEST_CASE("SplitClauses cuts at punctuation, contrast and new subjects", "[text][contract]") {
  struct Case {
    std::string in;
    std::vector<std::string> out;
  };
  const std::vector<Case> cases = {
      {"we use bone marrow; no donor tissue", {"we use bone marrow", "no donor tissue"}},
      {"we don't use amniotic, but we use marrow", {"we don't use amniotic", "but we use marrow"}},
      {"unlike other clinics, we use ultrasound", {"unlike other clinics", "we use ultrasound"}},
      {"no usamos cordon, sino medula osea", {"no usamos cordon", "sino medula osea"}},
      {"wir verwenden kein fremdgewebe, sondern knochenmark",
       {"wir verwenden kein fremdgewebe", "sondern knochenmark"}},
      {"marrow (from the hip) is used", {"marrow", "from the hip", "is used"}},
      {"we never use donor tissue, we use yours", {"we never use donor tissue", "we use yours"}},
      {"if needed, we add adipose", {"if needed", "we add adipose"}},
      {"bone marrow - not amniotic - is used", {"bone marrow", "not amniotic", "is used"}},
      {"ultrasound-guided injections", {"ultrasound-guided injections"}},
      {"amniotic, placental or cord tissue", {"amniotic, placental or cord tissue"}},
      {"", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    std::vector<std::string> got;
    for (const Span& s : SplitClauses(c.in)) got.push_back(c.in.substr(s.begin, s.size()));
    CHECK(got == c.out);
  }
}

// Polarity table: sentence, the mention, expected polarity. Phrased the way
// clinic sites word them.
TEST_CASE("MentionPolarity reads negation scope from sentence structure", "[text][heuristic]") {
  struct Case {
    const char* sentence;
    const char* term;
    const char* expected;
  };
  const Case cases[] = {
      // Plain affirmations.
      {"We use your own bone marrow concentrate.", "bone marrow", "affirmed"},
      {"All injections are performed under ultrasound guidance.", "ultrasound", "affirmed"},
      {"Utilizamos células madre de médula ósea.", "medula osea", "affirmed"},
      {"Wir verwenden körpereigenes Knochenmark.", "knochenmark", "affirmed"},
      // Determiner / adverbial negation before the term, forward to clause end.
      {"We use no donor tissue.", "donor", "negated"},
      {"We never use amniotic products.", "amniotic", "negated"},
      {"No donor tissue, ever.", "donor", "negated"},
      {"Our cells are not derived from amniotic or placental tissue.", "placental", "negated"},
      {"We don't use amniotic or umbilical cord cells.", "umbilical cord", "negated"},
      {"We do not use amniotic, placental, or cord blood products.", "cord blood", "negated"},
      {"We do not use amniotic, placental, or cord blood products.", "placental", "negated"},
      {"No utilizamos células de donante.", "donante", "negated"},
      {"Nunca usamos tejido amniótico.", "amniotico", "negated"},
      {"No usamos células de donante, amnióticas ni de cordón umbilical.", "cordon umbilical", "negated"},
      {"Wir verwenden kein Fremdgewebe und keine Nabelschnurzellen.", "fremdgewebe", "negated"},
      {"Wir verwenden niemals Spenderzellen.", "spenderzellen", "negated"},
      {"Injections are done without image guidance.", "image guidance", "negated"},
      {"Sin guía ecográfica, las inyecciones fallan.", "guia ecografica", "negated"},
      // Verbal negation after the term.
      {"Amniotic tissue is not used at our clinic.", "amniotic", "negated"},
      {"Donor cells are never used.", "donor", "negated"},
      {"Las células de donante no se utilizan.", "donante", "negated"},
      {"Spenderzellen werden bei uns nicht verwendet.", "spenderzellen", "negated"},
      {"Amniotic fluid isn't something we offer.", "amniotic", "negated"},
      // ... but not when it negates a following noun phrase.
      {"Bone marrow concentrate is not a donor product.", "bone marrow", "affirmed"},
      {"We use bone marrow and not amniotic tissue.", "bone marrow", "affirmed"},
      {"We use bone marrow and not amniotic tissue.", "amniotic", "negated"},
      {"Usamos médula ósea y no tejido amniótico.", "medula osea", "affirmed"},
      {"Your own bone marrow, which is not expanded in a lab.", "bone marrow", "affirmed"},
      // NP negation after a comma scopes forward only.
      {"We use bone marrow, not amniotic.", "bone marrow", "affirmed"},
      {"We use bone marrow, not amniotic.", "amniotic", "negated"},
      {"Wir verwenden Knochenmark, nicht Fruchtwasser.", "knochenmark", "affirmed"},
      {"Wir verwenden Knochenmark, nicht Fruchtwasser.", "fruchtwasser", "negated"},
      // Contrast and restart words end the scope.
      {"We never use donor tissue, only your own bone marrow.", "bone marrow", "affirmed"},
      {"We never use donor tissue, only your own bone marrow.", "donor", "negated"},
      {"We don't use amniotic products; instead we use your own bone marrow.", "bone marrow", "affirmed"},
      {"We don't inject blindly but under ultrasound guidance.", "ultrasound", "affirmed"},
      {"We don't inject blindly but under ultrasound guidance.", "blindly", "negated"},
      {"No utilizamos tejido de donante, sino médula ósea del propio paciente.", "medula osea", "affirmed"},
      {"Wir verwenden kein Fremdgewebe, sondern Ihr eigenes Knochenmark.", "knochenmark", "affirmed"},
      {"Not amniotic, but your own bone marrow.", "bone marrow", "affirmed"},
      {"We never use donor tissue and always use your own bone marrow.", "bone marrow", "affirmed"},
      {"No surgery, no downtime, just your own bone marrow.", "bone marrow", "affirmed"},
      {"No surgery, no downtime, ultrasound-guided injections of your own cells.", "ultrasound", "affirmed"},
      {"We do not inject blindly, using ultrasound for every injection.", "ultrasound", "affirmed"},
      {"Instead of amniotic products, we use your own bone marrow.", "bone marrow", "affirmed"},
      {"Instead of amniotic products, we use your own bone marrow.", "amniotic", "negated"},
      {"We use bone marrow rather than amniotic tissue.", "amniotic", "negated"},
      {"We use bone marrow rather than amniotic tissue.", "bone marrow", "affirmed"},
      {"En lugar de tejido amniótico, usamos médula ósea.", "medula osea", "affirmed"},
      // "not only" is not a negation; double negation cancels.
      {"We offer not only bone marrow but also adipose cells.", "bone marrow", "affirmed"},
      {"No solo usamos médula ósea, también tejido adiposo.", "medula osea", "affirmed"},
      {"We never inject without ultrasound guidance.", "ultrasound", "affirmed"},
      {"Nunca inyectamos sin guía ecográfica.", "guia ecografica", "affirmed"},
      {"No, we use your own bone marrow.", "bone marrow", "affirmed"},
      // Other parties.
      {"Unlike clinics that use amniotic products, we use your own cells.", "amniotic", "others"},
      {"Unlike clinics that use amniotic products, we use your own bone marrow.", "bone marrow", "affirmed"},
      {"Many clinics inject blindly; we use ultrasound.", "blindly", "others"},
      {"Many clinics inject blindly; we use ultrasound.", "ultrasound", "affirmed"},
      {"Some providers sell amniotic fluid as a stem cell product.", "amniotic", "others"},
      {"Other clinics use donor cells, but we use your own bone marrow.", "donor", "others"},
      {"Other clinics use donor cells, but we use your own bone marrow.", "bone marrow", "affirmed"},
      {"A diferencia de otras clínicas, usamos médula ósea.", "medula osea", "affirmed"},
      {"Muchas clínicas usan células de cordón umbilical.", "cordon umbilical", "others"},
      {"Im Gegensatz zu anderen Praxen arbeiten wir ultraschallgesteuert.", "ultraschallgesteuert", "affirmed"},
      {"Viele Kliniken spritzen ohne Bildgebung.", "bildgebung", "others"},
      {"Not all clinics use ultrasound guidance.", "ultrasound", "others"},
      {"Beware of clinics that sell umbilical cord products.", "umbilical cord", "others"},
      {"Amniotic products sold by many clinics contain no live cells.", "amniotic", "others"},
      {"We are one of the few clinics that use ultrasound guidance.", "ultrasound", "affirmed"},
      {"While many clinics use amniotic tissue, we only use your own cells.", "amniotic", "others"},
      {"Compared to amniotic products, bone marrow contains live cells.", "amniotic", "others"},
      {"Compared to amniotic products, bone marrow contains live cells.", "bone marrow", "affirmed"},
      // Questions and conditions.
      {"Do you use umbilical cord cells?", "umbilical cord", "hypothetical"},
      {"¿Usan células de cordón umbilical?", "cordon umbilical", "hypothetical"},
      {"Is the injection ultrasound-guided?", "ultrasound", "hypothetical"},
      {"Verwenden Sie Nabelschnurzellen?", "nabelschnurzellen", "hypothetical"},
      {"If you are not a candidate for bone marrow, we discuss options.", "bone marrow", "hypothetical"},
      {"If needed, we also use adipose tissue.", "adipose", "affirmed"},
      {"Si usted necesita más células, usamos tejido adiposo.", "tejido adiposo", "affirmed"},
      {"Sí, usamos médula ósea.", "medula osea", "affirmed"},
      {"Ask your doctor whether the injection is ultrasound-guided.", "ultrasound", "hypothetical"},
      {"Did you know we use ultrasound guidance?", "ultrasound", "affirmed"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence, c.term);
    CHECK(PolarityOf(c.sentence, c.term) == c.expected);
  }
}

TEST_CASE("SentencePolarity::IsQuestion", "[text][contract]") {
  CHECK(SentencePolarity(FoldCopy("Do you use cord cells?")).IsQuestion());
  CHECK(SentencePolarity(FoldCopy("¿Usan cordón")).IsQuestion());
  CHECK_FALSE(SentencePolarity(FoldCopy("We use cord cells.")).IsQuestion());
}

TEST_CASE("MentionPolarity is safe on odd spans", "[text][contract]") {
  const std::string s = "we never use donor tissue";
  CHECK(MentionPolarity(s, 0, 0) == Polarity::kAffirmed);
  CHECK(MentionPolarity(s, s.size(), s.size()) == Polarity::kAffirmed);
  CHECK(MentionPolarity("", 0, 0) == Polarity::kAffirmed);
  CHECK(MentionPolarity(s, 13, 18) == Polarity::kNegated);
}

}  // namespace
}  // namespace clinicrank
