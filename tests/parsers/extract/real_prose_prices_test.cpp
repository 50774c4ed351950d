// Issue 12, kind 1: market and third-party prices in prose are references,
// not the clinic's offer. Each phrase is one paragraph of a small page about
// knee stem-cell treatment (tests/testing/phrase_page.h) run through ExtractClinic;
// a reference must land in reference_prices[] (with why: market, others,
// research, past, general) and never among the clinic's stem-cell prices.
// Distractors: the clinic's own prices, worded the way real clinic pages
// word them, which must stay its prices. Every phrase is written for this
// test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "parsers/extract/facts.h"
#include "parsers/extract/page_genre.h"
#include "parsers/html/html.h"
#include "parsers/text/page_text.h"
#include "tests/testing/extract_pages.h"
#include "tests/testing/phrase_page.h"

namespace clinicrank {
namespace {

using testing::Genre;

struct PriceRow {
  const char* text;
  // Amounts (low ends) that are the clinic's own stem-cell prices.
  std::vector<double> own;
  // Amounts (low ends) that are only references, and why ("" = any reason).
  std::vector<double> reference;
  const char* why = "";
  Genre genre = Genre::kClinic;
  const char* lang = "en";
};

std::string Describe(const ClinicFacts& f) {
  std::string s;
  for (const Price& p : f.prices) {
    s += "own " + std::to_string(p.low) + "-" + std::to_string(p.high) + " " + p.currency + " " +
         p.treatment + "\n";
  }
  for (const Price& p : f.reference_prices) {
    s += "ref " + std::to_string(p.low) + "-" + std::to_string(p.high) + " " + p.currency + " " +
         p.treatment + " (" + p.reference + ")\n";
  }
  return s;
}

bool OwnStemCell(const ClinicFacts& f, double amount) {
  return std::any_of(f.prices.begin(), f.prices.end(), [&](const Price& p) {
    return p.treatment == "stem_cell" && (p.low == amount || p.high == amount);
  });
}

bool OwnAny(const ClinicFacts& f, double amount) {
  return std::any_of(f.prices.begin(), f.prices.end(),
                     [&](const Price& p) { return p.low == amount || p.high == amount; });
}

bool Referenced(const ClinicFacts& f, double amount, const std::string& why) {
  return std::any_of(f.reference_prices.begin(), f.reference_prices.end(), [&](const Price& p) {
    return (p.low == amount || p.high == amount) && (why.empty() || p.reference == why);
  });
}

void RunPriceTable(const std::vector<PriceRow>& rows) {
  for (const PriceRow& r : rows) {
    CAPTURE(r.text);
    const ClinicFacts f = testing::ExtractPhrasePage({r.text}, r.genre, r.lang);
    CAPTURE(Describe(f));
    for (double a : r.own) {
      CAPTURE(a);
      CHECK(OwnStemCell(f, a));
    }
    for (double a : r.reference) {
      CAPTURE(a);
      CHECK_FALSE(OwnAny(f, a));
      CHECK(Referenced(f, a, r.why));
    }
    // Nothing else is the clinic's stem-cell price.
    for (const Price& p : f.prices) {
      if (p.treatment != "stem_cell") continue;
      CAPTURE(p.low);
      CHECK(std::find(r.own.begin(), r.own.end(), p.low) != r.own.end());
    }
  }
}

TEST_CASE("Real prose prices: market and country figures are references", "[prices][issue12]") {
  RunPriceTable({
      {"Stem cell therapy for the knee typically costs $3,000 to $8,000 per knee in the US.", {},
       {3000}, "market"},
      {"On average, patients pay around $5,500 for one knee.", {}, {5500}, "market"},
      {"Prices for a single knee can range from $2,500 to $10,000 depending on the provider.", {},
       {2500}, "market"},
      {"Most clinics charge between $4,000 and $6,000 per knee.", {}, {4000}, ""},
      {"In the United States the same procedure often costs $12,000 or more.", {}, {12000},
       "market"},
      {"Expect to pay anywhere from $3,500 to $9,000 per knee at American practices.", {}, {3500},
       "market"},
      {"A price tag of $15,000 for one knee is not unusual in big coastal cities.", {}, {15000},
       "market"},
      {"Clinics in Miami and Dallas ask $8,000 to $12,000 for the same injection.", {}, {8000},
       "market"},
      {"The national average for a knee stem cell injection sits near $5,000.", {}, {5000}, ""},
      {"Back home, patients are quoted $14,000 for both knees.", {}, {14000}, "market"},
      {"Costs vary widely, from $1,500 at small offices to over $20,000 at luxury centers.", {},
       {1500, 20000}, "market"},
      {"Out-of-pocket costs for knee injections generally range from $2,000 to $7,000.", {},
       {2000}, "market"},
      {"The same treatment can cost up to $25,000 in some countries.", {}, {25000}, "market"},
      {"Treatment at a big-name sports center may cost upwards of $10,000.", {}, {10000},
       "market"},
      {"Knee stem cell treatment in Europe costs EUR 4,000 to EUR 9,000 on average.", {}, {4000},
       "market"},
      {"Patients travelling abroad can expect to spend $3,000 to $6,000 on one knee.", {}, {3000},
       "market"},
      {"Across the country, one knee averages about $6,200.", {}, {6200}, "market"},
      {"Typical prices in the US run from $5,000 to $12,000 per joint.", {}, {5000}, "market"},
      {"In Canada, private clinics usually ask CA$6,000 or more per knee.", {}, {6000}, ""},
      {"In the UK a single knee injection is commonly priced at £4,000 to £6,500.", {}, {4000},
       "market"},
      {"US patients often pay more than $10,000 for the same procedure.", {}, {10000}, "market"},
      {"That is far less than the $15,000 or more charged in the United States.", {}, {15000},
       "market"},
      {"Elsewhere, the going rate for one knee is around $7,000.", {}, {7000}, ""},
      {"Therapy given by IV typically ranges from $7,500 to $15,000 USD.", {}, {7500}, "market"},
      {"Prices vary: a knee can cost $3,000 in one city and $9,000 in the next.", {},
       {3000, 9000}, "market"},
  });
}

TEST_CASE("Real prose prices: other parties, studies and the past are references",
          "[prices][issue12]") {
  RunPriceTable({
      {"Seminar clinics often quote $3,000 to $5,000 per injection.", {}, {3000}, "others"},
      {"According to one news report, a Florida clinic billed a patient $11,000 for one injection.",
       {}, {11000}, "others"},
      {"A competitor down the street advertises knee injections for $2,495.", {}, {2495}, ""},
      {"Other clinics charge up to $9,000 for the very same procedure.", {}, {9000}, "others"},
      {"A 2019 survey of US clinics found a median price of $5,000 per joint.", {}, {5000}, ""},
      {"Researchers who called 300 clinics were quoted an average of $5,155 per knee.", {},
       {5155}, ""},
      {"One patient told reporters she had paid $8,000 for a single shot.", {}, {8000}, "others"},
      {"Some providers ask $1,200 for what is only a PRP injection relabelled.", {}, {1200}, ""},
      {"Many practices advertise low prices like $1,995 and add fees later.", {}, {1995}, ""},
      {"In Turkey and Colombia, packages are often advertised for as little as $2,900.", {},
       {2900}, ""},
      {"We used to charge $6,500 per knee.", {}, {6500}, "past"},
      {"Our previous price was $7,800 per knee.", {}, {7800}, "past"},
      {"A published cost analysis put the price of one BMAC injection at $4,200.", {}, {4200}, ""},
  });
}

TEST_CASE("Real prose prices: Spanish market and third-party prices", "[prices][issue12]") {
  RunPriceTable({
      {"En Estados Unidos, este tratamiento suele costar entre 8.000 y 15.000 dólares por rodilla.",
       {}, {8000}, "market", Genre::kClinic, "es"},
      {"En promedio, una rodilla cuesta alrededor de US$5.000 en clínicas privadas.", {}, {5000},
       "market", Genre::kClinic, "es"},
      {"Otras clínicas cobran hasta US$9.000 por el mismo procedimiento.", {}, {9000}, "",
       Genre::kClinic, "es"},
      {"El precio promedio en Colombia ronda los 18.000.000 COP.", {}, {18000000}, "market",
       Genre::kClinic, "es"},
      {"Las clínicas en Tijuana ofrecen paquetes desde US$3.500.", {}, {3500}, "market",
       Genre::kClinic, "es"},
      {"Un estudio de 2020 reportó un costo medio de 4.200 dólares por articulación.", {}, {4200},
       "", Genre::kClinic, "es"},
      {"El tratamiento puede costar más de 10.000 euros en algunos países.", {}, {10000},
       "market", Genre::kClinic, "es"},
      {"En otros países el mismo procedimiento suele costar US$12.000 o más.", {}, {12000}, "",
       Genre::kClinic, "es"},
      {"Los precios varían mucho: desde US$2.000 hasta US$10.000 según el centro.", {}, {2000},
       "market", Genre::kClinic, "es"},
  });
}

TEST_CASE("Real prose prices: information pages quote prices, they do not offer them",
          "[prices][issue12]") {
  RunPriceTable({
      {"A single-knee injection costs $4,000 to $6,000 at most practices.", {}, {4000}, "",
       Genre::kArticle},
      {"Expect a bill of roughly $5,000 for one knee.", {}, {5000}, "", Genre::kArticle},
      {"Bone marrow concentrate runs about $3,500 to $7,000 per knee.", {}, {3500}, "",
       Genre::kArticle},
      {"Fat-derived treatment costs somewhat more, around $6,000 per knee.", {}, {6000}, "",
       Genre::kArticle},
      {"Packages in Mexico start at $4,500 and usually include the hotel.", {}, {4500}, "",
       Genre::kArticle},
      {"Una rodilla cuesta entre US$3.000 y US$6.000 en la mayoría de los centros.", {}, {3000},
       "", Genre::kArticle, "es"},
  });
}

// Distractors: the clinic's own prices, in the same words a market figure
// uses, must stay its prices.
TEST_CASE("Real prose prices: the clinic's own prices stay prices", "[prices][issue12]") {
  RunPriceTable({
      {"Our stem cell knee treatment costs $4,900 per knee.", {4900}, {}},
      {"One knee: $5,200. Both knees: $9,400.", {5200, 9400}, {}},
      {"We charge $4,200 per knee, compared with $12,000 or more back home.", {4200}, {12000}},
      {"Treatment with your own bone marrow cells is $5,500 per knee at our Cancún clinic.",
       {5500}, {}},
      {"The procedure costs $6,000 per knee and includes a follow-up visit at six weeks.", {6000},
       {}},
      {"Most of our patients choose the both-knees package at $8,900.", {8900}, {}},
      {"Typically, our patients pay $4,500 for one knee.", {4500}, {}},
      {"Your investment for one knee is $5,750, including the harvest and follow-up visits.",
       {5750}, {}},
      {"Book your knee treatment today for $4,400 per knee.", {4400}, {}},
      {"Stem cell therapy at our center in Panama costs US$6,500 per knee.", {6500}, {}},
      {"Our price is $4,800 per knee; most clinics charge far more.", {4800}, {}},
      {"One knee costs $4,900 at our clinic, while most US clinics charge much more.", {4900}, {}},
      {"Bone marrow stem cell injection (one knee) - $4,750", {4750}, {}},
      {"Total cost for both knees is $8,500 with everything included.", {8500}, {}},
      {"We typically charge $4,500 per knee.", {4500}, {}},
      {"Unlike clinics in big cities that charge $15,000, our fee is $5,000 per knee.", {5000},
       {15000}},
      {"Our knee treatment is $5,000, while the same procedure averages $11,000 in the US.",
       {5000}, {11000}},
      {"At our clinic one knee costs $4,800.", {4800}, {}, "", Genre::kArticle},
      {"We offer treatment of one knee for $5,900, a fraction of typical US prices.", {5900}, {}},
      {"Nuestro precio es de US$4.500 por rodilla, todo incluido.", {4500}, {}, "",
       Genre::kClinic, "es"},
      {"Tratamiento con células madre: 85.000 MXN por rodilla.", {85000}, {}, "", Genre::kClinic,
       "es"},
      {"En nuestra clínica, una rodilla cuesta US$4.900 frente a más de US$12.000 en Estados Unidos.",
       {4900}, {12000}, "", Genre::kClinic, "es"},
      {"Precio especial: 3.900 € por rodilla (incluye la extracción de grasa).", {3900}, {}, "",
       Genre::kClinic, "es"},
  });
}

// Surgery quoted by anyone stays a surgery price (CONTRACT.md); never a
// stem-cell price.
TEST_CASE("Real prose prices: a market knee replacement stays surgery", "[prices][issue12]") {
  const char* rows[] = {
      "A knee replacement in the US costs about $35,000.",
      "Total knee replacement surgery typically runs $30,000 to $50,000.",
      "Una prótesis de rodilla cuesta en promedio US$25.000.",
  };
  for (const char* text : rows) {
    CAPTURE(text);
    const ClinicFacts f = testing::ExtractPhrasePage({text});
    CAPTURE(Describe(f));
    CHECK(std::none_of(f.prices.begin(), f.prices.end(),
                       [](const Price& p) { return p.treatment == "stem_cell"; }));
    CHECK(std::any_of(f.prices.begin(), f.prices.end(),
                      [](const Price& p) { return p.treatment == "surgery"; }));
  }
}

// A broker's or directory's lead near the top makes an information page,
// whose listed prices are references (issue 12, genre rule).
TEST_CASE("Real prose prices: a broker's lead makes an information page", "[prices][issue12]") {
  struct GenreRow {
    const char* lead;
    PageGenre genre;
  };
  const GenreRow rows[] = {
      {"Compare four verified clinics in Mexico and Colombia.", PageGenre::kInformation},
      {"CareFinder is a referral service for patients who travel for treatment.",
       PageGenre::kInformation},
      {"Get free quotes from accredited clinics in three countries.", PageGenre::kInformation},
      {"We are not a medical provider; each clinic sets its own prices.",
       PageGenre::kInformation},
      {"Compara clínicas verificadas en México y Colombia.", PageGenre::kInformation},
      // Distractors: clinics speaking of themselves.
      {"Our verified clinic team answers within a day.", PageGenre::kClinic},
      {"Compare our package with what you were quoted at home.", PageGenre::kClinic},
      {"We refer you to a physiotherapist near home after treatment.", PageGenre::kClinic},
  };
  for (const GenreRow& r : rows) {
    CAPTURE(r.lead);
    const std::string html = std::string("<html><body><h1>Stem cell therapy for knees</h1><p>") +
                             r.lead + "</p><p>From US$5,900 per knee.</p></body></html>";
    const Document doc = ParseHtml(html);
    PageText text(doc);
    CHECK(DetectPageGenre(doc, &text) == r.genre);
    const ClinicFacts f = testing::ExtractHtml(std::string("<h1>Stem cell therapy for knees</h1><p>") +
                                               r.lead + "</p><p>From US$5,900 per knee.</p>");
    CAPTURE(Describe(f));
    CHECK(OwnStemCell(f, 5900) == (r.genre == PageGenre::kClinic));
  }
}

// The bundled information and broker samples: every amount they quote is a
// reference, none is a price.
TEST_CASE("Real prose prices: the guide and broker samples quote references",
          "[prices][issue12][contract]") {
  struct SampleRow {
    const char* sample;
    std::vector<double> references;
  };
  const SampleRow rows[] = {
      {"jointledger-knee-cost-guide",
       {4000, 3000, 5800, 10000, 5200, 4300, 3900, 2800, 7600, 4700, 3200, 14000}},
      {"carevoyage-knee-broker", {5000, 5900, 4200, 9800, 3900, 5400, 4100, 8900, 4300}},
  };
  for (const SampleRow& r : rows) {
    CAPTURE(r.sample);
    const ClinicFacts f = testing::ExtractSample(r.sample);
    CAPTURE(Describe(f));
    for (double a : r.references) {
      CAPTURE(a);
      CHECK(Referenced(f, a, ""));
      CHECK_FALSE(OwnAny(f, a));
    }
  }
}

}  // namespace
}  // namespace clinicrank
