// prefilter_bench: the relevance prefilter (parsers/vocab/treatment_mentions.h)
// against the full extract path, on an archive-like mix where 1% of pages are
// clinic pages (issue 17: the prefilter must be at least 10x faster).
//
// Usage: prefilter_bench [MB] [PAD_KB]   (default 64 MB of pages; 24 KB of
// inline CSS/script per page, as site builders write them).
//
// Prints, in MB/s of page bytes per core (process CPU time, so a busy shared
// machine does not skew the ratio):
//  - prefilter: one pass over each raw page, with the engine the build
//    chose (Hyperscan or RE2), and with RE2::Set for comparison;
//  - prefilter on gzip: the same after inflating each page's compressed
//    payload (Content-Encoding: deflate in an archive record; gzip is the
//    same deflate stream in another wrapper);
//  - extract: ExtractClinic on each page (hash, decode, pre-pass, Gumbo,
//    every extractor), as `extract --warc` would run it on every page;
//  - archive sites / archive route: the census's per-file stages on the same
//    pages as a .warc.gz (reader, gunzip, site keys, prefilter; routing);
//  - the ratios, and how many pages passed (only pages of clinic sites that
//    name the treatment; the unrelated pages carry distractors such as
//    "solar cells", and a clinic's contact page names nothing).
// The phases take turns in rounds, so drifting machine speed hits them alike.
#include <time.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "archive/census.h"
#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "parsers/vocab/treatment_mentions.h"
#include "tests/testing/synth_sites.h"
#include "tests/testing/synth_warc.h"
#include "warc/warc_pages.h"

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Page {
  std::string url;
  std::string html;
  std::string gzipped;
  bool clinic = false;
};

// Deflate in the zlib format (Content-Encoding: deflate); Gunzip below reads
// it as the WARC reader does, detecting zlib or gzip.
std::string Deflate(const std::string& data) {
  uLongf size = compressBound(data.size());
  std::string out(size, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &size,
            reinterpret_cast<const Bytef*>(data.data()), data.size(), Z_DEFAULT_COMPRESSION);
  out.resize(size);
  return out;
}

