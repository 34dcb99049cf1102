#include "TcpProxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace carddesk::test {

struct TcpProxy::Link
{
    int client = -1;
    int server = -1;
    std::atomic<bool> dead{false};
    void shut()
    {
        dead = true;
        if (client >= 0)
            ::shutdown(client, SHUT_RDWR);
        if (server >= 0)
            ::shutdown(server, SHUT_RDWR);
    }
};

TcpProxy::TcpProxy(std::string targetHost, int targetPort)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{}

TcpProxy::~TcpProxy()
{
    m_stopping = true;
    if (m_wakePipe[1] >= 0) {
        const char c = 'x';
        [[maybe_unused]] auto n = ::write(m_wakePipe[1], &c, 1);
    }
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    closeAll();
    std::list<std::thread> threads;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        threads.swap(m_threads);
    }
    for (auto& t : threads)
        t.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    for (int fd : m_wakePipe)
        if (fd >= 0)
            ::close(fd);
}

bool TcpProxy::start()
{
    if (::pipe(m_wakePipe) != 0)
        return false;
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(m_listenFd, 512) != 0)
        return false;
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void TcpProxy::setDown(bool down)
{
    m_down = down;
    if (down)
        closeAll();
}

void TcpProxy::cutAnswerOnce(const QByteArray& trigger)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_trigger = trigger;
    m_armed = true;
}

void TcpProxy::closeAll()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto& link : m_links)
        link->shut();
}

void TcpProxy::acceptLoop()
{
    while (!m_stopping) {
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_wakePipe[0], POLLIN, 0}};
        if (::poll(fds, 2, 500) <= 0)
            continue;
        if (fds[1].revents)
            break;
        const int client = ::accept(m_listenFd, nullptr, nullptr);
        if (client < 0)
            continue;
        if (m_down) {
            ::close(client); // the server is "down": the counter sees the connection fail at once
            continue;
        }
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(uint16_t(m_targetPort));
        ::inet_pton(AF_INET, m_targetHost.c_str(), &addr.sin_addr);
        if (::connect(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(server);
            ::close(client);
            continue;
        }
        int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = server;
        ++m_accepted;
        std::lock_guard<std::mutex> lock(m_mutex);
        m_links.push_back(link);
        m_threads.emplace_back([this, link] { pump(link); });
    }
}

void TcpProxy::pump(std::shared_ptr<Link> link)
{
    char buf[65536];
    QByteArray clientTail;    // end of the client's stream, to find a trigger split across reads
    bool swallowing = false;  // dropping the server's answer until ReadyForQuery
    QByteArray serverPending; // partial server message while swallowing
    while (!link->dead && !m_stopping) {
        pollfd fds[2] = {{link->client, POLLIN, 0}, {link->server, POLLIN, 0}};
        if (::poll(fds, 2, 200) < 0)
            break;
        if (fds[0].revents) {
            const ssize_t n = ::read(link->client, buf, sizeof buf);
            if (n <= 0)
                break;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_armed) {
                    clientTail.append(buf, int(n));
                    if (clientTail.contains(m_trigger)) {
                        m_armed = false;
                        swallowing = true;
                    }
                    clientTail = clientTail.right(m_trigger.size());
                }
            }
            if (::send(link->server, buf, size_t(n), MSG_NOSIGNAL) != n)
                break;
        }
        if (fds[1].revents) {
            const ssize_t n = ::read(link->server, buf, sizeof buf);
            if (n <= 0)
                break;
            if (!swallowing) {
                if (::send(link->client, buf, size_t(n), MSG_NOSIGNAL) != n)
                    break;
                continue;
            }
            // The server answers only after its work; ReadyForQuery ('Z') comes after the commit.
            serverPending.append(buf, int(n));
            bool sawReady = false;
            while (serverPending.size() >= 5) {
                const char type = serverPending.at(0);
                quint32 len;
                std::memcpy(&len, serverPending.constData() + 1, 4);
                len = ntohl(len);
                if (serverPending.size() < int(len) + 1)
                    break;
                serverPending.remove(0, int(len) + 1);
                if (type == 'Z')
                    sawReady = true;
            }
            if (sawReady) {
                ++m_cuts;
                break;
            }
        }
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_links.remove(link); // before closing: closeAll() must never touch a reused descriptor
    }
    link->shut();
    ::close(link->client);
    ::close(link->server);
}

} // namespace carddesk::test
