#include "app/sync/AgencySchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace carddesk {

namespace {

const QString kMigrationsDir = QStringLiteral(":/agency-db/migrations");

int versionOf(const QString& path)
{
    return QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}

} // namespace

QStringList AgencySchema::migrationFiles()
{
    QStringList files;
    const auto names = QDir(kMigrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        files << kMigrationsDir + QLatin1Char('/') + name;
    return files;
}

int AgencySchema::clientVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

int AgencySchema::installedVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('agency.schema_migrations') IS NOT NULL")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM agency.schema_migrations")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool AgencySchema::apply(QSqlDatabase& db, QString* error, int* applied)
{
    if (applied)
        *applied = 0;
    const QStringList files = migrationFiles();
    if (files.isEmpty()) {
        if (error)
            *error = QStringLiteral("no agency schema migrations are built into this program");
        return false;
    }
    QSqlQuery q(db);
    // Two inits at once on the same database must not both run migration 1.
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7160720)"))) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    const int installed = installedVersion(db, error);
    if (installed < 0) {
        db.rollback();
        return false;
    }
    for (const QString& path : files) {
        const int version = versionOf(path);
        if (version <= installed)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1").arg(path);
            db.rollback();
            return false;
        }
        // The whole file goes in one simple-protocol call: PostgreSQL runs the statements in order.
        const QString sql = QString::fromUtf8(f.readAll());
        if (!q.exec(sql)) {
            if (error)
                *error = QStringLiteral("migration %1 failed: %2")
                             .arg(QFileInfo(path).fileName(), q.lastError().text());
            db.rollback();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO agency.schema_migrations (version, name) VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(QFileInfo(path).completeBaseName());
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
        if (applied)
            ++*applied;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace carddesk
