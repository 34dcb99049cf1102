#pragma once

#include "app/domain/RegionProfile.h"
#include "smartcard/SecureBuffer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace carddesk {

enum class PinViolation
{
    WrongLength, // not the region's PIN length
    NotDigits,
    InitialPin,     // the region's initial PIN (fixed, or derived from the ID / birth date / card number)
    BirthDate,      // the birth date in any common form (YYMMDD, MMDD, YYYYMMDD and its windows, DDMMYY, ...)
    RepeatedDigits, // 111111
    SequentialDigits, // 123456, 654321, 789012
    SameAsCurrent,    // PIN change: the new PIN equals the current one
    EntriesDiffer,    // the two entries are not equal
};
QString pinViolationName(PinViolation v); // "wrong-length", "initial-pin", ...

// What the rules need to know about the holder; none of it is secret.
struct PinContext
{
    QString idNumber; // 18 characters
    QDate birthDate;
    QString cardNumber;
};

// The region's rules for a new chip PIN. Works on SecureBuffers only: the PIN never becomes a QString here.
class PinPolicy
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PinPolicy)
public:
    explicit PinPolicy(const RegionProfile& profile = RegionProfile::defaults());

    int pinLength() const { return m_profile.pinLength; }
    // Every rule the new PIN breaks (empty: acceptable). confirmation may be null to check one entry alone.
    QList<PinViolation> check(const SecureBuffer& newPin, const SecureBuffer* confirmation,
                              const PinContext& context, const SecureBuffer* currentPin = nullptr) const;
    // A sentence for the citizen and the clerk ("The new PIN must not be the initial PIN").
    static QString message(PinViolation v);

private:
    RegionProfile m_profile;
};

} // namespace carddesk
