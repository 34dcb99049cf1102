#pragma once

#include "smartcard/SecureBuffer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace carddesk {

// What the citizen is asked to type.
enum class PinPrompt
{
    CurrentPin, // PIN change: the PIN the citizen knows
    NewPin,
    ConfirmNewPin, // the new PIN again
};
QString pinPromptName(PinPrompt prompt); // "current-pin", "new-pin", "confirm-new-pin"

struct PinRequest
{
    PinPrompt prompt = PinPrompt::NewPin;
    int length = 6; // digits expected
    QString hint;   // an extra line for the citizen's display (e.g. the previous entry was refused: why)
};

struct PinEntryResult
{
    enum class Status
    {
        Entered,
        Cancelled, // the citizen pressed Cancel
        TimedOut,
        Failed, // the device failed (error says why)
    };
    Status status = Status::Failed;
    SecureBuffer pin; // only for Entered; the receiver moves it on or lets it be wiped
    QString error;
};

// Asks the citizen for a PIN on a device the clerk cannot see: the reader's PIN pad, or the customer-facing
// PIN window on a second screen (the UI provides that one). The PIN travels only as a SecureBuffer.
//
// A callback rather than a signal, because SecureBuffer cannot be copied (and must not be queued through the
// meta-type system). The callback is invoked later from the event loop of `context`'s thread, at most once,
// and never after `context` is destroyed or cancel() was called.
class PinEntryDevice : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(PinEntryResult& result)>;
    using QObject::QObject;
    ~PinEntryDevice() override = default;

    virtual QString displayName() const = 0;
    virtual void requestPin(const PinRequest& request, QObject* context, Callback callback) = 0;
    virtual void cancel() = 0;
};

// For tests: answers each request with the next scripted entry (digits, cancel, timeout), asynchronously.
// Remembers which prompts were asked, never what was "typed" after it was handed over.
class ScriptedPinEntry : public PinEntryDevice
{
    Q_OBJECT
public:
    using PinEntryDevice::PinEntryDevice;

    QString displayName() const override { return QStringLiteral("Scripted PIN entry"); }
    void enqueueDigits(const char* digits);
    void enqueueCancel();
    void enqueueTimeout();
    void requestPin(const PinRequest& request, QObject* context, Callback callback) override;
    void cancel() override;

    QList<PinRequest> requests() const { return m_requests; }
    int pending() const { return static_cast<int>(m_script.size()); }

private:
    struct Step
    {
        PinEntryResult::Status status;
        std::shared_ptr<SecureBuffer> digits;
    };
    QList<Step> m_script;
    QList<PinRequest> m_requests;
    int m_generation = 0;
};

} // namespace carddesk
