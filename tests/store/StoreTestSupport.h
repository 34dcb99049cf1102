#pragma once
// Helpers shared by the store tests: a fresh store in a scratch directory and sample records.

#include "Fixtures.h"
#include "app/store/LocalStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace carddesk::test {

inline LocalStoreOptions storeOptions(const QString& dir)
{
    LocalStoreOptions o;
    o.databasePath = dir + QStringLiteral("/carddesk.sqlite");
    o.keyFilePath = dir + QStringLiteral("/keys/root.key");
    o.counterId = QStringLiteral("T01");
    o.checkpointEvery = 10;
    o.passwordIterations = 1000; // the real 600,000 is measured in bench/store
    o.maxLoginFailures = 3;
    return o;
}

inline OperatorContext clerk()
{
    return OperatorContext{QStringLiteral("clerk1"), QStringLiteral("clerk"), QStringLiteral("B001"),
                           QStringLiteral("T01"), false};
}

inline OperationRecord sampleOperation(const QString& holderId = QStringLiteral("110105199001011237"))
{
    OperationRecord r;
    r.id = QUuid::createUuid();
    r.service = ServiceType::PinReset;
    r.success = true;
    r.resultCode = QStringLiteral("ok");
    r.statusWord = 0x9000;
    r.op = clerk();
    r.timeUtc = QDateTime::currentDateTimeUtc();
    r.holderIdNumber = holderId;
    r.holderName = QStringLiteral("张三");
    r.cardIdentificationCode = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    r.cardNumber = QStringLiteral("A12345678");
    r.details = QJsonObject{{"triesLeft", 3}};
    EvidenceImage photo;
    photo.kind = QStringLiteral("card-photo");
    photo.jpeg =
        QByteArray("\xFF\xD8\xFF\xE0JPEG-MARKER-PHOTO-") + r.id.toByteArray() + QByteArray(2000, 'p');
    photo.thumbnailJpeg = QByteArray("\xFF\xD8THUMB-MARKER-") + r.id.toByteArray();
    r.images << photo;
    return r;
}

inline qint64 countRows(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace carddesk::test
