// End-to-end tests of the clerk's window on real widgets (offscreen) against the card simulator through the
// real pcscd stack: carddesk-cardsim -> vpcd -> pcscd -> PcscCitizenCardService -> workflow -> UI, and the
// real local store underneath. Assertions are on what the clerk sees and what the store holds.
#include "Fixtures.h"
#include "CardSimulator.h"
#include "GuiTestSupport.h"

#include "app/devices/ReaderPinPad.h"
#include "app/store/LocalStore.h"
#include "app/supervision/SupervisorActions.h"
#include "smartcard/PcscCitizenCardService.h"
#include "ui/HistoryPage.h"
#include "ui/HomePage.h"
#include "ui/ReceiptPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;
using Step = ui::ServiceFlowPage::Step;

namespace {
const QString kZhangsan = QStringLiteral("11010519491231002X");
const QString kWangwu = QStringLiteral("440305199001010034");
const QString kZhaoliu = QStringLiteral("110105196001010017");
constexpr const char* kNewPin = "731953";

QString label(QWidget* root, const char* name)
{
    auto* l = root->findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QString();
}

bool pinWorks(const char* pin)
{
    PcscCitizenCardService card(TrainingEnvironment::readerConfig());
    return card.verifyPin(SecureBuffer::fromAscii(pin)).ok();
}

// A citizen-card reader with a PIN pad, for the GUI: vpcd has none. Everything goes to the real card service
// (pcscd, the simulator); a PIN change without PINs is what the pad does: it waits for the citizen (the test
// releases it), then sends the command with the digits the citizen typed on the pad, which the host never sees.
class PadReader : public CitizenCardService
{
public:
    PadReader(CitizenCardService& real, const char* currentPin, const char* newPin)
        : m_real(real), m_current(currentPin), m_new(newPin)
    {}
    CardReadResult readCard() override { return m_real.readCard(); }
    CardResult pinStatus(const QByteArray& id) override { return m_real.pinStatus(id); }
    CardResult verifyPin(const SecureBuffer& pin, const QByteArray& id) override { return m_real.verifyPin(pin, id); }
    CardResult changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin, const QByteArray& id) override
    {
        if (oldPin.size() != 0 || newPin.size() != 0)
            return m_real.changePin(oldPin, newPin, id);
        ++padCommands;
        if (!typed.tryAcquire(1, 15000))
            return CardResult::failure(CardError::PinPadTimeout);
        return m_real.changePin(SecureBuffer::fromAscii(m_current), SecureBuffer::fromAscii(m_new), id);
    }
    CardResult resetPin(const SecureBuffer& pin, const QByteArray& id) override { return m_real.resetPin(pin, id); }
    CardResult unblockPin(const QByteArray& id) override { return m_real.unblockPin(id); }

    QSemaphore typed;               // released when "the citizen finished typing on the pad"
    QAtomicInt padCommands = 0;     // pad commands the workflow sent

private:
    CitizenCardService& m_real;
    const char* m_current;
    const char* m_new;
};

