// A captured card photo and a manual capture go into the real LocalStore with their operation: they come
// back decrypted and intact, and no byte run of the JPEG is on disk in the clear (database or WAL).
#include "PhotoTestData.h"

#include "app/photo/CaptureSession.h"
#include "app/store/LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

QByteArray allFileBytes(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

OperationRecord reissueWith(const QList<EvidenceImage>& images)
{
    OperationRecord r;
    r.id = QUuid::createUuid();
    r.service = ServiceType::Reissue;
    r.success = true;
    r.resultCode = QStringLiteral("ok");
    r.op = OperatorContext{QStringLiteral("clerk1"), QStringLiteral("clerk"), QStringLiteral("B001"),
                           QStringLiteral("T01"), false};
    r.timeUtc = QDateTime::currentDateTimeUtc();
    r.holderIdNumber = QStringLiteral("110105199001011237");
    r.holderName = QStringLiteral("test");
    r.cardNumber = QStringLiteral("A12345678");
    r.images = images;
    return r;
}

CaptureResult captureFrom(const QString& picture, const QString& manualReason)
{
    CaptureSessionSettings settings;
    settings.steadyFrames = 3;
    CaptureSession session(std::make_unique<StillImageFrameSource>(photoDataPath(picture), 50.0), settings);
    QSignalSpy captured(&session, &CaptureSession::captured);
    QSignalSpy frames(&session, &CaptureSession::frameReady);
    session.start();
    if (!manualReason.isEmpty()) {
        if (!frames.wait(10000))
            return {};
        session.captureManually(manualReason);
    }
    if (!captured.wait(10000))
        return {};
    session.stop();
    return captured.at(0).at(0).value<CaptureResult>();
}

} // namespace

class PhotoStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void capturedPhotosAreStoredEncrypted()
    {
        const CaptureResult automatic = captureFrom(QStringLiteral("astronaut-frame-white.jpg"), {});
        QVERIFY2(automatic.ok, qPrintable(automatic.error));
        QVERIFY(!automatic.manual);
        const CaptureResult manual = captureFrom(QStringLiteral("astronaut-frame.jpg"),
                                                 QStringLiteral("no white wall at this counter"));
        QVERIFY2(manual.ok, qPrintable(manual.error));
        QVERIFY(manual.manual);

        QTemporaryDir dir;
        LocalStoreOptions options;
        options.databasePath = dir.filePath(QStringLiteral("carddesk.sqlite"));
        options.keyFilePath = dir.filePath(QStringLiteral("keys/root.key"));
        options.counterId = QStringLiteral("T01");
        options.passwordIterations = 1000;
        QString error;
        std::unique_ptr<LocalStore> store = LocalStore::open(options, &error);
        QVERIFY2(store, qPrintable(error));

        const OperationRecord op = reissueWith({automatic.image, manual.image});
        const JournalResult recorded = store->record(op);
        QVERIFY2(recorded.ok, qPrintable(recorded.error));
        QVERIFY(store->audit(manualCaptureAuditEvent(manual, op.op, op.id), &error));

        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT id, kind FROM photos WHERE operation_id = ? ORDER BY kind"));
        q.addBindValue(op.id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec());
        int found = 0;
        while (q.next()) {
            const auto stored = store->photo(QUuid::fromString(q.value(0).toString()));
            QVERIFY(stored);
            QCOMPARE(stored->kind, QStringLiteral("card-photo"));
            const bool isManual = !stored->manualCaptureReason.isEmpty();
            QCOMPARE(stored->jpeg, isManual ? manual.image.jpeg : automatic.image.jpeg);
            if (isManual)
                QCOMPARE(stored->manualCaptureReason, QStringLiteral("no white wall at this counter"));
            const auto thumb = store->photo(QUuid::fromString(q.value(0).toString()), true);
            QVERIFY(thumb);
            QCOMPARE(thumb->jpeg, isManual ? manual.image.thumbnailJpeg : automatic.image.thumbnailJpeg);
            ++found;
        }
        QCOMPARE(found, 2);

        // Nothing of the pictures is on disk in the clear: look for runs from the middle of each JPEG (the
        // headers are alike in every JPEG) in every file the store wrote.
        const QByteArray onDisk = allFileBytes(dir.path());
        QVERIFY(onDisk.size() > automatic.image.jpeg.size());
        for (const QByteArray& jpeg :
             {automatic.image.jpeg, manual.image.jpeg, automatic.image.thumbnailJpeg}) {
            for (qsizetype at : {jpeg.size() / 3, jpeg.size() / 2, jpeg.size() * 2 / 3})
                QVERIFY(!onDisk.contains(jpeg.mid(at, 32)));
        }
        // The same search finds a run that is there: the check itself works.
        QVERIFY(onDisk.contains(QByteArrayLiteral("SQLite format 3")));
    }
};

QTEST_GUILESS_MAIN(PhotoStoreTest)
#include "PhotoStoreTest.moc"
