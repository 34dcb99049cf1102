#include "app/store/StoreError.h"

#include <QCoreApplication>

namespace carddesk {

StoreErrorKind classifySqlError(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return StoreErrorKind::None;
    bool ok = false;
    // QSQLITE reports SQLite's result code; the low byte is the primary code even for extended codes.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return StoreErrorKind::Other;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreErrorKind::Locked;
    case 13: // SQLITE_FULL
        return StoreErrorKind::DiskFull;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return StoreErrorKind::ReadOnly;
    case 14: // SQLITE_CANTOPEN
        return StoreErrorKind::CannotOpen;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StoreErrorKind::Corrupt;
    case 10: // SQLITE_IOERR
        return StoreErrorKind::Io;
    default:
        return StoreErrorKind::Other;
    }
}

QString describeStoreError(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::None:
        return {};
    case StoreErrorKind::Locked:
        return QCoreApplication::translate(
            "LocalStore", "the local database is locked by another program: nothing was recorded, "
                          "try again");
    case StoreErrorKind::DiskFull:
        return QCoreApplication::translate("LocalStore", "the disk is full: nothing was recorded");
    case StoreErrorKind::ReadOnly:
        return QCoreApplication::translate("LocalStore",
                                           "no permission to write the local database: nothing was recorded");
    case StoreErrorKind::CannotOpen:
        return QCoreApplication::translate(
            "LocalStore", "the local database cannot be opened (check its path and permissions)");
    case StoreErrorKind::Corrupt:
        return QCoreApplication::translate("LocalStore",
                                           "the local database file is damaged or is not a database");
    case StoreErrorKind::Io:
        return QCoreApplication::translate("LocalStore", "the disk reported an error: nothing was recorded");
    case StoreErrorKind::Other:
        break;
    }
    return QCoreApplication::translate("LocalStore",
                                       "the local database reported an error: nothing was recorded");
}

QString describeSqlError(const QSqlError& error)
{
    const StoreErrorKind kind = classifySqlError(error);
    if (kind == StoreErrorKind::None)
        return {};
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (detail.isEmpty())
        return describeStoreError(kind);
    return QString(describeStoreError(kind) + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

} // namespace carddesk
