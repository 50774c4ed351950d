#include "report/fact_diff.h"

#include <map>
#include <set>
#include <tuple>

#include "report/escape.h"
#include "report/format.h"
#include "report/json_util.h"

namespace clinicrank {
namespace {

std::string FetchedAt(const ClinicFacts& f, const std::string& url) {
  for (const PageRef& p : f.pages) {
    if (p.url && *p.url == url) return p.fetched_at;
  }
  return "";
}

bool SameAmount(const Price& a, const Price& b) {
  return a.low == b.low && a.high == b.high && a.lower_bound_only == b.lower_bound_only &&
         a.upper_bound_only == b.upper_bound_only;
}

auto Kind(const Price& p) { return std::tie(p.currency, p.basis, p.treatment); }

void DiffPrices(const ClinicState& before, const ClinicState& after, SiteDiff* diff) {
  std::vector<PriceSeen> old_prices, new_prices;
  for (const Price& p : before.facts.prices) old_prices.push_back({p, FetchedAt(before.facts, p.url)});
  for (const Price& p : after.facts.prices) new_prices.push_back({p, FetchedAt(after.facts, p.url)});
  std::vector<bool> old_used(old_prices.size()), new_used(new_prices.size());
  // Pass 1: the same price, anywhere. Pass 2: same kind on the same page.
  // Pass 3: same kind anywhere on the site.
  for (int pass = 0; pass < 3; ++pass) {
    for (size_t n = 0; n < new_prices.size(); ++n) {
      if (new_used[n]) continue;
      const Price& np = new_prices[n].price;
      for (size_t o = 0; o < old_prices.size(); ++o) {
        if (old_used[o]) continue;
        const Price& op = old_prices[o].price;
        const bool match = pass == 0   ? Kind(op) == Kind(np) && SameAmount(op, np)
                           : pass == 1 ? Kind(op) == Kind(np) && op.url == np.url
                                       : Kind(op) == Kind(np);
        if (!match) continue;
        old_used[o] = new_used[n] = true;
        if (pass > 0) diff->prices_changed.push_back({old_prices[o], new_prices[n]});
        break;
      }
    }
  }
  for (size_t o = 0; o < old_prices.size(); ++o) {
    if (!old_used[o]) diff->prices_removed.push_back(old_prices[o]);
  }
  for (size_t n = 0; n < new_prices.size(); ++n) {
    if (!new_used[n]) diff->prices_added.push_back(new_prices[n]);
  }
}

void DiffClaims(const ClinicState& before, const ClinicState& after, SiteDiff* diff) {
  auto key = [](const Claim& c) { return c.kind + "\n" + c.quote; };
  std::set<std::string> old_keys, new_keys;
  for (const Claim& c : before.facts.claims) old_keys.insert(key(c));
  for (const Claim& c : after.facts.claims) new_keys.insert(key(c));
  for (const Claim& c : after.facts.claims) {
    if (!old_keys.count(key(c))) diff->claims_added.push_back({c, FetchedAt(after.facts, c.url)});
  }
  for (const Claim& c : before.facts.claims) {
    if (!new_keys.count(key(c))) diff->claims_removed.push_back({c, FetchedAt(before.facts, c.url)});
  }
}

void DiffChecklist(const ClinicState& before, const ClinicState& after, SiteDiff* diff) {
  std::map<std::string, const ChecklistItem*> old_items;
  for (const ChecklistItem& item : before.checklist) old_items[item.item] = &item;
  for (const ChecklistItem& item : after.checklist) {
    auto it = old_items.find(item.item);
    const ItemStatus was = it == old_items.end() ? ItemStatus::kUnknown : it->second->status;
    if (was == item.status) continue;
    diff->checklist.push_back({item.item, item.label, was, item.status,
                               it == old_items.end() ? "" : it->second->evidence, item.evidence});
  }
}

std::string PriceText(const PriceSeen& p) {
  return FormatOriginalPrice(p.price) + " (" + p.price.treatment + ")";
}

std::string RunsLabel(const DiffRun& run) {
  if (run.run_ids.empty()) return "nothing (empty store)";
  std::string ids;
  for (int64_t id : run.run_ids) ids += (ids.empty() ? "" : "+") + std::to_string(id);
  return "run " + ids + (run.started_at.empty() ? "" : " (" + run.started_at + ")");
}

// ---- Markdown ----

std::string MdQuoteAt(const std::string& quote, const std::string& url, const std::string& at) {
  std::string out = "“" + EscapeMarkdown(quote) + "”";
  if (!url.empty()) out += " (" + MarkdownLink("page", url) + ")";
  if (!at.empty()) out += ", fetched " + EscapeMarkdown(at);
  return out;
}

void MdSite(const SiteDiff& d, std::string* out) {
  *out += "\n## " + EscapeMarkdown(d.name.empty() ? d.site : d.name) + " (" + EscapeMarkdown(d.site) + ")\n\n";
  if (d.Empty()) {
    *out += "No changes (" + std::to_string(d.pages_unchanged) + " page(s) unchanged).\n";
    return;
  }
  for (const PriceChange& c : d.prices_changed) {
    *out += "- **Price changed**: " + EscapeMarkdown(PriceText(c.before)) + " → " +
            EscapeMarkdown(PriceText(c.after)) + "\n  - before: " +
            MdQuoteAt(c.before.price.quote, c.before.price.url, c.before.fetched_at) +
            "\n  - after: " + MdQuoteAt(c.after.price.quote, c.after.price.url, c.after.fetched_at) + "\n";
  }
  for (const PriceSeen& p : d.prices_added) {
    *out += "- **Price added**: " + EscapeMarkdown(PriceText(p)) + " — " +
            MdQuoteAt(p.price.quote, p.price.url, p.fetched_at) + "\n";
  }
  for (const PriceSeen& p : d.prices_removed) {
    *out += "- **Price removed**: " + EscapeMarkdown(PriceText(p)) + " — was " +
            MdQuoteAt(p.price.quote, p.price.url, p.fetched_at) + "\n";
  }
  for (const ChecklistChange& c : d.checklist) {
    *out += "- **Checklist**: " + EscapeMarkdown(c.label) + ": " + ItemStatusName(c.before) + " → " +
            ItemStatusName(c.after);
    if (!c.after_evidence.empty()) *out += " — “" + EscapeMarkdown(c.after_evidence) + "”";
    *out += "\n";
  }
  for (const ClaimSeen& c : d.claims_added) {
    *out += "- **Claim added** (" + EscapeMarkdown(c.claim.kind) + "): " +
            MdQuoteAt(c.claim.quote, c.claim.url, c.fetched_at) + "\n";
  }
  for (const ClaimSeen& c : d.claims_removed) {
    *out += "- **Claim removed** (" + EscapeMarkdown(c.claim.kind) + "): was " +
            MdQuoteAt(c.claim.quote, c.claim.url, c.fetched_at) + "\n";
  }
  if (!d.pages_added.empty() || !d.pages_changed.empty() || !d.pages_gone.empty()) {
    *out += "\n| page | change |\n|---|---|\n";
    for (const std::string& url : d.pages_added) *out += "| " + MarkdownLink(url, url) + " | added |\n";
    for (const PageDiff& p : d.pages_changed) {
      *out += "| " + MarkdownLink(p.url, p.url) + " | changed |\n";
    }
    for (const PageDiff& p : d.pages_gone) {
      *out += "| " + MarkdownLink(p.url, p.url) + " | gone: " + EscapeMarkdown(p.why) + " |\n";
    }
  }
  *out += "\n" + std::to_string(d.pages_unchanged) + " page(s) unchanged.\n";
}

// ---- JSON ----

void JsonPrice(JsonWriter& w, const PriceSeen& p) {
  w.StartObject();
  WriteKey(w, "low");
  w.Double(p.price.low);
  WriteKey(w, "high");
  w.Double(p.price.high);
  WriteKey(w, "currency");
  WriteString(w, p.price.currency);
  WriteKey(w, "basis");
  WriteString(w, p.price.basis);
  WriteKey(w, "treatment");
  WriteString(w, p.price.treatment);
  WriteKey(w, "quote");
  WriteString(w, p.price.quote);
  WriteKey(w, "url");
  WriteString(w, p.price.url);
  WriteKey(w, "fetched_at");
  WriteString(w, p.fetched_at);
  w.EndObject();
}

void JsonClaim(JsonWriter& w, const ClaimSeen& c) {
  w.StartObject();
  WriteKey(w, "kind");
  WriteString(w, c.claim.kind);
  WriteKey(w, "quote");
  WriteString(w, c.claim.quote);
  WriteKey(w, "url");
  WriteString(w, c.claim.url);
  WriteKey(w, "fetched_at");
  WriteString(w, c.fetched_at);
  w.EndObject();
}

void JsonRun(JsonWriter& w, const DiffRun& run) {
  if (run.run_ids.empty()) {
    w.Null();
  } else {
    w.Int64(run.run_ids.back());
  }
}

// `key`: [write(item) for each item].
template <typename Items, typename Write>
void JsonArray(JsonWriter& w, std::string_view key, const Items& items, Write write) {
  WriteKey(w, key);
  w.StartArray();
  for (const auto& item : items) write(item);
  w.EndArray();
}

}  // namespace

bool SiteDiff::Empty() const {
  return pages_added.empty() && pages_changed.empty() && pages_gone.empty() &&
         prices_added.empty() && prices_removed.empty() && prices_changed.empty() &&
         checklist.empty() && claims_added.empty() && claims_removed.empty();
}

void DiffFacts(const ClinicState& before, const ClinicState& after, SiteDiff* diff) {
  DiffPrices(before, after, diff);
  DiffClaims(before, after, diff);
  DiffChecklist(before, after, diff);
}

std::string FactDiffMarkdown(const FactDiffReport& r) {
  std::string out = "# Changes from " + EscapeMarkdown(RunsLabel(r.from)) + " to " +
                    EscapeMarkdown(RunsLabel(r.to)) + "\n";
  if (!r.note.empty()) out += "\n" + EscapeMarkdown(r.note) + "\n";
  int prices = 0, claims = 0, checklist = 0, gone = 0, unchanged_sites = 0;
  for (const SiteDiff& d : r.sites) {
    MdSite(d, &out);
    prices += static_cast<int>(d.prices_added.size() + d.prices_removed.size() + d.prices_changed.size());
    claims += static_cast<int>(d.claims_added.size() + d.claims_removed.size());
    checklist += static_cast<int>(d.checklist.size());
    gone += static_cast<int>(d.pages_gone.size());
    if (d.Empty()) ++unchanged_sites;
  }
  out += "\nTotal: " + std::to_string(prices) + " price change(s), " + std::to_string(checklist) +
         " checklist change(s), " + std::to_string(claims) + " claim change(s), " +
         std::to_string(gone) + " page(s) gone; " + std::to_string(unchanged_sites) + " of " +
         std::to_string(r.sites.size()) + " site(s) unchanged.\n";
  return out;
}

std::string FactDiffJson(const FactDiffReport& r) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  WriteKey(w, "from");
  JsonRun(w, r.from);
  WriteKey(w, "to");
  JsonRun(w, r.to);
  JsonArray(w, "from_runs", r.from.run_ids, [&w](int64_t id) { w.Int64(id); });
  JsonArray(w, "to_runs", r.to.run_ids, [&w](int64_t id) { w.Int64(id); });
  WriteKey(w, "note");
  WriteString(w, r.note);
  WriteKey(w, "sites");
  w.StartArray();
  for (const SiteDiff& d : r.sites) {
    w.StartObject();
    WriteKey(w, "site");
    WriteString(w, d.site);
    WriteKey(w, "seed_url");
    WriteString(w, d.seed_url);
    WriteKey(w, "name");
    WriteString(w, d.name);
    JsonArray(w, "added", d.pages_added, [&w](const std::string& url) { WriteString(w, url); });
    WriteKey(w, "changed");
    w.StartArray();
    for (const PageDiff& c : d.pages_changed) {
      w.StartObject();
      WriteKey(w, "url");
      WriteString(w, c.url);
      WriteKey(w, "old_sha256");
      WriteString(w, c.old_sha256);
      WriteKey(w, "new_sha256");
      WriteString(w, c.new_sha256);
      w.EndObject();
    }
    w.EndArray();
    JsonArray(w, "removed", d.pages_gone, [&w](const PageDiff& p) { WriteString(w, p.url); });
    WriteKey(w, "unchanged");
    w.Int(d.pages_unchanged);
    WriteKey(w, "pages_gone");
    w.StartArray();
    for (const PageDiff& p : d.pages_gone) {
      w.StartObject();
      WriteKey(w, "url");
      WriteString(w, p.url);
      WriteKey(w, "why");
      WriteString(w, p.why);
      w.EndObject();
    }
    w.EndArray();
    JsonArray(w, "prices_added", d.prices_added, [&w](const PriceSeen& p) { JsonPrice(w, p); });
    JsonArray(w, "prices_removed", d.prices_removed, [&w](const PriceSeen& p) { JsonPrice(w, p); });
    WriteKey(w, "prices_changed");
    w.StartArray();
    for (const PriceChange& c : d.prices_changed) {
      w.StartObject();
      WriteKey(w, "old");
      JsonPrice(w, c.before);
      WriteKey(w, "new");
      JsonPrice(w, c.after);
      w.EndObject();
    }
    w.EndArray();
    WriteKey(w, "checklist_changes");
    w.StartArray();
    for (const ChecklistChange& c : d.checklist) {
      w.StartObject();
      WriteKey(w, "item");
      WriteString(w, c.item);
      WriteKey(w, "old_status");
      w.String(ItemStatusName(c.before));
      WriteKey(w, "new_status");
      w.String(ItemStatusName(c.after));
      WriteKey(w, "old_evidence");
      WriteString(w, c.before_evidence);
      WriteKey(w, "new_evidence");
      WriteString(w, c.after_evidence);
      w.EndObject();
    }
    w.EndArray();
    JsonArray(w, "claims_added", d.claims_added, [&w](const ClaimSeen& c) { JsonClaim(w, c); });
    JsonArray(w, "claims_removed", d.claims_removed, [&w](const ClaimSeen& c) { JsonClaim(w, c); });
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return FinishJson(buffer);
}

}  // namespace clinicrank
