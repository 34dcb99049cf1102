// TLV and field decoders on arbitrary bytes.
#include "smartcard/protocol/Tlv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), int(size));
    using namespace carddesk;
    if (const auto elements = tlv::parse(in)) {
        for (const auto& e : *elements) {
            tlv::decodeBcd(e.value);
            tlv::decodeAn(e.value);
            tlv::decodeDate(e.value);
            tlv::decodeGbk(e.value);
        }
    }
    tlv::find(in, 0x9F0C);
    tlv::find(in, 0x86);
    tlv::decodeGbk(in);
    return 0;
}
