#include "crawler/scope.h"

#include <libpsl.h>

#include <algorithm>
#include <cctype>

#include "crawler/url.h"

namespace clinicrank {
namespace {

// The newest list on the machine (Debian's publicsuffix package), else the
// one built into libpsl. Loaded once; psl contexts are read-only.
const psl_ctx_t* PublicSuffixList() {
  static const psl_ctx_t* const psl = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest ? latest : psl_builtin();
  }();
  return psl;
}

bool IsIpv4(std::string_view host) {
  int dots = 0;
  for (char c : host) {
    if (c == '.') {
      ++dots;
    } else if (!std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return dots == 3;
}

}  // namespace

std::string_view HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.starts_with('[')) return url.substr(0, url.find(']') + 1);
  return url.substr(0, url.find(':'));
}

std::string RegistrableDomain(std::string_view host) {
  if (host.empty() || host.starts_with('[') || IsIpv4(host)) return "";
  const std::string owned(host);
  const char* domain = psl_registrable_domain(PublicSuffixList(), owned.c_str());
  return domain ? std::string(domain) : "";
}

std::string ClinicKey(std::string_view url) {
  std::string domain = RegistrableDomain(HostOf(url));
  if (!domain.empty()) return domain;
  std::string_view origin = OriginOf(url);
  origin.remove_prefix(std::min(origin.size(), origin.find("://") + 3));
  return std::string(origin);
}

Scope::Scope(std::string_view seed)
    : key_(ClinicKey(seed)), registrable_(RegistrableDomain(HostOf(seed))) {
  AddSeed(seed);
}

void Scope::AddSeed(std::string_view seed) {
  std::string origin(OriginOf(seed));
  if (std::find(origins_.begin(), origins_.end(), origin) == origins_.end()) {
    origins_.push_back(std::move(origin));
  }
}

bool Scope::Contains(std::string_view url) const {
  const std::string_view origin = OriginOf(url);
  for (const std::string& seed_origin : origins_) {
    if (origin == seed_origin) return true;
  }
  return !registrable_.empty() && RegistrableDomain(HostOf(url)) == registrable_;
}

}  // namespace clinicrank
