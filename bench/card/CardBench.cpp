// Card layer benchmark on the real stack (pcscd + vpcd + carddesk-cardsim, started here):
//   * APDUs per operation against the protocol's minimum;
//   * read card info, PIN reset, and card inserted -> holder info available, each beside the raw
//     SCardTransmit round trip measured in the same run (ratio = time / (APDU count x raw round trip));
//     target: library overhead under 20 % (ratio <= 1.2).
// Needs pcscd with the vpcd driver running: tests/fixtures/pcscd-fixture.sh start
#include "BenchHarness.h"

#include "smartcard/PcscCitizenCardService.h"
#include "smartcard/pcsc/Pcsc.h"
#include "smartcard/pcsc/ScriptedTransport.h"
#include "smartcard/protocol/SsseApplication.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace carddesk;
namespace bench = carddesk::bench;

namespace {

const char* kCitizenReader = "Virtual PCD 00 00";

QString profile(const char* name)
{
    return QStringLiteral(CARDDESK_BENCH_SOURCE_DIR "/resources/cards/") + QLatin1String(name);
}

// The simulator process, driven through its stdin control protocol.
class Simulator
{
public:
    bool start(const QString& card, int port)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // No --state: the card keeps its state in memory only, so no file write is timed as "the card".
        m_process.start(QStringLiteral(CARDDESK_BENCH_CARDSIM),
                        {QStringLiteral("--port"), QString::number(port), QStringLiteral("--card"), card,
                         QStringLiteral("--psam"), profile("psam-test.json")});
        return m_process.waitForStarted(5000) && reply(5000).startsWith(QLatin1String("ready")) &&
               waitCard(true, 5000);
    }
    QString command(const QString& line)
    {
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        m_process.waitForBytesWritten(1000);
        return reply(5000);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("quit\n");
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        waitCard(false, 3000);
    }
    ~Simulator() { stop(); }

    static bool waitCard(bool present, int timeoutMs)
    {
        pcsc::Context ctx;
        if (ctx.establish() != SCARD_S_SUCCESS)
            return false;
        SCARD_READERSTATE s{};
        s.szReader = kCitizenReader;
        s.dwCurrentState = SCARD_STATE_UNAWARE;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (SCardGetStatusChange(ctx.handle(), 0, &s, 1) == SCARD_S_SUCCESS) {
                const bool isPresent =
                    (s.dwEventState & SCARD_STATE_PRESENT) && !(s.dwEventState & SCARD_STATE_MUTE);
                if (isPresent == present)
                    return true;
                s.dwCurrentState = s.dwEventState & ~SCARD_STATE_CHANGED;
                SCardGetStatusChange(ctx.handle(), 200, &s, 1); // returns at the change
                s.dwCurrentState = SCARD_STATE_UNAWARE;
            }
        }
        return false;
    }

private:
    QString reply(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_buffer += m_process.readAllStandardOutput();
            int nl;
            while ((nl = int(m_buffer.indexOf('\n'))) >= 0) {
                const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
                m_buffer.remove(0, nl + 1);
                if (!line.startsWith(QLatin1String("event ")))
                    return line;
            }
            if (deadline.hasExpired())
                return {};
            m_process.waitForReadyRead(100);
        }
    }
    QProcess m_process;
    QByteArray m_buffer;
};

