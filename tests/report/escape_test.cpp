#include "report/escape.h"

#include <catch2/catch.hpp>

namespace clinicrank {
namespace {

struct Case {
  std::string_view in;
  std::string_view want;
};

TEST_CASE("EscapeHtmlText", "[report][escape]") {
  const Case cases[] = {
      {"plain", "plain"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"a & b 'c'", "a &amp; b &#39;c&#39;"},
      {"&lt;", "&amp;lt;"},
      {std::string_view("nul\0x", 5), "nulx"},
      {"line\nbreak", "line\nbreak"},
      {"Año €", "Año €"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeHtmlText(c.in) == c.want);
  }
}

TEST_CASE("EscapeHtmlAttribute", "[report][escape]") {
  const Case cases[] = {
      {"x\" onmouseover=\"alert(1)", "x&quot; onmouseover=&quot;alert(1)"},
      {"a'b", "a&#39;b"},
      {"a\nb\tc", "a&#10;b&#9;c"},
      {"<>&", "&lt;&gt;&amp;"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeHtmlAttribute(c.in) == c.want);
  }
}

TEST_CASE("IsSafeHref allows only http, https and relative URLs", "[report][escape]") {
  const std::string_view safe[] = {
      "https://clinic.example/pricing",
      "http://clinic.example/",
      "HTTPS://X.EXAMPLE/",
      "/pricing.html",
      "pricing.html",
      "#top",
      "?q=1",
      "//cdn.example/x",
      "a/b:c",
  };
  const std::string_view unsafe[] = {
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "  javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\x01javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "mailto:x@example.com",
      "",
      "   ",
      "http\\://x",
      "ftp://x.example/",
  };
  for (std::string_view url : safe) {
    CAPTURE(url);
    CHECK(IsSafeHref(url));
  }
  for (std::string_view url : unsafe) {
    CAPTURE(url);
    CHECK_FALSE(IsSafeHref(url));
    CHECK(SafeHrefAttribute(url) == "#");
  }
  CHECK(SafeHrefAttribute("https://x.example/?a=1&b=\"2\"") ==
        "https://x.example/?a=1&amp;b=&quot;2&quot;");
}

TEST_CASE("EscapeCsvCell quotes per RFC 4180 and neutralizes formulas", "[report][escape]") {
  const Case cases[] = {
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"=HYPERLINK(\"http://evil.example\",\"x\")",
       "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""},
      {"+1+2", "'+1+2"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tcmd", "'\tcmd"},
      {"\r=1", "\"'\r=1\""},
      {"  =1+1", "'  =1+1"},
      {"a=b", "a=b"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeCsvCell(c.in) == c.want);
  }
}

TEST_CASE("EscapeMarkdown never emits HTML or table breaks", "[report][escape]") {
  const Case cases[] = {
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a | b", "a \\| b"},
      {"[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"},
      {"`code`", "\\`code\\`"},
      {"line\nbreak\r\n", "line break  "},
      {"*bold* _it_ ~x~ # ! \\", "\\*bold\\* \\_it\\_ \\~x\\~ \\# \\! \\\\"},
      {"AT&T &lt;b&gt;", "AT&T &lt;b&gt;"},  // entities render as text, never tags
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeMarkdown(c.in) == c.want);
  }
}

TEST_CASE("MarkdownLink links only safe URLs", "[report][escape]") {
  CHECK(MarkdownLink("source", "https://x.example/a b(c)|d") ==
        "[source](https://x.example/a%20b%28c%29%7Cd)");
  CHECK(MarkdownLink("source", "javascript:alert(1)") == "source (javascript:alert(1))");
  CHECK(MarkdownLink("x]", "https://x.example/") == "[x\\]](https://x.example/)");
}

}  // namespace
}  // namespace clinicrank
