// The SSSE protocol and the PSAM module against scripted transports: the exact command APDUs CardDesk
// sends, every status word of domain.md §3, T=0 (61xx, 6Cxx), malformed answers, and the APDU trace.
#include "smartcard/crypto/CardCrypto.h"
#include "smartcard/pcsc/ApduChannel.h"
#include "smartcard/pcsc/ScriptedTransport.h"
#include "smartcard/protocol/SsseApplication.h"
#include "smartcard/sam/PsamModule.h"

#include <QTest>

using namespace carddesk;

namespace {
const char* kSelect = "00A404000F7378312E73682EC9E7BBE1B1A3D5CF00";
const char* kFciSm4 = "6F19840F7378312E73682EC9E7BBE1B1A3D5CFA5069F0C03860103 9000";
const char* kEf05 =
    "0110110105D1560000050000000000012345 0304322E3030 050420210315 060420310315 0709573439313538373538 9000";
const char* kCardId = "110105D1560000050000000000012345";

QByteArray hex(const char* h)
{
    return hexBytes(h);
}
} // namespace

class CardProtocolTest : public QObject
{
    Q_OBJECT
private slots:
    void selectParsesAlgorithmFlag()
    {
        ScriptedTransport t;
        t.expect(kSelect, kFciSm4);
        ApduChannel ch(t);
        SsseApplication app(ch);
        records::Fci fci;
        QVERIFY(app.select(&fci).ok());
        QCOMPARE(fci.algorithm, CardAlgorithm::Sm4);
        QVERIFY2(t.allConsumed(), qPrintable(t.mismatches().join('\n')));
        QCOMPARE(ch.apduCount(), 1);
    }

    void selectOnCardWithoutSsse()
    {
        ScriptedTransport t;
        t.expect(kSelect, "6A82");
        ApduChannel ch(t);
        const CardResult r = SsseApplication(ch).select();
        QCOMPARE(r.error, CardError::FileNotFound);
        QCOMPARE(r.sw, std::uint16_t(0x6A82));
    }

    void t0GetResponseAndWrongLe()
    {
        ScriptedTransport t;
        t.expect(kSelect, "611B")
            .expect("00C000001B", "6F19840F7378312E73682EC9E7BBE1B1A3D5CFA5069F0C0386010190 00")
            .expect("00B2012D00", "6C2F")
            .expect("00B2012D2F", kEf05);
        ApduChannel ch(t);
        SsseApplication app(ch);
        records::Fci fci;
        QVERIFY(app.select(&fci).ok());
        QCOMPARE(fci.algorithm, CardAlgorithm::TripleDes);
        CardData card;
        const CardResult r = app.readCardData(card);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(card.cardNumber, QStringLiteral("W49158758"));
        QCOMPARE(ch.apduCount(), 4);
        QVERIFY2(t.allConsumed(), qPrintable(t.mismatches().join('\n')));
    }

    void chainedGetResponse()
    {
        ScriptedTransport t;
        t.expect("00B2012D00", "0110110105D15600000500000000000123 6112")
            .expect("00C0000012", "45 0304322E3030 050420210315 0604203103 610C")
            .expect("00C000000C", "15 0709573439313538373538 9000");
        ApduChannel ch(t);
        const ApduResponse r = ch.exchange(hex("00B2012D00"));
        QVERIFY(r.isOk());
        CardData card;
        QVERIFY(records::parseCardData(r.data, card));
        QCOMPARE(card.expiryDate, QDate(2031, 3, 15));
    }

    void fallsBackToRecordByRecord()
    {
        ScriptedTransport t;
        t.expect("00B2013500", "6A86")
            .expect("00B2083000", "0812313130313035313934393132333130303258 9000")
            .expect("00B2093000", "091ED5C5C8FD000000000000000000000000000000000000000000000000000000 9000")
            .expect("00B24E3000", "6A83")
            .expect("00B20A3000", "0A0131 9000")
            .expect("00B20B3000", "0B0101 9000")
            .expect("00B20D3000", "0D0419491231 9000");
        ApduChannel ch(t);
        SsseApplication app(ch);
        HolderData h;
        const CardResult r = app.readHolderData(h);
        QVERIFY2(r.ok(), qPrintable(r.detail + t.mismatches().join('\n')));
        QCOMPARE(h.name, QStringLiteral("张三"));
        QCOMPARE(h.idNumber.size(), 18);
        QVERIFY2(t.allConsumed(), qPrintable(t.mismatches().join('\n')));
    }

