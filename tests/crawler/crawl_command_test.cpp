// The crawl, diff and robots commands through the built binary
// (app/crawl_command.cpp, app/diff_command.cpp, app/robots_command.cpp):
// exit codes per CONTRACT.md and what diff reports between two runs.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"

namespace clinicrank {
namespace {

using testing::HttpReply;
using testing::HttpServer;

struct Output {
  int exit_code = -1;
  std::string out;
};

// Runs `clinicrank <args>` (args must not need shell quoting); stderr dropped.
Output Run(const std::string& args) {
  const std::string command = testing::ClinicrankBinary() + " " + args + " 2>/dev/null";
  Output result;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  size_t got;
  while ((got = fread(buffer, 1, sizeof(buffer), pipe)) > 0) result.out.append(buffer, got);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class TempDir {
 public:
  TempDir()
      : path_(std::filesystem::temp_directory_path() /
              ("clinicrank-cmd-" + std::to_string(getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

TEST_CASE("crawl command: usage errors exit 2", "[contract]") {
  CHECK(Run("crawl").exit_code == 2);
  CHECK(Run("crawl https://clinic.example/ --max-pages 0").exit_code == 2);
  CHECK(Run("crawl https://clinic.example/ --delay -1").exit_code == 2);
  CHECK(Run("diff").exit_code == 2);
  CHECK(Run("diff --db x.db --format xml").exit_code == 2);
  // A seed that is no web address: exit 2 and no run recorded (found by
  // review: a failed run moved diff's default comparison).
  TempDir dir;
  CHECK(Run("crawl 'ht!tp://bad url' --db " + dir.File("x.db")).exit_code == 2);
  CHECK(Run("crawl mailto:a@b.example --db " + dir.File("x.db")).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.File("x.db")));
}

TEST_CASE("crawl --help says what a site is and that --max-pages is per site", "[contract]") {
  const Output help = Run("crawl --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("A site is one origin (scheme,") != std::string::npos);
  CHECK(help.out.find("HTML pages to store per site (per origin") != std::string::npos);
  CHECK(help.out.find("130 interrupted") != std::string::npos);
}

TEST_CASE("robots command prints allowed or disallowed", "[contract]") {
  TempDir dir;
  const std::string file = dir.File("robots.txt");
  std::ofstream(file) << "User-agent: *\nDisallow: /\n\nUser-agent: clinicrank\nAllow: /\n"
                         "Disallow: /admin\n";
  CHECK(Run("robots " + file + " https://c.example/precios").out == "allowed\n");
  CHECK(Run("robots " + file + " https://c.example/admin/x").out == "disallowed\n");
  CHECK(Run("robots " + file + " https://c.example/precios --agent otherbot").out ==
        "disallowed\n");
  CHECK(Run("robots " + file + " https://c.example/").exit_code == 0);
  CHECK(Run("robots " + dir.File("missing.txt") + " https://c.example/").exit_code == 1);
  CHECK(Run("robots " + file + " not-a-url").exit_code == 2);
  CHECK(Run("robots " + file + " /relative/path").exit_code == 2);
  CHECK(Run("robots " + dir.File("") + " https://c.example/").exit_code == 1);  // a folder
}

TEST_CASE("crawl, then diff reports pages added, changed and removed", "[contract]") {
  HttpServer server;
  std::atomic<int> version{1};
  server.Route("/", HttpReply::Html("<a href='/pricing'>Pricing</a><a href='/old'>Old</a>"));
  server.Route("/pricing", [&version](const testing::HttpRequest&) {
    return HttpReply::Html("<p>$" + std::to_string(4000 + version.load()) + " per knee</p>");
  });
  server.Route("/old", [&version](const testing::HttpRequest&) {
    return version.load() == 1 ? HttpReply::Html("<p>old page</p>") : HttpReply::Html("gone", 404);
  });
  TempDir dir;
  const std::string db = dir.File("c.db");
  const std::string crawl = "crawl " + server.Url("/") + " --db " + db + " --delay 0.02";
  REQUIRE(Run(crawl).exit_code == 0);
  version = 2;
  REQUIRE(Run(crawl + " --refresh").exit_code == 0);

  const Output json = Run("diff --db " + db + " --format json");
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"from\":1,\"to\":2") != std::string::npos);
  CHECK(json.out.find("\"changed\":[{\"url\":\"" + server.Url("/pricing")) != std::string::npos);
  CHECK(json.out.find("\"removed\":[\"" + server.Url("/old") + "\"]") != std::string::npos);
  CHECK(json.out.find("\"unchanged\":1") != std::string::npos);  // the home page

  const Output first = Run("diff --db " + db + " --to 1");
  CHECK(first.out.find("| [" + server.Url("/pricing") + "](" + server.Url("/pricing") + ") | added |") !=
        std::string::npos);
  CHECK(Run("diff --db " + db + " --from 7").exit_code == 1);
  CHECK(Run("diff --db " + dir.File("absent.db")).exit_code == 1);
}

}  // namespace
}  // namespace clinicrank
