// crawl_bench: clinicrank's crawler against Scrapy on the same local farm
// (issue 15: at least 3x Scrapy's pages/s at equal concurrency and
// politeness; peak RSS flat in the number of pages).
//
// The farm is a child process serving many origins on 127.0.0.1 (one port
// per site, HTTP/1.1 keep-alive, one poll() loop): each site has a robots.txt
// that allows everything, a home page and PAGES-1 more pages of about 12 KiB
// of clinic-like HTML, linked so that every page is a few links deep, and
// no sitemap. It ends with the bench, or after --lifetime seconds.
//
// The built `clinicrank crawl` runs first (into a temporary SQLite store),
// then, when Debian's python3-scrapy is importable by /usr/bin/python3, the
// equivalent spider bench/crawl_bench_spider.py on the same farm: robots.txt
// obeyed, --concurrency requests in flight, one per site, --delay apart, no
// jitter, --pages pages per site. Each run is a child process, so CPU seconds
// and peak RSS come from its own rusage. clinicrank's pages/s is over its
// whole process life; Scrapy's over its engine's life (interpreter start-up
// excluded, in Scrapy's favour). Last, clinicrank crawls a farm with four
// times as many pages per site, to show whether its peak RSS grows with the
// number of pages.
//
// Usage: crawl_bench [--sites N] [--pages N] [--concurrency N] [--delay S]
//                    [--no-scrapy] [--keep] [--serve] [--reps N] [--lifetime S]
// Each crawler runs --reps times (default 3), the two taking turns on the
// same farm; every run is printed and the fastest of each is compared, the
// usual way to read a machine shared with other work.
// --serve only starts the farm, prints its seed URLs and serves until
// --lifetime ends: for profiling a crawler against it by hand.
// Defaults: 20 sites x 30 pages, concurrency 16, delay 0 (the farm).
// Prints figures only; never asserts.
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <arpa/inet.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Options {
  int sites = 20;
  int pages = 30;
  int concurrency = 16;
  double delay = 0;
  bool scrapy = true;
  bool keep = false;   // keep the temporary folder (stores, logs) and say where
  bool serve_only = false;  // only run the farm: print its seed URLs, serve until --lifetime
  int lifetime = 600;  // seconds the farm lives at most
  int reps = 3;        // runs of each crawler, alternating; the fastest counts
};

// ---------------------------------------------------------------------------
// The farm.

const char* const kWords[] = {
    "knee",     "stem",   "cell",      "therapy",  "ultrasound", "guided",    "injection",
    "bone",     "marrow", "autologous", "cartilage", "price",     "package",   "consultation",
    "patients", "doctor", "recovery",  "clinic",   "treatment",  "osteoarthritis"};

std::string PagePath(int page) { return page == 0 ? "/" : "/p" + std::to_string(page); }

// Page `page` of site `site`: about 12 KiB, distinct, linking to the home
// page, the first few pages and its three "children" 3p+1..3p+3, so every
// page of the site is reachable within a few links.
std::string PageBody(int site, int page, int pages) {
  std::string html = "<!doctype html><html><head><meta charset=utf-8><title>Clinic " +
                     std::to_string(site) + " page " + std::to_string(page) +
                     "</title></head><body><nav><a href='/'>Home</a>";
  for (int i = 1; i <= 4 && i < pages; ++i) {
    html += " <a href='" + PagePath(i) + "'>Section " + std::to_string(i) + "</a>";
  }
  html += "</nav><main><h1>Knee treatment, part " + std::to_string(page) + "</h1>";
  unsigned state = static_cast<unsigned>(site * 7919 + page * 104729 + 1);
  while (html.size() < 12 * 1024) {
    html += "<p>";
    for (int w = 0; w < 40; ++w) {
      state = state * 1103515245u + 12345u;
      html += kWords[(state >> 16) % (sizeof(kWords) / sizeof(kWords[0]))];
      html += ' ';
    }
    html += "</p>\n";
  }
  for (int child = 3 * page + 1; child <= 3 * page + 3 && child < pages; ++child) {
    html += "<a href='" + PagePath(child) + "'>More on part " + std::to_string(child) + "</a> ";
  }
  return html + "</main></body></html>";
}

