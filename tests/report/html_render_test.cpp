// Issue 5: the HTML rank report renders in a real browser. Headless Chromium
// (Debian's `chromium`, installed by .ci/install-deps) screenshots it to a
// PNG; the test reads the PNG's IHDR for the size and inflates the image
// data (zlib) to check it is not blank. A missing chromium FAILS the test:
// CI installs it, so its absence is a broken environment, not a skip.
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
#include "tests/ranking/fake_facts.h"
#include "tests/report/report_checks.h"
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
  ClinicFacts mex = testing::GoodClinic("Regenera Baja");
  mex.prices = {testing::StemCellPrice(90000, 150000, "MXN")};
  ClinicFacts cheap = testing::GoodClinic("Bargain Cells");
  cheap.prices = {testing::StemCellPrice(900, 900)};
  cheap.claims.push_back(
      {"fda_approved", std::nullopt, false, "FDA approved", "https://b.example/"});
  ClinicFacts none = testing::GoodClinic("No Price Clinic");
  none.prices.clear();
  return RankClinics(
      {testing::GoodClinic("Alpha Knee"), mex, cheap, none, testing::HostileClinic()}, Weights(),
      testing::TestRates());
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

  testing::ProcessResult result = testing::RunProcess(
      {kChromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
       "--disable-background-networking", "--disable-component-update", "--disable-sync",
       "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + dir.path() + "/profile",
       "--screenshot=" + png_path, "--window-size=1280,2000", "file://" + html_path},
      60);
  INFO("chromium stderr: " << result.err.substr(0, 2000));
  REQUIRE(std::filesystem::exists(png_path));

  std::ifstream in(png_path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Png png = ReadPngChunks(bytes);
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

}  // namespace
}  // namespace clinicrank