// A second, plain connection to the same card for the raw baseline: VERIFY without data (a status
// query with no side effect), straight through SCardTransmit.
class RawCard
{
public:
    bool open()
    {
        if (m_ctx.establish() != SCARD_S_SUCCESS ||
            m_card.connect(m_ctx, QString::fromLatin1(kCitizenReader)) != SCARD_S_SUCCESS)
            return false;
        QByteArray response;
        return m_card.transmit(QByteArray::fromHex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF00"), response) ==
               SCARD_S_SUCCESS;
    }
    // With both readers open, round trips alternate card / PSAM, as the operations that use the PSAM do
    // (each hop wakes other pcscd and simulator threads: dearer than ping-pong on one reader).
    bool openPsam()
    {
        if (m_psam.connect(m_ctx, QStringLiteral("Virtual PCD 00 01")) != SCARD_S_SUCCESS)
            return false;
        m_twoReaders = true;
        return true;
    }
    void roundTrip()
    {
        static const QByteArray status = QByteArray::fromHex("00200000");
        // SELECT of the PSAM application: no side effect the next operation depends on (it derives first).
        static const QByteArray psamSelect = QByteArray::fromHex("00A404000D434152444445534B2E5053414D");
        if (m_twoReaders && (m_turn++ & 1))
            m_psam.transmit(psamSelect, m_response);
        else
            m_card.transmit(status, m_response);
    }
    void transaction()
    {
        SCardBeginTransaction(m_card.handle());
        SCardEndTransaction(m_card.handle(), SCARD_LEAVE_CARD);
    }

    // Second baseline, "raw replay": the operation's own APDUs (docs/card-protocol.md) in its own
    // transactions, written out by hand straight on SCardTransmit, without the library. What is left
    // between this and the library's time is the library's own overhead.
    void replayRead200()
    {
        SCardBeginTransaction(m_card.handle());
        send(m_card, "00A404000F7378312E73682EC9E7BBE1B1A3D5CF00");
        send(m_card, "00B2012D00");
        send(m_card, "00B2013500");
        SCardEndTransaction(m_card.handle(), SCARD_LEAVE_CARD);
    }
    // Reset with a new 6-digit PIN; alg 01 (3DES: PIN block + padding = 8 bytes) or 03 (SM4: 16 bytes).
    bool replayReset(int alg, const char* pinBlockHex)
    {
        SCardBeginTransaction(m_card.handle());
        send(m_card, "00A404000F7378312E73682EC9E7BBE1B1A3D5CF00");
        const QByteArray cardId = send(m_card, "00B2012800").mid(2, 16);
        SCardBeginTransaction(m_psam.handle());
        const QByteArray cmdHeader = QByteArray::fromHex(alg == 3 ? "8424000114" : "842400010C");
        send(m_psam, QByteArray::fromHex("801A01") + char(alg) + char(16) + cardId.left(3) +
                         QByteArray(5, char(0xFF)) + cardId.right(8));
        const QByteArray challenge = send(m_card, "0084000008").left(8);
        const QByteArray pinBlock = QByteArray::fromHex(pinBlockHex);
        QByteArray reload = send(m_psam, QByteArray::fromHex("80FA0700") + char(8 + 5 + pinBlock.size()) +
                                             challenge + cmdHeader + pinBlock + '\0');
        reload.chop(2);
        const QByteArray sw = send(m_card, cmdHeader + reload).right(2);
        SCardEndTransaction(m_psam.handle(), SCARD_LEAVE_CARD);
        SCardEndTransaction(m_card.handle(), SCARD_LEAVE_CARD);
        return sw == QByteArray::fromHex("9000");
    }
    // 3.00 read: EF05, mutual authentication with the PSAM's cryptograms, EF06.
    bool replayRead300(int alg)
    {
        static const QByteArray rnd = QByteArray::fromHex("0102030405060708");
        static const QByteArray pad = QByteArray::fromHex("8000000000000000");
        SCardBeginTransaction(m_card.handle());
        send(m_card, "00A404000F7378312E73682EC9E7BBE1B1A3D5CF00");
        const QByteArray cardId = send(m_card, "00B2012D00").mid(2, 16);
        SCardBeginTransaction(m_psam.handle());
        send(m_card, QByteArray::fromHex("0088000108") + rnd + '\0');
        const QByteArray challenge = send(m_card, "0084000008").left(8);
        send(m_psam, QByteArray::fromHex("801A02") + char(alg) + char(16) + cardId.left(3) +
                         QByteArray(5, char(0xFF)) + cardId.right(8));
        const QByteArray cryptograms =
            send(m_psam, QByteArray::fromHex("80FA010020") + rnd + pad + challenge + pad + '\0');
        send(m_card, QByteArray::fromHex("0082000110") + cryptograms.mid(16, 16));
        const QByteArray sw = send(m_card, "00B2013500").right(2);
        SCardEndTransaction(m_psam.handle(), SCARD_LEAVE_CARD);
        SCardEndTransaction(m_card.handle(), SCARD_LEAVE_CARD);
        return sw == QByteArray::fromHex("9000");
    }

private:
    QByteArray send(const pcsc::Card& card, const char* hex) { return send(card, QByteArray::fromHex(hex)); }
    QByteArray send(const pcsc::Card& card, const QByteArray& apdu)
    {
        QByteArray response;
        card.transmit(apdu, response);
        return response;
    }

    pcsc::Context m_ctx;
    pcsc::Card m_card;
    pcsc::Card m_psam;
    bool m_twoReaders = false;
    unsigned m_turn = 0;
    QByteArray m_response;
};

struct Paired
{
    double raw = 0;        // median of one raw round trip, sampled right before each operation
    double op = 0;         // median of the operation
    double ratio = 0;      // median over samples of op / one raw round trip (robust against load changes)
    double replay = 0;     // median of the raw replay of the same APDUs and transactions (0: not measured)
    double overReplay = 0; // median over samples of op / replay
};

// The machine is shared and noisy: each sample times one raw round trip batch, then the raw replay (when
// given) and the operation, so all medians come from the same stretch of time.
template <class Op, class Replay> Paired paired(RawCard& raw, int samples, Op&& op, Replay&& replay)
{
    std::vector<double> r, o, p, q, qp;
    for (int i = 0; i < samples / 10 + 1; ++i) {
        replay();
        op(); // warm-up
    }
    for (int i = 0; i < samples; ++i) {
        raw.roundTrip(); // untimed: the first exchange on the other handle after an operation pays extra
        r.push_back(bench::timeOnce([&] {
                        for (int k = 0; k < 4; ++k)
                            raw.roundTrip();
                    }) /
                    4.0);
        // Alternating which of the two goes first, so a burst of load on the shared machine does not
        // always land on the same one.
        if (i & 1) {
            o.push_back(bench::timeOnce(op));
            p.push_back(bench::timeOnce(replay));
        } else {
            p.push_back(bench::timeOnce(replay));
            o.push_back(bench::timeOnce(op));
        }
        q.push_back(o.back() / r.back());
        qp.push_back(p.back() > 0 ? o.back() / p.back() : 0);
    }
    auto median = [](std::vector<double>& v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return {median(r), median(o), median(q), median(p), median(qp)};
}

template <class Op> Paired paired(RawCard& raw, int samples, Op&& op)
{
    Paired out = paired(raw, samples, std::forward<Op>(op), [] {});
    out.replay = 0;
    out.overReplay = 0;
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int port = qEnvironmentVariableIntValue("CARDDESK_VPCD_PORT") > 0
                         ? qEnvironmentVariableIntValue("CARDDESK_VPCD_PORT")
                         : 35963;
    {
        pcsc::Context probe;
        if (probe.establish() != SCARD_S_SUCCESS) {
            std::fprintf(
                stderr,
                "bench_card: pcscd is not running. Start it with tests/fixtures/pcscd-fixture.sh start\n");
            return 2;
        }
    }
    // Same lock as tests/support/CardSimulator: the vpcd slots are machine-wide.
    QLockFile slotLock(QDir::tempPath() + QStringLiteral("/carddesk-vpcd-%1.lock").arg(port));
    slotLock.setStaleLockTime(0);
    if (!slotLock.tryLock(180000))
        std::fprintf(stderr, "bench_card: vpcd slots busy for 3 minutes; going ahead\n");
    bench::Report report(QStringLiteral("card"));
    Simulator sim;
    if (!sim.start(profile("zhangsan-200-3des.json"), port)) {
        std::fprintf(stderr, "bench_card: the card simulator did not come up on vpcd port %d\n", port);
        return 2;
    }

    RawCard raw;
    if (!raw.open()) {
        std::fprintf(stderr, "bench_card: cannot talk to the simulated card\n");
        return 2;
    }
    const bench::Timing rawAlone = bench::measure([&] { raw.roundTrip(); }, 3000);
    report.addBaseline(QStringLiteral("scard-transmit"),
                       QStringLiteral("raw SCardTransmit round trip (median, alone)"), rawAlone.median,
                       QStringLiteral("us"));
    const bench::Timing tx = bench::measure([&] { raw.transaction(); }, 2000);
    report.addBaseline(QStringLiteral("scard-transaction"),
                       QStringLiteral("SCardBeginTransaction + SCardEndTransaction (median)"), tx.median,
                       QStringLiteral("us"));

    PcscCitizenCardService service;
    // Warm: the PSAM gets selected once per service lifetime.
    service.readCard();
    service.unblockPin();

    int apdus200 = 0;
    const Paired read200 = paired(
        raw, 400,
        [&] {
            const CardReadResult r = service.readCard();
            apdus200 = service.lastCardApdus() + service.lastSamApdus();
            if (!r.result.ok())
                std::fprintf(stderr, "readCard failed: %s\n", qPrintable(r.result.detail));
        },
        [&] { raw.replayRead200(); });
    report.addBaseline(QStringLiteral("rt-read200"),
                       QStringLiteral("raw round trip, interleaved with 'read card info (2.00)'"),
                       read200.raw, QStringLiteral("us"));
    report.addCount(QStringLiteral("APDUs: read card info, 2.00"), apdus200, 3,
                    QStringLiteral("SELECT + EF05 + EF06 (one READ RECORD 'all records' each)"));
    report.addFigure(QStringLiteral("read card info (2.00, 3DES)"), read200.op, QStringLiteral("us"),
                     QStringLiteral("rt-read200"), apdus200, 1.2);
    // The same against the PC/SC floor: the APDUs plus the one transaction the operation must hold.
    report.addBaseline(QStringLiteral("floor-read200"),
                       QStringLiteral("3 raw round trips + 1 transaction pair"),
                       apdus200 * read200.raw + tx.median, QStringLiteral("us"));
    report.addFigure(QStringLiteral("read card info (2.00) vs PC/SC floor"), read200.op, QStringLiteral("us"),
                     QStringLiteral("floor-read200"), 1.0, 1.2);
    report.addBaseline(
        QStringLiteral("replay-read200"),
        QStringLiteral("second baseline: the same 3 APDUs in 1 transaction, raw SCardTransmit, "
                       "no library (interleaved)"),
        read200.replay, QStringLiteral("us"));
    report.addFigure(QStringLiteral("read card info (2.00) vs raw replay"), read200.op, QStringLiteral("us"),
                     QStringLiteral("replay-read200"), 1.0, 1.2);

    const SecureBuffer newPin = SecureBuffer::fromAscii("246810");
    int apdusReset = 0;
    RawCard rawBoth; // card + PSAM alternating, for the operations that use both readers
    rawBoth.open();
    rawBoth.openPsam();
    const Paired reset = paired(
        rawBoth, 300,
        [&] {
            const CardResult r = service.resetPin(newPin);
            apdusReset = service.lastCardApdus() + service.lastSamApdus();
            if (!r.ok())
                std::fprintf(stderr, "resetPin failed: %s\n", qPrintable(r.detail));
        },
        [&] {
            if (!rawBoth.replayReset(1, "06246810"))
                std::fprintf(stderr, "raw replay of the 3DES reset was refused\n");
        });
    report.addBaseline(
        QStringLiteral("rt-reset"),
        QStringLiteral("raw round trip card/PSAM alternating, interleaved with 'full PIN reset (3DES)'"),
        reset.raw, QStringLiteral("us"));
    report.addCount(QStringLiteral("APDUs: PIN reset"), apdusReset, 6,
                    QStringLiteral("card: SELECT, EF05/01, GET CHALLENGE, 84 24; PSAM: DERIVE, PIN RELOAD"));
    report.addFigure(QStringLiteral("full PIN reset (3DES)"), reset.op, QStringLiteral("us"),
                     QStringLiteral("rt-reset"), apdusReset, 1.2);
    report.addBaseline(QStringLiteral("floor-reset"),
                       QStringLiteral("6 raw round trips + 2 transaction pairs (card, PSAM)"),
                       apdusReset * reset.raw + 2 * tx.median, QStringLiteral("us"));
    report.addFigure(QStringLiteral("full PIN reset (3DES) vs PC/SC floor"), reset.op, QStringLiteral("us"),
                     QStringLiteral("floor-reset"), 1.0, 1.2);
    report.addBaseline(QStringLiteral("replay-reset"),
                       QStringLiteral("second baseline: the same 6 APDUs in the same 2 transactions, raw "
                                      "SCardTransmit, no library (interleaved)"),
                       reset.replay, QStringLiteral("us"));
    report.addFigure(QStringLiteral("full PIN reset (3DES) vs raw replay"), reset.op, QStringLiteral("us"),
                     QStringLiteral("replay-reset"), 1.0, 1.2);

    // The protocol code's own CPU time for the same read, over an in-memory transport (no pcscd): what the
    // library adds per operation besides the PC/SC calls.
    {
        const QByteArray fci =
            QByteArray::fromHex("6F19840F7378312E73682EC9E7BBE1B1A3D5CFA5069F0C038601019000");
        const QByteArray ef05 = QByteArray::fromHex("0110110105D15600000500000000000123450304322E303005042021"
                                                    "03150604203103150709573439313538373538 9000");
        const QByteArray ef06 = QByteArray::fromHex("0812313130313035313934393132333130303258091ED5C5C8FD0000"
                                                    "000000000000000000000000000000000000000000"
                                                    "00000000000A01310B01010D04194912319000");
        ApduTrace trace;
        const bench::Timing cpu = bench::measure(
            [&] {
                ScriptedTransport t;
                t.expectPrefix("00A40400", fci).expectPrefix("00B2012D", ef05).expectPrefix("00B20135", ef06);
                ApduChannel ch(t, &trace);
                SsseApplication ssse(ch);
                records::Fci f;
                CardData c;
                HolderData h;
                ssse.select(&f);
                ssse.readCardData(c);
                ssse.readHolderData(h);
            },
            20000, 100);
        report.addFigure(QStringLiteral("read card info, protocol CPU only"), cpu.median,
                         QStringLiteral("us"), QStringLiteral("rt-read200"), 3, 0.2, bench::Better::Lower,
                         QStringLiteral("in-memory transport: the library's own work per read"));
    }

    // Card inserted -> holder info available: detection (vpcd polls every 400 ms) + read.
    std::vector<double> detect, total;
    for (int i = 0; i < 6; ++i) {
        sim.command(QStringLiteral("remove"));
        Simulator::waitCard(false, 3000);
        QElapsedTimer t;
        t.start();
        sim.command(QStringLiteral("insert"));
        Simulator::waitCard(true, 3000);
        detect.push_back(double(t.nsecsElapsed()) / 1000.0);
        const CardReadResult r = service.readCard();
        total.push_back(double(t.nsecsElapsed()) / 1000.0);
        if (!r.result.ok())
            std::fprintf(stderr, "readCard after insert failed: %s\n", qPrintable(r.result.detail));
    }
    std::sort(detect.begin(), detect.end());
    std::sort(total.begin(), total.end());
    const double detectMedian = detect[detect.size() / 2];
    report.addBaseline(QStringLiteral("insert-detect"),
                       QStringLiteral("insert -> pcscd reports the card (vpcd polls every 400 ms), median"),
                       detectMedian, QStringLiteral("us"));
    report.addFigure(QStringLiteral("card inserted -> holder info (2.00)"), total[total.size() / 2],
                     QStringLiteral("us"), QStringLiteral("insert-detect"), 1.0, 0.0, bench::Better::Lower,
                     QStringLiteral("dominated by the reader's presence polling"));
    sim.stop();

    // 3.00 SM4 card: mutual authentication with the PSAM before EF06.
    if (!sim.start(profile("lisi-300-sm4.json"), port)) {
        std::fprintf(stderr, "bench_card: simulator restart failed\n");
        return report.finish(argc, argv);
    }
    RawCard raw300;
    raw300.open();
    raw300.openPsam();
    service.readCard();
    int apdus300 = 0;
    const Paired read300 = paired(
        raw300, 300,
        [&] {
            const CardReadResult r = service.readCard();
            apdus300 = service.lastCardApdus() + service.lastSamApdus();
            if (!r.result.ok())
                std::fprintf(stderr, "readCard 3.00 failed: %s\n", qPrintable(r.result.detail));
        },
        [&] {
            if (!raw300.replayRead300(3))
                std::fprintf(stderr, "raw replay of the 3.00 read was refused\n");
        });
    if (qEnvironmentVariableIsSet("CARDDESK_BENCH_TRACE")) // where the time goes, APDU by APDU
        for (const QString& line : service.trace().lines().mid(service.trace().lines().size() - 8))
            std::fprintf(stderr, "%s\n", qPrintable(line));
    report.addBaseline(
        QStringLiteral("rt-read300"),
        QStringLiteral("raw round trip card/PSAM alternating, interleaved with 'read card info (3.00)'"),
        read300.raw, QStringLiteral("us"));
    report.addCount(QStringLiteral("APDUs: read card info, 3.00"), apdus300, 8,
                    QStringLiteral("card: SELECT, EF05, INTERNAL AUTH, GET CHALLENGE, EXTERNAL AUTH, EF06; "
                                   "PSAM: DERIVE, ENCRYPT"));
    report.addFigure(QStringLiteral("read card info (3.00, SM4, mutual auth)"), read300.op,
                     QStringLiteral("us"), QStringLiteral("rt-read300"), apdus300, 1.2);
    report.addBaseline(QStringLiteral("floor-read300"),
                       QStringLiteral("8 raw round trips + 2 transaction pairs (card, PSAM)"),
                       apdus300 * read300.raw + 2 * tx.median, QStringLiteral("us"));
    report.addFigure(QStringLiteral("read card info (3.00) vs PC/SC floor"), read300.op, QStringLiteral("us"),
                     QStringLiteral("floor-read300"), 1.0, 1.2);
    report.addBaseline(QStringLiteral("replay-read300"),
                       QStringLiteral("second baseline: the same 8 APDUs in the same 2 transactions, raw "
                                      "SCardTransmit, no library (interleaved)"),
                       read300.replay, QStringLiteral("us"));
    report.addFigure(QStringLiteral("read card info (3.00) vs raw replay"), read300.op, QStringLiteral("us"),
                     QStringLiteral("replay-read300"), 1.0, 1.2);
    int apdusReset300 = 0;
    const Paired reset300 = paired(
        raw300, 300,
        [&] {
            service.resetPin(newPin);
            apdusReset300 = service.lastCardApdus() + service.lastSamApdus();
        },
        [&] {
            if (!raw300.replayReset(3, "06246810"))
                std::fprintf(stderr, "raw replay of the SM4 reset was refused\n");
        });
    report.addBaseline(
        QStringLiteral("rt-reset300"),
        QStringLiteral("raw round trip card/PSAM alternating, interleaved with 'full PIN reset (SM4)'"),
        reset300.raw, QStringLiteral("us"));
    report.addFigure(QStringLiteral("full PIN reset (SM4)"), reset300.op, QStringLiteral("us"),
                     QStringLiteral("rt-reset300"), apdusReset300, 1.2);
    report.addBaseline(QStringLiteral("replay-reset300"),
                       QStringLiteral("second baseline: the same 6 APDUs in the same 2 transactions, raw "
                                      "SCardTransmit, no library (interleaved)"),
                       reset300.replay, QStringLiteral("us"));
    report.addFigure(QStringLiteral("full PIN reset (SM4) vs raw replay"), reset300.op, QStringLiteral("us"),
                     QStringLiteral("replay-reset300"), 1.0, 1.2);
    sim.stop();
    const auto pairedNote = [&](const char* what, const Paired& p, int apdus) {
        report.addNote(QStringLiteral("%1: median of per-sample (time / (APDUs x raw round trip)) = %2; "
                                      "of per-sample (time / raw replay) = %3")
                           .arg(QLatin1String(what))
                           .arg(p.ratio / apdus, 0, 'f', 2)
                           .arg(p.overReplay, 0, 'f', 2));
    };
    pairedNote("read card info (2.00)", read200, apdus200);
    pairedNote("full PIN reset (3DES)", reset, apdusReset);
    pairedNote("read card info (3.00)", read300, apdus300);
    pairedNote("full PIN reset (SM4)", reset300, apdusReset300);
    report.addNote(
        QStringLiteral("ratio = time / (APDUs x raw SCardTransmit round trip measured interleaved); "
                       "1.2 = 20 % library overhead. Each operation also pays one SCardBegin/EndTransaction "
                       "pair per reader (baseline scard-transaction). Second baseline 'raw replay': the same "
                       "APDUs and transactions sent by hand without the library, so time / replay is the "
                       "library's own overhead; the card's (simulator's) work per real APDU is in both."));
    return report.finish(argc, argv);
}
