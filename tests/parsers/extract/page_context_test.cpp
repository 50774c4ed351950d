// BuildPageContext, HostOfUrl and JoinUrl.
#include "parsers/extract/page_context.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "parsers/html/html.h"

namespace clinicrank {
namespace {

TEST_CASE("HostOfUrl", "[page_context][contract]") {
  struct Case {
    std::string_view url;
    std::string_view host;
  };
  const Case cases[] = {
      {"https://alpha.example/pricing", "alpha.example"},
      {"https://www.Alpha.Example:8443/x?y#z", "alpha.example"},
      {"HTTP://user:pw@clinic.com.mx", "clinic.com.mx"},
      {"//cdn.example.org/a.js", "cdn.example.org"},
      {"https://clinic.example.?q=1", "clinic.example"},
      {"https://[::1]:8080/", "[::1]"},
      {"https://www./", "www"},
      {"/pricing", ""},
      {"pricing.html", ""},
      {"sample_pages/alpha/index.html", ""},
      {"tel:+5255", ""},
      {"mailto:a@b.c", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(HostOfUrl(c.url) == c.host);
  }
}

TEST_CASE("JoinUrl", "[page_context][contract]") {
  // RFC 3986 section 5.4.1 examples, base http://a/b/c/d;p?q.
  struct Case {
    std::string_view ref;
    std::string_view resolved;
  };
  const Case cases[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.ref);
    CHECK(JoinUrl("http://a/b/c/d;p?q", c.ref) == c.resolved);
  }
  CHECK(JoinUrl("https://alpha.example", "pricing") == "https://alpha.example/pricing");
  CHECK(JoinUrl("", "/pricing").empty());
  CHECK(JoinUrl("sample_pages/alpha/index.html", "/pricing").empty());
}

// Issue 13 #2: a page never chooses its own evidence URL. A crawled page is
// cited by the URL it was fetched from; its canonical (or og:url) is kept
// apart, and only when it is on the same site. A file, never fetched, is
// cited by its own http(s) canonical, else og:url, else its path.
TEST_CASE("issue13 #2: page URL is the fetched URL; a same-site canonical is kept apart",
          "[page_context][contract]") {
  struct Case {
    std::string_view head;
    std::string_view page_url;
    std::string_view url;
    std::string_view canonical_url;
  };
  const Case cases[] = {
      // Crawled pages: the fetched URL, whatever the page says.
      {"<link rel=canonical href='https://alpha.example/pricing'>"
       "<meta property=og:url content='https://og.example/x'>",
       "https://crawl.example/p?utm=1", "https://crawl.example/p?utm=1", ""},
      {"<link rel=canonical href='https://www.fda.gov/vaccines-blood-biologics'>",
       "https://clinic.example/faq", "https://clinic.example/faq", ""},
      {"<link rel=canonical href='/pricing'>", "https://alpha.example/es/p",
       "https://alpha.example/es/p", "https://alpha.example/pricing"},
      {"<link rel=canonical href='precios'>", "https://alpha.example/es/p",
       "https://alpha.example/es/p", "https://alpha.example/es/precios"},
      {"<link rel=canonical href='https://www.alpha.example/p'>", "https://alpha.example/p?x=1",
       "https://alpha.example/p?x=1", "https://www.alpha.example/p"},
      {"<link rel=canonical href='https://alpha.example/p'>", "https://alpha.example/p",
       "https://alpha.example/p", ""},
      {"<base href='https://evil.example/'><link rel=canonical href='/fda'>",
       "https://alpha.example/p", "https://alpha.example/p", ""},
      {"<meta property=og:url content='https://og.example/x'>", "https://crawl.example/p",
       "https://crawl.example/p", ""},
      {"<link rel=canonical href='javascript:alert(1)'>", "https://alpha.example/p",
       "https://alpha.example/p", ""},
      {"", "https://crawl.example/p", "https://crawl.example/p", ""},
      // Files: the page's own http(s) URL, else the path.
      {"<base href='https://alpha.example/en/'><link rel=canonical href='prices'>", "",
       "https://alpha.example/en/prices", ""},
      // A relative canonical with nothing to resolve against is unusable.
      {"<link rel=canonical href='/pricing'><meta property=og:url content='https://og.example/x'>",
       "", "https://og.example/x", ""},
      {"<link rel=canonical href='/pricing'>", "", "clinic/pricing.html", ""},
      {"<link rel=canonical href='javascript:alert(1)'>", "", "clinic/pricing.html", ""},
      {"<link rel=canonical href='JavaScript:alert(1)'><meta property=og:url "
       "content='data:text/html,x'>",
       "", "clinic/pricing.html", ""},
      {"", "", "clinic/pricing.html", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head, c.page_url);
    const Document doc = ParseHtml("<html><head>" + std::string(c.head) + "</head><body></body>");
    const PageContext ctx = BuildPageContext(doc, c.page_url, "clinic/pricing.html");
    CHECK(ctx.url == c.url);
    CHECK(ctx.canonical_url == c.canonical_url);
  }
}

TEST_CASE("TLD from the page URL's host", "[page_context][contract]") {
  struct Case {
    std::string_view page_url;
    std::string_view tld;
  };
  const Case cases[] = {
      {"https://www.clinica.com.mx/precios", "mx"},
      {"https://alpha.example/", "example"},
      {"https://stemcell.co", "co"},
      {"http://192.168.0.1/x", ""},
      {"http://localhost:8080/", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.page_url);
    CHECK(BuildPageContext(Document(), c.page_url, "x.html").tld == c.tld);
  }
}

TEST_CASE("language from <html lang>", "[page_context][contract]") {
  struct Case {
    std::string_view lang;
    std::string_view primary;
  };
  const Case cases[] = {{"es-MX", "es"}, {"EN_us", "en"}, {"de", "de"},
                        {"und", ""},     {"x-klingon", ""}, {"", ""}};
  for (const Case& c : cases) {
    CAPTURE(c.lang);
    const Document doc =
        ParseHtml("<html lang='" + std::string(c.lang) + "'><body><p>1 2 3</p></body></html>");
    CHECK(BuildPageContext(doc, "", "x.html").lang == c.primary);
  }
}

TEST_CASE("language guessed from stopwords when undeclared", "[page_context][heuristic]") {
  struct Case {
    std::string_view text;
    std::string_view lang;
  };
  const Case cases[] = {
      {"The cost of the treatment and your recovery with our team is clear for you.", "en"},
      {"El costo de la terapia con células madre para los pacientes y las rodillas que tratamos.",
       "es"},
      {"Die Kosten der Behandlung und die Therapie mit Stammzellen für das Knie ist nicht "
       "teuer, wir helfen.",
       "de"},
      {"$3,500 - 5,000 USD", ""},
      {"Dr. Smith MD PhD", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Document doc = ParseHtml("<p>" + std::string(c.text) + "</p>");
    CHECK(BuildPageContext(doc, "", "x.html").lang == c.lang);
  }
}

TEST_CASE("overwhelmingly Spanish text overrides a template's lang=en", "[page_context][heuristic]") {
  std::string body;
  for (int i = 0; i < 10; ++i) {
    body += "<p>El tratamiento de la rodilla con células de la médula ósea es para los "
            "pacientes que buscan una opción con las mejores manos.</p>";
  }
  const Document doc = ParseHtml("<html lang='en-US'><body>" + body + "</body></html>");
  CHECK(BuildPageContext(doc, "", "x.html").lang == "es");
  // A little Spanish on an English page does not.
  const Document mixed = ParseHtml(
      "<html lang='en'><body><p>Our clinic, la Clínica de la Rodilla, is for the patients of "
      "the region.</p></body></html>");
  CHECK(BuildPageContext(mixed, "", "x.html").lang == "en");
}

}  // namespace
}  // namespace clinicrank
