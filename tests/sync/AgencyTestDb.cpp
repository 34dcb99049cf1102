#include "AgencyTestDb.h"

#include "Fixtures.h"
#include "app/store/LocalStore.h"
#include "app/sync/AgencySchema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace carddesk::test {

AgencyTestDb::AgencyTestDb(const QString& name)
    : m_name(name.toLower())
    , m_connection(QStringLiteral("agencytestdb-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_superConnInfo = pgConnInfo();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("port=(\\d+)")).match(m_superConnInfo);
    m_port = m.captured(1).toInt();
    m_passFile = scratchDir(QStringLiteral("pgpass-") + m_name) + QStringLiteral("/pgpass");
}

AgencyTestDb::~AgencyTestDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    // Leave the database for post-mortem inspection when a test failed; create() drops it next time.
}

bool AgencyTestDb::create(QString* error)
{
    const QString connection = m_connection + QStringLiteral("-postgres");
    {
        QSqlDatabase pg = openPostgres(m_superConnInfo, connection);
        if (!pg.isOpen()) {
            *error = pg.lastError().text();
            return false;
        }
        QSqlQuery q(pg);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)) ||
            !q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            *error = q.lastError().text();
            return false;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QSqlDatabase db = admin();
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    QFile pass(m_passFile);
    pass.open(QIODevice::WriteOnly | QIODevice::Truncate);
    pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    pass.close();
    return AgencySchema::apply(db, error);
}

QSqlDatabase AgencyTestDb::admin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isValid() && db.isOpen())
        return db;
    if (db.isValid()) {
        db.open();
        return db;
    }
    return openPostgres(m_superConnInfo, m_connection, m_name);
}

bool AgencyTestDb::exec(const QString& sql, QString* error)
{
    QSqlQuery q(admin());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

int AgencyTestDb::scalarInt(const QString& sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString AgencyTestDb::roleOf(const QString& terminal) const
{
    return (m_name + QLatin1Char('_') + terminal).toLower().left(63);
}

QString AgencyTestDb::counterConnInfo(const QString& role) const
{
    return QStringLiteral(
               "host=127.0.0.1 port=%1 dbname=%2 user=%3 passfile=%4 sslmode=disable gssencmode=disable "
               "connect_timeout=5")
        .arg(m_port)
        .arg(m_name, role, m_passFile);
}

QString AgencyTestDb::addCounter(const QString& terminal, const QString& branch, QString* error)
{
    const QString role = roleOf(terminal);
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(admin());
    q.prepare(QStringLiteral("SELECT agency.add_counter(?, ?, ?, ?)"));
    q.addBindValue(terminal);
    q.addBindValue(branch);
    q.addBindValue(role);
    q.addBindValue(password);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QFile pass(m_passFile);
    pass.open(QIODevice::Append);
    pass.write(QStringLiteral("*:*:%1:%2:%3\n").arg(m_name, role, password).toUtf8());
    return counterConnInfo(role);
}

QString AgencyTestDb::addSupervisor(const QString& role, const QString& branch, QString* error)
{
    const QString fullRole = roleOf(role);
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(admin());
    q.prepare(QStringLiteral("SELECT agency.add_supervisor(?, ?, ?)"));
    q.addBindValue(fullRole);
    q.addBindValue(branch);
    q.addBindValue(password);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QFile pass(m_passFile);
    pass.open(QIODevice::Append);
    pass.write(QStringLiteral("*:*:%1:%2:%3\n").arg(m_name, fullRole, password).toUtf8());
    return counterConnInfo(fullRole);
}

QString AgencyTestDb::viaPort(QString conninfo, int port)
{
    conninfo.replace(QRegularExpression(QStringLiteral("port=\\d+")), QStringLiteral("port=%1").arg(port));
    return conninfo;
}

std::unique_ptr<LocalStore> openStore(const QString& name, const QString& terminal)
{
    const QString dir = scratchDir(name);
    LocalStoreOptions o;
    o.databasePath = dir + QStringLiteral("/carddesk.sqlite");
    o.keyFilePath = dir + QStringLiteral("/store.key");
    o.counterId = terminal;
    o.passwordIterations = 1000;
    QString error;
    auto store = LocalStore::open(o, &error);
    if (!store)
        qWarning("LocalStore::open: %s", qPrintable(error));
    return store;
}

} // namespace carddesk::test
