// A counter process for the kill test: pushes its outbox (a TestOutbox file) to the agency in small batches
// until nothing is pending, then exits 0. The test kills it with SIGKILL at random moments, including the
// window between the server's commit and the local mark (it lingers there a random few milliseconds).
//   sync_push_helper <outbox.db> <terminal> <conninfo file>
#include "TestOutbox.h"
#include "app/sync/AgencyClient.h"
#include "app/sync/SyncCycle.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <random>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: sync_push_helper <outbox.db> <terminal> <conninfo file>\n");
        return 2;
    }
    QFile f(QString::fromLocal8Bit(argv[3]));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QString conninfo = QString::fromUtf8(f.readAll()).trimmed();
    carddesk::test::TestOutbox outbox(QString::fromLocal8Bit(argv[1]));
    carddesk::AgencyClient client(conninfo, QString::fromLocal8Bit(argv[2]), QStringLiteral("helper"));
    std::mt19937 random(std::random_device{}());
    carddesk::SyncCycleOptions options;
    options.pushBatch = 3;
    options.auditBatch = 4;
    options.pull = false;
    // Linger between the server's commit and the local mark, where a kill hurts most.
    options.faultPoint = [&](const char* point) {
        const int maxUs = std::strcmp(point, "pushed-batch") == 0 ? 15000 : 2000;
        QThread::usleep(std::uniform_int_distribution<int>(0, maxUs)(random));
    };
    for (int attempt = 0; attempt < 50; ++attempt) {
        const carddesk::SyncCycleReport report = carddesk::SyncCycle(client, outbox, nullptr, options).run();
        if (report.ok && report.pendingAfter == 0)
            return 0;
        if (!report.ok)
            std::fprintf(stderr, "sync_push_helper: %s\n", qPrintable(report.error.message));
        QThread::msleep(50);
    }
    return 1;
}
