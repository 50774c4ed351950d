// Builders of Document blocks for extractor tests, so a test reads as the
// page it stands for: Heading("Pricing", 2), Para("$4,500 per knee", 0).
#ifndef CLINICRANK_TESTS_TESTING_BLOCKS_H_
#define CLINICRANK_TESTS_TESTING_BLOCKS_H_

#include <string>
#include <utility>
#include <vector>

#include "parsers/html/document.h"

namespace clinicrank::testing {

// `section`: index of the heading the block sits under, or -1.
inline Block Para(std::string text, int section = -1) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.text = std::move(text);
  b.section = section;
  return b;
}

inline Block Heading(std::string text, int level = 2, int section = -1) {
  Block b = Para(std::move(text), section);
  b.kind = BlockKind::kHeading;
  b.heading_level = level;
  return b;
}

inline Block Item(std::string text, int section = -1) {
  Block b = Para(std::move(text), section);
  b.kind = BlockKind::kListItem;
  return b;
}

// A table row: its text is the cells joined by " | ", as ParseHtml makes it.
inline Block Row(std::vector<std::string> cells, std::vector<std::string> headers,
                 int section = -1) {
  Block b;
  b.kind = BlockKind::kTableRow;
  for (const std::string& c : cells) b.text += (b.text.empty() ? "" : " | ") + c;
  b.cells = std::move(cells);
  b.header_cells = std::move(headers);
  b.section = section;
  return b;
}

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_BLOCKS_H_
