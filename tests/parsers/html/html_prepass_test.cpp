// PrepareHtmlForGumbo: script/style bodies emptied only where the HTML
// tokenizer would read them as script or style, and the Document is the same
// as parsing the untouched page (differential tests through Gumbo).
#include "parsers/html/html_prepass.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>

#include "parsers/html/html.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

std::string Prepared(std::string_view html) {
  const PrepassResult r = PrepareHtmlForGumbo(html, PrepassOptions());
  return r.changed ? r.page : std::string(html);
}

// Everything an extractor can see of a Document, as one comparable string.
std::string Dump(const Document& doc) {
  std::string out = "title=" + doc.title + "\nlang=" + doc.lang + "\ncanonical=" +
                    doc.canonical_url + "\nbase=" + doc.base_href + "\n";
  for (const auto& [name, content] : doc.meta) out += "meta " + name + "=" + content + "\n";
  for (const std::string& j : doc.json_ld) out += "jsonld " + j + "\n";
  for (const Block& b : doc.blocks) {
    out += "block " + std::to_string(static_cast<int>(b.kind)) + " h" +
           std::to_string(b.heading_level) + " s" + std::to_string(b.section) +
           (b.quoted ? " q" : "") + " [" + b.context + "] " + b.text + "\n";
    for (const std::string& c : b.cells) out += "  cell " + c + "\n";
    for (const std::string& c : b.header_cells) out += "  header " + c + "\n";
  }
  for (const Link& l : doc.links) out += "link " + l.href + " " + l.text + "\n";
  for (const std::string& w : doc.warnings) out += "warning " + w + "\n";
  return out;
}

// The Document is the same with the pre-pass, with it keeping script and
// style bodies, and without it at all.
void CheckSameDocument(std::string_view html) {
  HtmlOptions bodies_kept;
  bodies_kept.keep_script_and_style_bodies = true;
  HtmlOptions no_prepass;
  no_prepass.skip_prepass = true;
  const std::string with_prepass = Dump(ParseHtml(html));
  CHECK(with_prepass == Dump(ParseHtml(html, bodies_kept)));
  CHECK(with_prepass == Dump(ParseHtml(html, no_prepass)));
}

TEST_CASE("prepass empties script and style bodies but keeps the tags", "[html]") {
  CHECK(Prepared("<p>a</p><script>var p = '$9,999';</script><style>p{color:red}</style><p>b</p>") ==
        "<p>a</p><script></script><style></style><p>b</p>");
  CHECK(Prepared("<SCRIPT type=module>x()</SCRIPT >y") == "<SCRIPT type=module></SCRIPT >y");
  // "</scripts>" is not the end tag; the body runs on to "</script>".
  CHECK(Prepared("<script>a('</scripts>')</script>z") == "<script></script>z");
}

