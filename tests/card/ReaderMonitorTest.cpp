// ReaderMonitor on the real stack: card inserted/removed/swapped in the vpcd slot, and pcscd restarting
// under a running monitor and a live PcscCitizenCardService.
#include "CardSimulator.h"
#include "Fixtures.h"

#include "smartcard/PcscCitizenCardService.h"
#include "smartcard/pcsc/ReaderMonitor.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace carddesk;
using carddesk::test::CardSimulator;

namespace {
const QString kReader = QString::fromLatin1(CardSimulator::CitizenReader);

// Waits until spy holds a signal for reader (monitor signals arrive queued from the worker thread).
bool waitFor(QSignalSpy& spy, const QString& reader, int timeoutMs = 5000)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (const auto& args : std::as_const(spy))
            if (args.value(0).toString() == reader)
                return true;
        if (t.elapsed() > timeoutMs)
            return false;
        spy.wait(100);
    }
}

int fixtureScript(const QString& action)
{
    return QProcess::execute(qEnvironmentVariable("CARDDESK_SOURCE_DIR") +
                                 QStringLiteral("/tests/fixtures/pcscd-fixture.sh"),
                             {action});
}
} // namespace

class ReaderMonitorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { CARDDESK_REQUIRE_FIXTURE("pcscd"); }

    void reportsInsertRemoveAndSwap()
    {
        CardSimulator sim;
        QVERIFY2(sim.start(QString(), QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        ReaderMonitor monitor;
        QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        monitor.start();
        QVERIFY(waitFor(added, kReader));
        QVERIFY(monitor.readers().contains(kReader));
        QVERIFY(monitor.usesPnpNotification());                                    // pcsc-lite offers it
        QVERIFY(waitFor(inserted, QString::fromLatin1(CardSimulator::SamReader))); // the PSAM was already in
        inserted.clear();

        QVERIFY2(sim.insert(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        QVERIFY(waitFor(inserted, kReader));
        QCOMPARE(inserted.last().value(1).toByteArray().toHex().toUpper(),
                 QByteArray("3B88800153535345322E303003"));
        QCOMPARE(monitor.cards().value(kReader), inserted.last().value(1).toByteArray());

        QVERIFY2(sim.remove(), qPrintable(sim.lastError()));
        QVERIFY(waitFor(removed, kReader));
        QVERIFY(!monitor.cards().contains(kReader));

        inserted.clear();
        QVERIFY2(sim.insert(QStringLiteral("lisi-300-sm4.json")), qPrintable(sim.lastError()));
        QVERIFY(waitFor(inserted, kReader));
        QVERIFY(inserted.last().value(1).toByteArray().contains("SSSE3.00"));
        QElapsedTimer t;
        t.start();
        monitor.stop(); // SCardCancel wakes the worker at once
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void survivesPcscdRestart()
    {
        if (!carddesk::test::fixtureStatus(QStringLiteral("pcscd")).startsWith(QLatin1String("ours")))
            QSKIP("pcscd is not ours to restart (an external pcscd serves this run)");
        CardSimulator sim;
        QVERIFY2(sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        PcscCitizenCardService service;
        QVERIFY(service.readCard().result.ok());
        ReaderMonitor monitor;
        QSignalSpy availability(&monitor, &ReaderMonitor::serviceAvailable);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy readerRemoved(&monitor, &ReaderMonitor::readerRemoved);
        monitor.start();
        QVERIFY(waitFor(inserted, kReader));

        QCOMPARE(fixtureScript(QStringLiteral("stop")), 0);
        QVERIFY(waitFor(readerRemoved, kReader)); // the reader is gone with pcscd
        const CardReadResult during = service.readCard();
        QVERIFY2(during.result.error == CardError::ServiceUnavailable ||
                     during.result.error == CardError::NoReader,
                 qPrintable(cardErrorName(during.result.error) + QLatin1Char(' ') + during.result.detail));

        inserted.clear();
        QCOMPARE(fixtureScript(QStringLiteral("start")), 0);
        QVERIFY(waitFor(inserted, kReader, 10000)); // the simulator reconnects to the new vpcd
        QVERIFY(!availability.isEmpty() && availability.last().value(0).toBool());
        const CardReadResult after = service.readCard();
        QVERIFY2(after.result.ok(),
                 qPrintable(cardErrorName(after.result.error) + QLatin1Char(' ') + after.result.detail));
        QCOMPARE(after.holder.name, QStringLiteral("张三"));
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(ReaderMonitorTest)
#include "ReaderMonitorTest.moc"
