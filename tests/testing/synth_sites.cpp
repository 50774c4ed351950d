#include "tests/testing/synth_sites.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace clinicrank::testing {
namespace {

// SplitMix64: the same numbers on every platform and compiler.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  unsigned Below(unsigned n) { return static_cast<unsigned>(Next() % n); }
  template <size_t N>
  const char* From(const char* const (&pool)[N]) {
    return pool[Below(N)];
  }

 private:
  uint64_t state_;
};

// One language's phrases for a clinic. "%d" is a price, "%s" a name.
struct Phrases {
  const char* lang;
  const char* currency;  // printed before the amount
  int price_scale;       // amounts are multiples of this
  const char* title;     // "%s" is the clinic's name
  const char* treatment[3];
  const char* guided;
  const char* unguided;
  const char* plan;
  const char* price;  // "%s%d": currency and amount
  const char* claims[3];
  const char* contact;
};

const Phrases kLanguages[] = {
    {"en",
     "$",
     50,
     "%s Regenerative Knee Center",
     {"We treat knee osteoarthritis with stem cell therapy using bone marrow aspirate "
      "concentrate (BMAC) drawn from your own hip.",
      "Our stem cells come from your own fat tissue (adipose), harvested the same day.",
      "We use umbilical cord stem cells from a licensed lab for knee pain."},
     "Every injection is guided by real-time ultrasound imaging.",
     "Injections are given without any imaging guidance.",
     "Each treatment plan is personalized to your imaging and goals.",
     "Stem cell treatment for one knee costs %s%d.",
     {"Stem cell therapy is FDA approved for knees.", "95% of our patients report less pain.",
      "Our treatment cures arthritis for good."},
     "Call us at (720) 555-0182 or write to info@clinic.example. Open Monday to Friday."},
    {"es",
     "$",
     100,
     "Clinica %s de Rodilla",
     {"Tratamos la artrosis de rodilla con células madre de su propia médula ósea.",
      "Usamos células madre de su propia grasa (tejido adiposo), obtenidas el mismo día.",
      "Aplicamos células madre de cordón umbilical para el dolor de rodilla."},
     "Cada inyección se guía por ecografía en tiempo real.",
     "Las inyecciones se aplican sin guía de imagen.",
     "Cada plan de tratamiento es personalizado para cada paciente.",
     "Tratamiento de rodilla con células madre: %s%d USD por rodilla.",
     {"La terapia con células madre está aprobada por la FDA.",
      "El 95% de nuestros pacientes mejora.", "Nuestro tratamiento cura la artritis."},
     "Llámenos al +52 664 555 0182 o escriba a contacto@clinica.example."},
    {"de",
     "EUR ",
     50,
     "Gelenkzentrum %s",
     {"Wir behandeln Kniearthrose mit Stammzellen aus Ihrem eigenen Knochenmark.",
      "Wir verwenden Stammzellen aus Ihrem eigenen Fettgewebe.",
      "Wir setzen Stammzellen aus Nabelschnurgewebe ein."},
     "Jede Injektion erfolgt ultraschallgesteuert.",
     "Die Injektion erfolgt ohne Bildgebung.",
     "Jeder Behandlungsplan wird individuell erstellt.",
     "Stammzelltherapie am Knie: %s%d pro Knie.",
     {"Die Stammzelltherapie ist von der FDA zugelassen.",
      "95% unserer Patienten sind schmerzfrei.", "Unsere Behandlung heilt Arthrose."},
     "Rufen Sie uns an: +49 89 555 0182. Sprechzeiten Montag bis Freitag."},
    {"pt",
     "R$ ",
     500,
     "Clínica %s do Joelho",
     {"Tratamos a artrose do joelho com células-tronco da sua própria medula óssea.",
      "Usamos células-tronco do seu próprio tecido adiposo.",
      "Utilizamos células-tronco de cordão umbilical."},
     "Cada injeção é guiada por ultrassom.",
     "As injeções são feitas sem exame de imagem.",
     "Cada plano de tratamento é personalizado.",
     "Tratamento com células-tronco: %s%d por joelho.",
     {"A terapia com células-tronco é aprovada pela FDA.", "95% dos nossos pacientes melhoram.",
      "Nosso tratamento cura a artrose."},
     "Ligue para +55 11 5555 0182 ou escreva para contato@clinica.example."},
    {"it",
     "EUR ",
     50,
     "Centro %s Ginocchio",
     {"Trattiamo l'artrosi del ginocchio con cellule staminali dal suo midollo osseo.",
      "Usiamo cellule staminali dal suo tessuto adiposo.",
      "Utilizziamo cellule staminali da cordone ombelicale."},
     "Ogni iniezione è guidata da ecografia.",
     "Le iniezioni sono eseguite senza guida.",
     "Ogni piano di trattamento è personalizzato.",
     "Terapia con cellule staminali: %s%d per ginocchio.",
     {"La terapia con cellule staminali è approvata dalla FDA.", "Il 95% dei pazienti migliora.",
      "Il nostro trattamento cura l'artrosi."},
     "Chiamaci al +39 02 5555 0182."},
    {"fr",
     "EUR ",
     50,
     "Clinique %s du Genou",
     {"Nous traitons l'arthrose du genou par cellules souches de votre moelle osseuse.",
      "Nous utilisons des cellules souches de votre tissu adipeux.",
      "Nous utilisons des cellules souches de cordon ombilical."},
     "Chaque injection est guidée par échographie.",
     "Les injections sont faites sans imagerie.",
     "Chaque plan de traitement est personnalisé.",
     "Traitement par cellules souches : %s%d par genou.",
     {"La thérapie par cellules souches est approuvée par la FDA.",
      "95% de nos patients vont mieux.", "Notre traitement guérit l'arthrose."},
     "Appelez-nous au +33 1 55 55 01 82."},
    {"tr",
     "EUR ",
     50,
     "%s Diz Merkezi",
     {"Diz kireçlenmesini kendi kemik iliğinizden alınan kök hücre ile tedavi ediyoruz.",
      "Kendi yağ dokunuzdan kök hücre kullanıyoruz.", "Göbek kordonu kök hücreleri kullanıyoruz."},
     "Her enjeksiyon ultrason eşliğinde yapılır.",
     "Enjeksiyonlar görüntüleme olmadan yapılır.",
     "Her tedavi planı kişiye özeldir.",
     "Kök hücre tedavisi: diz başına %s%d.",
     {"Kök hücre tedavisi FDA onaylıdır.", "Hastalarımızın %95'i iyileşiyor.",
      "Tedavimiz kireçlenmeyi tamamen iyileştirir."},
     "Bizi +90 212 555 0182 numarasından arayın."},
    {"pl",
     "PLN ",
     500,
     "Centrum Kolana %s",
     {"Leczymy chorobę zwyrodnieniową kolana komórkami macierzystymi ze szpiku kostnego.",
      "Stosujemy komórki macierzyste z tkanki tłuszczowej.",
      "Stosujemy komórki macierzyste z pępowiny."},
     "Każde wstrzyknięcie odbywa się pod kontrolą USG.",
     "Wstrzyknięcia wykonujemy bez kontroli obrazowej.",
     "Każdy plan leczenia jest indywidualny.",
     "Terapia komórkami macierzystymi: %s%d za kolano.",
     {"Terapia komórkami macierzystymi jest zatwierdzona przez FDA.",
      "95% pacjentów odczuwa poprawę.", "Nasze leczenie wyleczy artrozę."},
     "Zadzwoń: +48 22 555 01 82."},
    {"ja",
     "JPY ",
     10000,
     "%s 膝クリニック",
     {"自分の骨髄から採取した幹細胞で膝の変形性関節症を治療します。",
      "ご自身の脂肪組織から幹細胞を採取します。", "臍帯由来の幹細胞を使用しています。"},
     "注射は超音波ガイド下で行います。",
     "注射は画像誘導なしで行います。",
     "治療計画は患者様ごとに個別に作成します。",
     "幹細胞治療の費用: 片膝 %s%d",
     {"幹細胞治療はFDAに承認されています。", "患者様の95%が改善しています。",
      "当院の治療で関節症は完治します。"},
     "お電話: 03-5555-0182"},
};

