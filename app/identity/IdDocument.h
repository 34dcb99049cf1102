#pragma once

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace carddesk {

// What a second-generation ID card reader gives (or the clerk types in when there is no reader).
struct IdDocument
{
    enum class Source
    {
        Reader,      // read from the document's chip through a reader SDK
        ManualEntry, // typed by the clerk from the document
    };

    QString name;
    int sex = 0;         // 1 male, 2 female, 0 unknown
    QString ethnicGroup; // as printed ("汉"), or the code
    QDate birthDate;
    QString address;
    QString idNumber; // as read; validate with IdNumber::parse
    QString issuingAuthority;
    QDate validFrom;
    QDate validTo; // invalid together with validLongTerm for "长期" (long-term) documents
    bool validLongTerm = false;
    QByteArray photo; // the chip's 102x126 photo as delivered by the reader (empty for manual entry)
    Source source = Source::Reader;

    // Expired when validTo lies before today (the document is valid through the whole of validTo).
    bool isExpired(const QDate& today) const
    {
        if (validLongTerm)
            return false;
        return !validTo.isValid() || validTo < today;
    }
    bool isNotYetValid(const QDate& today) const { return validFrom.isValid() && validFrom > today; }
};

} // namespace carddesk

Q_DECLARE_METATYPE(carddesk::IdDocument)