TEST_CASE("prepass keeps JSON scripts and anything it cannot be sure of", "[html]") {
  const std::string json_ld = "<script type=\"application/ld+json\">{\"price\":\"4500\"}</script>";
  CHECK(Prepared(json_ld) == json_ld);
  const std::string json = "<script type='application/json' id=data>{}</script>";
  CHECK(Prepared(json) == json);
  // Escaped script data: the end is ambiguous to a small scanner, so neither
  // this script nor any later one is emptied.
  const std::string escaped =
      "<script><!-- document.write('<script>x</script>') --></script><p>Hi</p>"
      "<script>later()</script>";
  CHECK(Prepared(escaped) == escaped);
  // No end tag: the script runs to the end of the page.
  CHECK(Prepared("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>never closed <p>b</p>");
}

TEST_CASE("prepass finds script tags only where the tokenizer would", "[html]") {
  for (std::string_view html : {
           "<div title=\"<script>\">one</div><p>two</p></script>",
           "<div title = '<style>'>one</div><p>two</p></style>",
           "<!-- <script> -->visible<p>more</p></script>",
           "<!--><script>x</script>",  // "<!-->" is a whole comment: script follows
           "<textarea><script>typed</script></textarea>",
           "<title>A <style> title</title><p>b</p></style>",
           "<svg><script>if (a<b) f()</script></svg><p>after</p>",
           "<!DOCTYPE html><?xml-stylesheet <script>?><p>x</p></script>",
           // Gumbo loses the "</svg>" after "</>": the style stays inside SVG.
           "<svg></></svg>k<style>text<h2>t</style><p>a</p>",
           "<svg><path d='M0 0'/><title>Call us</title></svg><style>.a{}</style><p>x</p>",
           "<svg><defs><style>.a{fill:red}</style></defs></svg><script>s()</script><p>x</p>",
           "<svg><style>a<b</style></svg><script>s()</script><p>x</p>",
           "<svg><foreignObject><p>in</p></foreignObject></svg><script>s()</script>",
           "<math><mi><script>x<p>y</script></mi></math><style>z</style>",
       }) {
    CAPTURE(html);
    CheckSameDocument(html);
  }
  CHECK(Prepared("<div title=\"<script>\">one</div>") == "<div title=\"<script>\">one</div>");
  CHECK(Prepared("<textarea><script>typed</script></textarea>") ==
        "<textarea><script>typed</script></textarea>");
  CHECK(Prepared("<!--><script>x</script>") == "<!--><script></script>");
  // After a plain SVG icon the scan knows it is back in HTML.
  CHECK(Prepared("<svg><title>Call</title><path d='M0 0'/></svg><style>p{}</style>") ==
        "<svg><title>Call</title><path d='M0 0'/></svg><style></style>");
  CHECK(Prepared("<svg><defs><style>.a{fill:#fff}</style></defs><path/></svg><script>x()</script>") ==
        "<svg><defs><style>.a{fill:#fff}</style></defs><path/></svg><script></script>");
  // Markup inside an SVG <style> leaves the scan unsure: nothing more emptied.
  const std::string unsure = "<svg><style><p>x</p></style></svg><script>y()</script>";
  CHECK(Prepared(unsure) == unsure);
}

TEST_CASE("prepass still flattens nesting, including <div/> which HTML keeps open", "[html]") {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<div/>";
  html += "deep";
  PrepassOptions options;
  options.max_depth = 100;
  const PrepassResult r = PrepareHtmlForGumbo(html, options);
  CHECK(r.flattened);
  CHECK(r.page.find("deep") != std::string::npos);
  // Self-closing tags inside SVG do close, and do not deepen the nesting.
  std::string svg = "<svg>";
  for (int i = 0; i < 1000; ++i) svg += "<path d='M0 0'/>";
  svg += "</svg><p>after</p>";
  CHECK_FALSE(PrepareHtmlForGumbo(svg, options).flattened);
}

TEST_CASE("prepass leaves the Document of random tag soup unchanged", "[html]") {
  // Pieces that move the tokenizer between its states: quotes inside tags,
  // comments, raw-text elements, escaped script data, foreign content.
  const std::string_view pieces[] = {
      "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "--!>", "<div title=\"",
      "\">", "<p class='", "'>", "=", " ", "<textarea>", "</textarea>", "<svg>", "</svg>",
      "<title>", "</title>", "<p>", "</p>", "<li>", "<h2>", "$1,500 per knee", "text ",
      "<script type=application/ld+json>", "{\"price\":1}", "<table><tr><td>", "<b>", "</b>",
      "<!DOCTYPE html>", "</SCRIPT>", "<Script>", "<", ">", "/>", "<br/>", "&amp;", "<math>"};
  uint32_t x = 99;
  for (int doc = 0; doc < 2000; ++doc) {
    std::string html;
    const int n = 5 + doc % 150;
    for (int i = 0; i < n; ++i) {
      x = x * 1103515245 + 12345;
      html.append(pieces[(x >> 16) % std::size(pieces)]);
    }
    CAPTURE(html);
    CheckSameDocument(html);
  }
}

TEST_CASE("prepass leaves every sample page's Document unchanged", "[html]") {
  namespace fs = std::filesystem;
  size_t pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(testing::SamplePagesDir())) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".html" && ext != ".htm") continue;
    CAPTURE(entry.path().string());
    CheckSameDocument(testing::ReadFileOrThrow(entry.path().string()));
    ++pages;
  }
  CHECK(pages >= 19);
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// `n` attributes named a0, a1, ... with `value`, as tag text.
std::string Attributes(int n, std::string_view value = "x") {
  std::string out;
  for (int i = 0; i < n; ++i) out += " a" + std::to_string(i) + "=" + std::string(value);
  return out;
}