std::string Response(int status, std::string_view type, const std::string& body) {
  return "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Not Found") +
         "\r\nContent-Type: " + std::string(type) +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string Answer(int site, std::string_view target, int pages) {
  if (target == "/robots.txt") return Response(200, "text/plain", "User-agent: *\nAllow: /\n");
  int page = -1;
  if (target == "/") {
    page = 0;
  } else if (target.starts_with("/p")) {
    page = std::atoi(std::string(target.substr(2)).c_str());
    if (page <= 0 || page >= pages || PagePath(page) != target) page = -1;
  }
  if (page < 0) return Response(404, "text/html", "<p>not found</p>");
  return Response(200, "text/html; charset=utf-8", PageBody(site, page, pages));
}

struct Connection {
  int fd;
  int site;
  std::string in, out;
  bool close_after = false;
};

int Listen() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  const int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      listen(fd, 128) != 0) {
    std::perror("crawl_bench: bind/listen on 127.0.0.1");
    std::exit(1);
  }
  return fd;
}

int PortOf(int fd) {
  sockaddr_in address{};
  socklen_t length = sizeof(address);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  return ntohs(address.sin_port);
}

// Parses every complete request in `c.in` and queues its answer.
void Serve(Connection& c, int pages) {
  size_t end;
  while ((end = c.in.find("\r\n\r\n")) != std::string::npos) {
    const std::string head = c.in.substr(0, end);
    c.in.erase(0, end + 4);
    const size_t first = head.find(' ');
    const size_t second = head.find(' ', first + 1);
    if (first == std::string::npos || second == std::string::npos) {
      c.close_after = true;
      return;
    }
    c.out += Answer(c.site, std::string_view(head).substr(first + 1, second - first - 1), pages);
    if (head.find("HTTP/1.0") != std::string::npos || head.find("onnection: close") != std::string::npos) {
      c.close_after = true;
    }
  }
  if (c.in.size() > 64 * 1024) c.close_after = true;
}

// The farm's whole life: one poll() loop over every listener and connection.
[[noreturn]] void RunFarm(const std::vector<int>& listeners, int pages, int lifetime) {
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  alarm(static_cast<unsigned>(lifetime));
  std::vector<Connection> connections;
  std::vector<pollfd> fds;
  while (true) {
    fds.clear();
    for (int fd : listeners) fds.push_back({fd, POLLIN, 0});
    for (const Connection& c : connections) {
      fds.push_back({c.fd, static_cast<short>(POLLIN | (c.out.empty() ? 0 : POLLOUT)), 0});
    }
    if (poll(fds.data(), fds.size(), 1000) < 0) continue;
    const size_t polled = connections.size();  // accepted below: polled next time
    for (size_t i = 0; i < listeners.size(); ++i) {
      if (!(fds[i].revents & POLLIN)) continue;
      int fd;
      while ((fd = accept4(listeners[i], nullptr, nullptr, SOCK_NONBLOCK)) >= 0) {
        connections.push_back({fd, static_cast<int>(i), "", ""});
      }
    }
    for (size_t k = 0; k < polled; ++k) {
      Connection& c = connections[k];
      const short events = fds[listeners.size() + k].revents;
      bool dead = (events & (POLLERR | POLLHUP)) && !(events & POLLIN);
      if (events & POLLIN) {
        char buffer[16384];
        const ssize_t got = recv(c.fd, buffer, sizeof(buffer), 0);
        if (got <= 0) {
          dead = true;
        } else {
          c.in.append(buffer, static_cast<size_t>(got));
          Serve(c, pages);
        }
      }
      if (!dead && !c.out.empty()) {
        const ssize_t sent = send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        if (sent > 0) c.out.erase(0, static_cast<size_t>(sent));
        if (sent < 0 && errno != EAGAIN) dead = true;
      }
      if (dead || (c.close_after && c.out.empty())) {
        close(c.fd);
        c.fd = -1;
      }
    }
    std::erase_if(connections, [](const Connection& c) { return c.fd < 0; });
  }
}

struct Farm {
  pid_t pid = -1;
  std::vector<int> ports;
};

Farm StartFarm(int sites, int pages, int lifetime) {
  std::vector<int> listeners;
  Farm farm;
  for (int i = 0; i < sites; ++i) {
    listeners.push_back(Listen());
    farm.ports.push_back(PortOf(listeners.back()));
  }
  farm.pid = fork();
  if (farm.pid == 0) RunFarm(listeners, pages, lifetime);
  for (int fd : listeners) close(fd);
  return farm;
}

