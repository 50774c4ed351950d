// The audit in Markdown, JSON, HTML and CSV. Page text is escaped for each
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
    "Every fact each clinic's pages state (prices, injection guidance, cell sources, "
    "personalized plan) and every red-flag claim, each with its quote, the sentence before and "
    "after it on the page, and where it was read: the URL fetched and the final URL after "
    "redirects, the HTTP status, when it was fetched, the page's SHA-256 (proof of what the page "
    "said when it was read) and, for a crawl archived with --warc, the WARC file, record id and "
    "byte offset of the archived copy. A page's own canonical URL is shown only when it is on "
    "the same site. Context notes summarize the sources in DOMAIN.md (FDA, FTC, court records, "
    "trials). Contradictions are found between the facts extracted (for example a no-risk "
    "claim beside the clinic's own statement of risks) and should be checked on the page.";

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

std::string RunIds(const AuditHeader& h) {
  std::string out;
  for (int64_t id : h.run_ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}

std::string WarcPlace(const PageProvenance& p) {
  if (p.warc_file.empty()) return "";
  std::string out = p.warc_file + ", record " + p.warc_record_id + ", offset " +
                    std::to_string(p.warc_offset);
  if (!p.warc_refers_to.empty()) out += " (a revisit: same content as record " + p.warc_refers_to + ")";
  return out;
}

const std::string& Fetched(const PageProvenance& p) { return p.fetched_url; }
bool Redirected(const PageProvenance& p) {
  return !p.final_url.empty() && p.final_url != p.fetched_url;
}

// ---- Markdown ----

std::string MdQuote(const Citation& c) {
  std::string out = "“" + EscapeMarkdown(c.quote) + "”";
  if (!c.url.empty()) out += " (" + MarkdownLink("source", c.url) + ")";
  return out;
}

void MdHeader(const AuditHeader& h, std::string* out) {
  *out += "\n| | |\n|---|---|\n";
  *out += "| Tool | " + EscapeMarkdown(h.tool_version.empty() ? "clinicrank" : h.tool_version) + " |\n";
  if (!h.command.empty()) *out += "| Command | " + EscapeMarkdown(h.command) + " |\n";
  *out += "| Crawl run(s) | " +
          (h.run_ids.empty() ? std::string("none (pages read from files)") : RunIds(h)) + " |\n";
  if (!h.generated_at.empty()) *out += "| Generated | " + EscapeMarkdown(h.generated_at) + " |\n";
  *out += "| Currency rates of | " +
          (h.rates_date.empty() ? std::string("none loaded") : EscapeMarkdown(h.rates_date)) + " |\n";
}

void MdSource(const FactSource& s, std::string* out) {
  *out += "> " + EscapeMarkdown(s.quote) + "\n\n";
  if (!s.context_before.empty() || !s.context_after.empty()) {
    *out += "- In context: " + (s.context_before.empty() ? "" : "… " + EscapeMarkdown(s.context_before) + " ") +
            "**" + EscapeMarkdown(s.quote) + "**" +
            (s.context_after.empty() ? "" : " " + EscapeMarkdown(s.context_after) + " …") + "\n";
  }
  if (!s.page_found) {
    *out += "- Page: unknown (no page of this clinic matches the quote's URL)\n";
    return;
  }
  const PageProvenance& p = s.page;
  if (!Fetched(p).empty()) *out += "- Fetched URL: " + MarkdownLink(Fetched(p), Fetched(p)) + "\n";
  if (Redirected(p)) *out += "- Final URL: " + MarkdownLink(p.final_url, p.final_url) + "\n";
  if (!s.canonical_url.empty()) {
    *out += "- Canonical (same site): " + MarkdownLink(s.canonical_url, s.canonical_url) + "\n";
  }
  if (!p.path.empty()) *out += "- File: " + EscapeMarkdown(p.path) + "\n";
  if (p.http_status > 0) *out += "- HTTP status: " + std::to_string(p.http_status) + "\n";
  if (!p.fetched_at.empty()) {
    *out += "- Fetched: " + EscapeMarkdown(p.fetched_at) +
            (p.ip.empty() ? "" : " from " + EscapeMarkdown(p.ip)) +
            (p.run_id > 0 ? " (run " + std::to_string(p.run_id) + ")" : "") + "\n";
  }
  *out += "- Page SHA-256: " +
          (IsHex(p.sha256) ? "`" + p.sha256 + "`" : std::string("unknown")) + "\n";
  if (!p.warc_file.empty()) *out += "- Archived copy: " + EscapeMarkdown(WarcPlace(p)) + "\n";
}

void MdFact(size_t n, const AuditFact& f, std::string* out) {
  *out += "\n#### " + std::to_string(n) + ". " + EscapeMarkdown(f.field) +
          (f.value.empty() ? "" : " — " + EscapeMarkdown(f.value)) + "\n\n";
  MdSource(f.source, out);
}

void MdClaim(size_t n, const AuditClaim& a, std::string* out) {
  *out += "\n#### " + std::to_string(n) + ". " + SeverityName(a.severity) + " · " +
          EscapeMarkdown(a.claim.kind) + " — " + ClaimLabel(ParseClaimKind(a.claim.kind)) +
          "\n\n";
  MdSource(a.source, out);
  std::string value = ClaimValue(a);
  if (!value.empty()) *out += "- Value: " + value + "\n";
  *out += "- Context: " + EscapeMarkdown(a.context_note) + "\n";
}

void MdClinic(const ClinicAudit& c, std::string* out) {
  *out += "\n## " + EscapeMarkdown(c.name) + "\n\nSource: " + EscapeMarkdown(c.source);
  if (c.domain) *out += " · Domain: " + EscapeMarkdown(*c.domain);
  if (c.country) *out += " · Country: " + EscapeMarkdown(*c.country);
  *out += " · " + std::to_string(c.pages.size()) + " page(s)\n\n### Facts (" +
          std::to_string(c.facts.size()) + ")\n";
  if (c.facts.empty()) *out += "\nNo prices, guidance, cell sources or plan stated on the pages read.\n";
  for (size_t i = 0; i < c.facts.size(); ++i) MdFact(i + 1, c.facts[i], out);
  *out += "\n### Claims (" + std::to_string(c.claims.size()) + ")\n";
  if (c.claims.empty()) *out += "\nNo red-flag claims found on the pages read.\n";
  for (size_t i = 0; i < c.claims.size(); ++i) MdClaim(i + 1, c.claims[i], out);
  *out += "\n### Contradictions across pages (" + std::to_string(c.contradictions.size()) + ")\n\n";
  if (c.contradictions.empty()) *out += "None found.\n";
  for (const Contradiction& k : c.contradictions) {
    *out += "- **" + EscapeMarkdown(k.kind) + "**: " + EscapeMarkdown(k.description) + "\n";
    for (const Citation& q : k.citations) *out += "  - " + MdQuote(q) + "\n";
  }
  *out += "\n### Pages read\n\n| Fetched URL | Final URL | File | Status | SHA-256 | Fetched | "
          "Archived copy |\n|---|---|---|---|---|---|---|\n";
  for (size_t i = 0; i < c.pages.size(); ++i) {
    const PageRef& ref = c.pages[i];
    const PageProvenance p = i < c.provenance.size() ? c.provenance[i] : PageProvenance{};
    const std::string& fetched = !p.fetched_url.empty() ? p.fetched_url : std::string();
    *out += "| " + (fetched.empty() ? std::string("—") : MarkdownLink(fetched, fetched)) + " | " +
            (Redirected(p) ? MarkdownLink(p.final_url, p.final_url) : std::string("")) + " | " +
            EscapeMarkdown(ref.path) + " | " +
            (p.http_status > 0 ? std::to_string(p.http_status) : std::string()) + " | " +
            (IsHex(ref.sha256) ? "`" + ref.sha256 + "`" : "") + " | " +
            EscapeMarkdown(ref.fetched_at) + " | " + EscapeMarkdown(WarcPlace(p)) + " |\n";
  }
  if (!c.warnings.empty()) {
    *out += "\n**Warnings while reading the pages**:\n\n";
    for (const std::string& w : c.warnings) *out += "- " + EscapeMarkdown(w) + "\n";
  }
}

// ---- JSON ----

void JsonOptional(JsonWriter& w, std::string_view key, const std::string& value) {
  WriteKey(w, key);
  WriteOptionalString(w, value.empty() ? std::nullopt : std::optional<std::string>(value));
}

void JsonProvenanceFields(JsonWriter& w, const PageProvenance& p) {
  JsonOptional(w, "fetched_url", p.fetched_url);
  JsonOptional(w, "final_url", p.final_url);
  WriteKey(w, "http_status");
  if (p.http_status > 0) {
    w.Int(p.http_status);
  } else {
    w.Null();
  }
  JsonOptional(w, "fetched_at", p.fetched_at);
  JsonOptional(w, "ip", p.ip);
  WriteKey(w, "run_id");
  if (p.run_id > 0) {
    w.Int64(p.run_id);
  } else {
    w.Null();
  }
  JsonOptional(w, "sha256", p.sha256);
  JsonOptional(w, "path", p.path);
  WriteKey(w, "warc");
  if (p.warc_file.empty()) {
    w.Null();
  } else {
    w.StartObject();
    WriteKey(w, "file");
    WriteString(w, p.warc_file);
    WriteKey(w, "record_id");
    WriteString(w, p.warc_record_id);
    WriteKey(w, "offset");
    w.Int64(p.warc_offset);
    JsonOptional(w, "refers_to", p.warc_refers_to);
    w.EndObject();
  }
}

void JsonSource(JsonWriter& w, const FactSource& s) {
  WriteKey(w, "source");
  w.StartObject();
  WriteKey(w, "quote");
  WriteString(w, s.quote);
  WriteKey(w, "context_before");
  WriteString(w, s.context_before);
  WriteKey(w, "context_after");
  WriteString(w, s.context_after);
  WriteKey(w, "page_found");
  w.Bool(s.page_found);
  JsonOptional(w, "canonical_url", s.canonical_url);
  JsonProvenanceFields(w, s.page);
  w.EndObject();
}

void JsonPage(JsonWriter& w, const PageRef& p, const PageProvenance& provenance) {
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
  WriteKey(w, "provenance");
  w.StartObject();
  JsonProvenanceFields(w, provenance);
  w.EndObject();
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
  JsonOptional(w, "page_sha256", a.page_sha256);
  JsonOptional(w, "page_path", a.page_path);
  JsonOptional(w, "fetched_at", a.fetched_at);
  WriteKey(w, "context_note");
  WriteString(w, a.context_note);
  JsonSource(w, a.source);
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
  WriteKey(w, "facts");
  w.StartArray();
  for (const AuditFact& f : c.facts) {
    w.StartObject();
    WriteKey(w, "field");
    WriteString(w, f.field);
    WriteKey(w, "value");
    WriteString(w, f.value);
    JsonSource(w, f.source);
    w.EndObject();
  }
  w.EndArray();
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
  for (size_t i = 0; i < c.pages.size(); ++i) {
    JsonPage(w, c.pages[i], i < c.provenance.size() ? c.provenance[i] : PageProvenance{});
  }
  w.EndArray();
  WriteKey(w, "warnings");
  w.StartArray();
  for (const std::string& s : c.warnings) WriteString(w, s);
  w.EndArray();
  w.EndObject();
}

// ---- HTML ----

std::string HtmlCitation(const Citation& c) { return HtmlQuote(c.quote, c.url); }

std::string HtmlSource(const FactSource& s) {
  std::string out = "<q>" + EscapeHtmlText(s.quote) + "</q>";
  if (!s.context_before.empty() || !s.context_after.empty()) {
    out += "<br><span class=\"note\">In context: " +
           (s.context_before.empty() ? "" : "… " + EscapeHtmlText(s.context_before) + " ") +
           "<strong>" + EscapeHtmlText(s.quote) + "</strong>" +
           (s.context_after.empty() ? "" : " " + EscapeHtmlText(s.context_after) + " …") + "</span>";
  }
  out += "<br><span class=\"meta\">";
  if (!s.page_found) return out + "Page: unknown</span>";
  const PageProvenance& p = s.page;
  std::string meta;
  auto add = [&meta](const std::string& piece) { meta += (meta.empty() ? "" : " · ") + piece; };
  if (!p.fetched_url.empty()) add("Fetched URL: " + HtmlLink(p.fetched_url));
  if (Redirected(p)) add("Final URL: " + HtmlLink(p.final_url));
  if (!s.canonical_url.empty()) add("Canonical (same site): " + HtmlLink(s.canonical_url));
  if (!p.path.empty()) add("File: " + EscapeHtmlText(p.path));
  if (p.http_status > 0) add("HTTP " + std::to_string(p.http_status));
  if (!p.fetched_at.empty()) add("Fetched: " + EscapeHtmlText(p.fetched_at));
  add("SHA-256: " + (IsHex(p.sha256) ? "<code>" + p.sha256 + "</code>" : std::string("unknown")));
  if (!p.warc_file.empty()) add("Archived copy: " + EscapeHtmlText(WarcPlace(p)));
  return out + meta + "</span>";
}

void HtmlHeader(const AuditHeader& h, std::string* out) {
  *out += "<table><tbody>\n<tr><th>Tool</th><td>" +
          EscapeHtmlText(h.tool_version.empty() ? "clinicrank" : h.tool_version) + "</td></tr>\n";
  if (!h.command.empty()) *out += "<tr><th>Command</th><td><code>" + EscapeHtmlText(h.command) + "</code></td></tr>\n";
  *out += "<tr><th>Crawl run(s)</th><td>" +
          EscapeHtmlText(h.run_ids.empty() ? "none (pages read from files)" : RunIds(h)) +
          "</td></tr>\n";
  if (!h.generated_at.empty()) *out += "<tr><th>Generated</th><td>" + EscapeHtmlText(h.generated_at) + "</td></tr>\n";
  *out += "<tr><th>Currency rates of</th><td>" +
          EscapeHtmlText(h.rates_date.empty() ? "none loaded" : h.rates_date) + "</td></tr>\n";
  *out += "</tbody></table>\n";
}

void HtmlClaim(const AuditClaim& a, std::string* out) {
  const char* sev = SeverityName(a.severity);
  *out += std::string("<li><span class=\"sev sev-") + sev + "\">" + sev + "</span> <strong>" +
          EscapeHtmlText(ClaimLabel(ParseClaimKind(a.claim.kind))) +
          "</strong> <span class=\"note\">(" + EscapeHtmlText(a.claim.kind) + ")</span><br>" +
          HtmlSource(a.source);
  std::string value = ClaimValue(a);
  if (!value.empty()) *out += "<br><span class=\"meta\">Value: " + EscapeHtmlText(value) + "</span>";
  *out += "<br><span class=\"note\">" + EscapeHtmlText(a.context_note) + "</span></li>\n";
}

void HtmlClinic(const ClinicAudit& c, std::string* out) {
  *out += "<section class=\"card\">\n<header><h3>" + EscapeHtmlText(c.name) + "</h3><span>" +
          std::to_string(c.facts.size()) + " fact(s), " + std::to_string(c.claims.size()) +
          " claim(s), " + std::to_string(c.contradictions.size()) +
          " contradiction(s)</span></header>\n";
  *out += "<p class=\"meta\">Source: " + EscapeHtmlText(c.source);
  if (c.domain) *out += " · Domain: " + EscapeHtmlText(*c.domain);
  if (c.country) *out += " · Country: " + EscapeHtmlText(*c.country);
  *out += "</p>\n<h4>Facts</h4>\n";
  if (c.facts.empty()) {
    *out += "<p>No prices, guidance, cell sources or plan stated on the pages read.</p>\n";
  } else {
    *out += "<ul>\n";
    for (const AuditFact& f : c.facts) {
      *out += "<li><strong>" + EscapeHtmlText(f.field) + "</strong>" +
              (f.value.empty() ? "" : ": " + EscapeHtmlText(f.value)) + "<br>" +
              HtmlSource(f.source) + "</li>\n";
    }
    *out += "</ul>\n";
  }
  *out += "<h4>Claims</h4>\n";
  if (c.claims.empty()) {
    *out += "<p>No red-flag claims found on the pages read.</p>\n";
  } else {
    *out += "<ul>\n";
    for (const AuditClaim& a : c.claims) HtmlClaim(a, out);
    *out += "</ul>\n";
  }
  *out += "<h4>Contradictions across pages</h4>\n";
  if (c.contradictions.empty()) {
    *out += "<p>None found.</p>\n";
  } else {
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
      "<h4>Pages read</h4>\n<table><thead><tr><th>Fetched URL</th><th>Final URL</th><th>File</th>"
      "<th>Status</th><th>SHA-256</th><th>Fetched</th><th>Archived copy</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < c.pages.size(); ++i) {
    const PageRef& ref = c.pages[i];
    const PageProvenance p = i < c.provenance.size() ? c.provenance[i] : PageProvenance{};
    *out += "<tr><td>" + (p.fetched_url.empty() ? std::string("—") : HtmlLink(p.fetched_url)) +
            "</td><td>" + (Redirected(p) ? HtmlLink(p.final_url) : std::string()) + "</td><td>" +
            EscapeHtmlText(ref.path) + "</td><td>" +
            (p.http_status > 0 ? std::to_string(p.http_status) : std::string()) + "</td><td>" +
            (IsHex(ref.sha256) ? "<code>" + ref.sha256 + "</code>" : "") + "</td><td>" +
            EscapeHtmlText(ref.fetched_at) + "</td><td>" + EscapeHtmlText(WarcPlace(p)) +
            "</td></tr>\n";
  }
  *out += "</tbody></table>\n";
  if (!c.warnings.empty()) {
    *out += "<h4>Warnings while reading the pages</h4>\n<ul>\n";
    for (const std::string& w : c.warnings) *out += "<li>" + EscapeHtmlText(w) + "</li>\n";
    *out += "</ul>\n";
  }
  *out += "</section>\n";
}

// ---- CSV ----

constexpr const char* kCsvColumns[] = {
    "clinic", "clinic_source", "type", "field", "value", "severity", "quote", "context_before",
    "context_after", "fetched_url", "final_url", "canonical_url", "http_status", "fetched_at",
    "page_sha256", "file", "warc_file", "warc_record_id", "warc_offset", "warc_refers_to",
    "run_id", "note", "tool_version", "command", "run_ids", "generated_at", "rates_date"};

void CsvRow(const std::vector<std::string>& cells, std::string* out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) *out += ',';
    *out += EscapeCsvCell(cells[i]);
  }
  *out += "\r\n";
}

