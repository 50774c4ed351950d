// Issue 5: the HTML rank report renders in a real browser. Headless Chromium
// (Debian's `chromium`, installed by .ci/install-deps) screenshots it to a
// PNG; the test reads the PNG's IHDR for the size and inflates the image
// data (zlib) to check it is not blank. A missing chromium FAILS the test:
// CI installs it, so its absence is a broken environment, not a skip.
#include <rapidjson/document.h>
#include <unistd.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "report/rank_report.h"
#include "tests/report/report_checks.h"
#include "tests/testing/clinic_site.h"
#include "tests/testing/subprocess.h"

namespace clinicrank {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";
constexpr uint32_t kWidth = 1280;
constexpr uint32_t kHeight = 2000;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "clinicrank-html-XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (::mkdtemp(buf.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

uint32_t ReadBigEndian(const std::string& s, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(s[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 3]));
}

struct Png {
  uint32_t width = 0, height = 0;
  int bit_depth = 0, color_type = 0, interlace = 0;
  std::string idat;  // concatenated compressed image data
};

Png ReadPngChunks(const std::string& bytes) {
  Png png;
  REQUIRE(bytes.size() > 33);
  REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  for (size_t at = 8; at + 12 <= bytes.size();) {
    uint32_t length = ReadBigEndian(bytes, at);
    std::string type = bytes.substr(at + 4, 4);
    REQUIRE(at + 12 + length <= bytes.size());
    if (type == "IHDR") {
      png.width = ReadBigEndian(bytes, at + 8);
      png.height = ReadBigEndian(bytes, at + 12);
      png.bit_depth = static_cast<unsigned char>(bytes[at + 16]);
      png.color_type = static_cast<unsigned char>(bytes[at + 17]);
      png.interlace = static_cast<unsigned char>(bytes[at + 20]);
    } else if (type == "IDAT") {
      png.idat += bytes.substr(at + 8, length);
    } else if (type == "IEND") {
      break;
    }
    at += 12 + length;
  }
  return png;
}

