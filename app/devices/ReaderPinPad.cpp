#include "app/devices/ReaderPinPad.h"

#include "smartcard/pcsc/PinPad.h"

#include <QTimer>

namespace carddesk {

ReaderPinPad::ReaderPinPad(Probe probe, QObject* parent)
    : PinEntryDevice(parent)
    , m_probe(std::move(probe))
{}

PinPadFeatures ReaderPinPad::fromFeatureMap(const QMap<unsigned char, std::uint32_t>& features,
                                            const QString& readerName)
{
    PinPadFeatures f;
    f.verify = features.contains(pinpad::FeatureVerifyPinDirect);
    f.modify = features.contains(pinpad::FeatureModifyPinDirect);
    f.readerName = readerName;
    return f;
}

PinPadFeatures ReaderPinPad::refresh()
{
    const PinPadFeatures found = m_probe ? m_probe() : PinPadFeatures{};
    QMutexLocker lock(&m_mutex);
    m_features = found;
    return found;
}

PinPadFeatures ReaderPinPad::features() const
{
    QMutexLocker lock(&m_mutex);
    return m_features;
}

QString ReaderPinPad::displayName() const
{
    const QString reader = features().readerName;
    return reader.isEmpty() ? tr("Reader PIN pad") : tr("PIN pad of %1").arg(reader);
}

void ReaderPinPad::requestPin(const PinRequest& request, QObject* context, Callback callback)
{
    Q_UNUSED(request);
    // The PIN is typed on the pad while the card command runs; it is never handed to the host.
    const int generation = ++m_generation;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [this, generation, guard, callback] {
        if (generation != m_generation || !guard)
            return;
        PinEntryResult result;
        result.status = PinEntryResult::Status::Failed;
        result.error =
            tr("The reader's PIN pad takes the PIN during the card command: it never passes it on.");
        callback(result);
    });
}

void ReaderPinPad::cancel()
{
    ++m_generation;
}

} // namespace carddesk
