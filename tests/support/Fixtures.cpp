#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace carddesk::test {

QString fixtureDir()
{
    const QString dir = qEnvironmentVariable("CARDDESK_FIXTURE_DIR");
    return dir.isEmpty() ? QDir::currentPath() + QStringLiteral("/test-fixtures") : dir;
}

static QString readFirstLine(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed();
}

QString fixtureStatus(const QString& name)
{
    return readFirstLine(fixtureDir() + QLatin1Char('/') + name + QStringLiteral("/status"));
}

QString pgConnInfo(QString* whyNot)
{
    const QString status = fixtureStatus(QStringLiteral("pg"));
    if (!status.startsWith(QLatin1String("ready"))) {
        if (whyNot)
            *whyNot = status.isEmpty() ? QStringLiteral("the pg fixture has not run") : status;
        return {};
    }
    return readFirstLine(fixtureDir() + QStringLiteral("/pg/conninfo"));
}

QSqlDatabase openPostgres(const QString& conninfo, const QString& connectionName, const QString& dbName)
{
    QHash<QString, QString> kv;
    const auto parts = conninfo.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            kv.insert(part.left(eq), part.mid(eq + 1));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(kv.value(QStringLiteral("host")));
    db.setPort(kv.value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
    db.setUserName(kv.value(QStringLiteral("user")));
    db.setPassword(kv.value(QStringLiteral("password")));
    db.setDatabaseName(dbName.isEmpty() ? kv.value(QStringLiteral("dbname")) : dbName);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    db.open();
    return db;
}

int vpcdPort()
{
    bool ok = false;
    const int port = readFirstLine(fixtureDir() + QStringLiteral("/pcscd/vpcd-port")).toInt(&ok);
    return ok ? port : 35963;
}

QString scratchDir(const QString& testName)
{
    QDir dir(fixtureDir() + QStringLiteral("/scratch/") + testName);
    dir.removeRecursively();
    dir.mkpath(QStringLiteral("."));
    return dir.absolutePath();
}

} // namespace carddesk::test
