#include "app/supervision/AnomalyRules.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/supervision/AuditQuery.h"
#include "app/supervision/SupervisionText.h"
#include "app/supervision/SupervisorAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <deque>
#include <map>

namespace carddesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AnomalyRules", text);
}
const QString kSettingKey = QStringLiteral("supervision/anomaly-rules");

bool isReset(const QString& event)
{
    return event == QLatin1String("operation:pin-reset") ||
           event == QLatin1String("operation:service-password-reset") ||
           event == QLatin1String("operation:ecert-password-reset");
}
} // namespace

QJsonObject AnomalySettings::toJson() const
{
    return {{"resetsPerOperatorHour", resetsPerOperatorHour},
            {"cardResetsPerDay", cardResetsPerDay},
            {"opensAt", opensAt.toString(QStringLiteral("HH:mm"))},
            {"closesAt", closesAt.toString(QStringLiteral("HH:mm"))},
            {"overrideRatePercent", overrideRatePercent},
            {"manualPhotoRatePercent", manualPhotoRatePercent},
            {"minimumOperationsForRate", minimumOperationsForRate},
            {"failedLoginsInRow", failedLoginsInRow}};
}

AnomalySettings AnomalySettings::fromJson(const QJsonObject& j)
{
    AnomalySettings s;
    s.resetsPerOperatorHour = j.value(QStringLiteral("resetsPerOperatorHour")).toInt(s.resetsPerOperatorHour);
    s.cardResetsPerDay = j.value(QStringLiteral("cardResetsPerDay")).toInt(s.cardResetsPerDay);
    const QTime opens =
        QTime::fromString(j.value(QStringLiteral("opensAt")).toString(), QStringLiteral("HH:mm"));
    const QTime closes =
        QTime::fromString(j.value(QStringLiteral("closesAt")).toString(), QStringLiteral("HH:mm"));
    if (opens.isValid())
        s.opensAt = opens;
    if (closes.isValid())
        s.closesAt = closes;
    s.overrideRatePercent = j.value(QStringLiteral("overrideRatePercent")).toDouble(s.overrideRatePercent);
    s.manualPhotoRatePercent =
        j.value(QStringLiteral("manualPhotoRatePercent")).toDouble(s.manualPhotoRatePercent);
    s.minimumOperationsForRate =
        j.value(QStringLiteral("minimumOperationsForRate")).toInt(s.minimumOperationsForRate);
    s.failedLoginsInRow = j.value(QStringLiteral("failedLoginsInRow")).toInt(s.failedLoginsInRow);
    return s;
}

AnomalySettings AnomalySettings::load(LocalStore& store)
{
    return fromJson(QJsonDocument::fromJson(store.setting(kSettingKey).toUtf8()).object());
}

