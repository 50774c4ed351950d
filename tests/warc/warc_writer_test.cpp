// The WARC/1.1 writer behind `crawl --warc`: warcinfo, request/response pairs
// linked by WARC-Concurrent-To, raw HTTP bytes, digests that recompute,
// offsets that point at the records, and revisit records.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "tests/warc/warc_testing.h"
#include "warc/cdxj.h"
#include "warc/digest.h"
#include "warc/http_message.h"
#include "warc/warc_writer.h"

namespace clinicrank {
namespace {

using testing::GzipBytes;
using testing::ReadPages;
using testing::ReadRecords;

// RFC 3174 / FIPS 180 test vectors, base32 as every WARC tool writes them.
TEST_CASE("WARC digests are sha1: base32", "[warc][contract]") {
  CHECK(WarcSha1("") == "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  CHECK(WarcSha1("abc") == "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
  CHECK(Base32("f") == "MY======");
  CHECK(Base32("foobar") == "MZXW6YTBOI======");
}

struct Written {
  std::string bytes;
  WarcRecordRef info, first, second;
};

WarcCapture Capture(const std::string& body_as_received, const std::string& extra_headers) {
  WarcCapture c;
  c.url = "https://a.example/pricing";
  c.date = "2026-11-01T10:00:00.250Z";
  c.ip = "127.0.0.1";
  c.request = "GET /pricing HTTP/1.1\r\nHost: a.example\r\nUser-Agent: clinicrank/test\r\n\r\n";
  c.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" +
                    extra_headers + "\r\n";
  c.payload = body_as_received;
  return c;
}

Written Write(bool gzip, const WarcCapture& capture, bool revisit_second) {
  char* data = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&data, &size);
  REQUIRE(out != nullptr);
  Written w;
  {
    WarcWriter writer(out, gzip);
    REQUIRE(writer.WriteWarcinfo("test.warc.gz", "2026-11-01T00:00:00Z",
                                 {{"software", "clinicrank/test"},
                                  {"format", "WARC File Format 1.1"},
                                  {"clinicrank-command", "crawl https://a.example/ --warc x"}},
                                 &w.info));
    REQUIRE(writer.WriteCapture(capture, nullptr, &w.first));
    WarcOriginal original{capture.url, capture.date, w.first.record_id};
    WarcCapture again = capture;
    again.date = "2026-12-01T10:00:00Z";
    REQUIRE(writer.WriteCapture(again, revisit_second ? &original : nullptr, &w.second));
  }
  std::fclose(out);
  w.bytes.assign(data, size);
  std::free(data);
  return w;
}

TEST_CASE("request and response records: raw bytes, links, digests, offsets",
          "[warc][contract]") {
  const std::string zipped = GzipBytes("<p>$4,500 per knee</p>");
  const WarcCapture capture =
      Capture(zipped, "Content-Encoding: gzip\r\nContent-Length: " + std::to_string(zipped.size()) + "\r\n");
  for (bool gzip : {false, true}) {
    CAPTURE(gzip);
    const Written w = Write(gzip, capture, /*revisit_second=*/false);
    std::vector<std::string> warnings;
    auto records = ReadRecords(w.bytes, &warnings);
    CHECK(warnings.empty());
    REQUIRE(records.size() == 5);
    CHECK(records[0].type == "warcinfo");
    CHECK(records[0].block.find("software: clinicrank/test\r\n") != std::string::npos);
    CHECK(*records[0].Field("warc-filename") == "test.warc.gz");
    const WarcRecord& request = records[1];
    const WarcRecord& response = records[2];
    CHECK(request.version == "WARC/1.1");
    CHECK(request.type == "request");
    CHECK(request.block == capture.request);
    CHECK(response.type == "response");
    CHECK(response.block == capture.response_head + zipped);  // as received: still gzip
    CHECK(*response.Field("warc-concurrent-to") == request.record_id);
    CHECK(*request.Field("warc-concurrent-to") == response.record_id);
    CHECK(*response.Field("warc-warcinfo-id") == records[0].record_id);
    CHECK(response.target_uri == capture.url);
    CHECK(response.date == capture.date);
    CHECK(*response.Field("warc-ip-address") == "127.0.0.1");
    CHECK(*response.Field("warc-block-digest") == WarcSha1(response.block));
    CHECK(*response.Field("warc-payload-digest") == WarcSha1(zipped));
    CHECK(*request.Field("warc-block-digest") == WarcSha1(request.block));
    CHECK(response.record_id == w.first.record_id);
    CHECK(response.offset == w.first.offset);
    CHECK(response.length == w.first.length);
    CHECK(records[4].offset == w.second.offset);
    std::set<std::string> ids;
    for (const WarcRecord& r : records) ids.insert(r.record_id);
    CHECK(ids.size() == records.size());
    for (const WarcRecord& r : records) CHECK(r.record_id.starts_with("<urn:uuid:"));

    auto pages = ReadPages(w.bytes);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].body == "<p>$4,500 per knee</p>");  // decoded on reading
    CHECK(pages[0].ip == "127.0.0.1");
  }
}