bool Gunzip(const std::string& in, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;
  out->resize(in.size() * 8 + 1024);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  size_t used = 0;
  while (rc == Z_OK) {
    if (used == out->size()) out->resize(out->size() * 2);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs.avail_out = static_cast<uInt>(out->size() - used);
    rc = inflate(&zs, Z_NO_FLUSH);
    used = out->size() - zs.avail_out;
  }
  out->resize(used);
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

// 1% clinic pages, 99% pages of unrelated sites, interleaved.
std::vector<Page> ArchiveMix(size_t target_bytes, size_t pad) {
  clinicrank::testing::SynthOptions options;
  options.padding_bytes = pad;
  std::vector<Page> pages;
  size_t bytes = 0;
  int clinic = 0;
  std::vector<clinicrank::testing::SynthPage> clinic_pages;
  for (int site = 0; bytes < target_bytes; ++site) {
    for (auto& p : clinicrank::testing::MakeUnrelatedSite(site, options).pages) {
      if (pages.size() % 100 == 50) {
        if (clinic_pages.empty()) clinic_pages = MakeClinicSite(clinic++, options).pages;
        // Only pages that name the treatment count as clinic pages here; a
        // clinic's contact page is routed by its site, not by the filter.
        auto& cp = clinic_pages.front();
        bytes += cp.html.size();
        pages.push_back({cp.url, std::move(cp.html), "", true});
        clinic_pages.erase(clinic_pages.begin());
      }
      bytes += p.html.size();
      pages.push_back({p.url, std::move(p.html), "", false});
    }
  }
  for (Page& p : pages) p.gzipped = Deflate(p.html);
  return pages;
}

// The census's per-file stages end to end on the same pages written as one
// .warc.gz (one gzip member per record, as Common Crawl writes them): the
// WARC reader, site keys and the prefilter (stage 1), and routing into
// shards (stage 2). Rates are per core, in MB of page bytes and of file.
void ArchiveStages(const std::vector<Page>& pages) {
  char dir[] = "/tmp/clinicrank-bench-XXXXXX";
  if (mkdtemp(dir) == nullptr) return;
  std::vector<clinicrank::testing::SynthPage> synth;
  synth.reserve(pages.size());
  size_t bytes = 0;
  for (const Page& p : pages) {
    synth.push_back({p.url, "", p.html});
    bytes += p.html.size();
  }
  std::vector<const clinicrank::testing::SynthPage*> order;
  for (const auto& p : synth) order.push_back(&p);
  const std::string warc = std::string(dir) + "/mix.warc.gz";
  clinicrank::testing::WriteWarc(warc, order, /*gzip=*/true);
  const double file_mb = static_cast<double>(std::filesystem::file_size(warc)) / 1e6;
  const double mb = static_cast<double>(bytes) / 1e6;

  std::string error;
  auto in = clinicrank::OpenWarcInput(warc, &error);
  double t0 = CpuSeconds();
  clinicrank::WarcPageReader reader(in.get());
  std::set<std::string> sites;
  clinicrank::StageCounts listed;
  clinicrank::ListRelevantSites(&reader, clinicrank::TreatmentMentionMatcher(), &sites, &listed);
  double t1 = CpuSeconds();
  auto again = clinicrank::OpenWarcInput(warc, &error);
  clinicrank::WarcPageReader reader2(again.get());
  clinicrank::RouteOptions options;
  options.shards = 16;
  options.out_dir = std::string(dir) + "/shards";
  options.part = "000000";
  clinicrank::StageCounts routed;
  const bool ok =
      clinicrank::RouteSites(&reader2, {sites.begin(), sites.end()}, options, &routed, &error);
  double t2 = CpuSeconds();
  std::printf(
      "  archive sites (.warc.gz) %6.1f MB/s of pages per core (%.1f MB/s of file), "
      "%zu sites listed\n",
      mb / (t1 - t0), file_mb / (t1 - t0), sites.size());
  std::printf(
      "  archive route (.warc.gz) %6.1f MB/s of pages per core (%.1f MB/s of file), "
      "%zu pages routed%s\n",
      mb / (t2 - t1), file_mb / (t2 - t1), routed.matched, ok ? "" : " (FAILED)");
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

}  // namespace

int main(int argc, char** argv) {
  const size_t mb = argc > 1 ? static_cast<size_t>(std::atoi(argv[1])) : 64;
  const size_t pad_kb = argc > 2 ? static_cast<size_t>(std::atoi(argv[2])) : 24;
  const std::vector<Page> pages = ArchiveMix(mb << 20, pad_kb << 10);
  size_t total = 0, clinics = 0;
  for (const Page& p : pages) {
    total += p.html.size();
    clinics += p.clinic ? 1 : 0;
  }
  const clinicrank::MentionMatcher& matcher = clinicrank::TreatmentMentionMatcher();
  const clinicrank::MentionMatcher re2(clinicrank::TreatmentMentionTerms(),
                                       clinicrank::MatchEngine::kRe2);
  matcher.Matches("warm up");
  re2.Matches("warm up");

  // Rounds: each filter reads every page, then extract reads a third of them,
  // so drifting machine speed hits all phases alike while each phase runs
  // long enough to keep its tables in cache (as in an archive job, where
  // nothing else runs between two pages).
  constexpr int kRounds = 3;
  double t_filter = 0, t_re2 = 0, t_gzip = 0, t_extract = 0;
  size_t passed = 0, passed_clinic = 0, passed_re2 = 0, passed_gzip = 0, extracted = 0;
  std::string plain;
  for (int round = 0; round < kRounds; ++round) {
    double t0 = CpuSeconds();
    for (const Page& p : pages) {
      if (matcher.Matches(p.html)) {
        ++passed;
        passed_clinic += p.clinic ? 1 : 0;
      }
    }
    double t1 = CpuSeconds();
    for (const Page& p : pages) passed_re2 += re2.Matches(p.html) ? 1 : 0;
    double t2 = CpuSeconds();
    for (const Page& p : pages) {
      if (Gunzip(p.gzipped, &plain) && matcher.Matches(plain)) ++passed_gzip;
    }
    double t3 = CpuSeconds();
    for (size_t i = static_cast<size_t>(round); i < pages.size(); i += kRounds) {
      clinicrank::PageInput in;
      in.bytes = pages[i].html;
      in.url = pages[i].url;
      in.content_type = "text/html; charset=utf-8";
      extracted += clinicrank::ExtractClinic(pages[i].url, {in}).pages.size();
    }
    double t4 = CpuSeconds();
    t_filter += t1 - t0;
    t_re2 += t2 - t1;
    t_gzip += t3 - t2;
    t_extract += (t4 - t3) * kRounds;  // extract read a third of the bytes
  }
  passed /= kRounds;
  passed_clinic /= kRounds;
  passed_re2 /= kRounds;
  passed_gzip /= kRounds;
  const double mbytes = static_cast<double>(total) / 1e6 * kRounds;
  std::printf(
      "prefilter_bench: %zu pages, %.1f MB, %zu pages of clinic sites (%.1f%%), %zu KB "
      "padding\n",
      pages.size(), static_cast<double>(total) / 1e6, clinics,
      100.0 * static_cast<double>(clinics) / static_cast<double>(pages.size()), pad_kb);
  std::printf(
      "  prefilter (%-9s) %8.1f MB/s per core   passed %zu pages (%zu of them from "
      "clinic sites)\n",
      std::string(matcher.engine_name()).c_str(), mbytes / t_filter, passed, passed_clinic);
  std::printf("  prefilter (re2)       %8.1f MB/s per core   passed %zu pages\n", mbytes / t_re2,
              passed_re2);
  std::printf("  prefilter on gzip     %8.1f MB/s per core   passed %zu pages (inflate + match)\n",
              mbytes / t_gzip, passed_gzip);
  std::printf("  extract               %8.1f MB/s per core   (%zu pages read)\n",
              mbytes / t_extract, extracted);
  ArchiveStages(pages);
  std::printf(
      "  prefilter / extract: %.1fx   re2 / extract: %.1fx   prefilter on gzip / extract: "
      "%.1fx\n",
      t_extract / t_filter, t_extract / t_re2, t_extract / t_gzip);
  return 0;
}