const char* const kNames[] = {
    "Alpine", "Baja",    "Cedar",    "Delta",    "Evergreen", "Falcon",    "Granite",  "Harbor",
    "Iris",   "Juniper", "Keystone", "Lakeside", "Meridian",  "Northgate", "Oakridge", "Pinecrest"};

// Unrelated pages: topics with words a careless filter would take for the
// treatment ("cell", "stem", "knee", "marrow", "celulas").
const char* const kUnrelated[] = {
    "The new phone has a bigger battery and better cell reception in rural areas.",
    "Solar cells on the roof now cover most of the school's power needs.",
    "The prison cell block was closed in 1998 and turned into a museum.",
    "Cut the rose stem at an angle and change the water every two days.",
    "Knee injury sidelines the striker for the rest of the season.",
    "Roast the marrow bones for twenty minutes and serve on toast.",
    "Las celdas solares del techo cubren casi toda la energía de la escuela.",
    "Die neue Mannschaft trainiert ab Montag im Stadion am See.",
    "Spreadsheet cells can hold formulas, numbers or text.",
    "Stem the flow of water before you replace the tap washer.",
    "O novo celular tem uma câmera melhor e bateria maior.",
    "La cellule de crise s'est réunie ce matin à la mairie.",
    "Yeni stadyumun açılışı gelecek ay yapılacak.",
    "Nowy most zostanie otwarty w przyszłym miesiącu.",
    "新しい駅ビルは来月オープンします。",
};
const char* const kUnrelatedTitles[] = {"City News",    "Garden Tips", "Phone Reviews",
                                        "Match Report", "Recipes",     "Local Council"};

