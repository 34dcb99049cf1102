#include "app/domain/PinPolicy.h"

#include <openssl/crypto.h>

#include <string>
#include <vector>

namespace carddesk {

namespace {

// Candidate values are built from non-secret data (ID number, birth date, card number), but a candidate that
// equals the PIN is the PIN: compare in constant time and wipe the candidates afterwards.
class Candidates
{
public:
    ~Candidates()
    {
        for (auto& c : m_values)
            OPENSSL_cleanse(c.data(), c.size());
    }
    void add(const std::string& value)
    {
        if (!value.empty())
            m_values.push_back(value);
    }
    bool matches(const SecureBuffer& pin) const
    {
        bool hit = false;
        for (const auto& c : m_values)
            if (c.size() == pin.size() && CRYPTO_memcmp(c.data(), pin.data(), c.size()) == 0)
                hit = true;
        return hit;
    }

private:
    std::vector<std::string> m_values;
};

std::string digitsOnly(const QString& s)
{
    std::string out;
    for (QChar c : s)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.push_back(static_cast<char>(c.unicode()));
    return out;
}

std::string lastN(const std::string& s, std::size_t n)
{
    return s.size() >= n ? s.substr(s.size() - n) : std::string();
}

std::string twoDigits(int v)
{
    std::string s = std::to_string(v % 100);
    return s.size() == 1 ? "0" + s : s;
}

} // namespace

QString pinViolationName(PinViolation v)
{
    switch (v) {
    case PinViolation::WrongLength:
        return QStringLiteral("wrong-length");
    case PinViolation::NotDigits:
        return QStringLiteral("not-digits");
    case PinViolation::InitialPin:
        return QStringLiteral("initial-pin");
    case PinViolation::BirthDate:
        return QStringLiteral("birth-date");
    case PinViolation::RepeatedDigits:
        return QStringLiteral("repeated-digits");
    case PinViolation::SequentialDigits:
        return QStringLiteral("sequential-digits");
    case PinViolation::SameAsCurrent:
        return QStringLiteral("same-as-current");
    case PinViolation::EntriesDiffer:
        return QStringLiteral("entries-differ");
    }
    return {};
}

QString PinPolicy::message(PinViolation v)
{
    switch (v) {
    case PinViolation::WrongLength:
        return tr("The new PIN must have exactly the required number of digits.");
    case PinViolation::NotDigits:
        return tr("The new PIN may contain digits only.");
    case PinViolation::InitialPin:
        return tr("The new PIN must not be the initial PIN");
    case PinViolation::BirthDate:
        return tr("The new PIN must not be the date of birth");
    case PinViolation::RepeatedDigits:
        return tr("The new PIN must not repeat one digit");
    case PinViolation::SequentialDigits:
        return tr("The new PIN must not be a run of consecutive digits");
    case PinViolation::SameAsCurrent:
        return tr("The new PIN must differ from the current PIN");
    case PinViolation::EntriesDiffer:
        return tr("The two entries of the new PIN are not the same");
    }
    return {};
}

PinPolicy::PinPolicy(const RegionProfile& profile)
    : m_profile(profile)
{}

QList<PinViolation> PinPolicy::check(const SecureBuffer& newPin, const SecureBuffer* confirmation,
                                     const PinContext& context, const SecureBuffer* currentPin) const
{
    QList<PinViolation> out;
    const std::size_t n = newPin.size();
    if (n != static_cast<std::size_t>(m_profile.pinLength))
        out << PinViolation::WrongLength;
    if (!newPin.isAllDigits() || n == 0)
        out << PinViolation::NotDigits;

    if (n > 0 && newPin.isAllDigits()) {
        // Initial PIN of the region.
        Candidates initial;
        const std::string id = context.idNumber.toStdString();
        switch (m_profile.initialPinRule) {
        case InitialPinRule::Fixed:
            initial.add(m_profile.initialPinValue.toStdString());
            break;
        case InitialPinRule::IdLastSix:
            if (id.size() == 18) {
                std::string tail = id.substr(12);
                if (tail.back() == 'X' || tail.back() == 'x') {
                    initial.add(id.substr(11, 6)); // the six digits before the X
                    tail.back() = '0';             // and X read as 0: regions differ
                }
                initial.add(tail);
            }
            break;
        case InitialPinRule::BirthDateYYMMDD:
            if (context.birthDate.isValid())
                initial.add(twoDigits(context.birthDate.year()) + twoDigits(context.birthDate.month()) +
                            twoDigits(context.birthDate.day()));
            break;
        case InitialPinRule::CardNumberLastSix:
            initial.add(lastN(digitsOnly(context.cardNumber), 6));
            break;
        }
        if (initial.matches(newPin))
            out << PinViolation::InitialPin;

        // Birth date forms.
        if (context.birthDate.isValid()) {
            const QDate d = context.birthDate;
            const std::string yyyy = std::to_string(d.year());
            const std::string yy = twoDigits(d.year()), mm = twoDigits(d.month()), dd = twoDigits(d.day());
            const std::string full = yyyy + mm + dd;
            Candidates birth;
            for (const std::string& s : {yy + mm + dd, mm + dd, dd + mm, mm + dd + yy, dd + mm + yy, full,
                                         yyyy, yyyy + mm, mm + dd + yyyy, dd + mm + yyyy})
                birth.add(s);
            for (std::size_t i = 0; i + n <= full.size(); ++i) // every window of YYYYMMDD of the PIN's length
                birth.add(full.substr(i, n));
            if (birth.matches(newPin))
                out << PinViolation::BirthDate;
        }

        // Trivial patterns.
        bool repeated = true, ascending = true, descending = true;
        for (std::size_t i = 1; i < n; ++i) {
            const int prev = newPin[i - 1] - '0', cur = newPin[i] - '0';
            repeated = repeated && cur == prev;
            ascending = ascending && cur == (prev + 1) % 10;
            descending = descending && cur == (prev + 9) % 10;
        }
        if (n > 1 && repeated)
            out << PinViolation::RepeatedDigits;
        if (n > 1 && (ascending || descending))
            out << PinViolation::SequentialDigits;
    }
    if (currentPin && !currentPin->isEmpty() && currentPin->equals(newPin))
        out << PinViolation::SameAsCurrent;
    if (confirmation && !confirmation->equals(newPin))
        out << PinViolation::EntriesDiffer;
    return out;
}

} // namespace carddesk
