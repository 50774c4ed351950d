// HTML (UTF-8) → Document, through Gumbo. The Gumbo tree never leaves
// html.cpp. The walk is iterative, so hostile nesting cannot overflow the
// stack. Skipped: script/style/noscript/template/svg/iframe/head content,
// comments, struck-through text (<del>, <s>, <strike>), and elements hidden by
// the `hidden` attribute, aria-hidden="true" or inline display:none /
// visibility:hidden.
#ifndef CLINICRANK_PARSERS_HTML_HTML_H_
#define CLINICRANK_PARSERS_HTML_HTML_H_

#include <cstddef>
#include <string_view>

#include "parsers/html/document.h"

namespace clinicrank {

struct HtmlOptions {
  // Blocks beyond this many are dropped with a warning. Default: 20000.
  size_t max_blocks = 20000;
  // A block's text is cut at this many bytes. Default: 8192.
  size_t max_block_bytes = 8192;
  // Links beyond this many are dropped. Default: 5000.
  size_t max_links = 5000;
  // Hand Gumbo the page with script/style bodies intact (slower; the
  // Document is the same). For differential tests of the pre-pass.
  bool keep_script_and_style_bodies = false;
  // Hand Gumbo the page untouched: no pre-pass at all (no flattening, no
  // caps; hostile pages can then take minutes). For differential tests.
  bool skip_prepass = false;
};

Document ParseHtml(std::string_view utf8, const HtmlOptions& options = HtmlOptions());

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_HTML_H_