void CsvFact(const Audit& audit, const ClinicAudit& c, const std::string& type,
             const std::string& field, const std::string& value, const std::string& severity,
             const FactSource& s, const std::string& note, std::string* out) {
  const PageProvenance& p = s.page;
  const AuditHeader& h = audit.header;
  CsvRow({c.name, c.source, type, field, value, severity, s.quote, s.context_before,
          s.context_after, p.fetched_url, p.final_url, s.canonical_url,
          p.http_status > 0 ? std::to_string(p.http_status) : "", p.fetched_at, p.sha256, p.path,
          p.warc_file, p.warc_record_id, p.warc_offset >= 0 ? std::to_string(p.warc_offset) : "",
          p.warc_refers_to, p.run_id > 0 ? std::to_string(p.run_id) : "", note, h.tool_version,
          h.command, RunIds(h), h.generated_at, h.rates_date},
         out);
}

}  // namespace

std::string AuditReportMarkdown(const Audit& audit) {
  std::string out = "# Facts and claims audit\n\n" + std::string(kIntro) + "\n";
  MdHeader(audit.header, &out);
  if (audit.clinics.empty()) out += "\nNo clinics to audit.\n";
  for (const ClinicAudit& c : audit.clinics) MdClinic(c, &out);
  return out;
}

