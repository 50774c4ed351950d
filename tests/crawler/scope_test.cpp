// Sites and clinics (crawler/scope.h): a site is an origin; a clinic is a
// seed's origin plus its registrable domain by the Public Suffix List.
#include "crawler/scope.h"

#include <catch2/catch.hpp>
#include <string>

namespace clinicrank {
namespace {

TEST_CASE("RegistrableDomain follows the Public Suffix List", "[contract]") {
  struct Case {
    const char* host;
    const char* domain;
  };
  const Case cases[] = {
      {"www.clinic.example", "clinic.example"},
      {"book.clinic.example", "clinic.example"},
      {"clinic.example", "clinic.example"},
      {"www.clinica.com.mx", "clinica.com.mx"},
      {"clinic.co.uk", "clinic.co.uk"},
      {"a.b.clinic.co.uk", "clinic.co.uk"},
      // Distractors: no registrable domain at all.
      {"co.uk", ""},
      {"com.mx", ""},
      {"localhost", ""},
      {"127.0.0.1", ""},
      {"10.1.2.3", ""},
      {"[::1]", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.host);
    CHECK(RegistrableDomain(c.host) == c.domain);
  }
}

TEST_CASE("ClinicKey: registrable domain, else host and port", "[contract]") {
  CHECK(ClinicKey("https://www.clinic.example/x") == "clinic.example");
  CHECK(ClinicKey("https://clinic.example:8443/") == "clinic.example");
  CHECK(ClinicKey("http://127.0.0.1:8001/") == "127.0.0.1:8001");
  CHECK(ClinicKey("http://127.0.0.1:8002/a") == "127.0.0.1:8002");
  CHECK(ClinicKey("http://localhost:8001/") == "localhost:8001");
  CHECK(ClinicKey("http://[::1]:8001/") == "[::1]:8001");
  CHECK(HostOf("http://[::1]:8001/") == "[::1]");
  CHECK(HostOf("https://www.c.example:8443/x") == "www.c.example");
}

TEST_CASE("Scope: the seed's origins plus its registrable domain", "[contract]") {
  struct Case {
    const char* seed;
    const char* url;
    bool in_scope;
  };
  const Case cases[] = {
      {"https://www.clinic.example/", "https://www.clinic.example/pricing", true},
      {"https://www.clinic.example/", "https://clinic.example/", true},
      {"https://www.clinic.example/", "http://clinic.example/", true},
      {"https://www.clinic.example/", "https://book.clinic.example/", true},
      {"https://www.clinic.example/", "https://clinic.example:8443/", true},
      {"https://clinica.com.mx/", "https://www.clinica.com.mx/precios", true},
      {"http://127.0.0.1:8001/", "http://127.0.0.1:8001/a", true},
      // Distractors: another clinic, another origin on the same host, localhost.
      {"https://www.clinic.example/", "https://otherclinic.example/", false},
      {"https://www.clinic.example/", "https://clinic.example.evil.example/", false},
      {"https://clinica.com.mx/", "https://otra.com.mx/", false},
      {"https://clinic.co.uk/", "https://other.co.uk/", false},
      {"http://127.0.0.1:8001/", "http://127.0.0.1:8002/", false},
      {"http://127.0.0.1:8001/", "https://127.0.0.1:8001/", false},
      {"http://127.0.0.1:8001/", "http://localhost:8001/", false},
      {"http://localhost:8001/", "http://127.0.0.1:8001/", false},
      {"http://localhost:8001/", "http://localhost:8002/", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.seed, c.url);
    CHECK(Scope(c.seed).Contains(c.url) == c.in_scope);
  }
  Scope two("http://127.0.0.1:8001/");
  two.AddSeed("http://127.0.0.1:8001/other");
  CHECK(two.seed_origins().size() == 1);
}

}  // namespace
}  // namespace clinicrank
