// IdentityExtractor: clinic name, domain and country across a clinic's pages.
#include "parsers/extract/identity.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/html/html.h"
#include "parsers/extract/jsonld.h"
#include "parsers/extract/page_context.h"

namespace clinicrank {
namespace {

struct TestPage {
  std::string html;
  std::string url;  // crawl URL, may be ""
};

ClinicFacts Identify(const std::vector<TestPage>& pages) {
  IdentityExtractor identity;
  for (size_t i = 0; i < pages.size(); ++i) {
    const Document doc = ParseHtml(pages[i].html);
    const PageContext ctx =
        BuildPageContext(doc, pages[i].url, "clinic/page" + std::to_string(i) + ".html");
    identity.AddPage(doc, ctx);
  }
  ClinicFacts facts;
  identity.Finish(&facts);
  return facts;
}

ClinicFacts IdentifyOne(std::string html, std::string url = "") {
  return Identify({{std::move(html), std::move(url)}});
}

std::string JsonLd(std::string_view json) {
  return "<script type=\"application/ld+json\">" + std::string(json) + "</script>";
}

TEST_CASE("name and country from JSON-LD MedicalClinic", "[identity][contract]") {
  const ClinicFacts f = IdentifyOne(
      "<head><title>Home</title>" +
      JsonLd(R"({"@context": "https://schema.org", "@type": "MedicalClinic",
                 "name": "Alpha  Regenerative", "telephone": "+52 664 123 4567",
                 "address": {"@type": "PostalAddress", "addressCountry": "MX"}})") +
      "</head>");
  CHECK(f.clinic.name == "Alpha Regenerative");
  CHECK(f.clinic.country == "MX");
  CHECK_FALSE(f.clinic.domain.has_value());
  CHECK(f.warnings.empty());
}

TEST_CASE("names written in other scripts are names", "[identity][contract]") {
  // Found by review: a name with no [a-z0-9] word was dropped.
  for (const char* name : {"\u3055\u304f\u3089\u819d\u30af\u30ea\u30cb\u30c3\u30af",
                           "\u041a\u043b\u0438\u043d\u0438\u043a\u0430 \u0417\u0434\u043e\u0440\u043e\u0432\u044c\u0435",
                           "\u039a\u03bb\u03b9\u03bd\u03b9\u03ba\u03ae \u03a5\u03b3\u03b5\u03af\u03b1"}) {
    CAPTURE(name);
    const ClinicFacts jsonld = IdentifyOne(
        "<head>" + JsonLd(std::string(R"({"@type": "MedicalClinic", "name": ")") + name + "\"}") +
        "</head>");
    CHECK(jsonld.clinic.name == name);
    const ClinicFacts site_name = IdentifyOne(
        std::string("<head><meta property=\"og:site_name\" content=\"") + name +
        "\"></head><body><p>We offer stem cell therapy for knees.</p></body>");
    CHECK(site_name.clinic.name == name);
  }
  // Distractors: punctuation alone is no name.
  const ClinicFacts dots = IdentifyOne(
      "<head>" + JsonLd(R"({"@type": "MedicalClinic", "name": "\u2014 \u3001\u3002"})") + "</head>");
  CHECK_FALSE(dots.clinic.name.has_value());
}

TEST_CASE("JSON-LD inside @graph and top-level arrays", "[identity][contract]") {
  const ClinicFacts graph = IdentifyOne(JsonLd(R"({"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Alpha Site"},
      {"@type": ["Organization", "MedicalBusiness"], "name": "Alpha Knee Center",
       "address": [{"addressCountry": {"@type": "Country", "name": "Cayman Islands"}}]}]})"));
  CHECK(graph.clinic.name == "Alpha Knee Center");
  CHECK(graph.clinic.country == "KY");

  const ClinicFacts array = IdentifyOne(JsonLd(R"([{"@type": "BreadcrumbList"},
      {"@type": "https://schema.org/Physician", "name": "Dr. Ruiz &amp; Asociados",
       "address": {"addressCountry": "Panamá"}}])"));
  CHECK(array.clinic.name == "Dr. Ruiz & Asociados");
  CHECK(array.clinic.country == "PA");
}