std::string AuditReportJson(const Audit& audit) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetMaxDecimalPlaces(2);
  w.StartObject();
  const AuditHeader& h = audit.header;
  WriteKey(w, "header");
  w.StartObject();
  JsonOptional(w, "tool_version", h.tool_version);
  JsonOptional(w, "command", h.command);
  WriteKey(w, "run_ids");
  w.StartArray();
  for (int64_t id : h.run_ids) w.Int64(id);
  w.EndArray();
  JsonOptional(w, "generated_at", h.generated_at);
  JsonOptional(w, "rates_date", h.rates_date);
  w.EndObject();
  WriteKey(w, "clinics");
  w.StartArray();
  for (const ClinicAudit& c : audit.clinics) JsonClinic(w, c);
  w.EndArray();
  w.EndObject();
  return FinishJson(buffer);
}

std::string AuditReportHtml(const Audit& audit) {
  std::string out = HtmlPageStart("Facts and claims audit");
  out += "<h1>Facts and claims audit</h1>\n<p class=\"intro\">" + EscapeHtmlText(kIntro) + "</p>\n";
  HtmlHeader(audit.header, &out);
  if (audit.clinics.empty()) out += "<p>No clinics to audit.</p>\n";
  for (const ClinicAudit& c : audit.clinics) HtmlClinic(c, &out);
  out += HtmlPageEnd();
  return out;
}

std::string AuditReportCsv(const Audit& audit) {
  std::string out;
  CsvRow(std::vector<std::string>(std::begin(kCsvColumns), std::end(kCsvColumns)), &out);
  for (const ClinicAudit& c : audit.clinics) {
    for (const AuditFact& f : c.facts) CsvFact(audit, c, "fact", f.field, f.value, "", f.source, "", &out);
    for (const AuditClaim& a : c.claims) {
      CsvFact(audit, c, "claim", a.claim.kind, ClaimValue(a), SeverityName(a.severity), a.source,
              a.context_note, &out);
    }
  }
  return out;
}

}  // namespace clinicrank
