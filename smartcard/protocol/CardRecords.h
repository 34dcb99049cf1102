#pragma once
// Parsers for what the SSSE application returns: the FCI of SELECT, the EF05 and EF06 records.
// Input is whatever the card sent; every parser is total and fuzzed (tests/fuzz/).

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace carddesk::records {

struct Fci
{
    QByteArray dfName;                                  // tag 84, when present
    CardAlgorithm algorithm = CardAlgorithm::TripleDes; // 9F0C / 86 01 xx; 3DES when absent
};

// Returns nullopt (and *error) when the FCI does not parse or names an unknown algorithm.
std::optional<Fci> parseFci(const QByteArray& fci, QString* error = nullptr);

// Fills card from EF05 records (concatenated TLVs whose tag is the record identifier).
// Mandatory: 01 (16 bytes), 03, 07. Dates may be absent (left invalid).
bool parseCardData(const QByteArray& records, CardData& card, QString* error = nullptr);
// Fills holder from EF06 records. Mandatory: 08 (ID number), 09 (name).
bool parseHolderData(const QByteArray& records, HolderData& holder, QString* error = nullptr);

} // namespace carddesk::records
