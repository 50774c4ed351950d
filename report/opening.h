// The opening every rank report starts with (HTML, Markdown, terminal): what
// the score measures and what it does not, the two facts a patient must
// read first with their sources (DOMAIN.md §2 and §1 "Outcome evidence"),
// how to read a status, the rates date and any warning about it, how many
// pages were read, and which filters were applied. Writers format it for
// their medium; the words live here once.
#ifndef CLINICRANK_REPORT_OPENING_H_
#define CLINICRANK_REPORT_OPENING_H_

#include <string>
#include <vector>

#include "ranking/rank.h"

namespace clinicrank {

struct SourcedFact {
  std::string text;
  std::string source;  // e.g. "FDA, Important Patient and Consumer Information…, June 2021"
  std::string url;
};

struct ReportOpening {
  std::string title;                  // "Stem-cell knee clinics, ranked"
  std::string measures;               // what the score measures
  std::string not_measured;           // what it does not
  std::vector<SourcedFact> facts;     // no approval; the largest trial
  std::string statuses;               // pass / partial / fail / unknown in words
  std::string rates;                  // RatesSentence
  std::vector<std::string> warnings;  // Ranking::notices (e.g. stale rates)
  std::string pages;                  // "19 clinics ranked from 38 pages read; ..."
  // "No filters applied." or "Filters applied: …", then "Custom weights: …"
  // when a weights file changed any.
  std::string filters;
};

ReportOpening BuildOpening(const Ranking& ranking);

}  // namespace clinicrank

#endif  // CLINICRANK_REPORT_OPENING_H_