// Every file under dir, as bytes.
QByteArray allBytes(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class ServiceFlowGuiTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        CARDDESK_REQUIRE_FIXTURE("pcscd");
        LogCapture::install();
        qputenv("CARDDESK_LOCALE_QUIET", "1");
    }

    void init()
    {
        m_dir = scratchDir(QString::fromLatin1(QTest::currentTestFunction()));
        m_counter = std::make_unique<GuiCounter>(m_dir);
        QVERIFY2(m_counter->ok(), qPrintable(m_counter->error()));
        QVERIFY(QTest::qWaitForWindowExposed(&m_counter->window()));
    }

    void cleanup()
    {
        m_counter.reset();
        m_padReader.reset();
        m_pad.reset();
        m_sim.stop();
    }

    // The standard PIN reset, keyboard only, with the clerk's actions counted; then the canary.
    void pinResetEndToEnd()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);
        c.resetActions();
        LogCapture::clear();

        c.key(Qt::Key_F1); // 1: reset PIN
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Service);
        QCOMPARE(c.flow()->step(), Step::Identity);
        c.typeIdentity(kZhangsan.left(10), QStringLiteral("张三"));
        // Live validation while typing: an incomplete number says why.
        QVERIFY(label(c.flow(), "idNumberStatus").contains(QStringLiteral("\u2717")));
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        QVERIFY(label(c.flow(), "idNumberStatus").startsWith(QStringLiteral("\u2713")));
        QVERIFY(label(c.flow(), "cachedRecord").contains(QStringLiteral("W49158758")));
        QVERIFY(!label(c.flow(), "cachedRecord").contains(kZhangsan)); // masked

        c.key(Qt::Key_Return); // 2: identity -> card
        QCOMPARE(c.flow()->step(), Step::Card);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->triesLeft(), 3, 5000);
        c.key(Qt::Key_Return); // 3: read the card, checks
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Photo, 10000);
        QVERIFY(label(c.flow(), "cardMatch").contains(QStringLiteral("\u2713")));
        QVERIFY(label(c.flow(), "cardDetails").contains(QStringLiteral("W49158758")));
        // The photo is taken automatically once the checks pass.
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return); // 4: accept the photo
        QTRY_VERIFY2_WITH_TIMEOUT(c.flow()->step() == Step::Pin, qPrintable(c.flow()->message()), 5000);

        // The citizen: first the initial PIN, which the policy refuses on both screens, then a good one twice.
        c.citizenTypes("123456");
        QTRY_VERIFY_WITH_TIMEOUT(!label(c.flow(), "clerkPinPolicy").isEmpty(), 3000);
        QVERIFY(!label(c.pinWindow(), "pinHint").isEmpty());
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->workflowState(), WorkflowState::ConfirmingNewPin, 3000);
        // The clerk sees dots only.
        QVERIFY(!label(c.flow(), "clerkPinDots").contains(QLatin1Char('7')));
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->resultText().contains(QStringLiteral("3 of 3")), 5000);
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("bank PIN")));
        QVERIFY(label(c.flow(), "resultText").contains(c.flow()->operationNumber()));

        c.key(Qt::Key_F8); // 5: receipt
        QVERIFY(QFile::exists(c.flow()->lastReceiptFile()));
        c.key(Qt::Key_Return); // 6: finish
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);
        const int actions = c.actions();
        qInfo("clerk actions for a standard PIN reset (beyond typing the document data): %d", actions);
        QVERIFY2(actions <= 8, qPrintable(QString::number(actions)));

        // Real outcomes: the card takes the new PIN, the try counter is full, the store holds the operation.
        QCOMPARE(m_sim.cardTriesLeft(), 3);
        QVERIFY(pinWorks(kNewPin));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().service, QStringLiteral("pin-reset"));
        QVERIFY(ops.first().success);
        QVERIFY(!ops.first().maskedHolderIdNumber.contains(kZhangsan));
        QVERIFY(label(c.window().homePage(), "todayCount").contains(QLatin1Char('1')));

        // History: masked, searchable, reprint.
        c.key(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::History);
        ui::HistoryPage* history = c.window().historyPage();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->cellText(0, 3), IdNumber::mask(kZhangsan));
        history->setFilter(QStringLiteral("W49158758"));
        QCOMPARE(history->rowCount(), 1);
        history->setFilter(QStringLiteral("nobody"));
        QCOMPARE(history->rowCount(), 0);
        history->setFilter({});
        const QString reprint = history->reprintSelected();
        QVERIFY(QFile::exists(reprint));

        // Canary: the PIN appears nowhere: database, key and receipts (all files of the store), logs, receipt.
        const QByteArray pin(kNewPin);
        const QByteArray files = allBytes(m_dir);
        QVERIFY(!files.isEmpty());
        QVERIFY2(!files.contains(pin), "the new PIN is in a file of the store");
        QVERIFY(!files.contains(QString::fromLatin1(pin).toUtf8()));
        const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(pin).utf16()), pin.size() * 2);
        QVERIFY(!files.contains(utf16));
        QVERIFY(!LogCapture::text().contains(QString::fromLatin1(pin)));
        ui::ReceiptContext context;
        context.trainingMode = true;
        const QString receiptText = ui::ReceiptPrinter::plainText(c.flow()->workflow()->receipt(), context);
        QVERIFY(receiptText.contains(IdNumber::mask(kZhangsan)));
        QVERIFY(!receiptText.contains(QString::fromLatin1(pin)));
        QVERIFY(!receiptText.contains(kZhangsan));
        QVERIFY(receiptText.contains(QStringLiteral("TRAINING MODE")));
    }

    // The card in the reader is someone else's: refused, recorded as a failure, nothing written.
    void wrongCardRefused()
    {
        QVERIFY2(m_sim.start(QStringLiteral("lisi-300-sm4.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY(!c.flow()->lastSucceeded());
        QCOMPARE(c.flow()->workflow()->resultCode(), QStringLiteral("id-mismatch"));
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("refused")));
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("citizen's own")));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        QVERIFY(!ops.first().success);
        QVERIFY(pinWorks("888888")); // lisi's PIN untouched
    }

    // The clerk put the citizen's card in the PSAM reader: the card step says where it is and what to do,
    // and once the cards are where they belong the service goes on.
    void cardInTheWrongReader()
    {
        QVERIFY2(m_sim.start(QString(), QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->message().contains(QStringLiteral("PSAM reader")), 5000);
        QVERIFY(!c.flow()->cardPresent());
        QVERIFY(label(c.flow(), "cardPrompt").contains(QStringLiteral("customer's card reader")));
        QVERIFY(label(c.flow(), "cardDetails").isEmpty());
        // Both readers are there (only the cards are misplaced): the status bar says so.
        QTRY_COMPARE_WITH_TIMEOUT(label(&c.window(), "readerStatus"), QStringLiteral("Readers: card and PSAM ready"),
                                  5000);

        QVERIFY2(m_sim.removePsam(), qPrintable(m_sim.lastError()));
        QVERIFY2(m_sim.insert(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        QVERIFY2(m_sim.insertPsam(QStringLiteral("psam-test.json")), qPrintable(m_sim.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo, 15000);
        QVERIFY(label(c.flow(), "cardDetails").contains(QStringLiteral("W49158758")));
    }

    // The card is pulled as the reset command arrives: nothing is written, the clerk is told what to do.
    void cardPulledMidway()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo && c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Pin, 5000);
        QVERIFY(m_sim.fault(QStringLiteral("card drop-on 8424")));
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->workflowState(), WorkflowState::ConfirmingNewPin, 3000);
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 15000);
        QVERIFY(!c.flow()->lastSucceeded());
        const QString text = c.flow()->resultText();
        QVERIFY2(text.contains(QStringLiteral("Put the same card back")) || text.contains(QStringLiteral("Insert")),
                 qPrintable(text));
        // Nothing was written: the old PIN still works once the card is back.
        QVERIFY(m_sim.insert());
        QVERIFY(pinWorks("123456"));
        QCOMPARE(m_sim.cardTriesLeft(), 3);
    }

    // A blocked chip PIN: the card step says so; unblocking clears the try counter.
    void blockedPinUnblocked()
    {
        QVERIFY2(m_sim.start(QStringLiteral("blocked-200-3des.json")), qPrintable(m_sim.lastError()));
        QCOMPARE(m_sim.cardTriesLeft(), 0);
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F3); // unblock
        QCOMPARE(c.flow()->service(), ServiceType::PinUnblock);
        c.typeIdentity(kZhaoliu, QStringLiteral("赵六"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        QCOMPARE(c.flow()->triesLeft(), 0);
        QVERIFY(label(c.flow(), "cardDetails").contains(QStringLiteral("BLOCKED")));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo && c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QCOMPARE(m_sim.cardTriesLeft(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->resultText().contains(QStringLiteral("3 of 3")), 5000);
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("old digits")));
    }

    // An agent resets the holder's PIN: the authorisation is scanned, a supervisor approves at the counter
    // (a wrong password first), and the store keeps the approval with the operation.
    void proxyResetWithApproval()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.flow()->findChild<QComboBox*>(QStringLiteral("representationCombo"))->setCurrentIndex(1);
        GuiCounter::type(c.flow()->findChild<QLineEdit*>(QStringLiteral("agentIdEdit")), kWangwu);
        c.flow()->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))->setText(QStringLiteral("王五"));
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Identity); // no authorisation scanned yet
        QVERIFY(c.flow()->message().contains(QStringLiteral("authorisation")));
        c.click(c.flow()->findChild<QPushButton*>(QStringLiteral("scanAuthorisationButton")));
        QVERIFY2(label(c.flow(), "scanStatus").contains(QStringLiteral("KB")), qPrintable(label(c.flow(), "scanStatus")));
        walkFromIdentityToApproval();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(c.window().findChild<QWidget*>(QStringLiteral("approvalBox"))->isVisible());
        // The reason by its display name, not the code word.
        QVERIFY2(label(c.flow(), "approvalReason").contains(QStringLiteral("an agent acts for the holder")),
                 qPrintable(label(c.flow(), "approvalReason")));
        auto* sup = c.flow()->findChild<QLineEdit*>(QStringLiteral("supervisorIdEdit"));
        auto* pw = c.flow()->findChild<QLineEdit*>(QStringLiteral("supervisorPasswordEdit"));
        GuiCounter::type(sup, QStringLiteral("super01"));
        GuiCounter::type(pw, QStringLiteral("wrong-password"));
        c.key(Qt::Key_Return);
        // The supervisor's password is checked off the UI thread.
        QTRY_VERIFY2_WITH_TIMEOUT(c.flow()->message().contains(QStringLiteral("Not approved")),
                                  qPrintable(c.flow()->message()), 5000);
        QCOMPARE(c.flow()->workflowState(), WorkflowState::AwaitingApproval);
        QVERIFY(pw->text().isEmpty()); // the password field is wiped after each try
        QVERIFY(pinWorks("123456"));  // nothing written before the approval
        GuiCounter::type(pw, QStringLiteral("train-super-1"));
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QVERIFY(pinWorks(kNewPin));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->representation, Representation::Proxy);
        QCOMPARE(rec->agentIdNumber, kWangwu);
        QCOMPARE(rec->approvalIds.size(), 1);
    }

    // PIN change on the reader's PIN pad: offered on the card step when the pad and the region allow it; the
    // clerk's screen shows the pad prompt while the citizen types there; the customer window is not used.
    void pinChangeOnTheReaderPinPad()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        GuiCounter& c = *m_counter;
        ui::UiServices& services = c.session().services();
        // Members: the page's card polls may still hold them until the counter is gone (cleanup()).
        m_padReader = std::make_unique<PadReader>(*services.card, "123456", kNewPin);
        m_pad = std::make_unique<ReaderPinPad>([] {
            PinPadFeatures f;
            f.verify = true;
            f.modify = true;
            f.readerName = QStringLiteral("Test PIN pad reader");
            return f;
        });
        m_pad->refresh();
        PadReader& reader = *m_padReader;
        services.card = m_padReader.get();
        services.pinPad = m_pad.get();

        // The region does not allow it: not offered.
        services.region.pinPadForChange = false;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F2);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Card);
        auto* usePad = c.flow()->findChild<QCheckBox*>(QStringLiteral("usePinPadCheck"));
        QVERIFY(!usePad->isVisible());
        c.key(Qt::Key_Escape);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);

        services.region.pinPadForChange = true;
        c.key(Qt::Key_F2);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Card);
        QVERIFY(usePad->isVisible());
        QVERIFY(!usePad->isChecked()); // the customer window stays the default
        c.key(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(usePad->isChecked()); // the mnemonic clicks the box (animated)
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        c.key(Qt::Key_Return); // read the card; then the citizen types on the pad
        QTRY_VERIFY_WITH_TIMEOUT(reader.padCommands.loadRelaxed() == 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Pin, 5000);
        QVERIFY(c.flow()->workflow()->usingPinPad());
        QVERIFY2(label(c.flow(), "clerkPinPrompt").contains(QStringLiteral("reader's PIN pad")),
                 qPrintable(label(c.flow(), "clerkPinPrompt")));
        QVERIFY(label(c.flow(), "clerkPinPrompt").contains(QStringLiteral("Test PIN pad reader")));
        QVERIFY(c.flow()->findChild<QProgressBar*>(QStringLiteral("pinPadProgress"))->isVisible());
        QVERIFY(!c.flow()->findChild<QLabel*>(QStringLiteral("clerkPinDots"))->isVisible());
        QCOMPARE(c.pinWindow()->digitsEntered(), 0); // nobody asked the customer window
        reader.typed.release();
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QVERIFY(pinWorks(kNewPin));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->service, ServiceType::PinChange);
        QCOMPARE(rec->details.value(QStringLiteral("pinEntry")).toString(), QStringLiteral("reader-pin-pad"));
    }

    // Remote approval granted: the clerk sends the request to the supervisors' queue instead of a supervisor
    // signing at the counter; the counter waits (and can withdraw and send again); a supervisor approves in the
    // console (SupervisorActions on the same store); the service goes on and records the approval.
    void remoteApprovalGranted()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        reachProxyApproval();
        if (QTest::currentTestFailed())
            return;
        GuiCounter& c = *m_counter;
        c.flow()->workflow()->setRemoteApprovalPollInterval(100);
        QVERIFY(c.flow()->findChild<QPushButton*>(QStringLiteral("requestRemoteApprovalButton"))->isVisible());
        c.key(Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY2(c.flow()->remoteApprovalPending(), qPrintable(c.flow()->message()));
        // The key went to the supervisor's field: nothing was typed into it.
        QVERIFY(c.flow()->findChild<QLineEdit*>(QStringLiteral("supervisorIdEdit"))->text().isEmpty());
        QVERIFY(c.flow()->findChild<QWidget*>(QStringLiteral("remoteApprovalBox"))->isVisible());
        const QString waiting = label(c.flow(), "remoteApprovalStatus");
        QVERIFY2(waiting.contains(QStringLiteral("Waiting")) && waiting.contains(IdNumber::mask(kZhangsan)),
                 qPrintable(waiting));
        QVERIFY(!waiting.contains(kZhangsan));
        SupervisorActions console(c.session().store(), supervisor());
        QCOMPARE(console.approvals(true).size(), 1);
        // Withdrawn: the queue is empty, the counter still waits for an approval; sent again.
        c.key(Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(!c.flow()->remoteApprovalPending());
        QVERIFY(!c.flow()->findChild<QWidget*>(QStringLiteral("remoteApprovalBox"))->isVisible());
        QCOMPARE(console.approvals(true).size(), 0);
        QCOMPARE(c.flow()->workflowState(), WorkflowState::AwaitingApproval);
        c.key(Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY2(c.flow()->remoteApprovalPending(), qPrintable(c.flow()->message()));
        const QList<ApprovalQueueItem> queue = console.approvals(true);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().requestedBy, QStringLiteral("clerk01"));
        QVERIFY(queue.first().reason.contains(QStringLiteral("proxy")));
        QVERIFY(pinWorks("123456")); // nothing written while waiting
        QVERIFY2(console.decideApproval(queue.first().requestId, true, QStringLiteral("authorisation checked")),
                 qPrintable(console.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QVERIFY(pinWorks(kNewPin));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QVERIFY(rec->success);
        QCOMPARE(rec->approvalIds, QStringList{queue.first().requestId});
    }

    // Remote approval rejected: the clerk sees the supervisor's reason; nothing is written to the card; the
    // refusal is recorded.
    void remoteApprovalRejected()
    {
        QVERIFY2(m_sim.start(QStringLiteral("zhangsan-200-3des.json")), qPrintable(m_sim.lastError()));
        reachProxyApproval();
        if (QTest::currentTestFailed())
            return;
        GuiCounter& c = *m_counter;
        c.flow()->workflow()->setRemoteApprovalPollInterval(100);
        c.click(c.flow()->findChild<QPushButton*>(QStringLiteral("requestRemoteApprovalButton")));
        QTRY_VERIFY2(c.flow()->remoteApprovalPending(), qPrintable(c.flow()->message()));
        SupervisorActions console(c.session().store(), supervisor());
        const QList<ApprovalQueueItem> queue = console.approvals(true);
        QCOMPARE(queue.size(), 1);
        const QString reason = QStringLiteral("授权书签名与身份证不符");
        QVERIFY2(console.decideApproval(queue.first().requestId, false, reason), qPrintable(console.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY(!c.flow()->lastSucceeded());
        const QString shown = label(c.flow(), "resultText");
        QVERIFY2(shown.contains(reason) && shown.contains(QStringLiteral("super01")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("supervisor's reason")));
        QVERIFY(pinWorks("123456"));
        QCOMPARE(m_sim.cardTriesLeft(), 3);
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        QVERIFY(!ops.first().success);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->resultCode, QStringLiteral("approval-rejected"));
    }

    // A formal loss report (no card at the counter): recorded for the agency, the citizen told what follows.
    void lossReport()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F4);
        QCOMPARE(c.flow()->service(), ServiceType::LossReport);
        QVERIFY(!c.flow()->steps().contains(Step::Card));
        c.typeIdentity(kWangwu, QStringLiteral("王五"));
        QVERIFY(label(c.flow(), "cachedRecord").contains(QStringLiteral("A00000001")));
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Details, 5000);
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo && c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("reported lost")));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().service, QStringLiteral("loss-report"));
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->cardNumber, QStringLiteral("A00000001"));
        QCOMPARE(c.session().store().pendingCount(), 1); // waiting for the agency (training never sends it)
    }

