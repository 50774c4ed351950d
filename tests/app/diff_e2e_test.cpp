// `clinicrank diff` on real crawls of a local site that changes between
// runs: fact by fact (prices old → new with both quotes and fetch times,
// checklist statuses, claims added and removed, pages gone), a resumed run
// counted as the same crawl, and crawled URLs that cannot form Markdown
// links (issue 13 #6).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <atomic>
#include <string>

#include "store/store.h"
#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"
#include "tests/testing/temp_dir.h"

namespace clinicrank {
namespace {

using testing::HttpReply;
using testing::HttpServer;
using testing::RunProcess;

testing::ProcessResult Clinicrank(std::vector<std::string> args) {
  args.insert(args.begin(), testing::ClinicrankBinary());
  return RunProcess(args, 120);
}

TEST_CASE("diff: price, checklist, claims and pages that changed between two crawls",
          "[app][diff][contract]") {
  HttpServer server;
  std::atomic<int> month{1};
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nAllow: /\n"));
  server.Route("/", [&month](const testing::HttpRequest&) {
    const bool later = month.load() == 2;
    return HttpReply::Html(
        std::string("<html><head><title>Maple Knee Clinic</title></head><body>") +
        "<h1>Maple Knee Clinic</h1><a href='/pricing'>Pricing</a> <a href='/promo'>Promo</a>" +
        (later ? "<p>We guide every injection with ultrasound.</p>"
                   "<p>Our stem cell therapy cures arthritis.</p>"
               : "<p>Our stem cell therapy is FDA approved.</p>") +
        "</body></html>");
  });
  server.Route("/pricing", [&month](const testing::HttpRequest&) {
    return HttpReply::Html(std::string("<html><body><h1>Pricing</h1><p>Stem cell injection: ") +
                           (month.load() == 1 ? "CA$3,800" : "CA$4,900") +
                           " per knee.</p></body></html>");
  });
  server.Route("/promo", [&month](const testing::HttpRequest&) {
    return month.load() == 1 ? HttpReply::Html("<html><body><p>Spring promotion.</p></body></html>")
                             : HttpReply::Html("gone", 404);
  });
  testing::ScratchDir dir;
  const std::string db = dir.File("c.db");
  REQUIRE(Clinicrank({"crawl", server.Url("/"), "--db", db, "--delay", "0"}).exit_code == 0);
  month = 2;
  REQUIRE(Clinicrank({"crawl", server.Url("/"), "--db", db, "--delay", "0", "--refresh"}).exit_code == 0);

  auto json = Clinicrank({"diff", "--db", db, "--format", "json"});
  INFO(json.err);
  REQUIRE(json.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["from"].GetInt() == 1);
  CHECK(doc["to"].GetInt() == 2);
  REQUIRE(doc["sites"].Size() == 1);
  const auto& site = doc["sites"][0];
  REQUIRE(site["prices_changed"].Size() == 1);
  const auto& change = site["prices_changed"][0];
  CHECK(change["old"]["low"].GetDouble() == 3800);
  CHECK(change["new"]["low"].GetDouble() == 4900);
  CHECK(std::string(change["old"]["currency"].GetString()) == "CAD");
  CHECK(std::string(change["old"]["quote"].GetString()).find("CA$3,800") != std::string::npos);
  CHECK(std::string(change["new"]["quote"].GetString()).find("CA$4,900") != std::string::npos);
  CHECK(std::string(change["old"]["fetched_at"].GetString()) <
        std::string(change["new"]["fetched_at"].GetString()));
  CHECK(site["prices_added"].Size() == 0);
  CHECK(site["prices_removed"].Size() == 0);
  REQUIRE(site["claims_removed"].Size() == 1);
  CHECK(std::string(site["claims_removed"][0]["kind"].GetString()) == "fda_approved");
  REQUIRE(site["claims_added"].Size() == 1);
  CHECK(std::string(site["claims_added"][0]["kind"].GetString()) == "cure");
  bool ultrasound_now_passes = false;
  for (const auto& c : site["checklist_changes"].GetArray()) {
    if (std::string(c["item"].GetString()) == "ultrasound_guidance") {
      ultrasound_now_passes = std::string(c["old_status"].GetString()) == "unknown" &&
                              std::string(c["new_status"].GetString()) == "pass";
    }
  }
  CHECK(ultrasound_now_passes);
  REQUIRE(site["pages_gone"].Size() == 1);
  CHECK(std::string(site["pages_gone"][0]["url"].GetString()) == server.Url("/promo"));
  CHECK(std::string(site["pages_gone"][0]["why"].GetString()) == "now 404");

  auto md = Clinicrank({"diff", "--db", db});
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("**Price changed**: CAD 3,800") != std::string::npos);
  CHECK(md.out.find("→ CAD 4,900") != std::string::npos);
  CHECK(md.out.find("**Claim removed** (fda\\_approved)") != std::string::npos);

