// URL resolution and normalization (crawler/url.h), table-driven: what a
// link in a page becomes, and what is dropped.
#include "crawler/url.h"

#include <catch2/catch.hpp>

namespace clinicrank {
namespace {

TEST_CASE("ResolveUrl resolves and normalizes links", "[contract]") {
  const std::string base = "https://www.Clinic.example:443/es/tratamientos/rodilla.html?x=1#f";
  struct Case {
    const char* href;
    const char* expected;
  };
  const Case cases[] = {
      {"precios", "https://www.clinic.example/es/tratamientos/precios"},
      {"../faq/", "https://www.clinic.example/es/faq/"},
      {"/about#team", "https://www.clinic.example/about"},
      {"#top", "https://www.clinic.example/es/tratamientos/rodilla.html?x=1"},
      {"?page=2", "https://www.clinic.example/es/tratamientos/rodilla.html?page=2"},
      {"//other.example/x", "https://other.example/x"},
      {"HTTP://Other.Example:80/A", "http://other.example/A"},
      {"  /with space\n", "https://www.clinic.example/with%20space"},
      {"/c\xC3\xA9lulas-madre", "https://www.clinic.example/c%C3%A9lulas-madre"},
      {"/p?PHPSESSID=abc&k=v&utm_source=mail", "https://www.clinic.example/p?k=v"},
      {"/p;jsessionid=0AB?z=1", "https://www.clinic.example/p?z=1"},
      {"/p?sid=1", "https://www.clinic.example/p"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.href);
    auto resolved = ResolveUrl(base, c.href);
    REQUIRE(resolved);
    CHECK(*resolved == c.expected);
  }
}

TEST_CASE("ResolveUrl drops links that are not web pages", "[contract]") {
  const char* dropped[] = {"mailto:info@clinic.example", "tel:+52 55 1234",
                           "javascript:void(0)",         "JavaScript:go()",
                           "data:text/html,hi",          "ftp://clinic.example/x",
                           "whatsapp://send?phone=1"};
  for (const char* href : dropped) {
    CAPTURE(href);
    CHECK_FALSE(ResolveUrl("https://clinic.example/", href));
  }
}

TEST_CASE("NormalizeUrl and Origin", "[contract]") {
  CHECK(NormalizeUrl("clinic.example") == "https://clinic.example/");
  CHECK(NormalizeUrl("https://clinic.example") == "https://clinic.example/");
  CHECK(NormalizeUrl("https://Clinic.Example:443/a") == "https://clinic.example/a");
  CHECK_FALSE(NormalizeUrl("mailto:x@y"));
  CHECK(Origin("https://www.clinic.example/a?b") == "https://www.clinic.example");
  CHECK(Origin("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080");
  // OriginOf slices a normalized URL the way Origin parses it.
  for (const char* raw : {"https://www.Clinic.example:8443/x?y", "http://127.0.0.1:8080",
                          "http://[::1]:8080/a/b", "https://clinic.example?q=1"}) {
    const auto url = NormalizeUrl(raw);
    REQUIRE(url);
    CAPTURE(*url);
    CHECK(OriginOf(*url) == Origin(*url));
  }
}

}  // namespace
}  // namespace clinicrank
