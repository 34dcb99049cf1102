#pragma once

#include <QString>

namespace carddesk {

enum class NameMatch
{
    Equal,
    Mismatch,
};

// Compares the name on the ID document (UCS-2 from the reader, or typed) with the name on the card (GBK,
// decoded by the card layer). The two encodings disagree on details that are not a different person:
// full-/half-width forms, spaces, the many middle-dot variants in minority and foreign names (·・•‧∙．),
// Latin case, and rare characters that GBK cannot hold and that the card stores as a placeholder
// (?, �, □, ■, 〓, private-use code points). A placeholder on either side matches any one character there.
// A name made only of placeholders never matches: the clerk must look.
class NameComparison
{
public:
    // Canonical form used for the comparison (NFKC, no spaces, one middle dot, upper-case Latin,
    // placeholders as U+FFFD).
    static QString normalise(const QString& name);
    static bool isPlaceholder(QChar c);
    // wildcardPositions (optional): how many characters matched only through a placeholder.
    static NameMatch compare(const QString& documentName, const QString& cardName,
                             int* wildcardPositions = nullptr);
};

} // namespace carddesk
