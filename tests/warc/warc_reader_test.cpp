// The lenient WARC reader (ISO 28500, WARC/1.0 and 1.1) behind `extract
// --warc` and `index`: records and their offsets, plain and gzip, the HTML
// pages in them, and damaged input, where every problem is a warning with an
// offset and the records after it are still read.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "tests/testing/temp_dir.h"
#include "tests/warc/warc_testing.h"
#include "warc/warc_pages.h"
#include "warc/warc_reader.h"

namespace clinicrank {
namespace {

using testing::GzipBytes;
using testing::HttpOk;
using testing::ReadPages;
using testing::ReadRecords;
using testing::WarcRecordBytes;

std::string SampleWarc() {
  return WarcRecordBytes("warcinfo", "", "software: test\r\n", "application/warc-fields") +
         WarcRecordBytes("request", "https://a.example/", "GET / HTTP/1.1\r\n\r\n",
                         "application/http; msgtype=request") +
         WarcRecordBytes("response", "https://a.example/",
                         HttpOk("text/html; charset=utf-8", "<p>A</p>")) +
         WarcRecordBytes("response", "https://a.example/logo.png", HttpOk("image/png", "\x89PNG")) +
         WarcRecordBytes("response", "https://a.example/pricing",
                         HttpOk("text/html", "4\r\n<p>B\r\n5\r\n</p>x\r\n0\r\n\r\n",
                                "Transfer-Encoding: chunked\r\n"));
}

bool AnyWarningHas(const std::vector<std::string>& warnings, const std::string& text) {
  for (const std::string& w : warnings) {
    if (w.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("plain WARC: only HTML 2xx pages, de-chunked", "[warc][contract]") {
  auto pages = ReadPages(SampleWarc());
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].url == "https://a.example/");
  CHECK(pages[0].body == "<p>A</p>");
  CHECK(pages[0].content_type == "text/html; charset=utf-8");
  CHECK(pages[0].fetched_at == "2026-11-01T10:00:00Z");
  CHECK(pages[0].status == 200);
  CHECK(pages[1].url == "https://a.example/pricing");
  CHECK(pages[1].body == "<p>B</p>x");
}

TEST_CASE("records carry their offsets and lengths, plain and gzip", "[warc][contract]") {
  const std::string a = WarcRecordBytes("response", "https://a.example/", HttpOk("text/html", "A"));
  const std::string b = WarcRecordBytes("response", "https://b.example/", HttpOk("text/html", "B"));
  auto plain = ReadRecords(a + b);
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].offset == 0);
  CHECK(plain[0].length == a.size());
  CHECK(plain[1].offset == a.size());
  CHECK(plain[1].length == b.size());

  const std::string ga = GzipBytes(a), gb = GzipBytes(b);
  auto gz = ReadRecords(ga + gb);
  REQUIRE(gz.size() == 2);
  CHECK(gz[0].offset == 0);
  CHECK(gz[0].length == ga.size());
  CHECK(gz[1].offset == ga.size());
  CHECK(gz[1].length == gb.size());
  CHECK(gz[1].target_uri == "https://b.example/");
}

TEST_CASE("gzip WARC, one member per record and one for the whole file", "[warc][contract]") {
  std::string per_record =
      GzipBytes(WarcRecordBytes("response", "https://a.example/", HttpOk("text/html", "<p>A</p>"))) +
      GzipBytes(WarcRecordBytes("response", "https://b.example/", HttpOk("text/html", "<p>B</p>")));
  auto pages = ReadPages(per_record);
  REQUIRE(pages.size() == 2);
  CHECK(pages[1].body == "<p>B</p>");
  CHECK(ReadPages(GzipBytes(SampleWarc())).size() == 2);
}

TEST_CASE("content-encoded and chunked payloads are decoded", "[warc][contract]") {
  const std::string zipped = GzipBytes("<p>zipped</p>");
  char size_line[16];
  std::snprintf(size_line, sizeof size_line, "%zx\r\n", zipped.size());
  const std::string chunked_gzip = std::string(size_line) + zipped + "\r\n0\r\n\r\n";
  struct Case {
    const char* name;
    std::string headers;
    std::string payload;
  } cases[] = {
      {"gzip", "Content-Encoding: gzip\r\n", zipped},
      {"x-gzip", "Content-Encoding: x-gzip\r\n", zipped},
      {"chunked gzip", "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked_gzip},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto pages = ReadPages(
        WarcRecordBytes("response", "https://a.example/", HttpOk("text/html", c.payload, c.headers)));
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].body == "<p>zipped</p>");
  }
  std::vector<std::string> warnings;
  auto pages = ReadPages(WarcRecordBytes("response", "https://a.example/",
                                         HttpOk("text/html", "xx", "Content-Encoding: br\r\n")),
                         &warnings);
  CHECK(pages.empty());
  CHECK(AnyWarningHas(warnings, "unsupported Content-Encoding br"));
}

