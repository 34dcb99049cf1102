#include "smartcard/pcsc/ApduTrace.h"

#include <QMutexLocker>

namespace carddesk {

bool ApduTrace::isPinBearing(const QByteArray& command)
{
    if (command.size() < 5)
        return false; // no data field
    const unsigned char cla = static_cast<unsigned char>(command[0]);
    const unsigned char ins = static_cast<unsigned char>(command[1]);
    const unsigned char p1 = static_cast<unsigned char>(command[2]);
    if (ins == 0x20 || ins == 0x24 || ins == 0x5E)
        return true;
    return cla == 0x80 && ins == 0xFA && p1 == 0x07;
}

bool ApduTrace::isHolderData(const QByteArray& command)
{
    return command.size() >= 4 && static_cast<unsigned char>(command[1]) == 0xB2 &&
           (static_cast<unsigned char>(command[3]) >> 3) == 6;
}

QByteArray ApduTrace::blank(const QByteArray& command)
{
    QByteArray out = command.left(5);
    if (command.size() > 5)
        out.append(QByteArray(command.size() - 5, '*'));
    return out;
}

void ApduTrace::record(const QString& channel, const QByteArray& command, const QByteArray& response,
                       double elapsedMs, const QString& note)
{
    ApduTraceEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.channel = channel;
    e.blanked = isPinBearing(command);
    e.command = e.blanked ? blank(command) : command;
    e.response = response;
    if (isHolderData(command) && response.size() > 2)
        e.response = QByteArray(response.size() - 2, '*') + response.right(2);
    e.elapsedMs = elapsedMs;
    e.note = note;
    QMutexLocker lock(&m_mutex);
    m_entries.append(std::move(e));
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QList<ApduTraceEntry> ApduTrace::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

static QString responseText(const QByteArray& response)
{
    if (response.size() > 2 && response[0] == '*')
        return QString(int(response.size() - 2) * 2, QLatin1Char('*')) +
               QString::fromLatin1(response.right(2).toHex().toUpper());
    return QString::fromLatin1(response.toHex().toUpper());
}

QStringList ApduTrace::lines() const
{
    QStringList out;
    for (const auto& e : entries()) {
        QString cmd = QString::fromLatin1(e.command.left(5).toHex().toUpper());
        if (e.command.size() > 5)
            cmd += e.blanked ? QString(int(e.command.size() - 5) * 2, QLatin1Char('*'))
                             : QString::fromLatin1(e.command.mid(5).toHex().toUpper());
        QString line = QStringLiteral("%1 %2 > %3 < %4 (%5 ms)")
                           .arg(e.time.toString(QStringLiteral("HH:mm:ss.zzz")), e.channel, cmd,
                                responseText(e.response))
                           .arg(e.elapsedMs, 0, 'f', 2);
        if (!e.note.isEmpty())
            line += QStringLiteral(" [%1]").arg(e.note);
        out << line;
    }
    return out;
}

void ApduTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace carddesk
