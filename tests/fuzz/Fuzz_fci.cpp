// FCI parser and the PIN pad feature list on arbitrary bytes.
#include "smartcard/pcsc/PinPad.h"
#include "smartcard/protocol/CardRecords.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), int(size));
    QString error;
    carddesk::records::parseFci(in, &error);
    carddesk::pinpad::parseFeatures(in);
    carddesk::pinpad::pinPadResult(in);
    return 0;
}
