#pragma once
// Turns SQLite failures into what the clerk or the administrator can act on.

#include <QSqlError>
#include <QString>

namespace carddesk {

enum class StoreErrorKind
{
    None,
    Locked,     // SQLITE_BUSY / SQLITE_LOCKED: another program holds the database
    DiskFull,   // SQLITE_FULL: the transaction was rolled back, nothing was half written
    ReadOnly,   // SQLITE_READONLY / SQLITE_PERM: no permission to write
    CannotOpen, // SQLITE_CANTOPEN: bad path or permissions
    Corrupt,    // SQLITE_CORRUPT / SQLITE_NOTADB
    Io,         // SQLITE_IOERR
    Other,
};

StoreErrorKind classifySqlError(const QSqlError& error);
// One sentence for people, e.g. "the disk is full: nothing was recorded", with SQLite's own text appended.
QString describeSqlError(const QSqlError& error);
QString describeStoreError(StoreErrorKind kind);

} // namespace carddesk
