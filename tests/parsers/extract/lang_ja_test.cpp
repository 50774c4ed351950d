// Japanese (ja; issue 18, docs/extraction.md "Languages"): the phrase table of
// lang_table.h. Text without spaces: terms are found anywhere, 円 follows the
// number, 万 multiplies by ten thousand, negation follows what it negates.
// Phrases are written for this test; clinics and figures are invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("Japanese phrases", "[lang][ja][heuristic]") {
  const LangTable table = {
      "ja",
      "jp",
      {
          // Prices: 円 and 万円, full-width digits, 〜 ranges, 税込, bases.
          {F::kPrices, "脂肪由来幹細胞治療（片膝）948,000円（税込）",
           "948000 JPY per_knee stem_cell"},
          {F::kPrices, "幹細胞治療 両膝 ¥1,408,000", "1408000 JPY both_knees stem_cell"},
          {F::kPrices, "PRP療法 1回 55,000円（税別）", "55000 JPY per_injection prp"},
          {F::kPrices, "初診料 3,300円", "3300 JPY unspecified consultation"},
          {F::kPrices, "ヒアルロン酸注射 1回 4,000円", "4000 JPY per_injection other"},
          {F::kPrices, "幹細胞治療は片膝１２０万円です。", "1200000 JPY per_knee stem_cell"},
          {F::kPrices, "培養幹細胞治療：62〜98万円（片膝）",
           "620000-980000 JPY per_knee stem_cell"},
          {F::kPrices, "幹細胞治療 片膝 12万8000円", "128000 JPY per_knee stem_cell"},
          {F::kPrices, "膝の再生医療の費用相場は3〜50万円程度です。", ""},
          {F::kPrices, "お電話は048-662-9980まで。", ""},
          {F::kPrices, "1億個の幹細胞を投与します。", ""},
          {F::kPrices, "事前相談無料", ""},
          // Guidance.
          {F::kUltrasound, "注射はすべて超音波ガイド下で行います。", "yes"},
          {F::kUltrasound, "エコーで確認しながら関節内に注入します。", "yes"},
          {F::kUltrasound, "エコー下注射で正確に届けます。", "yes"},
          {F::kUltrasound, "初診時に超音波検査を行います。", "unknown"},
          {F::kOther, "股関節の注射はX線透視下で行います。", "fluoroscopy"},
          // Cell sources and origin.
          {F::kSources, "患者様ご自身のお腹の脂肪から幹細胞を採取します。", "adipose"},
          {F::kSources, "骨髄由来の幹細胞を用います。", "bone_marrow"},
          {F::kSources, "当院では骨髄は使用しません。", ""},
          {F::kSources, "他家の臍帯由来幹細胞は使用していません。", ""},
          {F::kSources, "臍帯由来の細胞とエクソソームを投与します。", "umbilical_cord,exosomes"},
          {F::kSources, "PRPはご自身の血液から作ります。", ""},
          {F::kOrigin, "自己の脂肪由来幹細胞を培養して使います。", "autologous"},
          {F::kOrigin, "ドナー由来の幹細胞を使用します。", "allogeneic"},
          // Personalized plan.
          {F::kPlan, "お一人おひとりに合わせた治療計画を立てます。", "yes"},
          {F::kPlan, "オーダーメイド治療をご提供します。", "yes"},
          {F::kPlan, "個別相談を承ります。", "unknown"},
          {F::kPlan, "カウンセリングは無料です。", "unknown"},
          // Claims.
          {F::kClaims, "手術・入院不要の治療です。", "avoids_surgery"},
          {F::kClaims, "手術をせずに膝の痛みを和らげます。", "avoids_surgery"},
          {F::kClaims, "すり減った軟骨が再生します。", "regrows_cartilage"},
          {F::kClaims, "副作用がほとんど無く、安心して受けられます。", "no_risk"},
          {F::kClaims, "効果保証付きの治療です。", "guarantee"},
          {F::kClaims, "約75%の患者さまが痛みの改善を実感しています。", "success_rate"},
          {F::kClaims, "患者様の声をご覧ください。", "testimonial"},
          {F::kClaims, "厚生労働省に再生医療等提供計画を提出し受理されています。",
           "regulatory_registration"},
          {F::kClaims, "高いエビデンスに基づいた治療です。", "clinically_proven"},
          {F::kClaims, "軟骨が完全に再生する訳ではありません。", ""},
          {F::kClaims, "再生医療は保険適用外の自由診療です。", ""},
          {F::kClaims, "拒絶反応が少ない治療です。", ""},
          {F::kClaims, "軟骨の再生が期待できます。", ""},
          {F::kClaims, "医療費控除の対象になります。", ""},
          {F::kClaims, "ご予約はお電話でどうぞ。", ""},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
