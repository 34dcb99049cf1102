// GUI benchmarks (bench/harness rules: every figure beside a baseline measured in the same run).
//  1. Start-up of carddesk --training to its sign-in window, against a minimal Qt Widgets program that shows
//     one window (both offscreen, both as fresh processes, same number of runs). Target: ratio <= 1.5. Both
//     report "shown" in the event-loop turn after their first frame is painted (ui/FirstPaint.h): show() alone
//     only maps a window, and neither program has drawn anything then.
//  2. The app-side time of a full PIN reset on the simulator through pcscd, without the human parts (typing,
//     waiting for the citizen to face the camera, the citizen's PIN entry): card read and checks, accepting
//     the photo, execute on the card + record + result, and the receipt PDF. Target: under 300 ms. Baseline:
//     one readCard() through the same card service. Needs pcscd (tests/fixtures/pcscd-fixture.sh start).
#include "BenchHarness.h"
#include "CardSimulator.h"
#include "GuiTestSupport.h"

#include "smartcard/PcscCitizenCardService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

using namespace carddesk;

namespace {

double runProcessMs(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CARDDESK_REPORT_SHOWN"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    // Until the first window's first frame is painted ("shown" on stdout): shutting down is not part of
    // start-up.
    double shown = -1;
    while (shown < 0 && p.waitForReadyRead(30000)) {
        if (p.readAll().contains("shown"))
            shown = t.nsecsElapsed() / 1e6;
    }
    p.waitForFinished(30000);
    return shown < 0 ? t.nsecsElapsed() / 1e6 : shown;
}

// The shared libraries the dynamic loader maps before main(): most of the start-up gap (issue #7).
int sharedLibraries(const QString& program)
{
    QProcess p;
    p.start(QStringLiteral("ldd"), {program});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    return int(p.readAllStandardOutput().count('\n'));
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool pcscdRunning()
{
    SCARDCONTEXT ctx = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS)
        return false;
    SCardReleaseContext(ctx);
    return true;
}

template <class Pred> bool waitUntil(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("CARDDESK_BINARY_DIR"))
        qputenv("CARDDESK_BINARY_DIR", CARDDESK_BENCH_BINARY_DIR);
    if (qEnvironmentVariableIsEmpty("CARDDESK_SOURCE_DIR"))
        qputenv("CARDDESK_SOURCE_DIR", CARDDESK_BENCH_SOURCE_DIR);
    QApplication app(argc, argv);
    bench::Report report(QStringLiteral("gui"));
    QTemporaryDir tmp;

    // ---- 1. start-up --------------------------------------------------------------------------------------
    const QString trainingDir = tmp.path() + QStringLiteral("/training");
    const QStringList carddeskArgs = {
        QStringLiteral("--training"), QStringLiteral("--training-dir"), trainingDir,
        QStringLiteral("--lang"),     QStringLiteral("zh_CN"),          QStringLiteral("--quit-after"),
        QStringLiteral("0")};
    runProcessMs(QStringLiteral(CARDDESK_BENCH_CARDDESK), carddeskArgs); // seeds the demo store once
    runProcessMs(QStringLiteral(CARDDESK_BENCH_MINIMAL), {});
    QList<double> minimal, carddesk;
    for (int i = 0; i < 15; ++i) {
        // Interleaved, so that both see the same machine load.
        minimal << runProcessMs(QStringLiteral(CARDDESK_BENCH_MINIMAL), {});
        carddesk << runProcessMs(QStringLiteral(CARDDESK_BENCH_CARDDESK), carddeskArgs);
    }
    report.addBaseline(
        QStringLiteral("minimal-widgets"),
        QStringLiteral("minimal Qt Widgets program: start, show and paint one window (median of 15)"),
        median(minimal), QStringLiteral("ms"));
    report.addFigure(
        QStringLiteral("carddesk --training start-up to sign-in"), median(carddesk), QStringLiteral("ms"),
        QStringLiteral("minimal-widgets"), 1.0, 1.5, bench::Better::Lower,
        QStringLiteral("to the first painted frame of the sign-in page; the store, the other pages, the reader "
                       "monitor and the customer's window come after it"));
    report.addCount(
        QStringLiteral("shared libraries loaded by carddesk (ldd; minimal program as reference)"),
        sharedLibraries(QStringLiteral(CARDDESK_BENCH_CARDDESK)),
        sharedLibraries(QStringLiteral(CARDDESK_BENCH_MINIMAL)),
        QStringLiteral("all of OpenCV comes with carddesk-opencv.so on first use, Qt Charts and Print Support "
                       "with carddesk-charts.so / carddesk-print.so"));

