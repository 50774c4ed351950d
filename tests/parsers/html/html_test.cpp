// ParseHtml: Gumbo tree → Document (blocks of visible text and metadata).
#include "parsers/html/html.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {
namespace {

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  return texts;
}

// The first block whose text is `text`, or nullptr.
const Block* FindBlock(const Document& doc, std::string_view text) {
  for (const Block& b : doc.blocks) {
    if (b.text == text) return &b;
  }
  return nullptr;
}

bool TextAnywhere(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return true;
    for (const std::string& cell : b.cells) {
      if (cell.find(needle) != std::string::npos) return true;
    }
  }
  return false;
}

bool AnyWarningContains(const Document& doc, std::string_view needle) {
  for (const std::string& w : doc.warnings) {
    if (w.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("blocks come in document order with their kinds", "[html][contract]") {
  const Document doc = ParseHtml(
      "<html><body><h1>Knee  clinic</h1><p>First\n   paragraph.</p>"
      "<ul><li>Item one</li><li>Item two</li></ul><h2>Prices</h2><p>Second.</p></body></html>");
  const std::vector<std::string> expected = {"Knee clinic", "First paragraph.", "Item one",
                                             "Item two", "Prices", "Second."};
  CHECK(Texts(doc) == expected);
  REQUIRE(doc.blocks.size() == 6);
  CHECK(doc.blocks[0].kind == BlockKind::kHeading);
  CHECK(doc.blocks[0].heading_level == 1);
  CHECK(doc.blocks[1].kind == BlockKind::kParagraph);
  CHECK(doc.blocks[2].kind == BlockKind::kListItem);
  CHECK(doc.blocks[4].kind == BlockKind::kHeading);
  CHECK(doc.blocks[4].heading_level == 2);
}

TEST_CASE("section points to the nearest higher heading", "[html][contract]") {
  const Document doc = ParseHtml(
      "<p>Before</p><h1>A</h1><p>a</p><h2>B</h2><p>b</p><h3>C</h3><p>c</p><h2>D</h2><p>d</p>"
      "<h1>E</h1>");
  CHECK(FindBlock(doc, "Before")->section == -1);
  CHECK(FindBlock(doc, "A")->section == -1);
  CHECK(FindBlock(doc, "a")->section == 1);
  CHECK(FindBlock(doc, "B")->section == 1);
  CHECK(FindBlock(doc, "b")->section == 3);
  CHECK(FindBlock(doc, "C")->section == 3);
  CHECK(FindBlock(doc, "c")->section == 5);
  CHECK(FindBlock(doc, "D")->section == 1);
  CHECK(FindBlock(doc, "d")->section == 7);
  CHECK(FindBlock(doc, "E")->section == -1);
}

TEST_CASE("inline elements join without adding spaces", "[html][contract]") {
  struct Case {
    std::string_view html;
    std::string_view text;
  };
  const Case cases[] = {
      {"<p>$<span>3,500</span></p>", "$3,500"},
      {"<p>Only <strong>$3,500</strong> per knee</p>", "Only $3,500 per knee"},
      {"<p>US<b>$</b><i>3</i>,<em>500</em></p>", "US$3,500"},
      {"<p>H<sub>2</sub>O and m<sup>2</sup></p>", "H2O and m2"},
      {"<p><a href='/x'>Book</a> <small>now</small></p>", "Book now"},
      {"<div>Price: $3,500</div>", "Price: $3,500"},
      {"<p>&#36;3,500 &euro;2.900 &amp; 5&nbsp;000&nbsp;&nbsp;MXN</p>",
       "$3,500 \xE2\x82\xAC""2.900 & 5 000 MXN"},
      {"<p>caf&eacute; &lt;b&gt; &#x24;1</p>", "caf\xC3\xA9 <b> $1"},
      {"<p>  lots \t of\n\n   space  </p>", "lots of space"},
      {"<p>soft\xC2\xADhyphen zero\xE2\x80\x8Bwidth</p>", "softhyphen zerowidth"},
      {"<p>Line one<br>line two<br/>line three</p>", "Line one line two line three"},
      {"<li>Item<br>continued</li>", "Item continued"},
      {"<p>Call <my-phone>555</my-phone> today</p>", "Call 555 today"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    const Document doc = ParseHtml(c.html);
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].text == c.text);
  }
}

TEST_CASE("a div's own text is a paragraph; <br> in a div ends a line", "[html][contract]") {
  const Document doc = ParseHtml(
      "<div class=price-box>Price: $3,500<br>Financing available<p>Inner paragraph</p>"
      "Tail text</div><section>Loose <span>section</span> text</section>");
  const std::vector<std::string> expected = {"Price: $3,500", "Financing available",
                                             "Inner paragraph", "Tail text",
                                             "Loose section text"};
  CHECK(Texts(doc) == expected);
  for (const Block& b : doc.blocks) CHECK(b.kind == BlockKind::kParagraph);
}

TEST_CASE("block-level elements separate words", "[html][contract]") {
  const Document doc = ParseHtml("<td>x</td><div><div>Alpha</div><div>Beta</div></div>");
  CHECK(FindBlock(doc, "Alpha") != nullptr);
  CHECK(FindBlock(doc, "Beta") != nullptr);
  CHECK_FALSE(TextAnywhere(doc, "AlphaBeta"));
}

TEST_CASE("hidden and non-text content is skipped", "[html][contract]") {
  const std::string_view hidden[] = {
      "<script>var secret = 'SECRET';</script>",
      "<style>.SECRET{}</style>",
      "<noscript>SECRET</noscript>",
      "<template><p>SECRET</p></template>",
      "<svg><text>SECRET</text></svg>",
      "<iframe>SECRET</iframe>",
      "<object>SECRET</object>",
      "<canvas>SECRET</canvas>",
      "<!-- SECRET -->",
      "<p>Was <del>SECRET</del></p>",
      "<p>Was <s>SECRET</s></p>",
      "<p>Was <strike>SECRET</strike></p>",
      "<div hidden><p>SECRET</p></div>",
      "<div hidden=\"hidden\">SECRET</div>",
      "<p aria-hidden=\"true\">SECRET</p>",
      "<span aria-hidden=\" TRUE \">SECRET</span>",
      "<div style=\"display:none\">SECRET</div>",
      "<div style=\"color:red; display : NONE !important\">SECRET</div>",
      "<div style=\"visibility:hidden\"><p>SECRET</p></div>",
      "<div style=\"VISIBILITY: Hidden;\">SECRET</div>",
      "<select><option>SECRET</option></select>",
  };
  for (std::string_view h : hidden) {
    CAPTURE(h);
    const Document doc = ParseHtml("<p>Visible</p>" + std::string(h) + "<p>After</p>");
    CHECK_FALSE(TextAnywhere(doc, "SECRET"));
    CHECK(FindBlock(doc, "Visible") != nullptr);
    CHECK(TextAnywhere(doc, "After"));
  }
}

TEST_CASE("visible look-alikes are kept", "[html][contract]") {
  const std::string_view shown[] = {
      "<div aria-hidden=\"false\">SHOWN</div>",
      "<div style=\"display:block\">SHOWN</div>",
      "<div style=\"visibility:visible\">SHOWN</div>",
      "<div class=\"hidden-xs\">SHOWN</div>",
      "<div hidden=\"until-found\">SHOWN</div>",
      "<details><summary>Q</summary><p>SHOWN</p></details>",
      "<p><ins>SHOWN</ins></p>",
  };
  for (std::string_view h : shown) {
    CAPTURE(h);
    CHECK(TextAnywhere(ParseHtml(h), "SHOWN"));
  }
}

TEST_CASE("tables: rows, cells, thead headers", "[html][contract]") {
  const Document doc = ParseHtml(
      "<table class=pricing><thead><tr><th>Treatment</th><th>Price</th></tr></thead>"
      "<tbody><tr><th>One knee</th><td>$<b>5,000</b></td></tr>"
      "<tr><td>Both knees</td><td>$9,000</td></tr></tbody></table>");
  REQUIRE(doc.blocks.size() == 3);
  const Block& header = doc.blocks[0];
  CHECK(header.kind == BlockKind::kTableRow);
  CHECK(header.is_header_row);
  CHECK(header.text == "Treatment | Price");
  const Block& row = doc.blocks[1];
  CHECK(row.kind == BlockKind::kTableRow);
  CHECK_FALSE(row.is_header_row);
  CHECK(row.text == "One knee | $5,000");
  CHECK(row.cells == std::vector<std::string>{"One knee", "$5,000"});
  CHECK(row.header_cells == std::vector<std::string>{"Treatment", "Price"});
  CHECK(doc.blocks[2].cells[0] == "Both knees");
  CHECK(doc.blocks[2].header_cells == std::vector<std::string>{"Treatment", "Price"});
  CHECK(row.context.find("pricing") != std::string::npos);
}

TEST_CASE("tables: a first row of <th> gives the headers", "[html][contract]") {
  const Document doc = ParseHtml(
      "<table><tr><th>Plan</th><th>Cost</th></tr><tr><td>Basic</td><td>$3,500</td></tr></table>"
      "<table><tr><td>No</td><td>headers</td></tr><tr><td>A</td><td>B</td></tr></table>");
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].is_header_row);
  CHECK(doc.blocks[1].header_cells == std::vector<std::string>{"Plan", "Cost"});
  CHECK(doc.blocks[1].text == "Basic | $3,500");
  CHECK(doc.blocks[3].header_cells.empty());
  CHECK_FALSE(doc.blocks[2].is_header_row);
}

