// extract_bench: the whole extract path (ExtractClinic: hash → decode →
// pre-pass → Gumbo → walk → every extractor) against Gumbo parse-only, on the
// same in-memory bytes (issue 3 "Speed": extract ≥ 75% of parse-only).
//
// Two generated corpora, because the answer depends on how much of a page is
// text the extractors must read:
//  - "site": pages shaped like the WordPress/Elementor sites most clinics run:
//    inline CSS and scripts, nested wrapper markup with long class lists,
//    inline SVG icons, a mega-menu and a link-heavy footer around the content.
//    Visible text is a small share of the bytes, as on the real web (the Web
//    Almanac 2024 puts the median HTML document at 18 KB compressed; a
//    measured news page carried under 1% text).
//  - "dense": a stress case of small pages that are almost all prose, every
//    paragraph a price, guidance, cell-source or claim statement.
// Both print the share of bytes that is visible text, measured by parsing.
//
// Usage: extract_bench [MB] [site|dense|both]   (MB per corpus, default 64;
// the bar is at least 50). Prints figures only; never asserts.
#include <gumbo.h>

#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/extract/clinic.h"
#include "parsers/html/gumbo_arena.h"
#include "parsers/html/html_prepass.h"
#include "parsers/html/html.h"
#include "parsers/html/page.h"

namespace {

// Process CPU time: the figures stay meaningful on a loaded machine (other
// builds running), where wall-clock time mostly measures the scheduler.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// Phrases as clinic pages write them: prose, prices, distractors.
const char* const kProse[] = {
    "Our physicians treat knee osteoarthritis with bone marrow aspirate concentrate drawn from "
    "your own hip, injected under real-time ultrasound guidance.",
    "Every treatment plan is personalized to your imaging, activity goals and health history.",
    "Most people walk out the same day and return to light activity within a week.",
    "Stem cell therapy is not FDA approved for knee arthritis, and results vary from patient to "
    "patient.",
    "We schedule follow-up visits at 6 weeks, 3 months and 12 months after the procedure.",
    "Nuestros médicos utilizan células madre de su propia médula ósea, guiadas por ecografía.",
    "Die Behandlung erfolgt ambulant unter örtlicher Betäubung und dauert etwa zwei Stunden.",
    "Call (720) 555-0182 or write to info@clinic.example to book your evaluation.",
    "Over 5,000 procedures performed since 2009 by board-certified physicians.",
    "Each injection contains about 100 million cells; we harvest 60 ml of marrow.",
    "Save 20% when you book both knees this month. 0% APR financing for 12 months.",
};
const char* const kPriced[] = {
    "Bone marrow stem cell treatment costs $4,500 per knee, or $8,000 for both knees.",
    "PRP injections are $750 each; most patients need a series of three.",
    "Initial consultation: $200, credited toward your procedure.",
    "For comparison, a total knee replacement typically costs $30,000 or more.",
    "Financing available from $189/mo with approved credit.",
    "Tratamiento de rodilla con células madre desde $3,500 dólares por rodilla.",
    "Eigenfett-Stammzelltherapie am Knie: ab 2.500 € pro Knie.",
    "All-inclusive package with hotel and transfers: US$ 7,900.",
};
const char* const kTestimonials[] = {
    "\"I spent $12,000 on other treatments before I found this clinic.\"",
    "\"Six months after my procedure I'm back on the trails.\"",
};
const char* const kHeadings[] = {"How it works",    "Pricing",
                                 "What we treat",   "Financing",
                                 "Patient stories", "Preguntas frecuentes",
                                 "Kosten"};

class Rng {
 public:
  explicit Rng(unsigned seed) : rng_(seed) {}
  unsigned Next() { return static_cast<unsigned>(rng_()); }
  unsigned Below(unsigned n) { return Next() % n; }
  template <size_t N>
  const char* From(const char* const (&pool)[N]) {
    return pool[Below(N)];
  }
  // Hex id like Elementor's data-id="3f2a1b7".
  std::string Id() {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%07x", Next() & 0xFFFFFFF);
    return buf;
  }

