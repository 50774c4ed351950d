// Name shapes and name cues (parsers/extract/identity_names.h), issue 12
// kind 6. Every phrase is invented for these tests; each table has
// distractors that must not give a name.
#include "parsers/extract/identity_names.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {
namespace {

TEST_CASE("LooksLikeName: names", "[identity][heuristic]") {
  for (std::string_view name :
       {"Northwind Ortho", "Clínica Solara", "Dr. med. Ilse Varga", "Harbor Joint & Spine",
        "Centro de Regeneración Articular Laureles", "KNEEVIA", "QRS Doctors",
        "Alder Creek Sports Medicine", "Praxis Dr. Lindqvist", "Kestrelcare",
        "Institute of Knee Regeneration of Ohio", "Gelenkzentrum Nordlicht", "360 Ortho"}) {
    CAPTURE(name);
    CHECK(LooksLikeName(name));
  }
}

TEST_CASE("LooksLikeName: boilerplate, headings, sentences are not names",
          "[identity][heuristic]") {
  for (std::string_view text :
       {"Home", "Skip to content", "Skip Navigation", "Zum Hauptinhalt springen",
        "Loading\xE2\x80\xA6", "Cargando\xE2\x80\xA6", "Un momento\xE2\x80\xA6", "Key Takeaways",
        "Quick Facts", "Specialty", "Overview", "Our Process", "The Procedure",
        "Book a Consultation", "Reservar cita", "Call (512) 555-0199",
        "Appointments 512-555-0199", "17/12/2023", "April 5, 2024", "8 de noviembre de 2024",
        "Stem Cell Therapy", "Stem cells for knees", "Cartilage Regeneration",
        "How Ultrasound-Guided Injections Improve Precision", "A Non-Surgical Option for Repair",
        "What is PRP?", "Is It Effective?", "Disclaimer", "with Us", "By Jane Roe, MD", "blank",
        "top of page", "FDA", "Medicare", "Frequently Asked Questions", "fasten recovery", "",
        "Regenerative Medicine Using Stem Cells", "Knee Pain Relief Without Surgery", "Austin",
        "Nashville, TN", "Medellín, Colombia", "Baja California"}) {
    CAPTURE(text);
    CHECK_FALSE(LooksLikeName(text));
  }
}

TEST_CASE("NameKey: legal forms, 'the' and honorifics do not split a name",
          "[identity][heuristic]") {
  CHECK(NameKey("The Northwind Ortho, LLC") == NameKey("northwind ortho"));
  CHECK(NameKey("Regenera Sur S.A. de C.V.") == "regenera sur");
  CHECK(NameKey("Dr. Amara Quist") == NameKey("Amara Quist"));
  CHECK(NameKey("Clínica Solara") == "clinica solara");
  CHECK(NameKey("Northwind Ortho") != NameKey("Northwind Orthopedics"));
}

TEST_CASE("TitleSegments and BrandScore: the brand part of a title", "[identity][heuristic]") {
  CHECK(TitleSegments("Knee Injections | Northwind Ortho") ==
        std::vector<std::string>{"Knee Injections", "Northwind Ortho"});
  CHECK(TitleSegments("Precios \xE2\x80\x93 Clínica Solara \xC2\xB7 Cancún") ==
        std::vector<std::string>{"Precios", "Clínica Solara", "Cancún"});
  CHECK(TitleSegments("Alpha-Beta Clinic") == std::vector<std::string>{"Alpha-Beta Clinic"});
  // A brand outscores a topic, a place and a generic clinic phrase.
  CHECK(BrandScore("Northwind Ortho") > BrandScore("Northwind"));
  CHECK(BrandScore("Northwind Ortho") > BrandScore("Stem Cell Knee Injections"));
  CHECK(BrandScore("Northwind Ortho") > BrandScore("Nashville, TN"));
  CHECK(BrandScore("Thameside Orthobiologics") >= 0);
  CHECK(BrandScore("Best Stem Cell Clinic in Tijuana") < 0);
}

TEST_CASE("CopyrightHolder", "[identity][heuristic]") {
  struct Case {
    std::string_view text;
    std::string_view holder;
  };
  const Case cases[] = {
      {"\xC2\xA9 2025 Northwind Ortho LLC. All rights reserved.", "Northwind Ortho"},
      {"Copyright \xC2\xA9 2019\xE2\x80\x93" "2025 Harbor Joint Clinic | Privacy Policy",
       "Harbor Joint Clinic"},
      {"\xC2\xA9 Clínica Solara 2024 - Aviso de privacidad", "Clínica Solara"},
      {"(c) 2023 Kestrel Regenerative, Inc. Site by Pixelworks", "Kestrel Regenerative"},
      {"\xC2\xA9 2025 Regenera Sur S.A. de C.V. Todos los derechos reservados.", "Regenera Sur"},
      {"Copyright 2024 Praxis Dr. Lindqvist. Alle Rechte vorbehalten.", "Praxis Dr. Lindqvist"},
      {"Terms \xC2\xB7 \xC2\xA9 2025 by Alder Creek Sports Medicine", "Alder Creek Sports Medicine"},
      // Distractors.
      {"All rights reserved.", ""},
      {"\xC2\xA9 2025", ""},
      {"Photo \xC2\xA9 Getty Images", ""},
      {"Copyright infringement claims: write to us.", ""},
      {"\xC2\xA9 2025 Home | Contact", ""},
      {"Stem cells \xC2\xA9 are not a cure.", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(CopyrightHolder(c.text) == c.holder);
  }
}

TEST_CASE("NameFromLogoAlt", "[identity][heuristic]") {
  struct Case {
    std::string_view alt;
    std::string_view name;
  };
  const Case cases[] = {
      {"Northwind Ortho logo", "Northwind Ortho"},
      {"Logo of Harbor Joint Clinic", "Harbor Joint Clinic"},
      {"Clínica Solara - Logo", "Clínica Solara"},
      {"KNEEVIA", "KNEEVIA"},
      {"logo", ""},
      {"logo-white", ""},
      {"site_logo_2x", ""},
      {"Home", ""},
      {"Stem Cell Therapy", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.alt);
    CHECK(NameFromLogoAlt(c.alt) == c.name);
  }
}

TEST_CASE("DomainKey and NameMatchesDomain", "[identity][heuristic]") {
  CHECK(DomainKey("www.qrs-doctors.co.uk") == "qrs-doctors");
  CHECK(DomainKey("us-uk.kneetrips.com") == "kneetrips");
  CHECK(DomainKey("clinicasolara.com.mx") == "clinicasolara");
  CHECK(DomainKey("alpha.example.mx") == "alpha");
  CHECK(DomainKey("health.lakeside-college.example") == "lakeside-college");
  CHECK(DomainKey("dr.md") == "");
  CHECK(DomainKey("localhost") == "");

  struct Case {
    std::string_view name;
    std::string_view key;
    bool match;
  };
  const Case cases[] = {
      {"Hallberg-Ruiz Clinic", "hallbergruiz", true},
      {"Dr. Trevor Lane", "drtrevorlane", true},
      {"Dr. Trevor Lane", "trevorlane", true},
      {"ANOVIA", "anovia-irm", true},
      {"The Summit Knee Institute", "the-summit-knee-institute", true},
      {"Summit Knee Institute", "the-summit-knee-institute", true},
      {"QRS Doctors", "qrs-doctors", true},
      {"Clínica Solara", "clinicasolara", true},
      {"Summit Spine", "summitjoint", false},
      {"Northwind", "northwindortho", false},
      {"Orthopaedie", "orthopaedie-nordlicht", false},
      {"Northwind Ortho", "", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name, c.key);
    CHECK(NameMatchesDomain(c.name, c.key) == c.match);
  }
}

struct MentionCase {
  std::string_view text;
  std::string_view domain_key;
  std::string_view name;  // "" when no mention must be found
  NameCue cue;
};

std::string Describe(const std::vector<NameMention>& found) {
  std::string out;
  for (const NameMention& m : found) out += "[" + m.name + "/" + std::to_string(int(m.cue)) + "]";
  return out;
}

TEST_CASE("FindNameMentions: the speaker names itself", "[identity][heuristic]") {
  using C = NameCue;
  const MentionCase cases[] = {
      {"At Northwind Ortho, we treat knees with your own marrow.", "", "Northwind Ortho",
       C::kFirstPerson},
      {"At the Harbor Joint Clinic we never use donor tissue.", "", "Harbor Joint Clinic",
       C::kFirstPerson},
      {"Our team at Bluestone Regenerative reviews every MRI.", "", "Bluestone Regenerative",
       C::kFirstPerson},
      {"Here at Cedar Point Orthopedics, every patient meets the surgeon.", "",
       "Cedar Point Orthopedics", C::kFirstPerson},
      {"Welcome to Alder Creek Sports Medicine.", "", "Alder Creek Sports Medicine",
       C::kFirstPerson},
      {"Bienvenidos a Clínica Solara, especialistas en rodilla.", "", "Clínica Solara",
       C::kFirstPerson},
      {"En Centro Médico Arboleda ofrecemos terapia con células de su propia médula.", "",
       "Centro Médico Arboleda", C::kFirstPerson},
      {"Willkommen in der Praxis Dr. Lindqvist in Hamburg.", "", "Praxis Dr. Lindqvist",
       C::kFirstPerson},
      {"Bei Gelenkpraxis Nordlicht setzen wir auf Ultraschall.", "", "Gelenkpraxis Nordlicht",
       C::kFirstPerson},
      {"At ORTHOVITA we believe in measured claims.", "", "ORTHOVITA", C::kFirstPerson},
      {"At Kestrel Regenerative, our physicians inject under ultrasound.", "",
       "Kestrel Regenerative", C::kFirstPerson},
  };
  for (const MentionCase& c : cases) {
    CAPTURE(c.text);
    std::vector<NameMention> found;
    FindNameMentions(c.text, c.domain_key, &found);
    CAPTURE(Describe(found));
    REQUIRE(found.size() >= 1);
    CHECK(found[0].name == c.name);
    CHECK(found[0].cue == c.cue);
  }
}

TEST_CASE("FindNameMentions: subjects and domain spellings", "[identity][heuristic]") {
  using C = NameCue;
  const MentionCase cases[] = {
      {"Larchmont Knee Institute is a physician-owned practice in Ohio.", "",
       "Larchmont Knee Institute", C::kThirdPerson},
      {"The Ridgewater Clinic (RWC) is accredited by the state board.", "", "Ridgewater Clinic",
       C::kThirdPerson},
      {"KNEEVIA offers three injection packages.", "", "KNEEVIA", C::kThirdPerson},
      {"Dr. Amara Quist uses bone marrow from the hip.", "", "Dr. Amara Quist", C::kThirdPerson},
      {"Clínica Marbelia realiza cada infiltración con ecografía.", "", "Clínica Marbelia",
       C::kThirdPerson},
      {"To help patients compare, Hollowbrook has published its fees.", "hollowbrook",
       "Hollowbrook", C::kThirdPerson},
      {"Learn more about Kestrelcare\xC2\xAE treatments.", "kestrelcare", "Kestrelcare",
       C::kDomain},
      {"Visit the Summit Stem Cell Institute today.", "summitstemcell",
       "Summit Stem Cell Institute", C::kDomain},
      {"Questions answered by Dr. Ivo Brandt every Tuesday.", "drivobrandt", "Dr. Ivo Brandt",
       C::kDomain},
      {"NOVAJOINT | Bone, joint and cartilage care", "novajoint", "NOVAJOINT", C::kDomain},
      {"QRS Doctors \xE2\x80\x93 Bone, Joint & Cartilage Experts", "qrs-doctors", "QRS Doctors",
       C::kDomain},
  };
  for (const MentionCase& c : cases) {
    CAPTURE(c.text);
    std::vector<NameMention> found;
    FindNameMentions(c.text, c.domain_key, &found);
    CAPTURE(Describe(found));
    bool seen = false;
    for (const NameMention& m : found) seen = seen || (m.name == c.name && m.cue == c.cue);
    CHECK(seen);
  }
}

TEST_CASE("FindNameMentions: distractors name nobody", "[identity][heuristic]") {
  const MentionCase cases[] = {
      {"At home, we recommend ice and rest for two days.", "", "", NameCue::kFirstPerson},
      {"At first, our doctors review your MRI.", "", "", NameCue::kFirstPerson},
      {"En Tijuana, ofrecemos terapia con células propias.", "", "", NameCue::kFirstPerson},
      {"Stem Cell Therapy is a promising option for some knees.", "", "", NameCue::kFirstPerson},
      {"Osteoarthritis is the most common form of arthritis.", "", "", NameCue::kFirstPerson},
      {"The FDA has not approved any stem cell product for knees.", "", "",
       NameCue::kFirstPerson},
      {"Medicare is a federal program and rarely pays.", "", "", NameCue::kFirstPerson},
      {"Welcome to the exciting field of regenerative medicine.", "", "", NameCue::kFirstPerson},
      {"Welcome to Our Clinic", "", "", NameCue::kFirstPerson},
      {"Our Process is simple and takes one morning.", "", "", NameCue::kFirstPerson},
      {"Lipogems is a device for processing fat tissue.", "", "", NameCue::kFirstPerson},
      {"PRP is made from your blood.", "", "", NameCue::kFirstPerson},
      {"Patients at Northwind Clinic say the wait is short.", "", "", NameCue::kFirstPerson},
      {"Mayo Clinic researchers published a trial in 2019.", "", "", NameCue::kFirstPerson},
      {"Many regenexx-style protocols use marrow.", "regenexx", "", NameCue::kFirstPerson},
      {"Regenexxing is not a word.", "regenexx", "", NameCue::kFirstPerson},
      {"Key Takeaways", "", "", NameCue::kFirstPerson},
      {"Loading\xE2\x80\xA6", "", "", NameCue::kFirstPerson},
  };
  for (const MentionCase& c : cases) {
    CAPTURE(c.text);
    std::vector<NameMention> found;
    FindNameMentions(c.text, c.domain_key, &found);
    CAPTURE(Describe(found));
    CHECK(found.empty());
  }
}

TEST_CASE("FindNameMentions stays linear on hostile text", "[identity][contract]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "At Alpha Beta Gamma Delta ";
  std::vector<NameMention> found;
  FindNameMentions(text, "alphabetagammadeltax", &found);
  CHECK(found.empty());
  std::string caps(200000, 'A');
  FindNameMentions(caps, "aaaa", &found);  // one 200 KB word: no crash, bounded work
  SUCCEED();
}

}  // namespace
}  // namespace clinicrank