TEST_CASE("an identical refetch becomes a revisit record", "[warc][contract]") {
  const WarcCapture capture = Capture("<p>same</p>", "Content-Length: 11\r\n");
  const Written w = Write(/*gzip=*/true, capture, /*revisit_second=*/true);
  auto records = ReadRecords(w.bytes);
  REQUIRE(records.size() == 5);
  const WarcRecord& revisit = records[4];
  CHECK(revisit.type == "revisit");
  CHECK(*revisit.Field("warc-profile") ==
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");
  CHECK(*revisit.Field("warc-refers-to") == w.first.record_id);
  CHECK(*revisit.Field("warc-refers-to-target-uri") == capture.url);
  CHECK(*revisit.Field("warc-refers-to-date") == capture.date);
  CHECK(*revisit.Field("warc-payload-digest") == WarcSha1("<p>same</p>"));
  CHECK(revisit.block == capture.response_head);  // headers only
  CHECK(*revisit.Field("warc-block-digest") == WarcSha1(revisit.block));
  auto pages = ReadPages(w.bytes);
  REQUIRE(pages.size() == 2);
  CHECK(pages[1].body == "<p>same</p>");
  CHECK(pages[1].fetched_at == "2026-12-01T10:00:00Z");
}

TEST_CASE("header values cannot break out of their line", "[warc][contract]") {
  WarcCapture capture = Capture("x", "");
  capture.url = "https://a.example/\r\nWARC-Type: evil";
  const Written w = Write(false, capture, false);
  auto records = ReadRecords(w.bytes);
  REQUIRE(records.size() == 5);
  CHECK(records[2].type == "response");
  CHECK(records[2].target_uri == "https://a.example/  WARC-Type: evil");
}

TEST_CASE("HTTP bodies decode within their cap", "[warc][contract]") {
  HttpHead gzip_head = ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n");
  CHECK(gzip_head.status == 200);
  const std::string bomb = GzipBytes(std::string(4u << 20, 'a'));
  DecodedBody capped = DecodeHttpBody(gzip_head, bomb, 1000);
  CHECK(capped.bytes.size() == 1000);
  CHECK(capped.truncated);
  DecodedBody corrupt = DecodeHttpBody(gzip_head, "not gzip at all", 1000);
  CHECK_FALSE(corrupt.problem.empty());

  HttpHead chunked = ParseHttpHead("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n");
  CHECK(DecodeHttpBody(chunked, "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", 100).bytes == "abcde");
  DecodedBody cut = DecodeHttpBody(chunked, "10\r\nabc", 100);
  CHECK(cut.bytes == "abc");
  CHECK_FALSE(cut.problem.empty());

  CHECK(HttpHeadEnd("HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody") == 25);
  CHECK(HttpHeadEnd("HTTP/1.1 200 OK\nA: b\n\nbody") == 22);
  CHECK(HttpHeadEnd("HTTP/1.1 200 OK\r\nA: b\r\n") == std::string::npos);
  CHECK(ParseHttpHead("HTTP/1.1 2x0 Odd\r\n").status == 0);
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// The SURT keys pywb's indexers (and warcio.js) write.
TEST_CASE("CDXJ: SURT keys and timestamps", "[warc][contract]") {
  struct Case {
    const char* url;
    const char* key;
  } cases[] = {
      {"https://www.Example.com:8443/A?b=2&a=1#x", "com,example:8443)/a?a=1&b=2"},
      {"http://example.com", "com,example)/"},
      {"http://www2.example.com:80/p", "com,example)/p"},
      {"https://127.0.0.1:443/x", "1,0,0,127)/x"},
      {"http://wwwexample.com/", "com,wwwexample)/"},  // distractor: not a www. label
      {"urn:X-wget:log", "urn:X-wget:log"},             // not http(s): as is
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(SurtKey(c.url) == c.key);
  }
  CHECK(CdxTimestamp("2026-11-01T10:00:00.250Z") == "20261101100000");
  CHECK(CdxTimestamp("2026-11-01T10:00:00Z") == "20261101100000");
}

}  // namespace
}  // namespace clinicrank