TEST_CASE("a top-level clinic beats nested organizations and doctors", "[identity][heuristic]") {
  const ClinicFacts f = Identify(
      {{JsonLd(R"({"@type": "Physician", "name": "Dr. Ana Ruiz"})"), ""},
       {JsonLd(R"({"@type": "MedicalClinic", "name": "Omega Clinic",
                   "memberOf": {"@type": "Organization", "name": "Academy of Regenerative Medicine"},
                   "employee": [{"@type": "Physician", "name": "Dr. Ana Ruiz"}]})"),
        ""},
       {JsonLd(R"({"@type": "WebPage", "publisher": {"@type": "Organization",
                   "name": "Academy of Regenerative Medicine"}})"),
        ""}});
  CHECK(f.clinic.name == "Omega Clinic");
}

TEST_CASE("broken JSON-LD is a warning, never a failure", "[identity][contract]") {
  const ClinicFacts f = Identify({{"<head>" + JsonLd(R"({"@type": "MedicalClinic", "name": "X")") +
                                       JsonLd(R"({"@type": "MedicalClinic", "name": "Beta",})") +
                                       JsonLd("<!-- {\"@type\": \"Hospital\", \"name\": \"Beta\"} -->") +
                                       "</head>",
                                   "https://x.example/page"}});
  REQUIRE(f.warnings.size() == 1);
  CHECK(f.warnings[0] == "https://x.example/page: JSON-LD block 1 is not valid JSON (offset 38)");
  // Trailing commas and comment wrappers are tolerated.
  CHECK(f.clinic.name == "Beta");
}

TEST_CASE("deeply nested JSON-LD does not overflow the stack", "[identity][contract]") {
  std::string json = R"({"@type": "MedicalClinic", "name": "Deep", "x": )";
  for (int i = 0; i < 100000; ++i) json += "[";
  for (int i = 0; i < 100000; ++i) json += "]";
  json += "}";
  CHECK(IdentifyOne(JsonLd(json)).clinic.name == "Deep");
}

TEST_CASE("name from og:site_name, then from titles", "[identity][contract]") {
  CHECK(IdentifyOne("<title>Pricing | Whatever</title><meta property='og:site_name' "
                    "content='Beta Stem Cells'>")
            .clinic.name == "Beta Stem Cells");
  // The segment repeated across pages is the brand, wherever it sits.
  CHECK(Identify({{"<title>Pricing – Gamma Joint Care</title>", ""},
                  {"<title>FAQ – Gamma Joint Care</title>", ""},
                  {"<title>Gamma Joint Care – Home</title>", ""}})
            .clinic.name == "Gamma Joint Care");
  CHECK(Identify({{"<title>Delta Ortho | Knee Treatment</title>", ""},
                  {"<title>Delta Ortho | Contact</title>", ""}})
            .clinic.name == "Delta Ortho");
}

