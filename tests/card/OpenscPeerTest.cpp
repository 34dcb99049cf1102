// A peer tool sees the simulated card as a card: opensc-tool reads its ATR, selects SSSE and verifies the
// PIN that CardDesk set with a PSAM-authorised reset.
#include "CardSimulator.h"
#include "Fixtures.h"

#include "smartcard/PcscCitizenCardService.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace carddesk;
using carddesk::test::CardSimulator;

namespace {
QString runOpensc(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("opensc-tool"), args);
    p.waitForFinished(30000);
    return QString::fromLocal8Bit(p.readAll());
}
} // namespace

class OpenscPeerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pcscd");
        if (QStandardPaths::findExecutable(QStringLiteral("opensc-tool")).isEmpty())
            QFAIL("opensc-tool is not installed (package opensc)");
    }

    void openscSeesTheCardAndTheNewPin()
    {
        CardSimulator sim;
        QVERIFY2(sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        const QString atr = runOpensc({QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-a")});
        QVERIFY2(atr.contains(QLatin1String("3b:88:80:01:53:53:53:45:32:2e:30:30:03")), qPrintable(atr));

        PcscCitizenCardService service;
        const SecureBuffer newPin = SecureBuffer::fromAscii("975310");
        const CardResult reset = service.resetPin(newPin);
        QVERIFY2(reset.ok(), qPrintable(reset.detail));

        // SELECT SSSE then VERIFY 975310 in one opensc-tool session (same card connection).
        const QString out = runOpensc({QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-s"),
                                       QStringLiteral("00A404000F7378312E73682EC9E7BBE1B1A3D5CF00"),
                                       QStringLiteral("-s"), QStringLiteral("0020000003975310")});
        QVERIFY2(out.count(QLatin1String("SW1=0x90, SW2=0x00")) == 2, qPrintable(out));
        const QString wrong = runOpensc({QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-s"),
                                         QStringLiteral("00A404000F7378312E73682EC9E7BBE1B1A3D5CF00"),
                                         QStringLiteral("-s"), QStringLiteral("0020000003123456")});
        QVERIFY2(wrong.contains(QLatin1String("SW1=0x63, SW2=0xC2")), qPrintable(wrong));
    }
};

QTEST_GUILESS_MAIN(OpenscPeerTest)
#include "OpenscPeerTest.moc"
