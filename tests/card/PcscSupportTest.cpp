// PC/SC support code that needs no reader: SCARD_* mapping, reader selection by name patterns, the PIN pad
// feature list and PIN_VERIFY/PIN_MODIFY structures (vpcd has no SCardControl, so these are tested here).
#include "smartcard/pcsc/Pcsc.h"
#include "smartcard/pcsc/PinPad.h"
#include "smartcard/pcsc/ReaderSelection.h"

#include <QTest>

using namespace carddesk;

class PcscSupportTest : public QObject
{
    Q_OBJECT
private slots:
    void mapsPcscErrors()
    {
        QCOMPARE(pcsc::toCardError(SCARD_E_NO_SERVICE), CardError::ServiceUnavailable);
        QCOMPARE(pcsc::toCardError(SCARD_E_SERVICE_STOPPED), CardError::ServiceUnavailable);
        QCOMPARE(pcsc::toCardError(SCARD_E_NO_SMARTCARD), CardError::NoCard);
        QCOMPARE(pcsc::toCardError(SCARD_W_REMOVED_CARD), CardError::CardRemoved);
        QCOMPARE(pcsc::toCardError(SCARD_E_UNKNOWN_READER), CardError::NoReader);
        QCOMPARE(pcsc::toCardError(SCARD_E_READER_UNAVAILABLE), CardError::NoReader);
        QCOMPARE(pcsc::toCardError(SCARD_E_SHARING_VIOLATION), CardError::ReaderBusy);
        QCOMPARE(pcsc::toCardError(SCARD_W_UNRESPONSIVE_CARD), CardError::WrongCard);
        QCOMPARE(pcsc::toCardError(SCARD_E_CANCELLED), CardError::Cancelled);
        QCOMPARE(pcsc::toCardError(SCARD_F_COMM_ERROR), CardError::Transport);
        const QString text = pcsc::errorText(SCARD_E_NO_SERVICE);
        QVERIFY(text.contains(QLatin1String("SCARD_E_NO_SERVICE")));
        QVERIFY(text.contains(QLatin1String("pcscd")));
        QVERIFY(pcsc::errorText(LONG(0x80100FFF)).contains(QLatin1String("unknown")));
        const CardResult r = pcsc::toResult(SCARD_W_REMOVED_CARD, QStringLiteral("SCardTransmit"));
        QCOMPARE(r.error, CardError::CardRemoved);
        QVERIFY(r.detail.startsWith(QLatin1String("SCardTransmit: SCARD_W_REMOVED_CARD")));
    }

    void choosesReaders()
    {
        const QStringList vpcd{QStringLiteral("Virtual PCD 00 00"), QStringLiteral("Virtual PCD 00 01")};
        ReaderChoice c = chooseReaders(vpcd, ReaderConfig{});
        QCOMPARE(c.citizenReader, vpcd[0]);
        QCOMPARE(c.samReader, vpcd[1]);
        const QStringList real{QStringLiteral("Generic EMV Smartcard Reader [SAM] 01 00"),
                               QStringLiteral("Generic EMV Smartcard Reader 00 00")};
        c = chooseReaders(real, ReaderConfig{});
        QCOMPARE(c.citizenReader, real[1]);
        QCOMPARE(c.samReader, real[0]);
        ReaderConfig custom;
        custom.citizenReaderPattern = QStringLiteral("ACS");
        custom.samReaderPattern = QStringLiteral("Gemalto");
        c = chooseReaders({QStringLiteral("Gemalto PC Twin 00 00"), QStringLiteral("Foo 00 00"),
                           QStringLiteral("ACS ACR39U 01 00")},
                          custom);
        QCOMPARE(c.citizenReader, QStringLiteral("ACS ACR39U 01 00"));
        QCOMPARE(c.samReader, QStringLiteral("Gemalto PC Twin 00 00"));
        c = chooseReaders({}, ReaderConfig{});
        QVERIFY(c.citizenReader.isEmpty() && c.samReader.isEmpty());
    }

    void parsesFeatureList()
    {
        const auto f = pinpad::parseFeatures(QByteArray::fromHex("060442330006"
                                                                 "070442330007"
                                                                 "120442330012"));
        QVERIFY(f);
        QCOMPARE(f->value(pinpad::FeatureVerifyPinDirect), 0x42330006u);
        QCOMPARE(f->value(pinpad::FeatureModifyPinDirect), 0x42330007u);
        QCOMPARE(f->size(), 3);
        QVERIFY(pinpad::parseFeatures({})->isEmpty());
        QVERIFY(!pinpad::parseFeatures(QByteArray::fromHex("0604423300"))); // truncated
        QVERIFY(!pinpad::parseFeatures(QByteArray::fromHex("06024233")));   // wrong length
        QCOMPARE(pinpad::getFeatureRequestCode(), std::uint32_t(0x42000000 + 3400));
    }

    void verifyStructure()
    {
        const QByteArray s = pinpad::buildVerifyStructure();
        // 19 bytes of header (PC/SC part 10 PIN_VERIFY_STRUCTURE) then the APDU template.
        QCOMPARE(s.toHex().toUpper(), QByteArray("1E1E810600"
                                                 "0C04"
                                                 "02"
                                                 "01"
                                                 "0408"
                                                 "00"
                                                 "000000"
                                                 "0B000000"
                                                 "0020000006FFFFFFFFFFFF"));
    }

    void modifyStructure()
    {
        const QByteArray s = pinpad::buildModifyStructure();
        QCOMPARE(s.toHex().toUpper(), QByteArray("1E1E81060000070C04030203040800010200000012000000"
                                                 "805E01000DFFFFFFFFFFFFFFFFFFFFFFFFFF"));
        QCOMPARE(int(static_cast<unsigned char>(s[6])),
                 7); // new PIN after old (6 bytes) and the FF separator
    }

    void pinPadAnswers()
    {
        QCOMPARE(pinpad::pinPadResult(QByteArray::fromHex("9000")).error, CardError::None);
        QCOMPARE(pinpad::pinPadResult(QByteArray::fromHex("63C1")).triesLeft, 1);
        QCOMPARE(pinpad::pinPadResult(QByteArray::fromHex("6400")).error, CardError::PinPadTimeout);
        QCOMPARE(pinpad::pinPadResult(QByteArray::fromHex("6401")).error, CardError::PinPadCancelled);
        QCOMPARE(pinpad::pinPadResult(QByteArray::fromHex("64")).error, CardError::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(PcscSupportTest)
#include "PcscSupportTest.moc"