TEST_CASE("tables: block content inside a cell stays in the cell", "[html][contract]") {
  const Document doc = ParseHtml(
      "<table><tr><td><p>Stem cell</p></td><td><div>$5,000</div><div>per knee</div></td></tr>"
      "</table>");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].cells == std::vector<std::string>{"Stem cell", "$5,000 per knee"});
}

TEST_CASE("tables used for layout are read as blocks", "[html][heuristic]") {
  const Document doc = ParseHtml(
      "<table><tr><td><h1>Alpha Clinic</h1><p>We use ultrasound.</p></td>"
      "<td><table><tr><td>Knee</td><td>$5,000</td></tr></table></td></tr></table>");
  const Block* h1 = FindBlock(doc, "Alpha Clinic");
  REQUIRE(h1 != nullptr);
  CHECK(h1->kind == BlockKind::kHeading);
  CHECK(FindBlock(doc, "We use ultrasound.") != nullptr);
  const Block* row = FindBlock(doc, "Knee | $5,000");
  REQUIRE(row != nullptr);
  CHECK(row->kind == BlockKind::kTableRow);
}

TEST_CASE("nested lists: each item has its own text", "[html][contract]") {
  const Document doc = ParseHtml(
      "<ul><li>Cells<ul><li>Bone marrow</li><li>Adipose</li></ul></li><li>Guidance</li></ul>"
      "<dl><dt>Price</dt><dd>$4,000</dd></dl>");
  const std::vector<std::string> expected = {"Cells", "Bone marrow", "Adipose", "Guidance",
                                             "Price", "$4,000"};
  CHECK(Texts(doc) == expected);
  CHECK(doc.blocks[0].kind == BlockKind::kListItem);
  CHECK(doc.blocks[1].kind == BlockKind::kListItem);
  CHECK(doc.blocks[4].kind == BlockKind::kHeading);
  CHECK(doc.blocks[5].kind == BlockKind::kListItem);
  CHECK(doc.blocks[5].section == 4);
}

