#include "crawler/sitemap.h"

#include <libxml/xmlreader.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace clinicrank {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

// Inflates gzip `bytes` into `out`, at most `max` bytes. Returns "" or what
// went wrong (then `out` holds what inflated before it).
std::string Gunzip(std::string_view bytes, size_t max, std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "cannot start gunzip";
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  std::string problem;
  char buffer[64 * 1024];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof(buffer);
    rc = inflate(&z, Z_NO_FLUSH);
    const size_t got = sizeof(buffer) - z.avail_out;
    if (out->size() + got > max) {
      out->append(buffer, max - out->size());
      problem = "larger than " + std::to_string(max) + " bytes unzipped; the rest ignored";
      break;
    }
    out->append(buffer, got);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) problem = "gzip data cut short";
  }
  if (problem.empty() && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
    problem = std::string("gzip: ") + (z.msg ? z.msg : "corrupt data");
  }
  inflateEnd(&z);
  return problem;
}

void InitLibxml() {
  static const bool ready = [] {
    xmlInitParser();
    return true;
  }();
  (void)ready;
}

// Keeps libxml2's first error as a warning instead of printing it.
void OnXmlError(void* user, xmlErrorPtr error) {
  auto* first = static_cast<std::string*>(user);
  if (!first->empty() || !error || !error->message) return;
  std::string message = error->message;
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  *first = "XML error at line " + std::to_string(error->line) + ": " + message;
}

struct ReaderDeleter {
  void operator()(xmlTextReader* reader) const { xmlFreeTextReader(reader); }
};

std::string_view Str(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// Walks the document: the root decides urlset or index, and the text of
// each <loc> two levels under it, in the root's namespace, is one URL.
void ReadLocs(xmlTextReader* reader, const SitemapLimits& limits, Sitemap* out) {
  std::string root_ns;
  bool in_loc = false;
  bool skip_loc = false;
  std::string loc;
  while (xmlTextReaderRead(reader) == 1) {
    const int type = xmlTextReaderNodeType(reader);
    const int depth = xmlTextReaderDepth(reader);
    if (type == XML_READER_TYPE_ELEMENT) {
      const std::string_view name = Str(xmlTextReaderConstLocalName(reader));
      const std::string_view ns = Str(xmlTextReaderConstNamespaceUri(reader));
      if (depth == 0) {
        if (name != "urlset" && name != "sitemapindex") {
          out->warnings.push_back("not a sitemap (root <" + std::string(name.substr(0, 40)) + ">)");
          return;
        }
        out->is_index = name == "sitemapindex";
        root_ns = ns;
      } else if (depth == 2 && name == "loc" && ns == root_ns &&
                 !xmlTextReaderIsEmptyElement(reader)) {
        in_loc = true;
        skip_loc = false;
        loc.clear();
      }
    } else if (in_loc && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
      const std::string_view text = Str(xmlTextReaderConstValue(reader));
      if (loc.size() + text.size() > limits.max_loc_length) skip_loc = true;
      if (!skip_loc) loc.append(text);
    } else if (in_loc && type == XML_READER_TYPE_END_ELEMENT && depth == 2) {
      in_loc = false;
      const std::string_view url = Trim(loc);
      if (!skip_loc && !url.empty()) out->locs.emplace_back(url);
      if (out->locs.size() >= limits.max_locs) {
        out->warnings.push_back("more than " + std::to_string(limits.max_locs) +
                                " URLs; the rest ignored");
        return;
      }
    }
  }
}

}  // namespace

Sitemap ParseSitemap(std::string_view bytes, const SitemapLimits& limits) {
  Sitemap out;
  std::string inflated;
  if (IsGzip(bytes)) {
    if (std::string problem = Gunzip(bytes, limits.max_bytes, &inflated); !problem.empty()) {
      out.warnings.push_back(problem);
    }
    bytes = inflated;
  } else if (bytes.size() > std::min<size_t>(limits.max_bytes, 1u << 30)) {
    bytes = bytes.substr(0, std::min<size_t>(limits.max_bytes, 1u << 30));
    out.warnings.push_back("larger than " + std::to_string(limits.max_bytes) +
                           " bytes; the rest ignored");
  }
  if (Trim(bytes).empty()) {
    out.warnings.push_back("empty sitemap");
    return out;
  }
  InitLibxml();
  // No XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: entities are never
  // substituted, nothing external is loaded, libxml2's limits stay on.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlTextReader, ReaderDeleter> reader(xmlReaderForMemory(
      bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
  if (!reader) {
    out.warnings.push_back("cannot start the XML reader");
    return out;
  }
  std::string error;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), OnXmlError, &error);
  ReadLocs(reader.get(), limits, &out);
  if (!error.empty()) out.warnings.push_back(error);
  return out;
}

}  // namespace clinicrank
