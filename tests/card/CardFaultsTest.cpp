// Faults injected by the simulator on the real stack: card pulled mid-reset, PSAM pulled mid-reset,
// garbage answers, forced status words, slow answers. After each fault the next operation works and the
// card's state is what it must be.
#include "CardSimulator.h"
#include "Fixtures.h"

#include "smartcard/PcscCitizenCardService.h"
#include "smartcard/pcsc/Pcsc.h"

#include <QElapsedTimer>
#include <QTest>

using namespace carddesk;
using carddesk::test::CardSimulator;

#define START_SIM(sim, ...) QVERIFY2((sim).start(__VA_ARGS__), qPrintable((sim).lastError()))
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const CardResult r_ = (expr);                                                                        \
        QVERIFY2(r_.ok(), qPrintable(cardErrorName(r_.error) + QStringLiteral(" ") + r_.statusWordText() +   \
                                     QStringLiteral(" ") + r_.detail));                                      \
    } while (false)

class CardFaultsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { CARDDESK_REQUIRE_FIXTURE("pcscd"); }

    void cardPulledMidReset()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QVERIFY(sim.fault(QStringLiteral("card drop-on 8424"))); // pulled as the reset command arrives
        const CardResult r = service.resetPin(SecureBuffer::fromAscii("246810"));
        QVERIFY2(r.error == CardError::CardRemoved,
                 qPrintable(cardErrorName(r.error) + QLatin1Char(' ') + r.detail + QLatin1Char('\n') +
                            service.trace().lines().join(QLatin1Char('\n'))));
        QVERIFY(!r.message().isEmpty());
        QVERIFY(CardSimulator::waitForCard(false));
        QCOMPARE(service.readCard().result.error, CardError::NoCard);
        QVERIFY2(sim.insert(), qPrintable(sim.lastError())); // re-inserted: re-read, PIN unchanged
        VERIFY_OK(service.readCard().result);
        VERIFY_OK(service.verifyPin(SecureBuffer::fromAscii("123456")));
    }

    void psamPulledMidReset()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QVERIFY(sim.fault(QStringLiteral("psam drop-on 80FA")));
        const CardResult r = service.resetPin(SecureBuffer::fromAscii("246810"));
        QVERIFY2(r.error == CardError::SamUnavailable,
                 qPrintable(cardErrorName(r.error) + QLatin1Char(' ') + r.detail + QLatin1Char('\n') +
                            service.trace().lines().join(QLatin1Char('\n'))));
        QVERIFY2(sim.insertPsam(), qPrintable(sim.lastError()));
        VERIFY_OK(service.verifyPin(SecureBuffer::fromAscii("123456"))); // nothing reached the card
        VERIFY_OK(service.resetPin(SecureBuffer::fromAscii("246810")));  // the PSAM is re-opened
        VERIFY_OK(service.verifyPin(SecureBuffer::fromAscii("246810")));
    }

    // The PSAM taken out and put back between two operations: the next operation connects to it again by
    // itself instead of failing once with SamUnavailable.
    void psamReinsertedBetweenOperations()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        VERIFY_OK(service.unblockPin());
        QVERIFY2(sim.removePsam(), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(), qPrintable(sim.lastError()));
        VERIFY_OK(service.resetPin(SecureBuffer::fromAscii("246810")));
        QCOMPARE(service.lastSamApdus(), 3); // SELECT (a new PSAM session), DERIVE, PIN RELOAD
        VERIFY_OK(service.resetPin(SecureBuffer::fromAscii("246810")));
        QCOMPARE(service.lastSamApdus(), 2); // selected once only
        VERIFY_OK(service.verifyPin(SecureBuffer::fromAscii("246810")));
    }

    void garbageAnswer()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QVERIFY(sim.fault(QStringLiteral("card garbage 1")));
        const CardReadResult r = service.readCard();
        QCOMPARE(r.result.error, CardError::MalformedResponse);
        VERIFY_OK(service.readCard().result);
    }

    void forcedStatusWords_data()
    {
        QTest::addColumn<QString>("sw");
        QTest::addColumn<int>("error");
        QTest::newRow("6A82") << "6A82" << int(CardError::FileNotFound);
        QTest::newRow("6985") << "6985" << int(CardError::ConditionsNotSatisfied);
        QTest::newRow("9303") << "9303" << int(CardError::ApplicationLocked);
    }
    void forcedStatusWords()
    {
        QFETCH(QString, sw);
        QFETCH(int, error);
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QVERIFY(sim.fault(QStringLiteral("card sw %1 1").arg(sw)));
        const CardResult r = service.pinStatus();
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.statusWordText(), sw);
        QCOMPARE(service.pinStatus().triesLeft, 3);
    }

    void cardResetByAnotherApplication()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        VERIFY_OK(service.readCard().result); // the service now holds a connection to the card
        {
            pcsc::Context ctx;
            QCOMPARE(ctx.establish(), LONG(SCARD_S_SUCCESS));
            pcsc::Card other;
            QCOMPARE(other.connect(ctx, QString::fromLatin1(CardSimulator::CitizenReader)),
                     LONG(SCARD_S_SUCCESS));
            other.disconnect(SCARD_RESET_CARD); // another program resets the card
        }
        // SCARD_W_RESET_CARD on the held connection: reconnected, the operation runs normally.
        const CardReadResult r = service.readCard();
        VERIFY_OK(r.result);
        QCOMPARE(r.holder.name, QStringLiteral("张三"));
        VERIFY_OK(service.verifyPin(SecureBuffer::fromAscii("123456")));
    }

    void slowAnswerStillWorks()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QVERIFY(sim.fault(QStringLiteral("card slow 300 1")));
        QElapsedTimer t;
        t.start();
        VERIFY_OK(service.readCard().result);
        QVERIFY(t.elapsed() >= 300); // the delay really happened (this checks the fault, not our speed)
    }
};

QTEST_GUILESS_MAIN(CardFaultsTest)
#include "CardFaultsTest.moc"