// GNU wget 1.21 writes WARC/1.0 with the target URI in angle brackets.
TEST_CASE("wget-style <uri> target URIs, WARC/1.0 and WARC/1.1", "[warc][contract]") {
  for (const char* version : {"WARC/1.0", "WARC/1.1"}) {
    CAPTURE(version);
    auto pages = ReadPages(WarcRecordBytes("response", "<http://127.0.0.1:8000/>",
                                           HttpOk("text/html", "<p>w</p>"),
                                           "application/http;msgtype=response", version));
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].url == "http://127.0.0.1:8000/");
  }
}

TEST_CASE("resource records of an HTML type are pages; revisits reuse an earlier payload",
          "[warc][contract]") {
  const std::string original =
      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\n"
      "WARC-Date: 2026-11-01T10:00:00Z\r\nWARC-Payload-Digest: sha1:AAAA\r\n"
      "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
      std::to_string(HttpOk("text/html", "<p>same</p>").size()) + "\r\n\r\n" +
      HttpOk("text/html", "<p>same</p>") + "\r\n\r\n";
  const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
  const std::string revisit =
      "WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: https://a.example/\r\n"
      "WARC-Date: 2026-12-01T10:00:00Z\r\nWARC-Payload-Digest: sha1:AAAA\r\n"
      "WARC-Refers-To-Date: 2026-11-01T10:00:00Z\r\n"
      "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
      std::to_string(head.size()) + "\r\n\r\n" + head + "\r\n\r\n";
  const std::string orphan = revisit;  // its original is not in the input below
  const std::string resource =
      WarcRecordBytes("resource", "file:///site/about.html", "<p>about</p>", "text/html");
  const std::string log = WarcRecordBytes("resource", "urn:X-wget:log", "log", "text/plain");

  auto pages = ReadPages(original + revisit + resource + log);
  REQUIRE(pages.size() == 3);
  CHECK(pages[1].record_type == "revisit");
  CHECK(pages[1].fetched_at == "2026-12-01T10:00:00Z");
  CHECK(pages[1].body == "<p>same</p>");
  CHECK(pages[2].record_type == "resource");
  CHECK(pages[2].body == "<p>about</p>");

  std::vector<std::string> warnings;
  CHECK(ReadPages(orphan, &warnings).empty());
  CHECK(AnyWarningHas(warnings, "not in this input"));
}

// Issue 13 #12: "Content-Length: -5" was read as 2^64-5 and every valid record
// after it was lost.
TEST_CASE("issue13: WARC Content-Length -5 is refused and the records after it are read",
          "[warc][contract]") {
  const std::string good1 = WarcRecordBytes("response", "https://a.example/1", HttpOk("text/html", "1"));
  const std::string bad = WarcRecordBytes("response", "https://a.example/bad",
                                          HttpOk("text/html", "bad"),
                                          "application/http; msgtype=response", "WARC/1.0", "-5");
  const std::string good2 = WarcRecordBytes("response", "https://a.example/2", HttpOk("text/html", "2"));
  for (bool gzip : {false, true}) {
    CAPTURE(gzip);
    const std::string bytes = gzip ? GzipBytes(good1) + GzipBytes(bad) + GzipBytes(good2)
                                   : good1 + bad + good2;
    std::vector<std::string> warnings;
    auto pages = ReadPages(bytes, &warnings);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].url == "https://a.example/1");
    CHECK(pages[1].url == "https://a.example/2");
    const size_t bad_offset = gzip ? GzipBytes(good1).size() : good1.size();
    CHECK(AnyWarningHas(warnings,
                        "offset " + std::to_string(bad_offset) + ": invalid Content-Length \"-5\""));
  }
}

