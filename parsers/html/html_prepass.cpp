#include "parsers/html/html_prepass.h"

#include <algorithm>
#include <utility>

#include "base/short_words.h"

namespace clinicrank {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` equals the lower-case ASCII `lower`, ignoring case.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool ContainsLower(std::string_view s, std::string_view lower) {
  for (size_t i = 0; i + lower.size() <= s.size(); ++i) {
    if (EqualsLower(s.substr(i, lower.size()), lower)) return true;
  }
  return false;
}

enum TagClass : int {
  kOrdinary = 0,
  // Never holds children, or its end tag is optional (the parser closes it
  // itself): it does not deepen the nesting.
  kVoidOrAutoClosed = 1,
  // The tokenizer reads its content as text up to its end tag. (noscript
  // counts too: with scripting off Gumbo parses it as markup, but nothing
  // inside it needs flattening or emptying.)
  kRawText = 2,
};

// Tag names are looked up per tag of the page, so through a ShortWordMap.
// Names over 8 bytes ("blockquote", custom elements) are all ordinary.
TagClass ClassOfTag(std::string_view name) {
  static const ShortWordMap kClasses = [] {
    ShortWordMap map;
    for (std::string_view n :
         {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr", "keygen", "image", "basefont", "bgsound", "frame", "spacer",
          "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
          "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body"}) {
      map.Add(n, kVoidOrAutoClosed);
    }
    for (std::string_view n : {"script", "style", "textarea", "title", "xmp", "iframe",
                               "noembed", "noframes", "noscript"}) {
      map.Add(n, kRawText);
    }
    return map;
  }();
  if (name == "plaintext") return kRawText;
  return static_cast<TagClass>(kClasses.Find(name, kOrdinary));
}

// Position of the end tag closing raw-text element `name` (lower case): the
// first "</name" in any case followed by whitespace, '/', '>' or the end of
// the page, at or after `from`; npos if there is none.
size_t FindRawTextEnd(std::string_view s, std::string_view name, size_t from) {
  while (true) {
    const size_t lt = s.find("</", from);
    if (lt == kNpos) return kNpos;
    const size_t after = lt + 2 + name.size();
    if (after <= s.size() && EqualsLower(s.substr(lt + 2, name.size()), name) &&
        (after == s.size() || IsSpace(s[after]) || s[after] == '/' || s[after] == '>')) {
      return lt;
    }
    from = lt + 2;
  }
}

// End (one past) of the comment starting at `lt` ("<!--"), following the
// tokenizer: "<!-->" and "<!--->" are whole comments; otherwise the first
// "-->" or "--!>". npos when it runs to the end of the page.
size_t CommentEnd(std::string_view s, size_t lt) {
  const size_t body = lt + 4;
  if (s.compare(body, 1, ">") == 0) return body + 1;
  if (s.compare(body, 2, "->") == 0) return body + 2;
  const size_t close = s.find("--", body);
  for (size_t at = close; at != kNpos; at = s.find("--", at + 1)) {
    if (s.compare(at, 3, "-->") == 0) return at + 3;
    if (s.compare(at, 4, "--!>") == 0) return at + 4;
  }
  return kNpos;
}

struct Tag {
  std::string_view name;   // lower-cased into a small buffer by the caller
  size_t attrs_begin = 0;  // the attribute text, for a start tag
  size_t end = 0;          // one past the closing '>' (or the page end)
  // Where the attribute past the cap starts; 0 when there is none.
  size_t excess_attrs_begin = 0;
  bool self_closing = false;
  bool closed = false;  // a '>' was found
};

// Reads the rest of a tag after its name, at `i`: attributes with quoted or
// unquoted values, up to the '>' that closes it, noting where attribute
// number `max_attributes` + 1 starts.
void ReadTagRest(std::string_view s, size_t i, size_t max_attributes, Tag* tag) {
  tag->attrs_begin = i;
  size_t attributes = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '>') {
      tag->end = i + 1;
      tag->closed = true;
      return;
    }
    if (c == '/') {
      tag->self_closing = i + 1 < s.size() && s[i + 1] == '>';
      ++i;
      continue;
    }
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    // An attribute name (its first character may be '='), then maybe a value.
    if (attributes++ == max_attributes) tag->excess_attrs_begin = i;
    ++i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    size_t j = i;
    while (j < s.size() && IsSpace(s[j])) ++j;
    if (j >= s.size() || s[j] != '=') continue;
    ++j;
    while (j < s.size() && IsSpace(s[j])) ++j;
    if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
      const size_t close = s.find(s[j], j + 1);
      i = close == kNpos ? s.size() : close + 1;
    } else {
      while (j < s.size() && !IsSpace(s[j]) && s[j] != '>') ++j;
      i = j;
    }
  }
  tag->end = s.size();
}

// SVG and MathML elements that hold only more of the same: inside them the
// tokenizer stays in foreign content. Anything else there (an HTML tag that
// breaks out, an integration point like <foreignObject> or <mi>, a <script>)
// makes the scan unsure where raw text begins and ends.
bool IsPlainForeignElement(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "svg", "math", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse",
      "defs", "use", "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask",
      "pattern", "text", "tspan", "textpath", "marker", "filter", "feblend", "fecolormatrix",
      "fecomposite", "feflood", "fegaussianblur", "feoffset", "femerge", "femergenode",
      "animate", "animatetransform", "set", "view", "metadata", "mrow", "msup", "msub",
      "mfrac", "msqrt", "mroot", "mspace", "mstyle", "mtable", "mtr", "mtd", "semantics"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

class Prepass {
 public:
  Prepass(std::string_view s, const PrepassOptions& options) : s_(s), options_(options) {}

  PrepassResult Run() {
    size_t i = 0;
    while (true) {
      i = s_.find('<', i);
      if (i == kNpos || i + 1 >= s_.size()) break;
      const char next = s_[i + 1];
      if (s_.compare(i, 4, "<!--") == 0) {
        i = CommentEnd(s_, i);
      } else if (foreign_depth_ > 0 && s_.compare(i, 9, "<![CDATA[") == 0) {
        // Only in foreign content is this a CDATA section.
        i = s_.find("]]>", i + 9);
        if (i != kNpos) i += 3;
      } else if (next == '!' || next == '?' || (next == '/' && i + 2 < s_.size() &&
                                                 !IsAlpha(s_[i + 2]) && s_[i + 2] != '>')) {
        // Doctype, CDATA outside foreign content, processing instructions
        // and "</ " are bogus comments that end at the first '>'.
        i = s_.find('>', i);
        if (i != kNpos) ++i;
      } else if (IsAlpha(next) || (next == '/' && i + 2 < s_.size() && IsAlpha(s_[i + 2]))) {
        i = OnTag(i);
      } else {
        // Gumbo 0.10 can lose the next end tag after "</>": inside foreign
        // content that may be the one that closes it.
        if (foreign_depth_ > 0 && s_.compare(i, 3, "</>") == 0) certain_ = false;
        ++i;
      }
      if (i == kNpos) break;
    }
    if (result_.changed) result_.page.append(s_.substr(copied_));
    return std::move(result_);
  }

 private:
  // Handles the tag at `lt`; returns where scanning goes on (npos: stop).
  size_t OnTag(size_t lt) {
    const bool is_end = s_[lt + 1] == '/';
    size_t j = lt + (is_end ? 2 : 1);
    const size_t name_begin = j;
    while (j < s_.size() && !IsSpace(s_[j]) && s_[j] != '>' && s_[j] != '/') ++j;
    // Longer names (custom elements) are cut: still non-empty, so they
    // count towards the depth, and no shorter name can equal a cut one.
    char lower[24];
    const size_t name_size = std::min(j - name_begin, sizeof lower);
    for (size_t k = 0; k < name_size; ++k) lower[k] = Lower(s_[name_begin + k]);
    const std::string_view name(lower, name_size);
    Tag tag;
    ReadTagRest(s_, j, options_.max_attributes, &tag);
    if (!tag.closed) return kNpos;  // Gumbo drops a tag cut by the end of the page

    const TagClass tag_class = ClassOfTag(name);
    size_t resume = tag.end;
    if (foreign_depth_ > 0) {
      resume = OnForeignTag(name, is_end, tag);
    } else if (!is_end && tag_class == kRawText && in_select_ && name != "script") {
      // Inside <select> the parser ignores <style>, <title>, <noscript>...:
      // their content is markup (found by fuzz_html). Read on as markup,
      // and empty nothing more on this page.
      certain_ = false;
    } else if (!is_end && tag_class == kRawText) {
      if (name == "textarea") in_select_ = false;  // it closes a <select>
      CutExcessAttributes(tag);
      return OnRawText(name, tag);
    } else if (!is_end && (name == "svg" || name == "math") && !tag.self_closing) {
      foreign_root_ = name == "svg" ? "svg" : "math";
      foreign_depth_ = 1;
    }
    if (foreign_depth_ == 0) TrackSelect(name, is_end);
    const bool dropped = !name.empty() && tag_class != kVoidOrAutoClosed &&
                         (is_end ? OnEndTag(lt, tag.end) : OnStartTag(lt, tag));
    if (!dropped) CutExcessAttributes(tag);
    return resume;
  }

  // Whether the parser is inside a <select>: <select> opens one (a second
  // closes it), </select>, <input> and <keygen> close it. A table end tag
  // can close it too, unseen here: then a later <style> only stops the
  // emptying that was in fact safe.
  void TrackSelect(std::string_view name, bool is_end) {
    if (name == "select") {
      in_select_ = !is_end && !in_select_;
    } else if (!is_end && (name == "input" || name == "keygen")) {
      in_select_ = false;
    }
  }

  // Drops the attributes past the cap, up to the "/>" or '>' that ends the
  // tag. REQUIRES: nothing after the tag's start has been dropped yet.
  void CutExcessAttributes(const Tag& tag) {
    if (tag.excess_attrs_begin == 0) return;
    Drop(tag.excess_attrs_begin, tag.end - (tag.self_closing ? 2 : 1));
    result_.attributes_cut = true;
  }

  // Nesting depth: start tags past max_depth are dropped with their end
  // tags. Void and auto-closed elements never get here. True when the tag
  // was dropped.
  bool OnStartTag(size_t lt, const Tag& tag) {
    // "/>" closes an element only inside SVG or MathML; in HTML, <div/>
    // stays open, so it counts towards the depth.
    if (tag.self_closing && foreign_depth_ > 0) return false;
    if (depth_ >= options_.max_depth) {
      ++excess_;
      Drop(lt, tag.end);
      result_.flattened = true;
      return true;
    }
    ++depth_;
    return false;
  }

  bool OnEndTag(size_t lt, size_t end) {
    if (excess_ > 0) {
      --excess_;
      Drop(lt, end);
      return true;
    }
    if (depth_ > 0) --depth_;
    return false;
  }

  // A tag inside <svg> or <math>. Nothing is emptied there; the scan leaves
  // the foreign element at its outermost end tag, sure of where it is only
  // if everything inside was plain SVG or MathML. Returns where to go on.
  size_t OnForeignTag(std::string_view name, bool is_end, const Tag& tag) {
    if (name == foreign_root_) {
      if (is_end) {
        --foreign_depth_;
      } else if (!tag.self_closing) {
        ++foreign_depth_;
      }
      return tag.end;
    }
    if (IsPlainForeignElement(name)) return tag.end;
    // <title>, <desc> and <style> of an SVG icon usually hold plain text
    // (exported icons carry <defs><style>.cls-1{...}</style>): fine.
    if (name == "title" || name == "desc" || name == "style") {
      if (is_end) return tag.end;
      const size_t close = FindRawTextEnd(s_, name, tag.end);
      if (close != kNpos && s_.substr(tag.end, close - tag.end).find('<') == kNpos) return close;
    }
    certain_ = false;
    return tag.end;
  }

  // A raw-text element's body: skipped over, and emptied when it is script
  // or style that no extractor reads.
  size_t OnRawText(std::string_view name, const Tag& tag) {
    const size_t close = FindRawTextEnd(s_, name, tag.end);
    if (close == kNpos) return kNpos;  // runs to the end of the page
    if (!options_.drop_script_and_style_bodies || !certain_ || close == tag.end) return close;
    const std::string_view body = s_.substr(tag.end, close - tag.end);
    if (name == "script" && body.find("<!--") != kNpos) {
      // Escaped script data may run past this "</script>"; from here on the
      // scan cannot be sure it is outside a script, so it empties nothing.
      certain_ = false;
      return close;
    }
    const std::string_view attrs = s_.substr(tag.attrs_begin, tag.end - tag.attrs_begin);
    if (name == "style" || (name == "script" && !ContainsLower(attrs, "json"))) {
      Drop(tag.end, close);
    }
    return close;
  }

  // Leaves [begin, end) out of the rewritten page.
  void Drop(size_t begin, size_t end) {
    if (!result_.changed) result_.page.reserve(s_.size());
    result_.changed = true;
    result_.page.append(s_.substr(copied_, begin - copied_));
    copied_ = end;
  }

  std::string_view s_;
  const PrepassOptions& options_;
  PrepassResult result_;
  size_t copied_ = 0;
  size_t depth_ = 0;
  size_t excess_ = 0;
  // Inside <svg> or <math>: the outermost one's name and how many of it are
  // open. Foreign elements named like it nest; others ("<math>" inside an
  // <svg>) are its children.
  std::string_view foreign_root_;
  size_t foreign_depth_ = 0;
  // False once the scan may have lost track of where raw text is.
  bool certain_ = true;
  bool in_select_ = false;  // TrackSelect
};

}  // namespace

PrepassResult PrepareHtmlForGumbo(std::string_view html, const PrepassOptions& options) {
  return Prepass(html, options).Run();
}

}  // namespace clinicrank
