#include "app/domain/RegionProfile.h"

#include "app/config/CardDeskSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace carddesk {

namespace {

const QStringList kTopLevelKeys = {QStringLiteral("formatVersion"), QStringLiteral("id"),
                                   QStringLiteral("displayName"),   QStringLiteral("initialPin"),
                                   QStringLiteral("pin"),           QStringLiteral("minorAge"),
                                   QStringLiteral("photo"),         QStringLiteral("lossReport"),
                                   QStringLiteral("reissue"),       QStringLiteral("approvalRequiredFor")};

// Reads JSON values with errors that name the key, so a typo in a region file is found at once.
class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {}
    bool failed() const { return m_failed; }

    void fail(const QString& message)
    {
        if (!m_failed && m_error)
            *m_error = message;
        m_failed = true;
    }

    void integer(const QJsonObject& o, const QString& path, const QString& key, int min, int max, int* out)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<long long>(d))) {
            fail(RegionProfile::tr("Region profile: \"%1\" must be a whole number.").arg(path + key));
            return;
        }
        if (d < min || d > max) {
            fail(RegionProfile::tr("Region profile: \"%1\" must be between %2 and %3 (it is %4).")
                     .arg(path + key)
                     .arg(min)
                     .arg(max)
                     .arg(static_cast<long long>(d)));
            return;
        }
        *out = static_cast<int>(d);
    }

    void string(const QJsonObject& o, const QString& path, const QString& key, QString* out)
    {
        if (!o.contains(key))
            return;
        if (!o.value(key).isString()) {
            fail(RegionProfile::tr("Region profile: \"%1\" must be text.").arg(path + key));
            return;
        }
        *out = o.value(key).toString();
    }

    void boolean(const QJsonObject& o, const QString& path, const QString& key, bool* out)
    {
        if (!o.contains(key))
            return;
        if (!o.value(key).isBool()) {
            fail(RegionProfile::tr("Region profile: \"%1\" must be true or false.").arg(path + key));
            return;
        }
        *out = o.value(key).toBool();
    }

    QJsonObject object(const QJsonObject& o, const QString& key, const QStringList& allowedKeys)
    {
        if (!o.contains(key))
            return {};
        if (!o.value(key).isObject()) {
            fail(RegionProfile::tr("Region profile: \"%1\" must be an object.").arg(key));
            return {};
        }
        const QJsonObject inner = o.value(key).toObject();
        checkKeys(inner, key + QLatin1Char('.'), allowedKeys);
        return inner;
    }

    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('_'))) // "_note": free comments
                continue;
            if (!allowed.contains(it.key()))
                fail(RegionProfile::tr("Region profile: unknown setting \"%1\".").arg(path + it.key()));
        }
    }

private:
    QString* m_error;
    bool m_failed = false;
};

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

} // namespace

QString initialPinRuleName(InitialPinRule rule)
{
    switch (rule) {
    case InitialPinRule::Fixed:
        return QStringLiteral("fixed");
    case InitialPinRule::IdLastSix:
        return QStringLiteral("id-last-six");
    case InitialPinRule::BirthDateYYMMDD:
        return QStringLiteral("birth-date-yymmdd");
    case InitialPinRule::CardNumberLastSix:
        return QStringLiteral("card-number-last-six");
    }
    return {};
}

std::optional<InitialPinRule> initialPinRuleFromName(const QString& name)
{
    for (auto r : {InitialPinRule::Fixed, InitialPinRule::IdLastSix, InitialPinRule::BirthDateYYMMDD,
                   InitialPinRule::CardNumberLastSix})
        if (initialPinRuleName(r) == name)
            return r;
    return std::nullopt;
}

QStringList RegionProfile::knownApprovalReasons()
{
    return {QStringLiteral("proxy"),
            QStringLiteral("guardian"),
            QStringLiteral("name-mismatch"),
            QStringLiteral("manual-photo"),
            QStringLiteral("manual-id-entry"),
            QStringLiteral("pin-reset"),
            QStringLiteral("pin-change"),
            QStringLiteral("pin-unblock"),
            QStringLiteral("loss-report"),
            QStringLiteral("reissue"),
            QStringLiteral("service-password-reset"),
            QStringLiteral("ecert-password-reset")};
}

QString RegionProfile::reissueFeeText() const
{
    return QStringLiteral("%1.%2").arg(reissueFeeFen / 100).arg(reissueFeeFen % 100, 2, 10, QLatin1Char('0'));
}

