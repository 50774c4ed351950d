// The frontier (crawler/frontier.h): priority order, de-duplication, depth
// and trap guards.
#include "crawler/frontier.h"

#include <catch2/catch.hpp>

namespace clinicrank {
namespace {

// Heuristic: pages most likely to state price and method come first.
TEST_CASE("LinkPriority ranks pricing, treatment, FAQ, about, then the rest", "[heuristic]") {
  struct Case {
    const char* url;
    const char* text;
    int priority;
  };
  const Case cases[] = {
      {"https://c.example/pricing", "", 0},
      {"https://c.example/x", "Nuestros precios", 0},
      {"https://c.example/costo-tratamiento", "", 0},
      {"https://c.example/knee-stem-cell", "", 1},
      {"https://c.example/c%C3%A9lulas-madre-rodilla", "", 1},
      {"https://c.example/tratamiento", "", 1},
      {"https://c.example/preguntas-frecuentes", "", 2},
      {"https://c.example/x", "FAQ", 2},
      {"https://c.example/nosotros", "", 3},
      {"https://c.example/gallery", "Gallery", 4},
      {"https://c.example/tag/news", "", 5},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url, c.text);
    CHECK(LinkPriority(c.url, c.text) == c.priority);
  }
}

TEST_CASE("Frontier pops by priority, then depth, then discovery order", "[contract]") {
  Frontier frontier;
  CHECK(frontier.Add("https://c.example/gallery", 1) == FrontierAdd::kAdded);
  CHECK(frontier.Add("https://c.example/about", 1) == FrontierAdd::kAdded);
  CHECK(frontier.Add("https://c.example/deep-pricing", 3) == FrontierAdd::kAdded);
  CHECK(frontier.Add("https://c.example/pricing", 2) == FrontierAdd::kAdded);
  CHECK(frontier.Add("https://c.example/other", 1) == FrontierAdd::kAdded);
  CHECK(frontier.Add("https://c.example/pricing", 1) == FrontierAdd::kDuplicate);
  std::vector<std::string> order;
  while (auto entry = frontier.Pop()) order.push_back(entry->url);
  CHECK(order == std::vector<std::string>{"https://c.example/pricing",
                                          "https://c.example/deep-pricing",
                                          "https://c.example/about", "https://c.example/gallery",
                                          "https://c.example/other"});
}

TEST_CASE("Frontier refuses traps and pages past the depth limit", "[contract]") {
  FrontierOptions options;
  options.max_depth = 2;
  options.max_query_variants = 3;
  Frontier frontier(options);
  CHECK(frontier.Add("https://c.example/a", 3) == FrontierAdd::kTooDeep);
  for (int i = 0; i < 3; ++i) {
    CHECK(frontier.Add("https://c.example/list?page=" + std::to_string(i), 1) ==
          FrontierAdd::kAdded);
  }
  CHECK(frontier.Add("https://c.example/list?page=9", 1) == FrontierAdd::kTrap);
  frontier.MarkSeen("https://c.example/known");
  CHECK(frontier.Add("https://c.example/known", 1) == FrontierAdd::kDuplicate);

  const char* traps[] = {
      "https://c.example/calendar/2026/11",
      "https://c.example/eventos/2026-11-25",
      "https://c.example/agenda?month=11&year=2026",
      "https://c.example/a/b/a/b/a/b",
      "https://c.example/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16",
  };
  for (const char* url : traps) {
    CAPTURE(url);
    CHECK_FALSE(TrapReason(url, options).empty());
  }
  const char* fine[] = {"https://c.example/blog/2024/05/knee-results", "https://c.example/events",
                        "https://c.example/precios?moneda=usd"};
  for (const char* url : fine) {
    CAPTURE(url);
    CHECK(TrapReason(url, options).empty());
  }
}

}  // namespace
}  // namespace clinicrank
