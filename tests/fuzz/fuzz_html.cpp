// The byte-level pre-pass against Gumbo itself (parsers/html/html_prepass.h):
// on any page the pre-pass did not have to flatten or cut, the Document must
// be the same as Gumbo's on the untouched page, and the same again with
// script and style bodies kept. Input: the page, as UTF-8 (it is decoded
// first, as ExtractClinic does).
#include <cstdint>
#include <string>

#include "parsers/html/charset.h"
#include "parsers/html/html.h"
#include "parsers/html/html_prepass.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

// Everything an extractor can see of a Document, as one string.
std::string Dump(const clinicrank::Document& doc) {
  std::string out = doc.title + "\n" + doc.lang + "\n" + doc.canonical_url + "\n" + doc.base_href;
  for (const auto& [name, content] : doc.meta) out += "\nmeta " + name + "=" + content;
  for (const std::string& j : doc.json_ld) out += "\njsonld " + j;
  for (const clinicrank::Block& b : doc.blocks) {
    out += "\nblock " + std::to_string(static_cast<int>(b.kind)) + " " +
           std::to_string(b.heading_level) + " " + std::to_string(b.section) +
           (b.quoted ? " q [" : " [") + b.context + "] " + b.text;
    for (const std::string& c : b.cells) out += "\n cell " + c;
    for (const std::string& c : b.header_cells) out += "\n header " + c;
  }
  for (const clinicrank::Link& l : doc.links) out += "\nlink " + l.href + " " + l.text;
  for (const std::string& w : doc.warnings) out += "\nwarning " + w;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  if (size > 200000) return 0;  // Gumbo without the pre-pass is slow on big junk
  const DecodedText decoded = DecodeToUtf8(fuzz::AsText(data, size));
  const std::string& html = decoded.utf8;
  const PrepassResult prepared = PrepareHtmlForGumbo(html, PrepassOptions());
  const std::string with_prepass = Dump(ParseHtml(html));
  HtmlOptions bodies_kept;
  bodies_kept.keep_script_and_style_bodies = true;
  fuzz::Check(with_prepass == Dump(ParseHtml(html, bodies_kept)),
              "Document differs when script and style bodies are kept");
  if (prepared.flattened || prepared.attributes_cut) return 0;  // deliberately different
  HtmlOptions untouched;
  untouched.skip_prepass = true;
  fuzz::Check(with_prepass == Dump(ParseHtml(html, untouched)),
              "Document differs from Gumbo's on the untouched page");
  return 0;
}
