#include "app/clinic_sources.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>

#include "app/commands.h"
#include "app/extracted_clinic.h"
#include "base/ordered_pool.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "store/store.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;

// Bounds on what one PATH may make us hold in memory. A page over the first
// limit is skipped unread; the parser itself only looks at its first 8 MiB.
constexpr uintmax_t kMaxPageBytes = 64u << 20;
constexpr uintmax_t kMaxClinicBytes = 256u << 20;
constexpr size_t kMaxPagesPerClinic = 2000;

struct LoadedPage {
  std::string path;
  std::string bytes;
};

bool HasHtmlExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".html" || ext == ".htm";
}

const char* FileTypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Reads a regular file whole. stat() first, so a FIFO or device is never
// opened (opening a FIFO would block until a writer appears).
bool ReadPage(const std::string& path, uintmax_t budget, LoadedPage* page, std::string* error) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *error = path + ": " + std::strerror(errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *error = path + ": " + FileTypeName(st.st_mode) + ", skipped";
    return false;
  }
  const auto size = static_cast<uintmax_t>(st.st_size);
  if (size > kMaxPageBytes || size > budget) {
    *error = path + ": too large (" + std::to_string(size) + " bytes; limit " +
             std::to_string(std::min(kMaxPageBytes, budget)) + "), skipped";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  page->path = path;
  page->bytes.resize(size);
  in.read(page->bytes.data(), static_cast<std::streamsize>(size));
  page->bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  return true;
}

// Every .html/.htm file beneath `dir`, sorted so output is deterministic.
// Symlinked directories are not followed (no loops).
std::vector<std::string> ListHtmlFiles(const std::string& dir, std::vector<std::string>* warnings) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    warnings->push_back(dir + ": cannot list directory: " + ec.message());
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      warnings->push_back(dir + ": error while listing: " + ec.message());
      break;
    }
    if (HasHtmlExtension(it->path()) && !it->is_directory(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Extracts one PATH; with `keep_pages`, also hands back its pages.
ExtractedClinic LoadAndExtract(const std::string& source, bool keep_pages) {
  std::vector<std::string> warnings;
  auto owned = std::make_shared<std::vector<LoadedPage>>();
  std::vector<LoadedPage>& loaded = *owned;
  struct stat st;
  if (::stat(source.c_str(), &st) != 0) {
    warnings.push_back(source + ": " + std::strerror(errno));
  } else if (S_ISDIR(st.st_mode)) {
    std::vector<std::string> files = ListHtmlFiles(source, &warnings);
    if (files.empty()) warnings.push_back(source + ": no .html or .htm files in this directory");
    if (files.size() > kMaxPagesPerClinic) {
      warnings.push_back(source + ": " + std::to_string(files.size()) + " pages; only the first " +
                         std::to_string(kMaxPagesPerClinic) + " read");
      files.resize(kMaxPagesPerClinic);
    }
    uintmax_t budget = kMaxClinicBytes;
    for (const std::string& file : files) {
      LoadedPage page;
      std::string error;
      if (ReadPage(file, budget, &page, &error)) {
        budget -= page.bytes.size();
        loaded.push_back(std::move(page));
      } else {
        warnings.push_back(error);
      }
    }
  } else {
    LoadedPage page;
    std::string error;
    if (ReadPage(source, kMaxClinicBytes, &page, &error)) {
      loaded.push_back(std::move(page));
    } else {
      warnings.push_back(error);
    }
  }

  ExtractedClinic out;
  std::vector<PageInput> inputs;
  inputs.reserve(loaded.size());
  for (const LoadedPage& page : loaded) {
    PageInput input;
    input.bytes = page.bytes;
    input.path = page.path;
    inputs.push_back(std::move(input));
    if (!keep_pages) continue;
    AuditPage audit_page;
    audit_page.bytes = page.bytes;
    audit_page.provenance.path = page.path;
    out.pages.push_back(std::move(audit_page));
  }
  out.facts = ExtractClinic(source, inputs);
  out.facts.warnings.insert(out.facts.warnings.begin(), warnings.begin(), warnings.end());
  if (keep_pages) out.owner = std::move(owned);
  return out;
}

// How many subfolders of `dir` hold .html/.htm files (stops at 1000), or
// -1 when `dir` itself holds one directly.
int ClinicSubfolders(const std::string& dir) {
  std::error_code ec;
  int folders = 0;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && HasHtmlExtension(it->path())) return -1;
    if (!it->is_directory(ec) || it->is_symlink(ec) || folders >= 1000) continue;
    std::error_code sub_ec;
    for (fs::recursive_directory_iterator sub(
             it->path(), fs::directory_options::skip_permission_denied, sub_ec);
         !sub_ec && sub != fs::recursive_directory_iterator(); sub.increment(sub_ec)) {
      if (HasHtmlExtension(sub->path()) && sub->is_regular_file(sub_ec)) {
        ++folders;
        break;
      }
    }
  }
  return folders;
}