// Head padding: theme CSS and a page-builder config script.
void HeadPadding(Rng* rng, size_t bytes, std::string* h) {
  if (bytes == 0) return;
  const size_t target = h->size() + bytes;
  *h += "<style>";
  while (h->size() + 200 < target) {
    char rule[160];
    std::snprintf(rule, sizeof rule,
                  ".el-%06x .widget-%04x>.container{margin:0 0 %upx 0;padding:%upx}\n",
                  static_cast<unsigned>(rng->Next() & 0xFFFFFF),
                  static_cast<unsigned>(rng->Next() & 0xFFFF), rng->Below(40), rng->Below(30));
    *h += rule;
    if (rng->Below(8) == 0) {
      *h += "</style><script>var cfg={\"id\":" + std::to_string(rng->Below(99999)) +
            ",\"i18n\":{\"close\":\"Close\",\"next\":\"Next\"}};</script><style>";
    }
  }
  *h += "</style>";
}

const char* const kMenuLabels[] = {"Home",     "About us", "Services", "Blog",   "Contact",
                                   "Careers",  "Press",    "Shop",     "Events", "Gallery",
                                   "Partners", "Privacy",  "Terms",    "Login",  "Search"};

// Body padding: what a site builder wraps around the content (a mega-menu,
// nested wrapper divs with long class lists, icons, a link-heavy footer).
void BodyPadding(Rng* rng, size_t bytes, std::string* h) {
  if (bytes == 0) return;
  const size_t target = h->size() + bytes;
  while (h->size() < target) {
    const unsigned id = static_cast<unsigned>(rng->Next() & 0xFFFFFF);
    char open[256];
    std::snprintf(open, sizeof open,
                  "<div class=\"elementor-element elementor-element-%06x elementor-widget "
                  "elementor-widget-nav-menu\" data-id=\"%06x\" data-element_type=\"widget\">"
                  "<div class=\"elementor-widget-container\"><ul class=\"menu\">",
                  id, id);
    *h += open;
    for (unsigned i = 0, n = 4 + rng->Below(12); i < n; ++i) {
      const char* label = rng->From(kMenuLabels);
      *h += "<li class=\"menu-item menu-item-type-post_type\"><a href=\"/" +
            std::to_string(rng->Below(9999)) + "/\">" + label + "</a></li>";
    }
    *h +=
        "</ul><svg aria-hidden=\"true\" viewBox=\"0 0 512 512\"><path d=\"M173.9 439.4l-166."
        "4-166.4c-10-10-10-26.2 0-36.2l36.2-36.2c10-10 26.2-10 36.2 0L192 312.7 432.1 72.6c10-"
        "10 26.2-10 36.2 0l36.2 36.2c10 10 10 26.2 0 36.2l-294.4 294.4c-10 10-26.2 10-36.2 0z"
        "\"></path></svg></div></div>";
  }
}

std::string Head(Rng* rng, const std::string& lang, const std::string& title,
                 const std::string& url, const SynthOptions& options) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">";
  h += "<title>" + title + "</title><link rel=\"canonical\" href=\"" + url + "\">";
  HeadPadding(rng, options.padding_bytes * 2 / 5, &h);
  h += "</head><body><nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a> "
       "<a href=\"/faq\">FAQ</a> <a href=\"/contact\">Contact</a></nav>";
  BodyPadding(rng, options.padding_bytes * 3 / 5, &h);
  h += "<main>";
  return h;
}

