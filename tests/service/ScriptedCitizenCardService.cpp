#include "ScriptedCitizenCardService.h"

#include <QMutexLocker>
#include <QThread>

namespace carddesk::test {

void ScriptedCitizenCardService::insertCard(const CardData& card, const HolderData& holder, const char* pin,
                                            int maxTries)
{
    QMutexLocker lock(&m_mutex);
    m_present = true;
    m_card = card;
    m_holder = holder;
    m_pin = SecureBuffer::fromAscii(pin);
    m_maxTries = m_triesLeft = maxTries;
}

void ScriptedCitizenCardService::removeCard()
{
    QMutexLocker lock(&m_mutex);
    m_present = false;
}

void ScriptedCitizenCardService::failNext(CardError error)
{
    QMutexLocker lock(&m_mutex);
    m_failNext = error;
}

void ScriptedCitizenCardService::setDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = ms;
}

bool ScriptedCitizenCardService::pinIs(const char* digits) const
{
    QMutexLocker lock(&m_mutex);
    return m_pin.equals(SecureBuffer::fromAscii(digits));
}

int ScriptedCitizenCardService::triesLeft() const
{
    QMutexLocker lock(&m_mutex);
    return m_triesLeft;
}

int ScriptedCitizenCardService::maxTries() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxTries;
}

void ScriptedCitizenCardService::setTriesLeft(int tries)
{
    QMutexLocker lock(&m_mutex);
    m_triesLeft = tries;
}

QStringList ScriptedCitizenCardService::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

std::optional<CardResult> ScriptedCitizenCardService::begin(const char* call,
                                                            const QByteArray& expectedCardId)
{
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_calls << QString::fromLatin1(call);
        delay = m_delayMs;
    }
    if (delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
    QMutexLocker lock(&m_mutex);
    if (m_failNext) {
        const CardError e = *m_failNext;
        m_failNext.reset();
        return CardResult::failure(e, QStringLiteral("scripted"));
    }
    if (!m_present)
        return CardResult::failure(CardError::NoCard);
    if (!expectedCardId.isEmpty() && expectedCardId != m_card.identificationCode)
        return CardResult::failure(CardError::WrongCard);
    return std::nullopt;
}

CardResult ScriptedCitizenCardService::wrongPin()
{
    // Called with the mutex held.
    if (m_triesLeft > 0)
        --m_triesLeft;
    return CardResult::fromStatusWord(static_cast<std::uint16_t>(0x63C0 | m_triesLeft));
}

CardReadResult ScriptedCitizenCardService::readCard()
{
    CardReadResult r;
    if (auto failure = begin("readCard", {})) {
        r.result = *failure;
        return r;
    }
    QMutexLocker lock(&m_mutex);
    r.result = CardResult::success();
    r.card = m_card;
    r.holder = m_holder;
    return r;
}

CardResult ScriptedCitizenCardService::pinStatus(const QByteArray& expectedCardId)
{
    if (auto failure = begin("pinStatus", expectedCardId))
        return *failure;
    QMutexLocker lock(&m_mutex);
    CardResult r = m_triesLeft == 0 ? CardResult::fromStatusWord(0x6983) : CardResult::success();
    r.triesLeft = m_triesLeft;
    return r;
}

CardResult ScriptedCitizenCardService::verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId)
{
    if (auto failure = begin("verifyPin", expectedCardId))
        return *failure;
    QMutexLocker lock(&m_mutex);
    if (m_triesLeft == 0)
        return CardResult::fromStatusWord(0x6983);
    if (!m_pin.equals(pin))
        return wrongPin();
    m_triesLeft = m_maxTries;
    return CardResult::success();
}

CardResult ScriptedCitizenCardService::changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                                                 const QByteArray& expectedCardId)
{
    if (auto failure = begin("changePin", expectedCardId))
        return *failure;
    QMutexLocker lock(&m_mutex);
    if (oldPin.isEmpty() && newPin.isEmpty()) {
        // The reader's PIN pad: the citizen types there; nothing came from the host.
        ++m_padCalls;
        if (m_pad.isEmpty())
            return CardResult::failure(CardError::PinPadTimeout);
        const PadEntry e = m_pad.takeFirst();
        if (e.cancel)
            return CardResult::failure(CardError::PinPadCancelled);
        if (e.newPin != e.confirmation)
            return CardResult::failure(CardError::PinPadCancelled, QStringLiteral("the two new PINs differ"));
        if (m_triesLeft == 0)
            return CardResult::fromStatusWord(0x6983);
        const SecureBuffer typedOld = SecureBuffer::fromAscii(e.current.constData());
        if (!m_pin.equals(typedOld))
            return wrongPin();
        m_pin = SecureBuffer::fromAscii(e.newPin.constData());
        m_triesLeft = m_maxTries;
        return CardResult::success();
    }
    if (m_triesLeft == 0)
        return CardResult::fromStatusWord(0x6983);
    if (newPin.size() < 4 || newPin.size() > 16 || !newPin.isAllDigits())
        return CardResult::fromStatusWord(0x6700);
    if (!m_pin.equals(oldPin))
        return wrongPin();
    m_pin = newPin.clone();
    m_triesLeft = m_maxTries;
    return CardResult::success();
}

void ScriptedCitizenCardService::scriptPinPad(const char* currentPin, const char* newPin,
                                              const char* confirmation)
{
    QMutexLocker lock(&m_mutex);
    m_pad.append({false, QByteArray(currentPin), QByteArray(newPin), QByteArray(confirmation)});
}

void ScriptedCitizenCardService::scriptPinPadCancel()
{
    QMutexLocker lock(&m_mutex);
    m_pad.append({true, {}, {}, {}});
}

int ScriptedCitizenCardService::pinPadCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_padCalls;
}

CardResult ScriptedCitizenCardService::resetPin(const SecureBuffer& newPin, const QByteArray& expectedCardId)
{
    if (auto failure = begin("resetPin", expectedCardId))
        return *failure;
    QMutexLocker lock(&m_mutex);
    if (newPin.size() < 4 || newPin.size() > 16 || !newPin.isAllDigits())
        return CardResult::fromStatusWord(0x6700);
    m_pin = newPin.clone();
    m_triesLeft = m_maxTries;
    return CardResult::success();
}

CardResult ScriptedCitizenCardService::unblockPin(const QByteArray& expectedCardId)
{
    if (auto failure = begin("unblockPin", expectedCardId))
        return *failure;
    QMutexLocker lock(&m_mutex);
    m_triesLeft = m_maxTries;
    return CardResult::success();
}

} // namespace carddesk::test
