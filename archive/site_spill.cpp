#include "archive/site_spill.h"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace clinicrank {
namespace {

void PutString(const std::string& s, std::string* out) {
  const uint64_t n = s.size();
  out->append(reinterpret_cast<const char*>(&n), sizeof n);
  out->append(s);
}

bool GetString(std::string_view* in, std::string* s) {
  uint64_t n = 0;
  if (in->size() < sizeof n) return false;
  std::memcpy(&n, in->data(), sizeof n);
  in->remove_prefix(sizeof n);
  if (in->size() < n) return false;
  s->assign(in->data(), n);
  in->remove_prefix(n);
  return true;
}

std::string Serialize(const WarcPage& page) {
  std::string out;
  out.reserve(page.body.size() + page.url.size() + 128);
  PutString(page.url, &out);
  PutString(page.fetched_at, &out);
  PutString(page.content_type, &out);
  PutString(std::to_string(page.status), &out);
  PutString(page.body, &out);
  return out;
}

bool Deserialize(std::string_view in, WarcPage* page) {
  std::string status;
  if (!GetString(&in, &page->url) || !GetString(&in, &page->fetched_at) ||
      !GetString(&in, &page->content_type) || !GetString(&in, &status) ||
      !GetString(&in, &page->body)) {
    return false;
  }
  page->status = std::atoi(status.c_str());
  return true;
}

}  // namespace

std::unique_ptr<SiteSpill> SiteSpill::Create(const std::string& dir, const SiteLimits& limits,
                                             std::string* error) {
  std::string base = dir;
  if (base.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    base = tmp && *tmp ? tmp : "/tmp";
  }
  std::string path = base + "/clinicrank-spill-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) {
    *error = "cannot create a spill file in " + base + ": " + std::strerror(errno);
    return nullptr;
  }
  ::unlink(path.c_str());  // gone when closed, even after a crash
  std::FILE* file = ::fdopen(fd, "w+b");
  if (!file) {
    ::close(fd);
    *error = "cannot open the spill file: " + std::string(std::strerror(errno));
    return nullptr;
  }
  return std::unique_ptr<SiteSpill>(new SiteSpill(file, limits));
}

SiteSpill::~SiteSpill() { std::fclose(file_); }

bool SiteSpill::Add(const std::string& site, const WarcPage& page, bool mentions,
                    std::vector<std::string>* notes, std::string* error) {
  Site& entry = sites_.try_emplace(site, limits_).first->second;
  entry.relevant = entry.relevant || mentions;
  switch (entry.cap.Offer(page.body.size())) {
    case SiteCap::Verdict::kTake:
      break;
    case SiteCap::Verdict::kPageTooBig:
      notes->push_back(PageTooBigNote(page.url, page.body.size(), limits_));
      return true;
    case SiteCap::Verdict::kClose:
    case SiteCap::Verdict::kClosed:
      return true;
  }
  const std::string record = Serialize(page);
  if (std::fwrite(record.data(), 1, record.size(), file_) != record.size()) {
    *error = "cannot write the spill file: " + std::string(std::strerror(errno));
    return false;
  }
  entry.spans.emplace_back(offset_, record.size());
  offset_ += record.size();
  ++pages_;
  return true;
}

bool SiteSpill::relevant(const std::string& site) const {
  auto it = sites_.find(site);
  return it != sites_.end() && it->second.relevant;
}

std::vector<std::string> SiteSpill::Sites(bool relevant_only) const {
  std::vector<std::string> out;
  for (const auto& [site, entry] : sites_) {
    // A site of which no page was taken (each over max_page_bytes) has
    // nothing to extract, and a router never copies it into a shard.
    const bool has_content = !entry.spans.empty() || entry.cap.closed();
    if (has_content && (!relevant_only || entry.relevant)) out.push_back(site);
  }
  return out;
}

bool SiteSpill::Load(const std::string& site, SitePages* out, std::string* error) const {
  out->site = site;
  out->pages.clear();
  out->warnings.clear();
  auto it = sites_.find(site);
  if (it == sites_.end()) return true;
  if (std::fflush(file_) != 0) {
    *error = "cannot write the spill file: " + std::string(std::strerror(errno));
    return false;
  }
  std::string buffer;
  for (const auto& [offset, length] : it->second.spans) {
    buffer.resize(length);
    if (::pread(::fileno(file_), buffer.data(), length, static_cast<off_t>(offset)) !=
        static_cast<ssize_t>(length)) {
      *error = "cannot read the spill file: " + std::string(std::strerror(errno));
      return false;
    }
    WarcPage page;
    if (!Deserialize(buffer, &page)) {
      *error = "the spill file is corrupt";
      return false;
    }
    out->pages.push_back(std::move(page));
  }
  if (it->second.cap.closed()) out->warnings.push_back(SiteCapWarning(site, limits_));
  return true;
}

}  // namespace clinicrank
