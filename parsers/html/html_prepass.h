// A byte-level pass over a page before Gumbo sees it. Gumbo is the only
// HTML parser; this pass tokenizes just enough (tags, quoted attributes,
// comments, raw-text elements) to do two things Gumbo does badly:
//  - nesting: Gumbo 0.10 is quadratic in nesting depth (each start tag scans
//    the stack of open elements) and frees its tree recursively, so a page of
//    100,000 nested <div>s takes seconds and a deeper one overflows the stack.
//    Start tags nested deeper than `max_depth` (and the end tags that close
//    them) are dropped; their text is kept.
//  - attributes: Gumbo 0.10 checks each attribute of a tag against all the
//    earlier ones (duplicates are dropped), so one tag with 300,000
//    attributes took minutes. Attributes past `max_attributes` in one tag
//    are dropped (a self-closing "/>" stays); real tags have a few dozen.
//  - script and style bodies: never visible text, yet Gumbo walks them one
//    code point at a time, and on real pages they are often half the bytes.
//    Bodies are emptied (the tags stay); JSON scripts (application/ld+json,
//    application/json) keep theirs. A script whose body holds "<!--" is left
//    alone: HTML's script-escape states make its end ambiguous to a scanner
//    this small, and Gumbo decides it correctly.
#ifndef CLINICRANK_PARSERS_HTML_HTML_PREPASS_H_
#define CLINICRANK_PARSERS_HTML_HTML_PREPASS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace clinicrank {

struct PrepassOptions {
  size_t max_depth = 400;
  // Attributes kept per tag, in page order (duplicates count). Default: 256.
  size_t max_attributes = 256;
  // Empty the bodies of non-JSON <script> and of <style>.
  bool drop_script_and_style_bodies = true;
};

struct PrepassResult {
  bool changed = false;    // false: hand the original page to Gumbo
  std::string page;        // the rewritten page, when changed
  bool flattened = false;  // start tags beyond max_depth were dropped
  bool attributes_cut = false;  // some tag had more than max_attributes
};

PrepassResult PrepareHtmlForGumbo(std::string_view html, const PrepassOptions& options);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_HTML_PREPASS_H_