std::optional<RegionProfile> RegionProfile::fromJson(const QJsonObject& json, QString* error)
{
    RegionProfile p;
    Reader r(error);
    r.checkKeys(json, QString(), kTopLevelKeys);
    int formatVersion = 1;
    r.integer(json, {}, QStringLiteral("formatVersion"), 1, 1, &formatVersion);
    r.string(json, {}, QStringLiteral("id"), &p.id);
    r.string(json, {}, QStringLiteral("displayName"), &p.displayName);
    r.integer(json, {}, QStringLiteral("minorAge"), 1, 21, &p.minorAge);

    const QJsonObject pin = r.object(
        json, QStringLiteral("pin"),
        {QStringLiteral("length"), QStringLiteral("triesBeforeBlock"), QStringLiteral("padForChange")});
    r.integer(pin, QStringLiteral("pin."), QStringLiteral("length"), 4, 12, &p.pinLength);
    r.integer(pin, QStringLiteral("pin."), QStringLiteral("triesBeforeBlock"), 1, 15, &p.pinTriesBeforeBlock);
    r.boolean(pin, QStringLiteral("pin."), QStringLiteral("padForChange"), &p.pinPadForChange);

    const QJsonObject initial =
        r.object(json, QStringLiteral("initialPin"), {QStringLiteral("rule"), QStringLiteral("value")});
    if (initial.contains(QStringLiteral("rule"))) {
        QString ruleName;
        r.string(initial, QStringLiteral("initialPin."), QStringLiteral("rule"), &ruleName);
        const auto rule = initialPinRuleFromName(ruleName);
        if (!r.failed() && !rule)
            r.fail(tr("Region profile: \"initialPin.rule\" must be one of fixed, id-last-six, "
                      "birth-date-yymmdd, "
                      "card-number-last-six (it is \"%1\").")
                       .arg(ruleName));
        else if (rule)
            p.initialPinRule = *rule;
    }
    r.string(initial, QStringLiteral("initialPin."), QStringLiteral("value"), &p.initialPinValue);

    const QJsonObject photo =
        r.object(json, QStringLiteral("photo"),
                 {QStringLiteral("minBytes"), QStringLiteral("maxBytes"), QStringLiteral("width"),
                  QStringLiteral("height"), QStringLiteral("noPhotoUnderAge")});
    r.integer(photo, QStringLiteral("photo."), QStringLiteral("minBytes"), 1024, 1024 * 1024,
              &p.photoMinBytes);
    r.integer(photo, QStringLiteral("photo."), QStringLiteral("maxBytes"), 1024, 1024 * 1024,
              &p.photoMaxBytes);
    r.integer(photo, QStringLiteral("photo."), QStringLiteral("width"), 100, 2000, &p.photoWidth);
    r.integer(photo, QStringLiteral("photo."), QStringLiteral("height"), 100, 2000, &p.photoHeight);
    r.integer(photo, QStringLiteral("photo."), QStringLiteral("noPhotoUnderAge"), 0, 18, &p.noPhotoUnderAge);

    const QJsonObject loss = r.object(json, QStringLiteral("lossReport"), {QStringLiteral("deadlineHours")});
    r.integer(loss, QStringLiteral("lossReport."), QStringLiteral("deadlineHours"), 1, 24 * 60,
              &p.lossReportDeadlineHours);

    const QJsonObject reissue =
        r.object(json, QStringLiteral("reissue"),
                 {QStringLiteral("feeFen"), QStringLiteral("workingDays"), QStringLiteral("mailing")});
    r.integer(reissue, QStringLiteral("reissue."), QStringLiteral("feeFen"), 0, 100000, &p.reissueFeeFen);
    r.integer(reissue, QStringLiteral("reissue."), QStringLiteral("workingDays"), 0, 120,
              &p.reissueWorkingDays);
    r.boolean(reissue, QStringLiteral("reissue."), QStringLiteral("mailing"), &p.reissueMailingAllowed);

    if (json.contains(QStringLiteral("approvalRequiredFor"))) {
        const QJsonValue v = json.value(QStringLiteral("approvalRequiredFor"));
        if (!v.isArray()) {
            r.fail(tr("Region profile: \"approvalRequiredFor\" must be a list of reasons."));
        } else {
            p.approvalRequiredFor.clear();
            const QStringList known = knownApprovalReasons();
            for (const QJsonValue& item : v.toArray()) {
                const QString reason = item.toString();
                if (!item.isString() || !known.contains(reason)) {
                    r.fail(tr("Region profile: \"approvalRequiredFor\" names an unknown reason \"%1\"; "
                              "known: %2.")
                               .arg(item.isString() ? reason : QStringLiteral("?"),
                                    known.join(QStringLiteral(", "))));
                    break;
                }
                if (!p.approvalRequiredFor.contains(reason))
                    p.approvalRequiredFor << reason;
            }
        }
    }
    if (r.failed())
        return std::nullopt;

    // Consistency between settings.
    if (p.id.isEmpty() || p.id.contains(QLatin1Char('/')) || p.id.contains(QLatin1Char('.')))
        r.fail(tr("Region profile: \"id\" must be a plain name such as \"nanjing\"."));
    else if (p.initialPinRule == InitialPinRule::Fixed &&
             (!allDigits(p.initialPinValue) || p.initialPinValue.size() != p.pinLength))
        r.fail(
            tr("Region profile: \"initialPin.value\" must be %1 digits, the PIN length.").arg(p.pinLength));
    else if (p.initialPinRule != InitialPinRule::Fixed && p.pinLength != 6)
        r.fail(tr("Region profile: the initial PIN rule \"%1\" makes six digits, but \"pin.length\" is %2.")
                   .arg(initialPinRuleName(p.initialPinRule))
                   .arg(p.pinLength));
    else if (p.photoMinBytes > p.photoMaxBytes)
        r.fail(tr("Region profile: \"photo.minBytes\" is larger than \"photo.maxBytes\"."));
    if (r.failed())
        return std::nullopt;
    if (p.initialPinRule != InitialPinRule::Fixed)
        p.initialPinValue.clear();
    return p;
}