void StopFarm(Farm* farm) {
  if (farm->pid <= 0) return;
  kill(farm->pid, SIGTERM);
  waitpid(farm->pid, nullptr, 0);
  farm->pid = -1;
}

// ---------------------------------------------------------------------------
// Running and measuring a crawler.

struct Run {
  bool ok = false;
  double wall_seconds = 0;
  double cpu_seconds = 0;
  double peak_rss_mb = 0;
  std::string out;  // stdout
  std::string err;  // the last of stderr
};

double Now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

std::string ReadAll(const std::string& path, size_t keep_tail = 1 << 20) {
  std::ifstream in(path, std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return all.size() > keep_tail ? all.substr(all.size() - keep_tail) : all;
}

// Runs argv to completion, stdout and stderr into files; rusage from wait4.
Run RunMeasured(const std::vector<std::string>& argv, const std::string& dir) {
  const std::string out_path = dir + "/stdout", err_path = dir + "/stderr";
  const double start = Now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run run;
  run.wall_seconds = Now() - start;
  run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  run.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  run.out = ReadAll(out_path);
  run.err = ReadAll(err_path, 4096);
  return run;
}

std::string SeedsFile(const std::string& dir, const Farm& farm) {
  const std::string path = dir + "/seeds.txt";
  std::ofstream out(path);
  for (int port : farm.ports) out << "http://127.0.0.1:" << port << "/\n";
  return path;
}

// "crawl run 1 completed: 20 site(s), 600 page(s) stored" → 600.
int PagesStored(const std::string& err) {
  const size_t at = err.rfind(" page(s) stored");
  if (at == std::string::npos) return -1;
  size_t begin = err.rfind(' ', at - 1);
  return std::atoi(err.substr(begin + 1, at - begin - 1).c_str());
}

struct Figures {
  std::string name;
  int pages = 0;
  double seconds = 0;
  Run run;
  double PagesPerSecond() const { return seconds > 0 ? pages / seconds : 0; }
};

void Print(const Figures& f) {
  std::printf("%-11s %6d pages %7.2f s %8.1f pages/s   cpu %6.2f s   peak RSS %6.1f MB%s\n",
              f.name.c_str(), f.pages, f.seconds, f.PagesPerSecond(), f.run.cpu_seconds,
              f.run.peak_rss_mb, f.run.ok ? "" : "   (exited with an error)");
}

Figures CrawlWithClinicrank(const Options& o, const Farm& farm, const std::string& dir,
                            int pages) {
  const std::string db = dir + "/crawl-" + std::to_string(pages) + ".db";
  std::filesystem::remove(db);
  const Run run = RunMeasured(
      {CLINICRANK_BINARY_PATH, "crawl", "--seeds", SeedsFile(dir, farm), "--db", db,
       "--concurrency", std::to_string(o.concurrency), "--delay", std::to_string(o.delay),
       "--max-pages", std::to_string(pages), "--max-depth", "20", "--timeout", "30"},
      dir);
  Figures f{"clinicrank", PagesStored(run.err), run.wall_seconds, run};
  if (!run.ok || f.pages < 0) std::fprintf(stderr, "clinicrank crawl said:\n%s\n", run.err.c_str());
  return f;
}

bool ScrapyAvailable() {
  return std::system("/usr/bin/python3 -c 'import scrapy' > /dev/null 2>&1") == 0;
}

std::optional<Figures> CrawlWithScrapy(const Options& o, const Farm& farm, const std::string& dir) {
  const Run run = RunMeasured({"/usr/bin/python3", CLINICRANK_SOURCE_DIR "/bench/crawl_bench_spider.py",
                               SeedsFile(dir, farm), std::to_string(o.concurrency),
                               std::to_string(o.delay), std::to_string(o.pages)},
                              dir);
  // {"pages": 600, "requests": 640, "seconds": 3.9}
  const size_t pages = run.out.find("\"pages\": ");
  const size_t seconds = run.out.find("\"seconds\": ");
  if (!run.ok || pages == std::string::npos || seconds == std::string::npos) {
    std::fprintf(stderr, "scrapy failed:\n%s\n%s\n", run.out.c_str(), run.err.c_str());
    return std::nullopt;
  }
  Figures f{"scrapy", std::atoi(run.out.c_str() + pages + 9),
            std::atof(run.out.c_str() + seconds + 11), run};
  return f;
}

Options ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "crawl_bench: %s needs a value\n", name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--sites") {
      o.sites = std::max(1, std::atoi(next("--sites")));
    } else if (arg == "--pages") {
      o.pages = std::max(1, std::atoi(next("--pages")));
    } else if (arg == "--concurrency") {
      o.concurrency = std::max(1, std::atoi(next("--concurrency")));
    } else if (arg == "--delay") {
      o.delay = std::max(0.0, std::atof(next("--delay")));
    } else if (arg == "--reps") {
      o.reps = std::max(1, std::atoi(next("--reps")));
    } else if (arg == "--lifetime") {
      o.lifetime = std::max(10, std::atoi(next("--lifetime")));
    } else if (arg == "--no-scrapy") {
      o.scrapy = false;
    } else if (arg == "--keep") {
      o.keep = true;
    } else if (arg == "--serve") {
      o.serve_only = true;
    } else {
      std::fprintf(stderr,
                   "usage: crawl_bench [--sites N] [--pages N] [--concurrency N] [--delay S] "
                   "[--no-scrapy] [--keep] [--serve] [--reps N] [--lifetime S]\n");
      std::exit(2);
    }
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseArgs(argc, argv);
  std::string pattern = (std::filesystem::temp_directory_path() / "crawl-bench-XXXXXX").string();
  const std::string dir = mkdtemp(pattern.data()) ? pattern : ".";
  std::printf("crawl_bench: %d sites x %d pages (about 12 KiB each) on 127.0.0.1, "
              "concurrency %d, delay %.2f s\n",
              o.sites, o.pages, o.concurrency, o.delay);

  Farm farm = StartFarm(o.sites, o.pages, o.lifetime);
  if (o.serve_only) {
    for (int port : farm.ports) std::printf("http://127.0.0.1:%d/\n", port);
    std::fflush(stdout);
    waitpid(farm.pid, nullptr, 0);
    return 0;
  }
  const bool scrapy = o.scrapy && ScrapyAvailable();
  std::optional<Figures> best_ours, theirs;
  auto faster = [](const std::optional<Figures>& best, const Figures& f) {
    return !best || f.PagesPerSecond() > best->PagesPerSecond();
  };
  for (int rep = 0; rep < o.reps; ++rep) {
    const Figures ours = CrawlWithClinicrank(o, farm, dir, o.pages);
    Print(ours);
    if (faster(best_ours, ours)) best_ours = ours;
    if (!scrapy) continue;
    if (std::optional<Figures> run = CrawlWithScrapy(o, farm, dir)) {
      Print(*run);
      if (faster(theirs, *run)) theirs = run;
    }
  }
  if (!scrapy) {
    std::printf("scrapy      not run (%s)\n",
                o.scrapy ? "/usr/bin/python3 cannot import scrapy: apt-get install python3-scrapy"
                         : "--no-scrapy");
  }
  StopFarm(&farm);
  const Figures& ours = *best_ours;
  std::printf("fastest of %d:\n", o.reps);
  Print(ours);
  if (theirs) Print(*theirs);
  if (theirs && theirs->PagesPerSecond() > 0) {
    std::printf("ratio       clinicrank / scrapy = %.2fx pages/s, %.2fx CPU per page\n",
                ours.PagesPerSecond() / theirs->PagesPerSecond(),
                (ours.run.cpu_seconds / std::max(1, ours.pages)) /
                    (theirs->run.cpu_seconds / std::max(1, theirs->pages)));
  }

  // Peak RSS against the number of pages: the same sites, four times the pages.
  Farm big = StartFarm(o.sites, 4 * o.pages, o.lifetime);
  Figures more = CrawlWithClinicrank(o, big, dir, 4 * o.pages);
  StopFarm(&big);
  more.name = "clinicrank";
  std::printf("with %dx%d pages:\n", o.sites, 4 * o.pages);
  Print(more);
  std::printf("peak RSS   %.1f MB for %d pages, %.1f MB for %d pages\n", ours.run.peak_rss_mb,
              ours.pages, more.run.peak_rss_mb, more.pages);
  if (o.keep) {
    std::printf("kept %s (the stores, and the last run's stdout and stderr)\n", dir.c_str());
  } else {
    std::filesystem::remove_all(dir);
  }
  return 0;
}