TEST_CASE("name from a single title", "[identity][heuristic]") {
  struct Case {
    std::string_view title;
    std::optional<std::string> name;
  };
  const Case cases[] = {
      {"Stem Cell Therapy for Knees | Alpha Regenerative", "Alpha Regenerative"},
      {"Alpha Regenerative Clinic - Stem Cell Knee Treatment", "Alpha Regenerative Clinic"},
      {"Precios: Clínica Omega", "Clínica Omega"},
      {"Omega Health", "Omega Health"},
      {"Liberty Knee Institute | Stem Cell Knee Injections | Nashville, TN",
       "Liberty Knee Institute"},
      {"Knee Cell Therapy | Ridgeline Spine &amp; Joint | Asheville, NC", "Ridgeline Spine & Joint"},
      {"RenewLife Stem Cell Center | FDA Approved Amniotic Stem Cell Therapy | Tampa Bay",
       "RenewLife Stem Cell Center"},
      {"Harborline Sports &amp; Regenerative Medicine &mdash; Portland, Maine",
       "Harborline Sports & Regenerative Medicine"},
      {"Home - Northwind Ortho", "Northwind Ortho"},
      {"Blog - Stem Cells vs PRP: Which is Better? - Kestrel Health", "Kestrel Health"},
      {"Stammzelltherapie Knie M\xC3\xBCnchen - Praxis Dr. Lindqvist", "Praxis Dr. Lindqvist"},
      {"C\xC3\xA9lulas madre para rodilla en Medell\xC3\xADn | Cl\xC3\xADnica Solara",
       "Cl\xC3\xADnica Solara"},
      {"Regenerative Medicine Clinic in Scottsdale AZ | Desert Sun Regen", "Desert Sun Regen"},
      {"Stem Cell Therapy - Regenerative Medicine - Austin", std::nullopt},
      {"Key Takeaways", std::nullopt},
      {"Skip to content | Northwind", "Northwind"},
      {"Pricing", std::nullopt},
      {"Knee Injections", std::nullopt},
      {"", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    CHECK(IdentifyOne("<title>" + std::string(c.title) + "</title>").clinic.name == c.name);
  }
}

TEST_CASE("JSON-LD name beats og:site_name and titles", "[identity][contract]") {
  const ClinicFacts f = Identify(
      {{"<title>Home | Site Title Clinic</title><meta property=og:site_name content='OG Name'>" +
            JsonLd(R"({"@type": "LocalBusiness", "name": "Real Name"})"),
        ""},
       {"<title>About | Site Title Clinic</title><meta property=og:site_name content='OG Name'>",
        ""}});
  CHECK(f.clinic.name == "Real Name");
}

TEST_CASE("domain from canonical, og:url or crawl URL, www. dropped", "[identity][contract]") {
  CHECK(IdentifyOne("<link rel=canonical href='https://www.alpha.example/pricing'>").clinic.domain ==
        "alpha.example");
  CHECK(IdentifyOne("<meta property=og:url content='https://beta.example/'>").clinic.domain ==
        "beta.example");
  CHECK(IdentifyOne("<p>x</p>", "https://WWW.Gamma.Example/faq").clinic.domain ==
        "gamma.example");
  CHECK_FALSE(IdentifyOne("<p>x</p>").clinic.domain.has_value());
}

TEST_CASE("country from addressCountry names and codes", "[identity][contract]") {
  struct Case {
    std::string_view country;
    std::string_view code;
  };
  const Case cases[] = {
      {"Mexico", "MX"},        {"México", "MX"},         {"MX", "MX"},
      {"United States", "US"}, {"USA", "US"},            {"U.S.A.", "US"},
      {"us", "US"},            {"Panama", "PA"},         {"Panamá", "PA"},
      {"Cayman Islands", "KY"}, {"Colombia", "CO"},      {"Costa Rica", "CR"},
      {"Germany", "DE"},       {"Deutschland", "DE"},    {"United Kingdom", "GB"},
      {"UK", "GB"},            {"GB", "GB"},             {"Canada", "CA"},
      {"Thailand", "TH"},      {"Spain", "ES"},          {"España", "ES"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.country);
    const ClinicFacts f = IdentifyOne(
        JsonLd(R"({"@type": "MedicalClinic", "name": "N", "address": {"addressCountry": ")" +
               std::string(c.country) + "\"}}"));
    CHECK(f.clinic.country == std::string(c.code));
  }
}

TEST_CASE("country from phone prefixes in tel: links and JSON-LD", "[identity][contract]") {
  struct Case {
    std::string_view phone;
    std::optional<std::string> code;
  };
  const Case cases[] = {
      {"+52 (55) 1234-5678", "MX"},    {"+1-345-949-0000", "KY"},  {"+1 (212) 555-0100", "US"},
      {"+1 416 555 0100", "CA"},       {"+1 809 555 0100", "DO"},  {"+507 123-4567", "PA"},
      {"+57 1 234 5678", "CO"},        {"+506 2222 3333", "CR"},   {"+49 30 1234567", "DE"},
      {"+44 20 7946 0000", "GB"},      {"+66 2 123 4567", "TH"},   {"+34 912 345 678", "ES"},
      {"0052 55 1234 5678", "MX"},     {"+1 800 555 0100", std::nullopt},
      {"(212) 555-0100", std::nullopt}, {"555-0100", std::nullopt}, {"+52", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.phone);
    CHECK(IdentifyOne("<a href='tel:" + std::string(c.phone) + "'>Call</a>").clinic.country ==
          c.code);
    CHECK(IdentifyOne(JsonLd(R"({"@type": "MedicalClinic", "telephone": ")" +
                             std::string(c.phone) + "\"}"))
              .clinic.country == c.code);
  }
}

