// Helper for store_crash: records operations (with a photo and the audit entry) in a loop and prints
// "done <uuid>" only after record() returned ok. The test kills it with SIGKILL at random moments.
#include "StoreTestSupport.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: store_crash_writer DB KEYFILE\n");
        return 2;
    }
    carddesk::LocalStoreOptions o = carddesk::test::storeOptions(QStringLiteral("."));
    o.databasePath = QString::fromLocal8Bit(argv[1]);
    o.keyFilePath = QString::fromLocal8Bit(argv[2]);
    QString error;
    auto store = carddesk::LocalStore::open(o, &error);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const carddesk::OperationRecord op = carddesk::test::sampleOperation();
        const carddesk::JournalResult r = store->record(op);
        if (!r.ok) {
            std::fprintf(stderr, "record: %s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("done %s %lld\n", qPrintable(op.id.toString(QUuid::WithoutBraces)),
                    static_cast<long long>(r.sequence));
        std::fflush(stdout);
        if (i % 4 == 0) {
            carddesk::AuditEventRecord e;
            e.eventType = QStringLiteral("photo-manual-capture");
            e.op = carddesk::test::clerk();
            e.operationId = op.id;
            if (!store->audit(e, &error)) {
                std::fprintf(stderr, "audit: %s\n", qPrintable(error));
                return 1;
            }
        }
    }
}
