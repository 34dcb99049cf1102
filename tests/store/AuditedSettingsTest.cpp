// Settings saved through AuditedSettings: every change is one "settings-change" audit entry in the real
// store (key, old -> new), locked keys refuse the whole save, and a change that cannot be audited is undone.
#include "StoreTestSupport.h"

#include "app/audit/AuditChain.h"
#include "app/config/AuditedSettings.h"

#include <QJsonArray>
#include <QSettings>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

namespace {

class FailingJournal : public OperationJournal
{
public:
    JournalResult record(const OperationRecord&) override { return {}; }
    bool audit(const AuditEventRecord&, QString* error) override
    {
        if (error)
            *error = QStringLiteral("the disk is full (test)");
        return false;
    }
};

OperatorContext administrator()
{
    return {QStringLiteral("admin"), QStringLiteral("administrator"), QStringLiteral("B001"),
            QStringLiteral("T01"), false};
}

} // namespace

class AuditedSettingsTest : public QObject
{
    Q_OBJECT
    QString m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CardDeskSettings> m_settings;

    QString systemFile() const { return m_dir + QStringLiteral("/system.conf"); }

    QList<AuditEntryFields> settingsEntries()
    {
        QList<AuditEntryFields> out;
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("SELECT canonical FROM audit_entries WHERE event_type = 'settings-change' "
                                   "ORDER BY sequence")))
            return out;
        while (q.next())
            if (const auto f = AuditChain::decode(q.value(0).toByteArray()))
                out << *f;
        return out;
    }

private slots:
    void init()
    {
        m_dir = scratchDir(QStringLiteral("store_audited_settings_") +
                           QString::fromLatin1(QTest::currentTestFunction()));
        QString error;
        m_store = LocalStore::open(storeOptions(m_dir), &error);
        QVERIFY2(m_store, qPrintable(error));
        {
            QSettings sys(systemFile(), QSettings::IniFormat);
            sys.setValue(QLatin1String(CardDeskSettings::RegionProfile), QStringLiteral("nanjing"));
            sys.setValue(QLatin1String(CardDeskSettings::BranchId), QStringLiteral("B001"));
            sys.setValue(QLatin1String(CardDeskSettings::BranchId) +
                             QLatin1String(CardDeskSettings::LockSuffix),
                         true);
        }
        m_settings = std::make_unique<CardDeskSettings>(systemFile(), m_dir + QStringLiteral("/user.conf"));
    }
    void cleanup()
    {
        m_settings.reset();
        m_store.reset();
    }

    void changesAreAuditedWithOldAndNewValues()
    {
        AuditedSettings editor(*m_settings, *m_store);
        const SettingsSaveResult r =
            editor.save({{QLatin1String(CardDeskSettings::IdleLockMinutes), 10},
                         {QLatin1String(CardDeskSettings::RegionProfile), QStringLiteral("beijing")},
                         {QLatin1String(CardDeskSettings::Language), m_settings->language()}}, // unchanged
                        administrator());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.changes.size(), 2);
        QCOMPARE(m_settings->idleLockMinutes(), 10);
        QCOMPARE(m_settings->regionProfile(), QStringLiteral("beijing"));
        const auto entries = settingsEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().operatorId, QStringLiteral("admin"));
        const QJsonArray changes = entries.first().details.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0)[QStringLiteral("key")].toString(), QStringLiteral("security/idleLockMinutes"));
        QCOMPARE(changes.at(0)[QStringLiteral("old")].toString(), QStringLiteral("5"));
        QCOMPARE(changes.at(0)[QStringLiteral("new")].toString(), QStringLiteral("10"));
        QCOMPARE(changes.at(1)[QStringLiteral("old")].toString(), QStringLiteral("nanjing"));
        QCOMPARE(changes.at(1)[QStringLiteral("new")].toString(), QStringLiteral("beijing"));

        // Nothing changed: nothing audited.
        QVERIFY(editor.save({{QLatin1String(CardDeskSettings::IdleLockMinutes), 10}}, administrator()).ok);
        QCOMPARE(settingsEntries().size(), 1);

        // Back to the system value / default, audited too.
        const SettingsSaveResult reset =
            editor.resetToDefault({QLatin1String(CardDeskSettings::RegionProfile)}, administrator());
        QVERIFY2(reset.ok, qPrintable(reset.error));
        QCOMPARE(m_settings->regionProfile(), QStringLiteral("nanjing"));
        QCOMPARE(settingsEntries().size(), 2);
        QVERIFY(settingsEntries().last().details.value(QStringLiteral("reset")).toBool());
    }

    void lockedOrUnknownKeyRefusesTheWholeSave()
    {
        AuditedSettings editor(*m_settings, *m_store);
        SettingsSaveResult r =
            editor.save({{QLatin1String(CardDeskSettings::IdleLockMinutes), 30},
                         {QLatin1String(CardDeskSettings::BranchId), QStringLiteral("B999")}},
                        administrator());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("counter/branchId")), qPrintable(r.error));
        QCOMPARE(m_settings->idleLockMinutes(), CardDeskSettings::DefaultIdleLockMinutes);
        r = editor.save({{QStringLiteral("security/nonsense"), 1}}, administrator());
        QVERIFY(!r.ok);
        QVERIFY(settingsEntries().isEmpty());
    }

    void unauditableChangeIsUndone()
    {
        FailingJournal journal;
        AuditedSettings editor(*m_settings, journal);
        m_settings->setValue(QLatin1String(CardDeskSettings::CameraSource), QStringLiteral("/dev/video0"));
        const SettingsSaveResult r =
            editor.save({{QLatin1String(CardDeskSettings::CameraSource), QStringLiteral("/dev/video2")},
                         {QLatin1String(CardDeskSettings::IdleLockMinutes), 15}},
                        administrator());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("disk is full")), qPrintable(r.error));
        QCOMPARE(m_settings->cameraSource(), QStringLiteral("/dev/video0")); // the clerk's old value
        QCOMPARE(m_settings->idleLockMinutes(), CardDeskSettings::DefaultIdleLockMinutes); // default again
        QCOMPARE(m_settings->source(QLatin1String(CardDeskSettings::IdleLockMinutes)),
                 CardDeskSettings::Source::Default);
    }

    void secretValuesNeverReachTheAudit()
    {
        QVERIFY(AuditedSettings::isSecretKey(QStringLiteral("agency/password")));
        QVERIFY(AuditedSettings::isSecretKey(QStringLiteral("smtp/Secret")));
        QVERIFY(!AuditedSettings::isSecretKey(QLatin1String(CardDeskSettings::AgencyPassFile)));
    }
};

QTEST_GUILESS_MAIN(AuditedSettingsTest)
#include "AuditedSettingsTest.moc"