QJsonObject RegionProfile::toJson() const
{
    QJsonObject initial{{QStringLiteral("rule"), initialPinRuleName(initialPinRule)}};
    if (initialPinRule == InitialPinRule::Fixed)
        initial.insert(QStringLiteral("value"), initialPinValue);
    return {
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("initialPin"), initial},
        {QStringLiteral("pin"), QJsonObject{{QStringLiteral("length"), pinLength},
                                            {QStringLiteral("triesBeforeBlock"), pinTriesBeforeBlock},
                                            {QStringLiteral("padForChange"), pinPadForChange}}},
        {QStringLiteral("minorAge"), minorAge},
        {QStringLiteral("photo"), QJsonObject{{QStringLiteral("minBytes"), photoMinBytes},
                                              {QStringLiteral("maxBytes"), photoMaxBytes},
                                              {QStringLiteral("width"), photoWidth},
                                              {QStringLiteral("height"), photoHeight},
                                              {QStringLiteral("noPhotoUnderAge"), noPhotoUnderAge}}},
        {QStringLiteral("lossReport"),
         QJsonObject{{QStringLiteral("deadlineHours"), lossReportDeadlineHours}}},
        {QStringLiteral("reissue"), QJsonObject{{QStringLiteral("feeFen"), reissueFeeFen},
                                                {QStringLiteral("workingDays"), reissueWorkingDays},
                                                {QStringLiteral("mailing"), reissueMailingAllowed}}},
        {QStringLiteral("approvalRequiredFor"), QJsonArray::fromStringList(approvalRequiredFor)},
    };
}

std::optional<RegionProfile> RegionProfile::loadFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Region profile %1 cannot be read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("Region profile %1 is not valid JSON (at byte %2: %3).")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("not an object"));
        return std::nullopt;
    }
    QString why;
    auto profile = fromJson(doc.object(), &why);
    if (!profile) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
        return std::nullopt;
    }
    const QString expectedId = QFileInfo(path).completeBaseName();
    if (profile->id != expectedId) {
        if (error)
            *error = tr("Region profile %1 says its id is \"%2\"; the file name says \"%3\".")
                         .arg(path, profile->id, expectedId);
        return std::nullopt;
    }
    return profile;
}

std::optional<RegionProfile> RegionProfile::load(const QString& id, QString* error)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('.'))) {
        if (error)
            *error = tr("\"%1\" is not a region name.").arg(id);
        return std::nullopt;
    }
    const QString overrideFile = overrideDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
    if (QFileInfo::exists(overrideFile)) {
        QString why;
        auto profile = loadFile(overrideFile, &why);
        if (!profile && error)
            *error = tr("The region file %1 replaces the built-in profile \"%2\" but cannot be used: %3 "
                        "Correct or remove the file.")
                         .arg(overrideFile, id, why);
        return profile;
    }
    const QString builtIn = builtInDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
    if (!QFileInfo::exists(builtIn)) {
        if (error)
            *error = tr("There is no region profile \"%1\" (looked in %2 and the built-in profiles).")
                         .arg(id, overrideDirectory());
        return std::nullopt;
    }
    return loadFile(builtIn, error);
}

QString RegionProfile::builtInDirectory()
{
    return QStringLiteral(":/regions");
}

QString RegionProfile::overrideDirectory()
{
    const QString env = qEnvironmentVariable("CARDDESK_REGIONS_DIR");
    if (!env.isEmpty())
        return env;
    return CardDeskSettings::resourcesDir() + QStringLiteral("/regions");
}

QString RegionProfile::fileFor(const QString& id)
{
    for (const QString& dir : {overrideDirectory(), builtInDirectory()}) {
        const QString file = dir + QLatin1Char('/') + id + QStringLiteral(".json");
        if (QFileInfo::exists(file))
            return file;
    }
    return {};
}

QStringList RegionProfile::availableRegions()
{
    QStringList ids;
    for (const QString& dir : {overrideDirectory(), builtInDirectory()}) {
        const auto files = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QFileInfo& fi : files)
            if (!ids.contains(fi.completeBaseName()))
                ids << fi.completeBaseName();
    }
    ids.sort();
    return ids;
}

} // namespace carddesk
