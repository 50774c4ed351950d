// French (fr; issue 18, docs/extraction.md "Languages"): the phrase table of
// lang_table.h. Phrases are written for this test; clinics and figures are
// invented.
#include <catch2/catch.hpp>

#include "tests/parsers/extract/lang_table.h"

namespace clinicrank {
namespace {

using testing::LangTable;
using F = testing::LangField;

TEST_CASE("French phrases", "[lang][fr][heuristic]") {
  const LangTable table = {
      "fr",
      "fr",
      {
          // Prices: "3 500 €" with a (no-break) space, "entre ... et ...", bases.
          {F::kPrices,
           "L'injection de cellules souches issues du tissu adipeux coûte 3 500 € par genou.",
           "3500 EUR per_knee stem_cell"},
          {F::kPrices,
           "Pour les deux genoux, le traitement par cellules souches revient à 6\u00a0200 €.",
           "6200 EUR both_knees stem_cell"},
          {F::kPrices, "Injection de PRP : 300 € par séance.", "300 EUR per_injection prp"},
          {F::kPrices, "Consultation de premier avis : 80 euros.",
           "80 EUR unspecified consultation"},
          {F::kPrices, "Acide hyaluronique : entre 200 € et 300 € par injection.",
           "200-300 EUR per_injection other"},
          {F::kPrices, "Le traitement par cellules souches est proposé à partir de 2 900 €.",
           "2900 EUR unspecified stem_cell"},
          {F::kPrices, "Forfait cellules souches, deux genoux : CHF 7'900.–.",
           "7900 CHF both_knees stem_cell"},
          {F::kPrices, "En moyenne, les cliniques américaines facturent 5.000 dollars.", ""},
          {F::kPrices, "J'ai payé 4 000 € dans une autre clinique l'an dernier.", ""},
          {F::kPrices, "Appelez le 01 23 45 67 89 du lundi au vendredi.", ""},
          {F::kPrices, "Plus de 3 000 patients traités depuis 2010.", ""},
          // Guidance.
          {F::kUltrasound, "Toutes les injections sont échoguidées.", "yes"},
          {F::kUltrasound, "L'infiltration du genou est réalisée sous contrôle échographique.",
           "yes"},
          {F::kUltrasound, "Nous injectons sous échographie pour plus de précision.", "yes"},
          {F::kUltrasound, "Une échographie de repérage est faite avant la consultation.",
           "unknown"},
          {F::kUltrasound, "Nous n'utilisons pas d'échographie : l'injection se fait à l'aveugle.",
           "no"},
          {F::kOther, "Les infiltrations articulaires sont réalisées sous radioscopie.",
           "fluoroscopy"},
          // Cell sources and origin.
          {F::kSources, "Le concentré de moelle osseuse est prélevé sur la crête iliaque.",
           "bone_marrow"},
          {F::kSources, "Nous prélevons le tissu adipeux du patient sous anesthésie locale.",
           "adipose"},
          {F::kSources, "La graisse abdominale est micro-fragmentée puis réinjectée.", "adipose"},
          {F::kSources, "Nous n'utilisons jamais de cellules de donneur ni de cordon ombilical.",
           ""},
          {F::kSources,
           "Le produit contient des cellules de gelée de Wharton et du cordon ombilical.",
           "umbilical_cord,wharton_jelly"},
          {F::kSources, "Le PRP est obtenu à partir du sang du patient.", ""},
          {F::kOrigin, "Le traitement utilise les propres cellules souches du patient.",
           "autologous"},
          {F::kOrigin, "Les cellules proviennent d'un donneur et sont cultivées.", "allogeneic"},
          // Personalized plan.
          {F::kPlan, "Chaque patient reçoit un plan de traitement personnalisé.", "yes"},
          {F::kPlan, "Le protocole est adapté à chaque patient et à son genou.", "yes"},
          {F::kPlan, "Un bilan personnalisé est réalisé lors de la consultation.", "unknown"},
          {F::kPlan, "Nous appliquons le même protocole pour tous les patients.", "no"},
          // Claims.
          {F::kClaims, "Ce traitement permet d'éviter la pose d'une prothèse.", "avoids_surgery"},
          {F::kClaims, "Une alternative à la chirurgie pour l'arthrose du genou.",
           "avoids_surgery"},
          {F::kClaims, "Les cellules souches régénèrent le cartilage usé.", "regrows_cartilage"},
          {F::kClaims, "Une technique sans effets secondaires et sans rejet.", "no_risk"},
          {F::kClaims, "Résultats garantis dès la première injection.", "guarantee"},
          {F::kClaims, "Un taux de réussite de 87 % chez nos patients.", "success_rate"},
          {F::kClaims, "Découvrez les témoignages de nos patients.", "testimonial"},
          {F::kClaims, "Méthode cliniquement prouvée.", "clinically_proven"},
          {F::kClaims, "Plus efficace que les infiltrations de cortisone.", "superior_to_standard"},
          {F::kClaims, "Ce traitement n'est pas une cure miracle et ne guérit pas l'arthrose.", ""},
          {F::kClaims, "Méfiez-vous des cliniques qui promettent de guérir l'arthrose.", ""},
          {F::kClaims, "Des chercheurs étudient si ces cellules peuvent régénérer le cartilage.",
           ""},
          {F::kClaims, "Ce traitement n'est pas remboursé par la Sécurité sociale.", ""},
          {F::kClaims, "Prenez rendez-vous pour une consultation.", ""},
          // "ne ... pas / aucun / rien" around the claim: a denial, not a claim.
          {F::kClaims, "Nous ne garantissons pas les résultats : chaque genou est différent.", ""},
          {F::kClaims, "Nous ne pouvons garantir aucun résultat.", ""},
          {F::kClaims, "Nous ne garantissons en aucun cas la guérison.", ""},
          {F::kClaims, "Nous ne garantissons rien d'autre qu'un suivi attentif.", ""},
          {F::kClaims, "Nous garantissons une amélioration durable.", "guarantee"},
          // A ratio with the noun first.
          {F::kClaims, "Sept patients sur dix constatent une nette amélioration.", "success_rate"},
          {F::kClaims, "Huit de nos patients sur dix constatent une amélioration.", "success_rate"},
          // "garantit" is "ensures" unless a result is what it ensures.
          {F::kClaims, "Cette méthode garantit une injection précise dans le genou.", ""},
          {F::kClaims, "Cette méthode garantit des résultats durables.", "guarantee"},
      }};
  testing::RunLangTable(table);
}

}  // namespace
}  // namespace clinicrank
