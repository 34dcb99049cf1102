// carddesk-admin check-id, run as the administrator runs it.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class CheckIdCommandTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CARDDESK_BINARY_DIR") + QStringLiteral("/app/carddesk-admin"),
                QStringList{QStringLiteral("check-id")} + args);
        if (!p.waitForFinished(20000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void validNumber()
    {
        const Run r = run({QStringLiteral("11010519491231002X")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("valid:      yes")));
        QVERIFY(r.out.contains(QStringLiteral("110105********002X")));
        QVERIFY(r.out.contains(QStringLiteral("1949-12-31")));
        QVERIFY(r.out.contains(QStringLiteral("female")));
        QVERIFY(!r.out.contains(QStringLiteral("11010519491231002X"))); // only the masked form
    }

    void legacyNumberIsUpgraded()
    {
        const Run r = run({QStringLiteral("110105491231002")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("upgraded from a 15-digit number")));
    }

    void invalidNumberSaysWhy()
    {
        const Run r = run({QStringLiteral("110105194912310021")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("wrong-check-character")));
        QVERIFY(!r.out.contains(QStringLiteral("110105194912310021")));
        QCOMPARE(run({QStringLiteral("990105194912310021")}).exitCode, 1);
    }

    void json()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("110105194902300021")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-date"));
        const QJsonObject ok =
            QJsonDocument::fromJson(
                run({QStringLiteral("--json"), QStringLiteral("11010519491231002X")}).out.toUtf8())
                .object();
        QCOMPARE(ok.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        QCOMPARE(ok.value(QStringLiteral("province")).toString(), QStringLiteral("Beijing"));
    }

    void usage()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("1"), QStringLiteral("2")}).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(CheckIdCommandTest)
#include "CheckIdCommandTest.moc"
