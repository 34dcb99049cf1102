#pragma once
// Runs carddesk-cardsim (the citizen card + PSAM simulator) for a test: starts it on the pcscd fixture's
// vpcd slots with a profile from resources/cards/, talks its stdin control protocol, and waits until
// pcscd sees the change (vpcd polls card presence every 400 ms, so an insert/remove shows within ~0.5 s).
//
//   CardSimulator sim;
//   QVERIFY2(sim.start("zhangsan-200-3des.json"), qPrintable(sim.lastError()));
//   ... PcscCitizenCardService service; service.readCard(); ...
//   sim.fault("card drop-on 8424");  // pull the card when the PIN reload command arrives
//   sim.remove(); sim.insert("lisi-300-sm4.json");

#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace carddesk::test {

class CardSimulator
{
public:
    static constexpr const char* CitizenReader = "Virtual PCD 00 00";
    static constexpr const char* SamReader = "Virtual PCD 00 01";

    CardSimulator();
    ~CardSimulator();
    CardSimulator(const CardSimulator&) = delete;
    CardSimulator& operator=(const CardSimulator&) = delete;

    // resources/cards/<name> (an absolute path is returned as it is).
    static QString profilePath(const QString& name);
    // The built simulator (CARDDESK_BINARY_DIR/smartcard/sim/carddesk-cardsim).
    static QString executable();

    // Lock file guarding the vpcd slots at this port (shared with bench_card).
    static QString slotLockPath(int port);

    // Starts the simulator with a citizen card (empty: the slot stays empty) and a PSAM (empty: none), with
    // its state in statePath (empty: a fresh file in a scratch dir). Waits until pcscd reports the card.
    bool start(const QString& cardProfile, const QString& psamProfile = QStringLiteral("psam-test.json"),
               const QString& statePath = {});
    // Quits the simulator (the card disappears from the reader) and waits for pcscd to see it gone.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // Sends one control line; returns the reply ("ok ...", "error ..."), empty on timeout.
    QString command(const QString& line, int timeoutMs = 5000);
    bool insert(const QString& cardProfile = {});
    bool remove();
    // Pulls the card, waits until pcscd noticed, inserts the other one and waits for it.
    bool swap(const QString& cardProfile);
    bool insertPsam(const QString& psamProfile = {});
    bool removePsam();
    // "card drop-on 8424", "card garbage 1", "card slow 200 1", "card sw 6A82 1", "psam clear", ...
    bool fault(const QString& spec);
    QJsonObject status();
    // Tries left as the simulated card itself counts them (not through CardDesk).
    int cardTriesLeft();

    // Waits until pcscd reports a card present (or absent) in the reader.
    static bool waitForCard(bool present, const QString& reader = QString::fromLatin1(CitizenReader),
                            int timeoutMs = 5000);

    QString statePath() const { return m_statePath; }
    QString lastError() const { return m_error; }
    QStringList events() const { return m_events; }

private:
    QString readLine(int timeoutMs);

    QProcess m_process;
    // vpcd's slots are machine-wide: tests of several build trees (and benchmarks) take turns through this
    // lock file instead of plugging their cards into each other's readers.
    std::unique_ptr<QLockFile> m_slotLock;
    QString m_statePath;
    QString m_error;
    QStringList m_events;
    QByteArray m_buffer;
};

} // namespace carddesk::test
