// carddesk-admin config show|check, run as a process against a system file and a home folder of the test's
// own.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class AdminConfigTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString systemFile() const { return m_dir.filePath(QStringLiteral("carddesk.conf")); }

    void writeSystemFile(const QByteArray& text)
    {
        QFile f(systemFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    // Runs carddesk-admin with HOME and the system file of this test; returns the exit code.
    int run(const QStringList& args, QString* out, QString* err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        env.insert(QStringLiteral("CARDDESK_SYSTEM_CONFIG"), systemFile());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CARDDESK_ADMIN"), args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QString line(const QString& text, const QString& key)
    {
        for (const QString& l : text.split(QLatin1Char('\n'))) {
            if (l.startsWith(key + QLatin1Char(' ')))
                return l.simplified();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CARDDESK_ADMIN")), "CARDDESK_ADMIN not set");
    }

    void showNamesSourcesAndLocks()
    {
        writeSystemFile(
            "[card]\nreaderPatterns=*ACS ACR39U*\nreaderPatterns_LOCK=true\n"
            "[agency]\nhost=db.agency.example\nuser=branch_0101\npassFile=/etc/carddesk/agency.pgpass\n");
        const QString userDir = m_dir.filePath(QStringLiteral(".config/CardDesk"));
        QVERIFY(QDir().mkpath(userDir));
        QFile user(userDir + QStringLiteral("/carddesk.conf"));
        QVERIFY(user.open(QIODevice::WriteOnly | QIODevice::Truncate));
        user.write("[ui]\nlanguage=en\n[card]\nreaderPatterns=*Mine*\n");
        user.close();

        QString out, err;
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("show")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("system file: ") + systemFile()), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("user file:   ") + user.fileName()), qPrintable(out));
        QCOMPARE(line(out, QStringLiteral("card/readerPatterns")),
                 QStringLiteral("card/readerPatterns LOCKED *ACS ACR39U*"));
        QCOMPARE(line(out, QStringLiteral("ui/language")), QStringLiteral("ui/language user en"));
        QCOMPARE(line(out, QStringLiteral("agency/host")),
                 QStringLiteral("agency/host system db.agency.example"));
        QCOMPARE(line(out, QStringLiteral("security/idleLockMinutes")),
                 QStringLiteral("security/idleLockMinutes default 5"));
        QCOMPARE(line(out, QStringLiteral("store/keyFile")),
                 QStringLiteral("store/keyFile default ") + m_dir.path() +
                     QStringLiteral("/.local/share/carddesk/store.key"));
        QVERIFY2(
            out.contains(QStringLiteral("agency conninfo: host=db.agency.example port=5432 dbname=carddesk "
                                        "user=branch_0101 sslmode=verify-full "
                                        "passfile=/etc/carddesk/agency.pgpass")),
            qPrintable(out));
        QVERIFY(err.isEmpty());
    }

    void checkReportsAPasswordInPlainText()
    {
        writeSystemFile("[agency]\nhost=db\nuser=u\npassword=hunter2\n");
        QString out, err;
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("check")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("agency/password is ignored")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("hunter2")));
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("show")}, &out, &err), 0);
        QVERIFY(!out.contains(QStringLiteral("hunter2")));

        writeSystemFile("[agency]\nhost=db\nuser=u\n");
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("check")}, &out, &err), 0);
        QCOMPARE(out.trimmed(), QStringLiteral("settings: ok"));
    }

    void badUsage()
    {
        QString out, err;
        QCOMPARE(run({QStringLiteral("config")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("edit")}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("show or check")));
    }
};

QTEST_GUILESS_MAIN(AdminConfigTest)
#include "AdminConfigTest.moc"