 private:
  std::mt19937 rng_;
};

// Pieces both corpora share.
void PriceTable(Rng* rng, std::string* h) {
  *h += "<table class=\"price-table\"><thead><tr><th>Treatment</th><th>Per knee</th>"
        "<th>Both knees</th></tr></thead><tbody>";
  for (const char* row : {"Bone marrow concentrate", "Adipose SVF", "PRP", "Hyaluronic acid"}) {
    *h += "<tr><td>" + std::string(row) + "</td><td>$<span>" +
          std::to_string(500 + rng->Below(6000)) + "</span></td><td>$" +
          std::to_string(1000 + rng->Below(9000)) + "</td></tr>";
  }
  *h += "</tbody></table>";
}

void Testimonial(Rng* rng, std::string* h) {
  *h += "<div class=\"testimonials\"><blockquote class=\"testimonial\"><p>";
  *h += rng->From(kTestimonials);
  *h += "</p><footer>&mdash; Linda K., 61</footer></blockquote></div>";
  *h += "<p class=\"hero-price\">Single knee: <del>$5,200</del> <strong>$4,500</strong></p>";
  *h += "<p style=\"display:none\">Hidden promo $1,999</p>";
}

std::string JsonLd(int clinic) {
  return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
         "\"MedicalClinic\",\"name\":\"Clinic " +
         std::to_string(clinic) +
         "\",\"telephone\":\"+1 720 555 0182\",\"makesOffer\":{\"@type\":\"Offer\",\"name\":"
         "\"Stem cell knee injection\",\"price\":\"4500\",\"priceCurrency\":\"USD\"}}</script>";
}

// ------------------------------------------------------------ dense corpus

class DenseCorpus {
 public:
  explicit DenseCorpus(unsigned seed) : rng_(seed) {}

  std::string Page(int clinic, int page) {
    std::string h;
    h.reserve(16 * 1024);
    h += "<!doctype html><html lang=\"";
    h += std::vector<const char*>{"en", "en-US", "es-MX", "de"}[rng_.Below(4)];
    h += "\"><head><meta charset=\"utf-8\"><title>Clinic " + std::to_string(clinic) + " page " +
         std::to_string(page) + " | Regenerative Knee Center</title>";
    h += "<meta name=\"description\" content=\"Bone marrow stem cell knee injections, PRP and "
         "consultations.\">";
    h += "<link rel=\"canonical\" href=\"https://clinic" + std::to_string(clinic) +
         ".example/p" + std::to_string(page) + "\">";
    h += "<style>body{font-family:sans-serif}.price{color:#333}.hero{padding:2em}</style>";
    h += JsonLd(clinic);
    for (int i = 0; i < 3; ++i) {
      h += "<script>var promo={\"headline\":\"Save $500 today!\",\"price\":\"$99,999\",\"items\":[";
      for (int k = 0; k < 40; ++k) h += "{\"id\":" + std::to_string(k) + ",\"v\":\"x\"},";
      h += "{}]};function f(a){return a*2;}</script>";
    }
    h += "</head><body><header><nav><ul class=\"menu\">";
    for (const char* item : {"Home", "Knee Treatment", "Pricing", "FAQ", "Contact"}) {
      h += "<li><a href=\"/" + std::string(item) + "\">" + item + "</a></li>";
    }
    h += "</ul></nav></header><main>";
    const unsigned sections = 6 + rng_.Below(8);
    for (unsigned s = 0; s < sections; ++s) Section(&h);
    h += "</main><footer><p>4100 Arapahoe Ave, Suite 210, Boulder, CO 80303 · Phone (720) "
         "555-0182</p><p>&copy; 2014&ndash;2025 Clinic</p></footer>";
    h += "<script src=\"/site.min.js\" defer></script></body></html>";
    return h;
  }

 private:
  void Section(std::string* h) {
    *h += "<section class=\"block\"><h2>";
    *h += rng_.From(kHeadings);
    *h += "</h2>";
    switch (rng_.Below(5)) {
      case 0:
      case 1:
        for (int i = 0; i < 4; ++i) {
          *h += "<p>";
          *h += rng_.From(kProse);
          *h += " ";
          *h += rng_.Below(3) == 0 ? rng_.From(kPriced) : rng_.From(kProse);
          *h += " <a href=\"/more\">Learn more</a>.</p>";
        }
        break;
      case 2:
        PriceTable(&rng_, h);
        break;
      case 3:
        *h += "<ul>";
        for (int i = 0; i < 6; ++i) *h += std::string("<li>") + rng_.From(kProse) + "</li>";
        *h += "</ul><div class=\"faq\"><details><summary>How much does it cost?</summary><p>";
        *h += rng_.From(kPriced);
        *h += "</p></details></div>";
        break;
      default:
        Testimonial(&rng_, h);
        break;
    }
    *h += "</section>";
  }

