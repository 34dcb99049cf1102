#pragma once
// The supervisor's view of the audit chain: filters and keyset paging (newest first, "sequence < last seen"),
// so a page costs the same at entry 10 and at entry 1,000,000. Indexed columns (time, operator, event,
// result, operation) are filtered in SQL; branch, terminal and card text live only in the canonical bytes and
// are filtered after decoding, within a bounded scan per page. An exact ID number is found through the
// store's keyed hash (operations.holder_id_hash), never by decrypting anything.

#include "app/audit/AuditChain.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace carddesk {

class LocalStore;

struct AuditFilter
{
    QDateTime fromUtc;      // inclusive; invalid = open
    QDateTime toUtc;        // exclusive; invalid = open
    QString operatorId;     // exact
    QString eventType;      // exact ("login"), or a prefix ending in ':' ("operation:") for a family
    int result = -1;        // -1 any, 0 failed, 1 succeeded
    QString branchId;       // exact, after decoding
    QString terminalId;     // exact, after decoding
    QString idNumber;       // exact ID number: keyed-hash lookup
    QString cardText;       // substring of the masked ID number or the card number, after decoding
    qint64 maxSequence = 0; // newest entry to list (0 = the head): opens the list at a given entry

    bool isEmpty() const;
    QString describe() const; // for the export's audit entry and file header; never the ID number itself
};

struct AuditRow
{
    qint64 sequence = 0;
    AuditEntryFields fields; // decoded from the canonical bytes (ID already masked by the chain)
};

class AuditQuery
{
public:
    static constexpr int DefaultPageSize = 500;
    // Rows decoded per fetchPage() at most when post-filters reject rows, so one call never stalls the UI.
    static constexpr int ScanBudget = 20000;

    AuditQuery(LocalStore& store, AuditFilter filter);

    const AuditFilter& filter() const { return m_filter; }
    // The next (older) rows; fewer than pageSize (even none) while not atEnd() when the scan budget ran out.
    QList<AuditRow> fetchPage(int pageSize = DefaultPageSize);
    bool atEnd() const { return m_atEnd; }
    QString error() const { return m_error; }

    // One entry by sequence, decoded.
    static std::optional<AuditRow> entry(LocalStore& store, qint64 sequence);
    // Card number masked for lists and exports: first two and last two characters stay.
    static QString maskCardNumber(const QString& cardNumber);

private:
    bool prepare();

    LocalStore& m_store;
    AuditFilter m_filter;
    bool m_prepared = false;
    bool m_atEnd = false;
    bool m_noMatch = false;     // the ID number was never served here, or the time range is empty
    qint64 m_before = 0;        // keyset: next page has sequence < m_before (0 = start from the newest)
    qint64 m_lowest = 0;        // sequence lower bound from the time range
    qint64 m_highest = 0;       // upper bound (0 = none)
    QStringList m_operationIds; // from the keyed hash
    QString m_error;
};

} // namespace carddesk
