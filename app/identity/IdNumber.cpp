#include "app/identity/IdNumber.h"

#include <array>

namespace carddesk {

namespace {

struct Province
{
    const char* code;
    const char* name;
};

// The 34 province-level divisions (GB/T 2260); 81/82/83 appear in residence permits for Hong Kong, Macao and
// Taiwan residents, 71 in older Taiwan numbers.
constexpr std::array<Province, 34> kProvinces = {{
    {"11", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Beijing")},
    {"12", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Tianjin")},
    {"13", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Hebei")},
    {"14", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Shanxi")},
    {"15", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Inner Mongolia")},
    {"21", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Liaoning")},
    {"22", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Jilin")},
    {"23", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Heilongjiang")},
    {"31", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Shanghai")},
    {"32", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Jiangsu")},
    {"33", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Zhejiang")},
    {"34", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Anhui")},
    {"35", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Fujian")},
    {"36", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Jiangxi")},
    {"37", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Shandong")},
    {"41", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Henan")},
    {"42", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Hubei")},
    {"43", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Hunan")},
    {"44", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Guangdong")},
    {"45", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Guangxi")},
    {"46", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Hainan")},
    {"50", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Chongqing")},
    {"51", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Sichuan")},
    {"52", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Guizhou")},
    {"53", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Yunnan")},
    {"54", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Tibet")},
    {"61", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Shaanxi")},
    {"62", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Gansu")},
    {"63", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Qinghai")},
    {"64", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Ningxia")},
    {"65", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Xinjiang")},
    {"71", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Taiwan")},
    {"81", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Hong Kong")},
    {"82", QT_TRANSLATE_NOOP("carddesk::IdNumber", "Macao")},
}};

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Spaces dropped, full-width digits/letters folded to ASCII, x upper-cased.
QString normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'-')
            continue;
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            out += QChar(u - 0xFF10 + u'0');
        else if (u == 0xFF38 || u == 0xFF58 || u == u'x') // full-width X / x, ASCII x
            out += QLatin1Char('X');
        else
            out += c;
    }
    return out;
}

} // namespace

QString idNumberErrorName(IdNumberError error)
{
    switch (error) {
    case IdNumberError::None:
        return QStringLiteral("ok");
    case IdNumberError::Empty:
        return QStringLiteral("empty");
    case IdNumberError::WrongLength:
        return QStringLiteral("wrong-length");
    case IdNumberError::InvalidCharacter:
        return QStringLiteral("invalid-character");
    case IdNumberError::UnknownArea:
        return QStringLiteral("unknown-area");
    case IdNumberError::InvalidDate:
        return QStringLiteral("invalid-date");
    case IdNumberError::FutureDate:
        return QStringLiteral("future-date");
    case IdNumberError::WrongCheckCharacter:
        return QStringLiteral("wrong-check-character");
    }
    return QStringLiteral("unknown");
}

QString idNumberErrorMessage(IdNumberError error)
{
    switch (error) {
    case IdNumberError::None:
        return IdNumber::tr("The ID number is valid.");
    case IdNumberError::Empty:
        return IdNumber::tr("No ID number was entered.");
    case IdNumberError::WrongLength:
        return IdNumber::tr("An ID number has 18 characters (old numbers: 15 digits).");
    case IdNumberError::InvalidCharacter:
        return IdNumber::tr("An ID number has only digits; only the last of 18 characters may be X.");
    case IdNumberError::UnknownArea:
        return IdNumber::tr("The first two digits are not a province code: check the number.");
    case IdNumberError::InvalidDate:
        return IdNumber::tr("Digits 7 to 14 are not a real date of birth: check the number.");
    case IdNumberError::FutureDate:
        return IdNumber::tr("The date of birth in the number lies in the future.");
    case IdNumberError::WrongCheckCharacter:
        return IdNumber::tr("The last character does not match the others: a digit was probably mistyped.");
    }
    return {};
}

QChar IdNumber::checkCharacter(const QString& first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString IdNumber::upgrade15(const QString& fifteen)
{
    if (fifteen.size() != 15 || !allDigits(fifteen))
        return {};
    const QString first17 = fifteen.left(6) + QStringLiteral("19") + fifteen.mid(6);
    return first17 + checkCharacter(first17);
}

bool IdNumber::isProvinceCode(const QString& twoDigits)
{
    for (const auto& p : kProvinces)
        if (twoDigits == QLatin1String(p.code))
            return true;
    return false;
}

QString IdNumber::provinceNameFor(const QString& twoDigits)
{
    for (const auto& p : kProvinces)
        if (twoDigits == QLatin1String(p.code))
            return tr(p.name);
    return {};
}

QString IdNumber::mask(const QString& text)
{
    const int n = static_cast<int>(text.size());
    if (n == 0)
        return {};
    if (n >= 18)
        return text.left(6) + QString(n - 10, QLatin1Char('*')) + text.right(4);
    // Short or odd text: still never show more than a third of it.
    const int keep = n / 3;
    return text.left(keep) + QString(n - keep, QLatin1Char('*'));
}

IdNumber IdNumber::parse(const QString& text, const QDate& today)
{
    IdNumber id;
    QString s = normalise(text);
    if (s.isEmpty()) {
        id.m_error = IdNumberError::Empty;
        return id;
    }
    if (s.size() != 18 && s.size() != 15) {
        id.m_error = IdNumberError::WrongLength;
        return id;
    }
    const bool legacy = s.size() == 15;
    if (legacy ? !allDigits(s) : !(allDigits(s.left(17)) && (s[17].isDigit() || s[17] == QLatin1Char('X')))) {
        id.m_error = IdNumberError::InvalidCharacter;
        return id;
    }
    if (!s.left(2).isEmpty() && !isProvinceCode(s.left(2))) {
        id.m_error = IdNumberError::UnknownArea;
        return id;
    }
    if (legacy) {
        s = upgrade15(s);
        id.m_upgraded = true;
    }
    const QDate birth(s.mid(6, 4).toInt(), s.mid(10, 2).toInt(), s.mid(12, 2).toInt());
    if (!birth.isValid() || birth.year() < 1900) {
        id.m_error = IdNumberError::InvalidDate;
        return id;
    }
    const QDate now = today.isValid() ? today : QDate::currentDate();
    if (birth > now) {
        id.m_error = IdNumberError::FutureDate;
        return id;
    }
    if (!legacy && checkCharacter(s.left(17)) != s[17]) {
        id.m_error = IdNumberError::WrongCheckCharacter;
        return id;
    }
    id.m_number = s;
    id.m_birthDate = birth;
    id.m_sex = (s[16].unicode() - u'0') % 2 == 1 ? 1 : 2;
    id.m_error = IdNumberError::None;
    return id;
}

int IdNumber::ageOn(const QDate& date) const
{
    if (!m_birthDate.isValid() || !date.isValid())
        return -1;
    int age = date.year() - m_birthDate.year();
    if (date.month() < m_birthDate.month() ||
        (date.month() == m_birthDate.month() && date.day() < m_birthDate.day()))
        --age;
    return age;
}

} // namespace carddesk
