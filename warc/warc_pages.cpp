#include "warc/warc_pages.h"

#include "base/ascii.h"
#include "warc/digest.h"
#include "warc/http_message.h"

namespace clinicrank {
namespace {

constexpr size_t kRevisitCacheBytes = 64u << 20;

std::string MediaType(std::string_view content_type) {
  std::string mime;
  for (char c : content_type) {
    if (c == ';') break;
    if (c != ' ' && c != '\t') mime.push_back(AsciiLower(c));
  }
  return mime;
}

bool IsHttpBlock(const WarcRecord& r) {
  return AsciiLower(r.content_type).starts_with("application/http");
}

}  // namespace

bool IsHtmlMediaType(std::string_view content_type) {
  const std::string mime = MediaType(content_type);
  return mime.empty() || mime == "text/html" || mime == "application/xhtml+xml";
}

WarcPageReader::WarcPageReader(std::FILE* in, WarcReaderOptions options, RevisitCache* shared)
    : reader_(in, options),
      max_body_bytes_(options.max_record_bytes),
      cache_(shared ? shared : &own_cache_) {}

std::vector<std::string> WarcPageReader::warnings() const {
  std::vector<std::string> all = reader_.warnings();
  all.insert(all.end(), warnings_.begin(), warnings_.end());
  return all;
}

void WarcPageReader::Remember(const std::string& digest, const WarcPage& page) {
  RevisitCache& c = *cache_;
  if (digest.empty() || c.bodies.count(digest) || page.body.size() > kRevisitCacheBytes) return;
  while (c.bytes + page.body.size() > kRevisitCacheBytes && !c.order.empty()) {
    auto it = c.bodies.find(c.order.front());
    c.bytes -= it->second.size();
    c.bodies.erase(it);
    c.order.pop_front();
  }
  c.bodies[digest] = page.body;
  c.order.push_back(digest);
  c.bytes += page.body.size();
}

bool WarcPageReader::Use(const WarcRecord& r, WarcPage* page) {
  const std::string where = "offset " + std::to_string(r.offset) + ": " + r.target_uri + ": ";
  page->url = r.target_uri;
  page->fetched_at = r.date;
  page->record_type = r.type;
  page->record_id = r.record_id;
  page->offset = r.offset;
  const std::string* ip = r.Field("warc-ip-address");
  page->ip = ip ? *ip : "";
  if (r.type == "resource") {
    if (MediaType(r.content_type).empty() || !IsHtmlMediaType(r.content_type)) return false;
    page->content_type = r.content_type;
    page->status = 200;
    page->body = r.block;
    return true;
  }
  if ((r.type != "response" && r.type != "revisit") || !IsHttpBlock(r)) return false;
  const size_t head_end = HttpHeadEnd(r.block);
  if (head_end == std::string::npos) {
    if (r.type == "response") warnings_.push_back(where + "no complete HTTP header; skipped");
    return false;
  }
  const HttpHead head = ParseHttpHead(std::string_view(r.block).substr(0, head_end));
  const std::string* type = head.Field("content-type");
  page->content_type = type ? *type : "";
  page->status = head.status;
  if (head.status < 200 || head.status >= 300 || !IsHtmlMediaType(page->content_type)) return false;
  const std::string* digest = r.Field("warc-payload-digest");
  if (r.type == "revisit") {
    auto it = digest ? cache_->bodies.find(*digest) : cache_->bodies.end();
    if (it == cache_->bodies.end()) {
      const std::string* date = r.Field("warc-refers-to-date");
      warnings_.push_back(where + "revisit of a capture" + (date ? " of " + *date : "") +
                          " that is not in this input; skipped");
      return false;
    }
    page->body = it->second;
    return true;
  }
  if (r.Field("warc-truncated")) {
    warnings_.push_back(where + "response was truncated when archived; skipped");
    return false;
  }
  const std::string_view payload = std::string_view(r.block).substr(head_end);
  DecodedBody body = DecodeHttpBody(head, payload, max_body_bytes_);
  if (!body.problem.empty() && body.problem.starts_with("unsupported")) {
    warnings_.push_back(where + body.problem + "; skipped");
    return false;
  }
  if (!body.problem.empty()) warnings_.push_back(where + body.problem + "; using what decoded");
  page->body = std::move(body.bytes);
  Remember(digest ? *digest : WarcSha1(payload), *page);
  return true;
}

bool WarcPageReader::Next(WarcPage* page) {
  WarcRecord record;
  while (reader_.NextRecord(&record)) {
    ++records_;
    if (!record.block_complete) continue;  // the reader has warned
    *page = WarcPage{};
    if (Use(record, page)) return true;
  }
  return false;
}

}  // namespace clinicrank