bool AnomalySettings::save(LocalStore& store, const AnomalySettings& settings, const OperatorContext& by,
                           QString* error)
{
    if (!SupervisorAccess::canAct(by.role)) {
        if (error)
            *error = tr("only a supervisor or an administrator may change the anomaly rules");
        return false;
    }
    const QString before = store.setting(kSettingKey);
    const QString after = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    LocalStore::WriteTransaction t(store);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    if (!store.setSetting(t.db(), kSettingKey, after, error))
        return false;
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = QStringLiteral("settings-change");
    f.operatorId = by.operatorId;
    f.role = by.role;
    f.terminalId = by.terminalId;
    f.branchId = by.branchId;
    f.details = QJsonObject{{"key", kSettingKey}, {"old", before}, {"new", after}};
    if (!store.appendAudit(t.db(), f, error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    return true;
}

QList<AnomalyFlag> AnomalyRules::scan(LocalStore& store, const AnomalySettings& s, const QDateTime& fromUtc,
                                      const QDateTime& toUtc)
{
    AuditFilter filter;
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    AuditQuery query(store, filter);
    QList<AuditRow> rows;
    while (!query.atEnd())
        rows += query.fetchPage(5000);
    std::reverse(rows.begin(), rows.end()); // oldest first

    QList<AnomalyFlag> flags;
    auto flag = [&](const AuditRow& r, const QString& rule, const QString& text) {
        flags.append(AnomalyFlag{r.sequence, rule, text, r.fields.operatorId, r.fields.timeUtc});
    };
    std::map<QString, std::deque<QDateTime>> resetsByOperator;
    std::map<QString, int> cardResets; // key: card or masked ID + local day
    std::map<QString, int> failedRun;
    struct Rates
    {
        int operations = 0;
        QList<const AuditRow*> overrides;
        QList<const AuditRow*> manualPhotos;
    };
    std::map<QString, Rates> rates;

    for (const AuditRow& r : std::as_const(rows)) {
        const AuditEntryFields& f = r.fields;
        const bool operation = f.eventType.startsWith(QLatin1String("operation:"));
        if (operation) {
            ++rates[f.operatorId].operations;
            const QTime local = f.timeUtc.toLocalTime().time();
            if (local < s.opensAt || local >= s.closesAt)
                flag(r, QStringLiteral("outside-hours"),
                     //: %1 service name, %2 local time, %3-%4 opening and closing time
                     tr("%1 at %2, outside the opening hours %3-%4")
                         .arg(supervisiontext::service(f.eventType.mid(10)),
                              local.toString(QStringLiteral("HH:mm")),
                              s.opensAt.toString(QStringLiteral("HH:mm")),
                              s.closesAt.toString(QStringLiteral("HH:mm"))));
        }
        if (isReset(f.eventType)) {
            auto& window = resetsByOperator[f.operatorId];
            window.push_back(f.timeUtc);
            while (!window.empty() && window.front().secsTo(f.timeUtc) >= 3600)
                window.pop_front();
            if (static_cast<int>(window.size()) > s.resetsPerOperatorHour)
                flag(r, QStringLiteral("resets-per-hour"),
                     //: %1 number of PIN/password resets, %2 operator ID, %3 the configured limit
                     tr("%1 resets by %2 within an hour (limit %3)")
                         .arg(window.size())
                         .arg(f.operatorId)
                         .arg(s.resetsPerOperatorHour));
            const QString card = !f.cardNumber.isEmpty() ? f.cardNumber : f.maskedIdNumber;
            if (!card.isEmpty()) {
                const QString key =
                    card + QLatin1Char('|') + f.timeUtc.toLocalTime().date().toString(Qt::ISODate);
                const int n = ++cardResets[key];
                if (n > s.cardResetsPerDay)
                    flag(r, QStringLiteral("card-resets-per-day"),
                         //: %1 masked card number, %2 times, %3 date, %4 the configured limit
                         tr("card %1 reset %2 times on %3 (limit %4)")
                             .arg(AuditQuery::maskCardNumber(card))
                             .arg(n)
                             .arg(f.timeUtc.toLocalTime().date().toString(Qt::ISODate))
                             .arg(s.cardResetsPerDay));
            }
        }
        if (f.eventType == QLatin1String("name-mismatch-override"))
            rates[f.operatorId].overrides << &r;
        if (f.eventType == QLatin1String("photo-manual-capture"))
            rates[f.operatorId].manualPhotos << &r;
        if (f.eventType == QLatin1String("login-failed")) {
            const int n = ++failedRun[f.operatorId];
            if (n >= s.failedLoginsInRow)
                flag(r, QStringLiteral("failed-logins"),
                     //: %1 number of failed sign-ins, %2 operator ID
                     tr("%1 failed logins in a row for %2").arg(n).arg(f.operatorId));
        } else if (f.eventType == QLatin1String("login") && f.success) {
            failedRun[f.operatorId] = 0;
        }
    }
    for (const auto& [op, rate] : rates) {
        if (rate.operations < s.minimumOperationsForRate)
            continue;
        auto check = [&](const QList<const AuditRow*>& events, double limit, const QString& rule,
                         const QString& what) {
            const double percent = 100.0 * events.size() / rate.operations;
            if (percent <= limit)
                return;
            for (const AuditRow* r : events)
                flag(*r, rule,
                     //: %1 what is counted (e.g. name-mismatch overrides), %2 of %3 operations, %4 operator
                     //: ID, %5 its percentage, %6 the configured limit in percent
                     tr("%1: %2 of %3 operations by %4 (%5%, limit %6%)")
                         .arg(what)
                         .arg(events.size())
                         .arg(rate.operations)
                         .arg(op)
                         .arg(percent, 0, 'f', 1)
                         .arg(limit, 0, 'f', 1));
        };
        check(rate.overrides, s.overrideRatePercent, QStringLiteral("override-rate"),
              tr("name-mismatch overrides"));
        check(rate.manualPhotos, s.manualPhotoRatePercent, QStringLiteral("manual-photo-rate"),
              tr("manual photo captures"));
    }
    std::sort(flags.begin(), flags.end(),
              [](const AnomalyFlag& a, const AnomalyFlag& b) { return a.sequence < b.sequence; });
    return flags;
}

} // namespace carddesk
