#pragma once
// Saving counter settings with an audit trail: every change saved on the settings page becomes a
// "settings-change" audit entry naming each key with its old and new value (what the counter uses, defaults
// included). Values of secret keys (a name containing "password", "passphrase" or "secret") are never written
// to the audit: only that they changed. CardDeskSettings keeps no secrets today (the agency password lives in
// the libpq password file, settings hold its path), the rule is a guard for later keys.

#include "app/config/CardDeskSettings.h"
#include "app/workflow/StorePorts.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace carddesk {

struct SettingChange
{
    QString key;
    QString oldValue; // as shown in the audit ("" = not set); "(secret)" for secret keys
    QString newValue;
};

struct SettingsSaveResult
{
    bool ok = false;
    QString error;                // for people, when !ok: nothing was changed
    QList<SettingChange> changes; // what was saved (keys whose value really changed); empty: nothing to do
};

class AuditedSettings
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::AuditedSettings)
public:
    AuditedSettings(CardDeskSettings& settings, OperationJournal& journal);

    // Saves the values that differ from the current ones, all or nothing: a locked or unknown key refuses the
    // whole save; the values are written and synced, then one audit entry lists the changes; if the audit
    // entry cannot be written the old values are put back (no unaudited change) and ok is false.
    SettingsSaveResult save(const QList<QPair<QString, QVariant>>& values, const OperatorContext& by);
    // Same for removing the clerk's values (the system value or the default applies again).
    SettingsSaveResult resetToDefault(const QStringList& keys, const OperatorContext& by);

    static bool isSecretKey(const QString& key);

    CardDeskSettings& settings() { return m_settings; }

private:
    SettingsSaveResult apply(const QList<QPair<QString, QVariant>>& values, bool reset,
                             const OperatorContext& by);

    CardDeskSettings& m_settings;
    OperationJournal& m_journal;
};

} // namespace carddesk
