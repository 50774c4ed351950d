// The audit in Markdown, JSON and HTML. Page text is escaped for each
// context (report/escape.h); sha256 values are shown only when they are hex.
#include <string>

#include "report/audit.h"
#include "report/escape.h"
#include "report/format.h"
#include "report/html_page.h"
#include "report/json_util.h"

namespace clinicrank {
namespace {

constexpr const char* kIntro =
    "Every red-flag claim each clinic's pages make, with the quote, the page URL, the page's "
    "SHA-256 (proof of what the page said when it was read) and, for crawled pages, when it was "
    "fetched. Context notes summarize the sources in DOMAIN.md (FDA, FTC, court records, trials). "
    "Contradictions are found by heuristics over the quotes extracted and should be checked on "
    "the page.";

bool IsHex(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

std::string ClaimValue(const AuditClaim& a) {
  std::string out;
  if (a.claim.value) out += FormatNumber(*a.claim.value, 1) + "%";
  if (a.claim.cited) out += std::string(out.empty() ? "" : ", ") + "cited from a study";
  return out;
}

// ---- Markdown ----

std::string MdQuote(const Citation& c) {
  std::string out = "“" + EscapeMarkdown(c.quote) + "”";
  if (!c.url.empty()) out += " (" + MarkdownLink("source", c.url) + ")";
  return out;
}

void MdClaim(size_t n, const AuditClaim& a, std::string* out) {
  *out += "\n#### " + std::to_string(n) + ". " + SeverityName(a.severity) + " · " +
          EscapeMarkdown(a.claim.kind) + " — " + ClaimLabel(a.claim.kind) + "\n\n";
  *out += "> " + EscapeMarkdown(a.claim.quote) + "\n\n";
  if (!a.claim.url.empty()) *out += "- Page: " + MarkdownLink(a.claim.url, a.claim.url) + "\n";
  if (!a.claim.canonical_url.empty()) {
    *out += "- Canonical: " + MarkdownLink(a.claim.canonical_url, a.claim.canonical_url) + "\n";
  }
  if (!a.page_path.empty()) *out += "- File: " + EscapeMarkdown(a.page_path) + "\n";
  *out += "- Page SHA-256: " +
          (IsHex(a.page_sha256) ? "`" + a.page_sha256 + "`"
                                : std::string("unknown (no page matches the URL)")) +
          "\n";
  if (!a.fetched_at.empty()) *out += "- Fetched: " + EscapeMarkdown(a.fetched_at) + "\n";
  std::string value = ClaimValue(a);
  if (!value.empty()) *out += "- Value: " + value + "\n";
  *out += "- Context: " + EscapeMarkdown(a.context_note) + "\n";
}

void MdClinic(const ClinicAudit& c, std::string* out) {
  *out += "\n## " + EscapeMarkdown(c.name) + "\n\nSource: " + EscapeMarkdown(c.source);
  if (c.domain) *out += " · Domain: " + EscapeMarkdown(*c.domain);
  if (c.country) *out += " · Country: " + EscapeMarkdown(*c.country);
  *out += " · " + std::to_string(c.pages.size()) + " page(s)\n\n### Claims (" +
          std::to_string(c.claims.size()) + ")\n";
  if (c.claims.empty()) *out += "\nNo red-flag claims found on the pages read.\n";
  for (size_t i = 0; i < c.claims.size(); ++i) MdClaim(i + 1, c.claims[i], out);
  *out += "\n### Contradictions across pages (" + std::to_string(c.contradictions.size()) + ")\n\n";
  if (c.contradictions.empty()) *out += "None found.\n";
  for (const Contradiction& k : c.contradictions) {
    *out += "- **" + EscapeMarkdown(k.kind) + "**: " + EscapeMarkdown(k.description) + "\n";
    for (const Citation& q : k.citations) *out += "  - " + MdQuote(q) + "\n";
  }
  *out += "\n### Pages read\n\n| URL | File | SHA-256 | Fetched |\n|---|---|---|---|\n";
  for (const PageRef& p : c.pages) {
    *out += "| " + (p.url ? MarkdownLink(*p.url, *p.url) : std::string("—")) + " | " +
            EscapeMarkdown(p.path) + " | " + (IsHex(p.sha256) ? "`" + p.sha256 + "`" : "") + " | " +
            EscapeMarkdown(p.fetched_at) + " |\n";
  }
  if (!c.warnings.empty()) {
    *out += "\n**Warnings while reading the pages**:\n\n";
    for (const std::string& w : c.warnings) *out += "- " + EscapeMarkdown(w) + "\n";
  }
}

// ---- JSON ----

void JsonPage(JsonWriter& w, const PageRef& p) {
  w.StartObject();
  WriteKey(w, "url");
  WriteOptionalString(w, p.url);
  WriteKey(w, "path");
  WriteString(w, p.path);
  WriteKey(w, "title");
  WriteString(w, p.title);
  WriteKey(w, "sha256");
  WriteString(w, p.sha256);
  WriteKey(w, "fetched_at");
  WriteOptionalString(w, p.fetched_at.empty() ? std::nullopt : std::optional(p.fetched_at));
  w.EndObject();
}

void JsonClaim(JsonWriter& w, const AuditClaim& a) {
  w.StartObject();
  WriteKey(w, "kind");
  WriteString(w, a.claim.kind);
  WriteKey(w, "severity");
  w.String(SeverityName(a.severity));
  WriteKey(w, "quote");
  WriteString(w, a.claim.quote);
  WriteKey(w, "url");
  WriteString(w, a.claim.url);
  if (!a.claim.canonical_url.empty()) {
    WriteKey(w, "canonical_url");
    WriteString(w, a.claim.canonical_url);
  }
  WriteKey(w, "value");
  WriteOptionalNumber(w, a.claim.value);
  WriteKey(w, "cited");
  w.Bool(a.claim.cited);
  WriteKey(w, "page_sha256");
  WriteOptionalString(w, a.page_sha256.empty() ? std::nullopt : std::optional(a.page_sha256));
  WriteKey(w, "page_path");
  WriteOptionalString(w, a.page_path.empty() ? std::nullopt : std::optional(a.page_path));
  WriteKey(w, "fetched_at");
  WriteOptionalString(w, a.fetched_at.empty() ? std::nullopt : std::optional(a.fetched_at));
  WriteKey(w, "context_note");
  WriteString(w, a.context_note);
  w.EndObject();
}

void JsonClinic(JsonWriter& w, const ClinicAudit& c) {
  w.StartObject();
  WriteKey(w, "source");
  WriteString(w, c.source);
  WriteKey(w, "name");
  WriteString(w, c.name);
  WriteKey(w, "domain");
  WriteOptionalString(w, c.domain);
  WriteKey(w, "country");
  WriteOptionalString(w, c.country);
  WriteKey(w, "claims");
  w.StartArray();
  for (const AuditClaim& a : c.claims) JsonClaim(w, a);
  w.EndArray();
  WriteKey(w, "contradictions");
  w.StartArray();
  for (const Contradiction& k : c.contradictions) {
    w.StartObject();
    WriteKey(w, "kind");
    WriteString(w, k.kind);
    WriteKey(w, "description");
    WriteString(w, k.description);
    WriteKey(w, "citations");
    w.StartArray();
    for (const Citation& q : k.citations) {
      w.StartObject();
      WriteKey(w, "quote");
      WriteString(w, q.quote);
      WriteKey(w, "url");
      WriteString(w, q.url);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  WriteKey(w, "pages");
  w.StartArray();
  for (const PageRef& p : c.pages) JsonPage(w, p);
  w.EndArray();
  WriteKey(w, "warnings");
  w.StartArray();
  for (const std::string& s : c.warnings) WriteString(w, s);
  w.EndArray();
  w.EndObject();
}

// ---- HTML ----

std::string HtmlCitation(const Citation& c) { return HtmlQuote(c.quote, c.url); }

void HtmlClaim(const AuditClaim& a, std::string* out) {
  const char* sev = SeverityName(a.severity);
  *out += std::string("<li><span class=\"sev sev-") + sev + "\">" + sev + "</span> <strong>" +
          EscapeHtmlText(ClaimLabel(a.claim.kind)) + "</strong> <span class=\"note\">(" +
          EscapeHtmlText(a.claim.kind) + ")</span><br><q>" + EscapeHtmlText(a.claim.quote) +
          "</q><br><span class=\"meta\">Page: " +
          (a.claim.url.empty() ? std::string("unknown") : HtmlLink(a.claim.url)) + " · SHA-256: " +
          (IsHex(a.page_sha256) ? "<code>" + a.page_sha256 + "</code>" : std::string("unknown")) +
          (a.fetched_at.empty() ? "" : " · Fetched: " + EscapeHtmlText(a.fetched_at));
  std::string value = ClaimValue(a);
  if (!value.empty()) *out += " · Value: " + EscapeHtmlText(value);
  *out += "</span><br><span class=\"note\">" + EscapeHtmlText(a.context_note) + "</span></li>\n";
}

void HtmlClinic(const ClinicAudit& c, std::string* out) {
  *out += "<section class=\"card\">\n<header><h3>" + EscapeHtmlText(c.name) + "</h3><span>" +
          std::to_string(c.claims.size()) + " claim(s), " +
          std::to_string(c.contradictions.size()) + " contradiction(s)</span></header>\n";
  *out += "<p class=\"meta\">Source: " + EscapeHtmlText(c.source);
  if (c.domain) *out += " · Domain: " + EscapeHtmlText(*c.domain);
  if (c.country) *out += " · Country: " + EscapeHtmlText(*c.country);
  *out += "</p>\n<h4>Claims</h4>\n";
  if (c.claims.empty())
    *out += "<p>No red-flag claims found on the pages read.</p>\n";
  else {
    *out += "<ul>\n";
    for (const AuditClaim& a : c.claims) HtmlClaim(a, out);
    *out += "</ul>\n";
  }
  *out += "<h4>Contradictions across pages</h4>\n";
  if (c.contradictions.empty())
    *out += "<p>None found.</p>\n";
  else {
    *out += "<ul>\n";
    for (const Contradiction& k : c.contradictions) {
      *out += "<li><strong>" + EscapeHtmlText(k.kind) +
              "</strong>: " + EscapeHtmlText(k.description) + "<ul>";
      for (const Citation& q : k.citations) *out += "<li>" + HtmlCitation(q) + "</li>";
      *out += "</ul></li>\n";
    }
    *out += "</ul>\n";
  }
  *out +=
      "<h4>Pages read</h4>\n<table><thead><tr><th>URL</th><th>File</th><th>SHA-256</th>"
      "<th>Fetched</th></tr></thead><tbody>\n";
  for (const PageRef& p : c.pages) {
    *out += "<tr><td>" + (p.url ? HtmlLink(*p.url) : std::string("—")) + "</td><td>" +
            EscapeHtmlText(p.path) + "</td><td>" +
            (IsHex(p.sha256) ? "<code>" + p.sha256 + "</code>" : "") + "</td><td>" +
            EscapeHtmlText(p.fetched_at) + "</td></tr>\n";
  }
  *out += "</tbody></table>\n";
  if (!c.warnings.empty()) {
    *out += "<h4>Warnings while reading the pages</h4>\n<ul>\n";
    for (const std::string& w : c.warnings) *out += "<li>" + EscapeHtmlText(w) + "</li>\n";
    *out += "</ul>\n";
  }
  *out += "</section>\n";
}

}  // namespace

std::string AuditReportMarkdown(const Audit& audit) {
  std::string out = "# Claims audit\n\n" + std::string(kIntro) + "\n";
  if (audit.clinics.empty()) out += "\nNo clinics to audit.\n";
  for (const ClinicAudit& c : audit.clinics) MdClinic(c, &out);
  return out;
}

std::string AuditReportJson(const Audit& audit) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetMaxDecimalPlaces(2);
  w.StartObject();
  WriteKey(w, "clinics");
  w.StartArray();
  for (const ClinicAudit& c : audit.clinics) JsonClinic(w, c);
  w.EndArray();
  w.EndObject();
  return FinishJson(buffer);
}

std::string AuditReportHtml(const Audit& audit) {
  std::string out = HtmlPageStart("Claims audit");
  out += "<h1>Claims audit</h1>\n<p class=\"intro\">" + EscapeHtmlText(kIntro) + "</p>\n";
  if (audit.clinics.empty()) out += "<p>No clinics to audit.</p>\n";
  for (const ClinicAudit& c : audit.clinics) HtmlClinic(c, &out);
  out += HtmlPageEnd();
  return out;
}

}  // namespace clinicrank
