#pragma once
// The citizen-card reader's own PIN pad (PC/SC part 10: FEATURE_VERIFY_PIN_DIRECT /
// FEATURE_MODIFY_PIN_DIRECT). With secure PIN entry the citizen types on the reader and the reader builds the
// card command itself: the PIN never reaches the PC. So this "device" never hands a PIN to anyone:
// requestPin() always answers Failed. A workflow that chose the pad skips its PIN-entry steps and calls the
// card service with empty PINs instead (PcscCitizenCardService::changePin({}, {}) / verifyPin({}) run the
// command on the pad).
//
// What the pad cannot do: PIN reset and unblock. The new PIN of a reset goes to the card enciphered and MACed
// by the PSAM (84 24 with a PIN block under the card's diversified key); a pad only formats a plain
// CHANGE/VERIFY APDU, so a reset still needs the customer PIN window. And the host cannot check a PIN typed
// on the pad against the region's PIN policy: the region profile decides whether PIN change may use it
// (`pin.padForChange`).

#include "app/devices/PinEntryDevice.h"

#include <QMutex>

#include <functional>

namespace carddesk {

// What the reader's pad can do (from the reader's part-10 feature list).
struct PinPadFeatures
{
    bool verify = false; // FEATURE_VERIFY_PIN_DIRECT
    bool modify = false; // FEATURE_MODIFY_PIN_DIRECT
    QString readerName;  // for messages and diagnostics
    bool any() const { return verify || modify; }
};

class ReaderPinPad : public PinEntryDevice
{
    Q_OBJECT
public:
    // `probe` asks the card layer for the features (blocking, a PC/SC control call: run it off the UI thread
    // or at start-up), e.g. [&card] { return ReaderPinPad::fromFeatureMap(card.pinPadFeatures(), name); }.
    using Probe = std::function<PinPadFeatures()>;
    explicit ReaderPinPad(Probe probe, QObject* parent = nullptr);

    // Part-10 tag -> control code map (PcscCitizenCardService::pinPadFeatures()) to features.
    static PinPadFeatures fromFeatureMap(const QMap<unsigned char, std::uint32_t>& features,
                                         const QString& readerName = {});

    // Asks the reader again (after a reader was plugged in or changed). Returns the new features. May run on
    // any thread (the probe blocks); features() is safe meanwhile.
    PinPadFeatures refresh();
    // The features found by the last refresh() (none before the first).
    PinPadFeatures features() const;

    QString displayName() const override;
    // Never delivers a PIN: answers Failed ("typed on the reader's PIN pad during the card command").
    void requestPin(const PinRequest& request, QObject* context, Callback callback) override;
    void cancel() override;

private:
    Probe m_probe;
    mutable QMutex m_mutex;
    PinPadFeatures m_features;
    int m_generation = 0;
};

} // namespace carddesk
