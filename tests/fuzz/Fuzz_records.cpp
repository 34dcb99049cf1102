// EF05 and EF06 record parsers on arbitrary bytes.
#include "smartcard/protocol/CardRecords.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), int(size));
    carddesk::CardData card;
    carddesk::HolderData holder;
    QString error;
    carddesk::records::parseCardData(in, card, &error);
    carddesk::records::parseHolderData(in, holder, &error);
    card.identificationCodeHex();
    card.issuingArea();
    return 0;
}
