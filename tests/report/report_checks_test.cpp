// The helpers of report_checks.h (tests_report is built from *_test.cpp
// files, so they live here) and tests that the checkers themselves catch
// active content.
#include "tests/report/report_checks.h"

#include <catch2/catch.hpp>
#include <cctype>

#include "tests/testing/clinic_site.h"

namespace clinicrank::testing {

ClinicFacts HostileClinic() {
  ClinicFacts f = GoodClinic("<script>alert(1)</script>");
  f.source = "=HYPERLINK(\"http://evil.example\",\"click\")";
  f.clinic.domain = "\"><img src=x onerror=alert(1)>";
  f.clinic.country = "@SUM(1+1)";
  f.pages[0].url = "javascript:alert(1)";
  f.pages[0].title = "<iframe src=javascript:alert(1)>";
  f.prices[0].quote = "\"><img src=x onerror=alert(1)> $5,000 | per knee [x](javascript:alert(1))";
  f.prices[0].url = "javascript:alert(1)";
  f.evidence[0].quote = "<script>alert(1)</script> ultrasound";
  f.evidence[0].url = "JaVaScRiPt:alert(document.cookie)";
  f.evidence[1].quote = "+cmd|' /C calc'!A0";
  f.evidence[1].url = "data:text/html,<script>alert(1)</script>";
  f.evidence[2].quote = "-2+3 personalized";
  f.evidence[2].url = "https://ok.example/\"onmouseover=\"alert(1)";
  f.claims.push_back({"fda_approved", std::nullopt, false,
                      "<svg onload=alert(1)> FDA approved `rm -rf`", "java\tscript:alert(1)"});
  f.claims.push_back({"<b>new_kind</b>", std::nullopt, false, "=1+1", "https://ok.example/x"});
  f.warnings.push_back("<script>alert('warn')</script>");
  for (PriceInclusion& p : f.price_includes) {
    p.quote = "<img src=x onerror=alert(2)> includes =SUM(A1)";
    p.url = "javascript:alert(2)";
  }
  for (Disclosure& d : f.risk_disclosure) {
    d.quote = "</td><script>alert(3)</script> risks";
    d.url = "vbscript:msgbox(3)";
  }
  return f;
}

std::vector<HtmlTag> ScanHtmlTags(const std::string& html) {
  std::vector<HtmlTag> tags;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    size_t j = i + 1;
    if (j < html.size() && html[j] == '!') {  // doctype or comment
      i = html.find('>', j);
      if (i == std::string::npos) break;
      continue;
    }
    HtmlTag tag;
    if (j < html.size() && html[j] == '/') tag.name += html[j++];
    if (j >= html.size() || !std::isalpha(static_cast<unsigned char>(html[j]))) {
      i = j;  // "<" followed by a non-letter is text to a browser
      continue;
    }
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) {
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
    }
    while (j < html.size() && html[j] != '>') {  // attributes
      while (j < html.size() &&
             (std::isspace(static_cast<unsigned char>(html[j])) || html[j] == '/'))
        ++j;
      std::string name;
      while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) &&
             html[j] != '=' && html[j] != '>' && html[j] != '/') {
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
      }
      std::string value;
      if (j < html.size() && html[j] == '=') {
        ++j;
        if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
          char q = html[j++];
          size_t end = html.find(q, j);
          value = html.substr(j, end - j);
          j = end == std::string::npos ? html.size() : end + 1;
        } else {
          while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) &&
                 html[j] != '>')
            value += html[j++];
        }
      }
      if (!name.empty()) tag.attribute_names.push_back(name);
      if (name == "href" || name == "src" || name == "xlink:href") tag.hrefs.push_back(value);
    }
    tags.push_back(tag);
    if (tag.name == "style") {  // raw text until </style>
      j = html.find("</style>", j);
      if (j == std::string::npos) break;
    }
    i = j;
  }
  return tags;
}

void CheckHtmlInert(const std::string& html) {
  static const std::set<std::string> kAllowed = {
      "html", "head",   "meta",  "title", "style", "body",   "h1",   "h2",      "h3",
      "h4",   "p",      "table", "thead", "tbody", "tr",     "th",   "td",      "a",
      "span", "strong", "em",    "q",     "br",    "ul",     "li",   "section", "header",
      "div",  "svg",    "rect",  "text",  "line",  "circle", "code", "small"};
  for (const HtmlTag& tag : ScanHtmlTags(html)) {
    std::string name = tag.name[0] == '/' ? tag.name.substr(1) : tag.name;
    CAPTURE(tag.name);
    CHECK(kAllowed.count(name) == 1);
    for (const std::string& attr : tag.attribute_names) {
      CAPTURE(attr);
      CHECK_FALSE((attr.size() > 2 && attr[0] == 'o' && attr[1] == 'n'));
      CHECK(attr != "srcdoc");
    }
    for (const std::string& href : tag.hrefs) {
      CAPTURE(href);
      bool ok = href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0 ||
                href.rfind("#", 0) == 0;
      CHECK(ok);
    }
  }
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, in_quotes = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && cell.empty() && !quoted) {
      in_quotes = quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
      quoted = false;
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(cell);
      cell.clear();
      quoted = false;
      ++i;
      if (i + 1 < csv.size()) rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || quoted) rows.back().push_back(cell);
  return rows;
}

namespace {

TEST_CASE("The HTML checker sees active content", "[report][escape]") {
  auto tags = ScanHtmlTags("<p a=\"x>y\">t</p><style>p>q{}</style><img src=x onerror=alert(1)>");
  REQUIRE(tags.size() == 5);
  CHECK(tags[0].name == "p");
  CHECK(tags[1].name == "/p");
  CHECK(tags[4].name == "img");
  CHECK(tags[4].attribute_names == std::vector<std::string>{"src", "onerror"});
  CHECK(ScanHtmlTags("a &lt;script&gt; 1 < 2").empty());
}

TEST_CASE("The CSV checker parses RFC 4180", "[report]") {
  auto rows = ParseCsv("a,\"b,\"\"c\"\"\"\r\n\"x\ny\",\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"a", "b,\"c\""});
  CHECK(rows[1] == std::vector<std::string>{"x\ny", ""});
}

}  // namespace
}  // namespace clinicrank::testing
