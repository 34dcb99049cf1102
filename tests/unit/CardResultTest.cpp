#include "smartcard/CardResult.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using carddesk::CardError;
using carddesk::CardResult;

class CardResultTest : public QObject
{
    Q_OBJECT
private slots:
    void mapsStatusWords_data()
    {
        QTest::addColumn<int>("sw");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("tries");
        QTest::newRow("9000") << 0x9000 << int(CardError::None) << -1;
        QTest::newRow("63C2") << 0x63C2 << int(CardError::WrongPin) << 2;
        QTest::newRow("63C0") << 0x63C0 << int(CardError::PinBlocked) << 0;
        QTest::newRow("6983") << 0x6983 << int(CardError::PinBlocked) << 0;
        QTest::newRow("6985") << 0x6985 << int(CardError::ConditionsNotSatisfied) << -1;
        QTest::newRow("6982") << 0x6982 << int(CardError::SecurityStatusNotSatisfied) << -1;
        QTest::newRow("6984") << 0x6984 << int(CardError::ReferenceDataInvalid) << -1;
        QTest::newRow("6988") << 0x6988 << int(CardError::MacInvalid) << -1;
        QTest::newRow("9302") << 0x9302 << int(CardError::MacInvalid) << -1;
        QTest::newRow("6A82") << 0x6A82 << int(CardError::FileNotFound) << -1;
        QTest::newRow("6A83") << 0x6A83 << int(CardError::RecordNotFound) << -1;
        QTest::newRow("6A88") << 0x6A88 << int(CardError::KeyNotFound) << -1;
        QTest::newRow("6700") << 0x6700 << int(CardError::WrongLength) << -1;
        QTest::newRow("9303") << 0x9303 << int(CardError::ApplicationLocked) << -1;
        QTest::newRow("6F00") << 0x6F00 << int(CardError::UnexpectedStatus) << -1;
    }
    void mapsStatusWords()
    {
        QFETCH(int, sw);
        QFETCH(int, error);
        QFETCH(int, tries);
        const CardResult r = CardResult::fromStatusWord(static_cast<std::uint16_t>(sw));
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.triesLeft, tries);
        QCOMPARE(r.sw, static_cast<std::uint16_t>(sw));
        QVERIFY(!r.message().isEmpty());
        QVERIFY(!carddesk::cardErrorName(r.error).isEmpty());
    }
    void wrongPinMessageNamesTriesLeft()
    {
        const CardResult r = CardResult::fromStatusWord(0x63C2);
        QVERIFY2(r.message().contains(QLatin1String("2")), qPrintable(r.message()));
        QCOMPARE(r.statusWordText(), QStringLiteral("63C2"));
    }
    void wrongReaderSaysWhichCardIsWhere()
    {
        using carddesk::MisplacedCard;
        const CardResult inSam =
            CardResult::wrongReader(MisplacedCard::CitizenCardInSamReader, QStringLiteral("x"));
        const CardResult samIn = CardResult::wrongReader(MisplacedCard::SamInCitizenReader, {});
        const CardResult other = CardResult::wrongReader(MisplacedCard::CitizenCardInOtherReader, {});
        const CardResult plain = CardResult::failure(CardError::WrongReader);
        QCOMPARE(inSam.error, CardError::WrongReader);
        QCOMPARE(inSam.detail, QStringLiteral("x"));
        QCOMPARE(plain.misplacedCard, MisplacedCard::Unknown);
        QCOMPARE(carddesk::cardErrorName(CardError::WrongReader), QStringLiteral("wrong-reader"));
        QVERIFY(!inSam.ok());
        // Four different sentences, none of them the "no card" one.
        const QStringList texts{inSam.message(), samIn.message(), other.message(), plain.message()};
        for (const QString& t : texts) {
            QVERIFY(!t.isEmpty());
            QCOMPARE(texts.count(t), 1);
            QVERIFY(t != CardResult::failure(CardError::NoCard).message());
        }
        QVERIFY2(inSam.message().contains(QLatin1String("PSAM reader")), qPrintable(inSam.message()));
        QVERIFY2(samIn.message().contains(QLatin1String("PSAM card")), qPrintable(samIn.message()));
    }
};

QTEST_GUILESS_MAIN(CardResultTest)
#include "CardResultTest.moc"
