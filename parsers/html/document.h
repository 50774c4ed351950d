// Our own model of a web page, translated out of Gumbo's tree (which is then
// freed): the visible text as blocks in document order, plus the metadata the
// extractors need. Every string is valid UTF-8 and whitespace-collapsed.
#ifndef CLINICRANK_PARSERS_HTML_DOCUMENT_H_
#define CLINICRANK_PARSERS_HTML_DOCUMENT_H_

#include <string>
#include <utility>
#include <vector>

namespace clinicrank {

enum class BlockKind {
  kHeading,    // h1-h6, and FAQ questions (summary, dt, [role=heading])
  kParagraph,  // p, blockquote, div/section text not inside a finer block
  kListItem,   // li, dd
  kTableRow,   // tr: `cells` holds its cells, `header_cells` the table's headers
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  // The block's visible text. For a table row, the cells joined by " | ".
  std::string text;
  // Heading level 1-6 for kHeading; 0 otherwise.
  int heading_level = 0;
  // Index in Document::blocks of the nearest preceding heading of a higher
  // level (the section this block sits in), or -1.
  int section = -1;
  // kTableRow only: this row's cells, and the header cells of the column
  // headers of its table (from <thead> or a first row of <th>), same order.
  std::vector<std::string> cells;
  std::vector<std::string> header_cells;
  bool is_header_row = false;  // a row made only of <th> cells
  // Lower-cased class/id words of the ancestors (e.g. "testimonial review
  // faq pricing"), capped in length: lets extractors tell a testimonial or
  // an FAQ answer from the clinic's own statements.
  std::string context;
  // True when the block sits inside <blockquote> or <q> (quoted text).
  bool quoted = false;
  // A block of one repeated item — a pricing card, a grid cell: an element
  // whose parent holds two or more siblings of the same tag and class words
  // (digits ignored). Blocks of one item share `card`; items of one grid
  // share `card_group`. -1 outside any repeated item.
  int card = -1;
  int card_group = -1;
};

struct Link {
  std::string href;  // as written in the page (not resolved)
  std::string text;  // anchor text, collapsed
};

struct Document {
  std::string title;          // <title>, collapsed
  std::string lang;           // <html lang>, lower-cased, e.g. "es-mx"; "" if absent
  std::string canonical_url;  // <link rel=canonical href>, as written
  std::string base_href;      // <base href>, as written
  // <meta name|property=... content=...>, names lower-cased, in page order.
  std::vector<std::pair<std::string, std::string>> meta;
  // The text of every <script type="application/ld+json">, untouched.
  std::vector<std::string> json_ld;
  std::vector<Block> blocks;
  std::vector<Link> links;
  std::vector<std::string> warnings;  // capped; e.g. "nesting deeper than N"

  // The content of the first meta tag with this (lower-case) name, or "".
  const std::string& Meta(const std::string& name) const;
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_HTML_DOCUMENT_H_
