// Claim scope on the shared negation engine (parsers/extract/claim_scope.h on
// parsers/text/polarity.h): what the engine decides for claims, and the few
// claim-specific rules layered on top of it. DOMAIN.md §4 "Global traps".
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "parsers/extract/claim_scope.h"
#include "parsers/extract/claims.h"
#include "parsers/html/document.h"
#include "parsers/extract/page_context.h"
#include "parsers/text/fold.h"

namespace clinicrank {
namespace {

Block MakeBlock(BlockKind kind, std::string text, int section) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.section = section;
  if (kind == BlockKind::kHeading) b.heading_level = 2;
  return b;
}

std::set<std::string> KindsOf(const Document& doc) {
  ClaimExtractor extractor;
  PageContext ctx;
  ctx.url = "https://clinic.example/";
  extractor.AddPage(doc, ctx);
  ClinicFacts facts;
  extractor.Finish(&facts);
  std::set<std::string> kinds;
  for (const Claim& c : facts.claims) kinds.insert(c.kind);
  return kinds;
}

std::set<std::string> KindsOf(const std::string& text) {
  Document doc;
  doc.blocks.push_back(MakeBlock(BlockKind::kParagraph, text, -1));
  return KindsOf(doc);
}

ClaimScope ScopeOf(const std::string& sentence, const std::string& phrase,
                   ScopeOptions options = ScopeOptions()) {
  const std::string folded = FoldCopy(sentence);
  const size_t pos = folded.find(phrase);
  REQUIRE(pos != std::string::npos);
  ClaimScopeJudge judge(folded);
  return judge.Judge(pos, pos + phrase.size(), options);
}

}  // namespace

TEST_CASE("claim scope: generic polarity comes from the shared engine", "[claims][heuristic]") {
  CHECK(ScopeOf("Our cells are FDA approved.", "fda approved") == ClaimScope::kAffirmed);
  CHECK(ScopeOf("These cells are not FDA approved.", "fda approved") == ClaimScope::kNegated);
  CHECK(ScopeOf("Many clinics say their cells are FDA approved.", "fda approved") ==
        ClaimScope::kOthers);
  CHECK(ScopeOf("We ask whether stem cells regrow cartilage.", "regrow cartilage") ==
        ClaimScope::kHedged);
  // Negation inside the phrase ("insurance ... cover").
  CHECK(ScopeOf("Insurance plans do not cover SVF.", "insurance plans do not cover") ==
        ClaimScope::kNegated);
  // A phrase with its own negation is not cancelled by it, but by a cue before it.
  ScopeOptions own;
  own.check_inside = false;
  CHECK(ScopeOf("The procedure has no side effects.", "no side effects", own) ==
        ClaimScope::kAffirmed);
  CHECK(ScopeOf("No procedure is risk-free.", "risk-free", own) == ClaimScope::kNegated);
}

TEST_CASE("claim scope: claim-specific layer", "[claims][heuristic]") {
  // Warning cues reach the phrase from anywhere earlier in the sentence.
  CHECK(ScopeOf("Red flags include clinics saying the cells are FDA approved.", "fda approved") ==
        ClaimScope::kOthers);
  // Hedges count only when the kind opts in.
  ScopeOptions hedged;
  hedged.hedges_count = true;
  CHECK(ScopeOf("Stem cells may regrow cartilage.", "regrow cartilage", hedged) ==
        ClaimScope::kHedged);
  CHECK(ScopeOf("Stem cells may regrow cartilage.", "regrow cartilage") == ClaimScope::kAffirmed);
  // A contrast adverb after the verb does not stop the negation after it.
  CHECK(ScopeOf("Eine Heilung der Arthrose ist jedoch nicht möglich.", "heilung der arthrose") ==
        ClaimScope::kNegated);
}

TEST_CASE("claim scope: others are judged per clause", "[claims][heuristic]") {
  CHECK(KindsOf("Unlike other clinics, our stem cells are FDA approved.") ==
        std::set<std::string>{"fda_approved"});
  CHECK(KindsOf("Unlike other clinics, we never say our cells are FDA approved.").empty());
  CHECK(KindsOf("Imagine a permanent fix for worn-out knees.").empty());
}

TEST_CASE("a question heading still names the product of its section", "[claims][heuristic]") {
  Document doc;
  doc.blocks.push_back(MakeBlock(BlockKind::kHeading, "Why umbilical cord cells?", -1));
  doc.blocks.push_back(MakeBlock(BlockKind::kParagraph, "Every dose contains live stem cells.", 0));
  CHECK(KindsOf(doc) == std::set<std::string>{"live_cells_birth_tissue"});
}

}  // namespace clinicrank
