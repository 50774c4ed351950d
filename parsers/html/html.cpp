// HTML → Document through Gumbo (HTML standard parsing), then an iterative
// walk of the tree into blocks of visible text. Before Gumbo, the page goes
// through PrepareHtmlForGumbo (html_prepass.h): deep nesting is flattened and
// script/style bodies are emptied.
#include "parsers/html/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "parsers/html/gumbo_arena.h"
#include "parsers/html/html_prepass.h"

namespace clinicrank {
namespace {

constexpr size_t kMaxNestingDepth = 400;
constexpr size_t kMaxContextBytes = 200;
// Siblings compared when looking for repeated items (cards); beyond, none is one.
constexpr size_t kMaxCardSiblings = 256;
constexpr size_t kMaxLinkTextBytes = 500;
constexpr size_t kMaxWarnings = 20;
constexpr size_t kLayoutScanBudget = 20000;
constexpr size_t kMaxLogoAlts = 8;
constexpr size_t kMaxLogoAltBytes = 200;

// ---------------------------------------------------------------- strings


// Length of the UTF-8 sequence starting with byte `c` (1 for anything odd).
size_t Utf8Length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Cuts `s` to at most `max_bytes` without splitting a UTF-8 sequence.
void CutUtf8(std::string* s, size_t max_bytes) {
  if (s->size() <= max_bytes) return;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>((*s)[end]) & 0xC0) == 0x80) --end;
  s->resize(end);
  while (!s->empty() && s->back() == ' ') s->pop_back();
}

// Appends `text` to `sink`, collapsing whitespace (ASCII, NBSP and the other
// Unicode space separators) to single spaces and dropping zero-width
// characters. Never starts `sink` with a space. Stops at `cap` bytes.
// Returns false when something was cut.
bool AppendCollapsed(std::string_view text, std::string* sink, size_t cap) {
  const auto space = [&] {
    if (!sink->empty() && sink->back() != ' ') sink->push_back(' ');
  };
  size_t i = 0;
  while (i < text.size()) {
    if (sink->size() >= cap) return false;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(static_cast<char>(c)) || c == 0) {
        if (c != 0) space();
        ++i;
        continue;
      }
      // A run of other ASCII characters is copied at once.
      size_t j = i + 1;
      while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80 &&
             !IsAsciiSpace(text[j]) && text[j] != 0) {
        ++j;
      }
      const size_t take = std::min(j - i, cap - sink->size());
      sink->append(text.substr(i, take));
      i += take;
      continue;
    }
    const size_t len = std::min(Utf8Length(c), text.size() - i);
    const std::string_view ch = text.substr(i, len);
    i += len;
    // U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000: spaces.
    if (ch == "\xC2\xA0" || ch == "\xE1\x9A\x80" || ch == "\xE2\x80\xAF" ||
        ch == "\xE2\x81\x9F" || ch == "\xE3\x80\x80" ||
        (ch.size() == 3 && ch[0] == '\xE2' && ch[1] == '\x80' &&
         static_cast<unsigned char>(ch[2]) <= 0x8A)) {
      space();
      continue;
    }
    // U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner,
    // U+FEFF byte-order mark: invisible, and they break word matching.
    if (ch == "\xC2\xAD" || ch == "\xE2\x80\x8B" || ch == "\xE2\x81\xA0" || ch == "\xEF\xBB\xBF") {
      continue;
    }
    sink->append(ch);
  }
  return true;
}

