// A half-open byte range of some text: sentences, clauses, mentions.
#ifndef CLINICRANK_PARSERS_TEXT_SPAN_H_
#define CLINICRANK_PARSERS_TEXT_SPAN_H_

#include <cstddef>

namespace clinicrank {

// A half-open byte range [begin, end) of some text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
};

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_TEXT_SPAN_H_
