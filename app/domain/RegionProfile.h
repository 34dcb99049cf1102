#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace carddesk {

// How a region sets the chip PIN on a new card. The citizen may not keep it as their PIN.
enum class InitialPinRule
{
    Fixed,     // a fixed value for everybody ("123456", "888888", "000000")
    IdLastSix, // the last six characters of the ID number (an X counts as 0; the six digits before X too)
    BirthDateYYMMDD,  // the birth date as YYMMDD ("last six digits of the birth date")
    CardNumberLastSix // the last six digits of the card number
};
QString initialPinRuleName(
    InitialPinRule rule); // "fixed", "id-last-six", "birth-date-yymmdd", "card-number-last-six"
std::optional<InitialPinRule> initialPinRuleFromName(const QString& name);

// The service rules of one region (domain.md §6), read from resources/regions/<id>.json. Every number that
// differs between provinces lives here, not in code. Missing keys take the national defaults; a key with a
// wrong type or an out-of-range value is an error that names the key.
struct RegionProfile
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::RegionProfile)
public:
    QString id = QStringLiteral("national");
    QString displayName = QStringLiteral("National default");
    InitialPinRule initialPinRule = InitialPinRule::Fixed;
    QString initialPinValue = QStringLiteral("123456"); // for Fixed; a public default, not a secret
    int pinLength = 6;
    int pinTriesBeforeBlock = 3;
    // PIN change may be typed on the reader's PIN pad ("pin.padForChange"). The PIN then never reaches the
    // host, so the host cannot check it against the PIN policy (initial PIN, birth date, repeated digits
    // ...): only the card's own rules apply. Off unless a region accepts that.
    bool pinPadForChange = false;
    int minorAge = 18;       // holders younger than this need a guardian
    int noPhotoUnderAge = 0; // holders younger than this may go without a photo (0: everybody needs one)
    int photoMinBytes = 14 * 1024; // card photo JPEG size limits
    int photoMaxBytes = 40 * 1024;
    int photoWidth = 358;
    int photoHeight = 441;
    int lossReportDeadlineHours =
        72;                      // a temporary (phone) loss report must be confirmed at a counter in time
    int reissueFeeFen = 2000;    // in fen (0.01 yuan): no floating point for money
    int reissueWorkingDays = 20; // expected print cycle
    bool reissueMailingAllowed = true;
    // Reasons that need a supervisor's approval: "proxy", "guardian", "name-mismatch", "manual-photo",
    // "manual-id-entry", or a service name ("pin-unblock", "reissue", ...; see serviceTypeName()).
    QStringList approvalRequiredFor = {QStringLiteral("proxy"), QStringLiteral("guardian"),
                                       QStringLiteral("name-mismatch")};

    bool requiresApproval(const QString& reason) const { return approvalRequiredFor.contains(reason); }
    // "20.00"
    QString reissueFeeText() const;

    // The national defaults (also what a missing key means).
    static RegionProfile defaults() { return RegionProfile(); }
    static std::optional<RegionProfile> fromJson(const QJsonObject& json, QString* error);
    static std::optional<RegionProfile> loadFile(const QString& path, QString* error);
    // Loads the region `id`: the override file <overrideDirectory()>/<id>.json when there is one, else the
    // built-in profile :/regions/<id>.json. A bad override file is refused with an error naming the file (the
    // built-in profile is NOT used in its place: an administrator put the file there to change the rules).
    static std::optional<RegionProfile> load(const QString& id, QString* error);
    QJsonObject toJson() const;

    // The built-in profiles, embedded in the program: ":/regions".
    static QString builtInDirectory();
    // Where administrators put override files: $CARDDESK_REGIONS_DIR when set, else
    // CardDeskSettings::resourcesDir()/regions (/usr/share/carddesk/regions when installed).
    static QString overrideDirectory();
    // The file load(id) reads (override first, then built-in); empty when neither exists.
    static QString fileFor(const QString& id);
    // Region ids found in either place, sorted, without duplicates.
    static QStringList availableRegions();
    static QStringList knownApprovalReasons();
};

} // namespace carddesk