  Rng rng_;
};

// ------------------------------------------------------------- site corpus

class SiteCorpus {
 public:
  explicit SiteCorpus(unsigned seed) : rng_(seed) {}

  std::string Page(int clinic, int page) {
    std::string h;
    h.reserve(96 * 1024);
    h += "<!DOCTYPE html>\n<html lang=\"";
    h += std::vector<const char*>{"en-US", "en-US", "es-MX", "de-DE"}[rng_.Below(4)];
    h += "\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\">\n<title>Knee Treatment " +
         std::to_string(page) + " &#8211; Clinic " + std::to_string(clinic) +
         " Regenerative Medicine</title>\n";
    h += "<meta name=\"description\" content=\"Non-surgical stem cell knee treatment.\">\n";
    h += "<link rel=\"canonical\" href=\"https://clinic" + std::to_string(clinic) +
         ".example/knee-" + std::to_string(page) + "/\">\n";
    for (const char* p : {"og:locale", "og:type", "og:title", "og:url", "og:site_name"}) {
      h += "<meta property=\"" + std::string(p) + "\" content=\"Clinic " +
           std::to_string(clinic) + "\">\n";
    }
    for (int i = 0; i < 8; ++i) {
      h += "<link rel=\"stylesheet\" id=\"elementor-post-" + rng_.Id() +
           "-css\" href=\"https://clinic" + std::to_string(clinic) +
           ".example/wp-content/uploads/elementor/css/post-" + rng_.Id() +
           ".css?ver=1700000000\" media=\"all\">\n";
    }
    InlineCss(&h, 12 + rng_.Below(16));
    h += JsonLd(clinic) + "\n";
    InlineScripts(&h);
    h += "</head>\n<body class=\"page-template-default page page-id-" + rng_.Id() +
         " wp-custom-logo elementor-default elementor-kit-6 elementor-page\">\n";
    Header(&h);
    h += "<main id=\"content\" class=\"site-main post-" + rng_.Id() + " page type-page\">\n";
    const unsigned sections = 6 + rng_.Below(8);
    for (unsigned s = 0; s < sections; ++s) Section(&h);
    h += "</main>\n";
    Footer(&h);
    h += "</body>\n</html>\n";
    return h;
  }

 private:
  // Theme and page-builder CSS inlined in the head (critical CSS).
  void InlineCss(std::string* h, unsigned kb) {
    *h += "<style id=\"global-styles-inline-css\">\n";
    const size_t target = h->size() + kb * 1024;
    while (h->size() < target) {
      const std::string id = rng_.Id();
      *h += ".elementor-" + id + " .elementor-element.elementor-element-" + rng_.Id() +
            " > .elementor-widget-container{margin:0px 0px " + std::to_string(rng_.Below(40)) +
            "px 0px;padding:" + std::to_string(rng_.Below(30)) +
            "px;}@media(max-width:767px){.elementor-" + id + " .elementor-heading-title{font-size:" +
            std::to_string(16 + rng_.Below(20)) + "px;}}\n";
    }
    *h += "</style>\n";
  }

  void InlineScripts(std::string* h) {
    *h += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
          "arguments);}gtag('js',new Date());gtag('config','G-" + rng_.Id() + "');</script>\n";
    *h += "<script id=\"elementor-frontend-js-before\">\nvar elementorFrontendConfig = "
          "{\"environmentMode\":{\"edit\":false,\"wpPreview\":false},\"i18n\":{";
    for (int i = 0; i < 60; ++i) {
      *h += "\"string_" + std::to_string(i) + "\":\"Label " + rng_.Id() + "\",";
    }
    *h += "\"close\":\"Close\"},\"breakpoints\":{\"xs\":0,\"sm\":480,\"md\":768,\"lg\":1025},"
          "\"post\":{\"id\":" + std::to_string(rng_.Below(99999)) + ",\"title\":\"Knee\"}};\n"
          "</script>\n";
    *h += "<script>window._wpemojiSettings={\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core"
          "\\/emoji\\/14.0.0\\/72x72\\/\",\"ext\":\".png\"};!function(e,a,t){var n,r,o,i=a."
          "createElement(\"canvas\"),p=i.getContext&&i.getContext(\"2d\");function s(e,t){"
          "p.clearRect(0,0,i.width,i.height);p.fillText(e,0,0);}}(window,document,"
          "window._wpemojiSettings);</script>\n";
  }

