#include "app/devices/IdDocumentReader.h"
#include "app/devices/PinEntryDevice.h"
#include "app/identity/IdNumber.h"

#include <QSignalSpy>
#include <QTest>

using namespace carddesk;

namespace {
IdDocument typedDocument()
{
    IdDocument d;
    d.name = QStringLiteral("张三");
    d.idNumber = QStringLiteral("11010519491231002x");
    d.validTo = QDate(2030, 1, 1);
    return d;
}
} // namespace

class DevicesTest : public QObject
{
    Q_OBJECT
private slots:
    void manualEntryChecksBeforeEmitting()
    {
        ManualIdEntry entry;
        QSignalSpy read(&entry, &IdDocumentReader::documentRead);
        entry.requestRead();
        IdDocument d = typedDocument();
        d.idNumber = QStringLiteral("110105194912310021");
        QVERIFY(entry.submit(d).contains(QStringLiteral("mistyped")));
        d = typedDocument();
        d.name = QStringLiteral("  ");
        QVERIFY(!entry.submit(d).isEmpty());
        d = typedDocument();
        d.birthDate = QDate(1949, 12, 30);
        QVERIFY(entry.submit(d).contains(QStringLiteral("date of birth")));
        d = typedDocument();
        d.validTo = QDate();
        QVERIFY(!entry.submit(d).isEmpty());
        QCOMPARE(read.count(), 0);
        QVERIFY(entry.isWaiting());

        QCOMPARE(entry.submit(typedDocument()), QString());
        QCOMPARE(read.count(), 1);
        const auto doc = read.at(0).at(0).value<IdDocument>();
        QCOMPARE(doc.idNumber, QStringLiteral("11010519491231002X")); // canonical
        QCOMPARE(doc.birthDate, QDate(1949, 12, 31));
        QCOMPARE(doc.sex, 2);
        QCOMPARE(doc.source, IdDocument::Source::ManualEntry);
        // Not asked for any more: a second submit is refused.
        QVERIFY(!entry.submit(typedDocument()).isEmpty());
        QCOMPARE(read.count(), 1);
    }

    void testReaderHandsOutInOrder()
    {
        TestIdDocumentReader reader;
        IdDocument a = typedDocument();
        IdDocument b = typedDocument();
        b.name = QStringLiteral("李四");
        reader.enqueue(a);
        reader.enqueueFailure(QStringLiteral("card moved"));
        reader.enqueue(b);
        QSignalSpy read(&reader, &IdDocumentReader::documentRead);
        QSignalSpy failed(&reader, &IdDocumentReader::readFailed);
        reader.requestRead();
        QCOMPARE(read.count(), 0); // asynchronous
        QTRY_COMPARE(read.count(), 1);
        reader.requestRead();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("card moved"));
        reader.requestRead();
        reader.cancel();
        QTest::qWait(20);
        QCOMPARE(read.count(), 1); // cancelled before it answered
        reader.requestRead();
        QTRY_COMPARE(read.count(), 2);
        QCOMPARE(read.at(1).at(0).value<IdDocument>().name, QStringLiteral("李四"));
    }

    void expiry()
    {
        IdDocument d = typedDocument();
        QVERIFY(!d.isExpired(QDate(2030, 1, 1)));
        QVERIFY(d.isExpired(QDate(2030, 1, 2)));
        d.validTo = QDate();
        QVERIFY(d.isExpired(QDate(2020, 1, 1)));
        d.validLongTerm = true;
        QVERIFY(!d.isExpired(QDate(2090, 1, 1)));
    }

    void scriptedPinEntry()
    {
        ScriptedPinEntry device;
        device.enqueueDigits("482915");
        device.enqueueCancel();
        QObject context;
        int calls = 0;
        bool entered = false;
        device.requestPin({PinPrompt::NewPin, 6, {}}, &context, [&](PinEntryResult& r) {
            ++calls;
            entered = r.status == PinEntryResult::Status::Entered &&
                      r.pin.equals(SecureBuffer::fromAscii("482915"));
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY(entered);
        PinEntryResult::Status status = PinEntryResult::Status::Entered;
        device.requestPin({PinPrompt::ConfirmNewPin, 6, {}}, &context, [&](PinEntryResult& r) {
            ++calls;
            status = r.status;
        });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(status, PinEntryResult::Status::Cancelled);
        QCOMPARE(device.requests().size(), 2);
        QCOMPARE(device.requests().at(1).prompt, PinPrompt::ConfirmNewPin);

        // No callback after cancel() or after the context is gone.
        device.enqueueDigits("111111");
        device.requestPin({PinPrompt::NewPin, 6, {}}, &context, [&](PinEntryResult&) { ++calls; });
        device.cancel();
        auto* shortLived = new QObject;
        device.enqueueDigits("222222");
        device.requestPin({PinPrompt::NewPin, 6, {}}, shortLived, [&](PinEntryResult&) { ++calls; });
        delete shortLived;
        QTest::qWait(20);
        QCOMPARE(calls, 2);
    }
};

QTEST_MAIN(DevicesTest)
#include "DevicesTest.moc"
