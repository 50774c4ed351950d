// JSON-LD (https://www.w3.org/TR/json-ld11/, schema.org vocabulary) helpers
// over RapidJSON for the extractors that read Document::json_ld: a lenient
// parse of one <script type="application/ld+json"> text, and a search for
// the objects of given @types wherever they sit (top level, top-level arrays,
// "@graph", or nested as property values such as "publisher" or "offers").
#ifndef CLINICRANK_PARSERS_EXTRACT_JSONLD_H_
#define CLINICRANK_PARSERS_EXTRACT_JSONLD_H_

#include <rapidjson/document.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// Parses one JSON-LD script text into *doc. Tolerates what real pages carry:
// an HTML comment or CDATA wrapper, comments and trailing commas. Parsing is
// iterative, so hostile nesting cannot overflow the stack. Returns false when
// the text is not valid JSON, with *error_offset the byte offset of the error
// in `text`.
bool ParseJsonLd(std::string_view text, rapidjson::Document* doc, size_t* error_offset);

// The schema.org type names in a node's "@type" (a string or an array of
// strings), without a vocabulary prefix: "https://schema.org/MedicalClinic"
// and "schema:MedicalClinic" both give "MedicalClinic". Empty for non-objects.
std::vector<std::string_view> JsonLdTypes(const rapidjson::Value& node);

// Every object reachable from `root` whose @type is one of `types` (all
// objects when `types` is empty), in document order. Visits at most 100,000
// values. REQUIRES: `root` outlives the returned pointers.
std::vector<const rapidjson::Value*> FindJsonLdObjects(const rapidjson::Value& root,
                                                       const std::vector<std::string_view>& types);

// The text of property `key` of an object: a string, the first string of an
// array, or the "name"/"@value" of an object value; "" otherwise.
std::string JsonLdString(const rapidjson::Value& object, const char* key);

}  // namespace clinicrank

#endif  // CLINICRANK_PARSERS_EXTRACT_JSONLD_H_