TEST_CASE("country from a country-code TLD", "[identity][contract]") {
  struct Case {
    std::string_view url;
    std::optional<std::string> code;
  };
  const Case cases[] = {
      {"https://clinica.com.mx/", "MX"}, {"https://stem.co/", "CO"},
      {"https://knee.pa/", "PA"},         {"https://cells.ky/", "KY"},
      {"https://praxis.de/", "DE"},       {"https://clinic.co.uk/", "GB"},
      {"https://clinica.cr/", "CR"},      {"https://clinic.co.th/", "TH"},
      {"https://clinica.es/", "ES"},      {"https://clinic.ca/", "CA"},
      {"https://clinic.com/", std::nullopt}, {"https://dr.md/", std::nullopt},
      {"https://clinic.io/", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(IdentifyOne("<p>x</p>", std::string(c.url)).clinic.country == c.code);
  }
}

TEST_CASE("English text alone does not make a clinic American", "[identity][contract]") {
  const ClinicFacts f = IdentifyOne(
      "<html lang=en-US><title>Knee Clinic</title><p>The best clinic for your knees, with "
      "prices in USD and a toll-free number: <a href='tel:+18005550100'>call</a>.</p></html>",
      "https://kneeclinic.com/");
  CHECK_FALSE(f.clinic.country.has_value());
}

TEST_CASE("weighted country votes; a tie gives null", "[identity][contract]") {
  // The address outweighs a US booking number.
  CHECK(IdentifyOne(JsonLd(R"({"@type": "MedicalClinic", "address": {"addressCountry": "MX"}})") +
                    "<a href='tel:+16195550100'>US line</a>")
            .clinic.country == "MX");
  // One Mexican and one US phone link, nothing else: unknown.
  CHECK_FALSE(IdentifyOne("<a href='tel:+526641234567'>MX</a><a href='tel:+16195550100'>US</a>")
                  .clinic.country.has_value());
  // A .mx domain breaks the tie.
  CHECK(IdentifyOne("<a href='tel:+526641234567'>MX</a><a href='tel:+16195550100'>US</a>",
                    "https://clinica.mx/")
            .clinic.country == "MX");
}

TEST_CASE("nothing known: every field null", "[identity][contract]") {
  const ClinicFacts f = IdentifyOne("<p>Stem cells for knees.</p>");
  CHECK_FALSE(f.clinic.name.has_value());
  CHECK_FALSE(f.clinic.domain.has_value());
  CHECK_FALSE(f.clinic.country.has_value());
  CHECK(f.warnings.empty());
  ClinicFacts empty;
  IdentityExtractor().Finish(&empty);
  CHECK_FALSE(empty.clinic.name.has_value());
}

TEST_CASE("FindJsonLdObjects walks nested values in document order", "[identity][contract]") {
  rapidjson::Document json;
  size_t offset = 0;
  REQUIRE(ParseJsonLd(R"({"@graph": [{"@type": "Product", "offers": {"@type": "Offer",
      "price": 3500, "priceCurrency": "USD"}}, {"@type": ["Offer"], "price": "4,000.50"},
      {"@type": "schema:AggregateOffer", "lowPrice": 2500.5}]})",
                      &json, &offset));
  const auto offers = FindJsonLdObjects(json, {"Offer", "AggregateOffer"});
  REQUIRE(offers.size() == 3);
  CHECK(JsonLdString(*offers[0], "price") == "3500");
  CHECK(JsonLdString(*offers[0], "priceCurrency") == "USD");
  CHECK(JsonLdString(*offers[1], "price") == "4,000.50");
  CHECK(JsonLdString(*offers[2], "lowPrice") == "2500.5");
  CHECK(JsonLdTypes(*offers[2]) == std::vector<std::string_view>{"AggregateOffer"});
  CHECK(FindJsonLdObjects(json, {}).size() == 5);
  CHECK_FALSE(ParseJsonLd("{\"a\": }", &json, &offset));
  CHECK(offset == 6);
}

