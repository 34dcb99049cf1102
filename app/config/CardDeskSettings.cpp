#include "app/config/CardDeskSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

namespace carddesk {

const char* const CardDeskSettings::ReaderNamePatterns = "card/readerPatterns";
const char* const CardDeskSettings::SamReaderNamePatterns = "card/samReaderPatterns";
const char* const CardDeskSettings::CameraSource = "camera/source";
const char* const CardDeskSettings::RegionProfile = "region/profile";
const char* const CardDeskSettings::Language = "ui/language";
const char* const CardDeskSettings::DataDir = "store/dataDir";
const char* const CardDeskSettings::KeyFile = "store/keyFile";
const char* const CardDeskSettings::IdleLockMinutes = "security/idleLockMinutes";
const char* const CardDeskSettings::ShuffledKeypad = "security/shuffledKeypad";
const char* const CardDeskSettings::BranchId = "counter/branchId";
const char* const CardDeskSettings::BranchName = "counter/branchName";
const char* const CardDeskSettings::TerminalId = "counter/terminalId";
const char* const CardDeskSettings::AgencyHost = "agency/host";
const char* const CardDeskSettings::AgencyPort = "agency/port";
const char* const CardDeskSettings::AgencyDatabase = "agency/database";
const char* const CardDeskSettings::AgencyUser = "agency/user";
const char* const CardDeskSettings::AgencySslMode = "agency/sslMode";
const char* const CardDeskSettings::AgencySslRootCert = "agency/sslRootCert";
const char* const CardDeskSettings::AgencySslCert = "agency/sslCert";
const char* const CardDeskSettings::AgencySslKey = "agency/sslKey";
const char* const CardDeskSettings::AgencyPassFile = "agency/passFile";
const char* const CardDeskSettings::AgencyConnectTimeout = "agency/connectTimeout";
const char* const CardDeskSettings::AgencyApplicationName = "agency/applicationName";
const char* const CardDeskSettings::LockSuffix = "_LOCK";

namespace {

const QStringList kSupportedLanguages = {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                         QStringLiteral("en")};
// Keys that would hold a secret in plain text: never read, always reported.
const QStringList kForbiddenKeys = {QStringLiteral("agency/password"), QStringLiteral("agency/pass")};

bool isTrue(const QVariant& v)
{
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
           s == QLatin1String("on");
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// libpq conninfo values with spaces or quotes must be single-quoted, with \ and ' escaped.
QString conninfoValue(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]"))))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QList<QPair<QString, QString>> libpqOptions(const AgencyConnectionSettings& c)
{
    QList<QPair<QString, QString>> options;
    auto add = [&options](const char* keyword, const QString& value) {
        if (!value.isEmpty())
            options.append({QString::fromLatin1(keyword), value});
    };
    add("sslmode", c.sslMode);
    add("sslrootcert", c.sslRootCert);
    add("sslcert", c.sslCert);
    add("sslkey", c.sslKey);
    add("passfile", c.passFile);
    if (c.connectTimeoutSeconds > 0)
        add("connect_timeout", QString::number(c.connectTimeoutSeconds));
    add("application_name", c.applicationName);
    return options;
}

} // namespace

QString AgencyConnectionSettings::qpsqlConnectOptions() const
{
    // QPSQL joins these with spaces into the conninfo it hands to PQconnectdb.
    QStringList parts;
    for (const auto& [keyword, value] : libpqOptions(*this))
        parts << keyword + QLatin1Char('=') + conninfoValue(value);
    return parts.join(QLatin1Char(';'));
}

QString AgencyConnectionSettings::libpqConnInfo() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + conninfoValue(host);
    parts << QStringLiteral("port=%1").arg(port);
    if (!databaseName.isEmpty())
        parts << QStringLiteral("dbname=") + conninfoValue(databaseName);
    if (!userName.isEmpty())
        parts << QStringLiteral("user=") + conninfoValue(userName);
    for (const auto& [keyword, value] : libpqOptions(*this))
        parts << keyword + QLatin1Char('=') + conninfoValue(value);
    return parts.join(QLatin1Char(' '));
}

QStringList CardDeskSettings::knownKeys()
{
    const char* const keys[] = {Language,
                                ReaderNamePatterns,
                                SamReaderNamePatterns,
                                CameraSource,
                                RegionProfile,
                                IdleLockMinutes,
                                ShuffledKeypad,
                                BranchId,
                                BranchName,
                                TerminalId,
                                DataDir,
                                KeyFile,
                                AgencyHost,
                                AgencyPort,
                                AgencyDatabase,
                                AgencyUser,
                                AgencySslMode,
                                AgencySslRootCert,
                                AgencySslCert,
                                AgencySslKey,
                                AgencyPassFile,
                                AgencyConnectTimeout,
                                AgencyApplicationName};
    QStringList list;
    for (const char* k : keys)
        list << QString::fromLatin1(k);
    return list;
}

CardDeskSettings::CardDeskSettings(const QString& systemFile, const QString& userFile)
    : m_system(std::make_unique<QSettings>(systemFile, QSettings::IniFormat))
    , m_user(std::make_unique<QSettings>(userFile.isEmpty() ? defaultUserFile() : userFile,
                                         QSettings::IniFormat))
{}

QString CardDeskSettings::defaultUserFile()
{
    // The file a default QSettings of the application (organisation "CardDesk", application "carddesk") uses
    // on Linux; QSettings' IniFormat user scope would name it carddesk.ini instead.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/CardDesk/carddesk.conf");
}

CardDeskSettings::~CardDeskSettings() = default;

QString CardDeskSettings::defaultSystemFile()
{
    const QString fromEnv = qEnvironmentVariable("CARDDESK_SYSTEM_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/carddesk/carddesk.conf") : fromEnv;
}

QString CardDeskSettings::resourcesDir()
{
    const QString fromEnv = qEnvironmentVariable("CARDDESK_RESOURCES_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        // An installed executable lives in <prefix>/bin; the package puts the resources in
        // <prefix>/share/carddesk.
        const QDir installed(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/carddesk"));
        if (installed.exists(QStringLiteral("regions")) || installed.exists(QStringLiteral("cards")))
            return installed.canonicalPath();
    }
#ifdef CARDDESK_RESOURCES_DIR
    return QStringLiteral(CARDDESK_RESOURCES_DIR);
#else
    return QStringLiteral("/usr/share/carddesk");
#endif
}

QString CardDeskSettings::systemFile() const
{
    return m_system->fileName();
}

QString CardDeskSettings::userFile() const
{
    return m_user->fileName();
}

bool CardDeskSettings::isLocked(const QString& key) const
{
    return isTrue(m_system->value(key + QLatin1String(LockSuffix)));
}

QStringList CardDeskSettings::lockedKeys() const
{
    QStringList keys;
    const QString suffix = QString::fromLatin1(LockSuffix);
    for (const QString& k : m_system->allKeys()) {
        if (k.endsWith(suffix) && isTrue(m_system->value(k)))
            keys << k.chopped(suffix.size());
    }
    keys.sort();
    return keys;
}

CardDeskSettings::Source CardDeskSettings::source(const QString& key) const
{
    if (isLocked(key))
        return Source::Locked;
    if (m_user->contains(key))
        return Source::User;
    if (m_system->contains(key))
        return Source::System;
    return Source::Default;
}

QVariant CardDeskSettings::value(const QString& key, const QVariant& defaultValue) const
{
    if (kForbiddenKeys.contains(key))
        return {};
    switch (source(key)) {
    case Source::Locked:
        return m_system->value(key, defaultValue);
    case Source::User:
        return m_user->value(key);
    case Source::System:
        return m_system->value(key);
    case Source::Default:
        break;
    }
    return defaultValue;
}

bool CardDeskSettings::setValue(const QString& key, const QVariant& value)
{
    if (isLocked(key) || kForbiddenKeys.contains(key) || key.endsWith(QLatin1String(LockSuffix)))
        return false;
    m_user->setValue(key, value);
    return true;
}

bool CardDeskSettings::resetToDefault(const QString& key)
{
    if (isLocked(key))
        return false;
    m_user->remove(key);
    return true;
}

bool CardDeskSettings::sync()
{
    m_user->sync();
    return m_user->status() == QSettings::NoError;
}

QStringList CardDeskSettings::warnings() const
{
    QStringList result;
    const QSettings* scopes[] = {m_system.get(), m_user.get()};
    for (const QSettings* s : scopes) {
        if (s->status() == QSettings::FormatError)
            result << QStringLiteral("%1: cannot be read (format error)").arg(s->fileName());
        for (const QString& k : kForbiddenKeys) {
            if (s->contains(k))
                result << QStringLiteral(
                              "%1: %2 is ignored: put the agency password in the libpq password file "
                              "(agency/passFile) or use a client certificate")
                              .arg(s->fileName(), k);
        }
    }
    const QString lang = value(QString::fromLatin1(Language)).toString();
    if (!lang.isEmpty() && !kSupportedLanguages.contains(lang))
        result << QStringLiteral("%1=%2 is not a supported language (zh_CN, zh_TW, en)")
                      .arg(QString::fromLatin1(Language), lang);
    bool ok = false;
    const QVariant idle = value(QString::fromLatin1(IdleLockMinutes));
    if (idle.isValid())
        idle.toString().toInt(&ok);
    if (idle.isValid() && !ok)
        result << QStringLiteral("%1=%2 is not a number of minutes")
                      .arg(QString::fromLatin1(IdleLockMinutes), idle.toString());
    return result;
}

QStringList CardDeskSettings::readerNamePatterns() const
{
    // Any reader: the PSAM reader is told apart by samReaderNamePatterns.
    QStringList patterns = value(QString::fromLatin1(ReaderNamePatterns)).toStringList();
    patterns.removeAll(QString());
    return patterns.isEmpty() ? QStringList{QStringLiteral("*")} : patterns;
}

QStringList CardDeskSettings::samReaderNamePatterns() const
{
    QStringList patterns = value(QString::fromLatin1(SamReaderNamePatterns)).toStringList();
    patterns.removeAll(QString());
    return patterns;
}

QString CardDeskSettings::cameraSource() const
{
    return value(QString::fromLatin1(CameraSource), QStringLiteral("0")).toString().trimmed();
}

QString CardDeskSettings::regionProfile() const
{
    return value(QString::fromLatin1(RegionProfile)).toString().trimmed();
}

QString CardDeskSettings::language() const
{
    const QString lang = value(QString::fromLatin1(Language)).toString().trimmed();
    return kSupportedLanguages.contains(lang) ? lang : QStringLiteral("zh_CN");
}

QString CardDeskSettings::dataDir() const
{
    const QString dir = expandHome(value(QString::fromLatin1(DataDir)).toString().trimmed());
    if (!dir.isEmpty())
        return QDir::cleanPath(dir);
    // Not AppDataLocation: that depends on the executable's name, and carddesk and carddesk-admin share the
    // store.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/carddesk");
}

QString CardDeskSettings::keyFile() const
{
    const QString file = expandHome(value(QString::fromLatin1(KeyFile)).toString().trimmed());
    return file.isEmpty() ? dataDir() + QStringLiteral("/store.key") : QDir::cleanPath(file);
}

int CardDeskSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = value(QString::fromLatin1(IdleLockMinutes)).toString().toInt(&ok);
    if (!ok)
        return DefaultIdleLockMinutes;
    return std::clamp(minutes, MinIdleLockMinutes, MaxIdleLockMinutes);
}

bool CardDeskSettings::shuffledKeypad() const
{
    return isTrue(value(QString::fromLatin1(ShuffledKeypad)));
}

QString CardDeskSettings::branchId() const
{
    return value(QString::fromLatin1(BranchId)).toString().trimmed();
}

QString CardDeskSettings::branchName() const
{
    return value(QString::fromLatin1(BranchName)).toString().trimmed();
}

QString CardDeskSettings::terminalId() const
{
    const QString id = value(QString::fromLatin1(TerminalId)).toString().trimmed();
    return id.isEmpty() ? QSysInfo::machineHostName() : id;
}

AgencyConnectionSettings CardDeskSettings::agencyConnection() const
{
    auto text = [this](const char* key, const QString& fallback = {}) {
        return value(QString::fromLatin1(key), fallback).toString().trimmed();
    };
    AgencyConnectionSettings c;
    c.host = text(AgencyHost);
    bool ok = false;
    const int port = text(AgencyPort).toInt(&ok);
    c.port = ok && port > 0 && port < 65536 ? port : 5432;
    c.databaseName = text(AgencyDatabase, QStringLiteral("carddesk"));
    c.userName = text(AgencyUser);
    c.sslMode = text(AgencySslMode, QStringLiteral("verify-full"));
    c.sslRootCert = expandHome(text(AgencySslRootCert));
    c.sslCert = expandHome(text(AgencySslCert));
    c.sslKey = expandHome(text(AgencySslKey));
    c.passFile = expandHome(text(AgencyPassFile));
    const int timeout = text(AgencyConnectTimeout).toInt(&ok);
    c.connectTimeoutSeconds = ok && timeout > 0 ? timeout : 10;
    c.applicationName = text(AgencyApplicationName); // empty: the sync layer names itself
    return c;
}

bool CardDeskSettings::readerMatches(const QString& readerName, const QStringList& patterns)
{
    for (const QString& p : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(p),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(readerName).hasMatch())
            return true;
    }
    return false;
}

} // namespace carddesk