int Paeth(int a, int b, int c) {
  int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Inflates and un-filters (PNG spec §9) 8-bit RGB or RGBA, non-interlaced.
std::vector<std::vector<uint8_t>> DecodeRows(const Png& png, size_t bpp) {
  size_t stride = png.width * bpp;
  std::vector<uint8_t> raw(png.height * (stride + 1));
  uLongf raw_size = raw.size();
  REQUIRE(uncompress(raw.data(), &raw_size, reinterpret_cast<const Bytef*>(png.idat.data()),
                     png.idat.size()) == Z_OK);
  REQUIRE(raw_size == raw.size());
  std::vector<std::vector<uint8_t>> rows(png.height, std::vector<uint8_t>(stride));
  for (size_t y = 0; y < png.height; ++y) {
    const uint8_t* in = &raw[y * (stride + 1)];
    uint8_t filter = in[0];
    REQUIRE(filter <= 4);
    std::vector<uint8_t>& row = rows[y];
    for (size_t x = 0; x < stride; ++x) {
      int a = x >= bpp ? row[x - bpp] : 0;
      int b = y > 0 ? rows[y - 1][x] : 0;
      int c = x >= bpp && y > 0 ? rows[y - 1][x - bpp] : 0;
      int predictor = filter == 1   ? a
                      : filter == 2 ? b
                      : filter == 3 ? (a + b) / 2
                      : filter == 4 ? Paeth(a, b, c)
                                    : 0;
      row[x] = static_cast<uint8_t>(in[1 + x] + predictor);
    }
  }
  return rows;
}

Ranking ReportRanking() {
  testing::ClinicSite mex;
  mex.name = "Regenera Baja";
  mex.domain = "baja.example";
  mex.price = "Stem cell therapy: 90,000 to 150,000 MXN per knee.";
  testing::ClinicSite cheap;
  cheap.name = "Bargain Cells";
  cheap.domain = "bargain.example";
  cheap.price = "Stem cell therapy is only $900 per knee.";
  cheap.extra = {"<p>Our FDA approved stem cell therapy works.</p>"};
  testing::ClinicSite none;
  none.name = "No Price Clinic";
  none.domain = "none.example";
  none.price = "";
  testing::ClinicSite long_name;
  long_name.name = "Clínica de Medicina Regenerativa y Ortopedia Deportiva del Valle Central";
  long_name.domain = "valle.example";
  return RankClinics({testing::GoodClinic("Alpha Knee"), mex.Extract(), cheap.Extract(),
                      none.Extract(), long_name.Extract(), testing::HostileClinic()},
                     Weights(), testing::TestRates());
}

std::vector<std::string> ChromiumArgs(const TempDir& dir) {
  return {kChromium,
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--hide-scrollbars",
          "--user-data-dir=" + dir.path() + "/profile"};
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST_CASE("The HTML rank report renders in headless Chromium", "[report][browser]") {
  INFO("Debian's chromium package must be installed (.ci/install-deps installs it)");
  REQUIRE(::access(kChromium, X_OK) == 0);

  TempDir dir;
  std::string html_path = dir.path() + "/report.html";
  std::string png_path = dir.path() + "/report.png";
  std::string html = RankReportHtml(ReportRanking());
  testing::CheckHtmlInert(html);
  std::ofstream(html_path, std::ios::binary) << html;

  std::vector<std::string> args = ChromiumArgs(dir);
  args.push_back("--screenshot=" + png_path);
  args.push_back("--window-size=1280,2000");
  args.push_back("file://" + html_path);
  testing::ProcessResult result = testing::RunProcess(args, 60);
  INFO("chromium stderr: " << result.err.substr(0, 2000));
  REQUIRE(std::filesystem::exists(png_path));

  Png png = ReadPngChunks(ReadAll(png_path));
  CHECK(png.width == kWidth);
  CHECK(png.height == kHeight);
  REQUIRE(png.bit_depth == 8);
  REQUIRE((png.color_type == 2 || png.color_type == 6));
  REQUIRE(png.interlace == 0);
  // A blank 1280x2000 page compresses to a few kilobytes; text, tables and a
  // chart take far more.
  CHECK(png.idat.size() > 30000);

  auto rows = DecodeRows(png, png.color_type == 6 ? 4 : 3);
  size_t bpp = png.color_type == 6 ? 4 : 3;
  std::set<std::vector<uint8_t>> distinct_rows(rows.begin(), rows.end());
  CHECK(distinct_rows.size() > 200);  // not all rows identical: there is content
  const uint8_t* bg = rows[0].data();
  size_t differing = 0, band_green = 0;
  for (const auto& row : rows) {
    for (size_t x = 0; x + bpp <= row.size(); x += bpp) {
      differing += row[x] != bg[0] || row[x + 1] != bg[1] || row[x + 2] != bg[2];
      // The chart's article band (#cfead6) shows the inline SVG was drawn.
      band_green += std::abs(row[x] - 0xcf) <= 6 && std::abs(row[x + 1] - 0xea) <= 6 &&
                    std::abs(row[x + 2] - 0xd6) <= 6;
    }
  }
  CHECK(differing > static_cast<size_t>(kWidth) * kHeight / 50);
  CHECK(band_green > 1000);
}

// The report inside an <iframe srcdoc> of the given width (a frame has its
// own viewport, so its media queries see that width; headless Chromium will
// not make a window narrower than 500 px). A script in the harness, not in
// the report (whose CSP forbids scripts), measures the laid-out page and
// writes the figures as JSON into <pre id="out">, which --dump-dom prints.
std::string Harness(const std::string& report, int width) {
  std::string srcdoc;
  for (char c : report) {
    if (c == '&') {
      srcdoc += "&amp;";
    } else if (c == '"') {
      srcdoc += "&quot;";
    } else {
      srcdoc += c;
    }
  }
  return "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" style=\"border:0;width:" +
         std::to_string(width) + "px;height:6000px\" srcdoc=\"" + srcdoc +
         "\"></iframe><pre id=\"out\">pending</pre><script>\n" + R"js(
window.addEventListener('load', () => {
  const f = document.getElementById('f'), d = f.contentDocument, w = f.contentWindow;
  const r = {viewport: w.innerWidth, overflow: d.documentElement.scrollWidth - w.innerWidth};
  const row = d.querySelector('.summary tbody tr');
  r.row_display = getComputedStyle(row).display;
  r.head_display = getComputedStyle(d.querySelector('.summary thead')).display;
  r.rows_fit = [...d.querySelectorAll('.summary tbody tr')].every(
      e => e.getBoundingClientRect().right <= w.innerWidth + 1);
  r.charts = 0;
  r.min_label_px = 1000;
  for (const svg of d.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) continue;
    r.charts++;
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll('text')) {
      r.min_label_px = Math.min(r.min_label_px, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
  }
  document.getElementById('out').textContent = JSON.stringify(r);
});
)js" + "</script></body></html>";
}

struct Layout {
  int viewport = 0;
  double overflow = 0;
  std::string row_display, head_display;
  bool rows_fit = false;
  int charts = 0;
  double min_label_px = 0;
};

Layout MeasureAt(const std::string& report, int width) {
  TempDir dir;
  const std::string path = dir.path() + "/harness.html";
  std::ofstream(path, std::ios::binary) << Harness(report, width);
  std::vector<std::string> args = ChromiumArgs(dir);
  args.push_back("--window-size=" + std::to_string(width + 100) + ",2000");
  args.push_back("--virtual-time-budget=5000");
  args.push_back("--dump-dom");
  args.push_back("file://" + path);
  testing::ProcessResult result = testing::RunProcess(args, 60);
  INFO("chromium stderr: " << result.err.substr(0, 2000));
  const size_t open = result.out.find("<pre id=\"out\">");
  REQUIRE(open != std::string::npos);
  const size_t start = open + 14, end = result.out.find("</pre>", start);
  const std::string json = result.out.substr(start, end - start);
  CAPTURE(json);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  Layout l;
  l.viewport = doc["viewport"].GetInt();
  l.overflow = doc["overflow"].GetDouble();
  l.row_display = doc["row_display"].GetString();
  l.head_display = doc["head_display"].GetString();
  l.rows_fit = doc["rows_fit"].GetBool();
  l.charts = doc["charts"].GetInt();
  l.min_label_px = doc["min_label_px"].GetDouble();
  return l;
}

// issue 14: the report reads on a 390 px phone — the summary collapses to
// cards, nothing is cut off sideways, the chart's labels stay >= 11 px — and
// keeps its table and wide chart on a desktop.
TEST_CASE("The HTML rank report reads at 390 px and at 1280 px", "[report][browser]") {
  REQUIRE(::access(kChromium, X_OK) == 0);
  const std::string report = RankReportHtml(ReportRanking());

  const Layout phone = MeasureAt(report, 390);
  CHECK(phone.viewport == 390);
  CHECK(phone.overflow <= 0);           // no sideways scrolling
  CHECK(phone.row_display == "block");  // one card per clinic
  CHECK(phone.head_display == "none");
  CHECK(phone.rows_fit);
  CHECK(phone.charts == 1);  // the narrow chart only
  CHECK(phone.min_label_px >= 11);

  const Layout desktop = MeasureAt(report, 1280);
  CHECK(desktop.viewport == 1280);
  CHECK(desktop.overflow <= 0);
  CHECK(desktop.rows_fit);
  CHECK(desktop.row_display == "table-row");
  CHECK(desktop.charts == 1);  // the wide chart only
  CHECK(desktop.min_label_px >= 11);
}

}  // namespace
}  // namespace clinicrank
