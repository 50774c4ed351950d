// CDXJ index lines for WARC records, in the format pywb reads and warcio's
// `cdx-index` writes:
//   <SURT url key> <14-digit timestamp> {"url": …, "mime": …, "status": …,
//   "digest": …, "length": …, "offset": …, "filename": …}
// so an archived page can be found and replayed by standard tools. Indexed:
// every record but requests, warcinfo, and warc-fields metadata/resources.
// "digest" is the payload digest without its "sha1:" label; status, length
// and offset are JSON strings, as pywb writes them.
#ifndef CLINICRANK_WARC_CDXJ_H_
#define CLINICRANK_WARC_CDXJ_H_

#include <optional>
#include <string>
#include <string_view>

#include "warc/warc_reader.h"

namespace clinicrank {

// The Sort-friendly URI Reordering Transform as pywb's indexers apply it to
// http(s) URLs: lower-cased, a leading "www", "www2", … dropped, host labels
// reversed and joined by commas, a non-default port kept, then ")" and the
// path, with query arguments sorted; the fragment dropped.
// "https://www.Example.com:8443/A?b=2&a=1#x" → "com,example:8443)/a?a=1&b=2".
// Other URLs are returned unchanged.
std::string SurtKey(std::string_view url);

// "2026-11-01T10:00:00.250Z" → "20261101100000".
std::string CdxTimestamp(std::string_view warc_date);

// The line for `record` (no newline), or nullopt for a record that is not
// indexed. `filename` is written as given.
std::optional<std::string> CdxjLine(const WarcRecord& record, std::string_view filename);

}  // namespace clinicrank

#endif  // CLINICRANK_WARC_CDXJ_H_
