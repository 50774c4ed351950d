#include "tests/testing/extract_pages.h"

#include <algorithm>
#include <filesystem>

#include "parsers/extract/clinic.h"
#include "parsers/html/page.h"
#include "tests/testing/paths.h"

namespace clinicrank::testing {

ClinicFacts ExtractPages(const std::string& source, const std::vector<HtmlPage>& pages) {
  std::vector<std::string> documents;
  documents.reserve(pages.size());
  for (const HtmlPage& p : pages) {
    documents.push_back("<!DOCTYPE html><html lang=\"" + p.lang +
                        "\"><head><meta charset=\"utf-8\">" + "<title>" + p.title +
                        "</title></head><body>" + p.body + "</body></html>");
  }
  std::vector<PageInput> inputs;
  for (size_t i = 0; i < pages.size(); ++i) {
    PageInput in;
    in.bytes = documents[i];
    in.url = pages[i].url;
    in.content_type = "text/html; charset=utf-8";
    inputs.push_back(in);
  }
  return ExtractClinic(source, inputs);
}

ClinicFacts ExtractHtml(const std::string& body, const std::string& lang) {
  return ExtractPages("https://clinic.example/", {{"https://clinic.example/", body, "", lang}});
}

ClinicFacts ExtractSample(const std::string& name) {
  namespace fs = std::filesystem;
  const std::string dir = SamplePagesDir() + "/" + name;
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".html" || ext == ".htm")) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> bytes;
  for (const std::string& f : files) bytes.push_back(ReadFileOrThrow(f));
  std::vector<PageInput> inputs;
  for (size_t i = 0; i < files.size(); ++i) {
    PageInput in;
    in.bytes = bytes[i];
    in.path = files[i];
    inputs.push_back(in);
  }
  return ExtractClinic(dir, inputs);
}

}  // namespace clinicrank::testing
