#include "ranking/rates.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#ifndef CLINICRANK_RATES_PATH
#define CLINICRANK_RATES_PATH "data/rates.json"
#endif

namespace clinicrank {

std::optional<double> ToUsd(const Rates& rates, double amount, std::string_view currency) {
  if (currency == "USD") return amount;
  auto it = rates.per_usd.find(std::string(currency));
  if (it == rates.per_usd.end() || it->second <= 0) return std::nullopt;
  return amount / it->second;
}

bool ParseRates(std::string_view json, Rates* rates, std::string* error) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    *error = std::string("rates: invalid JSON at offset ") + std::to_string(doc.GetErrorOffset()) +
             ": " + rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  if (!doc.IsObject()) {
    *error = "rates: expected a JSON object";
    return false;
  }
  Rates result;
  auto date = doc.FindMember("date");
  if (date == doc.MemberEnd() || !date->value.IsString() || date->value.GetStringLength() == 0) {
    *error = "rates: missing \"date\"";
    return false;
  }
  result.date = date->value.GetString();
  auto base = doc.FindMember("base");
  if (base != doc.MemberEnd() &&
      (!base->value.IsString() || std::string_view(base->value.GetString()) != "USD")) {
    *error = "rates: \"base\" must be \"USD\"";
    return false;
  }
  auto source = doc.FindMember("source");
  if (source != doc.MemberEnd() && source->value.IsString())
    result.source = source->value.GetString();
  auto table = doc.FindMember("rates");
  if (table == doc.MemberEnd() || !table->value.IsObject()) {
    *error = "rates: missing \"rates\" object";
    return false;
  }
  for (const auto& m : table->value.GetObject()) {
    std::string code(m.name.GetString(), m.name.GetStringLength());
    if (!m.value.IsNumber() || m.value.GetDouble() <= 0) {
      *error = "rates: rate for \"" + code + "\" must be a positive number";
      return false;
    }
    result.per_usd[code] = m.value.GetDouble();
  }
  *rates = std::move(result);
  return true;
}

std::string DefaultRatesPath() { return CLINICRANK_RATES_PATH; }

}  // namespace clinicrank
