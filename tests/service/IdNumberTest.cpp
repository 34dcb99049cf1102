#include "app/identity/IdNumber.h"

#include <QRandomGenerator>
#include <QTest>

using carddesk::IdNumber;
using carddesk::IdNumberError;

Q_DECLARE_METATYPE(carddesk::IdNumberError)

namespace {

const QDate kToday(2026, 11, 22);
const char* const kProvinceCodes[] = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
                                      "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
                                      "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"};

// A random valid number: any province, a real date between 1900 and today, any sequence.
QString randomValidNumber(QRandomGenerator& rng, QDate* birth = nullptr, int* sex = nullptr)
{
    const QString province = QString::fromLatin1(kProvinceCodes[rng.bounded(34)]);
    const QString area = province + QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    const QDate date =
        QDate(1900, 1, 1).addDays(rng.bounded(static_cast<int>(QDate(1900, 1, 1).daysTo(kToday)) + 1));
    const int seq = rng.bounded(1000);
    const QString first17 = area + date.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    if (birth)
        *birth = date;
    if (sex)
        *sex = seq % 2 == 1 ? 1 : 2;
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

class IdNumberTest : public QObject
{
    Q_OBJECT
private slots:
    void knownNumber()
    {
        // The standard's own example.
        const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
        QVERIFY(id.isValid());
        QCOMPARE(id.toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(id.birthDate(), QDate(1949, 12, 31));
        QCOMPARE(id.sex(), 2); // sequence 002: even
        QCOMPARE(id.masked(), QStringLiteral("110105********002X"));
        QCOMPARE(id.areaCode(), QStringLiteral("110105"));
        QCOMPARE(id.provinceName(), QStringLiteral("Beijing"));
        QCOMPARE(id.ageOn(QDate(2026, 11, 22)), 76);
        QCOMPARE(id.ageOn(QDate(2026, 12, 30)), 76);
        QCOMPARE(id.ageOn(QDate(2026, 12, 31)), 77);
        QVERIFY(!id.wasUpgradedFrom15());
    }

    void toleratesTypingVariants()
    {
        QCOMPARE(IdNumber::parse(QStringLiteral(" 110105 19491231 002x "), kToday).toString(),
                 QStringLiteral("11010519491231002X"));
        // Full-width digits and X, as some input methods produce them.
        QCOMPARE(IdNumber::parse(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), kToday).toString(),
                 QStringLiteral("11010519491231002X"));
    }

    void upgradesFifteenDigits()
    {
        QCOMPARE(IdNumber::upgrade15(QStringLiteral("110105491231002")),
                 QStringLiteral("11010519491231002X"));
        const IdNumber id = IdNumber::parse(QStringLiteral("110105491231002"), kToday);
        QVERIFY(id.isValid());
        QVERIFY(id.wasUpgradedFrom15());
        QCOMPARE(id.toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(id.sex(), 2);
        QVERIFY(IdNumber::upgrade15(QStringLiteral("11010549123100")).isEmpty());
        QVERIFY(IdNumber::upgrade15(QStringLiteral("11010549123100X")).isEmpty());
        // A legacy number with an impossible date is still refused after the upgrade.
        QCOMPARE(IdNumber::parse(QStringLiteral("110105490231002"), kToday).error(),
                 IdNumberError::InvalidDate);
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<IdNumberError>("error");
        QTest::newRow("empty") << QString() << IdNumberError::Empty;
        QTest::newRow("spaces") << QStringLiteral("   ") << IdNumberError::Empty;
        QTest::newRow("17 chars") << QStringLiteral("11010519491231002") << IdNumberError::WrongLength;
        QTest::newRow("19 chars") << QStringLiteral("11010519491231002X1") << IdNumberError::WrongLength;
        QTest::newRow("letter inside")
            << QStringLiteral("1101051949123A002X") << IdNumberError::InvalidCharacter;
        QTest::newRow("X not last") << QStringLiteral("1101051949123100X2")
                                    << IdNumberError::InvalidCharacter;
        QTest::newRow("X in 15") << QStringLiteral("11010549123100X") << IdNumberError::InvalidCharacter;
        QTest::newRow("province 00") << QStringLiteral("000105194912310021") << IdNumberError::UnknownArea;
        QTest::newRow("province 99") << QStringLiteral("990105194912310021") << IdNumberError::UnknownArea;
        QTest::newRow("province 16") << QStringLiteral("160105194912310021") << IdNumberError::UnknownArea;
        QTest::newRow("Feb 30") << QStringLiteral("110105194902300021") << IdNumberError::InvalidDate;
        QTest::newRow("month 13") << QStringLiteral("110105194913010021") << IdNumberError::InvalidDate;
        QTest::newRow("Feb 29 1900") << QStringLiteral("110105190002290021") << IdNumberError::InvalidDate;
        QTest::newRow("year 1899") << QStringLiteral("110105189912310021") << IdNumberError::InvalidDate;
        QTest::newRow("tomorrow") << QStringLiteral("110105202611230021") << IdNumberError::FutureDate;
        QTest::newRow("check char") << QStringLiteral("110105194912310021")
                                    << IdNumberError::WrongCheckCharacter;
    }
    void rejections()
    {
        QFETCH(QString, text);
        QFETCH(IdNumberError, error);
        const IdNumber id = IdNumber::parse(text, kToday);
        QVERIFY(!id.isValid());
        QCOMPARE(id.error(), error);
        QVERIFY(id.toString().isEmpty());
        QVERIFY(!id.errorMessage().isEmpty());
        QVERIFY(!carddesk::idNumberErrorName(error).isEmpty());
    }

    void leapDayAndToday()
    {
        const QString first17 = QStringLiteral("32010420000229123");
        QVERIFY(IdNumber::parse(first17 + IdNumber::checkCharacter(first17), kToday).isValid());
        const QString born =
            QStringLiteral("440305") + kToday.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001");
        QVERIFY(IdNumber::parse(born + IdNumber::checkCharacter(born), kToday).isValid());
    }

    void maskNeverShowsAWholeNumber()
    {
        QCOMPARE(IdNumber::mask(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
        QCOMPARE(IdNumber::mask(QStringLiteral("123456")), QStringLiteral("12****"));
        QCOMPARE(IdNumber::mask(QString()), QString());
        QCOMPARE(IdNumber(), IdNumber());
        QVERIFY(IdNumber().masked().isEmpty());
    }

    void allProvinceCodes()
    {
        int n = 0;
        for (int code = 0; code < 100; ++code)
            if (IdNumber::isProvinceCode(QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'))))
                ++n;
        QCOMPARE(n, 34);
    }

    // Property: every generated valid number passes, with the birth date and sex it was made from.
    void propertyGeneratedNumbersPass()
    {
        QRandomGenerator rng(20261122);
        for (int i = 0; i < 5000; ++i) {
            QDate birth;
            int sex = 0;
            const QString number = randomValidNumber(rng, &birth, &sex);
            const IdNumber id = IdNumber::parse(number, kToday);
            QVERIFY2(id.isValid(), qPrintable(number + QLatin1Char(' ') + id.errorMessage()));
            QCOMPARE(id.birthDate(), birth);
            QCOMPARE(id.sex(), sex);
            QCOMPARE(id.toString(), number);
        }
    }

    // Property: any single-character change (to any other digit or X), and any swap of two adjacent different
    // characters, makes the number invalid.
    void propertyAnySingleChangeFails()
    {
        QRandomGenerator rng(4711);
        const QString alphabet = QStringLiteral("0123456789X");
        int checked = 0;
        for (int i = 0; i < 300; ++i) {
            const QString number = randomValidNumber(rng);
            for (int pos = 0; pos < 18; ++pos) {
                for (QChar c : alphabet) {
                    if (c == number[pos])
                        continue;
                    QString changed = number;
                    changed[pos] = c;
                    QVERIFY2(!IdNumber::parse(changed, kToday).isValid(),
                             qPrintable(number + QStringLiteral(" -> ") + changed));
                    ++checked;
                }
                if (pos < 17 && number[pos] != number[pos + 1]) {
                    QString swapped = number;
                    std::swap(swapped[pos], swapped[pos + 1]);
                    QVERIFY2(!IdNumber::parse(swapped, kToday).isValid(),
                             qPrintable(number + QStringLiteral(" -> ") + swapped));
                }
            }
        }
        QCOMPARE(checked, 300 * 18 * 10);
    }
};

QTEST_APPLESS_MAIN(IdNumberTest)
#include "IdNumberTest.moc"
