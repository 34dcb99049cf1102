#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace carddesk {

// Why a text is not a resident ID number (GB 11643-1999).
enum class IdNumberError
{
    None,
    Empty,
    WrongLength,         // neither 18 nor (legacy) 15 characters
    InvalidCharacter,    // digits only, except a final X on 18-character numbers
    UnknownArea,         // the first two digits are not one of the 34 province-level codes
    InvalidDate,         // the birth date is not a real calendar date (or before 1900)
    FutureDate,          // the birth date is after today
    WrongCheckCharacter, // the 18th character does not match the other 17
};

// Stable identifiers for logs and audit ("wrong-length", ...).
QString idNumberErrorName(IdNumberError error);
// A sentence for the clerk, in the current UI language.
QString idNumberErrorMessage(IdNumberError error);

// A validated resident ID number. Always 18 characters once valid (15-digit numbers are upgraded).
// An invalid IdNumber carries the reason it was rejected.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::IdNumber)
public:
    IdNumber() = default;

    // Accepts 18 characters, or 15 legacy digits (upgraded). Tolerates surrounding/inner spaces, full-width
    // digits and a lower-case x, since clerks paste numbers from many places. today: for the future-date
    // check (defaults to the current date).
    static IdNumber parse(const QString& text, const QDate& today = {});

    bool isValid() const { return m_error == IdNumberError::None && !m_number.isEmpty(); }
    IdNumberError error() const { return m_error; }
    QString errorMessage() const { return idNumberErrorMessage(m_error); }

    // The canonical 18-character number; empty when invalid.
    QString toString() const { return m_number; }
    // 110105********002X: the first six and the last four characters.
    QString masked() const { return mask(m_number); }
    QDate birthDate() const { return m_birthDate; }
    // 1 male, 2 female (the 17th digit: odd / even).
    int sex() const { return m_sex; }
    QString areaCode() const { return m_number.left(6); }
    QString provinceCode() const { return m_number.left(2); }
    // Name of the province-level division (English source text, translated).
    QString provinceName() const { return provinceNameFor(provinceCode()); }
    bool wasUpgradedFrom15() const { return m_upgraded; }
    // Age in whole years on the given date.
    int ageOn(const QDate& date) const;

    bool operator==(const IdNumber& other) const { return m_number == other.m_number; }
    bool operator!=(const IdNumber& other) const { return !(*this == other); }

    // The check character for the first 17 digits ('0'-'9' or 'X'); a null QChar when the input is not 17
    // digits.
    static QChar checkCharacter(const QString& first17);
    // Upgrades a 15-digit number (area + YYMMDD + sequence) to 18: inserts "19" and appends the check
    // character. Returns an empty string when the input is not 15 digits.
    static QString upgrade15(const QString& fifteen);
    // Masks anything for display or logs, even text that is not a valid number: keeps at most the first six
    // and the last four characters, so a full number never appears.
    static QString mask(const QString& text);
    // Two-digit province-level codes (34 divisions).
    static bool isProvinceCode(const QString& twoDigits);
    static QString provinceNameFor(const QString& twoDigits);

private:
    QString m_number;
    QDate m_birthDate;
    int m_sex = 0;
    bool m_upgraded = false;
    IdNumberError m_error = IdNumberError::Empty;
};

} // namespace carddesk
