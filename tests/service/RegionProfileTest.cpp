#include "app/domain/RegionProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using carddesk::InitialPinRule;
using carddesk::RegionProfile;

class RegionProfileTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::optional<RegionProfile> parse(const QByteArray& json, QString* error)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            qFatal("test JSON is broken");
        return RegionProfile::fromJson(doc.object(), error);
    }

private slots:
    void shippedRegionsAllLoad()
    {
        const QStringList ids = RegionProfile::availableRegions();
        for (const char* expected : {"national", "beijing", "shanghai", "nanjing", "shenzhen", "chengdu"})
            QVERIFY2(ids.contains(QLatin1String(expected)), expected);
        for (const QString& id : ids) {
            QString error;
            const auto p = RegionProfile::load(id, &error);
            QVERIFY2(p.has_value(), qPrintable(error));
            QCOMPARE(p->id, id);
            // What is written back reads again to the same profile.
            QString again;
            const auto round = RegionProfile::fromJson(p->toJson(), &again);
            QVERIFY2(round.has_value(), qPrintable(again));
            QCOMPARE(round->toJson(), p->toJson());
        }
    }

    void nanjingUses888888()
    {
        QString error;
        const auto p = RegionProfile::load(QStringLiteral("nanjing"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->initialPinRule, InitialPinRule::Fixed);
        QCOMPARE(p->initialPinValue, QStringLiteral("888888"));
        QCOMPARE(p->reissueFeeText(), QStringLiteral("25.00"));
        const auto sz = RegionProfile::load(QStringLiteral("shenzhen"), &error);
        QVERIFY(sz);
        QCOMPARE(sz->initialPinRule, InitialPinRule::IdLastSix);
        QCOMPARE(sz->pinTriesBeforeBlock, 8);
        QVERIFY(sz->requiresApproval(QStringLiteral("reissue")));
    }

    void missingKeysTakeDefaults()
    {
        QString error;
        const auto p = parse(R"({"id": "somewhere", "pin": {"triesBeforeBlock": 6}})", &error);
        QVERIFY2(p, qPrintable(error));
        const RegionProfile d = RegionProfile::defaults();
        QCOMPARE(p->pinTriesBeforeBlock, 6);
        QCOMPARE(p->pinLength, d.pinLength);
        QCOMPARE(p->initialPinValue, QStringLiteral("123456"));
        QCOMPARE(p->minorAge, d.minorAge);
        QCOMPARE(p->approvalRequiredFor, d.approvalRequiredFor);
    }

    void badConfigurationIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong type") << QByteArray(R"({"id":"x","minorAge":"sixteen"})")
                                    << QStringLiteral("minorAge");
        QTest::newRow("fraction") << QByteArray(R"({"id":"x","minorAge":16.5})")
                                  << QStringLiteral("minorAge");
        QTest::newRow("out of range")
            << QByteArray(R"({"id":"x","pin":{"length":30}})") << QStringLiteral("pin.length");
        QTest::newRow("unknown key") << QByteArray(R"({"id":"x","pinLenght":6})")
                                     << QStringLiteral("pinLenght");
        QTest::newRow("unknown nested key")
            << QByteArray(R"({"id":"x","reissue":{"fee":20}})") << QStringLiteral("reissue.fee");
        QTest::newRow("unknown rule")
            << QByteArray(R"({"id":"x","initialPin":{"rule":"lucky"}})") << QStringLiteral("lucky");
        QTest::newRow("initial value length")
            << QByteArray(R"({"id":"x","initialPin":{"rule":"fixed","value":"1234"}})")
            << QStringLiteral("initialPin.value");
        QTest::newRow("initial value digits")
            << QByteArray(R"({"id":"x","initialPin":{"rule":"fixed","value":"12345a"}})")
            << QStringLiteral("initialPin.value");
        QTest::newRow("rule vs length")
            << QByteArray(R"({"id":"x","initialPin":{"rule":"id-last-six"},"pin":{"length":8}})")
            << QStringLiteral("pin.length");
        QTest::newRow("unknown approval")
            << QByteArray(R"({"id":"x","approvalRequiredFor":["proxy","coffee"]})")
            << QStringLiteral("coffee");
        QTest::newRow("approval not a list") << QByteArray(R"({"id":"x","approvalRequiredFor":"proxy"})")
                                             << QStringLiteral("approvalRequiredFor");
        QTest::newRow("photo min > max")
            << QByteArray(R"({"id":"x","photo":{"minBytes":50000,"maxBytes":20000}})")
            << QStringLiteral("photo.minBytes");
        QTest::newRow("bad id") << QByteArray(R"({"id":"../etc"})") << QStringLiteral("id");
        QTest::newRow("format version")
            << QByteArray(R"({"id":"x","formatVersion":2})") << QStringLiteral("formatVersion");
    }
    void badConfigurationIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parse(json, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void fileErrors()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY(!RegionProfile::loadFile(m_dir.filePath(QStringLiteral("absent.json")), &error));
        QVERIFY(error.contains(QStringLiteral("absent.json")));

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"id\": \"broken\", ");
        broken.close();
        QVERIFY(!RegionProfile::loadFile(broken.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));

        QFile renamed(m_dir.filePath(QStringLiteral("wuhan.json")));
        QVERIFY(renamed.open(QIODevice::WriteOnly));
        renamed.write("{\"id\": \"nanjing\"}");
        renamed.close();
        QVERIFY(!RegionProfile::loadFile(renamed.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("wuhan")), qPrintable(error));

        QVERIFY(!RegionProfile::load(QStringLiteral("../secret"), &error));
    }

    void regionsDirectoryCanBeOverridden()
    {
        QFile f(m_dir.filePath(QStringLiteral("testville.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "testville", "minorAge": 14})");
        f.close();
        qputenv("CARDDESK_REGIONS_DIR", m_dir.path().toUtf8());
        QString error;
        const auto p = RegionProfile::load(QStringLiteral("testville"), &error);
        qunsetenv("CARDDESK_REGIONS_DIR");
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->minorAge, 14);
    }

    // The shipped profiles are in the program (:/regions); a folder without files changes nothing.
    void builtInProfilesAreEmbedded()
    {
        QTemporaryDir empty;
        qputenv("CARDDESK_REGIONS_DIR", empty.path().toUtf8());
        const QStringList ids = RegionProfile::availableRegions();
        QString error;
        const auto nanjing = RegionProfile::load(QStringLiteral("nanjing"), &error);
        const QString file = RegionProfile::fileFor(QStringLiteral("nanjing"));
        const auto absent = RegionProfile::load(QStringLiteral("atlantis"), &error);
        qunsetenv("CARDDESK_REGIONS_DIR");
        for (const char* expected : {"national", "beijing", "shanghai", "nanjing", "shenzhen", "chengdu"})
            QVERIFY2(ids.contains(QLatin1String(expected)), expected);
        QVERIFY(nanjing);
        QCOMPARE(nanjing->initialPinValue, QStringLiteral("888888"));
        QVERIFY2(file.startsWith(QStringLiteral(":/regions/")), qPrintable(file));
        QVERIFY(!absent);
        QVERIFY2(error.contains(QStringLiteral("atlantis")), qPrintable(error));
    }

    // An administrator's file replaces the built-in profile of the same id, and only that one.
    void overrideFileWins()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("nanjing.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "id": "nanjing", "initialPin": {"rule": "fixed", "value": "888888"},
                    "minorAge": 14, "pin": {"padForChange": true}})");
        f.close();
        qputenv("CARDDESK_REGIONS_DIR", dir.path().toUtf8());
        QString error;
        const auto nanjing = RegionProfile::load(QStringLiteral("nanjing"), &error);
        const auto beijing = RegionProfile::load(QStringLiteral("beijing"), &error);
        const QStringList ids = RegionProfile::availableRegions();
        const QString file = RegionProfile::fileFor(QStringLiteral("nanjing"));
        qunsetenv("CARDDESK_REGIONS_DIR");
        QVERIFY2(nanjing, qPrintable(error));
        QCOMPARE(nanjing->minorAge, 14);
        QVERIFY(nanjing->pinPadForChange);
        QCOMPARE(file, f.fileName());
        QVERIFY(beijing);
        QVERIFY(!beijing->pinPadForChange);
        QCOMPARE(ids.count(QStringLiteral("nanjing")), 1);
        QVERIFY(ids.contains(QStringLiteral("beijing")));
    }

    // A broken override is refused with the file's name; the built-in profile is not used in its place.
    void badOverrideIsRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("nanjing.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "nanjing", "minorAge": 99})");
        f.close();
        qputenv("CARDDESK_REGIONS_DIR", dir.path().toUtf8());
        QString error;
        const auto p = RegionProfile::load(QStringLiteral("nanjing"), &error);
        qunsetenv("CARDDESK_REGIONS_DIR");
        QVERIFY(!p);
        QVERIFY2(error.contains(f.fileName()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("minorAge")), qPrintable(error));
    }

    void pinPadForChangeIsABoolean()
    {
        QString error;
        QVERIFY(!RegionProfile::defaults().pinPadForChange);
        const auto yes = parse(R"({"pin": {"padForChange": true}})", &error);
        QVERIFY2(yes, qPrintable(error));
        QVERIFY(yes->pinPadForChange);
        QVERIFY(!parse(R"({"pin": {"padForChange": "yes"}})", &error));
        QVERIFY2(error.contains(QStringLiteral("pin.padForChange")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(RegionProfileTest)
#include "RegionProfileTest.moc"