bool ExtractPaths(const std::vector<std::string>& paths, int jobs, bool keep_pages,
                  const ClinicPagesSink& sink) {
  bool any_page = false;
  OrderedPool<ExtractedClinic> pool(jobs, [&](ExtractedClinic&& clinic) {
    PrintWarnings(clinic.facts);
    // A clinic whose every page was unreadable still counts as "read" if it
    // had pages at all; a run where nothing could be read is a failure.
    if (!clinic.facts.pages.empty()) any_page = true;
    sink(std::move(clinic.facts), clinic.pages);
  });
  for (const std::string& path : paths) {
    pool.Submit([&path, keep_pages] { return LoadAndExtract(path, keep_pages); });
  }
  pool.Finish();
  return any_page;
}

}  // namespace

std::string FolderOfClinicsError(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    const int folders = ClinicSubfolders(path);
    if (folders < 2) continue;
    std::string glob = path;
    while (glob.size() > 1 && glob.back() == '/') glob.pop_back();
    return path + " is a folder of " + std::to_string(folders) +
           " clinic folders, not one clinic; did you mean " + glob + "/* ?";
  }
  return "";
}

bool ExtractFromPaths(const std::vector<std::string>& paths, int jobs, const ClinicPagesSink& sink) {
  return ExtractPaths(paths, jobs, true, sink);
}

bool ExtractFromPaths(const std::vector<std::string>& paths, int jobs, const ClinicFactsSink& sink) {
  return ExtractPaths(paths, jobs, false, FactsOnly(sink));
}

void PrintWarnings(const ClinicFacts& facts) {
  for (const std::string& w : facts.warnings) std::cerr << "clinicrank: warning: " << w << "\n";
}

int CollectClinicFacts(const std::vector<std::string>& paths, const std::string& db, int jobs,
                       std::vector<ClinicFacts>* facts, int64_t run,
                       std::vector<int64_t>* run_ids) {
  const ClinicFactsSink sink = [facts](ClinicFacts&& f) { facts->push_back(std::move(f)); };
  return StreamClinicFacts(paths, db, jobs, sink, run, run_ids);
}

int StreamClinicFacts(const std::vector<std::string>& paths, const std::string& db, int jobs,
                      const ClinicFactsSink& sink, int64_t run, std::vector<int64_t>* run_ids) {
  if (!db.empty()) {
    std::string error;
    CrawlSession session;
    if (!ChooseCrawl(db, run, &session, &error) ||
        !ExtractFromDb(db, jobs, session.last(), sink, &error)) {
      std::cerr << "clinicrank: error: " << error << "\n";
      return kExitFailure;
    }
    if (run_ids) *run_ids = session.run_ids;
    return kExitOk;
  }
  if (std::string error = FolderOfClinicsError(paths); !error.empty()) {
    std::cerr << "clinicrank: error: " << error << "\n";
    return kExitUsage;
  }
  if (!ExtractFromPaths(paths, jobs, sink)) {
    std::cerr << "clinicrank: error: no page could be read from the given PATHs\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace clinicrank
