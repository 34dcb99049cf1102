#pragma once
// A test-local agency database in the shared `pg` fixture cluster: created fresh, the real schema applied
// (app/sync/AgencySchema: the same migrations as `carddesk-admin agency init`), counters registered with
// their own login roles whose passwords live in a libpq password file (never in the conninfo), dropped at the
// end.

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace carddesk {
class LocalStore;
}

namespace carddesk::test {

// A counter's local store in a scratch folder of this test (cheap password hashing); null with a warning.
std::unique_ptr<LocalStore> openStore(const QString& name, const QString& terminal);

class AgencyTestDb
{
public:
    explicit AgencyTestDb(const QString& name);
    ~AgencyTestDb();

    // Drops any leftover, creates the database and applies the schema.
    bool create(QString* error);
    // A superuser connection to this database (for seeding and for checking what the server holds).
    QSqlDatabase admin();
    QString name() const { return m_name; }
    // Registers a counter with its own login role; returns the counter's conninfo (passfile, no password).
    QString addCounter(const QString& terminal, const QString& branch, QString* error);
    // A supervisor login of a branch; returns its conninfo.
    QString addSupervisor(const QString& role, const QString& branch, QString* error);
    // The same conninfo through a proxy on 127.0.0.1:port.
    static QString viaPort(QString conninfo, int port);
    QString roleOf(const QString& terminal) const;
    int serverPort() const { return m_port; }
    // Runs one statement as superuser in this database; false with *error.
    bool exec(const QString& sql, QString* error = nullptr);
    int scalarInt(const QString& sql);

private:
    QString counterConnInfo(const QString& role) const;

    QString m_name;
    QString m_superConnInfo;
    QString m_passFile;
    QString m_connection;
    int m_port = 0;
};

} // namespace carddesk::test
