#include "app/domain/PinPolicy.h"

#include <QTest>

using namespace carddesk;

Q_DECLARE_METATYPE(carddesk::PinViolation)

namespace {

RegionProfile region(InitialPinRule rule, const char* value = "123456")
{
    RegionProfile p;
    p.initialPinRule = rule;
    p.initialPinValue = QString::fromLatin1(value);
    return p;
}

const PinContext kHolder{QStringLiteral("11010519880302101X"), QDate(1988, 3, 2),
                         QStringLiteral("W49158758")};

bool breaks(const PinPolicy& policy, const char* pin, PinViolation v, const PinContext& context = kHolder)
{
    const SecureBuffer b = SecureBuffer::fromAscii(pin);
    return policy.check(b, nullptr, context).contains(v);
}

} // namespace

class PinPolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void acceptsAGoodPin()
    {
        const PinPolicy policy;
        const SecureBuffer a = SecureBuffer::fromAscii("482915");
        const SecureBuffer b = SecureBuffer::fromAscii("482915");
        QCOMPARE(policy.check(a, &b, kHolder), QList<PinViolation>());
    }

    void entriesMustBeEqual()
    {
        const PinPolicy policy;
        const SecureBuffer a = SecureBuffer::fromAscii("482915");
        const SecureBuffer b = SecureBuffer::fromAscii("482916");
        QCOMPARE(policy.check(a, &b, kHolder), QList<PinViolation>{PinViolation::EntriesDiffer});
    }

    void lengthAndDigits()
    {
        const PinPolicy policy;
        QVERIFY(breaks(policy, "48291", PinViolation::WrongLength));
        QVERIFY(breaks(policy, "4829157", PinViolation::WrongLength));
        QVERIFY(breaks(policy, "48291a", PinViolation::NotDigits));
        QVERIFY(breaks(policy, "", PinViolation::NotDigits));
        RegionProfile eight;
        eight.pinLength = 8;
        eight.initialPinValue = QStringLiteral("12345678");
        QVERIFY(!breaks(PinPolicy(eight), "48291573", PinViolation::WrongLength));
        QVERIFY(breaks(PinPolicy(eight), "482915", PinViolation::WrongLength));
    }

    void initialPinRules()
    {
        QVERIFY(
            breaks(PinPolicy(region(InitialPinRule::Fixed, "888888")), "888888", PinViolation::InitialPin));
        QVERIFY(
            !breaks(PinPolicy(region(InitialPinRule::Fixed, "888888")), "123456", PinViolation::InitialPin));
        QVERIFY(
            breaks(PinPolicy(region(InitialPinRule::Fixed, "000000")), "000000", PinViolation::InitialPin));
        // Last six of 11010519880302101X: "02101X" -> "021010" (X as 0) and "302101" (the six digits before
        // X).
        const PinPolicy idLastSix(region(InitialPinRule::IdLastSix));
        QVERIFY(breaks(idLastSix, "021010", PinViolation::InitialPin));
        QVERIFY(breaks(idLastSix, "302101", PinViolation::InitialPin));
        QVERIFY(!breaks(idLastSix, "482915", PinViolation::InitialPin));
        const PinContext digitsOnly{QStringLiteral("110105198803021016"), QDate(1988, 3, 2), {}};
        QVERIFY(breaks(idLastSix, "021016", PinViolation::InitialPin, digitsOnly));
        QVERIFY(
            breaks(PinPolicy(region(InitialPinRule::BirthDateYYMMDD)), "880302", PinViolation::InitialPin));
        // Card number W49158758: last six digits 158758.
        QVERIFY(
            breaks(PinPolicy(region(InitialPinRule::CardNumberLastSix)), "158758", PinViolation::InitialPin));
    }

    void message()
    {
        QCOMPARE(PinPolicy::message(PinViolation::InitialPin),
                 QStringLiteral("The new PIN must not be the initial PIN"));
        for (auto v : {PinViolation::WrongLength, PinViolation::NotDigits, PinViolation::InitialPin,
                       PinViolation::BirthDate, PinViolation::RepeatedDigits, PinViolation::SequentialDigits,
                       PinViolation::SameAsCurrent, PinViolation::EntriesDiffer}) {
            QVERIFY(!PinPolicy::message(v).isEmpty());
            QVERIFY(!pinViolationName(v).isEmpty());
        }
    }

    void birthDateForms_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::newRow("YYMMDD") << QByteArray("880302");
        QTest::newRow("YYYYMM") << QByteArray("198803");
        QTest::newRow("window 988030") << QByteArray("988030");
        QTest::newRow("MMDDYY") << QByteArray("030288");
        QTest::newRow("DDMMYY") << QByteArray("020388");
    }
    void birthDateForms()
    {
        QFETCH(QByteArray, pin);
        QVERIFY(breaks(PinPolicy(), pin.constData(), PinViolation::BirthDate));
    }

    void birthDateShortAndLongPins()
    {
        RegionProfile four;
        four.pinLength = 4;
        four.initialPinValue = QStringLiteral("1234");
        QVERIFY(breaks(PinPolicy(four), "0302", PinViolation::BirthDate)); // MMDD
        QVERIFY(breaks(PinPolicy(four), "1988", PinViolation::BirthDate)); // YYYY
        QVERIFY(!breaks(PinPolicy(four), "4829", PinViolation::BirthDate));
        RegionProfile eight;
        eight.pinLength = 8;
        eight.initialPinValue = QStringLiteral("12345678");
        QVERIFY(breaks(PinPolicy(eight), "19880302", PinViolation::BirthDate)); // YYYYMMDD
        QVERIFY(breaks(PinPolicy(eight), "03021988", PinViolation::BirthDate)); // MMDDYYYY
    }

    void trivialPatterns()
    {
        const PinPolicy policy;
        QVERIFY(breaks(policy, "111111", PinViolation::RepeatedDigits));
        QVERIFY(breaks(policy, "000000", PinViolation::RepeatedDigits));
        QVERIFY(breaks(policy, "123456", PinViolation::SequentialDigits));
        QVERIFY(breaks(policy, "654321", PinViolation::SequentialDigits));
        QVERIFY(breaks(policy, "789012", PinViolation::SequentialDigits));
        QVERIFY(breaks(policy, "321098", PinViolation::SequentialDigits));
        QVERIFY(!breaks(policy, "124578", PinViolation::SequentialDigits));
        QVERIFY(!breaks(policy, "111112", PinViolation::RepeatedDigits));
        // 123456 is the national initial PIN too: both reasons are reported.
        const SecureBuffer b = SecureBuffer::fromAscii("123456");
        const auto v = policy.check(b, nullptr, kHolder);
        QVERIFY(v.contains(PinViolation::InitialPin));
        QVERIFY(v.contains(PinViolation::SequentialDigits));
    }

    void sameAsCurrent()
    {
        const PinPolicy policy;
        const SecureBuffer current = SecureBuffer::fromAscii("482915");
        const SecureBuffer next = SecureBuffer::fromAscii("482915");
        QVERIFY(policy.check(next, nullptr, kHolder, &current).contains(PinViolation::SameAsCurrent));
        const SecureBuffer other = SecureBuffer::fromAscii("573920");
        QVERIFY(!policy.check(other, nullptr, kHolder, &current).contains(PinViolation::SameAsCurrent));
    }
};

QTEST_APPLESS_MAIN(PinPolicyTest)
#include "PinPolicyTest.moc"
