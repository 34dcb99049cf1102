#include "app/config/AuditedSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace carddesk {

namespace {

QString shown(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString();
}

// What the counter really uses for the key: the typed accessor's built-in default when nothing is set.
QString effective(const CardDeskSettings& s, const QString& key)
{
    if (key == QLatin1String(CardDeskSettings::IdleLockMinutes))
        return QString::number(s.idleLockMinutes());
    if (key == QLatin1String(CardDeskSettings::RegionProfile))
        return s.regionProfile();
    if (key == QLatin1String(CardDeskSettings::Language))
        return s.language();
    if (key == QLatin1String(CardDeskSettings::CameraSource))
        return s.cameraSource();
    if (key == QLatin1String(CardDeskSettings::ShuffledKeypad))
        return s.shuffledKeypad() ? QStringLiteral("true") : QStringLiteral("false");
    if (key == QLatin1String(CardDeskSettings::DataDir))
        return s.dataDir();
    if (key == QLatin1String(CardDeskSettings::KeyFile))
        return s.keyFile();
    return shown(s.value(key));
}

} // namespace

AuditedSettings::AuditedSettings(CardDeskSettings& settings, OperationJournal& journal)
    : m_settings(settings)
    , m_journal(journal)
{}

bool AuditedSettings::isSecretKey(const QString& key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("passphrase")) ||
           k.contains(QLatin1String("secret"));
}

SettingsSaveResult AuditedSettings::save(const QList<QPair<QString, QVariant>>& values,
                                         const OperatorContext& by)
{
    return apply(values, false, by);
}

SettingsSaveResult AuditedSettings::resetToDefault(const QStringList& keys, const OperatorContext& by)
{
    QList<QPair<QString, QVariant>> values;
    for (const QString& k : keys)
        values << qMakePair(k, QVariant());
    return apply(values, true, by);
}

SettingsSaveResult AuditedSettings::apply(const QList<QPair<QString, QVariant>>& values, bool reset,
                                          const OperatorContext& by)
{
    SettingsSaveResult result;
    const QStringList known = CardDeskSettings::knownKeys();
    // Refuse the whole save first: nothing is half saved.
    for (const auto& [key, value] : values) {
        Q_UNUSED(value);
        if (!known.contains(key)) {
            result.error = tr("\"%1\" is not a CardDesk setting: nothing was saved.").arg(key);
            return result;
        }
        if (m_settings.isLocked(key)) {
            result.error =
                tr("\"%1\" is locked by the administrator's system settings: nothing was saved.").arg(key);
            return result;
        }
    }
    struct Before
    {
        QString key;
        QVariant value;
        CardDeskSettings::Source source;
    };
    QList<Before> before;
    for (const auto& [key, value] : values) {
        const QVariant old = m_settings.value(key);
        const QString oldShown = effective(m_settings, key);
        const CardDeskSettings::Source source = m_settings.source(key);
        if (reset ? source != CardDeskSettings::Source::User
                  : (shown(old) == shown(value) ||
                     (source == CardDeskSettings::Source::Default && oldShown == shown(value))))
            continue; // no change
        before << Before{key, old, source};
        if (!(reset ? m_settings.resetToDefault(key) : m_settings.setValue(key, value))) {
            result.error = tr("\"%1\" cannot be changed: nothing was saved.").arg(key);
            break;
        }
        const bool secret = isSecretKey(key);
        const QString now = effective(m_settings, key);
        result.changes << SettingChange{key, secret ? QStringLiteral("(secret)") : oldShown,
                                        secret ? QStringLiteral("(secret)") : now};
    }
    auto restore = [&] {
        for (const Before& b : std::as_const(before)) {
            if (b.source == CardDeskSettings::Source::User)
                m_settings.setValue(b.key, b.value);
            else
                m_settings.resetToDefault(b.key);
        }
        m_settings.sync();
        result.changes.clear();
        result.ok = false;
    };
    if (!result.error.isEmpty()) {
        restore();
        return result;
    }
    if (result.changes.isEmpty()) {
        result.ok = true;
        return result;
    }
    if (!m_settings.sync()) {
        result.error =
            tr("The settings file %1 cannot be written: nothing was saved.").arg(m_settings.userFile());
        restore();
        return result;
    }
    AuditEventRecord event;
    event.eventType = QStringLiteral("settings-change");
    event.op = by;
    QJsonArray changes;
    for (const SettingChange& c : std::as_const(result.changes))
        changes.append(QJsonObject{{"key", c.key}, {"old", c.oldValue}, {"new", c.newValue}});
    event.details = QJsonObject{{"changes", changes}, {"file", m_settings.userFile()}};
    if (reset)
        event.details.insert(QStringLiteral("reset"), true);
    QString error;
    if (!m_journal.audit(event, &error)) {
        restore();
        result.error =
            tr("The change could not be recorded in the audit log (%1): nothing was saved.").arg(error);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace carddesk
