#pragma once
// A direct line to SQLite for the few hot read paths (person lookup, audit verification): the statements run
// on the handle of the thread's own Qt SQL (QSQLITE) connection, skipping Qt's per-row QVariant copies.
// SQLite's functions are resolved from the library that Qt's QSQLITE driver has already loaded, so the
// application does not link SQLite a second time. When that is not possible, api() is null and callers use
// Qt SQL (same results, slower).

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

#include <sqlite3.h>

namespace carddesk::sqlite {

struct Api
{
    decltype(&sqlite3_prepare_v2) prepare_v2;
    decltype(&sqlite3_step) step;
    decltype(&sqlite3_reset) reset;
    decltype(&sqlite3_finalize) finalize;
    decltype(&sqlite3_bind_blob) bind_blob;
    decltype(&sqlite3_bind_text) bind_text;
    decltype(&sqlite3_clear_bindings) clear_bindings;
    decltype(&sqlite3_column_blob) column_blob;
    decltype(&sqlite3_column_bytes) column_bytes;
    decltype(&sqlite3_column_int64) column_int64;
    decltype(&sqlite3_column_text) column_text;
    decltype(&sqlite3_column_type) column_type;
    decltype(&sqlite3_bind_int64) bind_int64;
    decltype(&sqlite3_bind_null) bind_null;
    decltype(&sqlite3_errmsg) errmsg;
    decltype(&sqlite3_errcode) errcode;
};

// Null when SQLite's functions cannot be found in the process.
const Api* api();
// The sqlite3* behind an open QSQLITE connection, or null.
sqlite3* handle(const QSqlDatabase& db);

// A prepared statement on a connection's handle; finalized on destruction (before the connection closes).
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }
    // Resets after use so that no read transaction stays open between calls.
    void reset();

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// The connection's last error as Qt SQL would report it (classifySqlError / describeSqlError work on it).
QSqlError lastError(sqlite3* db);

inline QByteArray columnBytes(sqlite3_stmt* s, int i)
{
    const Api* a = api();
    return QByteArray(static_cast<const char*>(a->column_blob(s, i)), a->column_bytes(s, i));
}

} // namespace carddesk::sqlite
