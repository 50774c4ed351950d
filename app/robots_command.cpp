// clinicrank robots ROBOTS_FILE URL [--agent TEXT]
//
// Answers whether the crawler may fetch URL under the given robots.txt, by
// RFC 9309 (crawler/robots.h). Prints `allowed` or `disallowed` on stdout.
// URL is taken as sent on the wire (percent-encoded); a raw non-ASCII byte
// is compared as it is, as google/robotstxt does, with a note on stderr.
// Exit status: 0 when answered (either way), 1 when the file cannot be read,
// 2 on a usage error.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "app/commands.h"
#include "crawler/robots.h"
#include "crawler/url.h"

namespace clinicrank {
namespace {

struct RobotsOptions {
  std::string robots_file;
  std::string url;
  std::string agent = "clinicrank";
};

int RunRobots(const RobotsOptions& options) {
  const bool absolute = options.url.starts_with("http://") || options.url.starts_with("https://");
  if (!absolute || !SplitUrl(options.url)) {
    std::cerr << "clinicrank robots: URL must be an absolute http(s) URL, e.g. "
                 "https://clinic.example/precios (got \"" << options.url << "\")\n";
    return kExitUsage;
  }
  // A FIFO or device would block or never end: a robots.txt is a file.
  struct stat st;
  if (::stat(options.robots_file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    std::cerr << "clinicrank robots: cannot read " << options.robots_file
              << (::stat(options.robots_file.c_str(), &st) != 0 ? ": no such file"
                  : S_ISDIR(st.st_mode)                       ? ": a directory"
                                                              : ": not a regular file")
              << "\n";
    return kExitFailure;
  }
  std::ifstream in(options.robots_file, std::ios::binary);
  if (!in) {
    std::cerr << "clinicrank robots: cannot read " << options.robots_file << "\n";
    return kExitFailure;
  }
  // Read one byte past the cap so the parser can tell the file was cut.
  std::string body(kMaxRobotsBytes + 1, '\0');
  in.read(body.data(), static_cast<std::streamsize>(body.size()));
  body.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    std::cerr << "clinicrank robots: error reading " << options.robots_file << "\n";
    return kExitFailure;
  }
  const RobotsTxt robots = ParseRobotsTxt(body);
  std::cout << (IsUrlAllowed(robots, options.agent, options.url) ? "allowed" : "disallowed")
            << "\n";
  if (std::any_of(options.url.begin(), options.url.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    std::cerr << "clinicrank robots: note: the URL has raw non-ASCII bytes, compared as they are;\n"
                 "the crawler sends (and matches) the percent-encoded form, e.g. "
              << EncodeRobotsPath(PathAndQuery(options.url)) << "\n";
  }
  return kExitOk;
}

}  // namespace

Command AddRobotsCommand(CLI::App& app) {
  auto options = std::make_shared<RobotsOptions>();
  CLI::App* sub = app.add_subcommand(
      "robots",
      "Check a URL against a robots.txt file (RFC 9309) and print `allowed` or `disallowed`.\n"
      "The most specific user-agent group wins, then the longest matching rule (allow wins\n"
      "ties). Example: clinicrank robots robots.txt https://clinic.example/precios");
  sub->add_option("ROBOTS_FILE", options->robots_file, "a robots.txt file on disk")->required();
  sub->add_option("URL", options->url,
                  "the absolute URL to check, %-encoded as on the wire (as the crawler sends it)")
      ->required();
  sub->add_option("--agent", options->agent,
                  "user-agent product token to answer for (a full User-Agent string also works)")
      ->capture_default_str();
  sub->footer(
      "Examples:\n"
      "  clinicrank robots robots.txt https://clinic.example/precios\n"
      "  clinicrank robots robots.txt https://clinic.example/admin --agent Googlebot\n"
      "Exit status: 0 answered (either way), 1 the file cannot be read, 2 usage error (incl. a\n"
      "URL that is not an absolute http(s) URL).");
  return {sub, [options] { return RunRobots(*options); }};
}

}  // namespace clinicrank