TEST_CASE("a div inside a list item belongs to the item", "[html][heuristic]") {
  const Document doc = ParseHtml("<ul><li><div class=x>Ultrasound guided</div></li></ul>");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].kind == BlockKind::kListItem);
}

TEST_CASE("FAQ: details/summary questions are headings over their answers", "[html][contract]") {
  const Document doc = ParseHtml(
      "<h2>FAQ</h2>"
      "<details class=faq><summary>How much?</summary><p>$4,000 per knee.</p></details>"
      "<details class=faq><summary>Is it <b>safe</b>?</summary><p>Yes.</p></details>"
      "<p>After the FAQ</p>"
      "<div role=heading aria-level=3>Role heading</div>"
      "<button aria-expanded=false>Do you use ultrasound?</button><div>Always.</div>");
  const Block* q1 = FindBlock(doc, "How much?");
  const Block* a1 = FindBlock(doc, "$4,000 per knee.");
  const Block* q2 = FindBlock(doc, "Is it safe?");
  REQUIRE(q1 != nullptr);
  REQUIRE(a1 != nullptr);
  REQUIRE(q2 != nullptr);
  CHECK(q1->kind == BlockKind::kHeading);
  CHECK(q1->heading_level == 3);
  CHECK(q1->section == 0);
  CHECK(a1->section == 1);
  CHECK(a1->context.find("faq") != std::string::npos);
  CHECK(q2->section == 0);
  CHECK(FindBlock(doc, "Yes.")->section == 3);
  CHECK(FindBlock(doc, "After the FAQ")->section == 0);
  const Block* role = FindBlock(doc, "Role heading");
  REQUIRE(role != nullptr);
  CHECK(role->kind == BlockKind::kHeading);
  CHECK(role->heading_level == 3);
  const Block* button = FindBlock(doc, "Do you use ultrasound?");
  REQUIRE(button != nullptr);
  CHECK(button->kind == BlockKind::kHeading);
  CHECK(doc.blocks[static_cast<size_t>(FindBlock(doc, "Always.")->section)].text ==
        "Do you use ultrasound?");
}