    void ef06WithoutAuthentication()
    {
        ScriptedTransport t;
        t.expect("00B2013500", "6982");
        ApduChannel ch(t);
        HolderData h;
        QCOMPARE(SsseApplication(ch).readHolderData(h).error, CardError::SecurityStatusNotSatisfied);
    }

    void pinStatusConsumesNothing_data()
    {
        QTest::addColumn<QString>("sw");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("tries");
        QTest::newRow("63C3") << "63C3" << int(CardError::None) << 3;
        QTest::newRow("63C1") << "63C1" << int(CardError::None) << 1;
        QTest::newRow("63C0") << "63C0" << int(CardError::PinBlocked) << 0;
        QTest::newRow("6983") << "6983" << int(CardError::PinBlocked) << 0;
        QTest::newRow("9303") << "9303" << int(CardError::ApplicationLocked) << -1;
    }
    void pinStatusConsumesNothing()
    {
        QFETCH(QString, sw);
        QFETCH(int, error);
        QFETCH(int, tries);
        ScriptedTransport t;
        t.expect("00200000", sw.toLatin1().constData());
        ApduChannel ch(t);
        const CardResult r = SsseApplication(ch).pinStatus();
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.triesLeft, tries);
        QCOMPARE(t.received().first().size(), 4); // no data: a status query, not an attempt
    }

    void verifyMapsEveryStatusWord_data()
    {
        QTest::addColumn<QString>("sw");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("tries");
        QTest::newRow("9000") << "9000" << int(CardError::None) << -1;
        QTest::newRow("63C2") << "63C2" << int(CardError::WrongPin) << 2;
        QTest::newRow("63C0") << "63C0" << int(CardError::PinBlocked) << 0;
        QTest::newRow("6983") << "6983" << int(CardError::PinBlocked) << 0;
        QTest::newRow("6985") << "6985" << int(CardError::ConditionsNotSatisfied) << -1;
        QTest::newRow("6982") << "6982" << int(CardError::SecurityStatusNotSatisfied) << -1;
        QTest::newRow("6984") << "6984" << int(CardError::ReferenceDataInvalid) << -1;
        QTest::newRow("6988") << "6988" << int(CardError::MacInvalid) << -1;
        QTest::newRow("9302") << "9302" << int(CardError::MacInvalid) << -1;
        QTest::newRow("6A82") << "6A82" << int(CardError::FileNotFound) << -1;
        QTest::newRow("6A83") << "6A83" << int(CardError::RecordNotFound) << -1;
        QTest::newRow("6A88") << "6A88" << int(CardError::KeyNotFound) << -1;
        QTest::newRow("6700") << "6700" << int(CardError::WrongLength) << -1;
        QTest::newRow("9303") << "9303" << int(CardError::ApplicationLocked) << -1;
        QTest::newRow("6F00") << "6F00" << int(CardError::UnexpectedStatus) << -1;
    }
    void verifyMapsEveryStatusWord()
    {
        QFETCH(QString, sw);
        QFETCH(int, error);
        QFETCH(int, tries);
        ScriptedTransport t;
        t.expect("0020000003123456", sw.toLatin1().constData());
        ApduChannel ch(t);
        const CardResult r = SsseApplication(ch).verify(SecureBuffer::fromAscii("123456"));
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.triesLeft, tries);
        QCOMPARE(r.statusWordText(), sw);
        QVERIFY(!r.message().isEmpty());
        QVERIFY2(t.allConsumed(), qPrintable(t.mismatches().join('\n')));
    }

    void pinEncoding()
    {
        ScriptedTransport t;
        t.expect("00200000033456 7F", "9000").expect("805E0100071234 56FF654321", "9000");
        ApduChannel ch(t);
        SsseApplication app(ch);
        QVERIFY(app.verify(SecureBuffer::fromAscii("34567")).ok());
        QVERIFY(app.change(SecureBuffer::fromAscii("123456"), SecureBuffer::fromAscii("654321")).ok());
        QVERIFY2(t.allConsumed(), qPrintable(t.mismatches().join('\n')));
        // Bad PINs never reach the card.
        QCOMPARE(app.verify(SecureBuffer::fromAscii("12a4")).error, CardError::WrongLength);
        QCOMPARE(app.verify(SecureBuffer::fromAscii("123")).error, CardError::WrongLength);
        QCOMPARE(t.received().size(), 2);
    }

    void traceBlanksPinData()
    {
        ScriptedTransport t;
        t.expect("0020000003123456", "63C2").expect("805E0100071234 56FF654321", "9000");
        ApduTrace trace;
        ApduChannel ch(t, &trace);
        SsseApplication app(ch);
        app.verify(SecureBuffer::fromAscii("123456"));
        app.change(SecureBuffer::fromAscii("123456"), SecureBuffer::fromAscii("654321"));
        const auto entries = trace.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].command, hex("0020000003") + QByteArray(3, '*'));
        QVERIFY(entries[0].blanked);
        const QString all = trace.lines().join('\n');
        QVERIFY(!all.contains(QLatin1String("123456")));
        QVERIFY(!all.contains(QLatin1String("654321")));
        QVERIFY(all.contains(QLatin1String("63C2")));
        QVERIFY(ApduTrace::isPinBearing(hex("80FA0700100102")));
        QVERIFY(!ApduTrace::isPinBearing(hex("80FA0100100102")));
        QVERIFY(!ApduTrace::isPinBearing(hex("00200000"))); // status query has no data
    }

    void traceBlanksHolderData()
    {
        ScriptedTransport t;
        t.expect("00B2013500", "0812313130313035313934393132333130303258 9000");
        ApduTrace trace;
        ApduChannel ch(t, &trace);
        QVERIFY(ch.exchange(hex("00B2013500")).isOk());
        const QString line = trace.lines().join('\n');
        QVERIFY2(!line.contains(QLatin1String("3131303130353139")), qPrintable(line));
        QVERIFY(line.endsWith(QLatin1String("9000 (0.00 ms)")) || line.contains(QLatin1String("9000 (")));
        QCOMPARE(trace.entries().first().response.right(2), hex("9000"));
    }

    void resetPinCommands()
    {
        // Card: GET CHALLENGE, 84 24; PSAM: derive the card key, PIN reload cryptogram.
        ScriptedTransport card, psam;
        psam.expect("00A404000D434152444445534B2E5053414D", "9000")
            .expect("801A0101 10 110105FFFFFFFFFF 0000000000012345", "9000")
            .expectPrefix("80FA0700 11 0102030405060708 842400010C 06123456",
                          "A1A2A3A4A5A6A7A8 B1B2B3B4 9000");
        card.expect("0084000008", "0102030405060708 9000")
            .expect("842400010C A1A2A3A4A5A6A7A8 B1B2B3B4", "9000");
        ApduChannel cardCh(card), psamCh(psam);
        PsamModule sam(psamCh);
        QVERIFY(sam.open().ok());
        SsseApplication app(cardCh);
        const SecureBuffer pin = SecureBuffer::fromAscii("123456");
        const CardResult r = app.reload(sam, CardAlgorithm::TripleDes, hex(kCardId), &pin);
        QVERIFY2(r.ok(), qPrintable(r.detail + card.mismatches().join('\n') + psam.mismatches().join('\n')));
        QVERIFY2(card.allConsumed(), qPrintable(card.mismatches().join('\n')));
        QVERIFY2(psam.allConsumed(), qPrintable(psam.mismatches().join('\n')));
        QCOMPARE(cardCh.apduCount() + psamCh.apduCount() - 1, 4); // the minimum: 2 card + 2 PSAM
    }

    void unblockSendsMacOnly()
    {
        ScriptedTransport card, psam;
        psam.expect("801A0103 10 110105FFFFFFFFFF 0000000000012345", "9000")
            .expect("80FA0700 0D 0102030405060708 8424000004 00", "C1C2C3C4 9000");
        card.expect("0084000008", "0102030405060708 9000").expect("8424000004 C1C2C3C4", "6988");
        ApduChannel cardCh(card), psamCh(psam);
        PsamModule sam(psamCh);
        const CardResult r = SsseApplication(cardCh).reload(sam, CardAlgorithm::Sm4, hex(kCardId), nullptr);
        QCOMPARE(r.error, CardError::MacInvalid);
        QVERIFY2(card.allConsumed() && psam.allConsumed(),
                 qPrintable(card.mismatches().join('\n') + psam.mismatches().join('\n')));
    }

    void samRefusalIsSamError()
    {
        ScriptedTransport card, psam;
        psam.expect("801A0101 10 110105FFFFFFFFFF 0000000000012345", "6A88");
        ApduChannel cardCh(card), psamCh(psam);
        PsamModule sam(psamCh);
        const SecureBuffer pin = SecureBuffer::fromAscii("123456");
        const CardResult r =
            SsseApplication(cardCh).reload(sam, CardAlgorithm::TripleDes, hex(kCardId), &pin);
        QCOMPARE(r.error, CardError::SamError);
        QCOMPARE(r.sw, std::uint16_t(0x6A88));
        QCOMPARE(card.received().size(), 0); // nothing sent to the citizen card
    }

    void mutualAuthentication()
    {
        // The PSAM returns E(rnd) || E(challenge); the card must return the same E(rnd).
        for (bool genuine : {true, false}) {
            ScriptedTransport card, psam;
            const QByteArray eRnd = hex("00112233445566778899AABBCCDDEEFF");
            const QByteArray eChal = hex("FFEEDDCCBBAA99887766554433221100");
            card.expectPrefix("0088000108", (genuine ? eRnd : QByteArray(16, 'x')) + hex("9000"))
                .expect("0084000008", "0102030405060708 9000");
            psam.expect("801A0203 10 110105FFFFFFFFFF 0000000000012345", "9000")
                .expectPrefix("80FA010020", eRnd + eChal + hex("9000"));
            if (genuine)
                card.expect("0082000110 FFEEDDCCBBAA99887766554433221100", "9000");
            ApduChannel cardCh(card), psamCh(psam);
            PsamModule sam(psamCh);
            const CardResult r =
                SsseApplication(cardCh).mutualAuthenticate(sam, CardAlgorithm::Sm4, hex(kCardId));
            QCOMPARE(r.error, genuine ? CardError::None : CardError::WrongCard);
            QVERIFY2(card.allConsumed(), qPrintable(card.mismatches().join('\n')));
            // The PSAM encrypts the card's own challenge, padded (method 2) to 16 bytes.
            QCOMPARE(psam.received().last().mid(5 + 16, 16), hex("01020304050607088000000000000000"));
        }
    }

    void malformedAnswers()
    {
        ScriptedTransport t;
        t.expect(kSelect, "90")
            .expect(kSelect, "")
            .expect(kSelect, "6F05 8403 9000")
            .expect("00B2012D00", "0120 9000");
        ApduChannel ch(t);
        SsseApplication app(ch);
        QCOMPARE(app.select().error, CardError::MalformedResponse);
        QCOMPARE(app.select().error, CardError::MalformedResponse);
        QCOMPARE(app.select().error, CardError::MalformedResponse);
        CardData c;
        QCOMPARE(app.readCardData(c).error, CardError::MalformedResponse);
    }

    void transportFailurePropagates()
    {
        ScriptedTransport t;
        t.failOn("0084", CardError::CardRemoved);
        ScriptedTransport psam;
        psam.expect("801A0101 10 110105FFFFFFFFFF 0000000000012345", "9000");
        ApduChannel ch(t), psamCh(psam);
        PsamModule sam(psamCh);
        const SecureBuffer pin = SecureBuffer::fromAscii("123456");
        QCOMPARE(SsseApplication(ch).reload(sam, CardAlgorithm::TripleDes, hex(kCardId), &pin).error,
                 CardError::CardRemoved);
    }

    void pinBlockFormat()
    {
        SecureBuffer block;
        QVERIFY(SsseApplication::buildPinBlock(SecureBuffer::fromAscii("12345"), block));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(block.data()), int(block.size())), hex("0512345F"));
        QVERIFY(!SsseApplication::buildPinBlock(SecureBuffer::fromAscii("12345678901234567"), block));
    }
};

QTEST_GUILESS_MAIN(CardProtocolTest)
#include "CardProtocolTest.moc"
