// carddesk-admin card ... as support staff and scripts use it, on the real stack: PINs through stdin,
// the ID number masked in the output, the card's own state changed only by the commands that should.
#include "CardSimulator.h"
#include "Fixtures.h"

#include <QProcess>
#include <QTest>

using carddesk::test::CardSimulator;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run admin(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("CARDDESK_BINARY_DIR") + QStringLiteral("/app/carddesk-admin"),
            QStringList{QStringLiteral("card")} + args);
    p.waitForStarted(5000);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class AdminCardTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { CARDDESK_REQUIRE_FIXTURE("pcscd"); }

    void infoStatusVerifyReset()
    {
        CardSimulator sim;
        QVERIFY2(sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        Run r = admin({QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("W49158758")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("张三")));
        QVERIFY(r.out.contains(QLatin1String("110105********002X")));
        QVERIFY(!r.out.contains(QLatin1String("11010519491231002X"))); // never the full ID number

        r = admin({QStringLiteral("verify")}, "000000\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("63C2")), qPrintable(r.err));
        QCOMPARE(sim.cardTriesLeft(), 2);
        r = admin({QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("2 tries left")), qPrintable(r.out));

        r = admin({QStringLiteral("reset-pin")}, "246810\n246811\n"); // typo in the repeat: nothing changes
        QCOMPARE(r.code, 2);
        QCOMPARE(sim.cardTriesLeft(), 2);
        r = admin({QStringLiteral("reset-pin")}, "246810\n246810\n");
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.cardTriesLeft(), 3);
        QCOMPARE(admin({QStringLiteral("verify")}, "246810\n").code, 0);

        r = admin({QStringLiteral("diagnose")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("pcsc-lite")));
        QVERIFY(r.out.contains(QLatin1String("3B 88 80 01")));
        QVERIFY2(r.out.contains(QLatin1String("PIN pad (citizen reader): none: SCardControl")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("313130313035313934393132333130303258"))); // ID number in hex
        QVERIFY(!r.out.contains(QLatin1String("246810")));
    }

    // The citizen's card in the PSAM reader: `card info` says so instead of "no card".
    void infoNamesTheWrongReader()
    {
        CardSimulator sim;
        QVERIFY2(sim.start(QString(), QString()), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        Run r = admin({QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong-reader")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("is in the PSAM reader")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("张三"))); // nothing read from the misplaced card
        r = admin({QStringLiteral("diagnose")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("wrong-reader")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(AdminCardTest)
#include "AdminCardTest.moc"