const char* kTail = "</main><footer><p>&copy; 2025</p></footer></body></html>\n";

std::string Host(const char* kind, int index, const SynthOptions& options) {
  char name[32];
  std::snprintf(name, sizeof name, "%s-%05d", kind, index);
  return options.host_prefix + name + ".example";
}

std::string Format(const char* pattern, const char* text) {
  std::string out = pattern;
  const size_t at = out.find("%s");
  if (at != std::string::npos) out.replace(at, 2, text);
  return out;
}

}  // namespace

SynthSite MakeClinicSite(int index, const SynthOptions& options) {
  Rng rng(static_cast<uint64_t>(index) * 2 + 1);
  const Phrases& p = kLanguages[rng.Below(sizeof kLanguages / sizeof kLanguages[0])];
  SynthSite site;
  char name[32];
  std::snprintf(name, sizeof name, "clinic-%05d", index);
  site.name = name;
  site.site = "https://" + Host("clinic", index, options);
  site.clinic = true;
  const std::string clinic_name = std::string(rng.From(kNames)) + " " + std::to_string(index);
  const std::string title = Format(p.title, clinic_name.c_str());

  auto add = [&](const char* file, const char* path, const std::string& body) {
    const std::string url = site.site + path;
    std::string html = Head(&rng, p.lang, title, url, options);
    html += body;
    html += kTail;
    site.pages.push_back({url, file, std::move(html)});
  };

  const unsigned treatment = rng.Below(3);
  std::string home = "<h1>" + title + "</h1><p>" + p.treatment[treatment] + "</p>";
  const unsigned guidance = rng.Below(3);
  if (guidance == 0) home += std::string("<p>") + p.guided + "</p>";
  if (guidance == 1) home += std::string("<p>") + p.unguided + "</p>";
  if (rng.Below(2) == 0) home += std::string("<p>") + p.plan + "</p>";
  add("index.html", "/", home);

  char price[256];
  const int amount = (20 + static_cast<int>(rng.Below(140))) * p.price_scale;
  std::snprintf(price, sizeof price, Format(p.price, p.currency).c_str(), amount);
  add("pricing.html", "/pricing", std::string("<h2>Pricing</h2><p>") + price + "</p>");

  std::string faq = "<h2>FAQ</h2>";
  const unsigned claims = rng.Below(3);
  for (unsigned i = 0; i < claims; ++i) faq += std::string("<p>") + rng.From(p.claims) + "</p>";
  if (guidance == 2 && rng.Below(2) == 0) faq += std::string("<p>") + p.guided + "</p>";
  add("faq.html", "/faq", faq);

  add("contact.html", "/contact", std::string("<h2>Contact</h2><p>") + p.contact + "</p>");
  for (unsigned extra = rng.Below(3); extra > 0; --extra) {
    const std::string file = "news-" + std::to_string(extra) + ".html";
    add(file.c_str(), ("/news/" + std::to_string(extra)).c_str(),
        std::string("<p>") + rng.From(kUnrelated) + "</p><p>" + p.contact + "</p>");
  }
  return site;
}

SynthSite MakeUnrelatedSite(int index, const SynthOptions& options) {
  Rng rng(static_cast<uint64_t>(index) * 2 + 2);
  SynthSite site;
  char name[32];
  std::snprintf(name, sizeof name, "site-%05d", index);
  site.name = name;
  site.site = "https://" + Host("site", index, options);
  const std::string title = rng.From(kUnrelatedTitles);
  const unsigned pages = 1 + rng.Below(4);
  for (unsigned i = 0; i < pages; ++i) {
    const std::string path = "/article-" + std::to_string(i);
    std::string html = Head(&rng, "en", title, site.site + path, options);
    for (unsigned k = 0; k < 3 + rng.Below(4); ++k) {
      html += std::string("<p>") + rng.From(kUnrelated) + "</p>";
    }
    html += kTail;
    site.pages.push_back({site.site + path, "article-" + std::to_string(i) + ".html", html});
  }
  return site;
}

std::string WriteSiteDir(const SynthSite& site, const std::string& dir) {
  const std::filesystem::path root = std::filesystem::path(dir) / site.name;
  std::filesystem::create_directories(root);
  for (const SynthPage& page : site.pages) {
    std::ofstream out(root / page.file, std::ios::binary);
    out << page.html;
    if (!out) throw std::runtime_error("cannot write " + (root / page.file).string());
  }
  return root.string();
}

}  // namespace clinicrank::testing