// The repro: one <p> with 300,000 attributes ran past 120 s, because
// Gumbo checks each attribute against all the earlier ones.
TEST_CASE("issue13 #1: one tag's attributes are capped before Gumbo sees them", "[html]") {
  const std::string html = "<p" + Attributes(300000) + ">x</p>";
  const PrepassResult r = PrepareHtmlForGumbo(html, PrepassOptions());
  CHECK(r.attributes_cut);
  CHECK(r.page == "<p" + Attributes(256) + " >x</p>");
  const Document doc = ParseHtml(html);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "x");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "a tag with more than 256 attributes: the rest dropped");
}

TEST_CASE("issue13 #1: the attribute cap keeps the Document of the first 256 attributes",
          "[html]") {
  HtmlOptions untouched;
  untouched.skip_prepass = true;
  struct Case {
    std::string page;       // more than 256 attributes in a tag
    std::string truncated;  // the same with only the first 256
  };
  const std::string many = Attributes(300, "'a > b'");
  const std::string kept = Attributes(256, "'a > b'");
  const Case cases[] = {
      // An attribute the walker reads, inside the cap.
      {"<div hidden" + many + ">secret</div><p>shown</p>",
       "<div hidden" + kept.substr(0, kept.rfind(" a255")) + " >secret</div><p>shown</p>"},
      {"<a href='/prices'" + many + ">Prices</a>",
       "<a href='/prices'" + kept.substr(0, kept.rfind(" a255")) + " >Prices</a>"},
      // A self-closing SVG element stays self-closing.
      {"<svg><path" + many + "/><text>t</text></svg><p>after</p>",
       "<svg><path" + kept + " /><text>t</text></svg><p>after</p>"},
      // End tags and raw-text elements too; the script body is still emptied.
      {"<p>one</p" + many + "><script" + many + ">var x = 1;</script><p>two</p>",
       "<p>one</p" + kept + " ><script" + kept + " ></script><p>two</p>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.truncated.substr(0, 80));
    const PrepassResult r = PrepareHtmlForGumbo(c.page, PrepassOptions());
    CHECK(r.attributes_cut);
    CHECK(Dump(ParseHtml(c.page)) ==
          Dump(ParseHtml(c.truncated, untouched)) + "warning a tag with more than 256 "
                                                    "attributes: the rest dropped\n");
  }
  // Distractors: 256 attributes, or many spread over tags, are untouched.
  for (const std::string& page :
       {"<p" + Attributes(256) + ">x</p>", "<p" + Attributes(200) + "><b" + Attributes(200) + ">"}) {
    CHECK_FALSE(PrepareHtmlForGumbo(page, PrepassOptions()).changed);
    CheckSameDocument(page);
  }
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// Found by fuzz_html: inside <select> the parser ignores <style> (and
// <title>, <noscript>, ...), so what follows is markup, not raw text.
TEST_CASE("fuzz_html: a <style> inside <select> is not raw text", "[html]") {
  const std::string_view pages[] = {
      "<table><select><style><td>t</style",  // the fuzzer's input, minimized
      "<select><style><option>Knee $4,000</option></style></select><p>after</p>",
      "<form><select><title><option>a</title></select><script>x()</script><p>b</p>",
      "<select><noscript><option>c</noscript></select><style>p{}</style><p>d</p>",
  };
  for (std::string_view page : pages) {
    CAPTURE(page);
    CheckSameDocument(page);
  }
  // Distractors: a closed <select>, or a <script> inside one, leave the
  // emptying on.
  CHECK(Prepared("<select><option>a</select><style>p{}</style>") ==
        "<select><option>a</select><style></style>");
  CHECK(Prepared("<select><script>x()</script></select><style>p{}</style>") ==
        "<select><script></script></select><style></style>");
  CHECK(Prepared("<select><input><style>p{}</style>") == "<select><input><style></style>");
}

}  // namespace
}  // namespace clinicrank
