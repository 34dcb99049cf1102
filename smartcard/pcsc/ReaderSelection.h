#pragma once
// Which reader holds the citizen's card and which the PSAM, chosen by name patterns (regular
// expressions, case-insensitive) from the configuration.

#include <QString>
#include <QStringList>

namespace carddesk {

struct ReaderConfig
{
    // Empty: the first reader that is not the PSAM reader.
    QString citizenReaderPattern;
    // Readers whose name matches hold the PSAM. vpcd's second slot is the test bed's PSAM reader.
    QString samReaderPattern = QStringLiteral("\\bP?SAM\\b|Virtual PCD 00 01");

    // Settings from the environment for tools and tests: CARDDESK_CITIZEN_READER, CARDDESK_SAM_READER.
    static ReaderConfig fromEnvironment();
};

struct ReaderChoice
{
    QString citizenReader; // empty: none found
    QString samReader;     // empty: none found
};

ReaderChoice chooseReaders(const QStringList& readers, const ReaderConfig& config);

} // namespace carddesk
