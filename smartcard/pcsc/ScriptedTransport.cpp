#include "smartcard/pcsc/ScriptedTransport.h"

namespace carddesk {

QByteArray hexBytes(const char* hex)
{
    QByteArray compact(hex);
    compact.replace(' ', QByteArray());
    return QByteArray::fromHex(compact);
}

ScriptedTransport& ScriptedTransport::expect(const char* commandHex, const char* responseHex)
{
    m_steps.append(Step{hexBytes(commandHex), false, hexBytes(responseHex), CardError::None});
    return *this;
}

ScriptedTransport& ScriptedTransport::expectPrefix(const char* commandPrefixHex, const char* responseHex)
{
    return expectPrefix(commandPrefixHex, hexBytes(responseHex));
}

ScriptedTransport& ScriptedTransport::expectPrefix(const char* commandPrefixHex, const QByteArray& response)
{
    m_steps.append(Step{hexBytes(commandPrefixHex), true, response, CardError::None});
    return *this;
}

ScriptedTransport& ScriptedTransport::failOn(const char* commandPrefixHex, CardError error)
{
    m_steps.append(Step{hexBytes(commandPrefixHex), true, {}, error});
    return *this;
}

TransmitResult ScriptedTransport::transmit(const QByteArray& command)
{
    m_received.append(QByteArray(command.constData(), command.size()));
    if (m_next >= m_steps.size()) {
        m_mismatches
            << QStringLiteral("unexpected extra command %1").arg(QString::fromLatin1(command.toHex()));
        return {CardError::Transport, {}, QStringLiteral("script exhausted")};
    }
    const Step& step = m_steps[m_next];
    const bool match = step.prefixOnly ? command.startsWith(step.expected) : command == step.expected;
    if (!match) {
        m_mismatches << QStringLiteral("step %1: expected %2%3, got %4")
                            .arg(m_next)
                            .arg(QString::fromLatin1(step.expected.toHex()))
                            .arg(step.prefixOnly ? QStringLiteral("...") : QString())
                            .arg(QString::fromLatin1(command.toHex()));
        return {CardError::Transport, {}, QStringLiteral("unexpected command")};
    }
    ++m_next;
    if (step.failWith != CardError::None)
        return {step.failWith, {}, QStringLiteral("scripted failure")};
    return {CardError::None, step.response, {}};
}

} // namespace carddesk
