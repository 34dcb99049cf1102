#include "app/identity/NameComparison.h"

#include <QList>

namespace carddesk {

namespace {

constexpr char16_t kMiddleDot = 0x00B7;
constexpr char16_t kPlaceholder = 0xFFFD;

bool isMiddleDotVariant(char16_t u)
{
    switch (u) {
    case 0x00B7: // MIDDLE DOT (GB 18030 A1A4)
    case 0x0387: // GREEK ANO TELEIA
    case 0x2022: // BULLET
    case 0x2027: // HYPHENATION POINT
    case 0x2219: // BULLET OPERATOR
    case 0x22C5: // DOT OPERATOR
    case 0x30FB: // KATAKANA MIDDLE DOT (often produced by Japanese IMEs)
    case 0xFF65: // HALFWIDTH KATAKANA MIDDLE DOT
    case 0x2E31: // WORD SEPARATOR MIDDLE DOT
    case 0x16EB: // RUNIC SINGLE PUNCTUATION
    case 0x318D: // HANGUL LETTER ARAEA
    case 0xA78F: // LATIN LETTER SINOLOGICAL DOT
    case 0x002E: // FULL STOP (typed instead of the dot; NFKC maps FF0E here too)
    case 0x3002: // IDEOGRAPHIC FULL STOP
        return true;
    default:
        return false;
    }
}

} // namespace

bool NameComparison::isPlaceholder(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'?' || u == 0xFFFD || u == 0x25A1 || u == 0x25A0 || u == 0x3013 || u == u'*' ||
           (u >= 0xE000 && u <= 0xF8FF); // GBK user-defined areas decode to the private use area
}

QString NameComparison::normalise(const QString& name)
{
    const QString nfkc = name.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0 || c.category() == QChar::Other_Format) // padding, ZWSP, BOM
            continue;
        if (isMiddleDotVariant(u))
            out += QChar(kMiddleDot);
        else if (isPlaceholder(c))
            out += QChar(kPlaceholder);
        else if (u < 0x80)
            out += c.toUpper();
        else
            out += c;
    }
    return out;
}

NameMatch NameComparison::compare(const QString& documentName, const QString& cardName,
                                  int* wildcardPositions)
{
    // Compare by code point, so a rare character outside the BMP (a surrogate pair) is one position, like the
    // single placeholder the card holds for it.
    const QList<uint> a = normalise(documentName).toUcs4();
    const QList<uint> b = normalise(cardName).toUcs4();
    if (wildcardPositions)
        *wildcardPositions = 0;
    if (a.isEmpty() || b.isEmpty() || a.size() != b.size())
        return NameMatch::Mismatch;
    int wildcards = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] == kPlaceholder || b[i] == kPlaceholder) {
            ++wildcards;
            continue;
        }
        if (a[i] != b[i])
            return NameMatch::Mismatch;
    }
    if (wildcardPositions)
        *wildcardPositions = wildcards;
    return wildcards == a.size() ? NameMatch::Mismatch : NameMatch::Equal;
}

} // namespace carddesk