  void Icon(std::string* h) {
    *h += "<svg aria-hidden=\"true\" class=\"e-font-icon-svg e-fas-check\" viewBox=\"0 0 512 "
          "512\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M173.898 439.404l-166.4-166.4c-"
          "9.997-9.997-9.997-26.206 0-36.204l36.203-36.204c9.997-9.998 26.207-9.998 36.204 0L"
          "192 312.69 432.095 72.596c9.997-9.997 26.207-9.997 36.204 0l36.203 36.204c9.997 "
          "9.997 9.997 26.206 0 36.204l-294.4 294.401c-9.998 9.997-26.207 9.997-36.204-.001z"
          "\"></path></svg>";
  }

  void Header(std::string* h) {
    *h += "<header id=\"site-header\" class=\"site-header\"><div class=\"site-branding\">"
          "<a href=\"/\" class=\"custom-logo-link\" rel=\"home\"><img width=\"300\" height=\"80\" "
          "src=\"/wp-content/uploads/logo.png\" class=\"custom-logo\" alt=\"Clinic\" "
          "decoding=\"async\"></a></div><nav class=\"site-navigation\"><ul id=\"menu-main\" "
          "class=\"menu\">\n";
    for (int i = 0; i < 36; ++i) {
      const std::string id = std::to_string(100 + rng_.Below(900));
      *h += "<li id=\"menu-item-" + id + "\" class=\"menu-item menu-item-type-post_type "
            "menu-item-object-page menu-item-" + id + "\"><a href=\"/treatments/item-" + id +
            "/\">" + (i % 6 == 0 ? "Knee Pain" : i % 6 == 1 ? "Shoulder" : i % 6 == 2 ? "Hip"
                      : i % 6 == 3 ? "About Us" : i % 6 == 4 ? "Blog" : "Contact") + "</a></li>\n";
    }
    *h += "</ul></nav></header>\n";
  }

  // Elementor's wrapper stack around one widget.
  void OpenWidget(std::string* h, const char* type) {
    const std::string id = rng_.Id();
    *h += "<div class=\"elementor-element elementor-element-" + id +
          " elementor-widget elementor-widget-" + type + "\" data-id=\"" + id +
          "\" data-element_type=\"widget\" data-widget_type=\"" + type +
          ".default\">\n<div class=\"elementor-widget-container\">\n";
  }
  void CloseWidget(std::string* h) { *h += "</div>\n</div>\n"; }

  void Section(std::string* h) {
    const std::string id = rng_.Id();
    *h += "<section class=\"elementor-section elementor-top-section elementor-element "
          "elementor-element-" + id + " elementor-section-boxed elementor-section-height-default\" "
          "data-id=\"" + id + "\" data-element_type=\"section\" data-settings=\"{&quot;"
          "background_background&quot;:&quot;classic&quot;}\">\n<div class=\"elementor-container "
          "elementor-column-gap-default\">\n<div class=\"elementor-column elementor-col-100 "
          "elementor-top-column elementor-element elementor-element-" + rng_.Id() +
          "\" data-element_type=\"column\">\n<div class=\"elementor-widget-wrap "
          "elementor-element-populated\">\n";
    OpenWidget(h, "heading");
    *h += "<h2 class=\"elementor-heading-title elementor-size-default\">";
    *h += rng_.From(kHeadings);
    *h += "</h2>";
    CloseWidget(h);
    switch (rng_.Below(5)) {
      case 0:
      case 1:
        OpenWidget(h, "text-editor");
        for (int i = 0; i < 2; ++i) {
          *h += "<p>";
          *h += rng_.From(kProse);
          *h += " ";
          *h += rng_.Below(3) == 0 ? rng_.From(kPriced) : rng_.From(kProse);
          *h += "</p>";
        }
        CloseWidget(h);
        break;
      case 2:
        OpenWidget(h, "html");
        PriceTable(&rng_, h);
        CloseWidget(h);
        break;
      case 3:
        OpenWidget(h, "icon-list");
        *h += "<ul class=\"elementor-icon-list-items\">";
        for (int i = 0; i < 4; ++i) {
          *h += "<li class=\"elementor-icon-list-item\"><span class=\"elementor-icon-list-icon\">";
          Icon(h);
          *h += "</span><span class=\"elementor-icon-list-text\">";
          *h += rng_.From(kProse);
          *h += "</span></li>";
        }
        *h += "</ul>";
        CloseWidget(h);
        OpenWidget(h, "toggle");
        *h += "<div class=\"elementor-toggle\"><details><summary>How much does it cost?</summary>"
              "<p>";
        *h += rng_.From(kPriced);
        *h += "</p></details></div>";
        CloseWidget(h);
        break;
      default:
        OpenWidget(h, "testimonial");
        Testimonial(&rng_, h);
        CloseWidget(h);
        break;
    }
    OpenWidget(h, "button");
    *h += "<div class=\"elementor-button-wrapper\"><a class=\"elementor-button elementor-size-md\" "
          "href=\"/contact/\"><span class=\"elementor-button-content-wrapper\"><span "
          "class=\"elementor-button-text\">Book a consultation</span></span></a></div>";
    CloseWidget(h);
    *h += "</div>\n</div>\n</div>\n</section>\n";
  }

