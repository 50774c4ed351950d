// robots.txt (crawler/robots.h, RFC 9309). Input: a first line used as the
// URL to check (also as the agent's token source), then the file.
// Invariants: nothing crashes; the policy for the crawler's own agent is
// deterministic; the empty path and "/" get the same answer.
#include <cstdint>
#include <string>

#include "crawler/robots.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clinicrank;
  std::string_view rest = fuzz::AsText(data, size);
  const std::string url(fuzz::TakeLine(&rest));
  const RobotsTxt robots = ParseRobotsTxt(rest);
  for (const std::string_view agent : {std::string_view("clinicrank/0.1 (+https://x)"),
                                       std::string_view("Googlebot"), std::string_view(url)}) {
    const RobotsPolicy policy = PolicyFor(robots, agent);
    fuzz::Check(IsPathAllowed(policy, "") == IsPathAllowed(policy, "/"), "\"\" differs from \"/\"");
    const bool allowed = IsUrlAllowed(robots, agent, url);
    fuzz::Check(allowed == IsUrlAllowed(robots, agent, url), "answer not deterministic");
    IsPathAllowed(policy, url);
  }
  ProductToken(url);
  return 0;
}
