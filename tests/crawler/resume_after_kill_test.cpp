// Issue 6: a crawl killed with SIGKILL loses nothing it committed, and
// running `clinicrank crawl` again resumes without refetching those pages.
// Runs the built binary (tests/testing/paths.h) against the local server.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "store/store.h"
#include "tests/testing/http_server.h"
#include "tests/testing/paths.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

using testing::HttpReply;
using testing::HttpServer;

pid_t Spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// Waits up to `seconds`; returns the exit status, or -1 (after SIGKILL) on timeout.
int WaitExit(pid_t pid, double seconds) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  int status = 0;
  while (std::chrono::steady_clock::now() < until) {
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return -1;
}

std::vector<PageRecord> StoredPages(const std::string& db) {
  Status status;
  auto store = PageStore::Open(db, PageStore::Mode::kReadOnly, &status);
  INFO(status.ToString());
  REQUIRE(store);
  std::vector<SiteInfo> sites;
  REQUIRE(store->ListSites(&sites).ok());
  REQUIRE(sites.size() == 1);
  std::vector<PageRecord> pages;
  REQUIRE(store->LatestPages(sites[0].id, std::nullopt, false, &pages).ok());
  return pages;
}

// Every page links to one more page, forever: a crawl that runs until stopped.
void ServeEndlessChain(HttpServer* server) {
  server->Fallback([](const testing::HttpRequest& request) {
    const std::string next = request.target == "/" ? "/1" : request.target + "1";
    return HttpReply::Html("<a href='" + next + "'>next</a><p>" + request.target + "</p>");
  });
}

// Waits (at most 20 s) until the server has seen `count` requests.
bool WaitForRequests(const HttpServer& server, size_t count) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (server.Log().size() < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return server.Log().size() >= count;
}

// A fresh folder for one test's store, removed afterwards.
std::string FreshDir(const std::string& name) {
  const std::string dir = std::filesystem::temp_directory_path() /
                          ("clinicrank-" + name + "-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

TEST_CASE("issue6: crawl killed with SIGKILL resumes from the store", "[contract]") {
  HttpServer server;
  constexpr int kPages = 20;
  std::string links;
  for (int i = 1; i < kPages; ++i) links += "<a href='/p" + std::to_string(i) + "'>p</a>";
  server.Route("/", HttpReply::Html(links));
  server.Fallback([](const testing::HttpRequest& request) {
    return HttpReply::Html("<p>page " + request.target + "</p>");
  });
  const std::string dir = FreshDir("kill");
  const std::string db = dir + "/crawl.db";
  const std::string binary = testing::ClinicrankBinary();

  // First run: slow enough to be killed mid-crawl.
  const pid_t first =
      Spawn({binary, "crawl", server.Url("/"), "--db", db, "--delay", "0.2", "--max-pages", "100"});
  REQUIRE(first > 0);
  REQUIRE(WaitForRequests(server, 7));
  kill(first, SIGKILL);
  int ignored = 0;
  waitpid(first, &ignored, 0);

  const std::vector<PageRecord> committed = StoredPages(db);
  CHECK(committed.size() >= 3);
  CHECK(committed.size() < kPages);
  std::set<std::string> committed_targets;
  for (const PageRecord& page : committed) {
    committed_targets.insert(page.url.substr(page.url.find('/', 8)));
  }
  const size_t requests_before = server.Log().size();

  // Second run: finishes, fetching only what the first did not store.
  const pid_t second = Spawn(
      {binary, "crawl", server.Url("/"), "--db", db, "--delay", "0.02", "--max-pages", "100"});
  CHECK(WaitExit(second, 30) == 0);
  CHECK(StoredPages(db).size() == kPages);
  const auto log = server.Log();
  for (size_t i = requests_before; i < log.size(); ++i) {
    CAPTURE(log[i].target);
    CHECK(committed_targets.count(log[i].target) == 0);
  }

  Status status;
  auto store = PageStore::Open(db, PageStore::Mode::kReadOnly, &status);
  REQUIRE(store);
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].finished_at.empty());  // killed: never finished
  CHECK(runs[1].outcome == "completed");
  CHECK(runs[1].continues == runs[0].id);  // the same crawl (issue 16)
  store.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// Issue 15: Ctrl-C exits 130 (128 + SIGINT), after committing what arrived.
TEST_CASE("issue6: Ctrl-C stops the crawl cleanly and records the run as interrupted",
          "[contract]") {
  HttpServer server;
  ServeEndlessChain(&server);
  const std::string dir = FreshDir("int");
  const std::string db = dir + "/crawl.db";
  const pid_t pid = Spawn({testing::ClinicrankBinary(), "crawl", server.Url("/"), "--db", db,
                           "--delay", "0.1", "--max-depth", "50"});
  WaitForRequests(server, 5);
  kill(pid, SIGINT);
  CHECK(WaitExit(pid, 20) == 130);  // 128 + SIGINT (issue 13 #1)
  Status status;
  auto store = PageStore::Open(db, PageStore::Mode::kReadOnly, &status);
  REQUIRE(store);
  std::vector<RunInfo> runs;
  REQUIRE(store->ListRuns(&runs).ok());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].outcome == "interrupted");
  CHECK_FALSE(runs[0].finished_at.empty());
  CHECK(StoredPages(db).size() >= 2);
  store.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace clinicrank

namespace clinicrank {
namespace {

// Issue 13: two crawls on one database ran unlocked and fetched everything
// twice; the second is refused while the first runs.
TEST_CASE("issue13: a second crawl on the same database is refused while one runs",
          "[contract]") {
  HttpServer server;
  ServeEndlessChain(&server);
  const std::string dir = FreshDir("lock");
  const std::string db = dir + "/crawl.db";
  const pid_t first = Spawn({testing::ClinicrankBinary(), "crawl", server.Url("/"), "--db", db,
                             "--delay", "0.2", "--max-depth", "50"});
  REQUIRE(WaitForRequests(server, 2));
  const testing::ProcessResult second =
      testing::RunProcess({testing::ClinicrankBinary(), "crawl", server.Url("/"), "--db", db}, 30);
  CHECK(second.exit_code == 1);
  CHECK(second.err.find("another crawl is using " + db) != std::string::npos);
  // Readers are not locked out.
  const testing::ProcessResult rank =
      testing::RunProcess({testing::ClinicrankBinary(), "rank", "--db", db, "--format", "json"}, 30);
  CHECK(rank.exit_code == 0);
  kill(first, SIGINT);
  CHECK(WaitExit(first, 20) == 130);
  // Once the first has stopped, the store is free again.
  const testing::ProcessResult third = testing::RunProcess(
      {testing::ClinicrankBinary(), "crawl", server.Url("/"), "--db", db, "--max-pages", "3",
       "--delay", "0"},
      60);
  CHECK(third.exit_code == 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace clinicrank
