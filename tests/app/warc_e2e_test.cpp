// Issue 16 end to end, on the built binary and a local site served over real
// HTTP: `crawl --warc` archives every exchange (robots.txt, redirects, 4xx,
// 5xx, gzip and chunked bodies) as request/response pairs; `extract --warc`
// on that file equals `extract --db` on the store; `index` lists every
// response at the offset where it is; the store points at each page's
// record; a refresh writes revisit records for unchanged pages; and a WARC
// written by GNU wget reads. The WARC files are left in build/test-artifacts
// for the independent check in .ci/run (.ci/warcio/check.mjs).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/store.h"
#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"
#include "tests/warc/warc_testing.h"
#include "warc/warc_reader.h"

namespace clinicrank {
namespace {

namespace fs = std::filesystem;
using testing::HttpReply;
using testing::HttpServer;
using testing::RunProcess;

// The clinic site; `price` changes between crawls.
void ServeClinic(HttpServer* server, std::atomic<int>* price) {
  server->Route("/robots.txt", HttpReply::Text("User-agent: *\nDisallow: /private\n"));
  server->Route("/", HttpReply::Html(
                         "<html><head><title>Knee Regen Clinic</title></head><body>"
                         "<h1>Knee Regen Clinic</h1><p>We inject your own bone marrow cells under "
                         "ultrasound guidance.</p><a href='/pricing'>Pricing</a> <a href='/old'>Old</a> "
                         "<a href='/missing'>Missing</a> <a href='/broken'>Broken</a> "
                         "<a href='/private'>Private</a> <a href='/zipped'>Zipped</a> "
                         "<a href='/stream'>Stream</a></body></html>"));
  server->Route("/pricing", [price](const testing::HttpRequest&) {
    return HttpReply::Html("<html><body><h1>Pricing</h1><p>Stem cell knee injection: $" +
                           std::to_string(price->load()) + " per knee.</p></body></html>");
  });
  server->Route("/old", HttpReply::Redirect("/new"));
  server->Route("/new", HttpReply::Html("<html><body><p>Our doctors are orthopedic "
                                        "surgeons.</p></body></html>"));
  server->Route("/missing", HttpReply::Html("<p>not here</p>", 404));
  server->Route("/broken", HttpReply::Html("<p>broken</p>", 501));
  HttpReply zipped = HttpReply::Html("<html><body><p>FDA approved treatment.</p></body></html>");
  zipped.gzip = true;
  server->Route("/zipped", zipped);
  HttpReply stream = HttpReply::Html("");
  stream.stream_bytes = 1000;  // chunked
  server->Route("/stream", stream);
}

std::vector<WarcRecord> Records(const std::string& path) {
  std::vector<WarcRecord> records;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f != nullptr);
  WarcReader reader(f);
  WarcRecord r;
  while (reader.NextRecord(&r)) records.push_back(r);
  std::fclose(f);
  CAPTURE(reader.warnings());
  CHECK(reader.warnings().empty());
  return records;
}

// Extract output keyed by line, without "source" (a site's seed URL in the
// store, its scheme://host:port in a WARC).
std::vector<std::string> FactsWithoutSource(const std::string& jsonl) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < jsonl.size()) {
    size_t end = jsonl.find('\n', start);
    if (end == std::string::npos) end = jsonl.size();
    rapidjson::Document doc;
    doc.Parse(jsonl.substr(start, end - start).c_str());
    REQUIRE_FALSE(doc.HasParseError());
    doc.RemoveMember("source");
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    out.push_back(buffer.GetString());
    start = end + 1;
  }
  return out;
}

std::string Keep(const std::string& path, const std::string& name) {
  const std::string kept = testing::ArtifactDir() + "/" + name;
  fs::copy_file(path, kept, fs::copy_options::overwrite_existing);
  return kept;
}

