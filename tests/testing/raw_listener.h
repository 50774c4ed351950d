// Test support for network failures on 127.0.0.1: a port nobody listens on
// (connection refused) and a listener that answers every connection with
// a few plain-text bytes and hangs up (what a TLS client meets on an HTTP
// port). Header-only, like http_server.h; bounded: one thread, joined on
// destruction.
#ifndef CLINICRANK_TESTS_TESTING_RAW_LISTENER_H_
#define CLINICRANK_TESTS_TESTING_RAW_LISTENER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

namespace clinicrank::testing {

// A listening socket on 127.0.0.1 at an ephemeral port (stored in *port),
// or -1 when it cannot be had.
inline int ListenOnLoopback(int backlog, int* port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  const int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      listen(fd, backlog) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    close(fd);
    return -1;
  }
  *port = ntohs(address.sin_port);
  return fd;
}

// A port on 127.0.0.1 with nothing listening (bound, then closed).
inline int ClosedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  socklen_t length = sizeof(address);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

class PlainTextListener {
 public:
  PlainTextListener() {
    fd_ = ListenOnLoopback(16, &port_);
    if (fd_ < 0) throw std::runtime_error("bind/listen on 127.0.0.1");
    thread_ = std::thread([this] { Serve(); });
  }
  ~PlainTextListener() {
    stopping_ = true;
    thread_.join();
    close(fd_);
  }
  PlainTextListener(const PlainTextListener&) = delete;
  PlainTextListener& operator=(const PlainTextListener&) = delete;

  int port() const { return port_; }

 private:
  void Serve() {
    while (!stopping_) {
      pollfd fd{fd_, POLLIN, 0};
      if (poll(&fd, 1, 20) <= 0) continue;
      const int client = accept(fd_, nullptr, nullptr);
      if (client < 0) continue;
      static constexpr char kReply[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
      send(client, kReply, sizeof(kReply) - 1, MSG_NOSIGNAL);
      close(client);
    }
  }

  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace clinicrank::testing

#endif  // CLINICRANK_TESTS_TESTING_RAW_LISTENER_H_
