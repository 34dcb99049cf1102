// Crash safety: a writer process is killed with SIGKILL at random moments, many times. Afterwards the
// database passes PRAGMA integrity_check, every operation the writer reported done is there with its audit
// entry, the operation sequence has no gaps and the audit chain verifies.
#include "StoreTestSupport.h"

#include "app/audit/AuditVerifier.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace carddesk;
using namespace carddesk::test;

class CrashTest : public QObject
{
    Q_OBJECT

private slots:
    void everyReportedOperationSurvivesSigkill()
    {
        const QString dir = scratchDir(QStringLiteral("store-crash"));
        const LocalStoreOptions o = storeOptions(dir);
        {
            QString error;
            QVERIFY2(LocalStore::open(o, &error),
                     qPrintable(error)); // schema and key exist before the first kill
        }
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/store_crash_writer");
        QVERIFY(QFileInfo::exists(writer));
        QSet<QString> reported;
        QElapsedTimer clock;
        clock.start();
        int runs = 0;
        QRandomGenerator rng(20261122);
        while (clock.elapsed() < 20000 && runs < 150) {
            QProcess p;
            p.setProgram(writer);
            p.setArguments({o.databasePath, o.keyFilePath});
            p.start();
            QVERIFY(p.waitForStarted());
            // Random moment: sometimes during start-up and open, mostly while writing.
            QThread::msleep(rng.bounded(5, 250));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(5000));
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                if (line.startsWith("done "))
                    reported.insert(QString::fromLatin1(line.split(' ').value(1)));
            }
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(!err.contains("record:") && !err.contains("open:"), err.constData());
            ++runs;
        }
        qInfo("%d runs killed, %lld operations reported done", runs, static_cast<long long>(reported.size()));
        QVERIFY(runs >= 20);
        QVERIFY(reported.size() >= 50);

        QString error;
        auto store = LocalStore::open(o, &error);
        QVERIFY2(store, qPrintable(error));
        QStringList problems;
        QVERIFY2(store->integrityCheck(&problems), qPrintable(problems.join('\n')));
        QSqlQuery q(store->database());
        QSet<QString> present;
        QVERIFY(
            q.exec(QStringLiteral("SELECT o.id FROM operations o WHERE EXISTS (SELECT 1 FROM audit_entries a "
                                  "WHERE a.operation_id = o.id AND a.event_type = 'operation:pin-reset') "
                                  "AND EXISTS (SELECT 1 FROM photos p WHERE p.operation_id = o.id)")));
        while (q.next())
            present.insert(q.value(0).toString());
        for (const QString& id : reported)
            QVERIFY2(present.contains(id),
                     qPrintable(QStringLiteral("operation %1 was reported done but is missing").arg(id)));
        // Nothing half-done either: every operation row has its audit entry and photo, sequences have no
        // gaps.
        const qint64 total = countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM operations"));
        QCOMPARE(total, static_cast<qint64>(present.size()));
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT MAX(sequence) FROM operations")), total);
        QCOMPARE(countRows(store->database(), QStringLiteral("SELECT COUNT(*) FROM photos")), total);
        const AuditVerifyReport audit = AuditVerifier::verify(store->database());
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        QVERIFY(audit.entriesChecked >= total);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "CrashTest.moc"
