// Smoke test of the test bed: the private pcscd is reachable through libpcsclite and offers the
// vpcd virtual readers. Talks to libpcsclite directly: this tests the fixture, not CardDesk's wrappers.
#include "Fixtures.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <QTest>

class PcscdSmokeTest : public QObject
{
    Q_OBJECT
private slots:
    void listsTheVirtualReaders()
    {
        CARDDESK_REQUIRE_FIXTURE("pcscd");
        SCARDCONTEXT ctx = 0;
        LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
        QVERIFY2(rv == SCARD_S_SUCCESS,
                 qPrintable(QStringLiteral("pcscd is not reachable: %1 (0x%2). Is pcscd running? "
                                           "tests/fixtures/pcscd-fixture.sh start starts one.")
                                .arg(QString::fromLatin1(pcsc_stringify_error(rv)))
                                .arg(quint32(rv), 8, 16, QLatin1Char('0'))));
        DWORD len = 0;
        rv = SCardListReaders(ctx, nullptr, nullptr, &len);
        QVERIFY2(rv == SCARD_S_SUCCESS,
                 qPrintable(QStringLiteral("SCardListReaders failed: %1").arg(QString::fromLatin1(pcsc_stringify_error(rv)))));
        QByteArray buf(int(len), '\0');
        rv = SCardListReaders(ctx, nullptr, buf.data(), &len);
        QCOMPARE(rv, LONG(SCARD_S_SUCCESS));
        QStringList readers;
        for (const QByteArray& name : buf.split('\0'))
            if (!name.isEmpty())
                readers << QString::fromLatin1(name);
        SCardReleaseContext(ctx);
        qInfo() << "readers:" << readers;
        QVERIFY2(readers.size() >= 2, qPrintable(readers.join(QLatin1String(", "))));
        QVERIFY(readers.contains(QStringLiteral("Virtual PCD 00 00")));
        QVERIFY(readers.contains(QStringLiteral("Virtual PCD 00 01")));
    }
};

QTEST_GUILESS_MAIN(PcscdSmokeTest)
#include "PcscdSmokeTest.moc"
