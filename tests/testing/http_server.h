// A small threaded HTTP/1.1 server on 127.0.0.1 (ephemeral port) for crawler
// tests: per-path routes with status, headers, body, delay, hang, gzip,
// huge streamed bodies, and a request log (arrival time, path, Host, the
// connection it came on) so tests can measure politeness from the server's
// side. Everything is bounded: connections, request sizes, and every wait
// ends when the server is destroyed.
//
// Header-only so that each test binary can use it without a library of its
// own. Not a general-purpose server: GET/HEAD only, no request bodies.
#ifndef CLINICRANK_TESTS_TESTING_HTTP_SERVER_H_
#define CLINICRANK_TESTS_TESTING_HTTP_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "tests/testing/raw_listener.h"

namespace clinicrank::testing {

struct HttpRequest {
  std::string method;
  std::string target;                          // path and query, as sent
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

struct HttpReply {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. {"Content-Type", "text/html"}
  std::string body;
  double delay_seconds = 0;  // wait before answering
  bool hang = false;         // never answer (until the server stops)
  size_t stream_bytes = 0;   // >0: send this many filler bytes, chunked, instead of `body`
  size_t pad_bytes = 0;      // >0: after `body`, this many '#' bytes, within Content-Length
  bool gzip = false;         // gzip `body`, with Content-Encoding: gzip

  static HttpReply Html(std::string body, int status = 200) {
    HttpReply reply;
    reply.status = status;
    reply.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    reply.body = std::move(body);
    return reply;
  }
  static HttpReply Text(std::string body, int status = 200) {
    HttpReply reply = Html(std::move(body), status);
    reply.headers = {{"Content-Type", "text/plain"}};
    return reply;
  }
  static HttpReply Redirect(std::string location, int status = 301) {
    HttpReply reply = Html("", status);
    reply.headers.emplace_back("Location", std::move(location));
    return reply;
  }
};

struct LoggedRequest {
  std::chrono::steady_clock::time_point at;  // when the request line arrived
  std::string target;
  std::string host;    // the Host header
  int connection = 0;  // 1, 2, … in accept order
  std::string user_agent;
  std::string accept_encoding;
};

class HttpServer {
 public:
  using Handler = std::function<HttpReply(const HttpRequest&)>;

  HttpServer() {
    listener_ = ListenOnLoopback(64, &port_);
    if (listener_ < 0) throw std::runtime_error("bind/listen on 127.0.0.1");
    acceptor_ = std::thread([this] { AcceptLoop(); });
  }

  ~HttpServer() {
    stopping_ = true;
    acceptor_.join();
    std::vector<std::thread> workers;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      workers.swap(workers_);
    }
    for (std::thread& worker : workers) worker.join();
    close(listener_);
  }

  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:<port>" + path; `host` may be "localhost" to make a
  // second site on the same server.
  std::string Url(const std::string& path, const std::string& host = "127.0.0.1") const {
    return "http://" + host + ":" + std::to_string(port_) + path;
  }

  // Exact match on the request target (path plus query).
  void Route(const std::string& target, HttpReply reply) {
    Route(target, [reply](const HttpRequest&) { return reply; });
  }
  void Route(const std::string& target, Handler handler) {
    std::lock_guard<std::mutex> lock(mutex_);
    routes_[target] = std::move(handler);
  }
  // For targets without a route. Default: 404 text/html.
  void Fallback(Handler handler) {
    std::lock_guard<std::mutex> lock(mutex_);
    fallback_ = std::move(handler);
  }

  std::vector<LoggedRequest> Log() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return log_;
  }
  std::vector<LoggedRequest> LogFor(const std::string& target) const {
    std::vector<LoggedRequest> out;
    for (const LoggedRequest& r : Log()) {
      if (r.target == target) out.push_back(r);
    }
    return out;
  }
  // The most requests ever being answered at the same time.
  int PeakConcurrency() const { return peak_; }