  // rank and audit "as of run 1" still see the old price.
  auto audit1 = Clinicrank({"audit", "--db", db, "--run", "1", "--format", "csv"});
  REQUIRE(audit1.exit_code == 0);
  CHECK(audit1.out.find("CA$3,800") != std::string::npos);
  CHECK(audit1.out.find("CA$4,900") == std::string::npos);
  auto audit2 = Clinicrank({"audit", "--db", db, "--format", "csv"});
  CHECK(audit2.out.find("CA$4,900") != std::string::npos);
  auto rank1 = Clinicrank({"rank", "--db", db, "--run", "1", "--format", "json"});
  CHECK(rank1.exit_code == 0);
  CHECK(Clinicrank({"rank", "--db", db, "--run", "9"}).exit_code == 1);
}

// A run that resumed an interrupted one is the same crawl: diffing them shows
// nothing, and the next crawl is compared with both together.
TEST_CASE("diff: a resumed run is the same crawl", "[app][diff][contract]") {
  testing::ScratchDir dir;
  const std::string db = dir.File("c.db");
  {
    Status status;
    auto store = PageStore::Open(db, PageStore::Mode::kReadWrite, &status);
    REQUIRE(store);
    int64_t site = 0, run1 = 0, run2 = 0, run3 = 0;
    REQUIRE(store->AddSite("https://a.example/", "a.example", &site).ok());
    auto page = [&](int64_t run, const std::string& path, const std::string& body) {
      PageRecord p;
      p.site_id = site;
      p.run_id = run;
      p.url = p.final_url = "https://a.example" + path;
      p.status = 200;
      p.content_type = "text/html";
      p.fetched_at = "2026-11-0" + std::to_string(run) + "T00:00:00.000Z";
      p.body = body;
      REQUIRE(store->AddPage(p).ok());
    };
    REQUIRE(store->BeginRun("crawl https://a.example/", &run1).ok());
    page(run1, "/", "<p>home</p>");
    REQUIRE(store->FinishRun(run1, "interrupted").ok());
    REQUIRE(store->BeginRun("crawl https://a.example/", &run2, run1).ok());
    page(run2, "/pricing", "<p>$4,000 per knee</p>");
    REQUIRE(store->FinishRun(run2, "completed").ok());
    REQUIRE(store->BeginRun("crawl https://a.example/ --refresh", &run3).ok());
    page(run3, "/", "<p>home</p>");
    page(run3, "/pricing", "<p>$4,000 per knee</p>");
    REQUIRE(store->FinishRun(run3, "completed").ok());
  }
  auto same = Clinicrank({"diff", "--db", db, "--from", "1", "--to", "2", "--format", "json"});
  REQUIRE(same.exit_code == 0);
  CHECK(same.out.find("are one crawl") != std::string::npos);
  CHECK(same.out.find("\"added\":[]") != std::string::npos);

  auto next = Clinicrank({"diff", "--db", db, "--format", "json"});
  REQUIRE(next.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(next.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["from_runs"].Size() == 2);
  CHECK(doc["to"].GetInt() == 3);
  const auto& site = doc["sites"][0];
  CHECK(site["added"].Size() == 0);  // the resumed run's pages are not "added"
  CHECK(site["changed"].Size() == 0);
  CHECK(site["unchanged"].GetInt() == 2);
}

// Issue 13 #6: links on a crawled site must not become links or images in
// the Markdown diff.
TEST_CASE("issue13: diff --format md escapes crawled URLs", "[app][diff][contract][escape]") {
  HttpServer server;
  server.Route("/robots.txt", HttpReply::Text("User-agent: *\nAllow: /\n"));
  server.Route("/", HttpReply::Html(
                        "<a href='/[pwn](javascript:alert(document.domain))'>a</a>"
                        "<a href='/![img](http://evil.example/t.png)'>b</a><p>home</p>"));
  server.Fallback([](const testing::HttpRequest& r) {
    return HttpReply::Html("<p>page " + std::to_string(r.target.size()) + "</p>");
  });
  testing::ScratchDir dir;
  const std::string db = dir.File("c.db");
  REQUIRE(Clinicrank({"crawl", server.Url("/"), "--db", db, "--delay", "0"}).exit_code == 0);
  auto md = Clinicrank({"diff", "--db", db});
  REQUIRE(md.exit_code == 0);
  CAPTURE(md.out);
  CHECK(md.out.find("pwn") != std::string::npos);  // the pages are listed
  // Every bracket from the page is escaped ("\[", "\]"), so none opens or
  // closes a link or image; link targets are percent-encoded.
  for (const std::string bad : {"[pwn](", "](javascript", "![img](", "](http://evil"}) {
    for (size_t at = md.out.find(bad); at != std::string::npos; at = md.out.find(bad, at + 1)) {
      CAPTURE(bad);
      CHECK((at > 0 && md.out[at - 1] == '\\'));
    }
  }
  CHECK(md.out.find("%5Bpwn%5D%28javascript:alert%28document.domain%29%29)") != std::string::npos);
}

}  // namespace
}  // namespace clinicrank
