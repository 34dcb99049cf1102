#include "app/devices/PinEntryDevice.h"

#include <QTimer>

namespace carddesk {

QString pinPromptName(PinPrompt prompt)
{
    switch (prompt) {
    case PinPrompt::CurrentPin:
        return QStringLiteral("current-pin");
    case PinPrompt::NewPin:
        return QStringLiteral("new-pin");
    case PinPrompt::ConfirmNewPin:
        return QStringLiteral("confirm-new-pin");
    }
    return {};
}

void ScriptedPinEntry::enqueueDigits(const char* digits)
{
    m_script.append(
        {PinEntryResult::Status::Entered, std::make_shared<SecureBuffer>(SecureBuffer::fromAscii(digits))});
}

void ScriptedPinEntry::enqueueCancel()
{
    m_script.append({PinEntryResult::Status::Cancelled, {}});
}

void ScriptedPinEntry::enqueueTimeout()
{
    m_script.append({PinEntryResult::Status::TimedOut, {}});
}

void ScriptedPinEntry::requestPin(const PinRequest& request, QObject* context, Callback callback)
{
    m_requests.append(request);
    Step step = m_script.isEmpty() ? Step{PinEntryResult::Status::TimedOut, {}} : m_script.takeFirst();
    const int generation = ++m_generation;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [this, generation, guard, step, callback] {
        if (generation != m_generation || !guard)
            return;
        PinEntryResult result;
        result.status = step.status;
        if (step.digits)
            result.pin = std::move(*step.digits); // the script's copy is wiped by the move
        callback(result);
    });
}

void ScriptedPinEntry::cancel()
{
    ++m_generation;
}

} // namespace carddesk
