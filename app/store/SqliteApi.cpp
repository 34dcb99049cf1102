#include "app/store/SqliteApi.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <dlfcn.h>

namespace carddesk::sqlite {

namespace {

Api* load()
{
    // Qt's QSQLITE plugin loads libsqlite3.so.0; RTLD_NOLOAD finds that copy instead of loading another.
    void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!lib)
        lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return nullptr;
    static Api a;
    bool ok = true;
    auto get = [&](auto& fn, const char* name) {
        void* sym = dlsym(lib, name);
        ok = ok && sym != nullptr;
        std::memcpy(&fn, &sym, sizeof sym);
    };
    get(a.prepare_v2, "sqlite3_prepare_v2");
    get(a.step, "sqlite3_step");
    get(a.reset, "sqlite3_reset");
    get(a.finalize, "sqlite3_finalize");
    get(a.bind_blob, "sqlite3_bind_blob");
    get(a.bind_text, "sqlite3_bind_text");
    get(a.clear_bindings, "sqlite3_clear_bindings");
    get(a.column_blob, "sqlite3_column_blob");
    get(a.column_bytes, "sqlite3_column_bytes");
    get(a.column_int64, "sqlite3_column_int64");
    get(a.column_text, "sqlite3_column_text");
    get(a.column_type, "sqlite3_column_type");
    get(a.bind_int64, "sqlite3_bind_int64");
    get(a.bind_null, "sqlite3_bind_null");
    get(a.errmsg, "sqlite3_errmsg");
    get(a.errcode, "sqlite3_errcode");
    return ok ? &a : nullptr;
}

} // namespace

const Api* api()
{
    static const Api* loaded = load();
    return loaded;
}

sqlite3* handle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QSqlError lastError(sqlite3* db)
{
    const Api* a = api();
    if (!a || !db)
        return QSqlError(QString(), QStringLiteral("no SQLite connection"), QSqlError::ConnectionError);
    return QSqlError(QString(), QString::fromUtf8(a->errmsg(db)), QSqlError::StatementError,
                     QString::number(a->errcode(db)));
}

Statement::Statement(sqlite3* db, const char* sql)
{
    const Api* a = api();
    if (!a || !db || a->prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        if (a && m_stmt)
            a->finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        api()->finalize(m_stmt);
}

void Statement::reset()
{
    if (m_stmt)
        api()->reset(m_stmt);
}

} // namespace carddesk::sqlite
