#include "CardSimulator.h"

#include "Fixtures.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace carddesk::test {

CardSimulator::CardSimulator() = default;

CardSimulator::~CardSimulator()
{
    stop();
    if (m_slotLock)
        m_slotLock->unlock();
}

QString CardSimulator::profilePath(const QString& name)
{
    if (QFileInfo(name).isAbsolute())
        return name;
    QString src = qEnvironmentVariable("CARDDESK_SOURCE_DIR");
    if (src.isEmpty())
        src = QStringLiteral(CARDDESK_TEST_SOURCE_DIR);
    return src + QStringLiteral("/resources/cards/") + name;
}

QString CardSimulator::executable()
{
    QString bin = qEnvironmentVariable("CARDDESK_BINARY_DIR");
    if (bin.isEmpty())
        bin = QStringLiteral(CARDDESK_TEST_BINARY_DIR);
    return bin + QStringLiteral("/smartcard/sim/carddesk-cardsim");
}

QString CardSimulator::slotLockPath(int port)
{
    return QDir::tempPath() + QStringLiteral("/carddesk-vpcd-%1.lock").arg(port);
}

bool CardSimulator::start(const QString& cardProfile, const QString& psamProfile, const QString& statePath)
{
    stop();
    if (!m_slotLock) {
        m_slotLock = std::make_unique<QLockFile>(slotLockPath(vpcdPort()));
        m_slotLock->setStaleLockTime(0); // a crashed holder's lock is recognised by its dead pid
        if (!m_slotLock->tryLock(180000))
            qWarning("CardSimulator: the vpcd slots stayed busy for 3 minutes (%s); going ahead",
                     qPrintable(slotLockPath(vpcdPort())));
    }
    m_events.clear();
    m_buffer.clear();
    m_statePath = statePath.isEmpty()
                      ? scratchDir(QStringLiteral("cardsim-") + QUuid::createUuid().toString(QUuid::Id128)) +
                            QStringLiteral("/state.json")
                      : statePath;
    QStringList args{QStringLiteral("--port"), QString::number(vpcdPort()), QStringLiteral("--state"),
                     m_statePath};
    if (!cardProfile.isEmpty())
        args << QStringLiteral("--card") << profilePath(cardProfile);
    if (!psamProfile.isEmpty())
        args << QStringLiteral("--psam") << profilePath(psamProfile);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    const QString ready = readLine(5000);
    if (!ready.startsWith(QLatin1String("ready"))) {
        m_error = QStringLiteral("simulator did not get ready: '%1'").arg(ready);
        return false;
    }
    if (!psamProfile.isEmpty() && !waitForCard(true, QString::fromLatin1(SamReader))) {
        m_error = QStringLiteral("pcscd does not see the PSAM in '%1'").arg(QLatin1String(SamReader));
        return false;
    }
    if (!cardProfile.isEmpty() && !waitForCard(true)) {
        m_error = QStringLiteral("pcscd does not see the card in '%1'").arg(QLatin1String(CitizenReader));
        return false;
    }
    return true;
}

void CardSimulator::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("quit\n");
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    waitForCard(false, QString::fromLatin1(CitizenReader), 3000);
    waitForCard(false, QString::fromLatin1(SamReader), 3000);
}

QString CardSimulator::readLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_buffer += m_process.readAllStandardOutput();
        const int nl = int(m_buffer.indexOf('\n'));
        if (nl >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
            m_buffer.remove(0, nl + 1);
            if (line.startsWith(QLatin1String("event "))) {
                m_events << line;
                continue;
            }
            return line;
        }
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            return {};
        m_process.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 100))));
    }
}

QString CardSimulator::command(const QString& line, int timeoutMs)
{
    if (m_process.state() != QProcess::Running) {
        m_error = QStringLiteral("simulator is not running");
        return {};
    }
    m_process.write((line + QLatin1Char('\n')).toUtf8());
    m_process.waitForBytesWritten(1000);
    const QString reply = readLine(timeoutMs);
    if (!reply.startsWith(QLatin1String("ok")))
        m_error = QStringLiteral("'%1' -> '%2'").arg(line, reply);
    return reply;
}

bool CardSimulator::insert(const QString& cardProfile)
{
    const QString p = cardProfile.isEmpty() ? QString() : profilePath(cardProfile);
    if (!command(QStringLiteral("insert ") + p).startsWith(QLatin1String("ok")))
        return false;
    return waitForCard(true);
}

bool CardSimulator::remove()
{
    if (!command(QStringLiteral("remove")).startsWith(QLatin1String("ok")))
        return false;
    return waitForCard(false);
}

bool CardSimulator::swap(const QString& cardProfile)
{
    return remove() && insert(cardProfile);
}

bool CardSimulator::insertPsam(const QString& psamProfile)
{
    const QString p = psamProfile.isEmpty() ? QString() : profilePath(psamProfile);
    if (!command(QStringLiteral("psam-insert ") + p).startsWith(QLatin1String("ok")))
        return false;
    return waitForCard(true, QString::fromLatin1(SamReader));
}

bool CardSimulator::removePsam()
{
    if (!command(QStringLiteral("psam-remove")).startsWith(QLatin1String("ok")))
        return false;
    return waitForCard(false, QString::fromLatin1(SamReader));
}

bool CardSimulator::fault(const QString& spec)
{
    return command(QStringLiteral("fault ") + spec).startsWith(QLatin1String("ok"));
}

QJsonObject CardSimulator::status()
{
    const QString reply = command(QStringLiteral("status"));
    if (!reply.startsWith(QLatin1String("ok ")))
        return {};
    return QJsonDocument::fromJson(reply.mid(3).toUtf8()).object();
}

int CardSimulator::cardTriesLeft()
{
    const QJsonObject state =
        status().value(QLatin1String("card")).toObject().value(QLatin1String("state")).toObject();
    return state.value(QLatin1String("triesLeft")).toInt(-1);
}

bool CardSimulator::waitForCard(bool present, const QString& reader, int timeoutMs)
{
    SCARDCONTEXT ctx = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS)
        return false;
    const QByteArray name = reader.toUtf8();
    QDeadlineTimer deadline(timeoutMs);
    bool ok = false;
    for (;;) {
        // Polls the current state (timeout 0 with UNAWARE answers at once): simple and restart-proof.
        SCARD_READERSTATE state{};
        state.szReader = name.constData();
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        const LONG rv = SCardGetStatusChange(ctx, 0, &state, 1);
        if (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            const bool isPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0 &&
                                   (state.dwEventState & SCARD_STATE_MUTE) == 0;
            if (isPresent == present) {
                ok = true;
                break;
            }
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(20);
    }
    SCardReleaseContext(ctx);
    return ok;
}

} // namespace carddesk::test
