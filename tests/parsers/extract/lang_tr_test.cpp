// Turkish (tr; issue 18, docs/extraction.md "Languages"): the phrase table of
// lang_table.h. Phrases are written for this test; clinics and figures are
// invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("Turkish phrases", "[lang][tr][heuristic]") {
  const LangTable table = {
      "tr",
      "com",
      {
          // Prices: TL and ₺ with dot thousands, "bin", bases.
          {F::kPrices, "Kök hücre tedavisi tek diz için 85.000 TL'dir.",
           "85000 TRY per_knee stem_cell"},
          {F::kPrices, "Her iki diz için kök hücre tedavisi 150.000 ₺.",
           "150000 TRY both_knees stem_cell"},
          {F::kPrices, "PRP tedavisi seans başına 4.500 TL.", "4500 TRY per_injection prp"},
          {F::kPrices, "Ortopedi muayene ücreti 1.500 TL.", "1500 TRY unspecified consultation"},
          {F::kPrices, "Hyaluronik asit enjeksiyonu: 6.000 TL.", "6000 TRY unspecified other"},
          {F::kPrices, "Yağ dokusundan kök hücre tedavisi paket fiyatı: 3.900 €.",
           "3900 EUR package stem_cell"},
          {F::kPrices, "Kök hücre tedavisi 90 bin TL'den başlayan fiyatlarla.",
           "90000 TRY unspecified stem_cell"},
          {F::kPrices, "Ortalama fiyatlar diğer kliniklerde 120.000 TL civarındadır.", ""},
          {F::kPrices, "Bizi 0212 555 12 34 numaralı telefondan arayın.", ""},
          {F::kPrices, "2010 yılından beri 5.000 hastayı tedavi ettik.", ""},
          // Guidance.
          {F::kUltrasound, "Enjeksiyon ultrason eşliğinde dizin içine yapılır.", "yes"},
          {F::kUltrasound, "Tüm uygulamalar USG eşliğinde gerçekleştirilir.", "yes"},
          {F::kUltrasound, "Kök hücreler ultrason yardımıyla eklem içine enjekte edilir.", "yes"},
          {F::kUltrasound, "İlk muayenede ultrason muayenesi yapılır.", "unknown"},
          {F::kOther, "Kalça enjeksiyonları floroskopi altında yapılır.", "fluoroscopy"},
          {F::kOther, "Diz enjeksiyonlarında görüntüleme kullanılmaz.", ""},
          // Cell sources and origin.
          {F::kSources, "Kök hücreler hastanın kendi yağ dokusundan elde edilir.", "adipose"},
          {F::kSources, "Kemik iliği leğen kemiğinden alınır.", "bone_marrow"},
          {F::kSources, "Kemik iliği kökenli mezenkimal kök hücreler kullanılır.", "bone_marrow"},
          {F::kSources, "Donör hücreleri kullanmıyoruz.", ""},
          {F::kSources, "Ürün göbek kordonu kaynaklı hücreler ve eksozom içerir.",
           "umbilical_cord,exosomes"},
          {F::kSources, "PRP hastanın kendi kanından hazırlanır.", ""},
          {F::kOrigin, "Otolog tedavide kişinin kendi hücreleri kullanılır.", "autologous"},
          {F::kOrigin, "Tedavide verici hücreleri kullanılır.", "allogeneic"},
          // Personalized plan.
          {F::kPlan, "Her hasta için kişiye özel tedavi planı hazırlanır.", "yes"},
          {F::kPlan, "Bireysel tedavi protokolü uygulanır.", "yes"},
          {F::kPlan, "Fiyat teklifi kişiye özel hazırlanır.", "unknown"},
          {F::kPlan, "Kliniğimizde ilk muayene ücretsizdir.", "unknown"},
          // Claims.
          {F::kClaims, "Ameliyatsız diz tedavisi ile hastalarımız kısa sürede yürür.",
           "avoids_surgery"},
          {F::kClaims, "Cerrahi müdahaleye gerek kalmadan ağrı azalır.", "avoids_surgery"},
          {F::kClaims, "Kök hücreler kıkırdak dokusunu onarır.", "regrows_cartilage"},
          {F::kClaims, "Tedavinin yan etkisi yoktur.", "no_risk"},
          {F::kClaims, "Tedavi garantili sonuç verir.", "guarantee"},
          {F::kClaims, "Hastalarımızda başarı oranı %90'dır.", "success_rate"},
          {F::kClaims, "Hasta yorumlarını sayfamızda okuyabilirsiniz.", "testimonial"},
          {F::kClaims, "Bilimsel olarak kanıtlanmış bir yöntemdir.", "clinically_proven"},
          {F::kClaims, "Cerrahi dışı en etkili tedavi yöntemidir.", "superior_to_standard"},
          {F::kClaims, "Kesin çözüm sunan bir tedavi mevcut değildir.", ""},
          {F::kClaims, "Kök hücre tedavisi kireçlenme için mucize değildir.", ""},
          {F::kClaims, "Çalışmalar kıkırdağın onarılabileceğini düşündürmektedir.", ""},
          {F::kClaims, "Tedavi SGK tarafından karşılanmamaktadır.", ""},
          {F::kClaims, "Randevu için bizi arayın.", ""},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
