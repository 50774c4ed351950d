// The two stages of a clinic census over many WARC files (issue 17,
// docs/scale.md). Each runs on one WARC file at a time, so any engine (Dask,
// Hadoop Streaming, Spark, xargs) can run one task per file:
//
//  1. ListRelevantSites: the sites with at least one page that mentions the
//     treatment (the prefilter, parsers/vocab/treatment_mentions.h; no HTML
//     parse). The union over all files is the census's site list.
//  2. RouteSites: every page of a listed site, relevant or not (contact and
//     pricing pages matter), copied into DIR/shard-NNNNN/PART.warc.gz by
//     ShardOf(site), under the per-site SiteCap of that file alone, the page
//     that closes a site included.
//
// Then `extract --warc --by-site` per shard, over its parts in PART order,
// equals `extract --warc --by-site --relevant-only` over all the files
// concatenated, once the shards' outputs are merged by site.
//
// Library code: returns errors and warnings; app/archive_command.cpp prints.
#ifndef CLINICRANK_ARCHIVE_CENSUS_H_
#define CLINICRANK_ARCHIVE_CENSUS_H_

#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "archive/site_key.h"

namespace clinicrank {

class MentionMatcher;
class WarcPageReader;

// Opens a WARC file to read ("-" is stdin; a FIFO or character device is
// read as it comes, like stdin). Fails, with "PATH: why" in `error`, when
// the file cannot be opened, is a directory or other special file, or (a
// regular file) does not start as a WARC does (the gzip magic or "WARC/"; an
// empty file is an empty WARC).
std::unique_ptr<std::FILE, int (*)(std::FILE*)> OpenWarcInput(const std::string& path,
                                                              std::string* error);

struct StageCounts {
  size_t pages = 0;       // HTML responses read
  size_t bytes = 0;       // their bodies' bytes
  size_t matched = 0;     // pages the prefilter passed (stage 1) or pages routed (stage 2)
  size_t unparsable = 0;  // pages whose URL names no site
  std::vector<std::string> warnings;  // per-site caps, oversized pages
};

// Stage 1. Adds to *sites every site of `reader` with a page `matcher`
// passes. Once a site is listed its later pages are not scanned again.
void ListRelevantSites(WarcPageReader* reader, const MentionMatcher& matcher,
                       std::set<std::string>* sites, StageCounts* counts);

struct RouteOptions {
  int shards = 64;      // ShardOf(site, shards)
  std::string out_dir;  // shards are out_dir/shard-NNNNN/
  std::string part;     // file name of this input's part in each shard, without ".warc.gz"
  // Shard files kept open at once (others are reopened to append). Default: 128.
  size_t max_open_files = 128;
  // The per-site limit, applied to this file alone; it must be the one the
  // shards are extracted with. Default: SiteLimits{}.
  SiteLimits limits;
};

// Stage 2. Copies the pages of `sites` from `reader` into shard parts,
// written as PART.warc.gz only once the whole input was read (a crashed or
// failed run leaves only hidden .partial files, which a retry replaces).
// Returns false, with `error` set, when a shard file cannot be written; the
// partial files are then removed.
bool RouteSites(WarcPageReader* reader, const std::unordered_set<std::string>& sites,
                const RouteOptions& options, StageCounts* counts, std::string* error);

// The shard directory name for shard `index`: "shard-00042".
std::string ShardDirName(int index);

}  // namespace clinicrank

#endif  // CLINICRANK_ARCHIVE_CENSUS_H_