std::string Collapse(std::string_view text, size_t cap) {
  std::string out;
  AppendCollapsed(text, &out, cap);
  CutUtf8(&out, cap);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// ------------------------------------------------------------- attributes

std::string_view Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}
bool HasAttr(const GumboNode* node, const char* name) {
  return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

// True when an inline style hides the element: display:none or
// visibility:hidden|collapse, in any case and spacing, with or without
// !important.
bool StyleHides(std::string_view style) {
  size_t pos = 0;
  while (pos <= style.size()) {
    size_t end = style.find(';', pos);
    if (end == std::string_view::npos) end = style.size();
    const std::string_view decl = style.substr(pos, end - pos);
    pos = end + 1;
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string prop = AsciiLower(TrimAsciiSpace(decl.substr(0, colon)));
    std::string value;
    for (char c : decl.substr(colon + 1)) {
      if (!IsAsciiSpace(c)) value.push_back(AsciiLower(c));
    }
    if (const size_t bang = value.find('!'); bang != std::string::npos) value.resize(bang);
    if (prop == "display" && value == "none") return true;
    if (prop == "visibility" && (value == "hidden" || value == "collapse")) return true;
  }
  return false;
}

bool IsHidden(const GumboNode* node) {
  // hidden="until-found" content is found by in-page search: visible enough.
  if (HasAttr(node, "hidden") && AsciiLower(TrimAsciiSpace(Attr(node, "hidden"))) != "until-found") {
    return true;
  }
  if (AsciiLower(TrimAsciiSpace(Attr(node, "aria-hidden"))) == "true") return true;
  return StyleHides(Attr(node, "style"));
}

// Lower-cased class and id words worth keeping as context: no digits (hashes
// and grid classes such as "col-md-6" say nothing), at most 40 bytes.
std::string ContextWords(const GumboNode* node) {
  std::string words;
  for (const char* attr : {"class", "id"}) {
    const std::string value = AsciiLower(Attr(node, attr));
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && IsAsciiSpace(value[i])) ++i;
      size_t j = i;
      bool digit = false;
      while (j < value.size() && !IsAsciiSpace(value[j])) {
        digit = digit || (value[j] >= '0' && value[j] <= '9');
        ++j;
      }
      if (j > i && !digit && j - i <= 40) {
        if (!words.empty()) words.push_back(' ');
        words.append(value, i, j - i);
      }
      i = j;
    }
  }
  return words;
}

// ----------------------------------------------------------------- roles

enum class Role {
  kInline,     // text joins with its neighbours
  kSkip,       // not rendered as text
  kBreak,      // <br>
  kContainer,  // div, section...: its own text becomes a paragraph
  kHeading,
  kParagraph,
  kListItem,
  kTable,
  kRow,
  kCell,
  kTableSection,  // thead, tbody, tfoot
};

Role RoleOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT:
    case GUMBO_TAG_I: case GUMBO_TAG_INS: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q: case GUMBO_TAG_RB:
    case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RTC: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT:
    case GUMBO_TAG_U: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_BLINK: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_UNKNOWN: case GUMBO_TAG_IMG:
    case GUMBO_TAG_IMAGE: case GUMBO_TAG_INPUT: case GUMBO_TAG_METER: case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_AREA: case GUMBO_TAG_MAP:
      return Role::kInline;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH: case GUMBO_TAG_DEL: case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
      return Role::kSkip;
    case GUMBO_TAG_BR:
      return Role::kBreak;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_DT:
      return Role::kHeading;
    case GUMBO_TAG_P: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      return Role::kParagraph;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD:
      return Role::kListItem;
    case GUMBO_TAG_TABLE:
      return Role::kTable;
    case GUMBO_TAG_TR:
      return Role::kRow;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return Role::kCell;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
      return Role::kTableSection;
    default:
      return Role::kContainer;
  }
}

bool IsFlowBlockTag(GumboTag tag) {
  const Role role = RoleOf(tag);
  return role == Role::kContainer || role == Role::kHeading || role == Role::kParagraph ||
         role == Role::kListItem;
}

// Heuristic: a table used for page layout (its cells hold headings, nested
// tables or several blocks) is read as ordinary blocks, not as rows.
bool IsLayoutTable(const GumboNode* table) {
  struct Item {
    const GumboNode* node = nullptr;
    int cell;  // index into blocks_in_cell, or -1 outside cells
  };
  std::vector<Item> stack{{table, -1}};
  std::vector<int> blocks_in_cell;
  size_t budget = kLayoutScanBudget;
  while (!stack.empty() && budget-- > 0) {
    const Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = node->v.element.tag;
    int cell = item.cell;
    if (node != table) {
      if (tag == GUMBO_TAG_TABLE) return true;
      if (cell >= 0) {
        if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) return true;
        if (IsFlowBlockTag(tag) && ++blocks_in_cell[static_cast<size_t>(cell)] >= 3) return true;
      }
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        cell = static_cast<int>(blocks_in_cell.size());
        blocks_in_cell.push_back(0);
      }
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned k = children.length; k > 0; --k) {
      stack.push_back({static_cast<const GumboNode*>(children.data[k - 1]), cell});
    }
  }
  return false;
}

