#include "smartcard/SecureBuffer.h"

#include <QTest>

using carddesk::SecureBuffer;

class SecureBufferTest : public QObject
{
    Q_OBJECT
private slots:
    void appendsUpToCapacity()
    {
        SecureBuffer b;
        for (std::size_t i = 0; i < SecureBuffer::Capacity; ++i)
            QVERIFY(b.append('1'));
        QVERIFY(!b.append('1'));
        QCOMPARE(b.size(), SecureBuffer::Capacity);
    }
    void clearWipesTheBytes()
    {
        SecureBuffer b = SecureBuffer::fromAscii("482915");
        const unsigned char* raw = b.data();
        b.clear();
        QCOMPARE(b.size(), std::size_t(0));
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(raw[i], static_cast<unsigned char>(0));
    }
    void moveLeavesSourceEmptyAndWiped()
    {
        SecureBuffer a = SecureBuffer::fromAscii("135790");
        SecureBuffer b = std::move(a);
        QCOMPARE(b.size(), std::size_t(6));
        QCOMPARE(a.size(), std::size_t(0)); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(a.data()[0], static_cast<unsigned char>(0));
        QCOMPARE(b[5], static_cast<unsigned char>('0'));
    }
    void removeLastWipesThatDigit()
    {
        SecureBuffer b = SecureBuffer::fromAscii("12");
        b.removeLast();
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b.data()[1], static_cast<unsigned char>(0));
    }
    void equalsComparesContentAndLength()
    {
        QVERIFY(SecureBuffer::fromAscii("246810").equals(SecureBuffer::fromAscii("246810")));
        QVERIFY(!SecureBuffer::fromAscii("246810").equals(SecureBuffer::fromAscii("246811")));
        QVERIFY(!SecureBuffer::fromAscii("24681").equals(SecureBuffer::fromAscii("246810")));
    }
    void digitsCheck()
    {
        QVERIFY(SecureBuffer::fromAscii("0123456789").isAllDigits());
        QVERIFY(!SecureBuffer::fromAscii("12a4").isAllDigits());
    }
};

QTEST_GUILESS_MAIN(SecureBufferTest)
#include "SecureBufferTest.moc"
