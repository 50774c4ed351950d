// Portuguese (pt, Brazilian spelling; issue 18, docs/extraction.md
// "Languages"): the phrase table of lang_table.h. Phrases are written for
// this test; clinics and figures are invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("Portuguese phrases", "[lang][pt][heuristic]") {
  const LangTable table = {
      "pt",
      "br",
      {
          // Prices: R$ with dot thousands, "mil", bases, a bare "$" on a .br page.
          {F::kPrices,
           "O tratamento com células-tronco da medula óssea custa R$ 18.500 por joelho.",
           "18500 BRL per_knee stem_cell"},
          {F::kPrices, "Para ambos os joelhos, o tratamento com células-tronco sai por R$ 32.000.",
           "32000 BRL both_knees stem_cell"},
          {F::kPrices, "Aplicação de PRP: R$ 1.200 por sessão.", "1200 BRL per_injection prp"},
          {F::kPrices, "Consulta inicial com o ortopedista: R$ 450.",
           "450 BRL unspecified consultation"},
          {F::kPrices, "Infiltração de ácido hialurônico: R$ 900 por aplicação.",
           "900 BRL per_injection other"},
          {F::kPrices, "A cirurgia de prótese de joelho custa a partir de R$ 45 mil.",
           "45000 BRL unspecified surgery"},
          {F::kPrices, "Pacote com células-tronco de gordura: R$ 24.900 em até 12x sem juros.",
           "24900 BRL package stem_cell"},
          {F::kPrices, "Valor do tratamento com células-tronco: $ 15.000 por joelho.",
           "15000 BRL per_knee stem_cell"},
          {F::kPrices, "Uma única aplicação de células-tronco custa 3.900 € em Lisboa.",
           "3900 EUR per_injection stem_cell"},
          {F::kPrices, "Em média, outras clínicas cobram R$ 30.000 pelo procedimento.", ""},
          {F::kPrices, "A avaliação inicial é gratuita: ligue (11) 3456-7890.", ""},
          {F::kPrices, "Mais de 1.200 pacientes tratados desde 2015.", ""},
          // Guidance.
          {F::kUltrasound, "Todas as aplicações no joelho são guiadas por ultrassom.", "yes"},
          {F::kUltrasound,
           "A infiltração é feita com guia ultrassonográfico, com precisão milimétrica.", "yes"},
          {F::kUltrasound, "Realizamos a injeção sob controle ecográfico.", "yes"},
          {F::kUltrasound, "O exame de ultrassom é feito na primeira consulta.", "unknown"},
          {F::kUltrasound, "Não usamos ultrassom: aplicamos pelas referências anatômicas.", "no"},
          {F::kOther, "A aplicação na coluna é guiada por radioscopia.", "fluoroscopy"},
          // Cell sources and origin.
          {F::kSources, "Utilizamos células-tronco da medula óssea, colhidas da crista ilíaca.",
           "bone_marrow"},
          {F::kSources, "As células são obtidas do tecido adiposo do próprio paciente.", "adipose"},
          {F::kSources, "Usamos gordura microfragmentada retirada do abdômen.", "adipose"},
          {F::kSources, "Não utilizamos células de doadores nem de cordão umbilical.", ""},
          {F::kSources, "O produto contém exossomos e células do cordão umbilical.",
           "umbilical_cord,exosomes"},
          {F::kSources, "O PRP é preparado a partir do sangue do próprio paciente.", ""},
          {F::kOrigin, "O tratamento é autólogo: usamos apenas células do próprio paciente.",
           "autologous"},
          {F::kOrigin, "Trabalhamos com células-tronco de doador, cultivadas e congeladas.",
           "allogeneic"},
          // Personalized plan.
          {F::kPlan, "Cada paciente recebe um plano de tratamento personalizado.", "yes"},
          {F::kPlan, "O protocolo é individualizado conforme o grau da artrose.", "yes"},
          {F::kPlan, "A avaliação individualizada é feita na consulta.", "unknown"},
          {F::kPlan, "Usamos o mesmo protocolo para todos os pacientes.", "no"},
          // Claims.
          {F::kClaims, "O tratamento pode adiar ou até evitar uma cirurgia de prótese.",
           "avoids_surgery"},
          {F::kClaims, "Sem necessidade de cirurgia, você volta a caminhar no mesmo dia.",
           "avoids_surgery"},
          {F::kClaims, "As células-tronco regeneram a cartilagem desgastada.", "regrows_cartilage"},
          {F::kClaims, "Procedimento sem efeitos colaterais e sem risco de rejeição.", "no_risk"},
          {F::kClaims, "Resultados garantidos ou seu dinheiro de volta.", "guarantee"},
          {F::kClaims, "Taxa de sucesso de 92% em pacientes com artrose de joelho.",
           "success_rate"},
          {F::kClaims, "Veja os depoimentos de nossos pacientes.", "testimonial"},
          {F::kClaims, "Método aprovado pela Anvisa.", "regulatory_registration"},
          {F::kClaims, "Eficácia comprovada cientificamente.", "clinically_proven"},
          {F::kClaims, "O tratamento é mais eficaz do que a cirurgia.", "superior_to_standard"},
          {F::kClaims, "O tratamento não é uma cura para a artrose.", ""},
          {F::kClaims, "Desconfie de clínicas que prometem cura definitiva da artrose.", ""},
          {F::kClaims, "Pesquisadores estudam se as células podem regenerar a cartilagem.", ""},
          {F::kClaims, "O plano de saúde não cobre o tratamento com células-tronco.", ""},
          {F::kClaims, "Agende sua consulta de avaliação.", ""},
          // "garante" is "ensures" unless a result is what it ensures.
          {F::kClaims, "A técnica garante um procedimento mais seguro.", ""},
          {F::kClaims, "Garantimos resultados em poucas semanas.", "guarantee"},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