  // `input` as a gzip file (for bodies served as application/gzip).
  static std::string Gzip(const std::string& input) {
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, input.size()) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
  }


 private:
  static constexpr int kMaxConnections = 64;
  static constexpr size_t kMaxRequestBytes = 64 * 1024;

  void AcceptLoop() {
    int accepted = 0;
    while (!stopping_) {
      pollfd fd{listener_, POLLIN, 0};
      if (poll(&fd, 1, 20) <= 0) continue;
      const int client = accept(listener_, nullptr, nullptr);
      if (client < 0) continue;
      if (accepted >= kMaxConnections * 16) {
        close(client);
        continue;
      }
      const int id = ++accepted;
      std::lock_guard<std::mutex> lock(mutex_);
      workers_.emplace_back([this, client, id] { Serve(client, id); });
    }
  }

  // Sleeps up to `seconds`, waking early when the server stops.
  bool Sleep(double seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!stopping_ && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return !stopping_;
  }

  // Reads one request head into `buffer`; false on close, stop or junk.
  bool ReadHead(int client, std::string* buffer, std::string* head) {
    while (true) {
      const size_t end = buffer->find("\r\n\r\n");
      if (end != std::string::npos) {
        *head = buffer->substr(0, end);
        buffer->erase(0, end + 4);
        return true;
      }
      if (buffer->size() > kMaxRequestBytes || stopping_) return false;
      pollfd fd{client, POLLIN, 0};
      const int ready = poll(&fd, 1, 20);
      if (ready == 0) continue;
      char chunk[4096];
      const ssize_t got = ready > 0 ? recv(client, chunk, sizeof(chunk), 0) : -1;
      if (got <= 0) return false;
      buffer->append(chunk, static_cast<size_t>(got));
    }
  }

  static HttpRequest ParseHead(const std::string& head) {
    HttpRequest request;
    size_t line_end = head.find("\r\n");
    const std::string first = head.substr(0, line_end);
    const size_t space1 = first.find(' ');
    const size_t space2 = first.find(' ', space1 + 1);
    request.method = first.substr(0, space1);
    request.target = first.substr(space1 + 1, space2 - space1 - 1);
    while (line_end != std::string::npos) {
      const size_t start = line_end + 2;
      line_end = head.find("\r\n", start);
      const std::string line = head.substr(start, line_end - start);
      const size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      size_t value = colon + 1;
      while (value < line.size() && line[value] == ' ') ++value;
      request.headers[name] = line.substr(value);
    }
    return request;
  }

  static bool SendAll(int client, std::string_view data) {
    while (!data.empty()) {
      const ssize_t sent = send(client, data.data(), data.size(), MSG_NOSIGNAL);
      if (sent <= 0) return false;
      data.remove_prefix(static_cast<size_t>(sent));
    }
    return true;
  }

  static const char* Reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 301:
        return "Moved Permanently";
      case 302:
        return "Found";
      case 404:
        return "Not Found";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 503:
        return "Service Unavailable";
      default:
        return "Status";
    }
  }

  HttpReply Answer(const HttpRequest& request) {
    Handler handler;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = routes_.find(request.target);
      handler = it != routes_.end() ? it->second : fallback_;
    }
    if (handler) return handler(request);
    return HttpReply::Html("<html><body>not found</body></html>", 404);
  }

  // Sends the reply; false when the connection must close.
  bool Reply(int client, const HttpRequest& request, HttpReply reply) {
    if (reply.hang) {
      Sleep(1e9);
      return false;
    }
    if (reply.delay_seconds > 0 && !Sleep(reply.delay_seconds)) return false;
    std::string head =
        "HTTP/1.1 " + std::to_string(reply.status) + " " + Reason(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers) head += name + ": " + value + "\r\n";
    const bool head_only = request.method == "HEAD";
    if (reply.stream_bytes > 0) {
      head += "Transfer-Encoding: chunked\r\n\r\n";
      if (!SendAll(client, head)) return false;
      const std::string chunk(64 * 1024, 'x');
      for (size_t sent = 0; sent < reply.stream_bytes && !stopping_; sent += chunk.size()) {
        char size_line[32];
        std::snprintf(size_line, sizeof(size_line), "%zx\r\n", chunk.size());
        if (!SendAll(client, size_line) || !SendAll(client, chunk) || !SendAll(client, "\r\n")) {
          return false;  // the client hung up, as a capped crawler should
        }
      }
      return SendAll(client, "0\r\n\r\n");
    }
    std::string body = reply.gzip ? Gzip(reply.body) : reply.body;
    if (reply.gzip) head += "Content-Encoding: gzip\r\n";
    head += "Content-Length: " + std::to_string(body.size() + reply.pad_bytes) + "\r\n\r\n";
    if (!SendAll(client, head) || head_only || !SendAll(client, body)) return head_only;
    const std::string pad(64 * 1024, '#');
    for (size_t left = reply.pad_bytes; left > 0 && !stopping_;) {
      const size_t n = std::min(left, pad.size());
      if (!SendAll(client, std::string_view(pad).substr(0, n))) return false;
      left -= n;
    }
    return true;
  }

  void Serve(int client, int connection) {
    std::string buffer, head;
    for (int served = 0; served < 1000 && ReadHead(client, &buffer, &head); ++served) {
      const HttpRequest request = ParseHead(head);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        log_.push_back({std::chrono::steady_clock::now(), request.target, request.Header("host"),
                        connection, request.Header("user-agent"),
                        request.Header("accept-encoding")});
      }
      const int now = ++active_;
      int peak = peak_.load();
      while (now > peak && !peak_.compare_exchange_weak(peak, now)) {
      }
      const bool keep = Reply(client, request, Answer(request));
      --active_;
      if (!keep || request.Header("connection") == "close") break;
    }
    close(client);
  }

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> active_{0};
  std::atomic<int> peak_{0};
  std::thread acceptor_;
  mutable std::mutex mutex_;
  std::vector<std::thread> workers_;
  std::map<std::string, Handler> routes_;
  Handler fallback_;
  std::vector<LoggedRequest> log_;
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_HTTP_SERVER_H_
