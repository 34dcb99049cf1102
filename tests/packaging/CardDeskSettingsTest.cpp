// The settings backend: the clerk's values over the administrator's, locks, typed accessors, no secrets.
#include "app/config/CardDeskSettings.h"

#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using carddesk::CardDeskSettings;

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class CardDeskSettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString sys() const { return m_dir.filePath(QStringLiteral("system.conf")); }
    QString usr() const { return m_dir.filePath(QStringLiteral("user.conf")); }

private slots:
    void init()
    {
        QFile::remove(sys());
        QFile::remove(usr());
    }

    void defaultsWithoutFiles()
    {
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.readerNamePatterns(), QStringList{QStringLiteral("*")});
        QVERIFY(s.samReaderNamePatterns().isEmpty());
        QCOMPARE(s.cameraSource(), QStringLiteral("0"));
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.idleLockMinutes(), CardDeskSettings::DefaultIdleLockMinutes);
        QVERIFY(!s.shuffledKeypad());
        QVERIFY(s.dataDir().endsWith(QStringLiteral("/carddesk")));
        QCOMPARE(s.keyFile(), s.dataDir() + QStringLiteral("/store.key"));
        QCOMPARE(s.source(QString::fromLatin1(CardDeskSettings::Language)),
                 CardDeskSettings::Source::Default);
        QVERIFY(s.lockedKeys().isEmpty());
        QVERIFY(s.warnings().isEmpty());
        const auto agency = s.agencyConnection();
        QVERIFY(!agency.isConfigured());
        QCOMPARE(agency.sslMode, QStringLiteral("verify-full"));
    }

    void systemValueIsTheDefaultUserValueWins()
    {
        writeFile(sys(), "[ui]\nlanguage=en\n[security]\nidleLockMinutes=10\nshuffledKeypad=true\n");
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.source(QStringLiteral("ui/language")), CardDeskSettings::Source::System);
        QVERIFY(s.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_TW")));
        QCOMPARE(s.language(), QStringLiteral("zh_TW"));
        QCOMPARE(s.source(QStringLiteral("ui/language")), CardDeskSettings::Source::User);
        QVERIFY(s.sync());

        // The clerk's choice is on disk in the user file, the system file is untouched.
        CardDeskSettings again(sys(), usr());
        QCOMPARE(again.language(), QStringLiteral("zh_TW"));
        QCOMPARE(again.idleLockMinutes(), 10);
        QVERIFY(again.shuffledKeypad());
        QVERIFY(again.setValue(QString::fromLatin1(CardDeskSettings::ShuffledKeypad), false));
        QVERIFY(!again.shuffledKeypad());
        QSettings systemFile(sys(), QSettings::IniFormat);
        QCOMPARE(systemFile.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

        QVERIFY(again.resetToDefault(QStringLiteral("ui/language")));
        QCOMPARE(again.language(), QStringLiteral("en"));
    }

    void lockedKeyTakesTheSystemValueAndRefusesChanges()
    {
        writeFile(sys(), "[card]\nreaderPatterns=*ACS*, *Gemalto*\nreaderPatterns_LOCK=true\n"
                         "[security]\nidleLockMinutes=3\nidleLockMinutes_LOCK=1\n");
        writeFile(usr(), "[card]\nreaderPatterns=*Other*\n[security]\nidleLockMinutes=60\n");
        CardDeskSettings s(sys(), usr());
        const QString readers = QString::fromLatin1(CardDeskSettings::ReaderNamePatterns);
        QVERIFY(s.isLocked(readers));
        QCOMPARE(s.source(readers), CardDeskSettings::Source::Locked);
        QCOMPARE(s.readerNamePatterns(), (QStringList{QStringLiteral("*ACS*"), QStringLiteral("*Gemalto*")}));
        QCOMPARE(s.idleLockMinutes(), 3);
        QCOMPARE(s.lockedKeys(), (QStringList{QStringLiteral("card/readerPatterns"),
                                              QStringLiteral("security/idleLockMinutes")}));

        QVERIFY(!s.setValue(readers, QStringLiteral("*Mine*")));
        QVERIFY(!s.resetToDefault(readers));
        QVERIFY(s.sync());
        QSettings userFile(usr(), QSettings::IniFormat);
        QCOMPARE(userFile.value(readers).toString(), QStringLiteral("*Other*"));
        QCOMPARE(s.readerNamePatterns(), (QStringList{QStringLiteral("*ACS*"), QStringLiteral("*Gemalto*")}));

        // A lock cannot be written or undone from the user scope.
        QVERIFY(!s.setValue(QStringLiteral("card/readerPatterns_LOCK"), false));
        QVERIFY(s.isLocked(readers));
    }

    void lockWithoutSystemValueLocksTheDefault()
    {
        writeFile(sys(), "[camera]\nsource_LOCK=true\n[ui]\nlanguage_LOCK=false\n");
        writeFile(usr(), "[camera]\nsource=/dev/video2\n[ui]\nlanguage=en\n");
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.cameraSource(), QStringLiteral("0"));
        QVERIFY(!s.isLocked(QStringLiteral("ui/language")));
        QCOMPARE(s.language(), QStringLiteral("en"));
    }

    void passwordInPlainTextIsIgnoredAndReported()
    {
        writeFile(
            sys(),
            "[agency]\nhost=db.agency.example\nuser=branch_0101\ndatabase=carddesk\n"
            "password=secret\npassFile=/etc/carddesk/agency.pgpass\nsslRootCert=/etc/carddesk/ca.pem\n");
        CardDeskSettings s(sys(), usr());
        QVERIFY(!s.value(QStringLiteral("agency/password")).isValid());
        QVERIFY(!s.setValue(QStringLiteral("agency/password"), QStringLiteral("x")));
        const QStringList warnings = s.warnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("agency/password is ignored")));
        QVERIFY(!warnings.first().contains(QStringLiteral("secret")));

        const auto agency = s.agencyConnection();
        QVERIFY(agency.isConfigured());
        QCOMPARE(agency.port, 5432);
        const QString options = agency.qpsqlConnectOptions();
        QCOMPARE(options, QStringLiteral("sslmode=verify-full;sslrootcert=/etc/carddesk/ca.pem;"
                                         "passfile=/etc/carddesk/agency.pgpass;connect_timeout=10"));
        const QString conninfo = agency.libpqConnInfo();
        QVERIFY(conninfo.startsWith(QStringLiteral("host=db.agency.example port=5432 dbname=carddesk "
                                                   "user=branch_0101 sslmode=verify-full")));
        QVERIFY(!conninfo.contains(QStringLiteral("secret")));
        QVERIFY(!conninfo.contains(QStringLiteral("password")));
    }

    void conninfoQuotesValuesWithSpaces()
    {
        writeFile(sys(),
                  "[agency]\nhost=db\nuser=u\nsslRootCert=/etc/carddesk/my ca.pem\napplicationName=it's\n");
        CardDeskSettings s(sys(), usr());
        const QString conninfo = s.agencyConnection().libpqConnInfo();
        QVERIFY2(conninfo.contains(QStringLiteral("sslrootcert='/etc/carddesk/my ca.pem'")),
                 qPrintable(conninfo));
        QVERIFY2(conninfo.contains(QStringLiteral("application_name='it\\'s'")), qPrintable(conninfo));
    }

    void badValuesFallBackAndAreReported()
    {
        writeFile(usr(), "[ui]\nlanguage=fr\n[security]\nidleLockMinutes=soon\n[agency]\nport=99999\n");
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.idleLockMinutes(), CardDeskSettings::DefaultIdleLockMinutes);
        QCOMPARE(s.agencyConnection().port, 5432);
        QCOMPARE(s.warnings().size(), 2);

        QVERIFY(s.setValue(QString::fromLatin1(CardDeskSettings::IdleLockMinutes), 0));
        QCOMPARE(s.idleLockMinutes(), CardDeskSettings::MinIdleLockMinutes);
        QVERIFY(s.setValue(QString::fromLatin1(CardDeskSettings::IdleLockMinutes), 100000));
        QCOMPARE(s.idleLockMinutes(), CardDeskSettings::MaxIdleLockMinutes);
    }

    void counterIdentity()
    {
        CardDeskSettings defaults(sys(), usr());
        QCOMPARE(defaults.terminalId(), QSysInfo::machineHostName());
        QVERIFY(defaults.branchId().isEmpty());
        writeFile(sys(), "[counter]\nbranchId=B0101\nbranchId_LOCK=true\nbranchName=Dongcheng office\n"
                         "terminalId=T0101-01\nterminalId_LOCK=true\n");
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.branchId(), QStringLiteral("B0101"));
        QCOMPARE(s.branchName(), QStringLiteral("Dongcheng office"));
        QCOMPARE(s.terminalId(), QStringLiteral("T0101-01"));
        QVERIFY(!s.setValue(QString::fromLatin1(CardDeskSettings::TerminalId), QStringLiteral("other")));
        QCOMPARE(s.terminalId(), QStringLiteral("T0101-01"));
    }

    void pathsExpandHome()
    {
        writeFile(sys(), "[store]\ndataDir=~/counter-data/\nkeyFile_LOCK=true\n");
        CardDeskSettings s(sys(), usr());
        QCOMPARE(s.dataDir(), QDir::homePath() + QStringLiteral("/counter-data"));
        QCOMPARE(s.keyFile(), QDir::homePath() + QStringLiteral("/counter-data/store.key"));
        QVERIFY(s.isLocked(QString::fromLatin1(CardDeskSettings::KeyFile)));
    }

    void readerPatternsAreWildcards()
    {
        const QStringList patterns{QStringLiteral("*acs acr39*"), QStringLiteral("Virtual PCD 00 0?")};
        QVERIFY(CardDeskSettings::readerMatches(QStringLiteral("ACS ACR39U ICC Reader 00 00"), patterns));
        QVERIFY(CardDeskSettings::readerMatches(QStringLiteral("Virtual PCD 00 01"), patterns));
        QVERIFY(!CardDeskSettings::readerMatches(QStringLiteral("Virtual PCD 00 10"), patterns));
        QVERIFY(!CardDeskSettings::readerMatches(QStringLiteral("Gemalto PC Twin"), patterns));
        QVERIFY(!CardDeskSettings::readerMatches(QStringLiteral("anything"), {}));
    }

    void environmentOverridesPaths()
    {
        qputenv("CARDDESK_SYSTEM_CONFIG", sys().toUtf8());
        QCOMPARE(CardDeskSettings::defaultSystemFile(), sys());
        qunsetenv("CARDDESK_SYSTEM_CONFIG");
        QCOMPARE(CardDeskSettings::defaultSystemFile(), QStringLiteral("/etc/carddesk/carddesk.conf"));
        qputenv("CARDDESK_RESOURCES_DIR", m_dir.path().toUtf8());
        QCOMPARE(CardDeskSettings::resourcesDir(), m_dir.path());
        qunsetenv("CARDDESK_RESOURCES_DIR");
        // From the build tree the source tree's resources are used.
        QVERIFY(CardDeskSettings::resourcesDir().endsWith(QStringLiteral("/resources")));
    }

    // The clerk's file is the one a plain QSettings of the application uses, so values written by either
    // agree.
    void userFileIsTheApplicationsQSettingsFile()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CardDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("carddesk"));
        QCOMPARE(CardDeskSettings::defaultUserFile(), QSettings().fileName());
        QVERIFY(CardDeskSettings::defaultUserFile().endsWith(QStringLiteral("/CardDesk/carddesk.conf")));
        CardDeskSettings s(sys());
        QCOMPARE(s.userFile(), CardDeskSettings::defaultUserFile());
    }

    // The system file the package installs parses cleanly, locks nothing and sets only keys the code knows.
    void shippedSystemFileIsValid()
    {
        const QString shipped =
            qEnvironmentVariable("CARDDESK_SOURCE_DIR") + QStringLiteral("/packaging/carddesk.conf");
        QVERIFY2(QFile::exists(shipped), qPrintable(shipped));
        CardDeskSettings s(shipped, usr());
        QVERIFY2(s.warnings().isEmpty(), qPrintable(s.warnings().join(QLatin1Char('\n'))));
        QVERIFY(s.lockedKeys().isEmpty());
        const QStringList known = {
            QString::fromLatin1(CardDeskSettings::ReaderNamePatterns),
            QString::fromLatin1(CardDeskSettings::SamReaderNamePatterns),
            QString::fromLatin1(CardDeskSettings::CameraSource),
            QString::fromLatin1(CardDeskSettings::RegionProfile),
            QString::fromLatin1(CardDeskSettings::Language),
            QString::fromLatin1(CardDeskSettings::DataDir),
            QString::fromLatin1(CardDeskSettings::KeyFile),
            QString::fromLatin1(CardDeskSettings::IdleLockMinutes),
            QString::fromLatin1(CardDeskSettings::ShuffledKeypad),
            QString::fromLatin1(CardDeskSettings::BranchId),
            QString::fromLatin1(CardDeskSettings::BranchName),
            QString::fromLatin1(CardDeskSettings::TerminalId),
            QString::fromLatin1(CardDeskSettings::AgencyHost),
            QString::fromLatin1(CardDeskSettings::AgencyPort),
            QString::fromLatin1(CardDeskSettings::AgencyDatabase),
            QString::fromLatin1(CardDeskSettings::AgencyUser),
            QString::fromLatin1(CardDeskSettings::AgencySslMode),
            QString::fromLatin1(CardDeskSettings::AgencySslRootCert),
            QString::fromLatin1(CardDeskSettings::AgencySslCert),
            QString::fromLatin1(CardDeskSettings::AgencySslKey),
            QString::fromLatin1(CardDeskSettings::AgencyPassFile),
            QString::fromLatin1(CardDeskSettings::AgencyConnectTimeout),
            QString::fromLatin1(CardDeskSettings::AgencyApplicationName),
        };
        QCOMPARE(CardDeskSettings::knownKeys().size(), known.size());
        for (const QString& key : known)
            QVERIFY2(CardDeskSettings::knownKeys().contains(key), qPrintable(key));
        QSettings raw(shipped, QSettings::IniFormat);
        for (const QString& key : raw.allKeys())
            QVERIFY2(known.contains(key), qPrintable(QStringLiteral("unknown key in carddesk.conf: ") + key));
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.agencyConnection().sslMode, QStringLiteral("verify-full"));
    }
};

QTEST_GUILESS_MAIN(CardDeskSettingsTest)
#include "CardDeskSettingsTest.moc"
