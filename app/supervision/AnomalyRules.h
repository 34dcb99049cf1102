#pragma once
// Anomaly rules over the audit chain (configurable; kept in the store's settings, changes audited):
//   resets-per-hour      more than N resets (PIN, service password, e-certificate password) by one operator
//                        within any hour
//   card-resets-per-day  the same card (or, without a card, the same masked ID) reset more than N times a day
//   outside-hours        an operation outside the opening hours (counter's local time)
//   override-rate        name-mismatch overrides above P% of an operator's operations (from M operations on)
//   manual-photo-rate    manual photo captures above P% of an operator's operations
//   failed-logins        N failed logins in a row for one account
// Each flag names the audit entry (sequence) and the rule that fired.

#include "app/workflow/StorePorts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace carddesk {

class LocalStore;

struct AnomalySettings
{
    int resetsPerOperatorHour = 10;
    int cardResetsPerDay = 1;
    QTime opensAt{8, 0};
    QTime closesAt{18, 0};
    double overrideRatePercent = 10.0;
    double manualPhotoRatePercent = 20.0;
    int minimumOperationsForRate = 10;
    int failedLoginsInRow = 3;

    QJsonObject toJson() const;
    static AnomalySettings fromJson(const QJsonObject& json);
    static AnomalySettings load(LocalStore& store);
    // Saved as one setting; a "settings-change" audit entry records old and new values. Supervisors only.
    static bool save(LocalStore& store, const AnomalySettings& settings, const OperatorContext& by,
                     QString* error);
};

struct AnomalyFlag
{
    qint64 sequence = 0;
    QString rule;
    QString description;
    QString operatorId;
    QDateTime timeUtc;
};

class AnomalyRules
{
public:
    // Flags in [fromUtc, toUtc), oldest first.
    static QList<AnomalyFlag> scan(LocalStore& store, const AnomalySettings& settings,
                                   const QDateTime& fromUtc, const QDateTime& toUtc);
};

} // namespace carddesk
