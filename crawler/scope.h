// What a crawl may fetch, and how it is split into sites and clinics.
//
// A site is an origin (RFC 6454: scheme, host, port): the unit of
// politeness, robots.txt (RFC 9309 section 2.3), --max-pages and progress.
// A clinic is what a seed names: the seed's origin, plus every origin whose
// host has the same registrable domain by the Public Suffix List (libpsl),
// so www.clinic.example, clinic.example and book.clinic.example are one
// clinic (and one site in the store and the reports), while
// clinic.example.co.uk and other.example.co.uk are two. Hosts without a
// registrable domain (IP addresses, "localhost", a bare public suffix) have
// only their seed origins in scope: two servers on 127.0.0.1 are two
// clinics, and localhost is never 127.0.0.1.
#ifndef CLINICRANK_CRAWLER_SCOPE_H_
#define CLINICRANK_CRAWLER_SCOPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {

// The host of an origin or URL ("https://www.c.example:8443/x" →
// "www.c.example"; "http://[::1]:80/" → "[::1]").
// REQUIRES: `url` is normalized (crawler/url.h).
std::string_view HostOf(std::string_view url);

// The registrable domain (public suffix plus one label) of a lower-case
// host: "www.clinic.co.uk" → "clinic.co.uk". "" for IPv4 and IPv6
// addresses, "localhost", and hosts that are themselves a public suffix.
std::string RegistrableDomain(std::string_view host);

// The clinic a seed URL names, as stored (store/store.h sites.host): its
// registrable domain, or host[:port] when it has none.
// REQUIRES: `url` is normalized.
std::string ClinicKey(std::string_view url);

// One clinic's scope: its seed origins, and its registrable domain.
class Scope {
 public:
  // REQUIRES: `seed` is normalized.
  explicit Scope(std::string_view seed);

  // Adds another seed of the same clinic (ClinicKey equal).
  void AddSeed(std::string_view seed);
  // Is `url` (normalized) in this clinic?
  bool Contains(std::string_view url) const;

  const std::string& key() const { return key_; }
  const std::string& registrable_domain() const { return registrable_; }
  const std::vector<std::string>& seed_origins() const { return origins_; }

 private:
  std::string key_;
  std::string registrable_;
  std::vector<std::string> origins_;
};

}  // namespace clinicrank

#endif  // CLINICRANK_CRAWLER_SCOPE_H_
