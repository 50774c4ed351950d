// Issue 12, kinds 3 and 4: cell sources and origin as real pages word them.
// Negated, generic, others', research and past mentions are not the clinic's
// sources (kind 3); words that look like a source but mean something else
// are not sources either (kind 4: a ligament allograft is surgery, "signals
// your own cells" is rhetoric, the amniotic sac of a placenta is amniotic
// tissue, exosomes inside Wharton's jelly are no separate product, cartilage
// cells grown for ACI are no stem-cell source). Each row is one paragraph of
// a small page run through ExtractClinic (tests/testing/phrase_page.h); the
// distractors state the clinic's own sources and must keep them. Every
// sentence is written for this test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "tests/testing/phrase_page.h"

namespace clinicrank {
namespace {

using testing::Genre;

struct SourceRow {
  const char* text;
  const char* sources;  // cell_sources joined by ",", contract order
  const char* origin;   // cell_origin
  Genre genre = Genre::kClinic;
  const char* lang = "en";
};

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string EvidenceOf(const ClinicFacts& f) {
  std::string out;
  for (const Evidence& e : f.evidence) out += e.field + ": " + e.quote + "\n";
  return out;
}

void RunSourceTable(const std::vector<SourceRow>& rows) {
  for (const SourceRow& r : rows) {
    CAPTURE(r.text);
    const ClinicFacts f = testing::ExtractPhrasePage({r.text}, r.genre, r.lang);
    CAPTURE(EvidenceOf(f));
    CHECK(Join(f.cell_sources) == r.sources);
    CHECK(f.cell_origin == r.origin);
  }
}

TEST_CASE("Real prose sources: negated and refused products", "[treatment][issue12]") {
  RunSourceTable({
      {"Umbilical cord and placental products are not used at our clinic.", "", "unknown"},
      {"Umbilical cord, placental and amniotic products are not used at our clinic.", "",
       "unknown"},
      {"Cord blood, amniotic fluid, and exosomes are never injected here.", "", "unknown"},
      {"El cordón umbilical, la placenta y los exosomas no se utilizan en nuestra clínica.", "",
       "unknown", Genre::kClinic, "es"},
      {"Exosomes are tiny vesicles that cells release to signal to each other.", "", "unknown"},
      {"Los exosomas son pequeñas vesículas que liberan las células.", "", "unknown",
       Genre::kClinic, "es"},
      {"We do not offer amniotic injections of any kind.", "", "unknown"},
      {"No donor tissue is ever used in our knee procedures.", "", "unknown"},
      {"Our treatments never involve exosomes or cord blood.", "", "unknown"},
      {"We have never used birth-tissue products and never will.", "", "unknown"},
      {"In compliant practices, umbilical cord products are not injected into knees.", "",
       "unknown"},
      {"Amniotic fluid injections are not part of our program.", "", "unknown"},
      {"Wharton's jelly is not something we inject.", "", "unknown"},
      {"Donor cells are not part of any protocol we offer.", "", "unknown"},
      {"We stopped offering amniotic products in 2019.", "", "unknown"},
      {"We no longer carry exosome products.", "", "unknown"},
      {"Neither fat nor marrow is harvested here; we inject only platelet-rich plasma.", "",
       "unknown"},
      {"None of our injections contain placental or cord-derived material.", "", "unknown"},
      {"You will not receive anyone else's cells at our practice.", "", "unknown"},
      {"We refuse to use exosomes until they are approved.", "", "unknown"},
      {"No utilizamos células de cordón umbilical ni de placenta.", "", "unknown", Genre::kClinic,
       "es"},
      {"En nuestra clínica no se aplican exosomas.", "", "unknown", Genre::kClinic, "es"},
      {"Jamás empleamos tejido de donantes en la rodilla.", "", "unknown", Genre::kClinic, "es"},
      {"Ya no ofrecemos productos de líquido amniótico.", "", "unknown", Genre::kClinic, "es"},
      {"Los productos de gelatina de Wharton no forman parte de nuestros protocolos.", "",
       "unknown", Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose sources: general information about where cells come from",
          "[treatment][issue12]") {
  RunSourceTable({
      {"Stem cells can be obtained from bone marrow, adipose tissue or umbilical cord.", "",
       "unknown"},
      {"Common sources include bone marrow, fat and birth tissues.", "", "unknown"},
      {"Different clinics harvest their cells from marrow or from fat.", "", "unknown"},
      {"Mesenchymal cells live in many tissues, such as marrow, fat and the umbilical cord.", "",
       "unknown"},
      {"Adult stem cells are found in bone marrow and in fat.", "", "unknown"},
      {"Stem cells may be derived from either autologous or allogeneic sources.", "", "unknown"},
      {"Patients often ask whether fat or marrow is the better source.", "", "unknown"},
      {"Exosomes are a type of extracellular vesicle that cells release.", "", "unknown"},
      {"There are several kinds of stem cell products, from your own marrow to donated cord tissue.",
       "", "unknown"},
      {"Stem cells for the knee usually come from one of three places: marrow, fat or birth tissue.",
       "", "unknown"},
      {"Cells taken from the patient's own body are called autologous.", "", "unknown"},
      {"Allogeneic means that the cells come from a donor.", "", "unknown"},
      {"The term amniotic refers to the fluid and membrane around a baby.", "", "unknown"},
      {"Las células madre pueden provenir de la médula ósea o del tejido adiposo.", "", "unknown",
       Genre::kClinic, "es"},
      {"Existen diferentes fuentes de células: médula ósea, grasa y cordón umbilical.", "",
       "unknown", Genre::kClinic, "es"},
      {"Por ejemplo, las células pueden extraerse de la grasa abdominal.", "", "unknown",
       Genre::kClinic, "es"},
      {"Generalmente se utilizan células de médula ósea o de tejido adiposo.", "", "unknown",
       Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose sources: others, reports and research", "[treatment][issue12]") {
  RunSourceTable({
      {"Many clinics in the region sell cord-blood injections.", "", "unknown"},
      {"Some providers use amniotic fluid, which contains no living stem cells.", "", "unknown"},
      {"Other practices inject donor-derived products marketed as stem cells.", "", "unknown"},
      {"Our colleagues in Germany report good results with fat-derived cells.", "", "unknown"},
      {"A rival clinic advertises viable stem cells from placental tissue.", "", "unknown"},
      {"Competitors often rely on umbilical cord products.", "", "unknown"},
      {"According to the FDA, several firms sold unapproved amniotic products.", "", "unknown"},
      {"A 2020 trial in Korea injected cord-blood cells into arthritic knees.", "", "unknown"},
      {"Researchers in Spain are testing allogeneic cells for cartilage repair.", "", "unknown"},
      {"There are also research lines with donor-derived cells.", "", "unknown"},
      {"A randomized study compared bone marrow concentrate with saline.", "", "unknown"},
      {"Published studies of fat-derived cells report mixed results.", "", "unknown"},
      {"Laboratory work suggests exosomes may calm inflammation.", "", "unknown"},
      {"A clinical trial in Japan is enrolling patients for umbilical cord cell injections.", "",
       "unknown"},
      {"Algunas clínicas utilizan productos de cordón umbilical.", "", "unknown", Genre::kClinic,
       "es"},
      {"Un ensayo clínico en Japón utilizó células de tejido adiposo.", "", "unknown",
       Genre::kClinic, "es"},
      {"Estudios recientes evaluaron la gelatina de Wharton en la rodilla.", "", "unknown",
       Genre::kClinic, "es"},
      {"Existen líneas de investigación con células alogénicas.", "", "unknown", Genre::kClinic,
       "es"},
  });
}

TEST_CASE("Real prose sources: an article explains, it does not offer", "[treatment][issue12]") {
  RunSourceTable({
      {"Bone marrow is drawn from the back of the hip and spun in a centrifuge.", "", "unknown",
       Genre::kArticle},
      {"The fat is harvested through a small cannula under local anesthetic.", "", "unknown",
       Genre::kArticle},
      {"Umbilical cord tissue comes from screened donors after healthy births.", "", "unknown",
       Genre::kArticle},
      {"Autologous treatments use the patient's own cells.", "", "unknown", Genre::kArticle},
      {"El tejido adiposo se obtiene mediante una pequeña liposucción.", "", "unknown",
       Genre::kArticle, "es"},
  });
}

// Distractors for the tables above: the clinic's own sources.
TEST_CASE("Real prose sources: the clinic's own sources still count", "[treatment][issue12]") {
  RunSourceTable({
      {"We use umbilical cord tissue from screened donors.", "umbilical_cord", "allogeneic"},
      {"Our knee protocol uses an amniotic membrane allograft.", "amniotic", "allogeneic"},
      {"We do not use donor tissue; we use your own bone marrow.", "bone_marrow", "autologous"},
      {"Never worry about rejection: we use your own fat.", "adipose", "autologous"},
      {"Usamos células de cordón umbilical de donantes certificados.", "umbilical_cord",
       "allogeneic", Genre::kClinic, "es"},
      {"At our clinic we use bone marrow from your hip.", "bone_marrow", "autologous",
       Genre::kArticle},
      {"Unlike many clinics that sell cord blood, we harvest your own marrow.", "bone_marrow",
       "autologous"},
      {"Studies support marrow, and that is why we harvest your own marrow.", "bone_marrow",
       "autologous"},
      {"We typically harvest fat from the abdomen.", "adipose", "autologous"},
      {"Your cells are drawn from the back of the pelvis as bone marrow aspirate.", "bone_marrow",
       "autologous"},
      {"Extraemos grasa de su abdomen mediante una miniliposucción.", "adipose", "autologous",
       Genre::kClinic, "es"},
      {"We inject exosomes into the knee under ultrasound.", "exosomes", "allogeneic"},
      {"Our Wharton's jelly product is injected in a single visit.", "wharton_jelly",
       "allogeneic"},
      {"Cells come from your own bone marrow, not from donors.", "bone_marrow", "autologous"},
      {"We use bone marrow, and donor cells are never used.", "bone_marrow", "autologous"},
      {"Bone marrow, which we draw from the hip, is not frozen.", "bone_marrow", "autologous"},
      {"We harvest either fat or marrow, whichever suits your knee.", "bone_marrow,adipose",
       "autologous"},
  });
}

TEST_CASE("Real prose sources: word sense (issue 12, kind 4)", "[treatment][issue12]") {
  RunSourceTable({
      // A ligament or meniscus allograft is surgery with donor tendon, not cells.
      {"Ligament reconstruction with an allograft tendon is a surgical option.", "", "unknown"},
      {"ACL reconstruction uses either an allograft or a tendon from your hamstring.", "",
       "unknown"},
      {"Meniscus allograft transplantation replaces a missing meniscus.", "", "unknown"},
      {"Osteochondral allografts fill large cartilage defects.", "", "unknown"},
      {"Our surgeons perform ACL allograft reconstruction.", "", "unknown"},
      {"La reconstrucción del ligamento cruzado con aloinjerto es una cirugía.", "", "unknown",
       Genre::kClinic, "es"},
      // Rhetoric about the body's own healing is not a harvest.
      {"PRP signals your own cells to repair the joint.", "", "unknown"},
      {"The injection prompts your body's own healing cells to go to work.", "", "unknown"},
      {"Regenerative medicine harnesses the body's own healing power.", "", "unknown"},
      {"Growth factors stimulate your own tissue to heal.", "", "unknown"},
      {"This therapy activates the body's own repair mechanisms.", "", "unknown"},
      {"The treatment triggers the body's own healing processes.", "", "unknown"},
      {"Peptides recruit your own stem cells to the injured area.", "", "unknown"},
      {"El PRP estimula tus propias células para reparar el tejido.", "", "unknown",
       Genre::kClinic, "es"},
      {"Esta terapia activa los mecanismos de reparación del propio cuerpo.", "", "unknown",
       Genre::kClinic, "es"},
      // Amniotic tissue harvested from a placenta is amniotic tissue.
      {"Our injection is made from the amniotic sac of donated placentas.", "amniotic",
       "allogeneic"},
      {"Our amniotic membrane graft is processed from donated placental tissue.", "amniotic",
       "allogeneic"},
      {"We use amniotic fluid collected from donated placentas.", "amniotic", "allogeneic"},
      {"The amnion is removed and harvested from the placenta of screened donors.", "amniotic",
       "allogeneic"},
      // Exosomes named as a component of a product are not another product.
      {"Our Wharton's jelly, which is rich in exosomes and growth factors, is injected in the knee.",
       "wharton_jelly", "allogeneic"},
      {"Our cord-tissue product naturally contains exosomes, cytokines and growth factors.",
       "umbilical_cord", "allogeneic"},
      {"We inject umbilical cord cells, which release exosomes that calm inflammation.",
       "umbilical_cord", "allogeneic"},
      {"Nuestras células de cordón umbilical liberan exosomas y factores de crecimiento.",
       "umbilical_cord", "allogeneic", Genre::kClinic, "es"},
      // Cartilage cells and blood products are not stem-cell sources.
      {"Autologous chondrocyte implantation (ACI) is a two-stage cartilage surgery.", "",
       "unknown"},
      {"MACI grows your own cartilage cells in a lab and implants them surgically.", "",
       "unknown"},
      {"Autologous conditioned serum is made from a sample of your blood.", "", "unknown"},
      {"We offer autologous PRP injections for mild arthritis.", "", "unknown"},
      {"Autologous blood injections are used for tendon problems.", "", "unknown"},
      {"El implante de condrocitos autólogos es una técnica quirúrgica.", "", "unknown",
       Genre::kClinic, "es"},
      // Cosmetic exosome products on the same menu are not the knee treatment.
      {"HydraFacial with exosome booster - $395", "", "unknown"},
      {"Exosome hair restoration, one session.", "", "unknown"},
      {"Our exosome skin serum is applied after microneedling.", "", "unknown"},
      {"Tratamiento capilar con exosomas.", "", "unknown", Genre::kClinic, "es"},
      // Transplants for blood diseases and blood products are not knee sources.
      {"Insurers cover allogeneic and autologous stem cell transplants for leukemia.", "",
       "unknown"},
      {"A bone marrow transplant treats some blood cancers.", "", "unknown"},
      {"PRP uses the body's own blood to stimulate healing.", "", "unknown"},
      {"Your own platelets are spun down from a small blood draw.", "", "unknown"},
      {"Stem cells in your own body help repair everyday wear.", "", "unknown"},
      // General statements: what is possible, what is popular, study titles.
      {"It is possible to free fat stem cells with enzymes.", "", "unknown"},
      {"Exosome therapies are popular among athletes.", "", "unknown"},
      {"Terapias tales como las células de cordón umbilical son populares.", "", "unknown",
       Genre::kClinic, "es"},
      {"Safety and efficacy of microfragmented adipose tissue for knee arthritis.", "", "unknown"},
      // Other look-alikes.
      {"Hyaluronic acid is derived from rooster combs or bacteria.", "", "unknown"},
      {"Excess body fat puts extra load on the knee.", "", "unknown"},
      {"Blood donors are screened for infections.", "", "unknown"},
  });
}

// Distractors for the word-sense rows: the real products still count.
TEST_CASE("Real prose sources: word-sense distractors", "[treatment][issue12]") {
  RunSourceTable({
      {"We inject a donor-derived allograft of umbilical cord tissue.", "umbilical_cord",
       "allogeneic"},
      {"Our amniotic allograft is injected into the knee.", "amniotic", "allogeneic"},
      {"We use autologous bone marrow concentrate.", "bone_marrow", "autologous"},
      {"Your own stem cells are harvested from your hip marrow.", "bone_marrow", "autologous"},
      {"We inject exosomes isolated from umbilical cord cells.", "umbilical_cord,exosomes",
       "allogeneic"},
      {"We use your own cells, taken the same day.", "", "autologous"},
      {"Our placental tissue matrix is injected into the joint.", "placental", "allogeneic"},
      {"We harvest marrow; the donor site is your pelvis.", "bone_marrow", "autologous"},
      {"Utilizamos sus propias células madre de médula ósea.", "bone_marrow", "autologous",
       Genre::kClinic, "es"},
      {"Our allogeneic mesenchymal cells are shipped from a licensed lab.", "donor_unspecified",
       "allogeneic"},
      {"We inject exosomes into the knee joint to calm inflammation.", "exosomes", "allogeneic"},
      {"Knee injection with an exosome booster.", "exosomes", "allogeneic"},
      {"We use stem cells from your own body, taken from the hip marrow.", "bone_marrow",
       "autologous"},
      {"We combine your own marrow with your own platelets.", "bone_marrow", "autologous"},
  });
}

TEST_CASE("Real prose sources: a contrast and a surgical graft", "[treatment][issue12]") {
  RunSourceTable({
      // "In contrast," / "By contrast," speak of what the clinic does not do.
      {"We harvest a little fat from your belly. In contrast, drawing bone marrow from the hip "
       "hurts more.",
       "adipose", "autologous"},
      {"Our cells come from your own fat. By contrast, bone marrow aspiration needs a large "
       "needle.",
       "adipose", "autologous"},
      // ... until the clinic speaks again.
      {"In contrast, we harvest bone marrow from your own hip.", "bone_marrow", "autologous"},
      // A graft beside surgical cartilage repair is surgery, not a cell product.
      {"Surgeons may also suggest an OATS or MACI repair, or an allograft plug.", "",
       "unknown"},
      {"Our donor cells are processed from screened allograft tissue.", "donor_unspecified",
       "allogeneic"},
  });
}

}  // namespace
}  // namespace clinicrank