TEST_CASE("context holds ancestor class/id words; quoted marks quotations", "[html][contract]") {
  const Document doc = ParseHtml(
      "<section id=Testimonials class='reviews col-md-6'><div class='Review Card'>"
      "<blockquote><p>It cured my knee!</p></blockquote></div></section>"
      "<div class=cookie-banner>We use cookies</div><p>Plain</p>");
  const Block* quote = FindBlock(doc, "It cured my knee!");
  REQUIRE(quote != nullptr);
  CHECK(quote->quoted);
  CHECK(quote->context.find("testimonials") != std::string::npos);
  CHECK(quote->context.find("review") != std::string::npos);
  CHECK(quote->context.find("col-md-6") == std::string::npos);
  CHECK(FindBlock(doc, "We use cookies")->context == "cookie-banner");
  CHECK_FALSE(FindBlock(doc, "Plain")->quoted);
  CHECK(FindBlock(doc, "Plain")->context.empty());
}

TEST_CASE("context is deduplicated and capped", "[html][contract]") {
  std::string html;
  for (int i = 0; i < 60; ++i) html += "<div class='wrapper inner-wrapper-" + std::string(1, char('a' + i % 26)) + std::string(i / 26 + 1, 'z') + "'>";
  html += "<p class=wrapper>Deep</p>";
  const Document doc = ParseHtml(html);
  const Block* deep = FindBlock(doc, "Deep");
  REQUIRE(deep != nullptr);
  CHECK(deep->context.size() <= 200);
  CHECK(deep->context.find("wrapper") == 0);
  CHECK(deep->context.find("wrapper ", 1) == std::string::npos);
}

TEST_CASE("metadata: title, lang, canonical, base, meta, links", "[html][contract]") {
  const Document doc = ParseHtml(
      "<!DOCTYPE html><html lang='ES-MX'><head><title> Precios |\n Clínica  Alpha </title>"
      "<base href='https://alpha.example/es/'>"
      "<link rel='alternate stylesheet' href='/x.css'>"
      "<link rel='Canonical' href='https://alpha.example/es/precios'>"
      "<meta name='Description' content='  Stem   cells '>"
      "<meta property='og:site_name' content='Alpha'>"
      "<meta http-equiv='Content-Language' content='es'></head>"
      "<body><p>Call <a href='tel:+52 55 1234 5678'>+52 55 <b>1234</b> 5678</a> or "
      "<a href=\"/contacto\">write</a><a name=anchor>no href</a></p></body></html>");
  CHECK(doc.title == "Precios | Clínica Alpha");
  CHECK(doc.lang == "es-mx");
  CHECK(doc.canonical_url == "https://alpha.example/es/precios");
  CHECK(doc.base_href == "https://alpha.example/es/");
  CHECK(doc.Meta("description") == "Stem cells");
  CHECK(doc.Meta("og:site_name") == "Alpha");
  CHECK(doc.Meta("content-language") == "es");
  CHECK(doc.Meta("missing").empty());
  REQUIRE(doc.links.size() == 2);
  CHECK(doc.links[0].href == "tel:+52 55 1234 5678");
  CHECK(doc.links[0].text == "+52 55 1234 5678");
  CHECK(doc.links[1].href == "/contacto");
  CHECK(doc.links[1].text == "write");
  CHECK_FALSE(TextAnywhere(doc, "Precios |"));  // the title is not a block
}

TEST_CASE("JSON-LD scripts are collected raw", "[html][contract]") {
  const Document doc = ParseHtml(
      "<head><script type='application/ld+json'>{\"@type\": \"MedicalClinic\"}</script>"
      "<script type='text/javascript'>var x = 1;</script></head>"
      "<body><script type=' Application/LD+JSON; charset=utf-8'>[1, 2]</script>"
      "<script type='application/json'>{}</script></body>");
  REQUIRE(doc.json_ld.size() == 2);
  CHECK(doc.json_ld[0] == "{\"@type\": \"MedicalClinic\"}");
  CHECK(doc.json_ld[1] == "[1, 2]");
  CHECK(doc.blocks.empty());
}