private:
    OperatorContext supervisor() const
    {
        OperatorContext sup = m_counter->window().operatorContext();
        sup.operatorId = QStringLiteral("super01");
        sup.role = QStringLiteral("supervisor");
        return sup;
    }

    // From a complete identity step to the supervisor's approval: card, photo, the new PIN twice.
    void walkFromIdentityToApproval()
    {
        GuiCounter& c = *m_counter;
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Card);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->cardPresent(), 5000);
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo && c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Pin, 5000);
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->workflowState(), WorkflowState::ConfirmingNewPin, 3000);
        c.citizenTypes(kNewPin);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->workflowState(), WorkflowState::AwaitingApproval, 5000);
        QCOMPARE(c.flow()->step(), Step::Confirm);
    }

    // A proxy PIN reset up to the supervisor's approval (as in proxyResetWithApproval).
    void reachProxyApproval()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        c.typeIdentity(kZhangsan, QStringLiteral("张三"));
        c.flow()->findChild<QComboBox*>(QStringLiteral("representationCombo"))->setCurrentIndex(1);
        GuiCounter::type(c.flow()->findChild<QLineEdit*>(QStringLiteral("agentIdEdit")), kWangwu);
        c.flow()->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))->setText(QStringLiteral("王五"));
        c.click(c.flow()->findChild<QPushButton*>(QStringLiteral("scanAuthorisationButton")));
        walkFromIdentityToApproval();
    }

    QString m_dir;
    std::unique_ptr<PadReader> m_padReader;
    std::unique_ptr<ReaderPinPad> m_pad;
    std::unique_ptr<GuiCounter> m_counter;
    CardSimulator m_sim;
};

QTEST_MAIN(ServiceFlowGuiTest)
#include "ServiceFlowGuiTest.moc"
