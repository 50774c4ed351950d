#include "archive/site_key.h"

#include <curl/curl.h>

#include <memory>

namespace clinicrank {

std::string SiteOf(std::string_view url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> h(curl_url(), curl_url_cleanup);
  const std::string text(url);
  if (!h ||
      curl_url_set(h.get(), CURLUPART_URL, text.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return "";
  }
  char* scheme = nullptr;
  char* host = nullptr;
  char* port = nullptr;
  std::string site;
  if (curl_url_get(h.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
      curl_url_get(h.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK) {
    site = std::string(scheme) + "://" + host;
    // An explicit port that is not the scheme's default is another origin.
    if (curl_url_get(h.get(), CURLUPART_PORT, &port, CURLU_NO_DEFAULT_PORT) == CURLUE_OK) site += std::string(":") + port;
  }
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  return site;
}

int ShardOf(std::string_view site, int shards) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (const char c : site) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return static_cast<int>(hash % static_cast<uint64_t>(shards));
}

SiteCap::Verdict SiteCap::Offer(size_t page_bytes) {
  if (closed_) return Verdict::kClosed;
  if (page_bytes > limits_.max_page_bytes) return Verdict::kPageTooBig;
  if (pages_ >= limits_.max_pages || page_bytes > limits_.max_bytes - bytes_) {
    closed_ = true;
    return Verdict::kClose;
  }
  ++pages_;
  bytes_ += page_bytes;
  return Verdict::kTake;
}

namespace {

// "256 MiB", or "20000 bytes" for limits under a MiB (tests).
std::string Size(size_t bytes) {
  return bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB"
                                 : std::to_string(bytes) + " bytes";
}

}  // namespace

std::string SiteCapWarning(std::string_view site, const SiteLimits& limits) {
  return std::string(site) + ": over the per-site limit of " + std::to_string(limits.max_pages) +
         " pages or " + Size(limits.max_bytes) + "; later pages skipped";
}

std::string PageTooBigNote(std::string_view url, size_t bytes, const SiteLimits& limits) {
  return std::string(url) + ": page of " + std::to_string(bytes) + " bytes is over the limit of " +
         Size(limits.max_page_bytes) + "; skipped";
}

}  // namespace clinicrank
