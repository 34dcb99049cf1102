// The TLV, field and record parsers on well-formed and malformed card answers.
#include "smartcard/protocol/CardRecords.h"
#include "smartcard/protocol/Tlv.h"

#include <QStringEncoder>
#include <QTest>

using namespace carddesk;

namespace {
QByteArray hex(const char* h)
{
    return QByteArray::fromHex(h);
}
QByteArray rec(int tag, const QByteArray& v)
{
    return QByteArray(1, char(tag)) + QByteArray(1, char(v.size())) + v;
}
QByteArray gbk(const QString& s, int size)
{
    QStringEncoder e("GB18030");
    QByteArray b = e.encode(s);
    b.append(QByteArray(size - b.size(), '\0'));
    return b;
}
} // namespace

class CardParsersTest : public QObject
{
    Q_OBJECT
private slots:
    void tlvLengthForms()
    {
        const auto e = tlv::parse(hex("0102AABB") + hex("9F0C03860103") + hex("5F2081") +
                                  QByteArray(1, char(0x80)) + QByteArray(0x80, 'x'));
        QVERIFY(e);
        QCOMPARE(e->size(), 3);
        QCOMPARE(e->at(1).tag, 0x9F0Cu);
        QCOMPARE(e->at(2).tag, 0x5F20u);
        QCOMPARE(e->at(2).value.size(), 0x80);
        QVERIFY(!tlv::parse(hex("0105AABB")));      // value runs past the end
        QVERIFY(!tlv::parse(hex("9F")));            // tag cut off
        QVERIFY(!tlv::parse(hex("01")));            // length missing
        QVERIFY(!tlv::parse(hex("0183000001")));    // length form not supported
        QVERIFY(tlv::parse(hex("0101AA0000FFFF"))); // filler after records
    }

    void bcdAnDates()
    {
        QCOMPARE(*tlv::decodeBcd(hex("123456")), QStringLiteral("123456"));
        QCOMPARE(*tlv::decodeBcd(hex("12345F")), QStringLiteral("12345"));
        QVERIFY(!tlv::decodeBcd(hex("1A")));
        QVERIFY(!tlv::decodeBcd(hex("F1"))); // digit after padding
        QCOMPARE(*tlv::decodeAn(QByteArrayLiteral("2.00")), QStringLiteral("2.00"));
        QCOMPARE(*tlv::decodeAn(hex("57343900")), QStringLiteral("W49"));
        QVERIFY(!tlv::decodeAn(hex("0102")));
        QCOMPARE(*tlv::decodeDate(hex("20240229")), QDate(2024, 2, 29));
        QVERIFY(!tlv::decodeDate(hex("20230229")));
        QVERIFY(!tlv::decodeDate(hex("202302")));
        QCOMPARE(tlv::encodeBcd("12345"), hex("12345F"));
    }

    void gbkNames()
    {
        QCOMPARE(tlv::decodeGbk(hex("D5C5C8FD") + QByteArray(26, '\0')), QStringLiteral("张三"));
        QCOMPARE(tlv::decodeGbk(gbk(QStringLiteral("买买提·艾力"), 30)), QStringLiteral("买买提·艾力"));
    }

    void fci()
    {
        auto f = records::parseFci(hex("6F19840F7378312E73682EC9E7BBE1B1A3D5CFA5069F0C03860103"));
        QVERIFY(f);
        QCOMPARE(f->algorithm, CardAlgorithm::Sm4);
        QCOMPARE(f->dfName, hex("7378312E73682EC9E7BBE1B1A3D5CF"));
        f = records::parseFci(hex("6F03840100"));
        QVERIFY(f);
        QCOMPARE(f->algorithm, CardAlgorithm::TripleDes); // absent flag: 3DES
        QVERIFY(records::parseFci({}));
        QString error;
        QVERIFY(!records::parseFci(hex("6F06A5049F0C0186"), &error));     // broken inner TLV
        QVERIFY(!records::parseFci(hex("6F08A5069F0C03860107"), &error)); // unknown algorithm
        QVERIFY(error.contains(QLatin1String("07")));
        QVERIFY(!records::parseFci(hex("6F10")));
    }

    void cardData()
    {
        const QByteArray ef05 = rec(1, hex("110105D1560000050000000000012345")) + rec(3, "2.00") +
                                rec(5, hex("20210315")) + rec(6, hex("20310315")) + rec(7, "W49158758");
        CardData c;
        QString error;
        QVERIFY2(records::parseCardData(ef05, c, &error), qPrintable(error));
        QCOMPARE(c.identificationCodeHex(), QStringLiteral("110105D1560000050000000000012345"));
        QCOMPARE(c.issuingArea(), QStringLiteral("110105"));
        QCOMPARE(c.specVersion, QStringLiteral("2.00"));
        QCOMPARE(c.issueDate, QDate(2021, 3, 15));
        QCOMPARE(c.expiryDate, QDate(2031, 3, 15));
        QCOMPARE(c.cardNumber, QStringLiteral("W49158758"));
        CardData d;
        QVERIFY(!records::parseCardData(rec(1, hex("1101")) + rec(3, "2.00") + rec(7, "W1"), d, &error));
        QVERIFY(!records::parseCardData(rec(3, "2.00") + rec(7, "W1"), d, &error)); // no 01
        QVERIFY(!records::parseCardData(ef05 + rec(5, hex("2021")), d, &error));    // bad date
    }

    void holderData()
    {
        const QByteArray ef06 = rec(8, "11010519491231002X") +
                                rec(9, gbk(QStringLiteral("买买提·艾力"), 30)) +
                                rec(0x4E, gbk(QStringLiteral("·阿不都热合曼"), 20)) + rec(0x0A, "1") +
                                rec(0x0B, hex("05")) + rec(0x0D, hex("19491231"));
        HolderData h;
        QString error;
        QVERIFY2(records::parseHolderData(ef06, h, &error), qPrintable(error));
        QCOMPARE(h.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(h.name, QStringLiteral("买买提·艾力·阿不都热合曼"));
        QCOMPARE(h.sex, 1);
        QCOMPARE(h.ethnicGroup, QStringLiteral("05"));
        QCOMPARE(h.birthDate, QDate(1949, 12, 31));
        HolderData bad;
        QVERIFY(!records::parseHolderData(rec(8, "1101"), bad, &error));
        QVERIFY(!records::parseHolderData(rec(8, "11010519491231002X"), bad, &error)); // no name
    }
};

QTEST_GUILESS_MAIN(CardParsersTest)
#include "CardParsersTest.moc"
