#include "parsers/extract/clinic.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "parsers/html/charset.h"
#include "parsers/extract/claims.h"
#include "parsers/html/html.h"
#include "parsers/extract/identity.h"
#include "parsers/extract/orthopedic_experience.h"
#include "parsers/extract/own_cells.h"
#include "parsers/extract/page_context.h"
#include "parsers/extract/page_genre.h"
#include "parsers/extract/price_includes.h"
#include "parsers/extract/risk_disclosure.h"
#include "parsers/text/page_text.h"
#include "parsers/extract/prices.h"
#include "base/sha256.h"
#include "parsers/extract/treatment.h"
#include "parsers/vocab/languages.h"

namespace clinicrank {
namespace {

// Pages past this size are parsed only up to it: real clinic pages are far
// smaller, and a hostile 50 MB response must not cost gigabytes in Gumbo.
constexpr size_t kMaxParseBytes = 8u << 20;

// Binary junk (images, PDFs, archives saved as .html) is refused before
// parsing: NUL bytes or many control characters near the start. UTF-16 text
// has NULs too, so a UTF-16 byte-order mark exempts the page.
bool LooksBinary(std::string_view bytes) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return false;
  }
  std::string_view head = bytes.substr(0, 4096);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 10 > head.size();
}

bool IsWhitespaceOnly(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  });
}

bool IsHttpUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://");
}

// Gives every price, claim and piece of evidence the same-site canonical of
// the page it cites (by its URL), as a separate field: the cited URL stays
// the fetched one (page_context.h).
void AttachCanonicalUrls(const std::map<std::string, std::string>& canonical_of,
                         ClinicFacts* out) {
  if (canonical_of.empty()) return;
  const auto attach = [&](const std::string& url, std::string* canonical) {
    if (auto it = canonical_of.find(url); it != canonical_of.end()) *canonical = it->second;
  };
  for (Price& p : out->prices) attach(p.url, &p.canonical_url);
  for (Claim& c : out->claims) attach(c.url, &c.canonical_url);
  for (Evidence& e : out->evidence) attach(e.url, &e.canonical_url);
}

}  // namespace

ClinicFacts ExtractClinic(const std::string& source, const std::vector<PageInput>& pages) {
  ClinicFacts out;
  out.source = source;
  IdentityExtractor identity;
  PriceExtractor prices;
  TreatmentExtractor treatment;
  ClaimExtractor claims;
  PriceIncludesExtractor includes;
  OrthopedicExperienceExtractor orthopedics;
  RiskDisclosureExtractor risks;
  OwnCellsExtractor own_cells;
  std::map<std::string, std::string> canonical_of;  // cited URL → same-site canonical

  for (const PageInput& page : pages) {
    const std::string where = !page.url.empty() ? page.url : page.path;
    PageRef ref;
    ref.path = page.path;
    ref.sha256 = Sha256Hex(page.bytes);
    ref.fetched_at = page.fetched_at;
    if (!page.url.empty()) ref.url = page.url;

    if (IsWhitespaceOnly(page.bytes)) {
      out.warnings.push_back(where + ": empty page, skipped");
      ref.read = false;
      out.pages.push_back(std::move(ref));
      continue;
    }
    if (LooksBinary(page.bytes)) {
      out.warnings.push_back(where + ": binary content, not HTML; skipped");
      ref.read = false;
      out.pages.push_back(std::move(ref));
      continue;
    }
    std::string_view bytes = page.bytes;
    if (bytes.size() > kMaxParseBytes) {
      out.warnings.push_back(where + ": page truncated: " + std::to_string(bytes.size()) +
                             " bytes, only the first " + std::to_string(kMaxParseBytes) +
                             " parsed");
      bytes = bytes.substr(0, kMaxParseBytes);
    }

    DecodedText decoded = DecodeToUtf8(bytes, page.content_type);
    for (const std::string& w : decoded.warnings) out.warnings.push_back(where + ": " + w);
    Document doc = ParseHtml(decoded.utf8);
    for (const std::string& w : doc.warnings) out.warnings.push_back(where + ": " + w);

    PageContext ctx = BuildPageContext(doc, page.url, page.path);
    if (IsHttpUrl(ctx.url)) ref.url = ctx.url;
    ref.canonical_url = ctx.canonical_url;
    if (!ctx.canonical_url.empty()) canonical_of[ctx.url] = ctx.canonical_url;
    ref.title = doc.title;
    out.pages.push_back(std::move(ref));

    PageText text(doc);  // each block folded and split once, for every extractor
    identity.AddPage(doc, ctx, &text);
    ctx.information_page =
        DetectPageGenre(doc, &text, AddedLanguagesApply(ctx.lang)) == PageGenre::kInformation;
    prices.AddPage(doc, ctx, &text);
    treatment.AddPage(doc, ctx, &text);
    claims.AddPage(doc, ctx, &text);
    includes.AddPage(doc, ctx, &text);
    orthopedics.AddPage(doc, ctx, &text);
    risks.AddPage(doc, ctx, &text);
    own_cells.AddPage(doc, ctx, &text);
  }

  identity.Finish(&out);
  prices.Finish(&out);
  treatment.Finish(&out);
  claims.Finish(&out);
  includes.Finish(&out);
  orthopedics.Finish(&out);
  risks.Finish(&out);
  own_cells.Finish(&out);  // after treatment: it reads cell_origin
  AttachCanonicalUrls(canonical_of, &out);
  return out;
}

}  // namespace clinicrank