    // ---- 2. PIN reset, app side ---------------------------------------------------------------------------
    if (!pcscdRunning()) {
        report.addNote(QStringLiteral("PIN reset figures skipped: pcscd is not running "
                                      "(tests/fixtures/pcscd-fixture.sh start)"));
        return report.finish(argc, argv);
    }
    test::CardSimulator sim;
    if (!sim.start(QStringLiteral("zhangsan-200-3des.json"))) {
        report.addNote(QStringLiteral("PIN reset figures skipped: ") + sim.lastError());
        return report.finish(argc, argv);
    }
    {
        PcscCitizenCardService card(TrainingEnvironment::readerConfig());
        const CardReadResult first = card.readCard();
        if (!first.result.ok())
            report.addNote(QStringLiteral("readCard failed: ") + first.result.message() + QLatin1Char(' ') +
                           first.result.detail);
        const bench::Timing read = bench::measure([&] { card.readCard(); }, 30);
        report.addBaseline(QStringLiteral("read-card"),
                           QStringLiteral("PcscCitizenCardService::readCard() (median)"),
                           read.median / 1000.0, QStringLiteral("ms"));
    }
    test::GuiCounter counter(tmp.path() + QStringLiteral("/reset"));
    if (!counter.ok() || !counter.signIn(QStringLiteral("clerk"))) {
        report.addNote(QStringLiteral("PIN reset figures skipped: ") + counter.error());
        return report.finish(argc, argv);
    }
    using Step = ui::ServiceFlowPage::Step;
    QList<double> cardPart, photoPart, executePart, receiptPart, totals;
    const char* pins[] = {"731953", "842061", "530817"};
    QString failedAt;
    for (int round = 0; round < 6; ++round) {
        ui::ServiceFlowPage* flow = counter.flow();
        counter.window().startService(ServiceType::PinReset);
        counter.typeIdentity(QStringLiteral("11010519491231002X"), QStringLiteral("张三"));
        flow->next();
        if (!waitUntil([&] { return flow->cardPresent(); }, 5000)) {
            failedAt = QStringLiteral("card present");
            break;
        }
        QElapsedTimer t;
        t.start();
        flow->next();
        if (!waitUntil([&] { return flow->step() == Step::Photo; }, 10000)) {
            failedAt = QStringLiteral("card read");
            break;
        }
        const double card = t.nsecsElapsed() / 1e6;
        if (!waitUntil([&] { return flow->canGoNext(); },
                       15000)) // the camera's automatic capture: not counted
        {
            failedAt = QStringLiteral("auto photo");
            break;
        }
        t.restart();
        flow->next();
        if (!waitUntil([&] { return flow->step() == Step::Pin; }, 5000)) {
            failedAt = QStringLiteral("pin step");
            break;
        }
        const double photo = t.nsecsElapsed() / 1e6;
        const char* pin = pins[round % 3];
        counter.citizenTypes(pin);
        if (!waitUntil([&] { return flow->workflowState() == WorkflowState::ConfirmingNewPin; }, 3000)) {
            failedAt = QStringLiteral("confirm state");
            break;
        }
        for (int i = 0; i < 5; ++i)
            counter.pinWindow()->pressDigit(pin[i] - '0');
        t.restart();
        counter.pinWindow()->pressDigit(pin[5] - '0'); // the citizen's last key: from here on it is the app's
        if (!waitUntil([&] { return flow->step() == Step::Result; }, 10000) || !flow->lastSucceeded()) {
            failedAt = QStringLiteral("result");
            break;
        }
        const double execute = t.nsecsElapsed() / 1e6;
        t.restart();
        flow->printReceipt();
        const double receipt = t.nsecsElapsed() / 1e6;
        flow->next();
        if (round == 0)
            continue; // warm-up
        cardPart << card;
        photoPart << photo;
        executePart << execute;
        receiptPart << receipt;
        totals << card + photo + execute + receipt;
    }
    if (totals.isEmpty()) {
        report.addNote(
            QStringLiteral("PIN reset figures skipped: the flow did not complete (stopped at: %1; %2)")
                .arg(failedAt, counter.flow()->message() +
                                   QStringLiteral(" step=%1").arg(static_cast<int>(counter.flow()->step()))));
        return report.finish(argc, argv);
    }
    const QString base = QStringLiteral("read-card");
    report.addFigure(QStringLiteral("reset: read card + checks (Enter -> photo)"), median(cardPart),
                     QStringLiteral("ms"), base);
    report.addFigure(QStringLiteral("reset: accept photo -> PIN entry"), median(photoPart),
                     QStringLiteral("ms"), base);
    report.addFigure(QStringLiteral("reset: last PIN key -> result (card+record)"), median(executePart),
                     QStringLiteral("ms"), base);
    report.addFigure(QStringLiteral("reset: receipt PDF"), median(receiptPart), QStringLiteral("ms"), base);
    report.addFigure(QStringLiteral("reset: app-side total (target < 300 ms)"), median(totals),
                     QStringLiteral("ms"), base, 1.0, 0.0, bench::Better::Lower,
                     median(totals) < 300 ? QStringLiteral("under 300 ms: met")
                                          : QStringLiteral("300 ms: MISSED"));
    report.addCount(QStringLiteral("PIN resets measured"), totals.size(), 5);
    return report.finish(argc, argv);
}
