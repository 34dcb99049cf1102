// The clerk's frame on real widgets (offscreen) and a real training store, no card reader needed:
// sign-in and lock-out, idle lock, keyboard navigation, live ID validation, the customer PIN window.
#include "Fixtures.h"
#include "GuiTestSupport.h"

#include "app/store/LocalStore.h"
#include "app/supervision/AuditQuery.h"
#include "ui/HistoryPage.h"
#include "ui/HomePage.h"
#include "ui/Localization.h"
#include "ui/SettingsPage.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QMessageBox>
#include <QDeadlineTimer>
#include <QTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;
using Step = ui::ServiceFlowPage::Step;

namespace {
const QString kWangwu = QStringLiteral("440305199001010034");
const QString kZhangsan = QStringLiteral("11010519491231002X");

QString label(QWidget* root, const char* name)
{
    auto* l = root->findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QString();
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// Answers the next modal message box with the given button, as the clerk would; returns the text of the box it
// answered (empty if none came within two seconds).
std::shared_ptr<QString> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto answered = std::make_shared<QString>();
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto deadline = std::make_shared<QDeadlineTimer>(2000);
    QObject::connect(timer, &QTimer::timeout, [timer, button, answered, deadline] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->button(button)) {
            *answered = box->text();
            box->button(button)->click();
        } else if (!deadline->hasExpired()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
    return answered;
}
} // namespace

class FrameGuiTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_counter = std::make_unique<GuiCounter>(scratchDir(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(m_counter->ok(), qPrintable(m_counter->error()));
    }
    void cleanup() { m_counter.reset(); }

    void signInShowsBranchAndLocksOutAfterFailures()
    {
        GuiCounter& c = *m_counter;
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Login);
        QVERIFY(label(c.window().loginPage(), "branchLabel").contains(QStringLiteral("T01")));
        QVERIFY(label(c.window().loginPage(), "loginTrainingLabel").contains(QStringLiteral("TRAINING")));
        auto* op = c.window().loginPage()->findChild<QLineEdit*>(QStringLiteral("operatorEdit"));
        auto* pw = c.window().loginPage()->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        for (int i = 0; i < 5; ++i) {
            GuiCounter::type(op, QStringLiteral("clerk01"));
            GuiCounter::type(pw, QStringLiteral("not-the-password"));
            QTest::keyClick(pw, Qt::Key_Return);
            QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Login);
            QVERIFY(!c.window().loginPage()->lastError().isEmpty());
            QVERIFY(pw->text().isEmpty()); // never kept
        }
        // Locked out now: even the right password is refused.
        GuiCounter::type(op, QStringLiteral("clerk01"));
        GuiCounter::type(pw, QStringLiteral("train-clerk-1"));
        QTest::keyClick(pw, Qt::Key_Return);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Login);
        QVERIFY(!c.window().isSignedIn());
        // Another account still works.
        QVERIFY(c.signIn(QStringLiteral("supervisor")));
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);
        // The role by its display name, not the code word.
        const QString operatorStatus = c.window().findChild<QLabel*>(QStringLiteral("operatorStatus"))->text();
        QVERIFY2(operatorStatus.contains(QStringLiteral("Supervisor")), qPrintable(operatorStatus));
        QVERIFY(!operatorStatus.contains(QStringLiteral("(supervisor)")));
    }

    void idleLockNeedsTheSameOperator()
    {
        GuiCounter& c = *m_counter;
        c.session().services().settings.idleLockSeconds = 1;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F6);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Service);
        c.typeIdentity(QStringLiteral("11010519491231002X"), QStringLiteral("张三"));
        QTRY_COMPARE_WITH_TIMEOUT(c.window().screen(), ui::MainWindow::Screen::Login, 4000);
        auto* op = c.window().loginPage()->findChild<QLineEdit*>(QStringLiteral("operatorEdit"));
        QCOMPARE(op->text(), QStringLiteral("clerk01"));
        QVERIFY(op->isReadOnly());
        auto* pw = c.window().loginPage()->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        GuiCounter::type(pw, QStringLiteral("train-clerk-1"));
        c.session().services().settings.idleLockSeconds = 0;
        QTest::keyClick(pw, Qt::Key_Return);
        // Back where the clerk was, nothing lost.
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Service);
        QCOMPARE(c.flow()->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->text(),
                 QStringLiteral("11010519491231002X"));
    }

    void keyboardOnlyNavigation()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        const QList<QPair<Qt::Key, ServiceType>> keys = {
            {Qt::Key_F1, ServiceType::PinReset},     {Qt::Key_F2, ServiceType::PinChange},
            {Qt::Key_F3, ServiceType::PinUnblock},   {Qt::Key_F4, ServiceType::LossReport},
            {Qt::Key_F5, ServiceType::Reissue},      {Qt::Key_F6, ServiceType::ServicePasswordReset},
            {Qt::Key_F7, ServiceType::ECertificatePasswordReset}};
        for (const auto& [key, service] : keys) {
            c.key(key);
            QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Service);
            QCOMPARE(c.flow()->service(), service);
            QCOMPARE(c.flow()->step(), Step::Identity);
            c.key(Qt::Key_Escape);
            QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);
        }
        c.key(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::History);
        c.key(Qt::Key_Escape);
        c.key(Qt::Key_F12);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Diagnostics);
        QVERIFY(c.window().findChild<QPlainTextEdit*>(QStringLiteral("diagnosticsReport"))->toPlainText().contains(
            QStringLiteral("Qt 6")));
        c.key(Qt::Key_Escape);
        // Settings are for administrators only.
        c.key(Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Home);
        c.key(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Login);
    }

    void identityIsValidatedAsYouType()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F1);
        auto* id = c.flow()->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"));
        GuiCounter::type(id, QStringLiteral("110105194912310021")); // wrong check character
        QVERIFY(label(c.flow(), "idNumberStatus").startsWith(QStringLiteral("\u2717")));
        QCOMPARE(label(c.flow(), "idNumberStatus").mid(2), IdNumber::parse(id->text()).errorMessage());
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Identity); // refused, and nothing lost
        QCOMPARE(id->text(), QStringLiteral("110105194912310021"));
        QVERIFY(!c.flow()->message().isEmpty());
        GuiCounter::type(id, QStringLiteral("11010519491231002X"));
        QVERIFY(label(c.flow(), "idNumberStatus").contains(QStringLiteral("1949-12-31")));
        // A guardian can act only for a minor.
        c.flow()->findChild<QLineEdit*>(QStringLiteral("holderNameEdit"))->setText(QStringLiteral("张三"));
        c.flow()->findChild<QComboBox*>(QStringLiteral("representationCombo"))->setCurrentIndex(2);
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Identity);
        QVERIFY2(c.flow()->message().contains(QStringLiteral("guardian")), qPrintable(c.flow()->message() + QStringLiteral(" focus=") + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())));
    }

    void customerPinWindowHidesTheDigits()
    {
        ui::CustomerPinWindow* w = m_counter->pinWindow();
        PinRequest request;
        request.length = 6;
        QList<QList<int>> layouts;
        for (int i = 0; i < 5; ++i) {
            w->begin(request, true);
            QList<int> layout = w->padLayout();
            QList<int> sorted = layout;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
            layouts << layout;
        }
        bool shuffledOnce = false;
        for (const QList<int>& l : layouts)
            shuffledOnce |= l != QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9, 0});
        QVERIFY(shuffledOnce);
        w->begin(request, false);
        QSignalSpy done(w, &ui::CustomerPinWindow::complete);
        for (int d : {5, 8, 2})
            QTest::keyClick(w, static_cast<Qt::Key>(Qt::Key_0 + d));
        QCOMPARE(w->digitsEntered(), 3);
        // What a screen reader could read: no widget names or shows a typed digit.
        const QList<QWidget*> widgets = w->findChildren<QWidget*>();
        for (QWidget* child : widgets) {
            if (auto* l = qobject_cast<QLabel*>(child)) {
                QVERIFY(!l->text().contains(QLatin1Char('5')));
                QVERIFY(!l->text().contains(QLatin1Char('8')));
            }
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(child);
            if (a && !qobject_cast<QPushButton*>(child)) {
                QVERIFY(!a->text(QAccessible::Name).contains(QLatin1Char('5')));
                QVERIFY(!a->text(QAccessible::Value).contains(QLatin1Char('5')));
            }
        }
        QVERIFY(label(w, "pinDots").count(QStringLiteral("\u25CF")) == 3);
        QTest::keyClick(w, Qt::Key_Backspace);
        QCOMPARE(w->digitsEntered(), 2);
        for (int d : {1, 9, 4, 6})
            QTest::keyClick(w, static_cast<Qt::Key>(Qt::Key_0 + d));
        QCOMPARE(done.count(), 1);
        SecureBuffer pin = w->take();
        QCOMPARE(static_cast<int>(pin.size()), 6);
        QVERIFY(pin.equals(SecureBuffer::fromAscii("581946")));
        QCOMPARE(w->take().size(), std::size_t(0)); // handed over once, nothing left behind
    }

    // Loss report details: the time of the temporary (phone / online) report, never in the future, with the
    // region's verdict as the clerk sets it; the workflow's verdict and the time are stored with the operation.
    void lossReportTemporaryReportTime()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F4);
        c.typeIdentity(kWangwu, QStringLiteral("王五"));
        // The cached card status by its display name, not the code word.
        QVERIFY2(label(c.flow(), "cachedRecord").contains(QStringLiteral("in use")), qPrintable(label(c.flow(), "cachedRecord")));
        QVERIFY(!label(c.flow(), "cachedRecord").contains(QStringLiteral("active")));
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Details, 5000);
        auto* check = c.flow()->findChild<QCheckBox*>(QStringLiteral("temporaryReportCheck"));
        auto* time = c.flow()->findChild<QDateTimeEdit*>(QStringLiteral("temporaryReportTimeEdit"));
        QVERIFY(check->isVisible() && time->isVisible());
        QCOMPARE(focusName(), QStringLiteral("temporaryReportCheck"));
        QVERIFY(!time->isEnabled());
        QVERIFY(label(c.flow(), "temporaryReportVerdict").contains(QStringLiteral("first report")));
        c.key(Qt::Key_Space); // keyboard: tick, then Tab to the time
        QVERIFY(check->isChecked());
        QVERIFY(time->isEnabled());
        c.key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(time));
        // Not in the future: the editor stops at now.
        time->setDateTime(QDateTime::currentDateTime().addDays(2));
        QVERIFY(time->dateTime() <= QDateTime::currentDateTime().addSecs(1));
        const int hours = c.session().services().region.lossReportDeadlineHours;
        QVERIFY(hours > 3);
        time->setDateTime(QDateTime::currentDateTime().addSecs(-qint64(hours + 2) * 3600));
        QVERIFY2(label(c.flow(), "temporaryReportVerdict").contains(QStringLiteral("lapsed")),
                 qPrintable(label(c.flow(), "temporaryReportVerdict")));
        const QDateTime reported = QDateTime::currentDateTime().addSecs(-3 * 3600);
        time->setDateTime(reported);
        QVERIFY(label(c.flow(), "temporaryReportVerdict").contains(QStringLiteral("confirmed")));
        GuiCounter::type(c.flow()->findChild<QLineEdit*>(QStringLiteral("circumstancesEdit")),
                         QStringLiteral("lost on bus 52"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo, 5000);
        // The workflow's verdict stays on screen after the step.
        QVERIFY2(c.flow()->message().contains(QStringLiteral("confirmed")), qPrintable(c.flow()->message()));
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        // Label and value joined by the one pattern; no doubled spaces.
        QVERIFY(c.flow()->resultText().contains(QStringLiteral("Temporary report: confirmed within the deadline")));
        QVERIFY(!c.flow()->resultText().contains(QStringLiteral("  ")));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->details.value(QStringLiteral("temporaryReportInTime")).toBool(), true);
        const QDateTime stored =
            QDateTime::fromString(rec->details.value(QStringLiteral("temporaryReportUtc")).toString(), Qt::ISODate);
        QVERIFY2(qAbs(stored.secsTo(reported.toUTC())) < 60, qPrintable(stored.toString(Qt::ISODate)));
        QCOMPARE(rec->details.value(QStringLiteral("circumstances")).toString(), QStringLiteral("lost on bus 52"));
    }

    // Reissue by mail: address, recipient and a mainland mobile number in keyboard order; a wrong number is
    // refused with a clear message; what the clerk typed is stored. The history shows the tracking status.
    void reissueByMailNeedsAMobileNumber()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F5);
        c.typeIdentity(kWangwu, QStringLiteral("王五"));
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Details, 5000);
        QCOMPARE(focusName(), QStringLiteral("reissueReasonCombo"));
        c.key(Qt::Key_Down); // "Damaged"
        c.key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("deliveryCombo"));
        auto* phone = c.flow()->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
        QVERIFY(!phone->isEnabled()); // collect at the branch: no mailing data
        c.key(Qt::Key_Down); // "By mail"
        QVERIFY(phone->isEnabled());
        c.key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("addressEdit"));
        qobject_cast<QLineEdit*>(QApplication::focusWidget())->insert(QStringLiteral("北京市东城区东长安街1号")); // typed (IME)
        c.key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("recipientEdit"));
        qobject_cast<QLineEdit*>(QApplication::focusWidget())->insert(QStringLiteral("王小五")); // typed (IME)
        c.key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("phoneEdit"));
        QTest::keyClicks(phone, QStringLiteral("2391234567"));
        c.key(Qt::Key_Return);
        QCOMPARE(c.flow()->step(), Step::Details);
        QVERIFY2(c.flow()->message().contains(QStringLiteral("not a mainland mobile number")), qPrintable(c.flow()->message()));
        QCOMPARE(focusName(), QStringLiteral("phoneEdit"));
        GuiCounter::type(phone, QStringLiteral("+86 139-1234-5678"));
        c.key(Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(c.flow()->step() == Step::Photo, qPrintable(c.flow()->message()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const std::optional<OperationRecord> rec = c.session().store().operation(ops.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->details.value(QStringLiteral("delivery")).toString(), QStringLiteral("mail"));
        QCOMPARE(rec->details.value(QStringLiteral("phone")).toString(), QStringLiteral("13912345678"));
        QCOMPARE(rec->details.value(QStringLiteral("recipientName")).toString(), QStringLiteral("王小五"));
        c.key(Qt::Key_Return);
        // History: the tracking status by name; a mailed card is not handed over at the counter.
        c.key(Qt::Key_H, Qt::ControlModifier);
        ui::HistoryPage* history = c.window().historyPage();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->cellText(0, 7), WorkflowText::reissueStatusText(ReissueStatus::ApplicationReceived));
        QVERIFY(!history->findChild<QPushButton*>(QStringLiteral("markCollectedButton"))->isEnabled());
    }

    // A replacement card that is ready at the branch: the clerk records from the history that the citizen
    // collected it (F9, confirmed); the store's tracking says so, naming the clerk.
    void reissueCollectedFromHistory()
    {
        GuiCounter& c = *m_counter;
        QVERIFY(c.signIn(QStringLiteral("clerk")));
        c.key(Qt::Key_F5);
        c.typeIdentity(kWangwu, QStringLiteral("王五"));
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Details, 5000);
        c.key(Qt::Key_Down); // "Damaged", collected at the branch
        c.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.flow()->step() == Step::Photo && c.flow()->canGoNext(), 15000);
        c.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.flow()->step(), Step::Result, 10000);
        QVERIFY2(c.flow()->lastSucceeded(), qPrintable(c.flow()->resultText()));
        c.key(Qt::Key_Return);
        const QList<OperationSummary> ops = c.session().store().recentOperations(5);
        QCOMPARE(ops.size(), 1);
        const QUuid id = ops.first().id;

        c.key(Qt::Key_H, Qt::ControlModifier);
        ui::HistoryPage* history = c.window().historyPage();
        auto* collected = history->findChild<QPushButton*>(QStringLiteral("markCollectedButton"));
        QVERIFY(collected->isVisible());
        QVERIFY(!collected->isEnabled()); // not printed yet
        // The agency reports the card ready at the branch (sync / carddesk-admin in real life).
        OperatorContext agency;
        agency.operatorId = QStringLiteral("admin-cli:test");
        agency.role = QStringLiteral("administrator");
        QString error;
        QVERIFY2(c.session().services().reissues->advance(id, ReissueStatus::ReadyForCollection, agency, {}, &error),
                 qPrintable(error));
        history->refresh();
        QCOMPARE(history->cellText(0, 7), WorkflowText::reissueStatusText(ReissueStatus::ReadyForCollection));
        QVERIFY(collected->isEnabled());
        // "No" (the default) changes nothing.
        const auto no = answerNextMessageBox(QMessageBox::No);
        c.key(Qt::Key_F9);
        QVERIFY2(no->contains(QStringLiteral("王五")), qPrintable(*no));
        QCOMPARE(c.session().services().reissues->tracking(id)->status, ReissueStatus::ReadyForCollection);
        QApplication::setActiveWindow(&c.window()); // the window manager's part once the box is gone
        QVERIFY(QTest::qWaitForWindowActive(&c.window()));
        const auto yes = answerNextMessageBox(QMessageBox::Yes);
        c.key(Qt::Key_F9);
        QVERIFY(!yes->isEmpty());
        const std::optional<ReissueTracking> tracking = c.session().services().reissues->tracking(id);
        QVERIFY(tracking);
        QVERIFY2(tracking->status == ReissueStatus::Collected, qPrintable(history->statusText()));
        QCOMPARE(tracking->history.last().operatorId, QStringLiteral("clerk01"));
        QCOMPARE(history->cellText(0, 7), WorkflowText::reissueStatusText(ReissueStatus::Collected));
        QVERIFY2(history->statusText().contains(history->cellText(0, 0)), qPrintable(history->statusText()));
        QVERIFY(!collected->isEnabled()); // final
    }

    // The status bar: the camera's (long) path is elided with the whole of it in the tooltip.
    void statusBarElidesTheCameraPath()
    {
        GuiCounter& c = *m_counter;
        const QString path = QStringLiteral("Camera: /usr/share/carddesk/training/very/long/folder/names/that/"
                                            "do/not/fit/into/the/status/bar/demo-camera-picture.jpg");
        c.window().setCameraStatus(path, true);
        auto* camera = c.window().findChild<QLabel*>(QStringLiteral("cameraStatus"));
        QCOMPARE(camera->toolTip(), path);
        QVERIFY(camera->text() != path);
        QVERIFY(camera->text().contains(QStringLiteral("\u2026")));
        QVERIFY(camera->fontMetrics().horizontalAdvance(camera->text()) <= camera->maximumWidth());
    }

    // The language box shows the language in use, however it was chosen (command line, settings, keys).
    void languageBoxShowsTheLanguageInUse()
    {
        ui::Localization l10n;
        QVERIFY(l10n.setLanguage(QStringLiteral("zh_TW"))); // as with --lang zh_TW
        ui::MainWindow window(m_counter->session().services(), &l10n);
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_TW"));
        l10n.setLanguage(QStringLiteral("en")); // e.g. from the settings page
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(l10n.language(), QStringLiteral("en"));
        // The settings page shows it too, also when the settings cannot be edited in this session (training).
        m_counter->session().services().settingsStore = nullptr;
        l10n.setLanguage(QStringLiteral("zh_TW"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        ui::SettingsPage* settings = m_counter->window().settingsPage();
        settings->setLanguageInUse(l10n.language());
        settings->load();
        QCOMPARE(settings->findChild<QComboBox*>(QStringLiteral("settingsLanguage"))->currentData().toString(),
                 QStringLiteral("zh_TW"));
        l10n.setLanguage(QStringLiteral("en"));
    }

    // Settings saved from the page go through the audited editor: one "settings-change" entry with the key,
    // old and new value, by the administrator who saved.
    void settingsChangeIsAudited()
    {
        GuiCounter& c = *m_counter;
        const QString dir = scratchDir(QStringLiteral("settingsChangeIsAudited-conf"));
        CardDeskSettings settings(dir + QStringLiteral("/system.conf"), dir + QStringLiteral("/user.conf"));
        AuditedSettings editor(settings, c.session().store());
        ui::UiServices& services = c.session().services();
        services.settingsStore = &settings;
        services.settingsEditor = &editor;
        QVERIFY(c.signIn(QStringLiteral("administrator")));
        c.key(Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(c.window().screen(), ui::MainWindow::Screen::Settings);
        auto* idle = c.window().settingsPage()->findChild<QSpinBox*>(QStringLiteral("settingsIdleLock"));
        const int before = idle->value();
        idle->setValue(before == 30 ? 31 : 30);
        c.key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(c.window().settingsPage()->statusText().contains(QStringLiteral("audit")),
                 qPrintable(c.window().settingsPage()->statusText()));
        QCOMPARE(settings.idleLockMinutes(), idle->value());
        QCOMPARE(services.settings.idleLockSeconds, idle->value() * 60);
        AuditFilter filter;
        filter.eventType = QStringLiteral("settings-change");
        AuditQuery query(c.session().store(), filter);
        const QList<AuditRow> rows = query.fetchPage();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().fields.operatorId, QStringLiteral("admin01"));
        const QByteArray details = QJsonDocument(rows.first().fields.details).toJson(QJsonDocument::Compact);
        QVERIFY2(details.contains("idleLockMinutes"), details.constData());
        QVERIFY2(details.contains(QByteArray::number(idle->value())), details.constData());
        // Saving again without a change writes no second entry.
        c.key(Qt::Key_S, Qt::ControlModifier);
        AuditQuery again(c.session().store(), filter);
        QCOMPARE(again.fetchPage().size(), 1);
        services.settingsEditor = nullptr;
        services.settingsStore = nullptr;
    }

    void languageSwitchesAtRunTime()
    {
        ui::Localization l10n;
        QVERIFY(l10n.setLanguage(QStringLiteral("en")));
        ui::MainWindow window(m_counter->session().services(), &l10n);
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        QCOMPARE(l10n.language(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        // Ctrl+Shift+L cycles from the keyboard.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(l10n.language(), QStringLiteral("zh_TW"));
        QVERIFY(!window.windowTitle().isEmpty());
        l10n.setLanguage(QStringLiteral("en"));
    }

private:
    std::unique_ptr<GuiCounter> m_counter;
};

QTEST_MAIN(FrameGuiTest)
#include "FrameGuiTest.moc"
