// PcscCitizenCardService through the real stack: libpcsclite -> pcscd -> vpcd -> carddesk-cardsim.
// Every outcome is checked on the simulated card too (its own try counter, its persisted PIN).
#include "CardSimulator.h"
#include "Fixtures.h"

#include "smartcard/PcscCitizenCardService.h"

#include <QTest>

using namespace carddesk;
using carddesk::test::CardSimulator;

namespace {
SecureBuffer pin(const char* digits)
{
    return SecureBuffer::fromAscii(digits);
}
} // namespace

#define START_SIM(sim, ...) QVERIFY2((sim).start(__VA_ARGS__), qPrintable((sim).lastError()))
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const CardResult r_ = (expr);                                                                        \
        QVERIFY2(r_.ok(), qPrintable(cardErrorName(r_.error) + QStringLiteral(" ") + r_.statusWordText() +   \
                                     QStringLiteral(" ") + r_.detail));                                      \
    } while (false)

class CardServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { CARDDESK_REQUIRE_FIXTURE("pcscd"); }

    void readsA200TripleDesCard()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        VERIFY_OK(r.result);
        QCOMPARE(r.card.specVersion, QStringLiteral("2.00"));
        QCOMPARE(r.card.cardNumber, QStringLiteral("W49158758"));
        QCOMPARE(r.card.identificationCodeHex(), QStringLiteral("110105D1560000050000000000012345"));
        QCOMPARE(r.card.issuingArea(), QStringLiteral("110105"));
        QCOMPARE(r.card.algorithm, CardAlgorithm::TripleDes);
        QCOMPARE(r.card.issueDate, QDate(2021, 3, 15));
        QVERIFY(r.card.atr.startsWith(QByteArray::fromHex("3B88")));
        QCOMPARE(r.holder.name, QStringLiteral("张三"));
        QCOMPARE(r.holder.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(r.holder.sex, 1);
        QCOMPARE(r.holder.birthDate, QDate(1949, 12, 31));
        QCOMPARE(service.lastCardApdus(), 3); // SELECT, EF05 (all records), EF06 (all records)
        QCOMPARE(service.lastSamApdus(), 0);
    }

    void readsA300Sm4CardAfterMutualAuthentication()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("lisi-300-sm4.json"));
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        VERIFY_OK(r.result);
        QCOMPARE(r.card.specVersion, QStringLiteral("3.00"));
        QCOMPARE(r.card.algorithm, CardAlgorithm::Sm4);
        QCOMPARE(r.holder.name, QStringLiteral("李四"));
        QCOMPARE(r.holder.sex, 2);
        // SELECT, EF05, INTERNAL AUTH, GET CHALLENGE, EXTERNAL AUTH, EF06; PSAM: SELECT, DERIVE, ENCRYPT.
        QCOMPARE(service.lastCardApdus(), 6);
        QCOMPARE(service.lastSamApdus(), 3);
        const CardReadResult again = service.readCard();
        VERIFY_OK(again.result);
        QCOMPARE(service.lastSamApdus(), 2); // the PSAM stays selected between operations
    }

    void readsAT0Card()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("wangwu-300-3des-t0.json"));
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        VERIFY_OK(r.result);
        QCOMPARE(r.holder.name, QStringLiteral("王五"));
        QCOMPARE(r.card.algorithm, CardAlgorithm::TripleDes);
        QVERIFY(service.lastCardApdus() > 6); // GET RESPONSE and Le re-sends on T=0
    }

    void readsRecordByRecordWithNameExtension()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("maimaiti-200-sm4.json"));
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        VERIFY_OK(r.result);
        QCOMPARE(r.holder.name, QStringLiteral("买买提·艾力·阿不都热合曼"));
        QCOMPARE(r.holder.ethnicGroup, QStringLiteral("05"));
        QCOMPARE(r.card.algorithm, CardAlgorithm::Sm4);
    }

    void wrongPinCountsDown()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        CardResult s = service.pinStatus();
        VERIFY_OK(s);
        QCOMPARE(s.triesLeft, 3);
        const CardResult wrong = service.verifyPin(pin("000000"));
        QCOMPARE(wrong.error, CardError::WrongPin);
        QCOMPARE(wrong.triesLeft, 2);
        QCOMPARE(sim.cardTriesLeft(), 2);
        QCOMPARE(service.pinStatus().triesLeft, 2);
        QCOMPARE(service.pinStatus().triesLeft, 2); // asking costs nothing
        QCOMPARE(sim.cardTriesLeft(), 2);
        VERIFY_OK(service.verifyPin(pin("123456")));
        QCOMPARE(sim.cardTriesLeft(), 3);
        // The trace never holds the PIN.
        QVERIFY(!service.trace().lines().join('\n').contains(QLatin1String("123456")));
        QVERIFY(service.trace().lines().join('\n').contains(QLatin1String("0020000003******")));
    }

    void emptyPinWithoutPinPad()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        // vpcd has no IFDHControl: pcscd answers SCardControl with SCARD_E_UNSUPPORTED_FEATURE.
        QString why;
        QVERIFY(service.pinPadFeatures(&why).isEmpty());
        QVERIFY2(why.contains(QLatin1String("SCARD_E_UNSUPPORTED_FEATURE")), qPrintable(why));
        const CardResult r = service.verifyPin(SecureBuffer());
        QCOMPARE(r.error, CardError::WrongLength);
        QVERIFY(r.detail.contains(QLatin1String("PIN pad")));
        QCOMPARE(service.changePin(SecureBuffer(), SecureBuffer()).error, CardError::WrongLength);
        QCOMPARE(sim.cardTriesLeft(), 3);
    }

    void blockThenUnblock()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        QCOMPARE(service.verifyPin(pin("111111")).triesLeft, 2);
        QCOMPARE(service.verifyPin(pin("111111")).triesLeft, 1);
        const CardResult last = service.verifyPin(pin("111111"));
        QCOMPARE(last.error, CardError::PinBlocked);
        QCOMPARE(service.verifyPin(pin("123456")).error, CardError::PinBlocked); // even the right PIN
        QCOMPARE(service.pinStatus().error, CardError::PinBlocked);
        QCOMPARE(sim.cardTriesLeft(), 0);
        VERIFY_OK(service.unblockPin());
        QCOMPARE(service.lastCardApdus(), 4); // SELECT, EF05/01, GET CHALLENGE, 84 24
        QCOMPARE(sim.cardTriesLeft(), 3);
        VERIFY_OK(service.verifyPin(pin("123456"))); // unblock keeps the PIN
    }

    void resetWithNewPinThenVerify_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("oldPin");
        QTest::newRow("2.00 3DES") << "zhangsan-200-3des.json"
                                   << "123456";
        QTest::newRow("3.00 SM4") << "lisi-300-sm4.json"
                                  << "888888";
        QTest::newRow("3.00 3DES T=0") << "wangwu-300-3des-t0.json"
                                       << "123456";
    }
    void resetWithNewPinThenVerify()
    {
        QFETCH(QString, profile);
        QFETCH(QString, oldPin);
        CardSimulator sim;
        START_SIM(sim, profile);
        PcscCitizenCardService service;
        const CardReadResult before = service.readCard();
        VERIFY_OK(before.result);
        QCOMPARE(service.verifyPin(pin("999999")).error, CardError::WrongPin);
        VERIFY_OK(service.resetPin(pin("246810"), before.card.identificationCode));
        QCOMPARE(service.verifyPin(SecureBuffer::fromAscii(oldPin.toLatin1().constData())).error,
                 CardError::WrongPin);
        VERIFY_OK(service.verifyPin(pin("246810")));
        // The card keeps it: a new simulator process on the same state file still has the new PIN.
        const QString state = sim.statePath();
        sim.stop();
        START_SIM(sim, profile, QStringLiteral("psam-test.json"), state);
        VERIFY_OK(service.verifyPin(pin("246810")));
    }

    void changePin()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        const CardResult wrongOld = service.changePin(pin("000000"), pin("135790"));
        QCOMPARE(wrongOld.error, CardError::WrongPin);
        QCOMPARE(wrongOld.triesLeft, 2);
        VERIFY_OK(service.changePin(pin("123456"), pin("135790")));
        VERIFY_OK(service.verifyPin(pin("135790")));
        QCOMPARE(service.verifyPin(pin("123456")).error, CardError::WrongPin);
    }

    void wrongPsamKeyIsRejectedAndPinUnchanged()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"), QStringLiteral("psam-wrong-key.json"));
        PcscCitizenCardService service;
        const CardResult r = service.resetPin(pin("246810"));
        QCOMPARE(r.error, CardError::MacInvalid);
        QCOMPARE(r.sw, std::uint16_t(0x6988));
        QCOMPARE(service.verifyPin(pin("246810")).error, CardError::WrongPin);
        VERIFY_OK(service.verifyPin(pin("123456")));
    }

    void wrongPsamKeyFailsMutualAuthentication()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("lisi-300-sm4.json"), QStringLiteral("psam-wrong-key.json"));
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        QCOMPARE(r.result.error, CardError::WrongCard);
        QVERIFY(r.holder.idNumber.isEmpty());
    }

    void macFailureLocksWhenTheProfileSaysSo()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("locked-200-3des.json"), QStringLiteral("psam-wrong-key.json"));
        PcscCitizenCardService service;
        QCOMPARE(service.resetPin(pin("246810")).error, CardError::MacInvalid);
        const CardResult locked = service.verifyPin(pin("123456"));
        QCOMPARE(locked.error, CardError::ApplicationLocked);
        QCOMPARE(locked.sw, std::uint16_t(0x9303));
    }

    void blockedProfile()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("blocked-200-3des.json"));
        PcscCitizenCardService service;
        QCOMPARE(service.pinStatus().error, CardError::PinBlocked);
        VERIFY_OK(service.resetPin(pin("246810")));
        VERIFY_OK(service.verifyPin(pin("246810")));
    }

    void otherCardIsRefused()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        const CardReadResult first = service.readCard();
        VERIFY_OK(first.result);
        QVERIFY2(sim.swap(QStringLiteral("lisi-300-sm4.json")), qPrintable(sim.lastError()));
        const CardResult r = service.resetPin(pin("246810"), first.card.identificationCode);
        QCOMPARE(r.error, CardError::WrongCard);
        QCOMPARE(service.lastCardApdus(), 2);        // SELECT and EF05/01, nothing written
        VERIFY_OK(service.verifyPin(pin("888888"))); // the other card's PIN is untouched
        QVERIFY2(sim.swap(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.pinStatus(first.card.identificationCode)); // the right card is back
    }

    void noCardNoSam()
    {
        CardSimulator sim;
        START_SIM(sim, QString(), QString());
        PcscCitizenCardService service;
        const CardReadResult r = service.readCard();
        QCOMPARE(r.result.error, CardError::NoCard);
        QVERIFY2(sim.insert(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.readCard().result);
        QCOMPARE(service.resetPin(pin("246810")).error, CardError::SamUnavailable);
        QVERIFY2(sim.insertPsam(QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.resetPin(pin("246810")));
    }

    // The clerk put the citizen's card in the PSAM reader: the card poll (pinStatus, as the UI asks) and
    // every operation say so; a second citizen card in the PSAM reader stops a reset before anything is
    // written.
    void citizenCardInThePsamReader()
    {
        CardSimulator sim;
        START_SIM(sim, QString(), QString());
        QVERIFY2(sim.insertPsam(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        PcscCitizenCardService service;
        CardResult r = service.pinStatus();
        QCOMPARE(r.error, CardError::WrongReader);
        QCOMPARE(r.misplacedCard, MisplacedCard::CitizenCardInSamReader);
        QVERIFY2(r.detail.contains(QLatin1String(CardSimulator::SamReader)), qPrintable(r.detail));
        const CardReadResult read = service.readCard();
        QCOMPARE(read.result.error, CardError::WrongReader);
        QCOMPARE(read.result.misplacedCard, MisplacedCard::CitizenCardInSamReader);

        // Moved to the right reader, with the PSAM back in its own: the card reads.
        QVERIFY2(sim.removePsam(), qPrintable(sim.lastError()));
        QVERIFY2(sim.insert(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.readCard().result);

        // Another citizen card where the PSAM belongs: the reset is refused, the PIN stays.
        QVERIFY2(sim.removePsam(), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(QStringLiteral("lisi-300-sm4.json")), qPrintable(sim.lastError()));
        r = service.resetPin(pin("246810"));
        QCOMPARE(r.error, CardError::WrongReader);
        QCOMPARE(r.misplacedCard, MisplacedCard::CitizenCardInSamReader);
        QVERIFY(!service.trace().lines().join('\n').contains(QLatin1String("card > 8424")));
        VERIFY_OK(service.verifyPin(pin("123456")));

        QVERIFY2(sim.removePsam(), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.resetPin(pin("246810")));
        VERIFY_OK(service.verifyPin(pin("246810")));
    }

    // The PSAM in the citizen-card reader, alone and with the citizen's card in the PSAM reader (swapped).
    void psamInTheCitizenReader()
    {
        CardSimulator sim;
        START_SIM(sim, QString(), QString());
        QVERIFY2(sim.insert(QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        PcscCitizenCardService service;
        CardResult r = service.pinStatus();
        QCOMPARE(r.error, CardError::WrongReader);
        QCOMPARE(r.misplacedCard, MisplacedCard::SamInCitizenReader);
        QVERIFY(r.message() != CardResult::wrongReader(MisplacedCard::CitizenCardInSamReader, {}).message());
        QCOMPARE(service.readCard().result.misplacedCard, MisplacedCard::SamInCitizenReader);

        QVERIFY2(sim.insertPsam(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        r = service.readCard().result;
        QCOMPARE(r.error, CardError::WrongReader);
        QCOMPARE(r.misplacedCard, MisplacedCard::SamInCitizenReader);

        // Both put right.
        QVERIFY2(sim.remove(), qPrintable(sim.lastError()));
        QVERIFY2(sim.removePsam(), qPrintable(sim.lastError()));
        QVERIFY2(sim.insert(QStringLiteral("zhangsan-200-3des.json")), qPrintable(sim.lastError()));
        QVERIFY2(sim.insertPsam(QStringLiteral("psam-test.json")), qPrintable(sim.lastError()));
        VERIFY_OK(service.pinStatus());
        VERIFY_OK(service.unblockPin());
    }

    // An empty citizen reader with the PSAM in place is only "no card", and asking costs no APDU.
    void emptyReaderWithThePsamInPlace()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        PcscCitizenCardService service;
        VERIFY_OK(service.unblockPin()); // selects the PSAM
        QVERIFY2(sim.remove(), qPrintable(sim.lastError()));
        const int psamApdus =
            sim.status().value(QLatin1String("psam")).toObject().value(QLatin1String("apdus")).toInt();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(service.pinStatus().error, CardError::NoCard);
        QCOMPARE(sim.status().value(QLatin1String("psam")).toObject().value(QLatin1String("apdus")).toInt(),
                 psamApdus);
    }

    void readerNotConfigured()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        ReaderConfig config;
        config.citizenReaderPattern = QStringLiteral("No Such Reader");
        PcscCitizenCardService service(config);
        const CardReadResult r = service.readCard();
        QCOMPARE(r.result.error, CardError::NoReader);
        QVERIFY(r.result.detail.contains(QLatin1String("Virtual PCD")));
    }
};

QTEST_GUILESS_MAIN(CardServiceTest)
#include "CardServiceTest.moc"
