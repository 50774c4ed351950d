// RecordCommandLine / CommandLine (app/commands.h).
#include <string>

#include "app/commands.h"

namespace clinicrank {
namespace {

std::string& Stored() {
  static std::string line;
  return line;
}

}  // namespace

std::string ShellWord(const std::string& word) {
  const bool plain = !word.empty() && word.find_first_not_of(
                                          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                          "0123456789-_./:=,+@%") == std::string::npos;
  if (plain) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void RecordCommandLine(int argc, const char* const* argv) {
  std::string line = "clinicrank";
  for (int i = 1; i < argc; ++i) line += " " + ShellWord(argv[i]);
  Stored() = line;
}

const std::string& CommandLine() { return Stored(); }

}  // namespace clinicrank
