#pragma once
// Reader PIN pads (PC/SC part 10, CCID): the feature list from CM_IOCTL_GET_FEATURE_REQUEST and the
// PIN_VERIFY / PIN_MODIFY structures for FEATURE_VERIFY_PIN_DIRECT / FEATURE_MODIFY_PIN_DIRECT.
// The PIN then never passes through the PC. Built here as plain bytes so it is unit-tested without a
// PIN-pad reader (vpcd has no SCardControl).

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QMap>

#include <cstdint>
#include <optional>

namespace carddesk::pinpad {

constexpr unsigned char FeatureVerifyPinDirect = 0x06;
constexpr unsigned char FeatureModifyPinDirect = 0x07;

// SCARD_CTL_CODE(3400) as pcsc-lite defines it.
std::uint32_t getFeatureRequestCode();

// Parses the TLV list (tag 1 byte, length 4, control code big-endian). nullopt on a malformed list.
std::optional<QMap<unsigned char, std::uint32_t>> parseFeatures(const QByteArray& tlv);

struct PinFormat
{
    int minDigits = 4;
    int maxDigits = 12;
    int timeoutSeconds = 30;
    std::uint16_t langId = 0x0804; // zh-CN
    unsigned char pinReference = 0x00;
};

// PIN_VERIFY_STRUCTURE for VERIFY 00 20 00 <ref> with a BCD, F-padded PIN (the card's format).
QByteArray buildVerifyStructure(const PinFormat& format = {});
// PIN_MODIFY_STRUCTURE for CHANGE PIN 80 5E 01 00 <old> FF <new>, new PIN entered twice.
QByteArray buildModifyStructure(const PinFormat& format = {});
// The reader's answer: the card's SW, or 6400 (timeout) / 6401 (cancel) / 6402 (PINs differ) from the pad.
CardResult pinPadResult(const QByteArray& answer);

} // namespace carddesk::pinpad