// -------------------------------------------------------------- the walk

class Walker {
 public:
  explicit Walker(const HtmlOptions& options) : options_(options) {}

  Document Run(const GumboNode* root) {
    if (root->type == GUMBO_NODE_ELEMENT) {
      doc_.lang = AsciiLower(TrimAsciiSpace(Attr(root, "lang")));
      if (doc_.lang.empty()) doc_.lang = AsciiLower(TrimAsciiSpace(Attr(root, "xml:lang")));
    }
    Visit(root);
    while (!frames_.empty()) {
      Frame& frame = frames_.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next_child < children.length) {
        Visit(static_cast<const GumboNode*>(children.data[frame.next_child++]));
      } else {
        Exit();
      }
    }
    Flush();
    return std::move(doc_);
  }

  void AddWarning(std::string warning) {
    if (doc_.warnings.size() < kMaxWarnings) doc_.warnings.push_back(std::move(warning));
  }

 private:
  struct Frame {
    const GumboNode* node = nullptr;
    unsigned next_child = 0;
    Role role = Role::kContainer;
    std::string words;  // context words of this element
    bool quote = false;
    bool link = false;
    bool in_thead = false;
    // <details>: headings_ size at entry; its summary heads only its content.
    size_t headings_mark = 0;
    // <footer>: the headings open at entry. A footer belongs to no section of
    // the page (an address is not part of "What our patients say").
    bool footer = false;
    std::vector<std::pair<int, int>> headings_before_footer;
    // Repeated items (Block::card): this element's card id, or -1; and, for
    // its children, which are repeated items (computed on the first child)
    // and the group id they share.
    int card = -1;
    int card_group = -1;
    int child_group = -1;
    bool children_scanned = false;
    std::vector<bool> repeated_children;
  };
  struct Owner {
    Role role;
    int heading_level;
  };
  struct Table {
    bool layout = false;
    int rows = 0;
    int thead_depth = 0;
    std::vector<std::string> headers;
    bool in_row = false;
    bool in_cell = false;
    bool row_all_th = true;
    bool row_in_thead = false;
    std::vector<std::string> cells;
    std::string cell;
  };

  bool InDataCell() const {
    return !tables_.empty() && !tables_.back().layout && tables_.back().in_cell;
  }
  std::string* Sink() { return InDataCell() ? &tables_.back().cell : &buffer_; }
  size_t SinkCap() const { return options_.max_block_bytes + 8; }

  void AppendText(std::string_view text) {
    if (!AppendCollapsed(text, Sink(), SinkCap())) cut_ = true;
    if (link_open_) AppendCollapsed(text, &link_text_, kMaxLinkTextBytes);
  }
  void SoftBreak() {
    std::string* sink = Sink();
    if (!sink->empty() && sink->back() != ' ') sink->push_back(' ');
    if (link_open_ && !link_text_.empty() && link_text_.back() != ' ') link_text_.push_back(' ');
  }

  void Visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        AppendText(node->v.text.text);
        return;
      case GUMBO_NODE_WHITESPACE:
        SoftBreak();
        return;
      case GUMBO_NODE_ELEMENT:
        Enter(node);
        return;
      default:  // comments, templates, the document node
        return;
    }
  }

  // Metadata elements are read wherever they are; returns true if `node` was one.
  bool ReadMetadata(const GumboNode* node, GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_TITLE:
        if (doc_.title.empty()) doc_.title = Collapse(ChildText(node), 1024);
        return true;
      case GUMBO_TAG_META: {
        const std::string content = Collapse(Attr(node, "content"), 4096);
        for (const char* key : {"name", "property", "http-equiv", "itemprop"}) {
          const std::string name = AsciiLower(TrimAsciiSpace(Attr(node, key)));
          if (!name.empty() && doc_.meta.size() < 500) doc_.meta.emplace_back(name, content);
        }
        return true;
      }
      case GUMBO_TAG_LINK:
        if (doc_.canonical_url.empty() && HasToken(AsciiLower(Attr(node, "rel")), "canonical")) {
          doc_.canonical_url = std::string(TrimAsciiSpace(Attr(node, "href")));
        }
        return true;
      case GUMBO_TAG_BASE:
        if (doc_.base_href.empty()) doc_.base_href = std::string(TrimAsciiSpace(Attr(node, "href")));
        return true;
      case GUMBO_TAG_SCRIPT: {
        std::string type = AsciiLower(TrimAsciiSpace(Attr(node, "type")));
        if (const size_t semi = type.find(';'); semi != std::string::npos) {
          type = std::string(TrimAsciiSpace(std::string_view(type).substr(0, semi)));
        }
        if (type == "application/ld+json" && doc_.json_ld.size() < 100) {
          doc_.json_ld.push_back(ChildText(node));
        }
        return true;
      }
      default:
        return false;
    }
  }

  // An <img> that is the site's logo: its own class, id or src, or an
  // ancestor's class or id (a few levels: "site-logo", "navbar-brand"),
  // says so.
  void ReadLogo(const GumboNode* node) {
    if (doc_.logo_alts.size() >= kMaxLogoAlts) return;
    const std::string_view alt = TrimAsciiSpace(Attr(node, "alt"));
    if (alt.empty()) return;
    bool logo = false;
    for (const char* attr : {"class", "id", "src"}) {
      logo = logo || AsciiLower(Attr(node, attr)).find("logo") != std::string::npos;
    }
    for (size_t k = frames_.size(), seen = 0; !logo && k > 0 && seen < 4; --k, ++seen) {
      const std::string& words = frames_[k - 1].words;
      logo = words.find("logo") != std::string::npos || words.find("brand") != std::string::npos;
    }
    if (logo) doc_.logo_alts.push_back(Collapse(alt, kMaxLogoAltBytes));
  }

  static bool HasToken(std::string_view list, std::string_view token) {
    size_t i = 0;
    while (i < list.size()) {
      while (i < list.size() && IsAsciiSpace(list[i])) ++i;
      size_t j = i;
      while (j < list.size() && !IsAsciiSpace(list[j])) ++j;
      if (list.substr(i, j - i) == token) return true;
      i = j;
    }
    return false;
  }

  static std::string ChildText(const GumboNode* node) {
    std::string text;
    const GumboVector& children = node->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
      const GumboNode* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
          child->type == GUMBO_NODE_CDATA) {
        text.append(child->v.text.text);
      }
    }
    return text;
  }

  // The role of an element, with attributes taken into account.
  Role ElementRole(const GumboNode* node, GumboTag tag, int* heading_level) {
    Role role = RoleOf(tag);
    if (role == Role::kHeading) {
      if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) {
        *heading_level = static_cast<int>(tag - GUMBO_TAG_H1) + 1;
        last_real_heading_level_ = *heading_level;
      } else {
        *heading_level = SubHeadingLevel();
      }
      return role;
    }
    if (InDataCell() || (role != Role::kContainer && role != Role::kInline)) return role;
    const std::string aria_role = AsciiLower(TrimAsciiSpace(Attr(node, "role")));
    if (aria_role == "heading") {
      const std::string_view level = TrimAsciiSpace(Attr(node, "aria-level"));
      *heading_level = level.size() == 1 && level[0] >= '1' && level[0] <= '6'
                           ? level[0] - '0'
                           : SubHeadingLevel();
      return Role::kHeading;
    }
    // An accordion's question button (FAQ): a heading for what follows.
    if (tag == GUMBO_TAG_BUTTON && (HasAttr(node, "aria-expanded") || HasAttr(node, "aria-controls"))) {
      *heading_level = SubHeadingLevel();
      return Role::kHeading;
    }
    return role;
  }

  // summary, dt, role=heading without a level: one below the last h1-h6.
  int SubHeadingLevel() const { return std::min(6, last_real_heading_level_ + 1); }

  void Enter(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (ReadMetadata(node, tag)) return;
    if (tag == GUMBO_TAG_IMG) ReadLogo(node);
    int heading_level = 0;
    const Role role = ElementRole(node, tag, &heading_level);
    if (role == Role::kSkip || IsHidden(node)) return;
    if (role == Role::kBreak) {
      OnBreak();
      return;
    }
    Frame frame;
    frame.node = node;
    frame.role = role;
    frame.words = ContextWords(node);
    frame.quote = tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q;
    if (frame.quote) ++quote_depth_;
    if (tag == GUMBO_TAG_A && HasAttr(node, "href") && !link_open_) {
      if (doc_.links.size() < options_.max_links) {
        frame.link = true;
        link_open_ = true;
        link_href_ = std::string(TrimAsciiSpace(Attr(node, "href")));
        link_text_.clear();
      } else if (!links_capped_) {
        links_capped_ = true;
        AddWarning("more than " + std::to_string(options_.max_links) + " links; rest dropped");
      }
    }
    EnterRole(node, tag, &frame, heading_level);
    if (tag == GUMBO_TAG_DETAILS) frame.headings_mark = headings_.size();
    if (tag == GUMBO_TAG_FOOTER || AsciiLower(TrimAsciiSpace(Attr(node, "role"))) == "contentinfo") {
      Flush();
      frame.footer = true;
      frame.headings_before_footer = std::move(headings_);
      headings_.clear();
    }
    MarkCard(node, tag, &frame);
    frames_.push_back(std::move(frame));
  }

  // Sets frame->card when `node` is one of two or more siblings of the same
  // tag and class words: the items of a grid of cards. The parent's children
  // are compared once, when its first child is entered.
  void MarkCard(const GumboNode* node, GumboTag tag, Frame* frame) {
    if (frames_.empty() || (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_ARTICLE &&
                            tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_LI)) {
      return;
    }
    Frame& parent = frames_.back();
    if (parent.node != node->parent) return;
    if (!parent.children_scanned) ScanRepeatedChildren(&parent);
    const size_t at = node->index_within_parent;
    if (at >= parent.repeated_children.size() || !parent.repeated_children[at]) return;
    if (parent.child_group < 0) parent.child_group = card_groups_++;
    frame->card = cards_++;
    frame->card_group = parent.child_group;
  }

  static void ScanRepeatedChildren(Frame* parent) {
    parent->children_scanned = true;
    const GumboVector& children = parent->node->v.element.children;
    const size_t n = std::min<size_t>(children.length, kMaxCardSiblings);
    std::vector<std::string> keys(n);
    for (size_t k = 0; k < n; ++k) {
      const auto* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      std::string words = ContextWords(child);
      if (words.empty() && child->v.element.tag != GUMBO_TAG_LI) continue;
      keys[k] = std::to_string(static_cast<int>(child->v.element.tag)) + ":" + words;
    }
    std::unordered_map<std::string_view, int> counts;
    for (const std::string& key : keys) {
      if (!key.empty()) ++counts[key];
    }
    parent->repeated_children.assign(n, false);
    for (size_t k = 0; k < n; ++k) {
      parent->repeated_children[k] = !keys[k].empty() && counts[keys[k]] >= 2;
    }
  }

  void EnterRole(const GumboNode* node, GumboTag tag, Frame* frame, int heading_level) {
    switch (frame->role) {
      case Role::kInline:
        return;
      case Role::kTable:
        if (InDataCell()) {
          SoftBreak();
        } else {
          Flush();
        }
        tables_.push_back(Table{});
        tables_.back().layout = IsLayoutTable(node);
        return;
      case Role::kTableSection:
        if (!tables_.empty() && tag == GUMBO_TAG_THEAD) {
          ++tables_.back().thead_depth;
          frame->in_thead = true;
        }
        return;
      case Role::kRow:
        if (tables_.empty() || tables_.back().layout) return Open(Role::kContainer, 0);
        StartRow();
        return;
      case Role::kCell:
        if (tables_.empty() || tables_.back().layout || !tables_.back().in_row) {
          return Open(Role::kContainer, 0);
        }
        tables_.back().in_cell = true;
        tables_.back().cell.clear();
        tables_.back().row_all_th &= tag == GUMBO_TAG_TH;
        return;
      default:
        if (InDataCell()) return SoftBreak();
        Open(frame->role, heading_level);
        return;
    }
  }

  // A block-level element starts: what came before it is a block of its own.
  void Open(Role role, int heading_level) {
    Flush();
    owners_.push_back({role, heading_level});
  }

  // <br> ends a line of a div's own text; inside a paragraph, list item or
  // heading it is a space (sentences are split later).
  void OnBreak() {
    if (!InDataCell() && OwnerRole().role == Role::kContainer) return Flush();
    SoftBreak();
  }

  // Called with the element's frame still on the stack, so that text
  // flushed here gets the element's own context words.
  void Exit() {
    Frame& frame = frames_.back();
    if (frame.link) {
      link_open_ = false;
      doc_.links.push_back(Link{link_href_, Collapse(link_text_, kMaxLinkTextBytes)});
    }
    ExitRole(frame);
    if (frame.quote) --quote_depth_;
    if (frame.footer) {
      Flush();
      headings_ = std::move(frame.headings_before_footer);
    }
    if (frame.node->v.element.tag == GUMBO_TAG_DETAILS && headings_.size() > frame.headings_mark) {
      headings_.resize(frame.headings_mark);
    }
    frames_.pop_back();
  }

  void ExitRole(const Frame& frame) {
    switch (frame.role) {
      case Role::kInline:
        return;
      case Role::kTable:
        if (!tables_.empty()) {
          if (tables_.back().layout) Flush();
          tables_.pop_back();
        }
        return;
      case Role::kTableSection:
        if (frame.in_thead && !tables_.empty()) --tables_.back().thead_depth;
        return;
      case Role::kRow:
        if (tables_.empty() || tables_.back().layout || !tables_.back().in_row) return Close();
        EndRow();
        return;
      case Role::kCell:
        if (InDataCell()) {
          Table& table = tables_.back();
          table.in_cell = false;
          std::string cell = Collapse(table.cell, options_.max_block_bytes);
          table.cells.push_back(std::move(cell));
          return;
        }
        if (tables_.empty() || tables_.back().layout || !tables_.back().in_row) Close();
        return;
      default:
        if (InDataCell()) return SoftBreak();
        Close();
        return;
    }
  }

  void Close() {
    Flush();
    if (!owners_.empty()) owners_.pop_back();
  }

  void StartRow() {
    Table& table = tables_.back();
    table.in_row = true;
    table.row_all_th = true;
    table.row_in_thead = table.thead_depth > 0;
    table.cells.clear();
  }

  void EndRow() {
    Table& table = tables_.back();
    table.in_row = false;
    bool any = false;
    for (const std::string& cell : table.cells) any = any || !cell.empty();
    if (!any) return;
    Block block;
    block.kind = BlockKind::kTableRow;
    block.is_header_row = table.row_all_th;
    if (table.headers.empty() && (table.row_in_thead || (table.rows == 0 && table.row_all_th))) {
      table.headers = table.cells;
    }
    ++table.rows;
    block.header_cells = table.headers;
    for (const std::string& cell : table.cells) {
      if (!block.text.empty()) block.text += " | ";
      block.text += cell;
    }
    block.cells = std::move(table.cells);
    table.cells.clear();
    Emit(std::move(block));
  }

  // The innermost block owner that says more than "a container"; containers
  // inside a list item or heading take its role.
  Owner OwnerRole() const {
    for (size_t k = owners_.size(); k > 0; --k) {
      if (owners_[k - 1].role != Role::kContainer) return owners_[k - 1];
    }
    return {Role::kContainer, 0};
  }

  void Flush() {
    if (buffer_.empty()) return;
    Block block;
    block.text = buffer_;  // one exact allocation; buffer_ keeps its capacity
    buffer_.clear();
    const Owner owner = OwnerRole();
    switch (owner.role) {
      case Role::kHeading:
        block.kind = BlockKind::kHeading;
        block.heading_level = owner.heading_level;
        break;
      case Role::kListItem:
        block.kind = BlockKind::kListItem;
        break;
      default:
        block.kind = BlockKind::kParagraph;
        break;
    }
    Emit(std::move(block));
  }

  void Emit(Block block) {
    if (block.text.size() > options_.max_block_bytes || cut_) {
      cut_ = false;
      if (!block_cut_warned_) {
        block_cut_warned_ = true;
        AddWarning("text block longer than " + std::to_string(options_.max_block_bytes) +
                   " bytes cut");
      }
    }
    CutUtf8(&block.text, options_.max_block_bytes);
    while (!block.text.empty() && block.text.back() == ' ') block.text.pop_back();
    if (block.text.empty()) return;
    if (doc_.blocks.size() >= options_.max_blocks) {
      if (!blocks_capped_) {
        blocks_capped_ = true;
        AddWarning("more than " + std::to_string(options_.max_blocks) +
                   " text blocks; rest dropped");
      }
      return;
    }
    const int index = static_cast<int>(doc_.blocks.size());
    if (block.kind == BlockKind::kHeading) {
      while (!headings_.empty() && headings_.back().first >= block.heading_level) {
        headings_.pop_back();
      }
      block.section = headings_.empty() ? -1 : headings_.back().second;
      headings_.emplace_back(block.heading_level, index);
    } else {
      block.section = headings_.empty() ? -1 : headings_.back().second;
    }
    block.context = Context();
    block.quoted = quote_depth_ > 0;
    for (size_t k = frames_.size(); k > 0; --k) {
      if (frames_[k - 1].card >= 0) {
        block.card = frames_[k - 1].card;
        block.card_group = frames_[k - 1].card_group;
        break;
      }
    }
    doc_.blocks.push_back(std::move(block));
  }

  // Class/id words of the ancestors, nearest first, deduplicated, capped.
  std::string Context() const {
    std::string context;
    for (size_t k = frames_.size(); k > 0; --k) {
      const std::string& words = frames_[k - 1].words;
      size_t i = 0;
      while (i < words.size()) {
        size_t j = words.find(' ', i);
        if (j == std::string::npos) j = words.size();
        const std::string_view word = std::string_view(words).substr(i, j - i);
        i = j + 1;
        if (HasToken(context, word)) continue;
        if (context.size() + word.size() + 1 > kMaxContextBytes) return context;
        if (!context.empty()) context.push_back(' ');
        context.append(word);
      }
    }
    return context;
  }

  const HtmlOptions& options_;
  Document doc_;
  std::vector<Frame> frames_;
  std::vector<Owner> owners_;
  std::vector<Table> tables_;
  std::vector<std::pair<int, int>> headings_;  // (level, block index)
  std::string buffer_;
  int quote_depth_ = 0;
  int cards_ = 0;
  int card_groups_ = 0;
  int last_real_heading_level_ = 0;
  bool cut_ = false;
  bool block_cut_warned_ = false;
  bool blocks_capped_ = false;
  bool links_capped_ = false;
  bool link_open_ = false;
  std::string link_href_;
  std::string link_text_;
};

}  // namespace