TEST_CASE("crawl --warc: every exchange archived; extract --warc equals extract --db; "
          "index offsets; provenance; revisits on refresh",
          "[app][warc][contract]") {
  HttpServer server;
  std::atomic<int> price{4500};
  ServeClinic(&server, &price);
  testing::ScratchDir dir;
  const std::string bin = testing::ClinicrankBinary();
  const std::string db = dir.File("c.db"), run1 = dir.File("run1.warc.gz"),
                    run2 = dir.File("run2.warc.gz");
  auto crawl = RunProcess({bin, "crawl", server.Url("/"), "--db", db, "--warc", run1, "--delay", "0"});
  INFO(crawl.err);
  REQUIRE(crawl.exit_code == 0);

  // Every answered exchange is a request/response pair, raw.
  const std::vector<WarcRecord> records = Records(run1);
  REQUIRE_FALSE(records.empty());
  CHECK(records[0].type == "warcinfo");
  std::map<std::string, const WarcRecord*> response_by_path;
  std::map<std::string, std::string> request_ids;
  for (const WarcRecord& r : records) {
    if (r.type == "request") request_ids[r.record_id] = r.target_uri;
    if (r.type != "response") continue;
    response_by_path[r.target_uri.substr(server.Url("").size())] = &r;
    CHECK(request_ids.count(*r.Field("warc-concurrent-to")) == 1);
  }
  for (const char* path : {"/robots.txt", "/", "/pricing", "/old", "/new", "/missing", "/broken",
                           "/zipped", "/stream", "/sitemap.xml"}) {
    CAPTURE(path);
    CHECK(response_by_path.count(path) == 1);
  }
  CHECK(response_by_path.count("/private") == 0);  // robots.txt said no
  CHECK(response_by_path["/old"]->block.starts_with("HTTP/1.1 301"));
  CHECK(response_by_path["/broken"]->block.starts_with("HTTP/1.1 501"));
  CHECK(response_by_path["/zipped"]->block.find("Content-Encoding: gzip") != std::string::npos);
  CHECK(response_by_path["/zipped"]->block.find("FDA approved") == std::string::npos);  // still gzip
  CHECK(response_by_path["/stream"]->block.find("Transfer-Encoding: chunked\r\n\r\n10000\r\n") !=
        std::string::npos);

  // The archive reads back as the store does.
  auto from_db = RunProcess({bin, "extract", "--db", db});
  auto from_warc = RunProcess({bin, "extract", "--warc", run1});
  REQUIRE(from_db.exit_code == 0);
  REQUIRE(from_warc.exit_code == 0);
  CHECK(FactsWithoutSource(from_warc.out) == FactsWithoutSource(from_db.out));
  CHECK(from_warc.out.find("\"fda_approved\"") != std::string::npos);

  // The CDXJ index lists every response, revisit and nothing else, at its offset.
  auto index = RunProcess({bin, "index", run1});
  REQUIRE(index.exit_code == 0);
  size_t indexed = 0;
  for (const WarcRecord& r : records) {
    if (r.type != "response") continue;
    ++indexed;
    const std::string where = "\"length\": \"" + std::to_string(r.length) + "\", \"offset\": \"" +
                              std::to_string(r.offset) + "\", \"filename\": \"run1.warc.gz\"}";
    CAPTURE(r.target_uri, where);
    CHECK(index.out.find("{\"url\": \"" + r.target_uri + "\"") != std::string::npos);
    CHECK(index.out.find(where) != std::string::npos);
    // And the offset is where a reader finds that record.
    std::FILE* f = std::fopen(run1.c_str(), "rb");
    REQUIRE(fseeko(f, static_cast<off_t>(r.offset), SEEK_SET) == 0);
    {
      WarcReader at(f);
      WarcRecord found;
      REQUIRE(at.NextRecord(&found));
      CHECK(found.record_id == r.record_id);
      CHECK(found.offset == r.offset);
    }
    std::fclose(f);
  }
  CHECK(static_cast<size_t>(std::count(index.out.begin(), index.out.end(), '\n')) == indexed);

  // The store knows where each page's record is.
  {
    Status status;
    auto store = PageStore::Open(db, PageStore::Mode::kReadOnly, &status);
    REQUIRE(store);
    std::vector<SiteInfo> sites;
    REQUIRE(store->ListSites(&sites).ok());
    std::vector<PageRecord> pages;
    REQUIRE(store->LatestPages(sites.at(0).id, std::nullopt, false, &pages).ok());
    REQUIRE(pages.size() >= 5);
    for (const PageRecord& page : pages) {
      CAPTURE(page.url);
      CHECK(page.ip == "127.0.0.1");
      CHECK(page.warc_file == run1);
      const auto it = std::find_if(records.begin(), records.end(), [&](const WarcRecord& r) {
        return r.record_id == page.warc_record_id;
      });
      REQUIRE(it != records.end());
      CHECK(static_cast<int64_t>(it->offset) == page.warc_offset);
      CHECK(it->date == page.fetched_at);
      CHECK(it->target_uri == page.final_url);
    }
  }

  // A month later: only the price changed. Unchanged pages become revisits.
  price = 4900;
  auto refresh = RunProcess(
      {bin, "crawl", server.Url("/"), "--db", db, "--warc", run2, "--delay", "0", "--refresh"});
  REQUIRE(refresh.exit_code == 0);
  std::map<std::string, const WarcRecord*> second;
  const std::vector<WarcRecord> records2 = Records(run2);
  for (const WarcRecord& r : records2) {
    if (r.type == "response" || r.type == "revisit") second[r.target_uri] = &r;
  }
  CHECK(second.at(server.Url("/pricing"))->type == "response");
  for (const char* path : {"/", "/new", "/zipped", "/stream"}) {
    CAPTURE(path);
    const WarcRecord* revisit = second.at(server.Url(path));
    CHECK(revisit->type == "revisit");
    CHECK(*revisit->Field("warc-refers-to") == response_by_path[path]->record_id);
    CHECK(*revisit->Field("warc-refers-to-date") == response_by_path[path]->date);
  }
  Keep(run1, "e2e-run1.warc.gz");
  Keep(run2, "e2e-run2.warc.gz");

  // Both crawls' files together: revisits find their payloads in the first,
  // and the latest capture of each page counts - as in the store.
  const std::string both =
      dir.Write("both.warc.gz", testing::ReadFileOrThrow(run1) + testing::ReadFileOrThrow(run2));
  auto latest = RunProcess({bin, "extract", "--warc", both});
  auto latest_db = RunProcess({bin, "extract", "--db", db});
  CHECK(latest.out.find("\"low\":4900") != std::string::npos);
  CHECK(latest.out.find("\"low\":4500") == std::string::npos);
  CHECK(FactsWithoutSource(latest.out) == FactsWithoutSource(latest_db.out));
  // The same two files named apart are one input, as if concatenated: the
  // revisits still find their captures in the first file.
  auto apart = RunProcess({bin, "extract", "--warc", run1, run2});
  CHECK(apart.exit_code == 0);
  CHECK(apart.err.find("not in this input") == std::string::npos);
  CHECK(apart.out == latest.out);

  // A crawl killed while writing leaves a record cut short at the end; the
  // next crawl with the same file cuts it off before appending.
  {
    const std::string member = testing::GzipBytes(testing::WarcRecordBytes(
        "response", server.Url("/cut"), testing::HttpOk("text/html", std::string(5000, 'x'))));
    const std::string half = member.substr(0, member.size() / 2);
    dir.Write("cut.warc.gz", testing::ReadFileOrThrow(run1) + half);
    auto resumed = RunProcess({bin, "crawl", server.Url("/"), "--db", dir.File("cut.db"), "--warc",
                               dir.File("cut.warc.gz"), "--delay", "0"});
    REQUIRE(resumed.exit_code == 0);
    CHECK(resumed.err.find("removed " + std::to_string(half.size()) +
                           " byte(s) of a record cut short") != std::string::npos);
    const std::vector<WarcRecord> repaired = Records(dir.File("cut.warc.gz"));  // no warnings
    CHECK(repaired.size() == records.size() * 2);
  }

  // A resumed crawl appends to the same WARC file; nothing before is lost.
  const auto size_before = fs::file_size(run2);
  REQUIRE(RunProcess({bin, "crawl", server.Url("/"), "--db", db, "--warc", run2, "--delay", "0"})
              .exit_code == 0);
  CHECK(fs::file_size(run2) > size_before);
  CHECK(Records(run2).size() > records2.size());
}

