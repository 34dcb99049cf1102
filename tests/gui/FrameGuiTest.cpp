// The clerk's frame on real widgets (offscreen) and a real training store, no card reader needed:
// sign-in and lock-out, idle lock, keyboard navigation, live ID validation, the customer PIN window.
#include "Fixtures.h"
#include "GuiTestSupport.h"

#include "ui/HomePage.h"
#include "ui/Localization.h"
#include "ui/SettingsPage.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;
using Step = ui::ServiceFlowPage::Step;

namespace {
QString label(QWidget* root, const char* name)
{
    auto* l = root->findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QString();
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
        QVERIFY(c.window().findChild<QLabel*>(QStringLiteral("operatorStatus"))->text().contains(QStringLiteral("supervisor")));
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
