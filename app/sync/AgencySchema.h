#pragma once
// The agency database's schema: the migrations in packaging/agency-db/migrations (embedded as the Qt resource
// :/agency-db/migrations/NNNN_name.sql), applied in order, each in one transaction, recorded in
// agency.schema_migrations. Used by `carddesk-admin agency init`, the tests and the benchmarks.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace carddesk {

class AgencySchema
{
public:
    // The agency schema this build of CardDesk speaks (the newest migration it carries). A counter sends it
    // with every call; the server refuses counters older than its min_client_schema setting.
    static int clientVersion();
    // Resource paths of the migrations, oldest first.
    static QStringList migrationFiles();
    // The version installed in db (0 when the schema is absent, -1 with *error on failure).
    static int installedVersion(QSqlDatabase& db, QString* error = nullptr);
    // Applies the missing migrations (needs a superuser: it creates roles). *applied: how many were applied.
    static bool apply(QSqlDatabase& db, QString* error, int* applied = nullptr);
};

} // namespace carddesk