// ---------------------------------------------------------------- issue 12
// Pages shaped like real clinic, broker and news pages (invented text).

std::string EvidenceFor(const ClinicFacts& f, std::string_view field) {
  for (const Evidence& e : f.evidence) {
    if (e.field == field) return e.quote;
  }
  return "";
}

// A clinic page body that speaks as a provider.
const char kClinicVoice[] =
    "<p>Our physicians review your MRI before any injection. Book a consultation today.</p>";

TEST_CASE("issue12: name from every signal, with the deciding quote", "[identity][heuristic]") {
  struct Case {
    std::string_view label;
    std::string html;
    std::string url;
    std::optional<std::string> name;
    std::string_view evidence;  // a substring of the clinic_name evidence quote
  };
  const std::string voice = kClinicVoice;
  const Case cases[] = {
      {"og:site_name, title and copyright agree",
       "<title>Knee Injections | Northwind Ortho</title>"
       "<meta property='og:site_name' content='Northwind Ortho'>" + voice +
           "<footer><p>\xC2\xA9 2025 Northwind Ortho LLC. All rights reserved.</p></footer>",
       "https://northwindortho.example/knee", "Northwind Ortho", "og:site_name: Northwind Ortho"},
      {"logo alt beats a 'Home' title",
       "<title>Home</title><header><img class='site-logo' alt='Harbor Joint Clinic logo'></header>" +
           voice,
       "https://hjc.example/", "Harbor Joint Clinic", "logo alt"},
      {"copyright holder, legal form dropped",
       "<title>Pricing</title>" + voice + "<footer>\xC2\xA9 2024 Alder Creek Sports Medicine, PLLC</footer>",
       "https://acsm.example/pricing", "Alder Creek Sports Medicine", "\xC2\xA9 2024"},
      {"the brand part of a title",
       "<title>Stem Cell Therapy for Knees \xE2\x80\x93 Bluestone Regenerative</title>" + voice,
       "https://bluestone.example/knees", "Bluestone Regenerative", "<title>"},
      {"'At X, we' with the domain backing it",
       "<title>How we treat knees</title><h1>How we treat knees</h1>"
       "<p>At Northwind Ortho we inject marrow from your own hip.</p>",
       "https://northwindortho.com/how", "Northwind Ortho", "At Northwind Ortho we inject"},
      {"Spanish first person",
       "<title>Tratamiento</title><p>En Clínica Solara ofrecemos infiltraciones guiadas por "
       "ecografía.</p>",
       "https://solara.example.mx/", "Clínica Solara", "En Clínica Solara"},
      {"German welcome",
       "<title>Startseite</title><h1>Willkommen in der Praxis Dr. Lindqvist</h1>"
       "<p>Wir behandeln Arthrose im Knie.</p>",
       "https://praxis-lindqvist.example.de/", "Praxis Dr. Lindqvist", "Willkommen"},
      {"words spelling the domain",
       "<title>Blog</title>" + voice + "<p>Kestrelcare</p>",
       "https://www.kestrelcare.com/blog/knees", "Kestrelcare", "Kestrelcare"},
      {"a brand subject on its own domain",
       "<title>What does a knee injection cost?</title><h1>What does a knee injection cost?</h1>"
       "<p>To help patients compare, HOLLOWBROOK has listed what drives the price.</p>",
       "https://hollowbrook.com/cost", "HOLLOWBROOK", "HOLLOWBROOK has listed"},
      {"the clinic's own name beats a cited institution",
       "<title>Evidence</title><p>The Mayo Clinic has published a small trial.</p>"
       "<p>At Northwind Ortho, we follow that protocol.</p>",
       "https://northwindortho.com/evidence", "Northwind Ortho", "At Northwind Ortho"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    const ClinicFacts f = IdentifyOne(c.html, c.url);
    CHECK(f.clinic.name == c.name);
    CHECK(EvidenceFor(f, "clinic_name").find(c.evidence) != std::string::npos);
  }
}

TEST_CASE("issue12: a declared name may be made of topic words", "[identity][heuristic]") {
  // Found in text, "Cord" or "Knee Stem Cells" would be a topic; declared in
  // markup, it is the site's own word for itself.
  CHECK(IdentifyOne(JsonLd(R"({"@type": "MedicalClinic", "name": "Cord"})")).clinic.name == "Cord");
  CHECK(IdentifyOne("<meta property='og:site_name' content='Knee Stem Cells'><p>We treat knees.</p>",
                    "https://knee-stem-cells.example/")
            .clinic.name == "Knee Stem Cells");
  CHECK_FALSE(IdentifyOne("<title>Knee Stem Cells</title><p>We treat knees.</p>").clinic.name);
}

TEST_CASE("issue12: no clinic, or no clinic signal: no name", "[identity][heuristic]") {
  struct Case {
    std::string_view label;
    std::string html;
    std::string url;
  };
  const Case cases[] = {
      {"skip link as title", "<title>Skip to main content</title><p>We use your own cells.</p>",
       "https://a.example/"},
      {"loading placeholder", "<title>Loading\xE2\x80\xA6</title><h2>Loading\xE2\x80\xA6</h2>",
       "https://b.example/"},
      {"summary-box heading", "<title>Key Takeaways</title><h2>Key Takeaways</h2><p>Our patients "
       "walk out the same day.</p>", "https://c.example/"},
      {"section headings only",
       "<h1>Our Process</h1><h2>Specialty</h2><h2>Overview</h2><p>We offer marrow injections.</p>",
       "https://d.example/"},
      {"an article headline repeated as h1",
       "<title>Knee Pain Relief: A Modern Option</title><h1>Knee Pain Relief: A Modern Option</h1>"
       "<p>Our team explains the options.</p>",
       "https://e.example/post"},
      {"the domain alone",
       "<title>Knee injections</title><p>Our doctors use bone marrow from the hip.</p>",
       "https://northwindortho.com/knee"},
      {"a news page quoting a clinic",
       "<title>Clinics draw patients south | Valley Courier</title>"
       "<p>TIJUANA \xE2\x80\x94 Northwind Clinic is one of dozens of clinics selling cell "
       "injections, reporters found.</p><p>\xE2\x80\x9CWe see results,\xE2\x80\x9D said Dr. Jo "
       "Roe of Northwind Clinic.</p><p>A patient told the paper she paid $6,000.</p>",
       "https://valleycourier.example/2025/clinics"},
      {"news markup with a site name",
       "<meta property='og:site_name' content='Harbor Ledger'>" +
           JsonLd(R"({"@type": "NewsArticle", "headline": "Cell clinics",
                      "publisher": {"@type": "Organization", "name": "Harbor Ledger"}})") +
           "<p>The Kestrel Clinic offers injections, the owner said.</p>",
       "https://harborledger.example/a"},
      {"a broker page listing three clinics",
       "<title>Stem cell knee clinics in Mexico</title><h1>Stem cell knee clinics in Mexico</h1>"
       "<p>We compare packages for you.</p>"
       "<p>Solara Clinic is a Cancún clinic using donor cells.</p>"
       "<p>Marbelia Institute offers marrow injections in Tijuana.</p>"
       "<p>Arboleda Clinic has two surgeons.</p>",
       "https://compare-knee-trips.example/mexico"},
      {"an information site on its topic",
       "<title>Stem Cell Therapy Cost Guide</title><h1>Stem Cell Therapy Cost Guide</h1>"
       "<p>In this article we explain typical prices.</p>",
       "https://healthinsights.example/cost"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    const ClinicFacts f = IdentifyOne(c.html, c.url);
    CAPTURE(f.clinic.name.value_or("(null)"));
    CHECK_FALSE(f.clinic.name.has_value());
    CHECK(EvidenceFor(f, "clinic_name").empty());
  }
}

TEST_CASE("issue12: country from addresses, stated places and phones", "[identity][heuristic]") {
  struct Case {
    std::string_view label;
    std::string html;
    std::string url;
    std::optional<std::string> country;
    std::string_view evidence;
  };
  const Case cases[] = {
      {"US postal address on .com",
       "<footer><p>1200 Lamar Blvd, Suite 5, Austin, TX 78703</p></footer>",
       "https://kneeclinic.com/", "US", "Austin, TX 78703"},
      {"stated city on .com", "<p>Our clinic in Medellín treats knees with your own cells.</p>",
       "https://kneeclinic.com/", "CO", "Our clinic in Medell"},
      {"Canadian postcode", "<address>88 Front St W, Toronto, ON M5V 2T6</address>",
       "https://kneeclinic.com/", "CA", "M5V 2T6"},
      {"UK postcode", "<p>Find us at 14 Harley Mews, London W1G 8PQ.</p>",
       "https://kneeclinic.com/", "GB", "W1G 8PQ"},
      {"Mexican C.P.", "<p>Blvd. Agua Caliente 4558, C.P. 22420, Tijuana, B.C.</p>",
       "https://kneeclinic.com/", "MX", "C.P. 22420"},
      {"JSON-LD locality without a country",
       JsonLd(R"({"@type": "MedicalClinic", "name": "Solara",
                  "address": {"addressLocality": "Tijuana"}})"),
       "https://solara.example/", "MX", "addressLocality"},
      {"phone in the text", "<p>Call us: +506 2222 3333</p>", "https://kneeclinic.com/", "CR",
       "+506"},
      {"a market page: many mentions of one country",
       "<h1>Stem cell therapy in Colombia</h1><p>Colombia has clinics in Bogotá and Medellín.</p>",
       "https://knee-trips.example/colombia", "CO", "Colombia"},
      {"the stated place outweighs a patient's home town",
       "<p>Our clinic in Cancún uses your own marrow.</p>"
       "<div class='testimonials'><p>I flew in from Denver and went back to Denver, Colorado "
       "a week later.</p></div>",
       "https://kneeclinic.com/", "MX", "Canc"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    const ClinicFacts f = IdentifyOne(c.html, c.url);
    CHECK(f.clinic.country == c.country);
    CHECK(EvidenceFor(f, "country").find(c.evidence) != std::string::npos);
  }
}

TEST_CASE("issue12: weak or foreign mentions place no clinic", "[identity][heuristic]") {
  struct Case {
    std::string_view label;
    std::string html;
  };
  const Case cases[] = {
      {"a US clinic comparing itself with Mexico",
       "<p>Unlike clinics in Mexico, we never use donor cells.</p>"},
      {"a city in a patient story",
       "<div class='testimonials'><p>I drove from Tijuana to Tijuana's airport and flew to "
       "Bangkok, then Bangkok again.</p></div><p>We use your own cells.</p>"},
      {"two countries, equally named", "<p>Patients come from Canada and Mexico.</p>"},
      {"Maryland is not a degree", "<p>Jo Roe, MD, PhD reviews every case.</p>"},
      {"a Tijuana number without +52 is not American", "<p>Llámenos al (664) 555-0123.</p>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    const ClinicFacts f = IdentifyOne(c.html, "https://kneeclinic.com/");
    CAPTURE(f.clinic.country.value_or("(null)"));
    CHECK_FALSE(f.clinic.country.has_value());
  }
}

TEST_CASE("issue12: site-wide votes across pages", "[identity][heuristic]") {
  // The brand in the titles of several pages, the domain's words cut short
  // in the text: the full name wins.
  const ClinicFacts f = Identify(
      {{"<title>Patient FAQ | Lakeside College Sports Medicine</title>"
        "<p>Lakeside College runs the program. Our physicians inject under ultrasound.</p>",
        "https://health.lakeside-college.example/faq"},
       {"<title>Orthobiologics | Lakeside College Sports Medicine</title>"
        "<p>Lakeside College Health, 1200 N Prospect Ave, Milwaukee, WI 53202</p>",
        "https://health.lakeside-college.example/program"}});
  CHECK(f.clinic.name == "Lakeside College Sports Medicine");
  CHECK(EvidenceFor(f, "clinic_name").starts_with("<title>"));
  CHECK(f.clinic.country == "US");
}

}  // namespace
}  // namespace clinicrank
