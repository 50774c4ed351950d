#include "base/status.h"

namespace clinicrank {

std::string_view StatusKindName(StatusKind kind) {
  switch (kind) {
    case StatusKind::kOk:
      return "ok";
    case StatusKind::kNetwork:
      return "network";
    case StatusKind::kHttp:
      return "http";
    case StatusKind::kRobotsDenied:
      return "robots-denied";
    case StatusKind::kTooLarge:
      return "too-large";
    case StatusKind::kTimeout:
      return "timeout";
    case StatusKind::kStore:
      return "store";
    case StatusKind::kSkipped:
      return "skipped";
    case StatusKind::kUsage:
      return "usage";
    case StatusKind::kDns:
      return "dns";
    case StatusKind::kConnect:
      return "connect";
    case StatusKind::kTls:
      return "tls";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusKindName(kind)) + ": " + message;
}

}  // namespace clinicrank