Document ParseHtml(std::string_view utf8, const HtmlOptions& options) {
  PrepassOptions prepass_options;
  prepass_options.max_depth = kMaxNestingDepth;
  prepass_options.drop_script_and_style_bodies = !options.keep_script_and_style_bodies;
  const PrepassResult prepared =
      options.skip_prepass ? PrepassResult() : PrepareHtmlForGumbo(utf8, prepass_options);
  const std::string_view input = prepared.changed ? std::string_view(prepared.page) : utf8;

  // One arena per thread, reused page after page; the tree is released by
  // Reset rather than by gumbo_destroy_output's frees.
  thread_local GumboArena arena;
  arena.Reset();
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 50;
  gumbo_options.allocator = &GumboArena::Allocate;
  gumbo_options.deallocator = &GumboArena::Deallocate;
  gumbo_options.userdata = &arena;
  GumboOutput* output = gumbo_parse_with_options(&gumbo_options, input.data(), input.size());
  Walker walker(options);
  if (prepared.flattened) {
    walker.AddWarning("nesting deeper than " + std::to_string(kMaxNestingDepth) +
                      " elements flattened");
  }
  if (prepared.attributes_cut) {
    walker.AddWarning("a tag with more than " + std::to_string(prepass_options.max_attributes) +
                      " attributes: the rest dropped");
  }
  Document doc = walker.Run(output->root);
  arena.Reset();  // the whole tree at once (gumbo_destroy_output would only free)
  return doc;
}

}  // namespace clinicrank
