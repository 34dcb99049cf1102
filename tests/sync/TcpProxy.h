#pragma once
// A small TCP proxy between a counter and PostgreSQL, for the fault tests: it can play "server down"
// (cuts every connection and refuses new ones) and "connection cut after the server committed but before the
// answer arrived" (swallows the server's answer to a query containing a trigger text up to and including
// ReadyForQuery, which PostgreSQL sends only after the commit, then closes both sides).
// Plain sockets and std::threads: it keeps working while the test thread blocks in a QPSQL call.

#include <QByteArray>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace carddesk::test {

class TcpProxy
{
public:
    TcpProxy(std::string targetHost, int targetPort);
    ~TcpProxy();

    bool start(); // listens on 127.0.0.1, a free port
    int port() const { return m_port; }
    void setDown(bool down);
    bool isDown() const { return m_down.load(); }
    // The next query whose bytes contain trigger loses its answer and its connection (once).
    void cutAnswerOnce(const QByteArray& trigger);
    int cutsDone() const { return m_cuts.load(); }
    int connectionsAccepted() const { return m_accepted.load(); }

private:
    struct Link;
    void acceptLoop();
    void pump(std::shared_ptr<Link> link);
    void closeAll();

    std::string m_targetHost;
    int m_targetPort;
    int m_listenFd = -1;
    int m_port = 0;
    int m_wakePipe[2] = {-1, -1};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_down{false};
    std::atomic<int> m_cuts{0};
    std::atomic<int> m_accepted{0};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    QByteArray m_trigger;
    bool m_armed = false;
    std::list<std::shared_ptr<Link>> m_links;
    std::list<std::thread> m_threads;
};

} // namespace carddesk::test