  void Footer(std::string* h) {
    *h += "<footer id=\"site-footer\" class=\"site-footer\"><div class=\"footer-inner\">";
    for (int col = 0; col < 4; ++col) {
      *h += "<div class=\"footer-col\"><ul>";
      for (int i = 0; i < 8; ++i) {
        *h += "<li><a href=\"/page-" + std::to_string(rng_.Below(999)) + "/\">Link " +
              std::to_string(i) + "</a></li>";
      }
      *h += "</ul></div>";
    }
    *h += "<div class=\"social\">";
    for (int i = 0; i < 4; ++i) {
      *h += "<a href=\"https://social.example/clinic\" aria-label=\"Social\">";
      Icon(h);
      *h += "</a>";
    }
    *h += "</div><p>4100 Arapahoe Ave, Suite 210, Boulder, CO 80303 &middot; (720) 555-0182</p>"
          "<p>&copy; 2025 Clinic. All rights reserved.</p></div></footer>\n";
    for (const char* src : {"jquery.min.js", "frontend.min.js", "webpack.runtime.min.js",
                            "waypoints.min.js", "swiper.min.js"}) {
      *h += "<script src=\"/wp-includes/js/" + std::string(src) + "?ver=3.7.1\" "
            "id=\"script-" + rng_.Id() + "\"></script>\n";
    }
  }