TEST_CASE("damaged input: a warning with the offset, the other records still read",
          "[warc][contract]") {
  const std::string r1 = WarcRecordBytes("response", "https://a.example/1", HttpOk("text/html", "1"));
  const std::string r2 = WarcRecordBytes("response", "https://a.example/2", HttpOk("text/html", "2"));
  const std::string g1 = GzipBytes(r1), g2 = GzipBytes(r2);
  std::string corrupt = g1;
  corrupt[corrupt.size() / 2] ^= 0x55;
  corrupt[corrupt.size() / 2 + 1] ^= 0x55;
  std::string too_long = r1;
  too_long.replace(too_long.find("Content-Length: ") + 16, 2, "99");  // past its gzip member
  struct Case {
    const char* name;
    std::string bytes;
    size_t pages;        // readable pages
    std::string warning;  // part of the expected warning
  } cases[] = {
      {"not a WARC at all", "this is not a warc file\nat all\n", 0, "offset 0: not a WARC record"},
      {"junk between plain records", r1 + "garbage line\n" + r2, 2,
       "offset " + std::to_string(r1.size()) + ": not a WARC record"},
      {"plain record cut short", r1 + r2.substr(0, r2.size() - 20), 1,
       "offset " + std::to_string(r1.size()) + ": Content-Length"},
      {"gzip member cut short", g1 + g2.substr(0, g2.size() / 2), 1,
       "offset " + std::to_string(g1.size()) + ": gzip member is cut short"},
      {"corrupt gzip member between good ones", g1 + corrupt + g2, 2, "gzip member is corrupt"},
      {"garbage between gzip members", g1 + "GARBAGE" + g2, 2,
       "offset " + std::to_string(g1.size()) + ": not gzip data"},
      {"Content-Length past the end of its gzip member", GzipBytes(too_long) + g2, 1,
       "offset 0: Content-Length 99"},
      {"header without Content-Length",
       "WARC/1.1\r\nWARC-Type: response\r\n\r\nxx\r\n\r\n" + r2, 1, "no Content-Length"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::vector<std::string> warnings;
    auto pages = ReadPages(c.bytes, &warnings);
    CHECK(pages.size() == c.pages);
    CAPTURE(warnings);
    CHECK(AnyWarningHas(warnings, c.warning));
  }
  std::vector<std::string> warnings;
  CHECK(ReadPages("", &warnings).empty());
  CHECK(warnings.empty());
}

// A record far over the size limit is skipped without reading it into
// memory: a 2 GiB block in a sparse file (no disk used), then a valid record.
TEST_CASE("a 2 GiB record is skipped with a warning, the next one read", "[warc][contract]") {
  testing::ScratchDir dir;
  const std::string path = dir.File("huge.warc");
  const uint64_t huge = (uint64_t{2} << 30) + 17;
  const std::string head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/big\r\n"
                           "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                           std::to_string(huge) + "\r\n\r\n";
  const std::string next = WarcRecordBytes("response", "https://a.example/after",
                                           HttpOk("text/html", "<p>after</p>"));
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f != nullptr);
    std::fwrite(head.data(), 1, head.size(), f);
    REQUIRE(fseeko(f, static_cast<off_t>(head.size() + huge), SEEK_SET) == 0);
    std::fwrite("\r\n\r\n", 1, 4, f);
    std::fwrite(next.data(), 1, next.size(), f);
    std::fclose(f);
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f != nullptr);
  WarcPageReader reader(f);
  WarcPage page;
  REQUIRE(reader.Next(&page));
  CHECK(page.url == "https://a.example/after");
  CHECK(page.body == "<p>after</p>");
  CHECK_FALSE(reader.Next(&page));
  std::fclose(f);
  CHECK(AnyWarningHas(reader.warnings(), "offset 0: record of " + std::to_string(huge) +
                                             " bytes is over the limit"));
}

// The same in gzip, where skipping means inflating: memory stays at the
// reader's buffers (the limit is lowered so the test stays fast).
TEST_CASE("an over-limit gzip record is inflated past, not held", "[warc][contract]") {
  const std::string body(8u << 20, 'x');
  const std::string big = WarcRecordBytes("response", "https://a.example/big", HttpOk("text/html", body));
  const std::string next = WarcRecordBytes("response", "https://a.example/after", HttpOk("text/html", "ok"));
  std::vector<std::string> warnings;
  WarcReaderOptions options;
  options.max_record_bytes = 1u << 20;
  auto records = ReadRecords(GzipBytes(big) + GzipBytes(next), &warnings, options);
  REQUIRE(records.size() == 2);
  CHECK_FALSE(records[0].block_complete);
  CHECK(records[0].block.size() == kWarcBlockPrefix);
  CHECK(records[1].target_uri == "https://a.example/after");
  CHECK(AnyWarningHas(warnings, "over the limit"));
}

}  // namespace
}  // namespace clinicrank