TEST_CASE("caps: blocks, block bytes and links", "[html][contract]") {
  HtmlOptions options;
  options.max_blocks = 3;
  options.max_block_bytes = 10;
  options.max_links = 1;
  const Document doc = ParseHtml(
      "<p>caf\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 long text</p><p>b</p><p>c</p><p>d</p>"
      "<p><a href=1>x</a><a href=2>y</a></p>",
      options);
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].text == "caf\xC3\xA9\xC3\xA9\xC3\xA9");  // 9 bytes: no split é
  CHECK(doc.links.size() == 1);
  CHECK(AnyWarningContains(doc, "more than 3 text blocks"));
  CHECK(AnyWarningContains(doc, "cut"));
  CHECK(AnyWarningContains(doc, "links"));
}

TEST_CASE("100,000 nested divs do not overflow the stack", "[html][contract]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div class=d>";
  html += "Deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>After</p></body></html>";
  const Document doc = ParseHtml(html);
  CHECK(FindBlock(doc, "Deep text") != nullptr);
  CHECK(FindBlock(doc, "After") != nullptr);
  CHECK(AnyWarningContains(doc, "nesting deeper than"));
}

TEST_CASE("deep nesting of inline and formatting elements terminates", "[html][contract]") {
  for (std::string_view open : {"<span>", "<b class=x>", "<ul><li>", "<table><tr><td>", "<a href=#>"}) {
    CAPTURE(open);
    std::string html = "<p>";
    for (int i = 0; i < 200000; ++i) html += open;
    html += "end";
    const Document doc = ParseHtml(html);
    CHECK(TextAnywhere(doc, "end"));
  }
}

TEST_CASE("10 MB of junk terminates with bounded output", "[html][contract]") {
  std::string junk;
  junk.reserve(10 << 20);
  const std::string_view pieces[] = {"<div>", "</div>", "<p>", "<li>", "<table>", "<td>", "<b>",
                                     "</b>", "text ", "<br>", "<!--", "-->", "<script>",
                                     "</script>", "&amp;", "<ul>", "\xC3\xA9", "<h2>", "<tr>",
                                     "<span style='display:none'>", "</span>", "<a href=x>"};
  uint32_t x = 42;
  while (junk.size() < (10u << 20)) {
    x = x * 1103515245 + 12345;
    junk.append(pieces[(x >> 16) % std::size(pieces)]);
  }
  const Document doc = ParseHtml(junk);
  CHECK(doc.blocks.size() <= HtmlOptions().max_blocks);
  CHECK(doc.links.size() <= HtmlOptions().max_links);
  for (const Block& b : doc.blocks) CHECK(b.text.size() <= HtmlOptions().max_block_bytes);
}

TEST_CASE("empty and text-only inputs", "[html][contract]") {
  CHECK(ParseHtml("").blocks.empty());
  CHECK(ParseHtml("   \n ").blocks.empty());
  const Document doc = ParseHtml("just text, no tags");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "just text, no tags");
  CHECK(doc.title.empty());
}

// Issue 12: sites put their name in the logo's alt text.
TEST_CASE("logo alt text: img class/id/src or a logo/brand ancestor", "[html][contract]") {
  const Document doc = ParseHtml(
      "<header><a class='custom-logo-link'><img class='custom-logo' src='/a.png' "
      "alt='Northwind Ortho'></a>"
      "<div id='site-logo'><img src='/x.svg' alt=' Harbor  Joint Clinic '></div>"
      "<img src='/uploads/logo-dark.png' alt='Clínica Solara logo'>"
      "<div class='navbar-brand'><span><img src='/b.png' alt='Kestrelcare'></span></div></header>"
      "<main><img src='/team.jpg' alt='Dr. Roe smiling'><img class='logo' src='/c.png' alt=''>"
      "<img src='/logo.png'></main>");
  CHECK(doc.logo_alts == std::vector<std::string>{"Northwind Ortho", "Harbor Joint Clinic",
                                                  "Clínica Solara logo", "Kestrelcare"});
  std::string many;
  for (int i = 0; i < 50; ++i) many += "<img class='logo' alt='Logo " + std::to_string(i) + "'>";
  CHECK(ParseHtml(many).logo_alts.size() == 8);
}

}  // namespace
}  // namespace clinicrank
