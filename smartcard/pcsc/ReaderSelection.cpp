#include "smartcard/pcsc/ReaderSelection.h"

#include <QRegularExpression>

namespace carddesk {

ReaderConfig ReaderConfig::fromEnvironment()
{
    ReaderConfig c;
    if (qEnvironmentVariableIsSet("CARDDESK_CITIZEN_READER"))
        c.citizenReaderPattern = qEnvironmentVariable("CARDDESK_CITIZEN_READER");
    if (qEnvironmentVariableIsSet("CARDDESK_SAM_READER"))
        c.samReaderPattern = qEnvironmentVariable("CARDDESK_SAM_READER");
    return c;
}

ReaderChoice chooseReaders(const QStringList& readers, const ReaderConfig& config)
{
    ReaderChoice choice;
    const QRegularExpression sam(config.samReaderPattern, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression citizen(config.citizenReaderPattern, QRegularExpression::CaseInsensitiveOption);
    for (const QString& r : readers) {
        const bool isSam = !config.samReaderPattern.isEmpty() && sam.isValid() && sam.match(r).hasMatch();
        if (isSam) {
            if (choice.samReader.isEmpty())
                choice.samReader = r;
            continue;
        }
        if (choice.citizenReader.isEmpty() &&
            (config.citizenReaderPattern.isEmpty() || (citizen.isValid() && citizen.match(r).hasMatch())))
            choice.citizenReader = r;
    }
    return choice;
}

} // namespace carddesk
