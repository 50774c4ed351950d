#include "ranking/weights.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cmath>
#include <string>

namespace clinicrank {
namespace {

constexpr WeightKey kFields[] = {
    {"own_live_cells", &Weights::own_live_cells},
    {"ultrasound_guidance", &Weights::ultrasound_guidance},
    {"personalized_plan", &Weights::personalized_plan},
    {"stem_cell_price", &Weights::stem_cell_price},
    {"price_includes", &Weights::price_includes},
    {"orthopedic_experience", &Weights::orthopedic_experience},
    {"risk_disclosure", &Weights::risk_disclosure},
    {"red_flag_high", &Weights::red_flag_high},
    {"red_flag_medium", &Weights::red_flag_medium},
    {"red_flag_low", &Weights::red_flag_low},
};

const WeightKey* FindField(std::string_view key) {
  for (const WeightKey& f : kFields) {
    if (key == f.key) return &f;
  }
  return nullptr;
}

}  // namespace

std::span<const WeightKey> WeightKeys() { return kFields; }

bool ParseWeights(std::string_view json, Weights* weights, std::string* error) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    *error = std::string("weights: invalid JSON at offset ") +
             std::to_string(doc.GetErrorOffset()) + ": " +
             rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  if (!doc.IsObject()) {
    *error = "weights: expected a JSON object of item names to numbers";
    return false;
  }
  Weights result = *weights;
  for (const auto& m : doc.GetObject()) {
    std::string key(m.name.GetString(), m.name.GetStringLength());
    const WeightKey* field = FindField(key);
    if (field == nullptr) {
      std::string known;
      for (const WeightKey& f : kFields) known += std::string(known.empty() ? "" : ", ") + f.key;
      *error = "weights: unknown key \"" + key + "\" (known keys: " + known + ")";
      return false;
    }
    if (!m.value.IsNumber()) {
      *error = "weights: \"" + key + "\" must be a number";
      return false;
    }
    double v = m.value.GetDouble();
    if (!std::isfinite(v) || v < 0 || v > kMaxWeight) {
      *error = "weights: \"" + key + "\" must be a number from 0 to " +
               std::to_string(static_cast<int>(kMaxWeight));
      return false;
    }
    result.*(field->member) = v;
  }
  *weights = result;
  return true;
}

}  // namespace clinicrank
