#pragma once
// CardDesk's settings: the clerk's own choices (user scope, QSettings INI in
// ~/.config/CardDesk/carddesk.conf) over the branch administrator's defaults (system scope,
// /etc/carddesk/carddesk.conf). The administrator can lock a key by writing `<key>_LOCK=true` beside it in
// the system file: a locked key always takes the system value (or the built-in default when the system file
// gives none), cannot be changed from the application, and the UI shows it read-only (isLocked()). See
// docs/admin-guide.md, "Configuration".

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace carddesk {

// Where and how the agency's PostgreSQL is reached. Never a password: the password comes from the libpq
// password file (passFile, PGPASSFILE format) or the connection is authenticated by a client certificate.
struct AgencyConnectionSettings
{
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString sslMode;     // libpq sslmode; verify-full unless the administrator says otherwise
    QString sslRootCert; // CA certificate that signed the server's certificate
    QString sslCert;     // client certificate (optional)
    QString sslKey;      // client key (optional; must be 0600)
    QString passFile;    // libpq password file (optional; must be 0600)
    int connectTimeoutSeconds = 10;
    QString applicationName;

    bool isConfigured() const { return !host.isEmpty() && !databaseName.isEmpty() && !userName.isEmpty(); }
    // Options for QSqlDatabase::setConnectOptions() of the QPSQL driver ("sslmode=verify-full;..."): every
    // libpq keyword that is set, never a password.
    QString qpsqlConnectOptions() const;
    // A libpq conninfo string ("host=... port=... dbname=... user=... sslmode=..."): what
    // SyncWorkerOptions::conninfo and `carddesk-admin agency` take.
    QString libpqConnInfo() const;
};

class CardDeskSettings
{
public:
    // Where a value came from, for the settings dialog and `carddesk-admin config show`.
    enum class Source
    {
        Default,
        System,
        User,
        Locked,
    };

    // Key names (INI "group/key"). The UI and the rest of the application use these, never string literals.
    // card/readerPatterns, card/samReaderPatterns: wildcard patterns of the citizen card and PSAM readers.
    static const char* const ReaderNamePatterns;
    static const char* const SamReaderNamePatterns;
    // camera/source: "0", "/dev/video0", a video or image file.
    static const char* const CameraSource;
    // region/profile: the id of a region profile (its file name without .json).
    static const char* const RegionProfile;
    // ui/language: zh_CN, zh_TW or en.
    static const char* const Language;
    // store/dataDir, store/keyFile: the local store's folder and its encryption key file.
    static const char* const DataDir;
    static const char* const KeyFile;
    // security/idleLockMinutes: lock the counter after this much inactivity.
    static const char* const IdleLockMinutes;
    // security/shuffledKeypad: the customer PIN window shuffles its digit keys (true/false).
    static const char* const ShuffledKeypad;
    // counter/branchId, counter/branchName, counter/terminalId: this counter as registered at the agency.
    static const char* const BranchId;
    static const char* const BranchName;
    static const char* const TerminalId;
    // agency/host ... agency/applicationName: see AgencyConnectionSettings.
    static const char* const AgencyHost;
    static const char* const AgencyPort;
    static const char* const AgencyDatabase;
    static const char* const AgencyUser;
    static const char* const AgencySslMode;
    static const char* const AgencySslRootCert;
    static const char* const AgencySslCert;
    static const char* const AgencySslKey;
    static const char* const AgencyPassFile;
    static const char* const AgencyConnectTimeout;
    static const char* const AgencyApplicationName;

    // Every key above, in the order the settings page and `carddesk-admin config show` list them.
    static QStringList knownKeys();

    // The suffix that locks a key in the system file: `card/readerPatterns_LOCK=true`.
    static const char* const LockSuffix;

    // systemFile: the administrator's file (defaultSystemFile() in production). userFile: the clerk's file;
    // empty means defaultUserFile().
    explicit CardDeskSettings(const QString& systemFile = defaultSystemFile(), const QString& userFile = {});
    ~CardDeskSettings();
    CardDeskSettings(const CardDeskSettings&) = delete;
    CardDeskSettings& operator=(const CardDeskSettings&) = delete;

    // ~/.config/CardDesk/carddesk.conf ($XDG_CONFIG_HOME/CardDesk/carddesk.conf).
    static QString defaultUserFile();
    // $CARDDESK_SYSTEM_CONFIG when set (tests, unusual installs), else /etc/carddesk/carddesk.conf.
    static QString defaultSystemFile();
    // The folder with region profiles (regions/) and simulator cards (cards/): $CARDDESK_RESOURCES_DIR when
    // set, else <prefix>/share/carddesk next to the installed executable, else the source tree's resources/.
    static QString resourcesDir();

    QString systemFile() const;
    QString userFile() const;

    // Locked system value > user value > system value > defaultValue.
    QVariant value(const QString& key, const QVariant& defaultValue = {}) const;
    Source source(const QString& key) const;
    bool isLocked(const QString& key) const;
    QStringList lockedKeys() const;
    // Writes the clerk's value; false (nothing written) when the administrator locked the key.
    bool setValue(const QString& key, const QVariant& value);
    // Removes the clerk's value so that the system value or the default applies again; false when locked.
    bool resetToDefault(const QString& key);
    // Writes pending changes to disk; false when the user file cannot be written.
    bool sync();
    // Problems found in the files (a password in plain text, a bad number), for the log and the admin tool.
    QStringList warnings() const;

    // Typed accessors with the built-in defaults.
    QStringList readerNamePatterns() const;
    QStringList samReaderNamePatterns() const;
    QString cameraSource() const;
    QString regionProfile() const;
    QString language() const;
    QString dataDir() const;
    QString keyFile() const;
    int idleLockMinutes() const;
    bool shuffledKeypad() const;
    QString branchId() const; // "" when not configured
    QString branchName() const;
    QString terminalId() const; // the host name when not configured
    AgencyConnectionSettings agencyConnection() const;

    // True when readerName matches one of the wildcard patterns (case-insensitive, "*" and "?").
    static bool readerMatches(const QString& readerName, const QStringList& patterns);

    static constexpr int DefaultIdleLockMinutes = 5;
    static constexpr int MinIdleLockMinutes = 1;
    static constexpr int MaxIdleLockMinutes = 120;

private:
    std::unique_ptr<QSettings> m_system;
    std::unique_ptr<QSettings> m_user;
};

} // namespace carddesk
