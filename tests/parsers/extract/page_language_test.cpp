// Page language (issue 18; parsers/extract/page_context.h): <html lang>, then
// og:locale and Content-Language, then a vote of stopwords and scripts when
// nothing is declared; overwhelming text evidence beats a template's
// lang="en".
#include <catch2/catch.hpp>
#include <string>

#include "parsers/extract/page_context.h"
#include "parsers/html/html.h"

namespace clinicrank {
namespace {

std::string LangOf(const std::string& html) {
  return BuildPageContext(ParseHtml(html), "", "page.html").lang;
}

std::string Body(const std::string& paragraph, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += "<p>" + paragraph + "</p>";
  return out;
}

TEST_CASE("Page language: declared, then voted", "[page_context][lang][heuristic]") {
  struct Case {
    std::string html;
    std::string lang;
  };
  const Case cases[] = {
      {"<html lang='pt-BR'><p>Olá</p></html>", "pt"},
      {"<html><head><meta property='og:locale' content='it_IT'></head><p>Ciao</p></html>", "it"},
      {"<html><head><meta http-equiv='Content-Language' content='pl'></head><p>x</p></html>", "pl"},
      {"<html>" +
           Body("Nós usamos células-tronco da medula óssea e também não usamos doadores, "
                "com uma equipe que você conhece.",
                3) +
           "</html>",
       "pt"},
      {"<html>" +
           Body("Il trattamento con le cellule della nostra clinica è anche per chi "
                "non vuole la protesi, nella maggior parte dei casi.",
                3) +
           "</html>",
       "it"},
      {"<html>" +
           Body("Nous utilisons les cellules souches pour les patients avec une arthrose "
                "du genou, dans une démarche qui est sûre.",
                3) +
           "</html>",
       "fr"},
      {"<html>" +
           Body("Kök hücre tedavisi bir yöntem olarak daha çok diz için ve bu tedavi "
                "gibi sonra kadar uygulanır.",
                3) +
           "</html>",
       "tr"},
      {"<html>" +
           Body("Terapia jest dla pacjentów, którzy także może przez lub które się "
                "leczą oraz że są zdrowi.",
                3) +
           "</html>",
       "pl"},
      {"<html>" + Body("当院では患者様ご自身の脂肪から採取した幹細胞を用いて治療します。", 2) +
           "</html>",
       "ja"},
      {"<html>" + Body("我们使用自体脂肪干细胞治疗膝关节骨关节炎，效果显著。", 2) + "</html>",
       "zh"},
      {"<html>" + Body("무릎 줄기세포 치료는 자가 지방을 사용합니다 상담하세요.", 2) + "</html>",
       "ko"},
      // A template's lang="en" on a page written in Japanese.
      {"<html lang='en'>" +
           Body("当院では患者様ご自身の脂肪から採取した幹細胞を用いて治療します。"
                "ひざの痛みでお悩みの方はご相談ください。",
                3) +
           "</html>",
       "ja"},
      // A few Japanese words on an English page do not change it.
      {"<html lang='en'><p>We offer 幹細胞 therapy for the knee.</p></html>", "en"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html.substr(0, 120));
    CHECK(LangOf(c.html) == c.lang);
  }
}

}  // namespace
}  // namespace clinicrank
