#include "parsers/extract/jsonld.h"

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace clinicrank {
namespace {

constexpr size_t kMaxVisitedValues = 100000;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Removes leading/trailing whitespace and the wrappers old CMSs put around
// script content: "<!-- ... -->" and "<![CDATA[ ... ]]>" (with optional "//"
// or "/* */" in front). Returns the offset of the result in `text`.
size_t StripWrappers(std::string_view text, std::string_view* inner) {
  size_t begin = 0, end = text.size();
  const auto trim = [&] {
    while (begin < end && IsSpace(text[begin])) ++begin;
    while (end > begin && IsSpace(text[end - 1])) --end;
  };
  const auto strip_prefix = [&](std::string_view p) {
    if (text.substr(begin, end - begin).starts_with(p)) begin += p.size();
  };
  const auto strip_suffix = [&](std::string_view p) {
    if (text.substr(begin, end - begin).ends_with(p)) end -= p.size();
  };
  trim();
  strip_prefix("<!--");
  trim();
  strip_suffix("-->");
  trim();
  strip_prefix("//");
  strip_prefix("/*");
  trim();
  strip_prefix("<![CDATA[");
  strip_prefix("*/");
  trim();
  strip_suffix("*/");
  trim();
  strip_suffix("]]>");
  trim();
  strip_suffix("//");
  strip_suffix("/*");
  trim();
  *inner = text.substr(begin, end - begin);
  return begin;
}

bool TypeMatches(const rapidjson::Value& node, const std::vector<std::string_view>& types) {
  if (types.empty()) return true;
  for (std::string_view type : JsonLdTypes(node)) {
    for (std::string_view wanted : types) {
      if (type == wanted) return true;
    }
  }
  return false;
}

}  // namespace

bool ParseJsonLd(std::string_view text, rapidjson::Document* doc, size_t* error_offset) {
  std::string_view inner;
  const size_t offset = StripWrappers(text, &inner);
  constexpr unsigned kFlags = rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
                              rapidjson::kParseIterativeFlag | rapidjson::kParseNanAndInfFlag;
  doc->Parse<kFlags>(inner.data(), inner.size());
  if (doc->HasParseError()) {
    *error_offset = offset + doc->GetErrorOffset();
    return false;
  }
  *error_offset = 0;
  return true;
}

std::vector<std::string_view> JsonLdTypes(const rapidjson::Value& node) {
  std::vector<std::string_view> types;
  if (!node.IsObject()) return types;
  const auto type = node.FindMember("@type");
  if (type == node.MemberEnd()) return types;
  const auto add = [&](const rapidjson::Value& v) {
    if (!v.IsString()) return;
    std::string_view name(v.GetString(), v.GetStringLength());
    const size_t cut = name.find_last_of("/:#");
    if (cut != std::string_view::npos) name.remove_prefix(cut + 1);
    if (!name.empty()) types.push_back(name);
  };
  if (type->value.IsArray()) {
    for (const auto& v : type->value.GetArray()) add(v);
  } else {
    add(type->value);
  }
  return types;
}

std::vector<const rapidjson::Value*> FindJsonLdObjects(const rapidjson::Value& root,
                                                       const std::vector<std::string_view>& types) {
  std::vector<const rapidjson::Value*> found;
  std::vector<const rapidjson::Value*> stack{&root};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxVisitedValues) {
    const rapidjson::Value* value = stack.back();
    stack.pop_back();
    if (value->IsObject()) {
      if (TypeMatches(*value, types)) found.push_back(value);
      // Push in reverse so that members are visited in document order.
      for (auto it = value->MemberEnd(); it != value->MemberBegin();) {
        --it;
        if (it->value.IsObject() || it->value.IsArray()) stack.push_back(&it->value);
      }
    } else if (value->IsArray()) {
      for (auto it = value->End(); it != value->Begin();) {
        --it;
        if (it->IsObject() || it->IsArray()) stack.push_back(&*it);
      }
    }
  }
  return found;
}

std::string JsonLdString(const rapidjson::Value& object, const char* key) {
  if (!object.IsObject()) return "";
  const auto member = object.FindMember(key);
  if (member == object.MemberEnd()) return "";
  const rapidjson::Value* v = &member->value;
  if (v->IsArray()) {
    if (v->Empty()) return "";
    v = &(*v)[0];
  }
  if (v->IsObject()) {
    for (const char* inner : {"name", "@value"}) {
      const auto m = v->FindMember(inner);
      if (m != v->MemberEnd() && m->value.IsString()) {
        return std::string(m->value.GetString(), m->value.GetStringLength());
      }
    }
    return "";
  }
  if (v->IsString()) return std::string(v->GetString(), v->GetStringLength());
  if (v->IsNumber()) {
    if (v->IsInt64()) return std::to_string(v->GetInt64());
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.15g", v->GetDouble());
    return buffer;
  }
  return "";
}

}  // namespace clinicrank
