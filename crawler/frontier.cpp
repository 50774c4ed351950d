#include "crawler/frontier.h"

#include <array>
#include <cctype>

#include "base/ascii.h"
#include "crawler/url.h"

namespace clinicrank {
namespace {

// %C3%A9 → é etc. for keyword matching only; invalid escapes stay as they are.
std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(s[i] == '+' ? ' ' : s[i]);
    }
  }
  return out;
}

bool ContainsAny(const std::string& haystack, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (haystack.find(needle) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    if (slash != 0) out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool IsNumeric(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

bool HasDateQueryKey(std::string_view query) {
  static constexpr std::array<std::string_view, 11> kKeys = {
      "date",     "month", "year", "day", "week",          "cal",
      "calendar", "fecha", "mes",  "ano", "tribe-bar-date"};
  const std::string lower = AsciiLower(query);
  std::string_view rest = lower;
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    const std::string_view key = rest.substr(0, std::min(amp, rest.find('=')));
    for (std::string_view k : kKeys) {
      if (key == k) return true;
    }
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return false;
}

}  // namespace

int LinkPriority(std::string_view url, std::string_view anchor_text) {
  const std::string words = AsciiLower(PercentDecode(url)) + " " + AsciiLower(anchor_text);
  if (ContainsAny(words, {"pric", "cost", "fee", "precio", "costo", "tarifa", "cuesta", "cuánto",
                          "cuanto", "financ"})) {
    return 0;
  }
  if (ContainsAny(words, {"knee", "rodilla", "stem-cell", "stem cell", "stem_cell", "stemcell",
                          "celulas", "células", "madre", "treatment", "tratamiento", "therapy",
                          "terapia", "regenerat", "prp", "ortho"})) {
    return 1;
  }
  if (ContainsAny(words, {"faq", "pregunta", "question"})) return 2;
  if (ContainsAny(words, {"about", "nosotros", "quienes", "quiénes", "acerca", "team", "equipo",
                          "doctor", "contact", "contacto"})) {
    return 3;
  }
  if (ContainsAny(words, {"/tag/", "/category/", "/author/", "/page/", "login", "cart", "wp-admin",
                          "/feed", "carrito", "/blog/"})) {
    return 5;
  }
  return 4;
}

std::string TrapReason(std::string_view url, const FrontierOptions& options) {
  if (url.size() > options.max_url_length) return "URL too long";
  auto parts = SplitUrl(url);
  if (!parts) return "unparsable URL";
  const std::vector<std::string_view> segments = Segments(parts->path);
  if (static_cast<int>(segments.size()) > options.max_path_segments) return "path too deep";
  std::map<std::string_view, int> counts;
  for (std::string_view segment : segments) {
    if (++counts[segment] >= 3) return "repeated path segments";
  }
  if (HasDateQueryKey(parts->query)) return "calendar-like query";
  bool under_calendar = false;
  for (std::string_view segment : segments) {
    const std::string lower = AsciiLower(segment);
    if (lower == "calendar" || lower == "calendario" || lower == "events" || lower == "eventos" ||
        lower == "agenda") {
      under_calendar = true;
    } else if (under_calendar && IsNumeric(segment)) {
      return "calendar-like path";
    }
  }
  return "";
}

FrontierAdd Frontier::Add(const std::string& url, int depth, std::string_view anchor_text) {
  if (seen_.count(url)) return FrontierAdd::kDuplicate;
  if (depth > options_.max_depth) return FrontierAdd::kTooDeep;
  if (queue_.size() >= options_.max_queued) return FrontierAdd::kFull;
  if (!TrapReason(url, options_).empty()) return FrontierAdd::kTrap;
  const size_t question = url.find('?');
  if (question != std::string::npos) {
    int& variants = query_variants_[url.substr(0, question)];
    if (variants >= options_.max_query_variants) return FrontierAdd::kTrap;
    ++variants;
  }
  seen_.insert(url);
  queue_.push({url, depth, LinkPriority(url, anchor_text), next_order_++});
  return FrontierAdd::kAdded;
}

std::optional<FrontierEntry> Frontier::Pop() {
  if (queue_.empty()) return std::nullopt;
  FrontierEntry top = queue_.top();
  queue_.pop();
  return top;
}

}  // namespace clinicrank
