// WARC input (ISO 28500) for `extract --warc`: plain and gzip, HTML responses
// only, chunked bodies, and damaged input that must not crash or hang.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdio>
#include <string>

#include "warc/warc_reader.h"
#include "warc/warc_writer.h"

namespace clinicrank {
namespace {

std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2026-11-01T10:00:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& content_type, const std::string& body,
                         const std::string& extra_headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n" + extra_headers + "\r\n" + body;
}

std::string Gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::vector<WarcPage> ReadAll(const std::string& bytes, std::vector<std::string>* warnings = nullptr) {
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  REQUIRE(f != nullptr);
  std::vector<WarcPage> pages;
  {
    WarcReader reader(f);
    WarcPage page;
    while (reader.Next(&page)) pages.push_back(page);
    if (warnings) *warnings = reader.warnings();
  }
  std::fclose(f);
  return pages;
}

std::string SampleWarc() {
  return Record("warcinfo", "", "software: test\r\n", "application/warc-fields") +
         Record("request", "https://a.example/", "GET / HTTP/1.1\r\n\r\n",
                "application/http; msgtype=request") +
         Record("response", "https://a.example/", HttpResponse("text/html; charset=utf-8", "<p>A</p>")) +
         Record("response", "https://a.example/logo.png", HttpResponse("image/png", "\x89PNG")) +
         Record("response", "https://a.example/pricing",
                HttpResponse("text/html", "4\r\n<p>B\r\n5\r\n</p>x\r\n0\r\n\r\n",
                             "Transfer-Encoding: chunked\r\n"));
}

TEST_CASE("plain WARC: only HTML responses, de-chunked", "[app][warc][contract]") {
  auto pages = ReadAll(SampleWarc());
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].url == "https://a.example/");
  CHECK(pages[0].body == "<p>A</p>");
  CHECK(pages[0].content_type == "text/html; charset=utf-8");
  CHECK(pages[0].fetched_at == "2026-11-01T10:00:00Z");
  CHECK(pages[0].status == 200);
  CHECK(pages[1].url == "https://a.example/pricing");
  CHECK(pages[1].body == "<p>B</p>x");
}

TEST_CASE("gzip WARC, one member per record and one for the whole file", "[app][warc][contract]") {
  std::string per_record;
  per_record += Gzip(Record("response", "https://a.example/", HttpResponse("text/html", "<p>A</p>")));
  per_record += Gzip(Record("response", "https://b.example/", HttpResponse("text/html", "<p>B</p>")));
  auto pages = ReadAll(per_record);
  REQUIRE(pages.size() == 2);
  CHECK(pages[1].body == "<p>B</p>");
  CHECK(ReadAll(Gzip(SampleWarc())).size() == 2);
}

TEST_CASE("gzip-encoded HTTP body inside a record is decoded", "[app][warc][contract]") {
  std::string warc = Record("response", "https://a.example/",
                            HttpResponse("text/html", Gzip("<p>zipped</p>"), "Content-Encoding: gzip\r\n"));
  auto pages = ReadAll(warc);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].body == "<p>zipped</p>");
}

TEST_CASE("damaged WARC input stops with a warning, never a crash", "[app][warc][contract]") {
  std::vector<std::string> warnings;
  CHECK(ReadAll("this is not a warc file\n", &warnings).empty());
  CHECK_FALSE(warnings.empty());

  std::string truncated = SampleWarc();
  truncated.resize(truncated.size() - 20);
  auto pages = ReadAll(truncated, &warnings);
  CHECK(pages.size() == 1);
  CHECK_FALSE(warnings.empty());

  std::string gz = Gzip(SampleWarc());
  gz.resize(gz.size() / 2);
  ReadAll(gz, &warnings);
  CHECK_FALSE(warnings.empty());

  CHECK(ReadAll("", &warnings).empty());
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// What `crawl --warc` writes, `extract --warc` reads back.
TEST_CASE("WARC writer output reads back, plain and gzip", "[app][warc][contract]") {
  for (bool gzip : {false, true}) {
    CAPTURE(gzip);
    char* data = nullptr;
    size_t size = 0;
    std::FILE* out = open_memstream(&data, &size);
    REQUIRE(out != nullptr);
    {
      WarcWriter writer(out, gzip);
      REQUIRE(writer.WriteInfo("clinicrank/test", "2026-11-01T00:00:00Z"));
      WarcResponse page{"https://a.example/pricing", "2026-11-01T10:00:00Z", 200,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        "Content-Encoding: gzip\r\nContent-Length: 9\r\n\r\n",
                        "<p>$4,500 per knee</p>"};
      REQUIRE(writer.WriteResponse(page));
    }
    std::fclose(out);
    std::string bytes(data, size);
    std::free(data);
    auto pages = ReadAll(bytes);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].url == "https://a.example/pricing");
    CHECK(pages[0].fetched_at == "2026-11-01T10:00:00Z");
    CHECK(pages[0].content_type == "text/html; charset=utf-8");
    CHECK(pages[0].body == "<p>$4,500 per knee</p>");
  }
}

}  // namespace
}  // namespace clinicrank