TEST_CASE("extract --warc: a file with no readable record exits 1; --warc refuses a non-WARC",
          "[app][warc][contract]") {
  testing::ScratchDir dir;
  const std::string bin = testing::ClinicrankBinary();
  const std::string junk = dir.Write("junk.warc", "this is not a WARC file\n");
  auto result = RunProcess({bin, "extract", "--warc", junk});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("not a WARC file") != std::string::npos);
  CHECK(result.out.empty());
  auto index = RunProcess({bin, "index", junk});
  CHECK(index.exit_code == 1);

  const std::string notes = dir.Write("notes.txt", "my notes\n");
  auto crawl = RunProcess({bin, "crawl", "http://127.0.0.1:9/", "--db", dir.File("c.db"),
                           "--warc", notes});
  CHECK(crawl.exit_code == 2);
  CHECK(crawl.err.find("not a WARC file") != std::string::npos);
  CHECK(testing::ReadFileOrThrow(notes) == "my notes\n");
}

// GNU wget 1.21 writes WARC/1.0 records with <…> target URIs, a log as a
// resource record and metadata records; its archive of the same site reads.
TEST_CASE("a WARC written by GNU wget reads", "[app][warc][contract]") {
  HttpServer server;
  std::atomic<int> price{4500};
  ServeClinic(&server, &price);
  testing::ScratchDir dir;
  auto wget = RunProcess({"/usr/bin/wget", "--quiet", "--recursive", "--level=1", "--tries=1",
                          "--timeout=10", "--directory-prefix=" + dir.File("mirror"),
                          "--warc-file=" + dir.File("wget"), server.Url("/")},
                         120);
  INFO(wget.err);
  REQUIRE(fs::exists(dir.File("wget.warc.gz")));  // wget exits 8 for the site's 404 and 501
  const std::string bin = testing::ClinicrankBinary();
  auto facts = RunProcess({bin, "extract", "--warc", dir.File("wget.warc.gz")});
  INFO(facts.err);
  REQUIRE(facts.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(facts.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["source"].GetString()) == server.Url(""));
  CHECK(doc["pages"].Size() >= 4);
  CHECK(facts.out.find("\"low\":4500") != std::string::npos);
  CHECK(std::string(doc["ultrasound_guidance"].GetString()) == "yes");
  auto index = RunProcess({bin, "index", dir.File("wget.warc.gz")});
  CHECK(index.exit_code == 0);
  CHECK(index.out.find("{\"url\": \"" + server.Url("/pricing") + "\"") != std::string::npos);
  CHECK(index.err.empty());
}

}  // namespace
}  // namespace clinicrank