  Rng rng_;
};

// ---------------------------------------------------------------- measuring

struct Corpus {
  std::vector<std::vector<std::string>> clinics;  // pages per clinic
  size_t bytes = 0;
};

template <typename Writer>
Corpus Generate(Writer writer, size_t target_bytes) {
  constexpr int kPagesPerClinic = 5;
  Corpus corpus;
  for (int c = 0; corpus.bytes < target_bytes; ++c) {
    std::vector<std::string> pages;
    for (int p = 0; p < kPagesPerClinic; ++p) {
      pages.push_back(writer.Page(c, p));
      corpus.bytes += pages.back().size();
    }
    corpus.clinics.push_back(std::move(pages));
  }
  return corpus;
}

// Share of the bytes that is visible text, as the extractors see it.
double TextShare(const Corpus& corpus) {
  size_t text = 0;
  for (const std::string& page : corpus.clinics.front()) {
    for (const clinicrank::Block& b : clinicrank::ParseHtml(page).blocks) text += b.text.size();
  }
  size_t bytes = 0;
  for (const std::string& page : corpus.clinics.front()) bytes += page.size();
  return bytes == 0 ? 0 : static_cast<double>(text) / static_cast<double>(bytes);
}

// CPU seconds spent running `work` on clinics [first, last) of the corpus.
template <typename Work>
double TimeSlice(const Corpus& corpus, size_t first, size_t last, Work work) {
  const double t0 = CpuSeconds();
  for (size_t c = first; c < last; ++c) work(c, corpus.clinics[c]);
  return CpuSeconds() - t0;
}

void Measure(const char* name, const char* what, const Corpus& corpus) {
  const double mb = static_cast<double>(corpus.bytes) / (1024 * 1024);
  size_t pages = 0;
  for (const auto& c : corpus.clinics) pages += c.size();
  std::printf("corpus \"%s\" (%s): %.1f MB, %zu pages of %.0f KB on average, %.0f%% visible text\n",
              name, what, mb, pages, static_cast<double>(corpus.bytes) / 1024.0 / pages,
              100 * TextShare(corpus));

  // The three measurements take turns over slices of about 4 MB, so that all
  // of them see the same machine (a shared VM's speed drifts by tens of
  // percent within a minute) while each runs long enough to have its code
  // and data warm in the caches, as in a real run.
  double parse_s = 0, own_parse_s = 0, extract_s = 0;
  size_t documents = 0, prepass_dropped = 0, prices = 0;
  clinicrank::GumboArena arena;
  constexpr size_t kSliceBytes = 4u << 20;
  for (size_t first = 0; first < corpus.clinics.size();) {
    size_t last = first;
    for (size_t bytes = 0; last < corpus.clinics.size() && bytes < kSliceBytes; ++last) {
      for (const std::string& page : corpus.clinics[last]) bytes += page.size();
    }
    parse_s += TimeSlice(corpus, first, last, [&](size_t, const std::vector<std::string>& clinic) {
      // Parse only: gumbo_parse + gumbo_destroy_output on the same bytes.
      for (const std::string& page : clinic) {
        GumboOutput* out =
            gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
        documents += out->root != nullptr;
        gumbo_destroy_output(&kGumboDefaultOptions, out);
      }
    });
    own_parse_s += TimeSlice(corpus, first, last, [&](size_t, const std::vector<std::string>& clinic) {
      // Gumbo as the extract path runs it: after the pre-pass (script/style
      // bodies emptied), on an arena. Shown so that the extractors' own share
      // of the extract time stays visible beside the headline ratio.
      for (const std::string& page : clinic) {
        const clinicrank::PrepassResult prepared =
            clinicrank::PrepareHtmlForGumbo(page, clinicrank::PrepassOptions());
        const std::string_view input = prepared.changed ? std::string_view(prepared.page) : page;
        prepass_dropped += page.size() - input.size();
        arena.Reset();
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &clinicrank::GumboArena::Allocate;
        options.deallocator = &clinicrank::GumboArena::Deallocate;
        options.userdata = &arena;
        gumbo_parse_with_options(&options, input.data(), input.size());
      }
    });
    extract_s += TimeSlice(corpus, first, last, [&](size_t c, const std::vector<std::string>& clinic) {
      // The whole extract path for the clinic's five pages (building the
      // inputs is copying, counted in: a real run reads files too).
      std::vector<clinicrank::PageInput> inputs;
      for (const std::string& page : clinic) {
        clinicrank::PageInput in;
        in.bytes = page;
        in.url = "https://clinic" + std::to_string(c) + ".example/";
        in.content_type = "text/html; charset=utf-8";
        inputs.push_back(std::move(in));
      }
      prices += clinicrank::ExtractClinic("bench", inputs).prices.size();
    });
    first = last;
  }

  const double parse_mbs = mb / parse_s;
  const double extract_mbs = mb / extract_s;
  std::printf("  gumbo parse-only:        %6.1f MB/s (%.2f s CPU, %zu documents)\n", parse_mbs,
              parse_s, documents);
  std::printf("  extract (ExtractClinic): %6.1f MB/s (%.2f s CPU, %zu prices)\n", extract_mbs,
              extract_s, prices);
  std::printf("  ratio extract/parse-only: %.0f%% (target >= 75%%)\n",
              100 * extract_mbs / parse_mbs);
  std::printf("  of which Gumbo as extract runs it (pre-pass emptied %.0f%% of bytes; arena): "
              "%.1f MB/s, %.0f%% of the extract time\n",
              100.0 * static_cast<double>(prepass_dropped) / static_cast<double>(corpus.bytes),
              mb / own_parse_s, 100 * own_parse_s / extract_s);
}

}  // namespace

int main(int argc, char** argv) {
  const double target_mb = argc > 1 ? std::atof(argv[1]) : 64;
  const std::string which = argc > 2 ? argv[2] : "both";
  if (target_mb <= 0 || (which != "site" && which != "dense" && which != "both")) {
    std::fprintf(stderr, "usage: extract_bench [MB per corpus, default 64] [site|dense|both]\n");
    return 2;
  }
  const size_t target = static_cast<size_t>(target_mb * 1024 * 1024);
  std::printf("(CPU time of this process)\n");
  if (which != "dense") {
    Measure("site", "WordPress/Elementor-shaped clinic pages",
            Generate(SiteCorpus(20251125), target));
  }
  if (which != "site") {
    Measure("dense", "stress case: nearly all text, every paragraph a statement",
            Generate(DenseCorpus(20251125), target));
  }
  return 0;
}
