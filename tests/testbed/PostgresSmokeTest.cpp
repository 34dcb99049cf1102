// Smoke test of the test bed: the throw-away PostgreSQL cluster answers through Qt's QPSQL driver.
#include "Fixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class PostgresSmokeTest : public QObject
{
    Q_OBJECT
private slots:
    void connectsThroughQpsql()
    {
        CARDDESK_REQUIRE_FIXTURE("pg");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver is missing (libqt6sql6-psql)");
        QString why;
        const QString conninfo = carddesk::test::pgConnInfo(&why);
        QVERIFY2(!conninfo.isEmpty(), qPrintable(why));
        {
            QSqlDatabase db = carddesk::test::openPostgres(conninfo, QStringLiteral("smoke"));
            QVERIFY2(db.isOpen(), qPrintable(QStringLiteral("cannot connect to the test PostgreSQL: ") + db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int, inet_server_addr()::text")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
            // Loopback only: the fixture never listens on a public address.
            QCOMPARE(q.value(1).toString(), QStringLiteral("127.0.0.1/32"));
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t(id int primary key, name text)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1, '张三')")));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM t WHERE id = 1")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("张三"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("smoke"));
    }
};

QTEST_GUILESS_MAIN(PostgresSmokeTest)
#include "PostgresSmokeTest.moc"
